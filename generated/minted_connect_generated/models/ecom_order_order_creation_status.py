from typing import Literal

EcomOrderOrderCreationStatus = Literal["basket", "order"]

ECOM_ORDER_ORDER_CREATION_STATUS_VALUES: set[EcomOrderOrderCreationStatus] = {
    "basket",
    "order",
}


def check_ecom_order_order_creation_status(value: str) -> EcomOrderOrderCreationStatus:
    if value in ECOM_ORDER_ORDER_CREATION_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ECOM_ORDER_ORDER_CREATION_STATUS_VALUES!r}"
    )
