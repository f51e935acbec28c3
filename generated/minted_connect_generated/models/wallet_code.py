from typing import Literal

WalletCode = Literal["MAG", "MAU", "MPD", "MPT", "TRY"]

WALLET_CODE_VALUES: set[WalletCode] = {
    "MAG",
    "MAU",
    "MPD",
    "MPT",
    "TRY",
}


def check_wallet_code(value: str) -> WalletCode:
    if value in WALLET_CODE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {WALLET_CODE_VALUES!r}")
