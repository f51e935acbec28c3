from typing import Literal

WalletableCompleteDeliveryAcceptLanguage = Literal["en", "tr"]

WALLETABLE_COMPLETE_DELIVERY_ACCEPT_LANGUAGE_VALUES: set[
    WalletableCompleteDeliveryAcceptLanguage
] = {
    "en",
    "tr",
}


def check_walletable_complete_delivery_accept_language(
    value: str,
) -> WalletableCompleteDeliveryAcceptLanguage:
    if value in WALLETABLE_COMPLETE_DELIVERY_ACCEPT_LANGUAGE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WALLETABLE_COMPLETE_DELIVERY_ACCEPT_LANGUAGE_VALUES!r}"
    )
