from typing import Literal

PricedSku = Literal["BGAG", "BGAU", "GAG", "GAU", "GPD", "GPT"]

PRICED_SKU_VALUES: set[PricedSku] = {
    "BGAG",
    "BGAU",
    "GAG",
    "GAU",
    "GPD",
    "GPT",
}


def check_priced_sku(value: str) -> PricedSku:
    if value in PRICED_SKU_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PRICED_SKU_VALUES!r}")
