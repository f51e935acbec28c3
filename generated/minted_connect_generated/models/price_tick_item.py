from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.wallet_code import WalletCode
from ..types import NO_PROPERTIES, convert, own_properties

T = TypeVar("T", bound="PriceTickItem")


@_attrs_define(frozen=True, slots=False)
class PriceTickItem:
    """A metal's price of a gram in a tick (Price Fix's `prices[]` without `amount`)."""

    sku: str
    wallet_code: WalletCode | str
    """ `MAU` gold (grams), `MAG` silver (grams), `MPT` platinum (grams), `MPD` palladium (grams), `TRY` Turkish
    lira. """
    buy_price: Decimal
    """ What a customer pays per gram now. """
    sell_price: Decimal
    """ What a customer gets per gram now. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, default=NO_PROPERTIES)

    def to_dict(self) -> dict[str, Any]:
        sku = self.sku

        wallet_code: str = self.wallet_code

        buy_price = self.buy_price

        sell_price = self.sell_price

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "sku": sku,
                "wallet_code": wallet_code,
                "buy_price": buy_price,
                "sell_price": sell_price,
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
