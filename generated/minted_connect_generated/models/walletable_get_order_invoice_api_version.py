from typing import Literal

WalletableGetOrderInvoiceApiVersion = Literal["1", "2", "3"]

WALLETABLE_GET_ORDER_INVOICE_API_VERSION_VALUES: set[WalletableGetOrderInvoiceApiVersion] = {
    "1",
    "2",
    "3",
}


def check_walletable_get_order_invoice_api_version(
    value: str,
) -> WalletableGetOrderInvoiceApiVersion:
    if value in WALLETABLE_GET_ORDER_INVOICE_API_VERSION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WALLETABLE_GET_ORDER_INVOICE_API_VERSION_VALUES!r}"
    )
