from typing import Literal

ListPricesApiVersion = Literal["1", "2", "3"]

LIST_PRICES_API_VERSION_VALUES: set[ListPricesApiVersion] = {
    "1",
    "2",
    "3",
}


def check_list_prices_api_version(value: str) -> ListPricesApiVersion:
    if value in LIST_PRICES_API_VERSION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_PRICES_API_VERSION_VALUES!r}"
    )
