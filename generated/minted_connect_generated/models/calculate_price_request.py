from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.price_currency import PriceCurrency
from ..types import NO_PROPERTIES, UNSET, Unset, convert, own_properties

if TYPE_CHECKING:
    from ..models.buy_item import BuyItem


T = TypeVar("T", bound="CalculatePriceRequest")


@_attrs_define(frozen=True, slots=False)
class CalculatePriceRequest:
    """Body of Calculate Price (inferred, spec/CURATION.md P24)."""

    price_token: str
    """ A price fix's token (Price Fix answers it; Buy and Sell take it as `price_token`). """
    items: list[BuyItem]
    customer_external_id: str | Unset = UNSET
    currency_code: PriceCurrency | Unset = UNSET
    """ The currency prices are fixed in. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, default=NO_PROPERTIES)

    def to_dict(self) -> dict[str, Any]:
        price_token = self.price_token

        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        customer_external_id = self.customer_external_id

        currency_code: str | Unset = UNSET
        if not isinstance(self.currency_code, Unset):
            currency_code = self.currency_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "price_token": price_token,
                "items": items,
            }
        )
        if customer_external_id is not UNSET:
            field_dict["customer_external_id"] = customer_external_id
        if currency_code is not UNSET:
            field_dict["currency_code"] = currency_code

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

_bind(globals(), ("BuyItem",))
