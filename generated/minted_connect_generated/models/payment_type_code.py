from typing import Literal

PaymentTypeCode = Literal["cash", "credit-card"]

PAYMENT_TYPE_CODE_VALUES: set[PaymentTypeCode] = {
    "cash",
    "credit-card",
}


def check_payment_type_code(value: str) -> PaymentTypeCode:
    if value in PAYMENT_TYPE_CODE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PAYMENT_TYPE_CODE_VALUES!r}")
