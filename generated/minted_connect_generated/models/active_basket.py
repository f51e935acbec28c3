from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.ecom_order_order_creation_status import (
    EcomOrderOrderCreationStatus,
)
from ..models.order_status_name import OrderStatusName
from ..types import NO_PROPERTIES, UNSET, Unset, convert, own_properties

if TYPE_CHECKING:
    from ..models.billing_address import BillingAddress
    from ..models.delivery import Delivery
    from ..models.ecom_order_item import EcomOrderItem
    from ..models.order_customer import OrderCustomer
    from ..models.order_payment import OrderPayment
    from ..models.pricefix import Pricefix
    from ..models.shipping_address import ShippingAddress


T = TypeVar("T", bound="ActiveBasket")


@_attrs_define(frozen=True, slots=False)
class ActiveBasket:
    """The Ecom Order of Get Active Basket, which always carries its price fix."""

    id: int
    guid: str
    order_creation_status: EcomOrderOrderCreationStatus | str
    token: str
    """ A basket's token, exactly 32 letters and digits. """
    increment_id: str
    price: Decimal
    """ An amount in the order's currency (TRY), exact to the kuruş. """
    tax: Decimal
    """ An amount in the order's currency (TRY), exact to the kuruş. """
    total: Decimal
    """ An amount in the order's currency (TRY), exact to the kuruş. """
    delivery_price: Decimal
    """ An amount in the order's currency (TRY), exact to the kuruş. """
    insurance_price: Decimal
    """ An amount in the order's currency (TRY), exact to the kuruş. """
    market_commission: Decimal
    """ An amount in the order's currency (TRY), exact to the kuruş. """
    minted_markup_price: Decimal
    """ An amount in the order's currency (TRY), exact to the kuruş. """
    silver_craftsmanship: Decimal
    """ An amount in the order's currency (TRY), exact to the kuruş. """
    paid_total: Decimal
    """ An amount in the order's currency (TRY), exact to the kuruş. """
    status_id: int
    status_name: OrderStatusName | str
    order_at: datetime.datetime
    payment_cost: Decimal
    """ An amount in the order's currency (TRY), exact to the kuruş. """
    customer: OrderCustomer
    """ The customer as embedded in an order (Order customer schema). """
    payment: None | OrderPayment
    pricefix: Pricefix
    """ How long the basket's prices stay fixed. """
    external_id: None | str | Unset = UNSET
    currency_code: str | Unset = UNSET
    currency_rate: Decimal | Unset = UNSET
    currency_total: Decimal | Unset = UNSET
    delivery: Delivery | None | Unset = UNSET
    items: list[EcomOrderItem] | Unset = UNSET
    shippingaddress: None | ShippingAddress | Unset = UNSET
    billingaddress: BillingAddress | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, default=NO_PROPERTIES)

    def to_dict(self) -> dict[str, Any]:
        from ..models.billing_address import BillingAddress  # noqa: PLC0415
        from ..models.delivery import Delivery  # noqa: PLC0415
        from ..models.order_payment import OrderPayment  # noqa: PLC0415
        from ..models.shipping_address import ShippingAddress  # noqa: PLC0415

        id = self.id

        guid = self.guid

        order_creation_status: str = self.order_creation_status

        token = self.token

        increment_id = self.increment_id

        price = self.price

        tax = self.tax

        total = self.total

        delivery_price = self.delivery_price

        insurance_price = self.insurance_price

        market_commission = self.market_commission

        minted_markup_price = self.minted_markup_price

        silver_craftsmanship = self.silver_craftsmanship

        paid_total = self.paid_total

        status_id = self.status_id

        status_name: str = self.status_name

        order_at = self.order_at.isoformat()

        payment_cost = self.payment_cost

        customer = self.customer.to_dict()

        payment: dict[str, Any] | None
        if isinstance(self.payment, OrderPayment):
            payment = self.payment.to_dict()
        else:
            payment = self.payment

        pricefix = self.pricefix.to_dict()

        external_id: None | str | Unset
        if isinstance(self.external_id, Unset):
            external_id = UNSET
        else:
            external_id = self.external_id

        currency_code = self.currency_code

        currency_rate = self.currency_rate

        currency_total = self.currency_total

        delivery: dict[str, Any] | None | Unset
        if isinstance(self.delivery, Unset):
            delivery = UNSET
        elif isinstance(self.delivery, Delivery):
            delivery = self.delivery.to_dict()
        else:
            delivery = self.delivery

        items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.items, Unset):
            items = []
            for items_item_data in self.items:
                items_item = items_item_data.to_dict()
                items.append(items_item)

        shippingaddress: dict[str, Any] | None | Unset
        if isinstance(self.shippingaddress, Unset):
            shippingaddress = UNSET
        elif isinstance(self.shippingaddress, ShippingAddress):
            shippingaddress = self.shippingaddress.to_dict()
        else:
            shippingaddress = self.shippingaddress

        billingaddress: dict[str, Any] | None | Unset
        if isinstance(self.billingaddress, Unset):
            billingaddress = UNSET
        elif isinstance(self.billingaddress, BillingAddress):
            billingaddress = self.billingaddress.to_dict()
        else:
            billingaddress = self.billingaddress

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "guid": guid,
                "order_creation_status": order_creation_status,
                "token": token,
                "increment_id": increment_id,
                "price": price,
                "tax": tax,
                "total": total,
                "delivery_price": delivery_price,
                "insurance_price": insurance_price,
                "market_commission": market_commission,
                "minted_markup_price": minted_markup_price,
                "silver_craftsmanship": silver_craftsmanship,
                "paid_total": paid_total,
                "status_id": status_id,
                "status_name": status_name,
                "order_at": order_at,
                "payment_cost": payment_cost,
                "customer": customer,
                "payment": payment,
                "pricefix": pricefix,
            }
        )
        if external_id is not UNSET:
            field_dict["external_id"] = external_id
        if currency_code is not UNSET:
            field_dict["currency_code"] = currency_code
        if currency_rate is not UNSET:
            field_dict["currency_rate"] = currency_rate
        if currency_total is not UNSET:
            field_dict["currency_total"] = currency_total
        if delivery is not UNSET:
            field_dict["delivery"] = delivery
        if items is not UNSET:
            field_dict["items"] = items
        if shippingaddress is not UNSET:
            field_dict["shippingaddress"] = shippingaddress
        if billingaddress is not UNSET:
            field_dict["billingaddress"] = billingaddress

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
        "BillingAddress",
        "Delivery",
        "EcomOrderItem",
        "OrderCustomer",
        "OrderPayment",
        "Pricefix",
        "ShippingAddress",
    ),
)
