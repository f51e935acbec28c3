from typing import Literal

GetPartnerOrderApiVersion = Literal["1", "2", "3"]

GET_PARTNER_ORDER_API_VERSION_VALUES: set[GetPartnerOrderApiVersion] = {
    "1",
    "2",
    "3",
}


def check_get_partner_order_api_version(value: str) -> GetPartnerOrderApiVersion:
    if value in GET_PARTNER_ORDER_API_VERSION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GET_PARTNER_ORDER_API_VERSION_VALUES!r}"
    )
