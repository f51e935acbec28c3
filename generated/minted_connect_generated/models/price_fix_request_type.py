from typing import Literal

PriceFixRequestType = Literal["digital"]

PRICE_FIX_REQUEST_TYPE_VALUES: set[PriceFixRequestType] = {
    "digital",
}


def check_price_fix_request_type(value: str) -> PriceFixRequestType:
    if value in PRICE_FIX_REQUEST_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PRICE_FIX_REQUEST_TYPE_VALUES!r}"
    )
