from typing import Literal

FixPriceAcceptLanguage = Literal["en", "tr"]

FIX_PRICE_ACCEPT_LANGUAGE_VALUES: set[FixPriceAcceptLanguage] = {
    "en",
    "tr",
}


def check_fix_price_accept_language(value: str) -> FixPriceAcceptLanguage:
    if value in FIX_PRICE_ACCEPT_LANGUAGE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FIX_PRICE_ACCEPT_LANGUAGE_VALUES!r}"
    )
