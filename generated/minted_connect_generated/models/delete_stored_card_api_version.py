from typing import Literal

DeleteStoredCardApiVersion = Literal["1", "2", "3"]

DELETE_STORED_CARD_API_VERSION_VALUES: set[DeleteStoredCardApiVersion] = {
    "1",
    "2",
    "3",
}


def check_delete_stored_card_api_version(value: str) -> DeleteStoredCardApiVersion:
    if value in DELETE_STORED_CARD_API_VERSION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DELETE_STORED_CARD_API_VERSION_VALUES!r}"
    )
