from typing import Literal

SetExistingAddressAcceptLanguage = Literal["en", "tr"]

SET_EXISTING_ADDRESS_ACCEPT_LANGUAGE_VALUES: set[SetExistingAddressAcceptLanguage] = {
    "en",
    "tr",
}


def check_set_existing_address_accept_language(value: str) -> SetExistingAddressAcceptLanguage:
    if value in SET_EXISTING_ADDRESS_ACCEPT_LANGUAGE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SET_EXISTING_ADDRESS_ACCEPT_LANGUAGE_VALUES!r}"
    )
