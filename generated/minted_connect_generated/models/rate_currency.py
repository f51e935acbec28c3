from typing import Literal

RateCurrency = Literal["AED", "EUR", "GBP", "TRY", "USD"]

RATE_CURRENCY_VALUES: set[RateCurrency] = {
    "AED",
    "EUR",
    "GBP",
    "TRY",
    "USD",
}


def check_rate_currency(value: str) -> RateCurrency:
    if value in RATE_CURRENCY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {RATE_CURRENCY_VALUES!r}")
