from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CardDetails")


@_attrs_define
class CardDetails:
    card_expiry: str
    card_holder: str
    card_number: str
    """ Masked card number, first six and last four digits. """
    card_association: str
    customer_ip: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        card_expiry = self.card_expiry

        card_holder = self.card_holder

        card_number = self.card_number

        card_association = self.card_association

        customer_ip = self.customer_ip

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "card_expiry": card_expiry,
                "card_holder": card_holder,
                "card_number": card_number,
                "card_association": card_association,
            }
        )
        if customer_ip is not UNSET:
            field_dict["customer_ip"] = customer_ip

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        card_expiry = d.pop("card_expiry")

        card_holder = d.pop("card_holder")

        card_number = d.pop("card_number")

        card_association = d.pop("card_association")

        customer_ip = d.pop("customer_ip", UNSET)

        card_details = cls(
            card_expiry=card_expiry,
            card_holder=card_holder,
            card_number=card_number,
            card_association=card_association,
            customer_ip=customer_ip,
        )

        card_details.additional_properties = d
        return card_details

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
