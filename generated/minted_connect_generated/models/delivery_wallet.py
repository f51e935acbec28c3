from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.wallet_code import WalletCode
from ..types import NO_PROPERTIES, convert, own_properties

if TYPE_CHECKING:
    from ..models.deliverable_bar import DeliverableBar


T = TypeVar("T", bound="DeliveryWallet")


@_attrs_define(frozen=True, slots=False)
class DeliveryWallet:
    """A metal wallet and what can be delivered from it."""

    currency_code: WalletCode | str
    """ `MAU` gold (grams), `MAG` silver (grams), `MPT` platinum (grams), `MPD` palladium (grams), `TRY` Turkish
    lira. """
    name: str
    balance: Decimal
    blocked: Decimal
    real_balance: Decimal
    """ The grams free to deliver (balance - blocked). """
    bars: list[DeliverableBar]
    additional_properties: dict[str, Any] = _attrs_field(init=False, default=NO_PROPERTIES)

    def to_dict(self) -> dict[str, Any]:
        currency_code: str = self.currency_code

        name = self.name

        balance = self.balance

        blocked = self.blocked

        real_balance = self.real_balance

        bars = []
        for bars_item_data in self.bars:
            bars_item = bars_item_data.to_dict()
            bars.append(bars_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "currency_code": currency_code,
                "name": name,
                "balance": balance,
                "blocked": blocked,
                "real_balance": real_balance,
                "bars": bars,
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

_bind(globals(), ("DeliverableBar",))
