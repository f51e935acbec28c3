from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.price_currency import PriceCurrency
from ..types import NO_PROPERTIES, convert, own_properties

if TYPE_CHECKING:
    from ..models.delivery_quote_line import DeliveryQuoteLine
    from ..models.delivery_wallet_need import DeliveryWalletNeed


T = TypeVar("T", bound="DeliveryQuote")


@_attrs_define(frozen=True, slots=False)
class DeliveryQuote:
    """What a delivery takes and costs (TRY)."""

    items: list[DeliveryQuoteLine]
    wallets: list[DeliveryWalletNeed]
    price: Decimal
    """ The bars' fees (the sum of the lines' totals). """
    delivery_cost: Decimal
    """ Shipping. """
    total: Decimal
    """ price + delivery_cost, what is paid (before a card's commission). """
    currency_code: PriceCurrency | str
    """ The currency prices are fixed in. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, default=NO_PROPERTIES)

    def to_dict(self) -> dict[str, Any]:
        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        wallets = []
        for wallets_item_data in self.wallets:
            wallets_item = wallets_item_data.to_dict()
            wallets.append(wallets_item)

        price = self.price

        delivery_cost = self.delivery_cost

        total = self.total

        currency_code: str = self.currency_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "items": items,
                "wallets": wallets,
                "price": price,
                "delivery_cost": delivery_cost,
                "total": total,
                "currency_code": currency_code,
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

_bind(globals(), ("DeliveryQuoteLine", "DeliveryWalletNeed"))
