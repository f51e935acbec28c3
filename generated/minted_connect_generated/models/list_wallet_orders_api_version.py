from typing import Literal

ListWalletOrdersApiVersion = Literal["1", "2", "3"]

LIST_WALLET_ORDERS_API_VERSION_VALUES: set[ListWalletOrdersApiVersion] = {
    "1",
    "2",
    "3",
}


def check_list_wallet_orders_api_version(value: str) -> ListWalletOrdersApiVersion:
    if value in LIST_WALLET_ORDERS_API_VERSION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_WALLET_ORDERS_API_VERSION_VALUES!r}"
    )
