"""The Walletable vault's settings: its fees (spec/CURATION.md WL7) and the partner's
currency (WL13). Standard library only, so that the CLI can parse ``--walletable-fee``
and ``--walletable-currency`` before the sandbox's dependencies load."""

from __future__ import annotations

from dataclasses import dataclass, fields
from decimal import Decimal

# The currencies a partner's vault can price in: the platform's own, and the examples'
# (every Walletable example is in AED, "Dirham Gold" and "Dirham Silver" items).
VAULT_CURRENCIES = ("TRY", "AED")


@dataclass(frozen=True)
class WalletableFees:
    """The vault's fee settings: rates in percent, the storage limit in grams of metal
    (gold and silver together) beyond which a buy pays the storage fee, and the
    delivery cost of a delivery basket (in the basket's currency)."""

    charge_fee_rate: Decimal = Decimal("10")
    minting_fee_rate: Decimal = Decimal("5")
    storage_fee_rate: Decimal = Decimal("20")
    vat_rate: Decimal = Decimal("5")
    storage_limit_grams: Decimal = Decimal("50000")
    delivery_cost: Decimal = Decimal("3.00")

    @classmethod
    def parse(cls, settings: list[str]) -> WalletableFees:
        """From ``NAME=VALUE`` strings (``--walletable-fee``); ValueError on a bad one."""
        names = {f.name for f in fields(cls)}
        given: dict[str, Decimal] = {}
        for setting in settings:
            name, _, value = setting.partition("=")
            if name not in names:
                raise ValueError(f"unknown fee setting {name!r}: one of {sorted(names)}")
            try:
                number = Decimal(value)
            except ArithmeticError as error:
                raise ValueError(f"{name}: not a decimal number: {value!r}") from error
            if not number.is_finite() or number < 0 or number > 1000000:
                raise ValueError(f"{name}: from 0 to 1000000, not {value!r}")
            given[name] = number
        return cls(**given)
