from typing import Literal

WalletableQueueImportAcceptLanguage = Literal["en", "tr"]

WALLETABLE_QUEUE_IMPORT_ACCEPT_LANGUAGE_VALUES: set[WalletableQueueImportAcceptLanguage] = {
    "en",
    "tr",
}


def check_walletable_queue_import_accept_language(
    value: str,
) -> WalletableQueueImportAcceptLanguage:
    if value in WALLETABLE_QUEUE_IMPORT_ACCEPT_LANGUAGE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WALLETABLE_QUEUE_IMPORT_ACCEPT_LANGUAGE_VALUES!r}"
    )
