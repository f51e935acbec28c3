from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import NO_PROPERTIES, convert, own_properties

if TYPE_CHECKING:
    from ..models.new_billing_address_item import NewBillingAddressItem
    from ..models.new_shipping_address_item import NewShippingAddressItem


T = TypeVar("T", bound="NewAddresses")


@_attrs_define(frozen=True, slots=False)
class NewAddresses:
    """Body of Customer Address - Create Multiple."""

    external_customer_id: str
    addresses: list[NewBillingAddressItem | NewShippingAddressItem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, default=NO_PROPERTIES)

    def to_dict(self) -> dict[str, Any]:
        from ..models.new_shipping_address_item import NewShippingAddressItem  # noqa: PLC0415

        external_customer_id = self.external_customer_id

        addresses = []
        for addresses_item_data in self.addresses:
            addresses_item: dict[str, Any]
            if isinstance(addresses_item_data, NewShippingAddressItem):
                addresses_item = addresses_item_data.to_dict()
            else:
                addresses_item = addresses_item_data.to_dict()

            addresses.append(addresses_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "external_customer_id": external_customer_id,
                "addresses": addresses,
            }
        )

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

_bind(globals(), ("NewBillingAddressItem", "NewShippingAddressItem"))
