from typing import Literal

BuyMetalAcceptLanguage = Literal["en", "tr"]

BUY_METAL_ACCEPT_LANGUAGE_VALUES: set[BuyMetalAcceptLanguage] = {
    "en",
    "tr",
}


def check_buy_metal_accept_language(value: str) -> BuyMetalAcceptLanguage:
    if value in BUY_METAL_ACCEPT_LANGUAGE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BUY_METAL_ACCEPT_LANGUAGE_VALUES!r}"
    )
