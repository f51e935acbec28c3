from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.address_type import AddressType
from ..models.invoice_type import InvoiceType
from ..types import NO_PROPERTIES, UNSET, Unset, convert, own_properties

T = TypeVar("T", bound="CustomerAddress")


@_attrs_define(frozen=True, slots=False)
class CustomerAddress:
    """A shipping or billing address stored on a customer."""

    id: int
    type: AddressType | str = _attrs_field(alias="type_")
    fullname: str
    phone: str
    city: str
    county: str
    address: str
    external_id: None | str | Unset = UNSET
    invoice_type: InvoiceType | str | Unset = UNSET
    company_name: str | Unset = UNSET
    tax_office: str | Unset = UNSET
    tax_number: str | Unset = UNSET
    email: str | Unset = UNSET
    district: str | Unset = UNSET
    street: str | Unset = UNSET
    zipcode: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, default=NO_PROPERTIES)

    @property
    def type_(self) -> AddressType | str:
        """``type``, by the name the generator gives it."""
        return self.type

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_: str = self.type_

        fullname = self.fullname

        phone = self.phone

        city = self.city

        county = self.county

        address = self.address

        external_id: None | str | Unset
        if isinstance(self.external_id, Unset):
            external_id = UNSET
        else:
            external_id = self.external_id

        invoice_type: str | Unset = UNSET
        if not isinstance(self.invoice_type, Unset):
            invoice_type = self.invoice_type

        company_name = self.company_name

        tax_office = self.tax_office

        tax_number = self.tax_number

        email = self.email

        district = self.district

        street = self.street

        zipcode = self.zipcode

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "type": type_,
                "fullname": fullname,
                "phone": phone,
                "city": city,
                "county": county,
                "address": address,
            }
        )
        if external_id is not UNSET:
            field_dict["external_id"] = external_id
        if invoice_type is not UNSET:
            field_dict["invoice_type"] = invoice_type
        if company_name is not UNSET:
            field_dict["company_name"] = company_name
        if tax_office is not UNSET:
            field_dict["tax_office"] = tax_office
        if tax_number is not UNSET:
            field_dict["tax_number"] = tax_number
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
