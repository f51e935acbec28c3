from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import NO_PROPERTIES, UNSET, Unset, convert, own_properties

T = TypeVar("T", bound="WalletOrderLookup")


@_attrs_define(frozen=True, slots=False)
class WalletOrderLookup:
    """Body of Get Order (Alternative): the order's `guid`, its `order_code`
    or the partner's `external_id` of it (one of them is needed), and
    whether to push the order to the partner's hook again.

    """

    guid: str | Unset = UNSET
    order_code: str | Unset = UNSET
    """ An order's code, as Buy and Sell answer it in `order_code[]`. """
    external_id: str | Unset = UNSET
    """ The partner's own reference of the order. """
    push_hook: bool | Unset = UNSET
    """ Push the order to the partner's order hook again (inferred what and where, spec/CURATION.md P81). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, default=NO_PROPERTIES)

    def to_dict(self) -> dict[str, Any]:
        guid = self.guid

        order_code = self.order_code

        external_id = self.external_id

        push_hook = self.push_hook

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if guid is not UNSET:
            field_dict["guid"] = guid
        if order_code is not UNSET:
            field_dict["order_code"] = order_code
        if external_id is not UNSET:
            field_dict["external_id"] = external_id
        if push_hook is not UNSET:
            field_dict["push_hook"] = push_hook

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
