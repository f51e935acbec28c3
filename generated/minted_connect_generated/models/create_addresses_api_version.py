from typing import Literal

CreateAddressesApiVersion = Literal["1", "2", "3"]

CREATE_ADDRESSES_API_VERSION_VALUES: set[CreateAddressesApiVersion] = {
    "1",
    "2",
    "3",
}


def check_create_addresses_api_version(value: str) -> CreateAddressesApiVersion:
    if value in CREATE_ADDRESSES_API_VERSION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_ADDRESSES_API_VERSION_VALUES!r}"
    )
