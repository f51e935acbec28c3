from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.wallet_code import WalletCode
from ..types import NO_PROPERTIES, convert, own_properties

if TYPE_CHECKING:
    from ..models.wallet_balance_prices import WalletBalancePrices
    from ..models.wallet_balance_stats import WalletBalanceStats


T = TypeVar("T", bound="WalletBalance")


@_attrs_define(frozen=True, slots=False)
class WalletBalance:
    """One wallet of a customer as Customer Balance shows it."""

    customer_external_id: str
    name: str
    currency_id: int
    currency_symbol: str
    currency_code: WalletCode | str
    """ `MAU` gold (grams), `MAG` silver (grams), `MPT` platinum (grams), `MPD` palladium (grams), `TRY` Turkish
    lira. """
    is_cash: bool
    balance: Decimal
    blocked: Decimal
    real_balance: Decimal
    soft_blocked_amount: Decimal
    stats: WalletBalanceStats
    """ What went in and out of the wallet (inferred). """
    prices: WalletBalancePrices
    """ The wallet's unit price now, in TRY (1 for cash; inferred). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, default=NO_PROPERTIES)

    def to_dict(self) -> dict[str, Any]:
        customer_external_id = self.customer_external_id

        name = self.name

        currency_id = self.currency_id

        currency_symbol = self.currency_symbol

        currency_code: str = self.currency_code

        is_cash = self.is_cash

        balance = self.balance

        blocked = self.blocked

        real_balance = self.real_balance

        soft_blocked_amount = self.soft_blocked_amount

        stats = self.stats.to_dict()

        prices = self.prices.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "customer_external_id": customer_external_id,
                "name": name,
                "currency_id": currency_id,
                "currency_symbol": currency_symbol,
                "currency_code": currency_code,
                "is_cash": is_cash,
                "balance": balance,
                "blocked": blocked,
                "real_balance": real_balance,
                "soft_blocked_amount": soft_blocked_amount,
                "stats": stats,
                "prices": prices,
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

_bind(globals(), ("WalletBalancePrices", "WalletBalanceStats"))
