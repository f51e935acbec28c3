from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.gender import Gender, check_gender
from ..models.new_individual_customer_account_type import (
    NewIndividualCustomerAccountType,
    check_new_individual_customer_account_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="NewIndividualCustomer")


@_attrs_define
class NewIndividualCustomer:
    """Body of Create Customer for a person."""

    external_id: str
    """ The partner's own identifier for the new customer (letters, digits, `-`, `_`). """
    firstname: str
    lastname: str
    phone: str
    identity_number: str
    middlename: str | Unset = UNSET
    """ Empty, or 3 to 40 characters. """
    email: str | Unset = UNSET
    gender: Gender | Unset = UNSET
    birthdate: datetime.date | Unset = UNSET
    account_type: NewIndividualCustomerAccountType | Unset = UNSET
    """ Omit, or `individual`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        external_id = self.external_id

        firstname = self.firstname

        lastname = self.lastname

        phone = self.phone

        identity_number = self.identity_number

        middlename = self.middlename

        email = self.email

        gender: str | Unset = UNSET
        if not isinstance(self.gender, Unset):
            gender = self.gender

        birthdate: str | Unset = UNSET
        if not isinstance(self.birthdate, Unset):
            birthdate = self.birthdate.isoformat()

        account_type: str | Unset = UNSET
        if not isinstance(self.account_type, Unset):
            account_type = self.account_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "external_id": external_id,
                "firstname": firstname,
                "lastname": lastname,
                "phone": phone,
                "identity_number": identity_number,
            }
        )
        if middlename is not UNSET:
            field_dict["middlename"] = middlename
        if email is not UNSET:
            field_dict["email"] = email
        if gender is not UNSET:
            field_dict["gender"] = gender
        if birthdate is not UNSET:
            field_dict["birthdate"] = birthdate
        if account_type is not UNSET:
            field_dict["account_type"] = account_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        external_id = d.pop("external_id")

        firstname = d.pop("firstname")

        lastname = d.pop("lastname")

        phone = d.pop("phone")

        identity_number = d.pop("identity_number")

        middlename = d.pop("middlename", UNSET)

        email = d.pop("email", UNSET)

        _gender = d.pop("gender", UNSET)
        gender: Gender | Unset
        if isinstance(_gender, Unset):
            gender = UNSET
        else:
            gender = check_gender(_gender)

        _birthdate = d.pop("birthdate", UNSET)
        birthdate: datetime.date | Unset
        if isinstance(_birthdate, Unset):
            birthdate = UNSET
        else:
            birthdate = datetime.date.fromisoformat(_birthdate)

        _account_type = d.pop("account_type", UNSET)
        account_type: NewIndividualCustomerAccountType | Unset
        if isinstance(_account_type, Unset):
            account_type = UNSET
        else:
            account_type = check_new_individual_customer_account_type(_account_type)

        new_individual_customer = cls(
            external_id=external_id,
            firstname=firstname,
            lastname=lastname,
            phone=phone,
            identity_number=identity_number,
            middlename=middlename,
            email=email,
            gender=gender,
            birthdate=birthdate,
            account_type=account_type,
        )

        new_individual_customer.additional_properties = d
        return new_individual_customer

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
