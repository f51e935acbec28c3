from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.payment_type_code import PaymentTypeCode
from ..types import NO_PROPERTIES, convert, own_properties

T = TypeVar("T", bound="PaymentType")


@_attrs_define(frozen=True, slots=False)
class PaymentType:
    """A way to pay for a basket."""

    code: PaymentTypeCode | str
    name: str
    enabled: bool
    """ Whether E-Commerce baskets can be completed with it. """
    commission_rate: Decimal
    """ Percentage of the basket total charged as `payment_cost`. """
    is_3d: bool
    max_installment: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, default=NO_PROPERTIES)

    def to_dict(self) -> dict[str, Any]:
        code: str = self.code

        name = self.name

        enabled = self.enabled

        commission_rate = self.commission_rate

        is_3d = self.is_3d

        max_installment = self.max_installment

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "name": name,
                "enabled": enabled,
                "commission_rate": commission_rate,
                "is_3d": is_3d,
                "max_installment": max_installment,
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
