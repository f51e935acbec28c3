from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.walletable_holding_metal_type import (
    WalletableHoldingMetalType,
)
from ..types import NO_PROPERTIES, UNSET, Unset, convert, own_properties

T = TypeVar("T", bound="WalletableHolding")


@_attrs_define(frozen=True, slots=False)
class WalletableHolding:
    """The bars of one product in the customer's vault."""

    productName: str = _attrs_field(alias="product_name")
    images: list[str]
    sku: str
    product_id: int
    metal_type: WalletableHoldingMetalType | str
    amount: int
    """ How many bars are in the vault. """
    product_weight: Decimal
    """ Grams of one bar. """
    grams: Decimal
    """ Grams of metal in the vault for this product (`amount` × `product_weight`). """
    is_deliverable: bool
    value: Decimal
    """ An amount in the order's currency (TRY), exact to the kuruş. """
    currency_code: str
    deliverable_amount: int | Unset = UNSET
    """ How many of them no open delivery holds. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, default=NO_PROPERTIES)

    @property
    def product_name(self) -> str:
        """``productName``, by the name the generator gives it."""
        return self.productName

    def to_dict(self) -> dict[str, Any]:
        product_name = self.product_name

        images = self.images

        sku = self.sku

        product_id = self.product_id

        metal_type: str = self.metal_type

        amount = self.amount

        product_weight = self.product_weight

        grams = self.grams

        is_deliverable = self.is_deliverable

        value = self.value

        currency_code = self.currency_code

        deliverable_amount = self.deliverable_amount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "productName": product_name,
                "images": images,
                "sku": sku,
                "product_id": product_id,
                "metal_type": metal_type,
                "amount": amount,
                "product_weight": product_weight,
                "grams": grams,
                "is_deliverable": is_deliverable,
                "value": value,
                "currency_code": currency_code,
            }
        )
        if deliverable_amount is not UNSET:
            field_dict["deliverable_amount"] = deliverable_amount

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
