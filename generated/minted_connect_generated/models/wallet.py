from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.wallet_currency_code import WalletCurrencyCode, check_wallet_currency_code

T = TypeVar("T", bound="Wallet")


@_attrs_define
class Wallet:
    """One of a customer's wallets (gold, silver or lira)."""

    id: int
    customer_external_id: str
    name: str
    currency_id: int
    currency_symbol: str
    currency_code: WalletCurrencyCode
    """ `MAU` gold (grams), `MAG` silver (grams), `TRY` Turkish lira. """
    is_cash: bool
    balance: float
    blocked: float
    real_balance: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        customer_external_id = self.customer_external_id

        name = self.name

        currency_id = self.currency_id

        currency_symbol = self.currency_symbol

        currency_code: str = self.currency_code

        is_cash = self.is_cash

        balance = self.balance

        blocked = self.blocked

        real_balance = self.real_balance

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "customer_external_id": customer_external_id,
                "name": name,
                "currency_id": currency_id,
                "currency_symbol": currency_symbol,
                "currency_code": currency_code,
                "is_cash": is_cash,
                "balance": balance,
                "blocked": blocked,
                "real_balance": real_balance,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        customer_external_id = d.pop("customer_external_id")

        name = d.pop("name")

        currency_id = d.pop("currency_id")

        currency_symbol = d.pop("currency_symbol")

        currency_code = check_wallet_currency_code(d.pop("currency_code"))

        is_cash = d.pop("is_cash")

        balance = d.pop("balance")

        blocked = d.pop("blocked")

        real_balance = d.pop("real_balance")

        wallet = cls(
            id=id,
            customer_external_id=customer_external_id,
            name=name,
            currency_id=currency_id,
            currency_symbol=currency_symbol,
            currency_code=currency_code,
            is_cash=is_cash,
            balance=balance,
            blocked=blocked,
            real_balance=real_balance,
        )

        wallet.additional_properties = d
        return wallet

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
