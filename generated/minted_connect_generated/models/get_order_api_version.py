from typing import Literal

GetOrderApiVersion = Literal["1", "2", "3"]

GET_ORDER_API_VERSION_VALUES: set[GetOrderApiVersion] = {
    "1",
    "2",
    "3",
}


def check_get_order_api_version(value: str) -> GetOrderApiVersion:
    if value in GET_ORDER_API_VERSION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GET_ORDER_API_VERSION_VALUES!r}")
