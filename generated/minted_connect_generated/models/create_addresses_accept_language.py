from typing import Literal

CreateAddressesAcceptLanguage = Literal["en", "tr"]

CREATE_ADDRESSES_ACCEPT_LANGUAGE_VALUES: set[CreateAddressesAcceptLanguage] = {
    "en",
    "tr",
}


def check_create_addresses_accept_language(value: str) -> CreateAddressesAcceptLanguage:
    if value in CREATE_ADDRESSES_ACCEPT_LANGUAGE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_ADDRESSES_ACCEPT_LANGUAGE_VALUES!r}"
    )
