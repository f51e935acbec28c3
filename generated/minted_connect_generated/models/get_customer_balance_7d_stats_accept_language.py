from typing import Literal

GetCustomerBalance7DStatsAcceptLanguage = Literal["en", "tr"]

GET_CUSTOMER_BALANCE_7D_STATS_ACCEPT_LANGUAGE_VALUES: set[
    GetCustomerBalance7DStatsAcceptLanguage
] = {
    "en",
    "tr",
}


def check_get_customer_balance_7d_stats_accept_language(
    value: str,
) -> GetCustomerBalance7DStatsAcceptLanguage:
    if value in GET_CUSTOMER_BALANCE_7D_STATS_ACCEPT_LANGUAGE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GET_CUSTOMER_BALANCE_7D_STATS_ACCEPT_LANGUAGE_VALUES!r}"
    )
