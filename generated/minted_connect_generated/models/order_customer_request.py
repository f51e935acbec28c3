from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.gender import Gender
from ..types import NO_PROPERTIES, UNSET, Unset, convert, own_properties

T = TypeVar("T", bound="OrderCustomerRequest")


@_attrs_define(frozen=True, slots=False)
class OrderCustomerRequest:
    """The customer a B2B2C order is for (OrderCustomerRequestScheme)."""

    external_id: str
    identity_number: str
    firstname: str
    lastname: str
    email: str
    phone: str
    middlename: str | Unset = UNSET
    fullname: str | Unset = UNSET
    """ As the Buy pages' examples send it (the API answers its own, from the names). """
    gender: Gender | Unset = UNSET
    birthdate: datetime.date | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, default=NO_PROPERTIES)

    def to_dict(self) -> dict[str, Any]:
        external_id = self.external_id

        identity_number = self.identity_number

        firstname = self.firstname

        lastname = self.lastname

        email = self.email

        phone = self.phone

        middlename = self.middlename

        fullname = self.fullname

        gender: str | Unset = UNSET
        if not isinstance(self.gender, Unset):
            gender = self.gender

        birthdate: str | Unset = UNSET
        if not isinstance(self.birthdate, Unset):
            birthdate = self.birthdate.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "external_id": external_id,
                "identity_number": identity_number,
                "firstname": firstname,
                "lastname": lastname,
                "email": email,
                "phone": phone,
            }
        )
        if middlename is not UNSET:
            field_dict["middlename"] = middlename
        if fullname is not UNSET:
            field_dict["fullname"] = fullname
        if gender is not UNSET:
            field_dict["gender"] = gender
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
