from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.new_business_customer_account_type import (
    NewBusinessCustomerAccountType,
)
from ..types import NO_PROPERTIES, UNSET, Unset, convert, own_properties

T = TypeVar("T", bound="NewBusinessCustomer")


@_attrs_define(frozen=True, slots=False)
class NewBusinessCustomer:
    """Body of Create Customer for a company (`account_type` is `company`)."""

    external_id: str
    """ The partner's own identifier for the new customer (letters, digits, `-`, `_`). """
    firstname: str
    """ The company's name. """
    account_type: NewBusinessCustomerAccountType
    tax_office: str | Unset = UNSET
    email: str | Unset = UNSET
    phone: str | Unset = UNSET
    identity_number: str | Unset = UNSET
    birthdate: datetime.date | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, default=NO_PROPERTIES)

    def to_dict(self) -> dict[str, Any]:
        external_id = self.external_id

        firstname = self.firstname

        account_type: str = self.account_type

        tax_office = self.tax_office

        email = self.email

        phone = self.phone

        identity_number = self.identity_number

        birthdate: str | Unset = UNSET
        if not isinstance(self.birthdate, Unset):
            birthdate = self.birthdate.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "external_id": external_id,
                "firstname": firstname,
                "account_type": account_type,
            }
        )
        if tax_office is not UNSET:
            field_dict["tax_office"] = tax_office
        if email is not UNSET:
            field_dict["email"] = email
        if phone is not UNSET:
            field_dict["phone"] = phone
        if identity_number is not UNSET:
            field_dict["identity_number"] = identity_number
        if birthdate is not UNSET:
            field_dict["birthdate"] = birthdate

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
