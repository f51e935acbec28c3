from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.priced_sku import PricedSku
from ..types import NO_PROPERTIES, convert, own_properties

T = TypeVar("T", bound="PriceTickItem")


@_attrs_define(frozen=True, slots=False)
class PriceTickItem:
    """A metal's price of a gram in a tick (Price Fix's `prices[]` without `buy_amount`, P83)."""

    currency_id: int
    product_id: int
    spot_price: Decimal
    """ The market price of a gram now. """
    buy_price: Decimal
    """ What a customer pays per gram now. """
    sell_price: Decimal
    """ What a customer gets per gram now. """
    sku: PricedSku | str
    """ A metal a price fix prices: `GAU` gold, `GAG` silver, `GPT` platinum,
    `GPD` palladium (by the gram, in wallets), `BGAU` and `BGAG` gold and
    silver in bars held in the vault (Walletable; at the spot price, inferred:
    spec/CURATION.md P84).
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, default=NO_PROPERTIES)

    def to_dict(self) -> dict[str, Any]:
        currency_id = self.currency_id

        product_id = self.product_id

        spot_price = self.spot_price

        buy_price = self.buy_price

        sell_price = self.sell_price

        sku: str = self.sku

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "currency_id": currency_id,
                "product_id": product_id,
                "spot_price": spot_price,
                "buy_price": buy_price,
                "sell_price": sell_price,
                "sku": sku,
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
