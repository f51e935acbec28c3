from typing import Literal

BuyMetalApiVersion = Literal["1", "2", "3"]

BUY_METAL_API_VERSION_VALUES: set[BuyMetalApiVersion] = {
    "1",
    "2",
    "3",
}


def check_buy_metal_api_version(value: str) -> BuyMetalApiVersion:
    if value in BUY_METAL_API_VERSION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {BUY_METAL_API_VERSION_VALUES!r}")
