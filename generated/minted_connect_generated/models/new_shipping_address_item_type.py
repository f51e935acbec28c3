from typing import Literal

NewShippingAddressItemType = Literal["shipping"]

NEW_SHIPPING_ADDRESS_ITEM_TYPE_VALUES: set[NewShippingAddressItemType] = {
    "shipping",
}


def check_new_shipping_address_item_type(value: str) -> NewShippingAddressItemType:
    if value in NEW_SHIPPING_ADDRESS_ITEM_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {NEW_SHIPPING_ADDRESS_ITEM_TYPE_VALUES!r}"
    )
