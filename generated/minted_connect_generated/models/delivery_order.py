from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.delivery_order_tx_type import DeliveryOrderTxType
from ..models.order_status_name import OrderStatusName
from ..types import NO_PROPERTIES, convert, own_properties

if TYPE_CHECKING:
    from ..models.delivery_order_item import DeliveryOrderItem


T = TypeVar("T", bound="DeliveryOrder")


@_attrs_define(frozen=True, slots=False)
class DeliveryOrder:
    """The order Delivery - Create answers (the page's example: an order as the
    API stores it, with `tx_type` where Order Schema has `type`).

    """

    id: int
    guid: str
    order_code: str
    external_id: None | str
    channel: str
    tx_type: DeliveryOrderTxType | str
    price_token: None | str
    price: Decimal
    tax: Decimal
    total: Decimal
    currency_rate: Decimal
    currency_total: Decimal
    status_id: int
    status_name: OrderStatusName | str
    order_at: datetime.datetime
    items: list[DeliveryOrderItem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, default=NO_PROPERTIES)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        guid = self.guid

        order_code = self.order_code

        external_id: None | str
        external_id = self.external_id

        channel = self.channel

        tx_type: str = self.tx_type

        price_token: None | str
        price_token = self.price_token

        price = self.price

        tax = self.tax

        total = self.total

        currency_rate = self.currency_rate

        currency_total = self.currency_total

        status_id = self.status_id

        status_name: str = self.status_name

        order_at = self.order_at.isoformat()

        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "guid": guid,
                "order_code": order_code,
                "external_id": external_id,
                "channel": channel,
                "tx_type": tx_type,
                "price_token": price_token,
                "price": price,
                "tax": tax,
                "total": total,
                "currency_rate": currency_rate,
                "currency_total": currency_total,
                "status_id": status_id,
                "status_name": status_name,
                "order_at": order_at,
                "items": items,
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

_bind(globals(), ("DeliveryOrderItem",))
