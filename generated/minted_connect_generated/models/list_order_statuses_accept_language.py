from typing import Literal

ListOrderStatusesAcceptLanguage = Literal["en", "tr"]

LIST_ORDER_STATUSES_ACCEPT_LANGUAGE_VALUES: set[ListOrderStatusesAcceptLanguage] = {
    "en",
    "tr",
}


def check_list_order_statuses_accept_language(value: str) -> ListOrderStatusesAcceptLanguage:
    if value in LIST_ORDER_STATUSES_ACCEPT_LANGUAGE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_ORDER_STATUSES_ACCEPT_LANGUAGE_VALUES!r}"
    )
