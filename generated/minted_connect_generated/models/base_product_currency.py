from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.base_product_currency_code import (
    BaseProductCurrencyCode,
    check_base_product_currency_code,
)

T = TypeVar("T", bound="BaseProductCurrency")


@_attrs_define
class BaseProductCurrency:
    """The metal a product is made of, as a currency (Schemas > ecom > Base Product Currency)."""

    id: int
    """ The currency id that order items show as `item_currency_id`. """
    name: str
    """ For example `Physical Gold`. """
    code: BaseProductCurrencyCode
    """ `XAU` for gold, `XAG` for silver. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        code: str = self.code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "code": code,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        code = check_base_product_currency_code(d.pop("code"))

        base_product_currency = cls(
            id=id,
            name=name,
            code=code,
        )

        base_product_currency.additional_properties = d
        return base_product_currency

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
