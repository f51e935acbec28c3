from typing import Literal

DeleteAddressApiVersion = Literal["1", "2", "3"]

DELETE_ADDRESS_API_VERSION_VALUES: set[DeleteAddressApiVersion] = {
    "1",
    "2",
    "3",
}


def check_delete_address_api_version(value: str) -> DeleteAddressApiVersion:
    if value in DELETE_ADDRESS_API_VERSION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DELETE_ADDRESS_API_VERSION_VALUES!r}"
    )
