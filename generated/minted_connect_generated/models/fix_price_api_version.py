from typing import Literal

FixPriceApiVersion = Literal["1", "2", "3"]

FIX_PRICE_API_VERSION_VALUES: set[FixPriceApiVersion] = {
    "1",
    "2",
    "3",
}


def check_fix_price_api_version(value: str) -> FixPriceApiVersion:
    if value in FIX_PRICE_API_VERSION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {FIX_PRICE_API_VERSION_VALUES!r}")
