from typing import Literal

LegalTypeCode = Literal[
    "distance_sales_agreement", "kvkk_clarification_text", "preliminary_information_form"
]

LEGAL_TYPE_CODE_VALUES: set[LegalTypeCode] = {
    "distance_sales_agreement",
    "kvkk_clarification_text",
    "preliminary_information_form",
}


def check_legal_type_code(value: str) -> LegalTypeCode:
    if value in LEGAL_TYPE_CODE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LEGAL_TYPE_CODE_VALUES!r}")
