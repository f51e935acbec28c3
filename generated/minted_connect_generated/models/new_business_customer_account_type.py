from typing import Literal

NewBusinessCustomerAccountType = Literal["company"]

NEW_BUSINESS_CUSTOMER_ACCOUNT_TYPE_VALUES: set[NewBusinessCustomerAccountType] = {
    "company",
}


def check_new_business_customer_account_type(value: str) -> NewBusinessCustomerAccountType:
    if value in NEW_BUSINESS_CUSTOMER_ACCOUNT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {NEW_BUSINESS_CUSTOMER_ACCOUNT_TYPE_VALUES!r}"
    )
