from typing import Literal

ListOrdersAcceptLanguage = Literal["en", "tr"]

LIST_ORDERS_ACCEPT_LANGUAGE_VALUES: set[ListOrdersAcceptLanguage] = {
    "en",
    "tr",
}


def check_list_orders_accept_language(value: str) -> ListOrdersAcceptLanguage:
    if value in LIST_ORDERS_ACCEPT_LANGUAGE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_ORDERS_ACCEPT_LANGUAGE_VALUES!r}"
    )
