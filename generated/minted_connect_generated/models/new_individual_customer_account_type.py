from typing import Literal

NewIndividualCustomerAccountType = Literal["individual"]

NEW_INDIVIDUAL_CUSTOMER_ACCOUNT_TYPE_VALUES: set[NewIndividualCustomerAccountType] = {
    "individual",
}


def check_new_individual_customer_account_type(value: str) -> NewIndividualCustomerAccountType:
    if value in NEW_INDIVIDUAL_CUSTOMER_ACCOUNT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {NEW_INDIVIDUAL_CUSTOMER_ACCOUNT_TYPE_VALUES!r}"
    )
