from typing import Literal

GetBasketAcceptLanguage = Literal["en", "tr"]

GET_BASKET_ACCEPT_LANGUAGE_VALUES: set[GetBasketAcceptLanguage] = {
    "en",
    "tr",
}


def check_get_basket_accept_language(value: str) -> GetBasketAcceptLanguage:
    if value in GET_BASKET_ACCEPT_LANGUAGE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GET_BASKET_ACCEPT_LANGUAGE_VALUES!r}"
    )
