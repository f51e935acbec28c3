from typing import Literal

ListPaymentTypesAcceptLanguage = Literal["en", "tr"]

LIST_PAYMENT_TYPES_ACCEPT_LANGUAGE_VALUES: set[ListPaymentTypesAcceptLanguage] = {
    "en",
    "tr",
}


def check_list_payment_types_accept_language(value: str) -> ListPaymentTypesAcceptLanguage:
    if value in LIST_PAYMENT_TYPES_ACCEPT_LANGUAGE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_PAYMENT_TYPES_ACCEPT_LANGUAGE_VALUES!r}"
    )
