from typing import Literal

UpdateItemApiVersion = Literal["1", "2", "3"]

UPDATE_ITEM_API_VERSION_VALUES: set[UpdateItemApiVersion] = {
    "1",
    "2",
    "3",
}


def check_update_item_api_version(value: str) -> UpdateItemApiVersion:
    if value in UPDATE_ITEM_API_VERSION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {UPDATE_ITEM_API_VERSION_VALUES!r}"
    )
