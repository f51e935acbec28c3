from typing import Literal

UpdateCustomerCashBalanceAcceptLanguage = Literal["en", "tr"]

UPDATE_CUSTOMER_CASH_BALANCE_ACCEPT_LANGUAGE_VALUES: set[
    UpdateCustomerCashBalanceAcceptLanguage
] = {
    "en",
    "tr",
}


def check_update_customer_cash_balance_accept_language(
    value: str,
) -> UpdateCustomerCashBalanceAcceptLanguage:
    if value in UPDATE_CUSTOMER_CASH_BALANCE_ACCEPT_LANGUAGE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {UPDATE_CUSTOMER_CASH_BALANCE_ACCEPT_LANGUAGE_VALUES!r}"
    )
