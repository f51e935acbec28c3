from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import NO_PROPERTIES, UNSET, Unset, convert, own_properties

T = TypeVar("T", bound="DeliveryOrderItem")


@_attrs_define(frozen=True, slots=False)
class DeliveryOrderItem:
    """One line of a delivery order, as Delivery - Create's example shows it."""

    item_currency_id: int
    item_currency_name: str
    product_id: int
    product_name: str
    product_weight: Decimal
    spot_price: Decimal
    price: Decimal
    tax_rate: Decimal
    tax: Decimal
    amount: Decimal
    total: Decimal
    currency_id: int
    currency_rate: Decimal | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, default=NO_PROPERTIES)

    def to_dict(self) -> dict[str, Any]:
        item_currency_id = self.item_currency_id

        item_currency_name = self.item_currency_name

        product_id = self.product_id

        product_name = self.product_name

        product_weight = self.product_weight

        spot_price = self.spot_price

        price = self.price

        tax_rate = self.tax_rate

        tax = self.tax

        amount = self.amount

        total = self.total

        currency_id = self.currency_id

        currency_rate = self.currency_rate

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "item_currency_id": item_currency_id,
                "item_currency_name": item_currency_name,
                "product_id": product_id,
                "product_name": product_name,
                "product_weight": product_weight,
                "spot_price": spot_price,
                "price": price,
                "tax_rate": tax_rate,
                "tax": tax,
                "amount": amount,
                "total": total,
                "currency_id": currency_id,
            }
        )
        if currency_rate is not UNSET:
            field_dict["currency_rate"] = currency_rate

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
