from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.card_payment_type import CardPaymentType
from ..models.price_currency import PriceCurrency
from ..types import NO_PROPERTIES, UNSET, Unset, convert, own_properties

if TYPE_CHECKING:
    from ..models.buy_item import BuyItem
    from ..models.buy_order_request_topup import BuyOrderRequestTopup
    from ..models.card_number_payment import CardNumberPayment
    from ..models.order_customer_request import OrderCustomerRequest
    from ..models.stored_card_payment import StoredCardPayment


T = TypeVar("T", bound="BuyOrderRequest")


@_attrs_define(frozen=True, slots=False)
class BuyOrderRequest:
    """Body of Buy (Customer - B2B2C with `customer`; Partner - B2B without)."""

    price_token: str
    """ A price fix's token (Price Fix answers it; Buy and Sell take it as `price_token`). """
    external_id: str
    """ The partner's own reference of the order. """
    items: list[BuyItem]
    currency_code: PriceCurrency | Unset = UNSET
    """ The currency prices are fixed in. """
    customer: OrderCustomerRequest | Unset = UNSET
    """ The customer a B2B2C order is for (OrderCustomerRequestScheme). """
    topup: BuyOrderRequestTopup | Unset = UNSET
    """ Cash added to the customer's cash wallet before paying. """
    payment_type: CardPaymentType | Unset = UNSET
    """ `creditcard`: pay by the card in `payment` (without it, from the cash wallet). """
    payment: CardNumberPayment | StoredCardPayment | Unset = UNSET
    """ The card that pays a Partner order (with `payment_type: creditcard`):
    a saved card's token, or the card itself (inferred, spec/CURATION.md P86).
     """
    installment: int | Unset = UNSET
    """ The number of installments a card payment is split into (1 = paid at once). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, default=NO_PROPERTIES)

    def to_dict(self) -> dict[str, Any]:
        from ..models.stored_card_payment import StoredCardPayment  # noqa: PLC0415

        price_token = self.price_token

        external_id = self.external_id

        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        currency_code: str | Unset = UNSET
        if not isinstance(self.currency_code, Unset):
            currency_code = self.currency_code

        customer: dict[str, Any] | Unset = UNSET
        if not isinstance(self.customer, Unset):
            customer = self.customer.to_dict()

        topup: dict[str, Any] | Unset = UNSET
        if not isinstance(self.topup, Unset):
            topup = self.topup.to_dict()

        payment_type: str | Unset = UNSET
        if not isinstance(self.payment_type, Unset):
            payment_type = self.payment_type

        payment: dict[str, Any] | Unset
        if isinstance(self.payment, Unset):
            payment = UNSET
        elif isinstance(self.payment, StoredCardPayment):
            payment = self.payment.to_dict()
        else:
            payment = self.payment.to_dict()

        installment = self.installment

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "price_token": price_token,
                "external_id": external_id,
                "items": items,
            }
        )
        if currency_code is not UNSET:
            field_dict["currency_code"] = currency_code
        if customer is not UNSET:
            field_dict["customer"] = customer
        if topup is not UNSET:
            field_dict["topup"] = topup
        if payment_type is not UNSET:
            field_dict["payment_type"] = payment_type
        if payment is not UNSET:
            field_dict["payment"] = payment
        if installment is not UNSET:
            field_dict["installment"] = installment

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
        "BuyItem",
        "BuyOrderRequestTopup",
        "CardNumberPayment",
        "OrderCustomerRequest",
        "StoredCardPayment",
    ),
)
