from typing import Literal

SetExistingAddressApiVersion = Literal["1", "2", "3"]

SET_EXISTING_ADDRESS_API_VERSION_VALUES: set[SetExistingAddressApiVersion] = {
    "1",
    "2",
    "3",
}


def check_set_existing_address_api_version(value: str) -> SetExistingAddressApiVersion:
    if value in SET_EXISTING_ADDRESS_API_VERSION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SET_EXISTING_ADDRESS_API_VERSION_VALUES!r}"
    )
