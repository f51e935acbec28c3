from typing import Literal

GetOrderAcceptLanguage = Literal["en", "tr"]

GET_ORDER_ACCEPT_LANGUAGE_VALUES: set[GetOrderAcceptLanguage] = {
    "en",
    "tr",
}


def check_get_order_accept_language(value: str) -> GetOrderAcceptLanguage:
    if value in GET_ORDER_ACCEPT_LANGUAGE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GET_ORDER_ACCEPT_LANGUAGE_VALUES!r}"
    )
