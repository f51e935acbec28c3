from typing import Literal

WalletableCustomerAccountType = Literal["company", "person"]

WALLETABLE_CUSTOMER_ACCOUNT_TYPE_VALUES: set[WalletableCustomerAccountType] = {
    "company",
    "person",
}


def check_walletable_customer_account_type(value: str) -> WalletableCustomerAccountType:
    if value in WALLETABLE_CUSTOMER_ACCOUNT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WALLETABLE_CUSTOMER_ACCOUNT_TYPE_VALUES!r}"
    )
