from typing import Literal

DeleteItemAcceptLanguage = Literal["en", "tr"]

DELETE_ITEM_ACCEPT_LANGUAGE_VALUES: set[DeleteItemAcceptLanguage] = {
    "en",
    "tr",
}


def check_delete_item_accept_language(value: str) -> DeleteItemAcceptLanguage:
    if value in DELETE_ITEM_ACCEPT_LANGUAGE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DELETE_ITEM_ACCEPT_LANGUAGE_VALUES!r}"
    )
