from typing import Literal

WalletableListOrdersApiVersion = Literal["1", "2", "3"]

WALLETABLE_LIST_ORDERS_API_VERSION_VALUES: set[WalletableListOrdersApiVersion] = {
    "1",
    "2",
    "3",
}


def check_walletable_list_orders_api_version(value: str) -> WalletableListOrdersApiVersion:
    if value in WALLETABLE_LIST_ORDERS_API_VERSION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WALLETABLE_LIST_ORDERS_API_VERSION_VALUES!r}"
    )
