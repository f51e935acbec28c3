from typing import Literal

WalletableImportStatus = Literal["completed", "failed", "processing", "queued"]

WALLETABLE_IMPORT_STATUS_VALUES: set[WalletableImportStatus] = {
    "completed",
    "failed",
    "processing",
    "queued",
}


def check_walletable_import_status(value: str) -> WalletableImportStatus:
    if value in WALLETABLE_IMPORT_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WALLETABLE_IMPORT_STATUS_VALUES!r}"
    )
