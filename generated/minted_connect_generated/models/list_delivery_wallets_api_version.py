from typing import Literal

ListDeliveryWalletsApiVersion = Literal["1", "2", "3"]

LIST_DELIVERY_WALLETS_API_VERSION_VALUES: set[ListDeliveryWalletsApiVersion] = {
    "1",
    "2",
    "3",
}


def check_list_delivery_wallets_api_version(value: str) -> ListDeliveryWalletsApiVersion:
    if value in LIST_DELIVERY_WALLETS_API_VERSION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_DELIVERY_WALLETS_API_VERSION_VALUES!r}"
    )
