from typing import Literal

CompleteActiveBasketAcceptLanguage = Literal["en", "tr"]

COMPLETE_ACTIVE_BASKET_ACCEPT_LANGUAGE_VALUES: set[CompleteActiveBasketAcceptLanguage] = {
    "en",
    "tr",
}


def check_complete_active_basket_accept_language(value: str) -> CompleteActiveBasketAcceptLanguage:
    if value in COMPLETE_ACTIVE_BASKET_ACCEPT_LANGUAGE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {COMPLETE_ACTIVE_BASKET_ACCEPT_LANGUAGE_VALUES!r}"
    )
