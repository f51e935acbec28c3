from typing import Literal

OrderPaymentAuthMode = Literal["auth", "preauth"]

ORDER_PAYMENT_AUTH_MODE_VALUES: set[OrderPaymentAuthMode] = {
    "auth",
    "preauth",
}


def check_order_payment_auth_mode(value: str) -> OrderPaymentAuthMode:
    if value in ORDER_PAYMENT_AUTH_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ORDER_PAYMENT_AUTH_MODE_VALUES!r}"
    )
