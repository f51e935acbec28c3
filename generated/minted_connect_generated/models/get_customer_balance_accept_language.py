from typing import Literal

GetCustomerBalanceAcceptLanguage = Literal["en", "tr"]

GET_CUSTOMER_BALANCE_ACCEPT_LANGUAGE_VALUES: set[GetCustomerBalanceAcceptLanguage] = {
    "en",
    "tr",
}


def check_get_customer_balance_accept_language(value: str) -> GetCustomerBalanceAcceptLanguage:
    if value in GET_CUSTOMER_BALANCE_ACCEPT_LANGUAGE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GET_CUSTOMER_BALANCE_ACCEPT_LANGUAGE_VALUES!r}"
    )
