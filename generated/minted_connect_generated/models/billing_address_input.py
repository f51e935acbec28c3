from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.invoice_type import InvoiceType
from ..types import NO_PROPERTIES, UNSET, Unset, convert, own_properties

T = TypeVar("T", bound="BillingAddressInput")


@_attrs_define(frozen=True, slots=False)
class BillingAddressInput:
    """A billing address given inline (Set Custom Address)."""

    phone: str
    city: str
    county: str
    district: str
    address: str
    tax_number: str
    """ Turkish identity number (individuals) or tax number (companies). """
    external_id: None | str | Unset = UNSET
    invoice_type: InvoiceType | Unset = UNSET
    fullname: None | str | Unset = UNSET
    company_name: None | str | Unset = UNSET
    email: None | str | Unset = UNSET
    zipcode: None | str | Unset = UNSET
    street: str | Unset = UNSET
    tax_office: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, default=NO_PROPERTIES)

    def to_dict(self) -> dict[str, Any]:
        phone = self.phone

        city = self.city

        county = self.county

        district = self.district

        address = self.address

        tax_number = self.tax_number

        external_id: None | str | Unset
        if isinstance(self.external_id, Unset):
            external_id = UNSET
        else:
            external_id = self.external_id

        invoice_type: str | Unset = UNSET
        if not isinstance(self.invoice_type, Unset):
            invoice_type = self.invoice_type

        fullname: None | str | Unset
        if isinstance(self.fullname, Unset):
            fullname = UNSET
        else:
            fullname = self.fullname

        company_name: None | str | Unset
        if isinstance(self.company_name, Unset):
            company_name = UNSET
        else:
            company_name = self.company_name

        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        zipcode: None | str | Unset
        if isinstance(self.zipcode, Unset):
            zipcode = UNSET
        else:
            zipcode = self.zipcode

        street = self.street

        tax_office = self.tax_office

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "phone": phone,
                "city": city,
                "county": county,
                "district": district,
                "address": address,
                "tax_number": tax_number,
            }
        )
        if external_id is not UNSET:
            field_dict["external_id"] = external_id
        if invoice_type is not UNSET:
            field_dict["invoice_type"] = invoice_type
        if fullname is not UNSET:
            field_dict["fullname"] = fullname
        if company_name is not UNSET:
            field_dict["company_name"] = company_name
        if email is not UNSET:
            field_dict["email"] = email
        if zipcode is not UNSET:
            field_dict["zipcode"] = zipcode
        if street is not UNSET:
            field_dict["street"] = street
        if tax_office is not UNSET:
            field_dict["tax_office"] = tax_office

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
