from typing import Literal

ListPricesAcceptLanguage = Literal["en", "tr"]

LIST_PRICES_ACCEPT_LANGUAGE_VALUES: set[ListPricesAcceptLanguage] = {
    "en",
    "tr",
}


def check_list_prices_accept_language(value: str) -> ListPricesAcceptLanguage:
    if value in LIST_PRICES_ACCEPT_LANGUAGE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_PRICES_ACCEPT_LANGUAGE_VALUES!r}"
    )
