from typing import Literal

CustomerAccountType = Literal["company", "individual"]

CUSTOMER_ACCOUNT_TYPE_VALUES: set[CustomerAccountType] = {
    "company",
    "individual",
}


def check_customer_account_type(value: str) -> CustomerAccountType:
    if value in CUSTOMER_ACCOUNT_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CUSTOMER_ACCOUNT_TYPE_VALUES!r}")
