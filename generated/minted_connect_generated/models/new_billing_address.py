from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.invoice_type import InvoiceType, check_invoice_type
from ..models.new_billing_address_type import NewBillingAddressType, check_new_billing_address_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="NewBillingAddress")


@_attrs_define
class NewBillingAddress:
    """Body of Customer Address - Create (Billing)."""

    external_customer_id: str
    invoice_type: InvoiceType
    tax_number: str
    """ Turkish identity number (individuals) or tax number (companies). """
    type_: NewBillingAddressType
    city: str
    county: str
    address: str
    company_name: str | Unset = UNSET
    tax_office: str | Unset = UNSET
    district: str | Unset = UNSET
    street: str | Unset = UNSET
    external_id: str | Unset = UNSET
    """ The partner's own identifier of the address. """
    fullname: str | Unset = UNSET
    phone: str | Unset = UNSET
    email: str | Unset = UNSET
    zipcode: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        external_customer_id = self.external_customer_id

        invoice_type: str = self.invoice_type

        tax_number = self.tax_number

        type_: str = self.type_

        city = self.city

        county = self.county

        address = self.address

        company_name = self.company_name

        tax_office = self.tax_office

        district = self.district

        street = self.street

        external_id = self.external_id

        fullname = self.fullname

        phone = self.phone

        email = self.email

        zipcode = self.zipcode

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "external_customer_id": external_customer_id,
                "invoice_type": invoice_type,
                "tax_number": tax_number,
                "type": type_,
                "city": city,
                "county": county,
                "address": address,
            }
        )
        if company_name is not UNSET:
            field_dict["company_name"] = company_name
        if tax_office is not UNSET:
            field_dict["tax_office"] = tax_office
        if district is not UNSET:
            field_dict["district"] = district
        if street is not UNSET:
            field_dict["street"] = street
        if external_id is not UNSET:
            field_dict["external_id"] = external_id
        if fullname is not UNSET:
            field_dict["fullname"] = fullname
        if phone is not UNSET:
            field_dict["phone"] = phone
        if email is not UNSET:
            field_dict["email"] = email
        if zipcode is not UNSET:
            field_dict["zipcode"] = zipcode

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        external_customer_id = d.pop("external_customer_id")

        invoice_type = check_invoice_type(d.pop("invoice_type"))

        tax_number = d.pop("tax_number")

        type_ = check_new_billing_address_type(d.pop("type"))

        city = d.pop("city")

        county = d.pop("county")

        address = d.pop("address")

        company_name = d.pop("company_name", UNSET)

        tax_office = d.pop("tax_office", UNSET)

        district = d.pop("district", UNSET)

        street = d.pop("street", UNSET)

        external_id = d.pop("external_id", UNSET)

        fullname = d.pop("fullname", UNSET)

        phone = d.pop("phone", UNSET)

        email = d.pop("email", UNSET)

        zipcode = d.pop("zipcode", UNSET)

        new_billing_address = cls(
            external_customer_id=external_customer_id,
            invoice_type=invoice_type,
            tax_number=tax_number,
            type_=type_,
            city=city,
            county=county,
            address=address,
            company_name=company_name,
            tax_office=tax_office,
            district=district,
            street=street,
            external_id=external_id,
            fullname=fullname,
            phone=phone,
            email=email,
            zipcode=zipcode,
        )

        new_billing_address.additional_properties = d
        return new_billing_address

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
