from typing import Literal

MetalPriceUnit = Literal["gram"]

METAL_PRICE_UNIT_VALUES: set[MetalPriceUnit] = {
    "gram",
}


def check_metal_price_unit(value: str) -> MetalPriceUnit:
    if value in METAL_PRICE_UNIT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {METAL_PRICE_UNIT_VALUES!r}")
