from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import NO_PROPERTIES, UNSET, Unset, convert, own_properties

if TYPE_CHECKING:
    from ..models.wallet_order_delivery_product import WalletOrderDeliveryProduct


T = TypeVar("T", bound="WalletOrderDelivery")


@_attrs_define(frozen=True, slots=False)
class WalletOrderDelivery:
    """A delivery order's shipment (the Order Schema's `delivery`): its status, tracking and the bars shipped. Sent once
    the vault ships it.

    """

    cargo_tracking_url: str
    cargo_tracking_number: str
    status_id: int | Unset = UNSET
    status_name: str | Unset = UNSET
    sync_status: bool | Unset = UNSET
    """ Whether the shipment is in step with the carrier's records. """
    products: list[WalletOrderDeliveryProduct] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, default=NO_PROPERTIES)

    def to_dict(self) -> dict[str, Any]:
        cargo_tracking_url = self.cargo_tracking_url

        cargo_tracking_number = self.cargo_tracking_number

        status_id = self.status_id

        status_name = self.status_name

        sync_status = self.sync_status

        products: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.products, Unset):
            products = []
            for products_item_data in self.products:
                products_item = products_item_data.to_dict()
                products.append(products_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "cargo_tracking_url": cargo_tracking_url,
                "cargo_tracking_number": cargo_tracking_number,
            }
        )
        if status_id is not UNSET:
            field_dict["status_id"] = status_id
        if status_name is not UNSET:
            field_dict["status_name"] = status_name
        if sync_status is not UNSET:
            field_dict["sync_status"] = sync_status
        if products is not UNSET:
            field_dict["products"] = products

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

_bind(globals(), ("WalletOrderDeliveryProduct",))
