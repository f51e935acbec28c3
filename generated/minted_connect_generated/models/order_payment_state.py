from typing import Literal

OrderPaymentState = Literal["fail", "new", "success"]

ORDER_PAYMENT_STATE_VALUES: set[OrderPaymentState] = {
    "fail",
    "new",
    "success",
}


def check_order_payment_state(value: str) -> OrderPaymentState:
    if value in ORDER_PAYMENT_STATE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ORDER_PAYMENT_STATE_VALUES!r}")
