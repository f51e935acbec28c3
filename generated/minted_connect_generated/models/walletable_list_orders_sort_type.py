from typing import Literal

WalletableListOrdersSortType = Literal["asc", "desc"]

WALLETABLE_LIST_ORDERS_SORT_TYPE_VALUES: set[WalletableListOrdersSortType] = {
    "asc",
    "desc",
}


def check_walletable_list_orders_sort_type(value: str) -> WalletableListOrdersSortType:
    if value in WALLETABLE_LIST_ORDERS_SORT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WALLETABLE_LIST_ORDERS_SORT_TYPE_VALUES!r}"
    )
