from typing import Literal

ListAddressesAcceptLanguage = Literal["en", "tr"]

LIST_ADDRESSES_ACCEPT_LANGUAGE_VALUES: set[ListAddressesAcceptLanguage] = {
    "en",
    "tr",
}


def check_list_addresses_accept_language(value: str) -> ListAddressesAcceptLanguage:
    if value in LIST_ADDRESSES_ACCEPT_LANGUAGE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_ADDRESSES_ACCEPT_LANGUAGE_VALUES!r}"
    )
