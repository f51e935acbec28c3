from typing import Literal

ClearBasketApiVersion = Literal["1", "2", "3"]

CLEAR_BASKET_API_VERSION_VALUES: set[ClearBasketApiVersion] = {
    "1",
    "2",
    "3",
}


def check_clear_basket_api_version(value: str) -> ClearBasketApiVersion:
    if value in CLEAR_BASKET_API_VERSION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CLEAR_BASKET_API_VERSION_VALUES!r}"
    )
