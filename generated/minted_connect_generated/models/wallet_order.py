from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.order_status_name import OrderStatusName
from ..models.wallet_order_payment_type import (
    WalletOrderPaymentType,
)
from ..models.wallet_order_type import WalletOrderType
from ..types import NO_PROPERTIES, UNSET, Unset, convert, own_properties

if TYPE_CHECKING:
    from ..models.order_customer import OrderCustomer
    from ..models.order_payment import OrderPayment
    from ..models.wallet_order_address import WalletOrderAddress
    from ..models.wallet_order_delivery import WalletOrderDelivery
    from ..models.wallet_order_item import WalletOrderItem


T = TypeVar("T", bound="WalletOrder")


@_attrs_define(frozen=True, slots=False)
class WalletOrder:
    """Order Schema (a buy, sell or delivery order of the Partner API)."""

    guid: str
    order_code: str
    external_id: None | str
    type: WalletOrderType | str = _attrs_field(alias="type_")
    currency_code: str
    items: list[WalletOrderItem]
    price: Decimal | Unset = UNSET
    tax: Decimal | Unset = UNSET
    total: Decimal | Unset = UNSET
    payment_cost: Decimal | None | Unset = UNSET
    delivery_cost: Decimal | Unset = UNSET
    """ A delivery order's shipping cost (inside `total`). """
    status_name: OrderStatusName | str | Unset = UNSET
    customer: OrderCustomer | Unset = UNSET
    """ The customer as embedded in an order (Order customer schema). """
    payment_type: WalletOrderPaymentType | str | Unset = UNSET
    payment: None | OrderPayment | Unset = UNSET
    delivery: WalletOrderDelivery | Unset = UNSET
    """ A delivery order's shipment (the Order Schema's `delivery`): its status, tracking and the bars shipped. Sent
    once the vault ships it. """
    address: WalletOrderAddress | Unset = UNSET
    """ Order Address (a delivery order's addresses). """
    description: str | Unset = UNSET
    order_at: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, default=NO_PROPERTIES)

    @property
    def type_(self) -> WalletOrderType | str:
        """``type``, by the name the generator gives it."""
        return self.type

    def to_dict(self) -> dict[str, Any]:
        from ..models.order_payment import OrderPayment  # noqa: PLC0415

        guid = self.guid

        order_code = self.order_code

        external_id: None | str
        external_id = self.external_id

        type_: str = self.type_

        currency_code = self.currency_code

        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        price = self.price

        tax = self.tax

        total = self.total

        payment_cost: Decimal | None | Unset
        if isinstance(self.payment_cost, Unset):
            payment_cost = UNSET
        else:
            payment_cost = self.payment_cost

        delivery_cost = self.delivery_cost

        status_name: str | Unset = UNSET
        if not isinstance(self.status_name, Unset):
            status_name = self.status_name

        customer: dict[str, Any] | Unset = UNSET
        if not isinstance(self.customer, Unset):
            customer = self.customer.to_dict()

        payment_type: str | Unset = UNSET
        if not isinstance(self.payment_type, Unset):
            payment_type = self.payment_type

        payment: dict[str, Any] | None | Unset
        if isinstance(self.payment, Unset):
            payment = UNSET
        elif isinstance(self.payment, OrderPayment):
            payment = self.payment.to_dict()
        else:
            payment = self.payment

        delivery: dict[str, Any] | Unset = UNSET
        if not isinstance(self.delivery, Unset):
            delivery = self.delivery.to_dict()

        address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.address, Unset):
            address = self.address.to_dict()

        description = self.description

        order_at = self.order_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "guid": guid,
                "order_code": order_code,
                "external_id": external_id,
                "type": type_,
                "currency_code": currency_code,
                "items": items,
            }
        )
        if price is not UNSET:
            field_dict["price"] = price
        if tax is not UNSET:
            field_dict["tax"] = tax
        if total is not UNSET:
            field_dict["total"] = total
        if payment_cost is not UNSET:
            field_dict["payment_cost"] = payment_cost
        if delivery_cost is not UNSET:
            field_dict["delivery_cost"] = delivery_cost
        if status_name is not UNSET:
            field_dict["status_name"] = status_name
        if customer is not UNSET:
            field_dict["customer"] = customer
        if payment_type is not UNSET:
            field_dict["payment_type"] = payment_type
        if payment is not UNSET:
            field_dict["payment"] = payment
        if delivery is not UNSET:
            field_dict["delivery"] = delivery
        if address is not UNSET:
            field_dict["address"] = address
        if description is not UNSET:
            field_dict["description"] = description
        if order_at is not UNSET:
            field_dict["order_at"] = order_at

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

_bind(
    globals(),
    (
        "OrderCustomer",
        "OrderPayment",
        "WalletOrderAddress",
        "WalletOrderDelivery",
        "WalletOrderItem",
    ),
)
