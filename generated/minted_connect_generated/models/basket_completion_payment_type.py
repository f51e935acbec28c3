from typing import Literal

BasketCompletionPaymentType = Literal["credit-card"]

BASKET_COMPLETION_PAYMENT_TYPE_VALUES: set[BasketCompletionPaymentType] = {
    "credit-card",
}


def check_basket_completion_payment_type(value: str) -> BasketCompletionPaymentType:
    if value in BASKET_COMPLETION_PAYMENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BASKET_COMPLETION_PAYMENT_TYPE_VALUES!r}"
    )
