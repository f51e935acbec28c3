from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.bulk_upsert_wallet_kyc_accept_language import (
    BulkUpsertWalletKycAcceptLanguage,
)
from ...models.bulk_upsert_wallet_kyc_api_version import (
    BulkUpsertWalletKycApiVersion,
)
from ...models.error_envelope import ErrorEnvelope
from ...models.wallet_kyc_bulk_upsert import WalletKycBulkUpsert
from ...models.wallet_kyc_list_envelope import WalletKycListEnvelope
from ...types import Response, Unset


def _get_kwargs(
    *,
    body: WalletKycBulkUpsert,
    api_version: BulkUpsertWalletKycApiVersion | str | Unset = "2",
    x_client_id: str = "web",
    accept_language: BulkUpsertWalletKycAcceptLanguage | str | Unset = "tr",
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(api_version, Unset):
        headers["api-version"] = str(api_version)

    headers["x-client-id"] = x_client_id

    if not isinstance(accept_language, Unset):
        headers["Accept-Language"] = str(accept_language)

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/partner/customer/walletkyc/bulk",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | WalletKycListEnvelope | None:
    if response.status_code == 200:
        response_200 = WalletKycListEnvelope.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = ErrorEnvelope.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = ErrorEnvelope.from_dict(response.json())

        return response_404

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
) -> Response[ErrorEnvelope | WalletKycListEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: WalletKycBulkUpsert,
    api_version: BulkUpsertWalletKycApiVersion | str | Unset = "2",
    x_client_id: str = "web",
    accept_language: BulkUpsertWalletKycAcceptLanguage | str | Unset = "tr",
) -> Response[ErrorEnvelope | WalletKycListEnvelope]:
    """Customer Wallet Kyc - Bulk Upsert

     Upserts the KYC records of several customers at once: all of them or
    none (one record refused refuses the call, naming `items.N.field`).
    Answers the stored records in the order given.

    Args:
        api_version (BulkUpsertWalletKycApiVersion | str | Unset):  Default: '2'.
        x_client_id (str):  Default: 'web'.
        accept_language (BulkUpsertWalletKycAcceptLanguage | str | Unset):  Default: 'tr'.
        body (WalletKycBulkUpsert): Body of Customer Wallet Kyc - Bulk Upsert.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | WalletKycListEnvelope]
    """

    kwargs = _get_kwargs(
        body=body,
        api_version=api_version,
        x_client_id=x_client_id,
        accept_language=accept_language,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: WalletKycBulkUpsert,
    api_version: BulkUpsertWalletKycApiVersion | str | Unset = "2",
    x_client_id: str = "web",
    accept_language: BulkUpsertWalletKycAcceptLanguage | str | Unset = "tr",
) -> ErrorEnvelope | WalletKycListEnvelope | None:
    """Customer Wallet Kyc - Bulk Upsert

     Upserts the KYC records of several customers at once: all of them or
    none (one record refused refuses the call, naming `items.N.field`).
    Answers the stored records in the order given.

    Args:
        api_version (BulkUpsertWalletKycApiVersion | str | Unset):  Default: '2'.
        x_client_id (str):  Default: 'web'.
        accept_language (BulkUpsertWalletKycAcceptLanguage | str | Unset):  Default: 'tr'.
        body (WalletKycBulkUpsert): Body of Customer Wallet Kyc - Bulk Upsert.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | WalletKycListEnvelope
    """

    return sync_detailed(
        client=client,
        body=body,
        api_version=api_version,
        x_client_id=x_client_id,
        accept_language=accept_language,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: WalletKycBulkUpsert,
    api_version: BulkUpsertWalletKycApiVersion | str | Unset = "2",
    x_client_id: str = "web",
    accept_language: BulkUpsertWalletKycAcceptLanguage | str | Unset = "tr",
) -> Response[ErrorEnvelope | WalletKycListEnvelope]:
    """Customer Wallet Kyc - Bulk Upsert

     Upserts the KYC records of several customers at once: all of them or
    none (one record refused refuses the call, naming `items.N.field`).
    Answers the stored records in the order given.

    Args:
        api_version (BulkUpsertWalletKycApiVersion | str | Unset):  Default: '2'.
        x_client_id (str):  Default: 'web'.
        accept_language (BulkUpsertWalletKycAcceptLanguage | str | Unset):  Default: 'tr'.
        body (WalletKycBulkUpsert): Body of Customer Wallet Kyc - Bulk Upsert.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | WalletKycListEnvelope]
    """

    kwargs = _get_kwargs(
        body=body,
        api_version=api_version,
        x_client_id=x_client_id,
        accept_language=accept_language,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: WalletKycBulkUpsert,
    api_version: BulkUpsertWalletKycApiVersion | str | Unset = "2",
    x_client_id: str = "web",
    accept_language: BulkUpsertWalletKycAcceptLanguage | str | Unset = "tr",
) -> ErrorEnvelope | WalletKycListEnvelope | None:
    """Customer Wallet Kyc - Bulk Upsert

     Upserts the KYC records of several customers at once: all of them or
    none (one record refused refuses the call, naming `items.N.field`).
    Answers the stored records in the order given.

    Args:
        api_version (BulkUpsertWalletKycApiVersion | str | Unset):  Default: '2'.
        x_client_id (str):  Default: 'web'.
        accept_language (BulkUpsertWalletKycAcceptLanguage | str | Unset):  Default: 'tr'.
        body (WalletKycBulkUpsert): Body of Customer Wallet Kyc - Bulk Upsert.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | WalletKycListEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            api_version=api_version,
            x_client_id=x_client_id,
            accept_language=accept_language,
        )
    ).parsed
