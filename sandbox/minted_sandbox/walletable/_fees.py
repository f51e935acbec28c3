"""The Walletable vault's settings: its fees (spec/CURATION.md WL7) and the partner's
currency (WL13), as ``--walletable-fee`` and ``--walletable-currency`` give them; and
the fee table a basket's figures follow. Standard library only (the CLI reads the
options before the sandbox's dependencies load)."""

from __future__ import annotations

from dataclasses import dataclass, fields
from decimal import Decimal

from .._core import cents
from .._section import Setting

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


def currency(texts: list[str]) -> str:
    (text,) = texts  # argparse checked it against the choices
    return text


FEES = Setting(
    name="walletable_fees",
    flag="--walletable-fee",
    default=WalletableFees(),
    parse=WalletableFees.parse,
    help="a Walletable fee setting (charge_fee_rate, minting_fee_rate, storage_fee_rate, "
    "vat_rate in percent; storage_limit_grams; delivery_cost in the basket's currency); "
    "defaults from the Complete Delivery page",
    metavar="NAME=VALUE",
    repeatable=True,
)
CURRENCY = Setting(
    name="walletable_currency",
    flag="--walletable-currency",
    default="TRY",
    parse=currency,
    help="the currency the partner's Walletable baskets, products and vault are priced in "
    "(default TRY; the docs' examples are in AED)",
    metavar="CURRENCY",
    choices=VAULT_CURRENCIES,
)
HUNDRED = Decimal(100)


def share(amount: Decimal, rate: Decimal) -> Decimal:
    """``rate`` percent of ``amount``, half-up to the kuruş."""
    return cents(amount * rate / HUNDRED)


def rate(value: Decimal) -> Decimal:
    """A rate as the API shows it: ``10``, ``1.75`` (no trailing zeros)."""
    return value.normalize() if value != value.to_integral_value() else value.quantize(1)


def fee_table(
    kind: str, line_totals: list[Decimal], fees: WalletableFees, *, storage_applies: bool
) -> dict[str, Decimal]:
    """The fee fields of a basket of ``kind`` whose lines cost ``line_totals``, as the
    Complete Delivery page tables them (spec/CURATION.md WL7): each fee its rate of the
    raw price, half-up to the kuruş (minting: of each line, summed); VAT its rate of the
    rounded fees; a sell's paid total is what the customer receives."""
    zero = Decimal("0.00")
    raw = sum(line_totals, zero)
    charge = minting = storage = delivery = zero
    if kind == "buy":
        charge = share(raw, fees.charge_fee_rate)
        minting = sum((share(line, fees.minting_fee_rate) for line in line_totals), zero)
        storage = share(raw, fees.storage_fee_rate) if storage_applies else zero
    elif kind == "sell":
        charge = share(raw, fees.charge_fee_rate)
    elif line_totals:
        delivery = cents(fees.delivery_cost)
    vat = share(charge + minting + storage + delivery, fees.vat_rate)
    total = delivery if kind == "delivery" else raw
    paid = total - charge - vat if kind == "sell" else total + charge + minting + storage + vat
    return {"total": total, "charge_fee": charge, "minting_fee": minting, "storage_fee": storage,
            "delivery_cost": delivery, "charges_vat": vat, "paid_total": paid}  # fmt: skip
