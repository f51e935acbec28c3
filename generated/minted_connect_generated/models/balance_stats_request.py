from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import NO_PROPERTIES, UNSET, Unset, convert, own_properties

T = TypeVar("T", bound="BalanceStatsRequest")


@_attrs_define(frozen=True, slots=False)
class BalanceStatsRequest:
    """Body of Stats; every field optional (all customers, all days)."""

    customer_external_id: str | Unset = UNSET
    startDate: datetime.date | Unset = _attrs_field(alias="start_date", default=UNSET)
    endDate: datetime.date | Unset = _attrs_field(alias="end_date", default=UNSET)
    additional_properties: dict[str, Any] = _attrs_field(init=False, default=NO_PROPERTIES)

    @property
    def start_date(self) -> datetime.date | Unset:
        """``startDate``, by the name the generator gives it."""
        return self.startDate

    @property
    def end_date(self) -> datetime.date | Unset:
        """``endDate``, by the name the generator gives it."""
        return self.endDate

    def to_dict(self) -> dict[str, Any]:
        customer_external_id = self.customer_external_id

        start_date: str | Unset = UNSET
        if not isinstance(self.start_date, Unset):
            start_date = self.start_date.isoformat()

        end_date: str | Unset = UNSET
        if not isinstance(self.end_date, Unset):
            end_date = self.end_date.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if customer_external_id is not UNSET:
            field_dict["customer_external_id"] = customer_external_id
        if start_date is not UNSET:
            field_dict["startDate"] = start_date
        if end_date is not UNSET:
            field_dict["endDate"] = end_date

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
