from typing import Literal

CompleteBasketAcceptLanguage = Literal["en", "tr"]

COMPLETE_BASKET_ACCEPT_LANGUAGE_VALUES: set[CompleteBasketAcceptLanguage] = {
    "en",
    "tr",
}


def check_complete_basket_accept_language(value: str) -> CompleteBasketAcceptLanguage:
    if value in COMPLETE_BASKET_ACCEPT_LANGUAGE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {COMPLETE_BASKET_ACCEPT_LANGUAGE_VALUES!r}"
    )
