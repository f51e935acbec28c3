from typing import Literal

SellMetalApiVersion = Literal["1", "2", "3"]

SELL_METAL_API_VERSION_VALUES: set[SellMetalApiVersion] = {
    "1",
    "2",
    "3",
}


def check_sell_metal_api_version(value: str) -> SellMetalApiVersion:
    if value in SELL_METAL_API_VERSION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SELL_METAL_API_VERSION_VALUES!r}"
    )
