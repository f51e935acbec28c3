from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.order_payment_auth_mode import OrderPaymentAuthMode, check_order_payment_auth_mode
from ..models.order_payment_state import OrderPaymentState, check_order_payment_state

if TYPE_CHECKING:
    from ..models.card_details import CardDetails


T = TypeVar("T", bound="OrderPayment")


@_attrs_define
class OrderPayment:
    """The card payment of an order (Schemas > ecom > Order Payment). Card numbers are masked."""

    token: str
    is_3d: bool
    auth_mode: OrderPaymentAuthMode
    amount: float
    """ An amount in the order's currency (TRY), exact to the kuruş. """
    state: OrderPaymentState
    comission: float
    """ An amount in the order's currency (TRY), exact to the kuruş. """
    total: float
    """ An amount in the order's currency (TRY), exact to the kuruş. """
    details: CardDetails
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        token = self.token

        is_3d = self.is_3d

        auth_mode: str = self.auth_mode

        amount = self.amount

        state: str = self.state

        comission = self.comission

        total = self.total

        details = self.details.to_dict()

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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.card_details import CardDetails  # noqa: PLC0415

        d = dict(src_dict)
        token = d.pop("token")

        is_3d = d.pop("is_3d")

        auth_mode = check_order_payment_auth_mode(d.pop("auth_mode"))

        amount = d.pop("amount")

        state = check_order_payment_state(d.pop("state"))

        comission = d.pop("comission")

        total = d.pop("total")

        details = CardDetails.from_dict(d.pop("details"))

        order_payment = cls(
            token=token,
            is_3d=is_3d,
            auth_mode=auth_mode,
            amount=amount,
            state=state,
            comission=comission,
            total=total,
            details=details,
        )

        order_payment.additional_properties = d
        return order_payment

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
