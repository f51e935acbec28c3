from typing import Literal

BillingAddressInvoiceType = Literal["Corporate", "Individual"]

BILLING_ADDRESS_INVOICE_TYPE_VALUES: set[BillingAddressInvoiceType] = {
    "Corporate",
    "Individual",
}


def check_billing_address_invoice_type(value: str) -> BillingAddressInvoiceType:
    if value in BILLING_ADDRESS_INVOICE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BILLING_ADDRESS_INVOICE_TYPE_VALUES!r}"
    )
