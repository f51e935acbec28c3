from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import NO_PROPERTIES, UNSET, Unset, convert, own_properties

T = TypeVar("T", bound="ShippingAddress")


@_attrs_define(frozen=True, slots=False)
class ShippingAddress:
    """Schemas > ecom > Shipping Address."""

    id: int
    fullname: str
    phone: str
    city: str
    county: str
    address: str
    tax_number: str | Unset = UNSET
    external_id: str | Unset = UNSET
    email: str | Unset = UNSET
    """ The recipient's e-mail (Walletable's Complete Delivery example). """
    district: str | Unset = UNSET
    street: str | Unset = UNSET
    zipcode: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, default=NO_PROPERTIES)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        fullname = self.fullname

        phone = self.phone

        city = self.city

        county = self.county

        address = self.address

        tax_number = self.tax_number

        external_id = self.external_id

        email = self.email

        district = self.district

        street = self.street

        zipcode = self.zipcode

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "fullname": fullname,
                "phone": phone,
                "city": city,
                "county": county,
                "address": address,
            }
        )
        if tax_number is not UNSET:
            field_dict["tax_number"] = tax_number
        if external_id is not UNSET:
            field_dict["external_id"] = external_id
        if email is not UNSET:
            field_dict["email"] = email
        if district is not UNSET:
            field_dict["district"] = district
        if street is not UNSET:
            field_dict["street"] = street
        if zipcode is not UNSET:
            field_dict["zipcode"] = zipcode

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
