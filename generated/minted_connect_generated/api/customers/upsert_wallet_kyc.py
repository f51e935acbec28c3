from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.upsert_wallet_kyc_accept_language import (
    UpsertWalletKycAcceptLanguage,
)
from ...models.upsert_wallet_kyc_api_version import (
    UpsertWalletKycApiVersion,
)
from ...models.wallet_kyc_envelope import WalletKycEnvelope
from ...models.wallet_kyc_input import WalletKycInput
from ...types import Response, Unset


def _get_kwargs(
    external_customer_id: str,
    *,
    body: WalletKycInput,
    api_version: UpsertWalletKycApiVersion | str | Unset = "2",
    x_client_id: str = "web",
    accept_language: UpsertWalletKycAcceptLanguage | str | Unset = "tr",
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(api_version, Unset):
        headers["api-version"] = str(api_version)

    headers["x-client-id"] = x_client_id

    if not isinstance(accept_language, Unset):
        headers["Accept-Language"] = str(accept_language)

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/partner/customer/{external_customer_id}/walletkyc".format(
            external_customer_id=quote(str(external_customer_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | WalletKycEnvelope | None:
    if response.status_code == 200:
        response_200 = WalletKycEnvelope.from_dict(response.json())

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
) -> Response[ErrorEnvelope | WalletKycEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    external_customer_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: WalletKycInput,
    api_version: UpsertWalletKycApiVersion | str | Unset = "2",
    x_client_id: str = "web",
    accept_language: UpsertWalletKycAcceptLanguage | str | Unset = "tr",
) -> Response[ErrorEnvelope | WalletKycEnvelope]:
    """Customer Wallet Kyc - Upsert

     Stores the customer's KYC record, replacing the one stored (every field
    is given each time). Sending the same record again changes nothing,
    `updated_at` included.

    Args:
        external_customer_id (str):
        api_version (UpsertWalletKycApiVersion | str | Unset):  Default: '2'.
        x_client_id (str):  Default: 'web'.
        accept_language (UpsertWalletKycAcceptLanguage | str | Unset):  Default: 'tr'.
        body (WalletKycInput): A customer's wallet KYC record, as the partner sends it (Upsert).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | WalletKycEnvelope]
    """

    kwargs = _get_kwargs(
        external_customer_id=external_customer_id,
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
    external_customer_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: WalletKycInput,
    api_version: UpsertWalletKycApiVersion | str | Unset = "2",
    x_client_id: str = "web",
    accept_language: UpsertWalletKycAcceptLanguage | str | Unset = "tr",
) -> ErrorEnvelope | WalletKycEnvelope | None:
    """Customer Wallet Kyc - Upsert

     Stores the customer's KYC record, replacing the one stored (every field
    is given each time). Sending the same record again changes nothing,
    `updated_at` included.

    Args:
        external_customer_id (str):
        api_version (UpsertWalletKycApiVersion | str | Unset):  Default: '2'.
        x_client_id (str):  Default: 'web'.
        accept_language (UpsertWalletKycAcceptLanguage | str | Unset):  Default: 'tr'.
        body (WalletKycInput): A customer's wallet KYC record, as the partner sends it (Upsert).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | WalletKycEnvelope
    """

    return sync_detailed(
        external_customer_id=external_customer_id,
        client=client,
        body=body,
        api_version=api_version,
        x_client_id=x_client_id,
        accept_language=accept_language,
    ).parsed


async def asyncio_detailed(
    external_customer_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: WalletKycInput,
    api_version: UpsertWalletKycApiVersion | str | Unset = "2",
    x_client_id: str = "web",
    accept_language: UpsertWalletKycAcceptLanguage | str | Unset = "tr",
) -> Response[ErrorEnvelope | WalletKycEnvelope]:
    """Customer Wallet Kyc - Upsert

     Stores the customer's KYC record, replacing the one stored (every field
    is given each time). Sending the same record again changes nothing,
    `updated_at` included.

    Args:
        external_customer_id (str):
        api_version (UpsertWalletKycApiVersion | str | Unset):  Default: '2'.
        x_client_id (str):  Default: 'web'.
        accept_language (UpsertWalletKycAcceptLanguage | str | Unset):  Default: 'tr'.
        body (WalletKycInput): A customer's wallet KYC record, as the partner sends it (Upsert).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | WalletKycEnvelope]
    """

    kwargs = _get_kwargs(
        external_customer_id=external_customer_id,
        body=body,
        api_version=api_version,
        x_client_id=x_client_id,
        accept_language=accept_language,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    external_customer_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: WalletKycInput,
    api_version: UpsertWalletKycApiVersion | str | Unset = "2",
    x_client_id: str = "web",
    accept_language: UpsertWalletKycAcceptLanguage | str | Unset = "tr",
) -> ErrorEnvelope | WalletKycEnvelope | None:
    """Customer Wallet Kyc - Upsert

     Stores the customer's KYC record, replacing the one stored (every field
    is given each time). Sending the same record again changes nothing,
    `updated_at` included.

    Args:
        external_customer_id (str):
        api_version (UpsertWalletKycApiVersion | str | Unset):  Default: '2'.
        x_client_id (str):  Default: 'web'.
        accept_language (UpsertWalletKycAcceptLanguage | str | Unset):  Default: 'tr'.
        body (WalletKycInput): A customer's wallet KYC record, as the partner sends it (Upsert).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | WalletKycEnvelope
    """

    return (
        await asyncio_detailed(
            external_customer_id=external_customer_id,
            client=client,
            body=body,
            api_version=api_version,
            x_client_id=x_client_id,
            accept_language=accept_language,
        )
    ).parsed
