from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.walletable_order_kind import WalletableOrderKind
from ..types import NO_PROPERTIES, convert, own_properties

if TYPE_CHECKING:
    from ..models.walletable_customer import WalletableCustomer
    from ..models.walletable_invoice_line import WalletableInvoiceLine


T = TypeVar("T", bound="WalletableInvoice")


@_attrs_define(frozen=True, slots=False)
class WalletableInvoice:
    """The invoice of a completed Walletable order (beyond `guid` and `order_code`, inferred)."""

    guid: str
    order_code: str
    invoice_number: str
    type: WalletableOrderKind | str = _attrs_field(alias="type_")
    """ A basket's `type` (`buy`, `sell`, `delivery`); a completed delivery is `walletable_ecommerce`. """
    issued_at: datetime.datetime
    currency_code: str
    customer: WalletableCustomer
    """ The customer as a Walletable basket shows it. """
    lines: list[WalletableInvoiceLine]
    total: Decimal
    """ An amount in the order's currency (TRY), exact to the kuruş. """
    charge_fee: Decimal
    """ An amount in the order's currency (TRY), exact to the kuruş. """
    minting_fee: Decimal
    """ An amount in the order's currency (TRY), exact to the kuruş. """
    storage_fee: Decimal
    """ An amount in the order's currency (TRY), exact to the kuruş. """
    delivery_cost: Decimal
    """ An amount in the order's currency (TRY), exact to the kuruş. """
    charges_vat: Decimal
    """ An amount in the order's currency (TRY), exact to the kuruş. """
    paid_total: Decimal
    """ An amount in the order's currency (TRY), exact to the kuruş. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, default=NO_PROPERTIES)

    @property
    def type_(self) -> WalletableOrderKind | str:
        """``type``, by the name the generator gives it."""
        return self.type

    def to_dict(self) -> dict[str, Any]:
        guid = self.guid

        order_code = self.order_code

        invoice_number = self.invoice_number

        type_: str = self.type_

        issued_at = self.issued_at.isoformat()

        currency_code = self.currency_code

        customer = self.customer.to_dict()

        lines = []
        for lines_item_data in self.lines:
            lines_item = lines_item_data.to_dict()
            lines.append(lines_item)

        total = self.total

        charge_fee = self.charge_fee

        minting_fee = self.minting_fee

        storage_fee = self.storage_fee

        delivery_cost = self.delivery_cost

        charges_vat = self.charges_vat

        paid_total = self.paid_total

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "guid": guid,
                "order_code": order_code,
                "invoice_number": invoice_number,
                "type": type_,
                "issued_at": issued_at,
                "currency_code": currency_code,
                "customer": customer,
                "lines": lines,
                "total": total,
                "charge_fee": charge_fee,
                "minting_fee": minting_fee,
                "storage_fee": storage_fee,
                "delivery_cost": delivery_cost,
                "charges_vat": charges_vat,
                "paid_total": paid_total,
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

_bind(globals(), ("WalletableCustomer", "WalletableInvoiceLine"))
