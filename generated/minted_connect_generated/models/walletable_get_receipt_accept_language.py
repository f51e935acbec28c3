from typing import Literal

WalletableGetReceiptAcceptLanguage = Literal["en", "tr"]

WALLETABLE_GET_RECEIPT_ACCEPT_LANGUAGE_VALUES: set[WalletableGetReceiptAcceptLanguage] = {
    "en",
    "tr",
}


def check_walletable_get_receipt_accept_language(value: str) -> WalletableGetReceiptAcceptLanguage:
    if value in WALLETABLE_GET_RECEIPT_ACCEPT_LANGUAGE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WALLETABLE_GET_RECEIPT_ACCEPT_LANGUAGE_VALUES!r}"
    )
