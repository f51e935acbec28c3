from typing import Literal

ListOrdersSortBy = Literal["created_at", "customer_external_id", "total", "type"]

LIST_ORDERS_SORT_BY_VALUES: set[ListOrdersSortBy] = {
    "created_at",
    "customer_external_id",
    "total",
    "type",
}


def check_list_orders_sort_by(value: str) -> ListOrdersSortBy:
    if value in LIST_ORDERS_SORT_BY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_ORDERS_SORT_BY_VALUES!r}")
