from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.invoice_type import InvoiceType
from ..models.new_billing_address_type import NewBillingAddressType
from ..types import NO_PROPERTIES, UNSET, Unset, convert, own_properties

T = TypeVar("T", bound="NewBillingAddress")


@_attrs_define(frozen=True, slots=False)
class NewBillingAddress:
    """Body of Customer Address - Create (Billing)."""

    external_customer_id: str
    invoice_type: InvoiceType
    tax_number: str
    """ Turkish identity number (individuals) or tax number (companies). """
    type: NewBillingAddressType = _attrs_field(alias="type_")
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
    additional_properties: dict[str, Any] = _attrs_field(init=False, default=NO_PROPERTIES)

    @property
    def type_(self) -> NewBillingAddressType:
        """``type``, by the name the generator gives it."""
        return self.type

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
