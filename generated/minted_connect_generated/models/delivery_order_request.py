from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import NO_PROPERTIES, UNSET, Unset, convert, own_properties

if TYPE_CHECKING:
    from ..models.credit_card import CreditCard
    from ..models.delivery_item import DeliveryItem
    from ..models.shipping_address_input import ShippingAddressInput


T = TypeVar("T", bound="DeliveryOrderRequest")


@_attrs_define(frozen=True, slots=False)
class DeliveryOrderRequest:
    """Body of Delivery - Create (paid from the cash wallet, or by `card` or `card_token`)."""

    customer_external_id: str
    external_id: str
    """ The partner's own reference of the order. """
    items: list[DeliveryItem]
    shipping_address: ShippingAddressInput
    """ A shipping address given inline (Set Custom Address). """
    card: CreditCard | Unset = UNSET
    """ The card to charge (Schemas > Requests > Credit Card). Never stored or returned unmasked. """
    card_token: str | Unset = UNSET
    """ A saved card's token (Card Storage Add answers it; Buy and Delivery take it as `card_token`). """
    installment: int | Unset = UNSET
    """ The number of installments a card payment is split into (1 = paid at once). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, default=NO_PROPERTIES)

    def to_dict(self) -> dict[str, Any]:
        customer_external_id = self.customer_external_id

        external_id = self.external_id

        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        shipping_address = self.shipping_address.to_dict()

        card: dict[str, Any] | Unset = UNSET
        if not isinstance(self.card, Unset):
            card = self.card.to_dict()

        card_token = self.card_token

        installment = self.installment

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "customer_external_id": customer_external_id,
                "external_id": external_id,
                "items": items,
                "shipping_address": shipping_address,
            }
        )
        if card is not UNSET:
            field_dict["card"] = card
        if card_token is not UNSET:
            field_dict["card_token"] = card_token
        if installment is not UNSET:
            field_dict["installment"] = installment

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
