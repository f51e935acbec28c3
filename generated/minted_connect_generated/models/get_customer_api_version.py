from typing import Literal

GetCustomerApiVersion = Literal["1", "2", "3"]

GET_CUSTOMER_API_VERSION_VALUES: set[GetCustomerApiVersion] = {
    "1",
    "2",
    "3",
}


def check_get_customer_api_version(value: str) -> GetCustomerApiVersion:
    if value in GET_CUSTOMER_API_VERSION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GET_CUSTOMER_API_VERSION_VALUES!r}"
    )
