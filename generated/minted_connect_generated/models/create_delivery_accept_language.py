from typing import Literal

CreateDeliveryAcceptLanguage = Literal["en", "tr"]

CREATE_DELIVERY_ACCEPT_LANGUAGE_VALUES: set[CreateDeliveryAcceptLanguage] = {
    "en",
    "tr",
}


def check_create_delivery_accept_language(value: str) -> CreateDeliveryAcceptLanguage:
    if value in CREATE_DELIVERY_ACCEPT_LANGUAGE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_DELIVERY_ACCEPT_LANGUAGE_VALUES!r}"
    )
