from typing import Literal

CreateAddressApiVersion = Literal["1", "2", "3"]

CREATE_ADDRESS_API_VERSION_VALUES: set[CreateAddressApiVersion] = {
    "1",
    "2",
    "3",
}


def check_create_address_api_version(value: str) -> CreateAddressApiVersion:
    if value in CREATE_ADDRESS_API_VERSION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_ADDRESS_API_VERSION_VALUES!r}"
    )
