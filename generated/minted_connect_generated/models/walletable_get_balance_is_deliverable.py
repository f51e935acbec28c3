from typing import Literal

WalletableGetBalanceIsDeliverable = Literal["false", "true"]

WALLETABLE_GET_BALANCE_IS_DELIVERABLE_VALUES: set[WalletableGetBalanceIsDeliverable] = {
    "false",
    "true",
}


def check_walletable_get_balance_is_deliverable(value: str) -> WalletableGetBalanceIsDeliverable:
    if value in WALLETABLE_GET_BALANCE_IS_DELIVERABLE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WALLETABLE_GET_BALANCE_IS_DELIVERABLE_VALUES!r}"
    )
