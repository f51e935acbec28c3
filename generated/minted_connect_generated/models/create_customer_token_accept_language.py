from typing import Literal

CreateCustomerTokenAcceptLanguage = Literal["en", "tr"]

CREATE_CUSTOMER_TOKEN_ACCEPT_LANGUAGE_VALUES: set[CreateCustomerTokenAcceptLanguage] = {
    "en",
    "tr",
}


def check_create_customer_token_accept_language(value: str) -> CreateCustomerTokenAcceptLanguage:
    if value in CREATE_CUSTOMER_TOKEN_ACCEPT_LANGUAGE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_CUSTOMER_TOKEN_ACCEPT_LANGUAGE_VALUES!r}"
    )
