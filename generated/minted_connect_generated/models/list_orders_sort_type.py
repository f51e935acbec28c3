from typing import Literal

ListOrdersSortType = Literal["asc", "desc"]

LIST_ORDERS_SORT_TYPE_VALUES: set[ListOrdersSortType] = {
    "asc",
    "desc",
}


def check_list_orders_sort_type(value: str) -> ListOrdersSortType:
    if value in LIST_ORDERS_SORT_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_ORDERS_SORT_TYPE_VALUES!r}")
