from typing import Literal

GetProductApiVersion = Literal["1", "2", "3"]

GET_PRODUCT_API_VERSION_VALUES: set[GetProductApiVersion] = {
    "1",
    "2",
    "3",
}


def check_get_product_api_version(value: str) -> GetProductApiVersion:
    if value in GET_PRODUCT_API_VERSION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GET_PRODUCT_API_VERSION_VALUES!r}"
    )
