from typing import Literal

RemoveCustomerApiVersion = Literal["1", "2", "3"]

REMOVE_CUSTOMER_API_VERSION_VALUES: set[RemoveCustomerApiVersion] = {
    "1",
    "2",
    "3",
}


def check_remove_customer_api_version(value: str) -> RemoveCustomerApiVersion:
    if value in REMOVE_CUSTOMER_API_VERSION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REMOVE_CUSTOMER_API_VERSION_VALUES!r}"
    )
