from typing import Literal

ClearBasketAcceptLanguage = Literal["en", "tr"]

CLEAR_BASKET_ACCEPT_LANGUAGE_VALUES: set[ClearBasketAcceptLanguage] = {
    "en",
    "tr",
}


def check_clear_basket_accept_language(value: str) -> ClearBasketAcceptLanguage:
    if value in CLEAR_BASKET_ACCEPT_LANGUAGE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CLEAR_BASKET_ACCEPT_LANGUAGE_VALUES!r}"
    )
