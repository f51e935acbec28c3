from typing import Literal

InvoiceType = Literal["Corporate", "Individual"]

INVOICE_TYPE_VALUES: set[InvoiceType] = {
    "Corporate",
    "Individual",
}


def check_invoice_type(value: str) -> InvoiceType:
    if value in INVOICE_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {INVOICE_TYPE_VALUES!r}")
