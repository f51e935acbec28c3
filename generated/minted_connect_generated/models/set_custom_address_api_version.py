from typing import Literal

SetCustomAddressApiVersion = Literal["1", "2", "3"]

SET_CUSTOM_ADDRESS_API_VERSION_VALUES: set[SetCustomAddressApiVersion] = {
    "1",
    "2",
    "3",
}


def check_set_custom_address_api_version(value: str) -> SetCustomAddressApiVersion:
    if value in SET_CUSTOM_ADDRESS_API_VERSION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SET_CUSTOM_ADDRESS_API_VERSION_VALUES!r}"
    )
