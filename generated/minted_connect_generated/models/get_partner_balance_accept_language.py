from typing import Literal

GetPartnerBalanceAcceptLanguage = Literal["en", "tr"]

GET_PARTNER_BALANCE_ACCEPT_LANGUAGE_VALUES: set[GetPartnerBalanceAcceptLanguage] = {
    "en",
    "tr",
}


def check_get_partner_balance_accept_language(value: str) -> GetPartnerBalanceAcceptLanguage:
    if value in GET_PARTNER_BALANCE_ACCEPT_LANGUAGE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GET_PARTNER_BALANCE_ACCEPT_LANGUAGE_VALUES!r}"
    )
