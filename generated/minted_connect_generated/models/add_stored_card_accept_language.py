from typing import Literal

AddStoredCardAcceptLanguage = Literal["en", "tr"]

ADD_STORED_CARD_ACCEPT_LANGUAGE_VALUES: set[AddStoredCardAcceptLanguage] = {
    "en",
    "tr",
}


def check_add_stored_card_accept_language(value: str) -> AddStoredCardAcceptLanguage:
    if value in ADD_STORED_CARD_ACCEPT_LANGUAGE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ADD_STORED_CARD_ACCEPT_LANGUAGE_VALUES!r}"
    )
