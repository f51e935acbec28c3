from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.order_status_name import OrderStatusName
from ..models.walletable_basket_order_creation_status import (
    WalletableBasketOrderCreationStatus,
)
from ..models.walletable_order_kind import WalletableOrderKind
from ..types import NO_PROPERTIES, UNSET, Unset, convert, own_properties

if TYPE_CHECKING:
    from ..models.billing_address import BillingAddress
    from ..models.ecom_order_item import EcomOrderItem
    from ..models.order_payment import OrderPayment
    from ..models.shipping_address import ShippingAddress
    from ..models.walletable_customer import WalletableCustomer
    from ..models.walletable_delivery import WalletableDelivery
    from ..models.walletable_pricefix import WalletablePricefix


T = TypeVar("T", bound="WalletableBasket")


@_attrs_define(frozen=True, slots=False)
class WalletableBasket:
    """A Walletable basket or, completed, order. `total` is the raw price of the
    bars (a delivery's: its `delivery_cost`); `paid_total` what the customer pays
    (buy, delivery) or receives (sell). Fees: `charge_fee` (service fee,
    `charge_fee_rate` % of `total`), `minting_fee` (buy), `storage_fee` (buy;
    `storage_fee_rate` % of `total`, only beyond the storage limit), `charges_vat`
    (`vat_rate` % of the fees). Amounts in `currency_code`, the partner's
    currency (TRY, or AED as in the examples), to the kuruş (or fils).

    """

    id: int
    guid: str
    order_creation_status: WalletableBasketOrderCreationStatus | str
    increment_id: str
    token: str
    """ A basket's token, exactly 32 letters and digits. """
    type: WalletableOrderKind | str = _attrs_field(alias="type_")
    """ A basket's `type` (`buy`, `sell`, `delivery`); a completed delivery is `walletable_ecommerce`. """
    price: Decimal
    """ An amount in the order's currency (TRY), exact to the kuruş. """
    tax: Decimal
    """ An amount in the order's currency (TRY), exact to the kuruş. """
    total: Decimal
    """ An amount in the order's currency (TRY), exact to the kuruş. """
    payment_cost: Decimal
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
    currency_code: str
    status_id: int
    status_name: OrderStatusName | str
    customer: WalletableCustomer
    """ The customer as a Walletable basket shows it. """
    order_at: datetime.datetime
    items: list[EcomOrderItem]
    pricefix: WalletablePricefix | Unset = UNSET
    """ How long the basket's prices stay fixed: `remaining` seconds, until `nextUpdate`.
    On the read that fixed them anew, `updated` is true and `token` is the new
    price token (also the basket's `price_token`).
     """
    external_id: None | str | Unset = UNSET
    price_token: str | Unset = UNSET
    """ A price fix's token (Price Fix answers it; Buy and Sell take it as `price_token`). """
    insurance_price: Decimal | Unset = UNSET
    """ An amount in the order's currency (TRY), exact to the kuruş. """
    conversion_price: Decimal | Unset = UNSET
    """ An amount in the order's currency (TRY), exact to the kuruş. """
    market_commission: Decimal | Unset = UNSET
    """ An amount in the order's currency (TRY), exact to the kuruş. """
    minted_markup_price: Decimal | Unset = UNSET
    """ An amount in the order's currency (TRY), exact to the kuruş. """
    silver_craftsmanship: Decimal | Unset = UNSET
    """ An amount in the order's currency (TRY), exact to the kuruş. """
    shippingaddress: None | ShippingAddress | Unset = UNSET
    billingaddress: BillingAddress | None | Unset = UNSET
    payment: None | OrderPayment | Unset = UNSET
    delivery: None | Unset | WalletableDelivery = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, default=NO_PROPERTIES)

    @property
    def type_(self) -> WalletableOrderKind | str:
        """``type``, by the name the generator gives it."""
        return self.type

    def to_dict(self) -> dict[str, Any]:
        from ..models.billing_address import BillingAddress  # noqa: PLC0415
        from ..models.order_payment import OrderPayment  # noqa: PLC0415
        from ..models.shipping_address import ShippingAddress  # noqa: PLC0415
        from ..models.walletable_delivery import WalletableDelivery  # noqa: PLC0415

        id = self.id

        guid = self.guid

        order_creation_status: str = self.order_creation_status

        increment_id = self.increment_id

        token = self.token

        type_: str = self.type_

        price = self.price

        tax = self.tax

        total = self.total

        payment_cost = self.payment_cost

        paid_total = self.paid_total

        delivery_cost = self.delivery_cost

        charge_fee = self.charge_fee

        charge_fee_rate = self.charge_fee_rate

        minting_fee = self.minting_fee

        storage_fee = self.storage_fee

        storage_fee_rate = self.storage_fee_rate

        charges_vat = self.charges_vat

        vat_rate = self.vat_rate

        currency_code = self.currency_code

        status_id = self.status_id

        status_name: str = self.status_name

        customer = self.customer.to_dict()

        order_at = self.order_at.isoformat()

        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        pricefix: dict[str, Any] | Unset = UNSET
        if not isinstance(self.pricefix, Unset):
            pricefix = self.pricefix.to_dict()

        external_id: None | str | Unset
        if isinstance(self.external_id, Unset):
            external_id = UNSET
        else:
            external_id = self.external_id

        price_token = self.price_token

        insurance_price = self.insurance_price

        conversion_price = self.conversion_price

        market_commission = self.market_commission

        minted_markup_price = self.minted_markup_price

        silver_craftsmanship = self.silver_craftsmanship

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

        payment: dict[str, Any] | None | Unset
        if isinstance(self.payment, Unset):
            payment = UNSET
        elif isinstance(self.payment, OrderPayment):
            payment = self.payment.to_dict()
        else:
            payment = self.payment

        delivery: dict[str, Any] | None | Unset
        if isinstance(self.delivery, Unset):
            delivery = UNSET
        elif isinstance(self.delivery, WalletableDelivery):
            delivery = self.delivery.to_dict()
        else:
            delivery = self.delivery

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "guid": guid,
                "order_creation_status": order_creation_status,
                "increment_id": increment_id,
                "token": token,
                "type": type_,
                "price": price,
                "tax": tax,
                "total": total,
                "payment_cost": payment_cost,
                "paid_total": paid_total,
                "delivery_cost": delivery_cost,
                "charge_fee": charge_fee,
                "charge_fee_rate": charge_fee_rate,
                "minting_fee": minting_fee,
                "storage_fee": storage_fee,
                "storage_fee_rate": storage_fee_rate,
                "charges_vat": charges_vat,
                "vat_rate": vat_rate,
                "currency_code": currency_code,
                "status_id": status_id,
                "status_name": status_name,
                "customer": customer,
                "order_at": order_at,
                "items": items,
            }
        )
        if pricefix is not UNSET:
            field_dict["pricefix"] = pricefix
        if external_id is not UNSET:
            field_dict["external_id"] = external_id
        if price_token is not UNSET:
            field_dict["price_token"] = price_token
        if insurance_price is not UNSET:
            field_dict["insurance_price"] = insurance_price
        if conversion_price is not UNSET:
            field_dict["conversion_price"] = conversion_price
        if market_commission is not UNSET:
            field_dict["market_commission"] = market_commission
        if minted_markup_price is not UNSET:
            field_dict["minted_markup_price"] = minted_markup_price
        if silver_craftsmanship is not UNSET:
            field_dict["silver_craftsmanship"] = silver_craftsmanship
        if shippingaddress is not UNSET:
            field_dict["shippingaddress"] = shippingaddress
        if billingaddress is not UNSET:
            field_dict["billingaddress"] = billingaddress
        if payment is not UNSET:
            field_dict["payment"] = payment
        if delivery is not UNSET:
            field_dict["delivery"] = delivery

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
        "EcomOrderItem",
        "OrderPayment",
        "ShippingAddress",
        "WalletableCustomer",
        "WalletableDelivery",
        "WalletablePricefix",
    ),
)
