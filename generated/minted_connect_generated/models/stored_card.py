from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.card_type import CardType
from ..types import NO_PROPERTIES, convert, masked_card_number, own_properties

T = TypeVar("T", bound="StoredCard")


@_attrs_define(frozen=True, slots=False)
class StoredCard:
    """A saved card, masked (Credit Card With Token; the CVV is never kept)."""

    card_token: str
    """ A saved card's token (Card Storage Add answers it; Buy and Delivery take it as `card_token`). """
    card_number: str = _attrs_field(repr=masked_card_number)
    """ Masked card number, first six and last four digits. """
    card_bin: str
    """ The first six to eight digits of a card number (its BIN); never the whole number. """
    card_holder: str
    card_expiry: str
    card_association: str
    card_type: CardType | str
    """ Card Types (inferred values). """
    created_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, default=NO_PROPERTIES)

    def to_dict(self) -> dict[str, Any]:
        card_token = self.card_token

        card_number = self.card_number

        card_bin = self.card_bin

        card_holder = self.card_holder

        card_expiry = self.card_expiry

        card_association = self.card_association

        card_type: str = self.card_type

        created_at = self.created_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "card_token": card_token,
                "card_number": card_number,
                "card_bin": card_bin,
                "card_holder": card_holder,
                "card_expiry": card_expiry,
                "card_association": card_association,
                "card_type": card_type,
                "created_at": created_at,
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
