from typing import Literal

UpdateCustomerCashBalanceApiVersion = Literal["1", "2", "3"]

UPDATE_CUSTOMER_CASH_BALANCE_API_VERSION_VALUES: set[UpdateCustomerCashBalanceApiVersion] = {
    "1",
    "2",
    "3",
}


def check_update_customer_cash_balance_api_version(
    value: str,
) -> UpdateCustomerCashBalanceApiVersion:
    if value in UPDATE_CUSTOMER_CASH_BALANCE_API_VERSION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {UPDATE_CUSTOMER_CASH_BALANCE_API_VERSION_VALUES!r}"
    )
