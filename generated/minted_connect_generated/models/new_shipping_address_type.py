from typing import Literal

NewShippingAddressType = Literal["shipping"]

NEW_SHIPPING_ADDRESS_TYPE_VALUES: set[NewShippingAddressType] = {
    "shipping",
}


def check_new_shipping_address_type(value: str) -> NewShippingAddressType:
    if value in NEW_SHIPPING_ADDRESS_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {NEW_SHIPPING_ADDRESS_TYPE_VALUES!r}"
    )
