from typing import Literal

CreateDeliveryApiVersion = Literal["1", "2", "3"]

CREATE_DELIVERY_API_VERSION_VALUES: set[CreateDeliveryApiVersion] = {
    "1",
    "2",
    "3",
}


def check_create_delivery_api_version(value: str) -> CreateDeliveryApiVersion:
    if value in CREATE_DELIVERY_API_VERSION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_DELIVERY_API_VERSION_VALUES!r}"
    )
