from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import NO_PROPERTIES, convert, own_properties

T = TypeVar("T", bound="InstallmentItem")


@_attrs_define(frozen=True, slots=False)
class InstallmentItem:
    """Installment Item (inferred fields)."""

    count: int
    installment_amount: Decimal
    """ Each installment, rounded half-up to the kuruş (the last one takes the difference). """
    commission_rate: Decimal
    """ Percentage of the amount charged as commission for this count. """
    commission: Decimal
    total: Decimal
    """ The amount plus the commission, what the card is charged. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, default=NO_PROPERTIES)

    def to_dict(self) -> dict[str, Any]:
        count = self.count

        installment_amount = self.installment_amount

        commission_rate = self.commission_rate

        commission = self.commission

        total = self.total

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "count": count,
                "installment_amount": installment_amount,
                "commission_rate": commission_rate,
                "commission": commission,
                "total": total,
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
