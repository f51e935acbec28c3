from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.gender import Gender, check_gender
from ..types import UNSET, Unset

T = TypeVar("T", bound="OrderCustomer")


@_attrs_define
class OrderCustomer:
    """The customer as embedded in an order (Order customer schema)."""

    external_id: str
    firstname: str
    middlename: str | Unset = UNSET
    lastname: str | Unset = UNSET
    fullname: str | Unset = UNSET
    email: str | Unset = UNSET
    phone: str | Unset = UNSET
    gender: Gender | Unset = UNSET
    identity_number: str | Unset = UNSET
    birthdate: datetime.date | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        external_id = self.external_id

        firstname = self.firstname

        middlename = self.middlename

        lastname = self.lastname

        fullname = self.fullname

        email = self.email

        phone = self.phone

        gender: str | Unset = UNSET
        if not isinstance(self.gender, Unset):
            gender = self.gender

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
            }
        )
        if middlename is not UNSET:
            field_dict["middlename"] = middlename
        if lastname is not UNSET:
            field_dict["lastname"] = lastname
        if fullname is not UNSET:
            field_dict["fullname"] = fullname
        if email is not UNSET:
            field_dict["email"] = email
        if phone is not UNSET:
            field_dict["phone"] = phone
        if gender is not UNSET:
            field_dict["gender"] = gender
        if identity_number is not UNSET:
            field_dict["identity_number"] = identity_number
        if birthdate is not UNSET:
            field_dict["birthdate"] = birthdate

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        external_id = d.pop("external_id")

        firstname = d.pop("firstname")

        middlename = d.pop("middlename", UNSET)

        lastname = d.pop("lastname", UNSET)

        fullname = d.pop("fullname", UNSET)

        email = d.pop("email", UNSET)

        phone = d.pop("phone", UNSET)

        _gender = d.pop("gender", UNSET)
        gender: Gender | Unset
        if isinstance(_gender, Unset):
            gender = UNSET
        else:
            gender = check_gender(_gender)

        identity_number = d.pop("identity_number", UNSET)

        _birthdate = d.pop("birthdate", UNSET)
        birthdate: datetime.date | Unset
        if isinstance(_birthdate, Unset):
            birthdate = UNSET
        else:
            birthdate = datetime.date.fromisoformat(_birthdate)

        order_customer = cls(
            external_id=external_id,
            firstname=firstname,
            middlename=middlename,
            lastname=lastname,
            fullname=fullname,
            email=email,
            phone=phone,
            gender=gender,
            identity_number=identity_number,
            birthdate=birthdate,
        )

        order_customer.additional_properties = d
        return order_customer

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
