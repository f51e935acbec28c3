from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.price_currency import PriceCurrency
from ..types import NO_PROPERTIES, convert, own_properties

if TYPE_CHECKING:
    from ..models.price_tick_item import PriceTickItem


T = TypeVar("T", bound="PriceTick")


@_attrs_define(frozen=True, slots=False)
class PriceTick:
    """One message of the WS Minted Prices feed."""

    sequence: int
    """ The tick's number; increases by one each tick. """
    at: datetime.datetime
    currency: PriceCurrency | str
    """ The currency prices are fixed in. """
    prices: list[PriceTickItem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, default=NO_PROPERTIES)

    def to_dict(self) -> dict[str, Any]:
        sequence = self.sequence

        at = self.at.isoformat()

        currency: str = self.currency

        prices = []
        for prices_item_data in self.prices:
            prices_item = prices_item_data.to_dict()
            prices.append(prices_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "sequence": sequence,
                "at": at,
                "currency": currency,
                "prices": prices,
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

_bind(globals(), ("PriceTickItem",))
