from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import NO_PROPERTIES, UNSET, Unset, convert, hidden, masked_card_number, own_properties

T = TypeVar("T", bound="CardNumberPayment")


@_attrs_define(frozen=True, slots=False)
class CardNumberPayment:
    """The card itself (Schemas > Requests > Credit Card, with the customer's IP as the card-token page sends it)."""

    card_holder: str
    card_number: str = _attrs_field(repr=masked_card_number)
    card_expiry: str
    """ MM/YY """
    card_cvv: str = _attrs_field(repr=hidden)
    customer_ip: str | Unset = UNSET
    """ The customer's IP address, for the payment provider's fraud checks. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, default=NO_PROPERTIES)

    def to_dict(self) -> dict[str, Any]:
        card_holder = self.card_holder

        card_number = self.card_number

        card_expiry = self.card_expiry

        card_cvv = self.card_cvv

        customer_ip = self.customer_ip

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "card_holder": card_holder,
                "card_number": card_number,
                "card_expiry": card_expiry,
                "card_cvv": card_cvv,
            }
        )
        if customer_ip is not UNSET:
            field_dict["customer_ip"] = customer_ip

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
