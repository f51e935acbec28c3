from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import NO_PROPERTIES, UNSET, Unset, convert, own_properties

T = TypeVar("T", bound="WalletablePricefix")


@_attrs_define(frozen=True, slots=False)
class WalletablePricefix:
    """How long the basket's prices stay fixed: `remaining` seconds, until `nextUpdate`.
    On the read that fixed them anew, `updated` is true and `token` is the new
    price token (also the basket's `price_token`).

    """

    remaining: int
    nextUpdate: datetime.datetime = _attrs_field(alias="next_update")
    updated: bool | Unset = UNSET
    token: str | Unset = UNSET
    """ A price fix's token (Price Fix answers it; Buy and Sell take it as `price_token`). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, default=NO_PROPERTIES)

    @property
    def next_update(self) -> datetime.datetime:
        """``nextUpdate``, by the name the generator gives it."""
        return self.nextUpdate

    def to_dict(self) -> dict[str, Any]:
        remaining = self.remaining

        next_update = self.next_update.isoformat()

        updated = self.updated

        token = self.token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "remaining": remaining,
                "nextUpdate": next_update,
            }
        )
        if updated is not UNSET:
            field_dict["updated"] = updated
        if token is not UNSET:
            field_dict["token"] = token

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
