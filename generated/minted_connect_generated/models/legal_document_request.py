from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.legal_type_code import LegalTypeCode
from ..types import NO_PROPERTIES, UNSET, Unset, convert, own_properties

T = TypeVar("T", bound="LegalDocumentRequest")


@_attrs_define(frozen=True, slots=False)
class LegalDocumentRequest:
    """Body of Partner Legal PDF."""

    type: LegalTypeCode = _attrs_field(alias="type_")
    external_customer_id: str
    cart_token: str | Unset = UNSET
    """ A basket's token, exactly 32 letters and digits. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, default=NO_PROPERTIES)

    @property
    def type_(self) -> LegalTypeCode:
        """``type``, by the name the generator gives it."""
        return self.type

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type_

        external_customer_id = self.external_customer_id

        cart_token = self.cart_token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "external_customer_id": external_customer_id,
            }
        )
        if cart_token is not UNSET:
            field_dict["cart_token"] = cart_token

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
