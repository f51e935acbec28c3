from typing import Literal

ListIncompleteBasketsAcceptLanguage = Literal["en", "tr"]

LIST_INCOMPLETE_BASKETS_ACCEPT_LANGUAGE_VALUES: set[ListIncompleteBasketsAcceptLanguage] = {
    "en",
    "tr",
}


def check_list_incomplete_baskets_accept_language(
    value: str,
) -> ListIncompleteBasketsAcceptLanguage:
    if value in LIST_INCOMPLETE_BASKETS_ACCEPT_LANGUAGE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_INCOMPLETE_BASKETS_ACCEPT_LANGUAGE_VALUES!r}"
    )
