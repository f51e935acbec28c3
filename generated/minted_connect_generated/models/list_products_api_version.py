from typing import Literal

ListProductsApiVersion = Literal["1", "2", "3"]

LIST_PRODUCTS_API_VERSION_VALUES: set[ListProductsApiVersion] = {
    "1",
    "2",
    "3",
}


def check_list_products_api_version(value: str) -> ListProductsApiVersion:
    if value in LIST_PRODUCTS_API_VERSION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_PRODUCTS_API_VERSION_VALUES!r}"
    )
