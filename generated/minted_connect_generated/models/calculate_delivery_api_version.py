from typing import Literal

CalculateDeliveryApiVersion = Literal["1", "2", "3"]

CALCULATE_DELIVERY_API_VERSION_VALUES: set[CalculateDeliveryApiVersion] = {
    "1",
    "2",
    "3",
}


def check_calculate_delivery_api_version(value: str) -> CalculateDeliveryApiVersion:
    if value in CALCULATE_DELIVERY_API_VERSION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CALCULATE_DELIVERY_API_VERSION_VALUES!r}"
    )
