from typing import Literal

ListOrderStatusesApiVersion = Literal["1", "2", "3"]

LIST_ORDER_STATUSES_API_VERSION_VALUES: set[ListOrderStatusesApiVersion] = {
    "1",
    "2",
    "3",
}


def check_list_order_statuses_api_version(value: str) -> ListOrderStatusesApiVersion:
    if value in LIST_ORDER_STATUSES_API_VERSION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_ORDER_STATUSES_API_VERSION_VALUES!r}"
    )
