from typing import Literal

ListStoredCardsAcceptLanguage = Literal["en", "tr"]

LIST_STORED_CARDS_ACCEPT_LANGUAGE_VALUES: set[ListStoredCardsAcceptLanguage] = {
    "en",
    "tr",
}


def check_list_stored_cards_accept_language(value: str) -> ListStoredCardsAcceptLanguage:
    if value in LIST_STORED_CARDS_ACCEPT_LANGUAGE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_STORED_CARDS_ACCEPT_LANGUAGE_VALUES!r}"
    )
