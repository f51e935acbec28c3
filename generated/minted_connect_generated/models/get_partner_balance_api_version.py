from typing import Literal

GetPartnerBalanceApiVersion = Literal["1", "2", "3"]

GET_PARTNER_BALANCE_API_VERSION_VALUES: set[GetPartnerBalanceApiVersion] = {
    "1",
    "2",
    "3",
}


def check_get_partner_balance_api_version(value: str) -> GetPartnerBalanceApiVersion:
    if value in GET_PARTNER_BALANCE_API_VERSION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GET_PARTNER_BALANCE_API_VERSION_VALUES!r}"
    )
