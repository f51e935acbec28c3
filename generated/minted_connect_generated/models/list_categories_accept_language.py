from typing import Literal

ListCategoriesAcceptLanguage = Literal["en", "tr"]

LIST_CATEGORIES_ACCEPT_LANGUAGE_VALUES: set[ListCategoriesAcceptLanguage] = {
    "en",
    "tr",
}


def check_list_categories_accept_language(value: str) -> ListCategoriesAcceptLanguage:
    if value in LIST_CATEGORIES_ACCEPT_LANGUAGE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_CATEGORIES_ACCEPT_LANGUAGE_VALUES!r}"
    )
