from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.customer_token_token_type import (
    CustomerTokenTokenType,
)
from ..types import NO_PROPERTIES, convert, hidden, own_properties

T = TypeVar("T", bound="CustomerToken")


@_attrs_define(frozen=True, slots=False)
class CustomerToken:
    """A customer token (Create Token). `token` and `webview_url` are secrets."""

    token: str = _attrs_field(repr=hidden)
    token_type: CustomerTokenTokenType | str
    customer_external_id: str
    expires_at: datetime.datetime
    expire_ttl: int
    """ Seconds the token lives from its creation. """
    webview_url: str = _attrs_field(repr=hidden)
    """ The Embedded Webview page to open in the customer's app; it carries the token in its fragment. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, default=NO_PROPERTIES)

    def to_dict(self) -> dict[str, Any]:
        token = self.token

        token_type: str = self.token_type

        customer_external_id = self.customer_external_id

        expires_at = self.expires_at.isoformat()

        expire_ttl = self.expire_ttl

        webview_url = self.webview_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "token": token,
                "token_type": token_type,
                "customer_external_id": customer_external_id,
                "expires_at": expires_at,
                "expire_ttl": expire_ttl,
                "webview_url": webview_url,
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
