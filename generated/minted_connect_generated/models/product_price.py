from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import NO_PROPERTIES, convert, own_properties

if TYPE_CHECKING:
    from ..models.item_price_component import ItemPriceComponent


T = TypeVar("T", bound="ProductPrice")


@_attrs_define(frozen=True, slots=False)
class ProductPrice:
    """A product's current price and its components."""

    product_id: int
    sku: str
    name: str
    currency_code: str
    list_price: Decimal
    """ An amount in the order's currency (TRY), exact to the kuruş. """
    sale_price: Decimal
    """ An amount in the order's currency (TRY), exact to the kuruş. """
    prices: list[ItemPriceComponent]
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, default=NO_PROPERTIES)

    def to_dict(self) -> dict[str, Any]:
        product_id = self.product_id

        sku = self.sku

        name = self.name

        currency_code = self.currency_code

        list_price = self.list_price

        sale_price = self.sale_price

        prices = []
        for prices_item_data in self.prices:
            prices_item = prices_item_data.to_dict()
            prices.append(prices_item)

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "product_id": product_id,
                "sku": sku,
                "name": name,
                "currency_code": currency_code,
                "list_price": list_price,
                "sale_price": sale_price,
                "prices": prices,
                "updated_at": updated_at,
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

_bind(globals(), ("ItemPriceComponent",))
