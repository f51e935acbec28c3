from typing import Literal

AddStoredCardApiVersion = Literal["1", "2", "3"]

ADD_STORED_CARD_API_VERSION_VALUES: set[AddStoredCardApiVersion] = {
    "1",
    "2",
    "3",
}


def check_add_stored_card_api_version(value: str) -> AddStoredCardApiVersion:
    if value in ADD_STORED_CARD_API_VERSION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ADD_STORED_CARD_API_VERSION_VALUES!r}"
    )
