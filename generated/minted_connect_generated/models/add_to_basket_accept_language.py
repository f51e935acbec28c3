from typing import Literal

AddToBasketAcceptLanguage = Literal["en", "tr"]

ADD_TO_BASKET_ACCEPT_LANGUAGE_VALUES: set[AddToBasketAcceptLanguage] = {
    "en",
    "tr",
}


def check_add_to_basket_accept_language(value: str) -> AddToBasketAcceptLanguage:
    if value in ADD_TO_BASKET_ACCEPT_LANGUAGE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ADD_TO_BASKET_ACCEPT_LANGUAGE_VALUES!r}"
    )
