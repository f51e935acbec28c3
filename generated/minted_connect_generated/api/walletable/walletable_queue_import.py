from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.walletable_import_envelope import WalletableImportEnvelope
from ...models.walletable_import_request import WalletableImportRequest
from ...models.walletable_queue_import_accept_language import (
    WalletableQueueImportAcceptLanguage,
)
from ...models.walletable_queue_import_api_version import (
    WalletableQueueImportApiVersion,
)
from ...types import Response, Unset


def _get_kwargs(
    *,
    body: WalletableImportRequest,
    x_client_id: str = "web",
    api_version: WalletableQueueImportApiVersion | str | Unset = "3",
    accept_language: WalletableQueueImportAcceptLanguage | str | Unset = "tr",
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["x-client-id"] = x_client_id

    if not isinstance(api_version, Unset):
        headers["api-version"] = str(api_version)

    if not isinstance(accept_language, Unset):
        headers["Accept-Language"] = str(accept_language)

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/partner/walletable/import",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | WalletableImportEnvelope | None:
    if response.status_code == 200:
        response_200 = WalletableImportEnvelope.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = ErrorEnvelope.from_dict(response.json())

        return response_401

    if response.status_code == 422:
        response_422 = ErrorEnvelope.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = ErrorEnvelope.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorEnvelope | WalletableImportEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: WalletableImportRequest,
    x_client_id: str = "web",
    api_version: WalletableQueueImportApiVersion | str | Unset = "3",
    accept_language: WalletableQueueImportAcceptLanguage | str | Unset = "tr",
) -> Response[ErrorEnvelope | WalletableImportEnvelope]:
    """Import Queue (Walletable Excel Import, generation A)

     Queues an Excel workbook (`.xlsx`, base64 in `file`) of customers to create: a
    header row naming Create Customer's individual fields (`external_id`,
    `firstname`, `middlename`, `lastname`, `email`, `phone`, `gender`,
    `identity_number`, `birthdate`), then one customer a row. Answers the import,
    `queued`; Import Status follows it to `completed` (or `failed`: the file could
    not be read). Each good row is created whole, each bad one not at all and
    reported by row and field. A generation-A entry, dropped since B.

    Args:
        x_client_id (str):  Default: 'web'.
        api_version (WalletableQueueImportApiVersion | str | Unset):  Default: '3'.
        accept_language (WalletableQueueImportAcceptLanguage | str | Unset):  Default: 'tr'.
        body (WalletableImportRequest): Body of Import Queue.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | WalletableImportEnvelope]
    """

    kwargs = _get_kwargs(
        body=body,
        x_client_id=x_client_id,
        api_version=api_version,
        accept_language=accept_language,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: WalletableImportRequest,
    x_client_id: str = "web",
    api_version: WalletableQueueImportApiVersion | str | Unset = "3",
    accept_language: WalletableQueueImportAcceptLanguage | str | Unset = "tr",
) -> ErrorEnvelope | WalletableImportEnvelope | None:
    """Import Queue (Walletable Excel Import, generation A)

     Queues an Excel workbook (`.xlsx`, base64 in `file`) of customers to create: a
    header row naming Create Customer's individual fields (`external_id`,
    `firstname`, `middlename`, `lastname`, `email`, `phone`, `gender`,
    `identity_number`, `birthdate`), then one customer a row. Answers the import,
    `queued`; Import Status follows it to `completed` (or `failed`: the file could
    not be read). Each good row is created whole, each bad one not at all and
    reported by row and field. A generation-A entry, dropped since B.

    Args:
        x_client_id (str):  Default: 'web'.
        api_version (WalletableQueueImportApiVersion | str | Unset):  Default: '3'.
        accept_language (WalletableQueueImportAcceptLanguage | str | Unset):  Default: 'tr'.
        body (WalletableImportRequest): Body of Import Queue.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | WalletableImportEnvelope
    """

    return sync_detailed(
        client=client,
        body=body,
        x_client_id=x_client_id,
        api_version=api_version,
        accept_language=accept_language,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: WalletableImportRequest,
    x_client_id: str = "web",
    api_version: WalletableQueueImportApiVersion | str | Unset = "3",
    accept_language: WalletableQueueImportAcceptLanguage | str | Unset = "tr",
) -> Response[ErrorEnvelope | WalletableImportEnvelope]:
    """Import Queue (Walletable Excel Import, generation A)

     Queues an Excel workbook (`.xlsx`, base64 in `file`) of customers to create: a
    header row naming Create Customer's individual fields (`external_id`,
    `firstname`, `middlename`, `lastname`, `email`, `phone`, `gender`,
    `identity_number`, `birthdate`), then one customer a row. Answers the import,
    `queued`; Import Status follows it to `completed` (or `failed`: the file could
    not be read). Each good row is created whole, each bad one not at all and
    reported by row and field. A generation-A entry, dropped since B.

    Args:
        x_client_id (str):  Default: 'web'.
        api_version (WalletableQueueImportApiVersion | str | Unset):  Default: '3'.
        accept_language (WalletableQueueImportAcceptLanguage | str | Unset):  Default: 'tr'.
        body (WalletableImportRequest): Body of Import Queue.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | WalletableImportEnvelope]
    """

    kwargs = _get_kwargs(
        body=body,
        x_client_id=x_client_id,
        api_version=api_version,
        accept_language=accept_language,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: WalletableImportRequest,
    x_client_id: str = "web",
    api_version: WalletableQueueImportApiVersion | str | Unset = "3",
    accept_language: WalletableQueueImportAcceptLanguage | str | Unset = "tr",
) -> ErrorEnvelope | WalletableImportEnvelope | None:
    """Import Queue (Walletable Excel Import, generation A)

     Queues an Excel workbook (`.xlsx`, base64 in `file`) of customers to create: a
    header row naming Create Customer's individual fields (`external_id`,
    `firstname`, `middlename`, `lastname`, `email`, `phone`, `gender`,
    `identity_number`, `birthdate`), then one customer a row. Answers the import,
    `queued`; Import Status follows it to `completed` (or `failed`: the file could
    not be read). Each good row is created whole, each bad one not at all and
    reported by row and field. A generation-A entry, dropped since B.

    Args:
        x_client_id (str):  Default: 'web'.
        api_version (WalletableQueueImportApiVersion | str | Unset):  Default: '3'.
        accept_language (WalletableQueueImportAcceptLanguage | str | Unset):  Default: 'tr'.
        body (WalletableImportRequest): Body of Import Queue.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | WalletableImportEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            x_client_id=x_client_id,
            api_version=api_version,
            accept_language=accept_language,
        )
    ).parsed
