from typing import Literal

DeliveryOrderTxType = Literal["delivery"]

DELIVERY_ORDER_TX_TYPE_VALUES: set[DeliveryOrderTxType] = {
    "delivery",
}


def check_delivery_order_tx_type(value: str) -> DeliveryOrderTxType:
    if value in DELIVERY_ORDER_TX_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DELIVERY_ORDER_TX_TYPE_VALUES!r}"
    )
