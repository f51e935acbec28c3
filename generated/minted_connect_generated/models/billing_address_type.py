from typing import Literal

BillingAddressType = Literal["billing"]

BILLING_ADDRESS_TYPE_VALUES: set[BillingAddressType] = {
    "billing",
}


def check_billing_address_type(value: str) -> BillingAddressType:
    if value in BILLING_ADDRESS_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {BILLING_ADDRESS_TYPE_VALUES!r}")
