from typing import Literal

ListProductsAcceptLanguage = Literal["en", "tr"]

LIST_PRODUCTS_ACCEPT_LANGUAGE_VALUES: set[ListProductsAcceptLanguage] = {
    "en",
    "tr",
}


def check_list_products_accept_language(value: str) -> ListProductsAcceptLanguage:
    if value in LIST_PRODUCTS_ACCEPT_LANGUAGE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_PRODUCTS_ACCEPT_LANGUAGE_VALUES!r}"
    )
