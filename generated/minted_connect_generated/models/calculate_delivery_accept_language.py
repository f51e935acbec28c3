from typing import Literal

CalculateDeliveryAcceptLanguage = Literal["en", "tr"]

CALCULATE_DELIVERY_ACCEPT_LANGUAGE_VALUES: set[CalculateDeliveryAcceptLanguage] = {
    "en",
    "tr",
}


def check_calculate_delivery_accept_language(value: str) -> CalculateDeliveryAcceptLanguage:
    if value in CALCULATE_DELIVERY_ACCEPT_LANGUAGE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CALCULATE_DELIVERY_ACCEPT_LANGUAGE_VALUES!r}"
    )
