from typing import Literal

FindWalletOrderApiVersion = Literal["1", "2", "3"]

FIND_WALLET_ORDER_API_VERSION_VALUES: set[FindWalletOrderApiVersion] = {
    "1",
    "2",
    "3",
}


def check_find_wallet_order_api_version(value: str) -> FindWalletOrderApiVersion:
    if value in FIND_WALLET_ORDER_API_VERSION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FIND_WALLET_ORDER_API_VERSION_VALUES!r}"
    )
