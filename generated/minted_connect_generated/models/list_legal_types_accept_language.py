from typing import Literal

ListLegalTypesAcceptLanguage = Literal["en", "tr"]

LIST_LEGAL_TYPES_ACCEPT_LANGUAGE_VALUES: set[ListLegalTypesAcceptLanguage] = {
    "en",
    "tr",
}


def check_list_legal_types_accept_language(value: str) -> ListLegalTypesAcceptLanguage:
    if value in LIST_LEGAL_TYPES_ACCEPT_LANGUAGE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_LEGAL_TYPES_ACCEPT_LANGUAGE_VALUES!r}"
    )
