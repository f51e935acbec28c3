from typing import Literal

CreateCustomerApiVersion = Literal["1", "2", "3"]

CREATE_CUSTOMER_API_VERSION_VALUES: set[CreateCustomerApiVersion] = {
    "1",
    "2",
    "3",
}


def check_create_customer_api_version(value: str) -> CreateCustomerApiVersion:
    if value in CREATE_CUSTOMER_API_VERSION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_CUSTOMER_API_VERSION_VALUES!r}"
    )
