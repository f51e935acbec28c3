from typing import Literal

ListProductPricesApiVersion = Literal["1", "2", "3"]

LIST_PRODUCT_PRICES_API_VERSION_VALUES: set[ListProductPricesApiVersion] = {
    "1",
    "2",
    "3",
}


def check_list_product_prices_api_version(value: str) -> ListProductPricesApiVersion:
    if value in LIST_PRODUCT_PRICES_API_VERSION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_PRODUCT_PRICES_API_VERSION_VALUES!r}"
    )
