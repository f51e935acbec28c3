from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import NO_PROPERTIES, convert, own_properties

if TYPE_CHECKING:
    from ..models.walletable_metal_summary import WalletableMetalSummary
    from ..models.walletable_order_summary import WalletableOrderSummary


T = TypeVar("T", bound="WalletableVaultSummary")


@_attrs_define(frozen=True, slots=False)
class WalletableVaultSummary:
    """A customer's vault and completed orders (Get Summary)."""

    external_customer_id: str
    currency_code: str
    value: Decimal
    """ An amount in the order's currency (TRY), exact to the kuruş. """
    metals: list[WalletableMetalSummary]
    orders: list[WalletableOrderSummary]
    additional_properties: dict[str, Any] = _attrs_field(init=False, default=NO_PROPERTIES)

    def to_dict(self) -> dict[str, Any]:
        external_customer_id = self.external_customer_id

        currency_code = self.currency_code

        value = self.value

        metals = []
        for metals_item_data in self.metals:
            metals_item = metals_item_data.to_dict()
            metals.append(metals_item)

        orders = []
        for orders_item_data in self.orders:
            orders_item = orders_item_data.to_dict()
            orders.append(orders_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "external_customer_id": external_customer_id,
                "currency_code": currency_code,
                "value": value,
                "metals": metals,
                "orders": orders,
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

_bind(globals(), ("WalletableMetalSummary", "WalletableOrderSummary"))
