from typing import Literal

NewBillingAddressType = Literal["billing"]

NEW_BILLING_ADDRESS_TYPE_VALUES: set[NewBillingAddressType] = {
    "billing",
}


def check_new_billing_address_type(value: str) -> NewBillingAddressType:
    if value in NEW_BILLING_ADDRESS_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {NEW_BILLING_ADDRESS_TYPE_VALUES!r}"
    )
