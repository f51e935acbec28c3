from typing import Literal

GetActiveBasketApiVersion = Literal["1", "2", "3"]

GET_ACTIVE_BASKET_API_VERSION_VALUES: set[GetActiveBasketApiVersion] = {
    "1",
    "2",
    "3",
}


def check_get_active_basket_api_version(value: str) -> GetActiveBasketApiVersion:
    if value in GET_ACTIVE_BASKET_API_VERSION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GET_ACTIVE_BASKET_API_VERSION_VALUES!r}"
    )
