from typing import Literal

SourceOfFunds = Literal[
    "business_income", "inheritance", "investment", "other", "pension", "salary", "savings"
]

SOURCE_OF_FUNDS_VALUES: set[SourceOfFunds] = {
    "business_income",
    "inheritance",
    "investment",
    "other",
    "pension",
    "salary",
    "savings",
}


def check_source_of_funds(value: str) -> SourceOfFunds:
    if value in SOURCE_OF_FUNDS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SOURCE_OF_FUNDS_VALUES!r}")
