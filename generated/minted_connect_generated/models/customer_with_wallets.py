from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.customer_account_type import CustomerAccountType
from ..models.gender import Gender
from ..types import NO_PROPERTIES, UNSET, Unset, convert, own_properties

if TYPE_CHECKING:
    from ..models.wallet import Wallet


T = TypeVar("T", bound="CustomerWithWallets")


@_attrs_define(frozen=True, slots=False)
class CustomerWithWallets:
    """A customer with their wallets."""

    external_id: str
    firstname: str
    wallets: list[Wallet]
    id: int | Unset = UNSET
    company_id: int | Unset = UNSET
    user_id: int | None | Unset = UNSET
    middlename: str | Unset = UNSET
    lastname: str | Unset = UNSET
    fullname: str | Unset = UNSET
    email: str | Unset = UNSET
    phone: str | Unset = UNSET
    gender: Gender | str | Unset = UNSET
    identity_number: str | Unset = UNSET
    birthdate: datetime.date | Unset = UNSET
    tax_office: None | str | Unset = UNSET
    """ `null` for a person (Walletable's customer example). """
    account_type: CustomerAccountType | str | Unset = UNSET
    created_at: str | Unset = UNSET
    updated_at: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, default=NO_PROPERTIES)

    def to_dict(self) -> dict[str, Any]:
        external_id = self.external_id

        firstname = self.firstname

        wallets = []
        for wallets_item_data in self.wallets:
            wallets_item = wallets_item_data.to_dict()
            wallets.append(wallets_item)

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

        tax_office: None | str | Unset
        if isinstance(self.tax_office, Unset):
            tax_office = UNSET
        else:
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
                "wallets": wallets,
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


from . import bind as _bind

_bind(globals(), ("Wallet",))
