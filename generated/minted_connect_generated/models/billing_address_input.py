from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.invoice_type import InvoiceType, check_invoice_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="BillingAddressInput")


@_attrs_define
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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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
        d = dict(src_dict)
        phone = d.pop("phone")

        city = d.pop("city")

        county = d.pop("county")

        district = d.pop("district")

        address = d.pop("address")

        tax_number = d.pop("tax_number")

        def _parse_external_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        external_id = _parse_external_id(d.pop("external_id", UNSET))

        _invoice_type = d.pop("invoice_type", UNSET)
        invoice_type: InvoiceType | Unset
        if isinstance(_invoice_type, Unset):
            invoice_type = UNSET
        else:
            invoice_type = check_invoice_type(_invoice_type)

        def _parse_fullname(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        fullname = _parse_fullname(d.pop("fullname", UNSET))

        def _parse_company_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        company_name = _parse_company_name(d.pop("company_name", UNSET))

        def _parse_email(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        email = _parse_email(d.pop("email", UNSET))

        def _parse_zipcode(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        zipcode = _parse_zipcode(d.pop("zipcode", UNSET))

        street = d.pop("street", UNSET)

        tax_office = d.pop("tax_office", UNSET)

        billing_address_input = cls(
            phone=phone,
            city=city,
            county=county,
            district=district,
            address=address,
            tax_number=tax_number,
            external_id=external_id,
            invoice_type=invoice_type,
            fullname=fullname,
            company_name=company_name,
            email=email,
            zipcode=zipcode,
            street=street,
            tax_office=tax_office,
        )

        billing_address_input.additional_properties = d
        return billing_address_input

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
