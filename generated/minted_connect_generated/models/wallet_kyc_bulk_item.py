from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.kyc_verification_method import KycVerificationMethod
from ..models.source_of_funds import SourceOfFunds
from ..types import NO_PROPERTIES, UNSET, Unset, convert, own_properties

T = TypeVar("T", bound="WalletKycBulkItem")


@_attrs_define(frozen=True, slots=False)
class WalletKycBulkItem:
    """One record of Bulk Upsert, with its customer."""

    identity_verified: bool
    """ Whether the partner verified the customer's identity (T.C. kimlik). """
    nationality: str
    """ ISO 3166-1 alpha-2 country code. """
    occupation: str
    source_of_funds: SourceOfFunds
    expected_monthly_volume: Decimal
    """ Expected buys and sells per month, in TRY. """
    is_pep: bool
    """ Politically exposed person. """
    customer_external_id: str
    verification_method: KycVerificationMethod | Unset = UNSET
    """ How the partner checked the customer's identity. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, default=NO_PROPERTIES)

    def to_dict(self) -> dict[str, Any]:
        identity_verified = self.identity_verified

        nationality = self.nationality

        occupation = self.occupation

        source_of_funds: str = self.source_of_funds

        expected_monthly_volume = self.expected_monthly_volume

        is_pep = self.is_pep

        customer_external_id = self.customer_external_id

        verification_method: str | Unset = UNSET
        if not isinstance(self.verification_method, Unset):
            verification_method = self.verification_method

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "identity_verified": identity_verified,
                "nationality": nationality,
                "occupation": occupation,
                "source_of_funds": source_of_funds,
                "expected_monthly_volume": expected_monthly_volume,
                "is_pep": is_pep,
                "customer_external_id": customer_external_id,
            }
        )
        if verification_method is not UNSET:
            field_dict["verification_method"] = verification_method

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
