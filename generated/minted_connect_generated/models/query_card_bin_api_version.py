from typing import Literal

QueryCardBinApiVersion = Literal["1", "2", "3"]

QUERY_CARD_BIN_API_VERSION_VALUES: set[QueryCardBinApiVersion] = {
    "1",
    "2",
    "3",
}


def check_query_card_bin_api_version(value: str) -> QueryCardBinApiVersion:
    if value in QUERY_CARD_BIN_API_VERSION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {QUERY_CARD_BIN_API_VERSION_VALUES!r}"
    )
