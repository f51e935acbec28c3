from typing import Literal

WalletableSummaryDeliveryAcceptLanguage = Literal["en", "tr"]

WALLETABLE_SUMMARY_DELIVERY_ACCEPT_LANGUAGE_VALUES: set[WalletableSummaryDeliveryAcceptLanguage] = {
    "en",
    "tr",
}


def check_walletable_summary_delivery_accept_language(
    value: str,
) -> WalletableSummaryDeliveryAcceptLanguage:
    if value in WALLETABLE_SUMMARY_DELIVERY_ACCEPT_LANGUAGE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WALLETABLE_SUMMARY_DELIVERY_ACCEPT_LANGUAGE_VALUES!r}"
    )
