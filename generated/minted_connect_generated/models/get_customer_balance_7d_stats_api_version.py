from typing import Literal

GetCustomerBalance7DStatsApiVersion = Literal["1", "2", "3"]

GET_CUSTOMER_BALANCE_7D_STATS_API_VERSION_VALUES: set[GetCustomerBalance7DStatsApiVersion] = {
    "1",
    "2",
    "3",
}


def check_get_customer_balance_7d_stats_api_version(
    value: str,
) -> GetCustomerBalance7DStatsApiVersion:
    if value in GET_CUSTOMER_BALANCE_7D_STATS_API_VERSION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GET_CUSTOMER_BALANCE_7D_STATS_API_VERSION_VALUES!r}"
    )
