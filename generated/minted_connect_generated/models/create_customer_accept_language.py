from typing import Literal

CreateCustomerAcceptLanguage = Literal["en", "tr"]

CREATE_CUSTOMER_ACCEPT_LANGUAGE_VALUES: set[CreateCustomerAcceptLanguage] = {
    "en",
    "tr",
}


def check_create_customer_accept_language(value: str) -> CreateCustomerAcceptLanguage:
    if value in CREATE_CUSTOMER_ACCEPT_LANGUAGE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_CUSTOMER_ACCEPT_LANGUAGE_VALUES!r}"
    )
