from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import NO_PROPERTIES, convert, own_properties

T = TypeVar("T", bound="CardBinQuery")


@_attrs_define(frozen=True, slots=False)
class CardBinQuery:
    """Body of Card Payment Bin Query."""

    bin: str = _attrs_field(alias="bin_")
    """ The first six to eight digits of a card number (its BIN); never the whole number. """
    amount: Decimal
    """ An amount of TRY a request sends: to the kuruş (a multiple of 0.01), from 0 to 10,000,000.00
    (spec/CURATION.md H2). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, default=NO_PROPERTIES)

    @property
    def bin_(self) -> str:
        """``bin``, by the name the generator gives it."""
        return self.bin

    def to_dict(self) -> dict[str, Any]:
        bin_ = self.bin_

        amount = self.amount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "bin": bin_,
                "amount": amount,
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
