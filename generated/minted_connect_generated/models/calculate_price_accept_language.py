from typing import Literal

CalculatePriceAcceptLanguage = Literal["en", "tr"]

CALCULATE_PRICE_ACCEPT_LANGUAGE_VALUES: set[CalculatePriceAcceptLanguage] = {
    "en",
    "tr",
}


def check_calculate_price_accept_language(value: str) -> CalculatePriceAcceptLanguage:
    if value in CALCULATE_PRICE_ACCEPT_LANGUAGE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CALCULATE_PRICE_ACCEPT_LANGUAGE_VALUES!r}"
    )
