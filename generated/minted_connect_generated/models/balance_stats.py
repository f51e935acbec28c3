from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import NO_PROPERTIES, convert, own_properties

if TYPE_CHECKING:
    from ..models.wallet_stats import WalletStats


T = TypeVar("T", bound="BalanceStats")


@_attrs_define(frozen=True, slots=False)
class BalanceStats:
    customer_external_id: None | str
    """ The customer, or null for all customers. """
    startDate: datetime.date | None = _attrs_field(alias="start_date")
    endDate: datetime.date | None = _attrs_field(alias="end_date")
    wallets: list[WalletStats]
    additional_properties: dict[str, Any] = _attrs_field(init=False, default=NO_PROPERTIES)

    @property
    def start_date(self) -> datetime.date | None:
        """``startDate``, by the name the generator gives it."""
        return self.startDate

    @property
    def end_date(self) -> datetime.date | None:
        """``endDate``, by the name the generator gives it."""
        return self.endDate

    def to_dict(self) -> dict[str, Any]:
        customer_external_id: None | str
        customer_external_id = self.customer_external_id

        start_date: None | str
        if isinstance(self.start_date, datetime.date):
            start_date = self.start_date.isoformat()
        else:
            start_date = self.start_date

        end_date: None | str
        if isinstance(self.end_date, datetime.date):
            end_date = self.end_date.isoformat()
        else:
            end_date = self.end_date

        wallets = []
        for wallets_item_data in self.wallets:
            wallets_item = wallets_item_data.to_dict()
            wallets.append(wallets_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "customer_external_id": customer_external_id,
                "startDate": start_date,
                "endDate": end_date,
                "wallets": wallets,
            }
        )

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

_bind(globals(), ("WalletStats",))
