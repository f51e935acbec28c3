from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.invoice_type import InvoiceType
from ..types import NO_PROPERTIES, UNSET, Unset, convert, own_properties

T = TypeVar("T", bound="DeliveryBillingAddress")


@_attrs_define(frozen=True, slots=False)
class DeliveryBillingAddress:
    """Who is invoiced for the delivery (the fields of the page's example)."""

    fullname: str
    invoice_type: InvoiceType
    city: str
    county: str
    district: str
    address: str
    company_name: str | Unset = UNSET
    tax_number: str | Unset = UNSET
    """ Turkish identity number (individuals) or tax number (companies). """
    tax_office: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, default=NO_PROPERTIES)

    def to_dict(self) -> dict[str, Any]:
        fullname = self.fullname

        invoice_type: str = self.invoice_type

        city = self.city

        county = self.county

        district = self.district

        address = self.address

        company_name = self.company_name

        tax_number = self.tax_number

        tax_office = self.tax_office

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "fullname": fullname,
                "invoice_type": invoice_type,
                "city": city,
                "county": county,
                "district": district,
                "address": address,
            }
        )
        if company_name is not UNSET:
            field_dict["company_name"] = company_name
        if tax_number is not UNSET:
            field_dict["tax_number"] = tax_number
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
