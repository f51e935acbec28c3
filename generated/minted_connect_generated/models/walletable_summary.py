from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.walletable_basket_type import WalletableBasketType
from ..types import NO_PROPERTIES, convert, own_properties

if TYPE_CHECKING:
    from ..models.ecom_order_item import EcomOrderItem


T = TypeVar("T", bound="WalletableSummary")


@_attrs_define(frozen=True, slots=False)
class WalletableSummary:
    """What a basket of `type` with these items would cost (buy, delivery) or pay out (sell) now; the fields and rules of a
    basket's (spec/CURATION.md WL7).

    """

    type: WalletableBasketType | str = _attrs_field(alias="type_")
    """ What a basket does with the vault: `buy` bars into it, `sell` bars out of it for cash, `delivery` bars out
    of it to an address. """
    currency_code: str
    price: Decimal
    """ An amount in the order's currency (TRY), exact to the kuruş. """
    total: Decimal
    """ An amount in the order's currency (TRY), exact to the kuruş. """
    paid_total: Decimal
    """ An amount in the order's currency (TRY), exact to the kuruş. """
    delivery_cost: Decimal
    """ An amount in the order's currency (TRY), exact to the kuruş. """
    charge_fee: Decimal
    """ An amount in the order's currency (TRY), exact to the kuruş. """
    charge_fee_rate: Decimal
    """ A fee's rate in percent (`10` is 10 %), not an amount of money. """
    minting_fee: Decimal
    """ An amount in the order's currency (TRY), exact to the kuruş. """
    storage_fee: Decimal
    """ An amount in the order's currency (TRY), exact to the kuruş. """
    storage_fee_rate: Decimal
    """ A fee's rate in percent (`10` is 10 %), not an amount of money. """
    charges_vat: Decimal
    """ An amount in the order's currency (TRY), exact to the kuruş. """
    vat_rate: Decimal
    """ A fee's rate in percent (`10` is 10 %), not an amount of money. """
    items: list[EcomOrderItem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, default=NO_PROPERTIES)

    @property
    def type_(self) -> WalletableBasketType | str:
        """``type``, by the name the generator gives it."""
        return self.type

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type_

        currency_code = self.currency_code

        price = self.price

        total = self.total

        paid_total = self.paid_total

        delivery_cost = self.delivery_cost

        charge_fee = self.charge_fee

        charge_fee_rate = self.charge_fee_rate

        minting_fee = self.minting_fee

        storage_fee = self.storage_fee

        storage_fee_rate = self.storage_fee_rate

        charges_vat = self.charges_vat

        vat_rate = self.vat_rate

        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "currency_code": currency_code,
                "price": price,
                "total": total,
                "paid_total": paid_total,
                "delivery_cost": delivery_cost,
                "charge_fee": charge_fee,
                "charge_fee_rate": charge_fee_rate,
                "minting_fee": minting_fee,
                "storage_fee": storage_fee,
                "storage_fee_rate": storage_fee_rate,
                "charges_vat": charges_vat,
                "vat_rate": vat_rate,
                "items": items,
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

_bind(globals(), ("EcomOrderItem",))
