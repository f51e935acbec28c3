from typing import Literal

AddToBasketApiVersion = Literal["1", "2", "3"]

ADD_TO_BASKET_API_VERSION_VALUES: set[AddToBasketApiVersion] = {
    "1",
    "2",
    "3",
}


def check_add_to_basket_api_version(value: str) -> AddToBasketApiVersion:
    if value in ADD_TO_BASKET_API_VERSION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ADD_TO_BASKET_API_VERSION_VALUES!r}"
    )
