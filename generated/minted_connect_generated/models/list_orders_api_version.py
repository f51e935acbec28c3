from typing import Literal

ListOrdersApiVersion = Literal["1", "2", "3"]

LIST_ORDERS_API_VERSION_VALUES: set[ListOrdersApiVersion] = {
    "1",
    "2",
    "3",
}


def check_list_orders_api_version(value: str) -> ListOrdersApiVersion:
    if value in LIST_ORDERS_API_VERSION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_ORDERS_API_VERSION_VALUES!r}"
    )
