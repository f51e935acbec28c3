from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import NO_PROPERTIES, UNSET, Unset, convert, own_properties

if TYPE_CHECKING:
    from ..models.order_payment import OrderPayment
    from ..models.wallet_order import WalletOrder


T = TypeVar("T", bound="WalletOrderResult")


@_attrs_define(frozen=True, slots=False)
class WalletOrderResult:
    """Order Response (what Buy and Sell answer)."""

    order_code: list[str]
    guid: list[str]
    price: Decimal
    tax: Decimal
    total: Decimal
    order_at: str
    orders: list[WalletOrder]
    payment: None | OrderPayment | Unset = UNSET
    """ The card payment of a card-paid Buy (Card Payment Buy), else null. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, default=NO_PROPERTIES)

    def to_dict(self) -> dict[str, Any]:
        from ..models.order_payment import OrderPayment  # noqa: PLC0415

        order_code = self.order_code

        guid = self.guid

        price = self.price

        tax = self.tax

        total = self.total

        order_at = self.order_at

        orders = []
        for orders_item_data in self.orders:
            orders_item = orders_item_data.to_dict()
            orders.append(orders_item)

        payment: dict[str, Any] | None | Unset
        if isinstance(self.payment, Unset):
            payment = UNSET
        elif isinstance(self.payment, OrderPayment):
            payment = self.payment.to_dict()
        else:
            payment = self.payment

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "order_code": order_code,
                "guid": guid,
                "price": price,
                "tax": tax,
                "total": total,
                "order_at": order_at,
                "orders": orders,
            }
        )
        if payment is not UNSET:
            field_dict["payment"] = payment

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

_bind(globals(), ("OrderPayment", "WalletOrder"))
