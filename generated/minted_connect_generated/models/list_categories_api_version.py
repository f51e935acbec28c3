from typing import Literal

ListCategoriesApiVersion = Literal["1", "2", "3"]

LIST_CATEGORIES_API_VERSION_VALUES: set[ListCategoriesApiVersion] = {
    "1",
    "2",
    "3",
}


def check_list_categories_api_version(value: str) -> ListCategoriesApiVersion:
    if value in LIST_CATEGORIES_API_VERSION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_CATEGORIES_API_VERSION_VALUES!r}"
    )
