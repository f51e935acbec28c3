from typing import Literal

WalletableOrderKind = Literal["buy", "delivery", "sell", "walletable_ecommerce"]

WALLETABLE_ORDER_KIND_VALUES: set[WalletableOrderKind] = {
    "buy",
    "delivery",
    "sell",
    "walletable_ecommerce",
}


def check_walletable_order_kind(value: str) -> WalletableOrderKind:
    if value in WALLETABLE_ORDER_KIND_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {WALLETABLE_ORDER_KIND_VALUES!r}")
