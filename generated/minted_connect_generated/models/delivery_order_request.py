from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.card_payment_type import CardPaymentType
from ..types import NO_PROPERTIES, UNSET, Unset, convert, own_properties

if TYPE_CHECKING:
    from ..models.card_number_payment import CardNumberPayment
    from ..models.delivery_addresses import DeliveryAddresses
    from ..models.delivery_customer import DeliveryCustomer
    from ..models.stored_card_payment import StoredCardPayment


T = TypeVar("T", bound="DeliveryOrderRequest")


@_attrs_define(frozen=True, slots=False)
class DeliveryOrderRequest:
    """Body of Delivery - Create (paid from the cash wallet, or by card with `payment_type` and `payment`)."""

    customer: DeliveryCustomer
    """ The customer whose wallet the grams leave (Delivery - Create's `customer`). """
    external_id: str
    """ The partner's own reference of the order. """
    sku: str
    """ A metal sold by the gram (`GAU` gold, `GAG` silver, `GPT` platinum, `GPD` palladium). """
    amount: int
    """ Whole grams of the metal to deliver (as bars of the vault's choosing). """
    address: DeliveryAddresses
    """ Order Address (Delivery - Create's `address`). """
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

        customer = self.customer.to_dict()

        external_id = self.external_id

        sku = self.sku

        amount = self.amount

        address = self.address.to_dict()

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
                "customer": customer,
                "external_id": external_id,
                "sku": sku,
                "amount": amount,
                "address": address,
            }
        )
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
    globals(), ("CardNumberPayment", "DeliveryAddresses", "DeliveryCustomer", "StoredCardPayment")
)
