from typing import Literal

GetPartnerOrderAcceptLanguage = Literal["en", "tr"]

GET_PARTNER_ORDER_ACCEPT_LANGUAGE_VALUES: set[GetPartnerOrderAcceptLanguage] = {
    "en",
    "tr",
}


def check_get_partner_order_accept_language(value: str) -> GetPartnerOrderAcceptLanguage:
    if value in GET_PARTNER_ORDER_ACCEPT_LANGUAGE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GET_PARTNER_ORDER_ACCEPT_LANGUAGE_VALUES!r}"
    )
