from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import NO_PROPERTIES, convert, own_properties

T = TypeVar("T", bound="WalletableDelivery")


@_attrs_define(frozen=True, slots=False)
class WalletableDelivery:
    """Where a delivery order is; the cargo tracking is `null` until the bars ship."""

    cargo_tracking_url: None | str
    cargo_tracking_number: None | str
    estimated_arrival_date: datetime.date | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, default=NO_PROPERTIES)

    def to_dict(self) -> dict[str, Any]:
        cargo_tracking_url: None | str
        cargo_tracking_url = self.cargo_tracking_url

        cargo_tracking_number: None | str
        cargo_tracking_number = self.cargo_tracking_number

        estimated_arrival_date: None | str
        if isinstance(self.estimated_arrival_date, datetime.date):
            estimated_arrival_date = self.estimated_arrival_date.isoformat()
        else:
            estimated_arrival_date = self.estimated_arrival_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "cargo_tracking_url": cargo_tracking_url,
                "cargo_tracking_number": cargo_tracking_number,
                "estimated_arrival_date": estimated_arrival_date,
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
