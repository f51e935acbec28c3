from typing import Literal

GetBalanceStatsAcceptLanguage = Literal["en", "tr"]

GET_BALANCE_STATS_ACCEPT_LANGUAGE_VALUES: set[GetBalanceStatsAcceptLanguage] = {
    "en",
    "tr",
}


def check_get_balance_stats_accept_language(value: str) -> GetBalanceStatsAcceptLanguage:
    if value in GET_BALANCE_STATS_ACCEPT_LANGUAGE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GET_BALANCE_STATS_ACCEPT_LANGUAGE_VALUES!r}"
    )
