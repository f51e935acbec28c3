from typing import Literal

DeleteAddressAcceptLanguage = Literal["en", "tr"]

DELETE_ADDRESS_ACCEPT_LANGUAGE_VALUES: set[DeleteAddressAcceptLanguage] = {
    "en",
    "tr",
}


def check_delete_address_accept_language(value: str) -> DeleteAddressAcceptLanguage:
    if value in DELETE_ADDRESS_ACCEPT_LANGUAGE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DELETE_ADDRESS_ACCEPT_LANGUAGE_VALUES!r}"
    )
