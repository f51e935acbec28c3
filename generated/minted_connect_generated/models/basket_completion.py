from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.basket_completion_payment_type import (
    BasketCompletionPaymentType,
)
from ..types import NO_PROPERTIES, UNSET, Unset, convert, own_properties

if TYPE_CHECKING:
    from ..models.credit_card import CreditCard


T = TypeVar("T", bound="BasketCompletion")


@_attrs_define(frozen=True, slots=False)
class BasketCompletion:
    """Body of Complete Basket."""

    external_customer_id: str
    cart_token: str
    """ A basket's token, exactly 32 letters and digits. """
    payment_type: BasketCompletionPaymentType
    card: CreditCard
    """ The card to charge (Schemas > Requests > Credit Card). Never stored or returned unmasked. """
    installment: int | Unset = 1
    additional_properties: dict[str, Any] = _attrs_field(init=False, default=NO_PROPERTIES)

    def to_dict(self) -> dict[str, Any]:
        external_customer_id = self.external_customer_id

        cart_token = self.cart_token

        payment_type: str = self.payment_type

        card = self.card.to_dict()

        installment = self.installment

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "external_customer_id": external_customer_id,
                "cart_token": cart_token,
                "payment_type": payment_type,
                "card": card,
            }
        )
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

_bind(globals(), ("CreditCard",))
