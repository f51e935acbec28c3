from typing import Literal

CreateCustomerTokenApiVersion = Literal["1", "2", "3"]

CREATE_CUSTOMER_TOKEN_API_VERSION_VALUES: set[CreateCustomerTokenApiVersion] = {
    "1",
    "2",
    "3",
}


def check_create_customer_token_api_version(value: str) -> CreateCustomerTokenApiVersion:
    if value in CREATE_CUSTOMER_TOKEN_API_VERSION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_CUSTOMER_TOKEN_API_VERSION_VALUES!r}"
    )
