from typing import Literal

ListProductPricesAcceptLanguage = Literal["en", "tr"]

LIST_PRODUCT_PRICES_ACCEPT_LANGUAGE_VALUES: set[ListProductPricesAcceptLanguage] = {
    "en",
    "tr",
}


def check_list_product_prices_accept_language(value: str) -> ListProductPricesAcceptLanguage:
    if value in LIST_PRODUCT_PRICES_ACCEPT_LANGUAGE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_PRODUCT_PRICES_ACCEPT_LANGUAGE_VALUES!r}"
    )
