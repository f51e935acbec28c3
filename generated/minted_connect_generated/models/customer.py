from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.customer_account_type import CustomerAccountType, check_customer_account_type
from ..models.gender import Gender, check_gender
from ..types import UNSET, Unset

T = TypeVar("T", bound="Customer")


@_attrs_define
class Customer:
    """A customer as the API returns it (individual or business)."""

    external_id: str
    firstname: str
    id: int | Unset = UNSET
    company_id: int | Unset = UNSET
    user_id: int | None | Unset = UNSET
    middlename: str | Unset = UNSET
    lastname: str | Unset = UNSET
    fullname: str | Unset = UNSET
    email: str | Unset = UNSET
    phone: str | Unset = UNSET
    gender: Gender | Unset = UNSET
    identity_number: str | Unset = UNSET
    birthdate: datetime.date | Unset = UNSET
    tax_office: str | Unset = UNSET
    account_type: CustomerAccountType | Unset = UNSET
    created_at: str | Unset = UNSET
    updated_at: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        external_id = self.external_id

        firstname = self.firstname

        id = self.id

        company_id = self.company_id

        user_id: int | None | Unset
        if isinstance(self.user_id, Unset):
            user_id = UNSET
        else:
            user_id = self.user_id

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

        tax_office = self.tax_office

        account_type: str | Unset = UNSET
        if not isinstance(self.account_type, Unset):
            account_type = self.account_type

        created_at = self.created_at

        updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "external_id": external_id,
                "firstname": firstname,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if company_id is not UNSET:
            field_dict["company_id"] = company_id
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
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
        if tax_office is not UNSET:
            field_dict["tax_office"] = tax_office
        if account_type is not UNSET:
            field_dict["account_type"] = account_type
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        external_id = d.pop("external_id")

        firstname = d.pop("firstname")

        id = d.pop("id", UNSET)

        company_id = d.pop("company_id", UNSET)

        def _parse_user_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        user_id = _parse_user_id(d.pop("user_id", UNSET))

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

        tax_office = d.pop("tax_office", UNSET)

        _account_type = d.pop("account_type", UNSET)
        account_type: CustomerAccountType | Unset
        if isinstance(_account_type, Unset):
            account_type = UNSET
        else:
            account_type = check_customer_account_type(_account_type)

        created_at = d.pop("created_at", UNSET)

        updated_at = d.pop("updated_at", UNSET)

        customer = cls(
            external_id=external_id,
            firstname=firstname,
            id=id,
            company_id=company_id,
            user_id=user_id,
            middlename=middlename,
            lastname=lastname,
            fullname=fullname,
            email=email,
            phone=phone,
            gender=gender,
            identity_number=identity_number,
            birthdate=birthdate,
            tax_office=tax_office,
            account_type=account_type,
            created_at=created_at,
            updated_at=updated_at,
        )

        customer.additional_properties = d
        return customer

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
