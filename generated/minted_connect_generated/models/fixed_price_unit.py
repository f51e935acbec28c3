from typing import Literal

FixedPriceUnit = Literal["gram"]

FIXED_PRICE_UNIT_VALUES: set[FixedPriceUnit] = {
    "gram",
}


def check_fixed_price_unit(value: str) -> FixedPriceUnit:
    if value in FIXED_PRICE_UNIT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {FIXED_PRICE_UNIT_VALUES!r}")
