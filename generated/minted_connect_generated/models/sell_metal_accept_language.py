from typing import Literal

SellMetalAcceptLanguage = Literal["en", "tr"]

SELL_METAL_ACCEPT_LANGUAGE_VALUES: set[SellMetalAcceptLanguage] = {
    "en",
    "tr",
}


def check_sell_metal_accept_language(value: str) -> SellMetalAcceptLanguage:
    if value in SELL_METAL_ACCEPT_LANGUAGE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SELL_METAL_ACCEPT_LANGUAGE_VALUES!r}"
    )
