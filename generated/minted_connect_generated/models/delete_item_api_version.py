from typing import Literal

DeleteItemApiVersion = Literal["1", "2", "3"]

DELETE_ITEM_API_VERSION_VALUES: set[DeleteItemApiVersion] = {
    "1",
    "2",
    "3",
}


def check_delete_item_api_version(value: str) -> DeleteItemApiVersion:
    if value in DELETE_ITEM_API_VERSION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DELETE_ITEM_API_VERSION_VALUES!r}"
    )
