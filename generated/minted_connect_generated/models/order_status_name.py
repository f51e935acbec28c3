from typing import Literal

OrderStatusName = Literal[
    "Cancelled",
    "Completed",
    "Created",
    "Packed",
    "Payment Confirmed",
    "Pending",
    "Preparing",
    "Processing",
    "Refunded",
    "Refunding",
    "Shipped",
    "Transferring",
]

ORDER_STATUS_NAME_VALUES: set[OrderStatusName] = {
    "Cancelled",
    "Completed",
    "Created",
    "Packed",
    "Payment Confirmed",
    "Pending",
    "Preparing",
    "Processing",
    "Refunded",
    "Refunding",
    "Shipped",
    "Transferring",
}


def check_order_status_name(value: str) -> OrderStatusName:
    if value in ORDER_STATUS_NAME_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ORDER_STATUS_NAME_VALUES!r}")
