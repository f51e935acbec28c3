from typing import Any

from ...models.get_legal_pdf_accept_language import (
    GetLegalPdfAcceptLanguage,
)
from ...models.get_legal_pdf_api_version import (
    GetLegalPdfApiVersion,
)
from ...models.legal_document_request import LegalDocumentRequest
from ...types import Unset


def _get_kwargs(
    *,
    body: LegalDocumentRequest,
    api_version: GetLegalPdfApiVersion | Unset = "2",
    x_client_id: str = "web",
    accept_language: GetLegalPdfAcceptLanguage | Unset = "tr",
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(api_version, Unset):
        headers["api-version"] = str(api_version)

    headers["x-client-id"] = x_client_id

    if not isinstance(accept_language, Unset):
        headers["Accept-Language"] = str(accept_language)

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/partner/ecom/legal",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs
