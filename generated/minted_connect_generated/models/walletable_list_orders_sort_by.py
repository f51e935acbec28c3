from typing import Literal

WalletableListOrdersSortBy = Literal["created_at", "paid_total", "total", "type"]

WALLETABLE_LIST_ORDERS_SORT_BY_VALUES: set[WalletableListOrdersSortBy] = {
    "created_at",
    "paid_total",
    "total",
    "type",
}


def check_walletable_list_orders_sort_by(value: str) -> WalletableListOrdersSortBy:
    if value in WALLETABLE_LIST_ORDERS_SORT_BY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WALLETABLE_LIST_ORDERS_SORT_BY_VALUES!r}"
    )
