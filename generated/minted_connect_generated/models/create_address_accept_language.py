from typing import Literal

CreateAddressAcceptLanguage = Literal["en", "tr"]

CREATE_ADDRESS_ACCEPT_LANGUAGE_VALUES: set[CreateAddressAcceptLanguage] = {
    "en",
    "tr",
}


def check_create_address_accept_language(value: str) -> CreateAddressAcceptLanguage:
    if value in CREATE_ADDRESS_ACCEPT_LANGUAGE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_ADDRESS_ACCEPT_LANGUAGE_VALUES!r}"
    )
