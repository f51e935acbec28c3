from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.order_payment_auth_mode import OrderPaymentAuthMode
from ..models.order_payment_state import OrderPaymentState
from ..types import NO_PROPERTIES, UNSET, Unset, convert, own_properties

if TYPE_CHECKING:
    from ..models.card_details import CardDetails


T = TypeVar("T", bound="OrderPayment")


@_attrs_define(frozen=True, slots=False)
class OrderPayment:
    """The card payment of an order (Schemas > ecom > Order Payment). Card numbers are masked."""

    token: str
    is_3d: bool
    auth_mode: OrderPaymentAuthMode | str
    amount: Decimal
    """ An amount in the order's currency (TRY), exact to the kuruş. """
    state: OrderPaymentState | str
    comission: Decimal
    """ An amount in the order's currency (TRY), exact to the kuruş. """
    total: Decimal
    """ An amount in the order's currency (TRY), exact to the kuruş. """
    details: CardDetails | None
    """ The card, masked; `null` before a card is given (Walletable's basket example). """
    redirect_url: str | Unset = UNSET
    """ The 3-D Secure page the customer opens (while `state` is `new`). """
    fail_reason: str | Unset = UNSET
    """ The payment provider's message when `state` is `fail`. """
    fail_code: str | Unset = UNSET
    """ The payment provider's code when `state` is `fail`. """
    installment: int | Unset = UNSET
    """ The installments of a Partner card payment (Buy, Delivery). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, default=NO_PROPERTIES)

    def to_dict(self) -> dict[str, Any]:
        from ..models.card_details import CardDetails  # noqa: PLC0415

        token = self.token

        is_3d = self.is_3d

        auth_mode: str = self.auth_mode

        amount = self.amount

        state: str = self.state

        comission = self.comission

        total = self.total

        details: dict[str, Any] | None
        if isinstance(self.details, CardDetails):
            details = self.details.to_dict()
        else:
            details = self.details

        redirect_url = self.redirect_url

        fail_reason = self.fail_reason

        fail_code = self.fail_code

        installment = self.installment

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "token": token,
                "is_3d": is_3d,
                "auth_mode": auth_mode,
                "amount": amount,
                "state": state,
                "comission": comission,
                "total": total,
                "details": details,
            }
        )
        if redirect_url is not UNSET:
            field_dict["redirect_url"] = redirect_url
        if fail_reason is not UNSET:
            field_dict["fail_reason"] = fail_reason
        if fail_code is not UNSET:
            field_dict["fail_code"] = fail_code
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

_bind(globals(), ("CardDetails",))
