from typing import Literal

ListPaymentTypesApiVersion = Literal["1", "2", "3"]

LIST_PAYMENT_TYPES_API_VERSION_VALUES: set[ListPaymentTypesApiVersion] = {
    "1",
    "2",
    "3",
}


def check_list_payment_types_api_version(value: str) -> ListPaymentTypesApiVersion:
    if value in LIST_PAYMENT_TYPES_API_VERSION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_PAYMENT_TYPES_API_VERSION_VALUES!r}"
    )
