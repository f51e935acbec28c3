from typing import Literal

ListAddressesApiVersion = Literal["1", "2", "3"]

LIST_ADDRESSES_API_VERSION_VALUES: set[ListAddressesApiVersion] = {
    "1",
    "2",
    "3",
}


def check_list_addresses_api_version(value: str) -> ListAddressesApiVersion:
    if value in LIST_ADDRESSES_API_VERSION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_ADDRESSES_API_VERSION_VALUES!r}"
    )
