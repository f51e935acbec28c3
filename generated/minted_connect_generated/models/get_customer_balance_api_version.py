from typing import Literal

GetCustomerBalanceApiVersion = Literal["1", "2", "3"]

GET_CUSTOMER_BALANCE_API_VERSION_VALUES: set[GetCustomerBalanceApiVersion] = {
    "1",
    "2",
    "3",
}


def check_get_customer_balance_api_version(value: str) -> GetCustomerBalanceApiVersion:
    if value in GET_CUSTOMER_BALANCE_API_VERSION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GET_CUSTOMER_BALANCE_API_VERSION_VALUES!r}"
    )
