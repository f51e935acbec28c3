from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import NO_PROPERTIES, UNSET, Unset, convert, own_properties

if TYPE_CHECKING:
    from ..models.base_product_currency import BaseProductCurrency
    from ..models.category import Category


T = TypeVar("T", bound="Product")


@_attrs_define(frozen=True, slots=False)
class Product:
    """A gold or silver bar (Schemas > ecom > Product)."""

    id: int
    name: str
    text: str
    barcode: str
    sku: str
    stock: int
    currency_code: str
    list_price: Decimal
    """ An amount in the order's currency (TRY), exact to the kuruş. """
    sale_price: Decimal
    """ An amount in the order's currency (TRY), exact to the kuruş. """
    product_images: list[str]
    basecurrency: BaseProductCurrency
    """ The metal a product is made of, as a currency (Schemas > ecom > Base Product Currency). """
    category: Category
    """ A catalog category (Schemas > ecom > Category). """
    weight: Decimal | Unset = UNSET
    """ Weight in grams. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, default=NO_PROPERTIES)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        text = self.text

        barcode = self.barcode

        sku = self.sku

        stock = self.stock

        currency_code = self.currency_code

        list_price = self.list_price

        sale_price = self.sale_price

        product_images = self.product_images

        basecurrency = self.basecurrency.to_dict()

        category = self.category.to_dict()

        weight = self.weight

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "text": text,
                "barcode": barcode,
                "sku": sku,
                "stock": stock,
                "currency_code": currency_code,
                "list_price": list_price,
                "sale_price": sale_price,
                "product_images": product_images,
                "basecurrency": basecurrency,
                "category": category,
            }
        )
        if weight is not UNSET:
            field_dict["weight"] = weight

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

_bind(globals(), ("BaseProductCurrency", "Category"))
