from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.price_currency import PriceCurrency
from ..models.price_fix_request_type import PriceFixRequestType
from ..types import NO_PROPERTIES, UNSET, Unset, convert, own_properties

T = TypeVar("T", bound="PriceFixRequest")


@_attrs_define(frozen=True, slots=False)
class PriceFixRequest:
    """Body of Price Fix (from an amount, or from a total price with `total`)."""

    type: PriceFixRequestType = _attrs_field(alias="type_")
    customer_external_id: str | Unset = UNSET
    currency: PriceCurrency | Unset = UNSET
    """ The currency prices are fixed in. """
    total: Decimal | Unset = UNSET
    """ The total price to spend, in `currency` (Buy from Total Price): to the cent (a multiple of 0.01), from 0.01
    to 10,000,000.00 (spec/CURATION.md H2). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, default=NO_PROPERTIES)

    @property
    def type_(self) -> PriceFixRequestType:
        """``type``, by the name the generator gives it."""
        return self.type

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type_

        customer_external_id = self.customer_external_id

        currency: str | Unset = UNSET
        if not isinstance(self.currency, Unset):
            currency = self.currency

        total = self.total

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if customer_external_id is not UNSET:
            field_dict["customer_external_id"] = customer_external_id
        if currency is not UNSET:
            field_dict["currency"] = currency
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
