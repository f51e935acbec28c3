from typing import Literal

WalletableGetOrderInvoiceAcceptLanguage = Literal["en", "tr"]

WALLETABLE_GET_ORDER_INVOICE_ACCEPT_LANGUAGE_VALUES: set[
    WalletableGetOrderInvoiceAcceptLanguage
] = {
    "en",
    "tr",
}


def check_walletable_get_order_invoice_accept_language(
    value: str,
) -> WalletableGetOrderInvoiceAcceptLanguage:
    if value in WALLETABLE_GET_ORDER_INVOICE_ACCEPT_LANGUAGE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WALLETABLE_GET_ORDER_INVOICE_ACCEPT_LANGUAGE_VALUES!r}"
    )
