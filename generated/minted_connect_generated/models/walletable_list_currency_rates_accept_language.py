from typing import Literal

WalletableListCurrencyRatesAcceptLanguage = Literal["en", "tr"]

WALLETABLE_LIST_CURRENCY_RATES_ACCEPT_LANGUAGE_VALUES: set[
    WalletableListCurrencyRatesAcceptLanguage
] = {
    "en",
    "tr",
}


def check_walletable_list_currency_rates_accept_language(
    value: str,
) -> WalletableListCurrencyRatesAcceptLanguage:
    if value in WALLETABLE_LIST_CURRENCY_RATES_ACCEPT_LANGUAGE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WALLETABLE_LIST_CURRENCY_RATES_ACCEPT_LANGUAGE_VALUES!r}"
    )
