from typing import Literal

UpdateItemAcceptLanguage = Literal["en", "tr"]

UPDATE_ITEM_ACCEPT_LANGUAGE_VALUES: set[UpdateItemAcceptLanguage] = {
    "en",
    "tr",
}


def check_update_item_accept_language(value: str) -> UpdateItemAcceptLanguage:
    if value in UPDATE_ITEM_ACCEPT_LANGUAGE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {UPDATE_ITEM_ACCEPT_LANGUAGE_VALUES!r}"
    )
