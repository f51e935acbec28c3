from typing import Literal

GetLegalPdfApiVersion = Literal["1", "2", "3"]

GET_LEGAL_PDF_API_VERSION_VALUES: set[GetLegalPdfApiVersion] = {
    "1",
    "2",
    "3",
}


def check_get_legal_pdf_api_version(value: str) -> GetLegalPdfApiVersion:
    if value in GET_LEGAL_PDF_API_VERSION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GET_LEGAL_PDF_API_VERSION_VALUES!r}"
    )
