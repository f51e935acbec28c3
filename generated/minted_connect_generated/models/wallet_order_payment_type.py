from typing import Literal

WalletOrderPaymentType = Literal["cash", "credit-card"]

WALLET_ORDER_PAYMENT_TYPE_VALUES: set[WalletOrderPaymentType] = {
    "cash",
    "credit-card",
}


def check_wallet_order_payment_type(value: str) -> WalletOrderPaymentType:
    if value in WALLET_ORDER_PAYMENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WALLET_ORDER_PAYMENT_TYPE_VALUES!r}"
    )
