from typing import Literal

CustomerTokenTokenType = Literal["Bearer"]

CUSTOMER_TOKEN_TOKEN_TYPE_VALUES: set[CustomerTokenTokenType] = {
    "Bearer",
}


def check_customer_token_token_type(value: str) -> CustomerTokenTokenType:
    if value in CUSTOMER_TOKEN_TOKEN_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CUSTOMER_TOKEN_TOKEN_TYPE_VALUES!r}"
    )
