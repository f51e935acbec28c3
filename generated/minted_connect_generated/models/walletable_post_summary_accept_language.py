from typing import Literal

WalletablePostSummaryAcceptLanguage = Literal["en", "tr"]

WALLETABLE_POST_SUMMARY_ACCEPT_LANGUAGE_VALUES: set[WalletablePostSummaryAcceptLanguage] = {
    "en",
    "tr",
}


def check_walletable_post_summary_accept_language(
    value: str,
) -> WalletablePostSummaryAcceptLanguage:
    if value in WALLETABLE_POST_SUMMARY_ACCEPT_LANGUAGE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WALLETABLE_POST_SUMMARY_ACCEPT_LANGUAGE_VALUES!r}"
    )
