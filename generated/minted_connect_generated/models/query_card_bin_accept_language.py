from typing import Literal

QueryCardBinAcceptLanguage = Literal["en", "tr"]

QUERY_CARD_BIN_ACCEPT_LANGUAGE_VALUES: set[QueryCardBinAcceptLanguage] = {
    "en",
    "tr",
}


def check_query_card_bin_accept_language(value: str) -> QueryCardBinAcceptLanguage:
    if value in QUERY_CARD_BIN_ACCEPT_LANGUAGE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {QUERY_CARD_BIN_ACCEPT_LANGUAGE_VALUES!r}"
    )
