from typing import Literal

ActiveBasketCompletionPaymentType = Literal["credit-card"]

ACTIVE_BASKET_COMPLETION_PAYMENT_TYPE_VALUES: set[ActiveBasketCompletionPaymentType] = {
    "credit-card",
}


def check_active_basket_completion_payment_type(value: str) -> ActiveBasketCompletionPaymentType:
    if value in ACTIVE_BASKET_COMPLETION_PAYMENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ACTIVE_BASKET_COMPLETION_PAYMENT_TYPE_VALUES!r}"
    )
