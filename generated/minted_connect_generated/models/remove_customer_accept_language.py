from typing import Literal

RemoveCustomerAcceptLanguage = Literal["en", "tr"]

REMOVE_CUSTOMER_ACCEPT_LANGUAGE_VALUES: set[RemoveCustomerAcceptLanguage] = {
    "en",
    "tr",
}


def check_remove_customer_accept_language(value: str) -> RemoveCustomerAcceptLanguage:
    if value in REMOVE_CUSTOMER_ACCEPT_LANGUAGE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REMOVE_CUSTOMER_ACCEPT_LANGUAGE_VALUES!r}"
    )
