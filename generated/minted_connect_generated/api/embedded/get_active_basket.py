from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.active_basket_envelope import ActiveBasketEnvelope
from ...models.error_envelope import ErrorEnvelope
from ...models.get_active_basket_accept_language import (
    GetActiveBasketAcceptLanguage,
)
from ...models.get_active_basket_api_version import (
    GetActiveBasketApiVersion,
)
from ...types import Response, Unset


def _get_kwargs(
    *,
    x_client_id: str = "web",
    api_version: GetActiveBasketApiVersion | str | Unset = "3",
    accept_language: GetActiveBasketAcceptLanguage | str | Unset = "tr",
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["x-client-id"] = x_client_id

    if not isinstance(api_version, Unset):
        headers["api-version"] = str(api_version)

    if not isinstance(accept_language, Unset):
        headers["Accept-Language"] = str(accept_language)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/partner/ecom/getActiveBasket",
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ActiveBasketEnvelope | ErrorEnvelope | None:
    if response.status_code == 200:
        response_200 = ActiveBasketEnvelope.from_dict(response.json())

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
) -> Response[ActiveBasketEnvelope | ErrorEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    x_client_id: str = "web",
    api_version: GetActiveBasketApiVersion | str | Unset = "3",
    accept_language: GetActiveBasketAcceptLanguage | str | Unset = "tr",
) -> Response[ActiveBasketEnvelope | ErrorEnvelope]:
    """Get Active Basket

     The token's customer's active basket (the newest one not yet an order),
    with `pricefix`: how long its prices stay fixed. No basket: 404.

    Args:
        x_client_id (str):  Default: 'web'.
        api_version (GetActiveBasketApiVersion | str | Unset):  Default: '3'.
        accept_language (GetActiveBasketAcceptLanguage | str | Unset):  Default: 'tr'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ActiveBasketEnvelope | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
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
    x_client_id: str = "web",
    api_version: GetActiveBasketApiVersion | str | Unset = "3",
    accept_language: GetActiveBasketAcceptLanguage | str | Unset = "tr",
) -> ActiveBasketEnvelope | ErrorEnvelope | None:
    """Get Active Basket

     The token's customer's active basket (the newest one not yet an order),
    with `pricefix`: how long its prices stay fixed. No basket: 404.

    Args:
        x_client_id (str):  Default: 'web'.
        api_version (GetActiveBasketApiVersion | str | Unset):  Default: '3'.
        accept_language (GetActiveBasketAcceptLanguage | str | Unset):  Default: 'tr'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ActiveBasketEnvelope | ErrorEnvelope
    """

    return sync_detailed(
        client=client,
        x_client_id=x_client_id,
        api_version=api_version,
        accept_language=accept_language,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    x_client_id: str = "web",
    api_version: GetActiveBasketApiVersion | str | Unset = "3",
    accept_language: GetActiveBasketAcceptLanguage | str | Unset = "tr",
) -> Response[ActiveBasketEnvelope | ErrorEnvelope]:
    """Get Active Basket

     The token's customer's active basket (the newest one not yet an order),
    with `pricefix`: how long its prices stay fixed. No basket: 404.

    Args:
        x_client_id (str):  Default: 'web'.
        api_version (GetActiveBasketApiVersion | str | Unset):  Default: '3'.
        accept_language (GetActiveBasketAcceptLanguage | str | Unset):  Default: 'tr'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ActiveBasketEnvelope | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        x_client_id=x_client_id,
        api_version=api_version,
        accept_language=accept_language,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    x_client_id: str = "web",
    api_version: GetActiveBasketApiVersion | str | Unset = "3",
    accept_language: GetActiveBasketAcceptLanguage | str | Unset = "tr",
) -> ActiveBasketEnvelope | ErrorEnvelope | None:
    """Get Active Basket

     The token's customer's active basket (the newest one not yet an order),
    with `pricefix`: how long its prices stay fixed. No basket: 404.

    Args:
        x_client_id (str):  Default: 'web'.
        api_version (GetActiveBasketApiVersion | str | Unset):  Default: '3'.
        accept_language (GetActiveBasketAcceptLanguage | str | Unset):  Default: 'tr'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ActiveBasketEnvelope | ErrorEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            x_client_id=x_client_id,
            api_version=api_version,
            accept_language=accept_language,
        )
    ).parsed
