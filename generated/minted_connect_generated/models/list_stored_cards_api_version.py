from typing import Literal

ListStoredCardsApiVersion = Literal["1", "2", "3"]

LIST_STORED_CARDS_API_VERSION_VALUES: set[ListStoredCardsApiVersion] = {
    "1",
    "2",
    "3",
}


def check_list_stored_cards_api_version(value: str) -> ListStoredCardsApiVersion:
    if value in LIST_STORED_CARDS_API_VERSION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_STORED_CARDS_API_VERSION_VALUES!r}"
    )
