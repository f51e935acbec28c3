from typing import Literal

NewBillingAddressItemType = Literal["billing"]

NEW_BILLING_ADDRESS_ITEM_TYPE_VALUES: set[NewBillingAddressItemType] = {
    "billing",
}


def check_new_billing_address_item_type(value: str) -> NewBillingAddressItemType:
    if value in NEW_BILLING_ADDRESS_ITEM_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {NEW_BILLING_ADDRESS_ITEM_TYPE_VALUES!r}"
    )
