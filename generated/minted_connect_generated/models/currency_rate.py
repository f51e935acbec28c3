from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.rate_currency import RateCurrency
from ..types import NO_PROPERTIES, convert, own_properties

T = TypeVar("T", bound="CurrencyRate")


@_attrs_define(frozen=True, slots=False)
class CurrencyRate:
    """A currency's rate on a day."""

    currency_code: RateCurrency | str
    """ A currency Currency Rates quotes; the Price Fix's four and AED, the currency of the Walletable examples
    (spec/CURATION.md WL13). """
    rate: Decimal
    """ TRY per one unit of the currency (an exchange rate, not an amount of money). """
    date: datetime.date
    additional_properties: dict[str, Any] = _attrs_field(init=False, default=NO_PROPERTIES)

    def to_dict(self) -> dict[str, Any]:
        currency_code: str = self.currency_code

        rate = self.rate

        date = self.date.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "currency_code": currency_code,
                "rate": rate,
                "date": date,
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
