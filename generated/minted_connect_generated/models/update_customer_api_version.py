from typing import Literal

UpdateCustomerApiVersion = Literal["1", "2", "3"]

UPDATE_CUSTOMER_API_VERSION_VALUES: set[UpdateCustomerApiVersion] = {
    "1",
    "2",
    "3",
}


def check_update_customer_api_version(value: str) -> UpdateCustomerApiVersion:
    if value in UPDATE_CUSTOMER_API_VERSION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {UPDATE_CUSTOMER_API_VERSION_VALUES!r}"
    )
