from typing import Literal

UpdateCustomerAcceptLanguage = Literal["en", "tr"]

UPDATE_CUSTOMER_ACCEPT_LANGUAGE_VALUES: set[UpdateCustomerAcceptLanguage] = {
    "en",
    "tr",
}


def check_update_customer_accept_language(value: str) -> UpdateCustomerAcceptLanguage:
    if value in UPDATE_CUSTOMER_ACCEPT_LANGUAGE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {UPDATE_CUSTOMER_ACCEPT_LANGUAGE_VALUES!r}"
    )
