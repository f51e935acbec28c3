from typing import Literal

GetWalletKycApiVersion = Literal["1", "2", "3"]

GET_WALLET_KYC_API_VERSION_VALUES: set[GetWalletKycApiVersion] = {
    "1",
    "2",
    "3",
}


def check_get_wallet_kyc_api_version(value: str) -> GetWalletKycApiVersion:
    if value in GET_WALLET_KYC_API_VERSION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GET_WALLET_KYC_API_VERSION_VALUES!r}"
    )
