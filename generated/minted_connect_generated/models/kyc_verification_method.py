from typing import Literal

KycVerificationMethod = Literal["e_devlet", "in_person", "nfc_chip", "video_call"]

KYC_VERIFICATION_METHOD_VALUES: set[KycVerificationMethod] = {
    "e_devlet",
    "in_person",
    "nfc_chip",
    "video_call",
}


def check_kyc_verification_method(value: str) -> KycVerificationMethod:
    if value in KYC_VERIFICATION_METHOD_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {KYC_VERIFICATION_METHOD_VALUES!r}"
    )
