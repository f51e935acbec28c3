from typing import Literal

DeleteStoredCardAcceptLanguage = Literal["en", "tr"]

DELETE_STORED_CARD_ACCEPT_LANGUAGE_VALUES: set[DeleteStoredCardAcceptLanguage] = {
    "en",
    "tr",
}


def check_delete_stored_card_accept_language(value: str) -> DeleteStoredCardAcceptLanguage:
    if value in DELETE_STORED_CARD_ACCEPT_LANGUAGE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DELETE_STORED_CARD_ACCEPT_LANGUAGE_VALUES!r}"
    )
