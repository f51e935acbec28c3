from typing import Literal

WalletOrderType = Literal["Buy", "Delivery", "Sell"]

WALLET_ORDER_TYPE_VALUES: set[WalletOrderType] = {
    "Buy",
    "Delivery",
    "Sell",
}


def check_wallet_order_type(value: str) -> WalletOrderType:
    if value in WALLET_ORDER_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {WALLET_ORDER_TYPE_VALUES!r}")
