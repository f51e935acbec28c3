from typing import Literal

CardType = Literal["credit", "debit"]

CARD_TYPE_VALUES: set[CardType] = {
    "credit",
    "debit",
}


def check_card_type(value: str) -> CardType:
    if value in CARD_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CARD_TYPE_VALUES!r}")
