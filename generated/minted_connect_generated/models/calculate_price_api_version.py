from typing import Literal

CalculatePriceApiVersion = Literal["1", "2", "3"]

CALCULATE_PRICE_API_VERSION_VALUES: set[CalculatePriceApiVersion] = {
    "1",
    "2",
    "3",
}


def check_calculate_price_api_version(value: str) -> CalculatePriceApiVersion:
    if value in CALCULATE_PRICE_API_VERSION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CALCULATE_PRICE_API_VERSION_VALUES!r}"
    )
