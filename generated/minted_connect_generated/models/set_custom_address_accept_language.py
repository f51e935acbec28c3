from typing import Literal

SetCustomAddressAcceptLanguage = Literal["en", "tr"]

SET_CUSTOM_ADDRESS_ACCEPT_LANGUAGE_VALUES: set[SetCustomAddressAcceptLanguage] = {
    "en",
    "tr",
}


def check_set_custom_address_accept_language(value: str) -> SetCustomAddressAcceptLanguage:
    if value in SET_CUSTOM_ADDRESS_ACCEPT_LANGUAGE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SET_CUSTOM_ADDRESS_ACCEPT_LANGUAGE_VALUES!r}"
    )
