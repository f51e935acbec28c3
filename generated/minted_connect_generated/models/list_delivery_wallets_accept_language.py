from typing import Literal

ListDeliveryWalletsAcceptLanguage = Literal["en", "tr"]

LIST_DELIVERY_WALLETS_ACCEPT_LANGUAGE_VALUES: set[ListDeliveryWalletsAcceptLanguage] = {
    "en",
    "tr",
}


def check_list_delivery_wallets_accept_language(value: str) -> ListDeliveryWalletsAcceptLanguage:
    if value in LIST_DELIVERY_WALLETS_ACCEPT_LANGUAGE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_DELIVERY_WALLETS_ACCEPT_LANGUAGE_VALUES!r}"
    )
