from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import NO_PROPERTIES, UNSET, Unset, convert, own_properties

if TYPE_CHECKING:
    from ..models.billing_address_input import BillingAddressInput
    from ..models.shipping_address_input import ShippingAddressInput


T = TypeVar("T", bound="CustomAddresses")


@_attrs_define(frozen=True, slots=False)
class CustomAddresses:
    """Body of Set Custom Address."""

    external_customer_id: str
    cart_token: str
    """ A basket's token, exactly 32 letters and digits. """
    shipping: ShippingAddressInput
    """ A shipping address given inline (Set Custom Address). """
    billing: BillingAddressInput
    """ A billing address given inline (Set Custom Address). """
    card_bin: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, default=NO_PROPERTIES)

    def to_dict(self) -> dict[str, Any]:
        external_customer_id = self.external_customer_id

        cart_token = self.cart_token

        shipping = self.shipping.to_dict()

        billing = self.billing.to_dict()

        card_bin = self.card_bin

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "external_customer_id": external_customer_id,
                "cart_token": cart_token,
                "shipping": shipping,
                "billing": billing,
            }
        )
        if card_bin is not UNSET:
            field_dict["card_bin"] = card_bin

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


from . import bind as _bind

_bind(globals(), ("BillingAddressInput", "ShippingAddressInput"))
