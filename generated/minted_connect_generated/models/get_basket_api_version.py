from typing import Literal

GetBasketApiVersion = Literal["1", "2", "3"]

GET_BASKET_API_VERSION_VALUES: set[GetBasketApiVersion] = {
    "1",
    "2",
    "3",
}


def check_get_basket_api_version(value: str) -> GetBasketApiVersion:
    if value in GET_BASKET_API_VERSION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GET_BASKET_API_VERSION_VALUES!r}"
    )
