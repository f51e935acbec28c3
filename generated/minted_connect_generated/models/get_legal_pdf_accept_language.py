from typing import Literal

GetLegalPdfAcceptLanguage = Literal["en", "tr"]

GET_LEGAL_PDF_ACCEPT_LANGUAGE_VALUES: set[GetLegalPdfAcceptLanguage] = {
    "en",
    "tr",
}


def check_get_legal_pdf_accept_language(value: str) -> GetLegalPdfAcceptLanguage:
    if value in GET_LEGAL_PDF_ACCEPT_LANGUAGE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GET_LEGAL_PDF_ACCEPT_LANGUAGE_VALUES!r}"
    )
