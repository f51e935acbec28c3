from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.walletable_get_balance_accept_language import (
    WalletableGetBalanceAcceptLanguage,
)
from ...models.walletable_get_balance_api_version import (
    WalletableGetBalanceApiVersion,
)
from ...models.walletable_get_balance_is_deliverable import (
    WalletableGetBalanceIsDeliverable,
)
from ...models.walletable_holding_list_envelope import WalletableHoldingListEnvelope
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    metal_type: str | Unset = UNSET,
    external_customer_id: str,
    is_deliverable: WalletableGetBalanceIsDeliverable | str | Unset = UNSET,
    api_version: WalletableGetBalanceApiVersion | str | Unset = "2",
    x_client_id: str = "web",
    accept_language: WalletableGetBalanceAcceptLanguage | str | Unset = "tr",
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(api_version, Unset):
        headers["api-version"] = str(api_version)

    headers["x-client-id"] = x_client_id

    if not isinstance(accept_language, Unset):
        headers["Accept-Language"] = str(accept_language)

    params: dict[str, Any] = {}

    params["metal_type"] = metal_type

    params["external_customer_id"] = external_customer_id

    json_is_deliverable: str | Unset = UNSET
    if not isinstance(is_deliverable, Unset):
        json_is_deliverable = is_deliverable

    params["is_deliverable"] = json_is_deliverable

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/partner/walletable/balance",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | WalletableHoldingListEnvelope | None:
    if response.status_code == 200:
        response_200 = WalletableHoldingListEnvelope.from_dict(response.json())

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
) -> Response[ErrorEnvelope | WalletableHoldingListEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    metal_type: str | Unset = UNSET,
    external_customer_id: str,
    is_deliverable: WalletableGetBalanceIsDeliverable | str | Unset = UNSET,
    api_version: WalletableGetBalanceApiVersion | str | Unset = "2",
    x_client_id: str = "web",
    accept_language: WalletableGetBalanceAcceptLanguage | str | Unset = "tr",
) -> Response[ErrorEnvelope | WalletableHoldingListEnvelope]:
    """Balance / Wallet (Walletable)

     The bars the customer holds in the vault, one row per product, with their grams and value now.

    Args:
        metal_type (str | Unset): Metals, comma-separated (`gold`, `silver`).
        external_customer_id (str):
        is_deliverable (WalletableGetBalanceIsDeliverable | str | Unset):
        api_version (WalletableGetBalanceApiVersion | str | Unset):  Default: '2'.
        x_client_id (str):  Default: 'web'.
        accept_language (WalletableGetBalanceAcceptLanguage | str | Unset):  Default: 'tr'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | WalletableHoldingListEnvelope]
    """

    kwargs = _get_kwargs(
        metal_type=metal_type,
        external_customer_id=external_customer_id,
        is_deliverable=is_deliverable,
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
    metal_type: str | Unset = UNSET,
    external_customer_id: str,
    is_deliverable: WalletableGetBalanceIsDeliverable | str | Unset = UNSET,
    api_version: WalletableGetBalanceApiVersion | str | Unset = "2",
    x_client_id: str = "web",
    accept_language: WalletableGetBalanceAcceptLanguage | str | Unset = "tr",
) -> ErrorEnvelope | WalletableHoldingListEnvelope | None:
    """Balance / Wallet (Walletable)

     The bars the customer holds in the vault, one row per product, with their grams and value now.

    Args:
        metal_type (str | Unset): Metals, comma-separated (`gold`, `silver`).
        external_customer_id (str):
        is_deliverable (WalletableGetBalanceIsDeliverable | str | Unset):
        api_version (WalletableGetBalanceApiVersion | str | Unset):  Default: '2'.
        x_client_id (str):  Default: 'web'.
        accept_language (WalletableGetBalanceAcceptLanguage | str | Unset):  Default: 'tr'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | WalletableHoldingListEnvelope
    """

    return sync_detailed(
        client=client,
        metal_type=metal_type,
        external_customer_id=external_customer_id,
        is_deliverable=is_deliverable,
        api_version=api_version,
        x_client_id=x_client_id,
        accept_language=accept_language,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    metal_type: str | Unset = UNSET,
    external_customer_id: str,
    is_deliverable: WalletableGetBalanceIsDeliverable | str | Unset = UNSET,
    api_version: WalletableGetBalanceApiVersion | str | Unset = "2",
    x_client_id: str = "web",
    accept_language: WalletableGetBalanceAcceptLanguage | str | Unset = "tr",
) -> Response[ErrorEnvelope | WalletableHoldingListEnvelope]:
    """Balance / Wallet (Walletable)

     The bars the customer holds in the vault, one row per product, with their grams and value now.

    Args:
        metal_type (str | Unset): Metals, comma-separated (`gold`, `silver`).
        external_customer_id (str):
        is_deliverable (WalletableGetBalanceIsDeliverable | str | Unset):
        api_version (WalletableGetBalanceApiVersion | str | Unset):  Default: '2'.
        x_client_id (str):  Default: 'web'.
        accept_language (WalletableGetBalanceAcceptLanguage | str | Unset):  Default: 'tr'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | WalletableHoldingListEnvelope]
    """

    kwargs = _get_kwargs(
        metal_type=metal_type,
        external_customer_id=external_customer_id,
        is_deliverable=is_deliverable,
        api_version=api_version,
        x_client_id=x_client_id,
        accept_language=accept_language,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    metal_type: str | Unset = UNSET,
    external_customer_id: str,
    is_deliverable: WalletableGetBalanceIsDeliverable | str | Unset = UNSET,
    api_version: WalletableGetBalanceApiVersion | str | Unset = "2",
    x_client_id: str = "web",
    accept_language: WalletableGetBalanceAcceptLanguage | str | Unset = "tr",
) -> ErrorEnvelope | WalletableHoldingListEnvelope | None:
    """Balance / Wallet (Walletable)

     The bars the customer holds in the vault, one row per product, with their grams and value now.

    Args:
        metal_type (str | Unset): Metals, comma-separated (`gold`, `silver`).
        external_customer_id (str):
        is_deliverable (WalletableGetBalanceIsDeliverable | str | Unset):
        api_version (WalletableGetBalanceApiVersion | str | Unset):  Default: '2'.
        x_client_id (str):  Default: 'web'.
        accept_language (WalletableGetBalanceAcceptLanguage | str | Unset):  Default: 'tr'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | WalletableHoldingListEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            metal_type=metal_type,
            external_customer_id=external_customer_id,
            is_deliverable=is_deliverable,
            api_version=api_version,
            x_client_id=x_client_id,
            accept_language=accept_language,
        )
    ).parsed
