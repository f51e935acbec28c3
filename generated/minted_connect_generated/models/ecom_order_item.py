from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import NO_PROPERTIES, UNSET, Unset, convert, own_properties

if TYPE_CHECKING:
    from ..models.item_price_component import ItemPriceComponent


T = TypeVar("T", bound="EcomOrderItem")


@_attrs_define(frozen=True, slots=False)
class EcomOrderItem:
    """One line of a basket or order (Schemas > ecom > Ecom OrderItem)."""

    item_currency_id: int
    item_currency_name: str
    product_id: int
    sku: str
    product_name: str
    product_weight: Decimal
    """ Weight in grams. """
    price: Decimal
    """ An amount in the order's currency (TRY), exact to the kuruş. """
    tax_rate: Decimal
    tax: Decimal
    """ An amount in the order's currency (TRY), exact to the kuruş. """
    amount: int
    """ Quantity. """
    total: Decimal
    """ An amount in the order's currency (TRY), exact to the kuruş. """
    product_images: list[str]
    prices: list[ItemPriceComponent]
    spot_price: Decimal | Unset = UNSET
    """ The metal's spot price the line was priced at (Ecom OrderItem's example); absent from the older order
    examples, so optional. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, default=NO_PROPERTIES)

    def to_dict(self) -> dict[str, Any]:
        item_currency_id = self.item_currency_id

        item_currency_name = self.item_currency_name

        product_id = self.product_id

        sku = self.sku

        product_name = self.product_name

        product_weight = self.product_weight

        price = self.price

        tax_rate = self.tax_rate

        tax = self.tax

        amount = self.amount

        total = self.total

        product_images = self.product_images

        prices = []
        for prices_item_data in self.prices:
            prices_item = prices_item_data.to_dict()
            prices.append(prices_item)

        spot_price = self.spot_price

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "item_currency_id": item_currency_id,
                "item_currency_name": item_currency_name,
                "product_id": product_id,
                "sku": sku,
                "product_name": product_name,
                "product_weight": product_weight,
                "price": price,
                "tax_rate": tax_rate,
                "tax": tax,
                "amount": amount,
                "total": total,
                "product_images": product_images,
                "prices": prices,
            }
        )
        if spot_price is not UNSET:
            field_dict["spot_price"] = spot_price

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
