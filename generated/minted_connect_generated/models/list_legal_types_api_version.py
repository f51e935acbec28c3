from typing import Literal

ListLegalTypesApiVersion = Literal["1", "2", "3"]

LIST_LEGAL_TYPES_API_VERSION_VALUES: set[ListLegalTypesApiVersion] = {
    "1",
    "2",
    "3",
}


def check_list_legal_types_api_version(value: str) -> ListLegalTypesApiVersion:
    if value in LIST_LEGAL_TYPES_API_VERSION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_LEGAL_TYPES_API_VERSION_VALUES!r}"
    )
