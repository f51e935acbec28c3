from typing import Literal

CardPaymentType = Literal["creditcard"]

CARD_PAYMENT_TYPE_VALUES: set[CardPaymentType] = {
    "creditcard",
}


def check_card_payment_type(value: str) -> CardPaymentType:
    if value in CARD_PAYMENT_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CARD_PAYMENT_TYPE_VALUES!r}")
