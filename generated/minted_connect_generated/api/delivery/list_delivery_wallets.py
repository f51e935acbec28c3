from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.delivery_wallet_list_envelope import DeliveryWalletListEnvelope
from ...models.delivery_wallet_lookup import DeliveryWalletLookup
from ...models.error_envelope import ErrorEnvelope
from ...models.list_delivery_wallets_accept_language import (
    ListDeliveryWalletsAcceptLanguage,
)
from ...models.list_delivery_wallets_api_version import (
    ListDeliveryWalletsApiVersion,
)
from ...types import Response, Unset


def _get_kwargs(
    *,
    body: DeliveryWalletLookup,
    api_version: ListDeliveryWalletsApiVersion | str | Unset = "2",
    x_client_id: str = "web",
    accept_language: ListDeliveryWalletsAcceptLanguage | str | Unset = "tr",
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(api_version, Unset):
        headers["api-version"] = str(api_version)

    headers["x-client-id"] = x_client_id

    if not isinstance(accept_language, Unset):
        headers["Accept-Language"] = str(accept_language)

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/partner/delivery/wallets",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DeliveryWalletListEnvelope | ErrorEnvelope | None:
    if response.status_code == 200:
        response_200 = DeliveryWalletListEnvelope.from_dict(response.json())

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
) -> Response[DeliveryWalletListEnvelope | ErrorEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: DeliveryWalletLookup,
    api_version: ListDeliveryWalletsApiVersion | str | Unset = "2",
    x_client_id: str = "web",
    accept_language: ListDeliveryWalletsAcceptLanguage | str | Unset = "tr",
) -> Response[DeliveryWalletListEnvelope | ErrorEnvelope]:
    """Delivery - List Wallets

     The customer's metal wallets with what can be delivered from each
    (`real_balance` = balance - blocked, in grams) and the bars that fit
    in it (the catalog's bars of that metal, with how many fit).

    Args:
        api_version (ListDeliveryWalletsApiVersion | str | Unset):  Default: '2'.
        x_client_id (str):  Default: 'web'.
        accept_language (ListDeliveryWalletsAcceptLanguage | str | Unset):  Default: 'tr'.
        body (DeliveryWalletLookup): Body of Delivery - List Wallets.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeliveryWalletListEnvelope | ErrorEnvelope]
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
    body: DeliveryWalletLookup,
    api_version: ListDeliveryWalletsApiVersion | str | Unset = "2",
    x_client_id: str = "web",
    accept_language: ListDeliveryWalletsAcceptLanguage | str | Unset = "tr",
) -> DeliveryWalletListEnvelope | ErrorEnvelope | None:
    """Delivery - List Wallets

     The customer's metal wallets with what can be delivered from each
    (`real_balance` = balance - blocked, in grams) and the bars that fit
    in it (the catalog's bars of that metal, with how many fit).

    Args:
        api_version (ListDeliveryWalletsApiVersion | str | Unset):  Default: '2'.
        x_client_id (str):  Default: 'web'.
        accept_language (ListDeliveryWalletsAcceptLanguage | str | Unset):  Default: 'tr'.
        body (DeliveryWalletLookup): Body of Delivery - List Wallets.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeliveryWalletListEnvelope | ErrorEnvelope
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
    body: DeliveryWalletLookup,
    api_version: ListDeliveryWalletsApiVersion | str | Unset = "2",
    x_client_id: str = "web",
    accept_language: ListDeliveryWalletsAcceptLanguage | str | Unset = "tr",
) -> Response[DeliveryWalletListEnvelope | ErrorEnvelope]:
    """Delivery - List Wallets

     The customer's metal wallets with what can be delivered from each
    (`real_balance` = balance - blocked, in grams) and the bars that fit
    in it (the catalog's bars of that metal, with how many fit).

    Args:
        api_version (ListDeliveryWalletsApiVersion | str | Unset):  Default: '2'.
        x_client_id (str):  Default: 'web'.
        accept_language (ListDeliveryWalletsAcceptLanguage | str | Unset):  Default: 'tr'.
        body (DeliveryWalletLookup): Body of Delivery - List Wallets.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeliveryWalletListEnvelope | ErrorEnvelope]
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
    body: DeliveryWalletLookup,
    api_version: ListDeliveryWalletsApiVersion | str | Unset = "2",
    x_client_id: str = "web",
    accept_language: ListDeliveryWalletsAcceptLanguage | str | Unset = "tr",
) -> DeliveryWalletListEnvelope | ErrorEnvelope | None:
    """Delivery - List Wallets

     The customer's metal wallets with what can be delivered from each
    (`real_balance` = balance - blocked, in grams) and the bars that fit
    in it (the catalog's bars of that metal, with how many fit).

    Args:
        api_version (ListDeliveryWalletsApiVersion | str | Unset):  Default: '2'.
        x_client_id (str):  Default: 'web'.
        accept_language (ListDeliveryWalletsAcceptLanguage | str | Unset):  Default: 'tr'.
        body (DeliveryWalletLookup): Body of Delivery - List Wallets.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeliveryWalletListEnvelope | ErrorEnvelope
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
