from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import NO_PROPERTIES, UNSET, Unset, convert, masked_card_number, own_properties

T = TypeVar("T", bound="CardDetails")


@_attrs_define(frozen=True, slots=False)
class CardDetails:
    card_expiry: str
    card_holder: str
    card_number: str = _attrs_field(repr=masked_card_number)
    """ Masked card number, first six and last four digits. """
    card_association: str
    customer_ip: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, default=NO_PROPERTIES)

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
