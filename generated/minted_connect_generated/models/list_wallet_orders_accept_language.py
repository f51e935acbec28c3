from typing import Literal

ListWalletOrdersAcceptLanguage = Literal["en", "tr"]

LIST_WALLET_ORDERS_ACCEPT_LANGUAGE_VALUES: set[ListWalletOrdersAcceptLanguage] = {
    "en",
    "tr",
}


def check_list_wallet_orders_accept_language(value: str) -> ListWalletOrdersAcceptLanguage:
    if value in LIST_WALLET_ORDERS_ACCEPT_LANGUAGE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_WALLET_ORDERS_ACCEPT_LANGUAGE_VALUES!r}"
    )
