from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.price_currency import PriceCurrency
from ..types import NO_PROPERTIES, UNSET, Unset, convert, own_properties

if TYPE_CHECKING:
    from ..models.fixed_price import FixedPrice


T = TypeVar("T", bound="PriceFix")


@_attrs_define(frozen=True, slots=False)
class PriceFix:
    """Pricefix Response."""

    token: str
    """ A price fix's token (Price Fix answers it; Buy and Sell take it as `price_token`). """
    expires_at: datetime.datetime
    is_total_price: bool
    expire_ttl: int
    """ Seconds the prices stay fixed. """
    prices: list[FixedPrice]
    currency: PriceCurrency | str
    """ The currency prices are fixed in. """
    total: Decimal | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, default=NO_PROPERTIES)

    def to_dict(self) -> dict[str, Any]:
        token = self.token

        expires_at = self.expires_at.isoformat()

        is_total_price = self.is_total_price

        expire_ttl = self.expire_ttl

        prices = []
        for prices_item_data in self.prices:
            prices_item = prices_item_data.to_dict()
            prices.append(prices_item)

        currency: str = self.currency

        total: Decimal | None | Unset
        if isinstance(self.total, Unset):
            total = UNSET
        else:
            total = self.total

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "token": token,
                "expires_at": expires_at,
                "is_total_price": is_total_price,
                "expire_ttl": expire_ttl,
                "prices": prices,
                "currency": currency,
            }
        )
        if total is not UNSET:
            field_dict["total"] = total

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

_bind(globals(), ("FixedPrice",))
