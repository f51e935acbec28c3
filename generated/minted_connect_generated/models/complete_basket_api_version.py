from typing import Literal

CompleteBasketApiVersion = Literal["1", "2", "3"]

COMPLETE_BASKET_API_VERSION_VALUES: set[CompleteBasketApiVersion] = {
    "1",
    "2",
    "3",
}


def check_complete_basket_api_version(value: str) -> CompleteBasketApiVersion:
    if value in COMPLETE_BASKET_API_VERSION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {COMPLETE_BASKET_API_VERSION_VALUES!r}"
    )
