from typing import Literal

GetBalanceStatsApiVersion = Literal["1", "2", "3"]

GET_BALANCE_STATS_API_VERSION_VALUES: set[GetBalanceStatsApiVersion] = {
    "1",
    "2",
    "3",
}


def check_get_balance_stats_api_version(value: str) -> GetBalanceStatsApiVersion:
    if value in GET_BALANCE_STATS_API_VERSION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GET_BALANCE_STATS_API_VERSION_VALUES!r}"
    )
