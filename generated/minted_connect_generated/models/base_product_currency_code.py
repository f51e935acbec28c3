from typing import Literal

BaseProductCurrencyCode = Literal["XAG", "XAU"]

BASE_PRODUCT_CURRENCY_CODE_VALUES: set[BaseProductCurrencyCode] = {
    "XAG",
    "XAU",
}


def check_base_product_currency_code(value: str) -> BaseProductCurrencyCode:
    if value in BASE_PRODUCT_CURRENCY_CODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BASE_PRODUCT_CURRENCY_CODE_VALUES!r}"
    )
