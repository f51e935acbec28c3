from typing import Literal

GetCustomerAcceptLanguage = Literal["en", "tr"]

GET_CUSTOMER_ACCEPT_LANGUAGE_VALUES: set[GetCustomerAcceptLanguage] = {
    "en",
    "tr",
}


def check_get_customer_accept_language(value: str) -> GetCustomerAcceptLanguage:
    if value in GET_CUSTOMER_ACCEPT_LANGUAGE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GET_CUSTOMER_ACCEPT_LANGUAGE_VALUES!r}"
    )
