from typing import Literal

GetProductAcceptLanguage = Literal["en", "tr"]

GET_PRODUCT_ACCEPT_LANGUAGE_VALUES: set[GetProductAcceptLanguage] = {
    "en",
    "tr",
}


def check_get_product_accept_language(value: str) -> GetProductAcceptLanguage:
    if value in GET_PRODUCT_ACCEPT_LANGUAGE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GET_PRODUCT_ACCEPT_LANGUAGE_VALUES!r}"
    )
