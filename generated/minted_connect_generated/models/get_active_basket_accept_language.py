from typing import Literal

GetActiveBasketAcceptLanguage = Literal["en", "tr"]

GET_ACTIVE_BASKET_ACCEPT_LANGUAGE_VALUES: set[GetActiveBasketAcceptLanguage] = {
    "en",
    "tr",
}


def check_get_active_basket_accept_language(value: str) -> GetActiveBasketAcceptLanguage:
    if value in GET_ACTIVE_BASKET_ACCEPT_LANGUAGE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GET_ACTIVE_BASKET_ACCEPT_LANGUAGE_VALUES!r}"
    )
