from typing import Literal

CompleteActiveBasketApiVersion = Literal["1", "2", "3"]

COMPLETE_ACTIVE_BASKET_API_VERSION_VALUES: set[CompleteActiveBasketApiVersion] = {
    "1",
    "2",
    "3",
}


def check_complete_active_basket_api_version(value: str) -> CompleteActiveBasketApiVersion:
    if value in COMPLETE_ACTIVE_BASKET_API_VERSION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {COMPLETE_ACTIVE_BASKET_API_VERSION_VALUES!r}"
    )
