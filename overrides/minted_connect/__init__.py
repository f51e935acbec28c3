"""Typed Python client for the Minted Connect partner API.

from minted_connect import MintedConnect
from minted_connect.models import NewIndividualCustomer

with MintedConnect(username="partner", password="secret") as client:
    customer = client.customers.get("MTD0018232")
"""

from minted_connect_generated.resources import RawResponse

from ._client import AsyncMintedConnect, MintedConnect
from ._decoding import parse
from ._exceptions import (
    APIConnectionError,
    APIError,
    APIResponseValidationError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConfigurationError,
    ConflictError,
    InternalServerError,
    MintedConnectError,
    NotFoundError,
    OutcomeUnknownError,
    PayloadValidationError,
    PermissionDeniedError,
    RateLimitError,
    ValidationError,
)
from ._logs import setup_logging
from ._options import STAGING_URL, ClientOptions
from ._pagination import Page, apaginate, paginate
from ._version import __version__

setup_logging()  # MINTED_LOG=debug|info

__all__ = [
    "STAGING_URL",
    "APIConnectionError",
    "APIError",
    "APIResponseValidationError",
    "APITimeoutError",
    "AsyncMintedConnect",
    "AuthenticationError",
    "BadRequestError",
    "ClientOptions",
    "ConfigurationError",
    "ConflictError",
    "InternalServerError",
    "MintedConnect",
    "MintedConnectError",
    "NotFoundError",
    "OutcomeUnknownError",
    "Page",
    "PayloadValidationError",
    "PermissionDeniedError",
    "RateLimitError",
    "RawResponse",
    "ValidationError",
    "__version__",
    "apaginate",
    "paginate",
    "parse",
]
