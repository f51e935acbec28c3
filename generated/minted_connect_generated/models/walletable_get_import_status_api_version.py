from typing import Literal

WalletableGetImportStatusApiVersion = Literal["1", "2", "3"]

WALLETABLE_GET_IMPORT_STATUS_API_VERSION_VALUES: set[WalletableGetImportStatusApiVersion] = {
    "1",
    "2",
    "3",
}


def check_walletable_get_import_status_api_version(
    value: str,
) -> WalletableGetImportStatusApiVersion:
    if value in WALLETABLE_GET_IMPORT_STATUS_API_VERSION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WALLETABLE_GET_IMPORT_STATUS_API_VERSION_VALUES!r}"
    )
