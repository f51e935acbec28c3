from typing import Literal

PriceCurrency = Literal["EUR", "GBP", "TRY", "USD"]

PRICE_CURRENCY_VALUES: set[PriceCurrency] = {
    "EUR",
    "GBP",
    "TRY",
    "USD",
}


def check_price_currency(value: str) -> PriceCurrency:
    if value in PRICE_CURRENCY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PRICE_CURRENCY_VALUES!r}")
