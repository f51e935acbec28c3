from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.walletable_basket_type import WalletableBasketType
from ..types import NO_PROPERTIES, convert, own_properties

if TYPE_CHECKING:
    from ..models.walletable_summary_item import WalletableSummaryItem


T = TypeVar("T", bound="WalletableTypedSummaryRequest")


@_attrs_define(frozen=True, slots=False)
class WalletableTypedSummaryRequest:
    """Body of Post Summary."""

    external_customer_id: str
    items: list[WalletableSummaryItem]
    type: WalletableBasketType = _attrs_field(alias="type_")
    """ What a basket does with the vault: `buy` bars into it, `sell` bars out of it for cash, `delivery` bars out
    of it to an address. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, default=NO_PROPERTIES)

    @property
    def type_(self) -> WalletableBasketType:
        """``type``, by the name the generator gives it."""
        return self.type

    def to_dict(self) -> dict[str, Any]:
        external_customer_id = self.external_customer_id

        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        type_: str = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "external_customer_id": external_customer_id,
                "items": items,
                "type": type_,
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

_bind(globals(), ("WalletableSummaryItem",))
