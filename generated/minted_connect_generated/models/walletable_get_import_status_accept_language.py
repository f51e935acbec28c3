from typing import Literal

WalletableGetImportStatusAcceptLanguage = Literal["en", "tr"]

WALLETABLE_GET_IMPORT_STATUS_ACCEPT_LANGUAGE_VALUES: set[
    WalletableGetImportStatusAcceptLanguage
] = {
    "en",
    "tr",
}


def check_walletable_get_import_status_accept_language(
    value: str,
) -> WalletableGetImportStatusAcceptLanguage:
    if value in WALLETABLE_GET_IMPORT_STATUS_ACCEPT_LANGUAGE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WALLETABLE_GET_IMPORT_STATUS_ACCEPT_LANGUAGE_VALUES!r}"
    )
