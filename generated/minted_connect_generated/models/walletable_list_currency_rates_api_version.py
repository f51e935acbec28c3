from typing import Literal

WalletableListCurrencyRatesApiVersion = Literal["1", "2", "3"]

WALLETABLE_LIST_CURRENCY_RATES_API_VERSION_VALUES: set[WalletableListCurrencyRatesApiVersion] = {
    "1",
    "2",
    "3",
}


def check_walletable_list_currency_rates_api_version(
    value: str,
) -> WalletableListCurrencyRatesApiVersion:
    if value in WALLETABLE_LIST_CURRENCY_RATES_API_VERSION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WALLETABLE_LIST_CURRENCY_RATES_API_VERSION_VALUES!r}"
    )
