from typing import Literal

WalletCurrencyCode = Literal["MAG", "MAU", "MPT", "TRY"]

WALLET_CURRENCY_CODE_VALUES: set[WalletCurrencyCode] = {
    "MAG",
    "MAU",
    "MPT",
    "TRY",
}


def check_wallet_currency_code(value: str) -> WalletCurrencyCode:
    if value in WALLET_CURRENCY_CODE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {WALLET_CURRENCY_CODE_VALUES!r}")
