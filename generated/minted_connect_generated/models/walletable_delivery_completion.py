from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import NO_PROPERTIES, UNSET, Unset, convert, own_properties

T = TypeVar("T", bound="WalletableDeliveryCompletion")


@_attrs_define(frozen=True, slots=False)
class WalletableDeliveryCompletion:
    """Body of Complete Delivery."""

    external_customer_id: str
    cart_token: str
    """ A basket's token, exactly 32 letters and digits. """
    shipping_address_id: int
    """ One of the customer's shipping addresses (Customer Address - Create (Shipping)). """
    price_token: str | Unset = UNSET
    """ A price fix's token (Price Fix answers it; Buy and Sell take it as `price_token`). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, default=NO_PROPERTIES)

    def to_dict(self) -> dict[str, Any]:
        external_customer_id = self.external_customer_id

        cart_token = self.cart_token

        shipping_address_id = self.shipping_address_id

        price_token = self.price_token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "external_customer_id": external_customer_id,
                "cart_token": cart_token,
                "shipping_address_id": shipping_address_id,
            }
        )
        if price_token is not UNSET:
            field_dict["price_token"] = price_token

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        return convert(src_dict, cls)

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        own_properties(self)[key] = value

    def __delitem__(self, key: str) -> None:
        del own_properties(self)[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
