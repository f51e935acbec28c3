from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.wallet_code import WalletCode
from ..types import NO_PROPERTIES, convert, own_properties

if TYPE_CHECKING:
    from ..models.day_balance import DayBalance


T = TypeVar("T", bound="WalletWeek")


@_attrs_define(frozen=True, slots=False)
class WalletWeek:
    """One wallet's balance at the end of each of the last seven days."""

    currency_code: WalletCode | str
    """ `MAU` gold (grams), `MAG` silver (grams), `MPT` platinum (grams), `MPD` palladium (grams), `TRY` Turkish
    lira. """
    days: list[DayBalance]
    additional_properties: dict[str, Any] = _attrs_field(init=False, default=NO_PROPERTIES)

    def to_dict(self) -> dict[str, Any]:
        currency_code: str = self.currency_code

        days = []
        for days_item_data in self.days:
            days_item = days_item_data.to_dict()
            days.append(days_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "currency_code": currency_code,
                "days": days,
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


from . import bind as _bind

_bind(globals(), ("DayBalance",))
