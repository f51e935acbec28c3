from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.walletable_metal_summary_metal_type import (
    WalletableMetalSummaryMetalType,
)
from ..types import NO_PROPERTIES, convert, own_properties

T = TypeVar("T", bound="WalletableMetalSummary")


@_attrs_define(frozen=True, slots=False)
class WalletableMetalSummary:
    metal_type: WalletableMetalSummaryMetalType | str
    amount: int
    """ Bars of this metal in the vault. """
    grams: Decimal
    value: Decimal
    """ An amount in the order's currency (TRY), exact to the kuruş. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, default=NO_PROPERTIES)

    def to_dict(self) -> dict[str, Any]:
        metal_type: str = self.metal_type

        amount = self.amount

        grams = self.grams

        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "metal_type": metal_type,
                "amount": amount,
                "grams": grams,
                "value": value,
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
