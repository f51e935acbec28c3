"""The one price source of the sandbox: what a gram of each metal costs, in each currency.

Prices are deterministic: a mid price per gram in TRY for each metal, turned into other
currencies at fixed rates, with a 1 % spread each way. Gold and silver in bars held in
the vault (Walletable's ``BGAU``, ``BGAG``) are priced at the spot price of their metal,
without a spread (the vault's fees are charged apart); a digital Buy or Sell does not
trade them (spec/CURATION.md P84). The Price Fix, Product Prices, Walletable's bars and
rates and the WS price feed all price from here (the package's public names).
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

KURUS = Decimal("0.01")
SPREAD = Decimal("0.01")
# metal SKU -> (name, wallet, mid price of a gram in TRY)
METALS = {
    "GAU": ("Gold (gram)", "MAU", Decimal("3000.00")),
    "GAG": ("Silver (gram)", "MAG", Decimal("35.00")),
    "GPT": ("Platinum (gram)", "MPT", Decimal("1100.00")),
    "GPD": ("Palladium (gram)", "MPD", Decimal("1050.00")),
}
# Gold and silver in bars held in the vault: the metal each is priced as.
BARS = {"BGAU": "GAU", "BGAG": "GAG"}
# Every SKU a price fix prices -> (currency_id, product_id), in the Price Fix
# page's order and with its numbers.
PRICED = {
    "GAU": (1000004, 3000001),
    "GAG": (1000005, 3000002),
    "BGAU": (1000015, 3000088),
    "BGAG": (1000016, 3000089),
    "GPT": (1000017, 3000090),
    "GPD": (1000018, 3000091),
}
# TRY per unit of each currency: the four prices can be fixed in (the Price Fix's enum),
# and AED, the Walletable vault's other currency (at its peg of 3.6725 to the USD)
RATES = {
    "TRY": Decimal("1"),
    "USD": Decimal("34"),
    "EUR": Decimal("37"),
    "GBP": Decimal("44"),
    "AED": Decimal("9.258"),
}


def spot_price(sku: str, currency: str) -> Decimal:
    """The market (mid) price of a gram of ``sku`` (a metal or a vault bar) in ``currency``."""
    return (METALS[BARS.get(sku, sku)][2] / RATES[currency]).quantize(KURUS, ROUND_HALF_UP)


def unit_prices(sku: str, currency: str) -> tuple[Decimal, Decimal]:
    """(buy, sell) price of a gram of ``sku`` in ``currency``, to the cent; a vault bar's
    are its spot price."""
    if sku in BARS:
        spot = spot_price(sku, currency)
        return spot, spot
    mid = METALS[sku][2] / RATES[currency]
    buy = (mid * (1 + SPREAD)).quantize(KURUS, ROUND_HALF_UP)
    sell = (mid * (1 - SPREAD)).quantize(KURUS, ROUND_HALF_UP)
    return buy, sell
