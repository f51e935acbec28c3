from typing import Literal

ListIncompleteBasketsApiVersion = Literal["1", "2", "3"]

LIST_INCOMPLETE_BASKETS_API_VERSION_VALUES: set[ListIncompleteBasketsApiVersion] = {
    "1",
    "2",
    "3",
}


def check_list_incomplete_baskets_api_version(value: str) -> ListIncompleteBasketsApiVersion:
    if value in LIST_INCOMPLETE_BASKETS_API_VERSION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_INCOMPLETE_BASKETS_API_VERSION_VALUES!r}"
    )
