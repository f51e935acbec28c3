from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.fix_price_accept_language import (
    FixPriceAcceptLanguage,
)
from ...models.fix_price_api_version import FixPriceApiVersion
from ...models.price_fix_envelope import PriceFixEnvelope
from ...models.price_fix_request import PriceFixRequest
from ...types import Response, Unset


def _get_kwargs(
    *,
    body: PriceFixRequest,
    api_version: FixPriceApiVersion | str | Unset = "3",
    x_client_id: str = "web",
    accept_language: FixPriceAcceptLanguage | str | Unset = "tr",
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(api_version, Unset):
        headers["api-version"] = str(api_version)

    headers["x-client-id"] = x_client_id

    if not isinstance(accept_language, Unset):
        headers["Accept-Language"] = str(accept_language)

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/partner/pricefix",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | PriceFixEnvelope | None:
    if response.status_code == 200:
        response_200 = PriceFixEnvelope.from_dict(response.json())

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
) -> Response[ErrorEnvelope | PriceFixEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: PriceFixRequest,
    api_version: FixPriceApiVersion | str | Unset = "3",
    x_client_id: str = "web",
    accept_language: FixPriceAcceptLanguage | str | Unset = "tr",
) -> Response[ErrorEnvelope | PriceFixEnvelope]:
    """Price Fix (Get Prices)

     Fixes the buy and sell prices of every metal for a short time and
    answers them with a `token` valid until `expires_at` (`expire_ttl`
    seconds). Buy and Sell take the token as `price_token`; each token
    serves one order. With `total`, the prices also say how much of each
    metal that total buys (Buy from Total Price). Without
    `customer_external_id` the prices are fixed for the partner's own
    (B2B) orders, which move the partner's own wallets.

    Args:
        api_version (FixPriceApiVersion | str | Unset):  Default: '3'.
        x_client_id (str):  Default: 'web'.
        accept_language (FixPriceAcceptLanguage | str | Unset):  Default: 'tr'.
        body (PriceFixRequest): Body of Price Fix (from an amount, or from a total price with
            `total`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | PriceFixEnvelope]
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
    body: PriceFixRequest,
    api_version: FixPriceApiVersion | str | Unset = "3",
    x_client_id: str = "web",
    accept_language: FixPriceAcceptLanguage | str | Unset = "tr",
) -> ErrorEnvelope | PriceFixEnvelope | None:
    """Price Fix (Get Prices)

     Fixes the buy and sell prices of every metal for a short time and
    answers them with a `token` valid until `expires_at` (`expire_ttl`
    seconds). Buy and Sell take the token as `price_token`; each token
    serves one order. With `total`, the prices also say how much of each
    metal that total buys (Buy from Total Price). Without
    `customer_external_id` the prices are fixed for the partner's own
    (B2B) orders, which move the partner's own wallets.

    Args:
        api_version (FixPriceApiVersion | str | Unset):  Default: '3'.
        x_client_id (str):  Default: 'web'.
        accept_language (FixPriceAcceptLanguage | str | Unset):  Default: 'tr'.
        body (PriceFixRequest): Body of Price Fix (from an amount, or from a total price with
            `total`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | PriceFixEnvelope
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
    body: PriceFixRequest,
    api_version: FixPriceApiVersion | str | Unset = "3",
    x_client_id: str = "web",
    accept_language: FixPriceAcceptLanguage | str | Unset = "tr",
) -> Response[ErrorEnvelope | PriceFixEnvelope]:
    """Price Fix (Get Prices)

     Fixes the buy and sell prices of every metal for a short time and
    answers them with a `token` valid until `expires_at` (`expire_ttl`
    seconds). Buy and Sell take the token as `price_token`; each token
    serves one order. With `total`, the prices also say how much of each
    metal that total buys (Buy from Total Price). Without
    `customer_external_id` the prices are fixed for the partner's own
    (B2B) orders, which move the partner's own wallets.

    Args:
        api_version (FixPriceApiVersion | str | Unset):  Default: '3'.
        x_client_id (str):  Default: 'web'.
        accept_language (FixPriceAcceptLanguage | str | Unset):  Default: 'tr'.
        body (PriceFixRequest): Body of Price Fix (from an amount, or from a total price with
            `total`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | PriceFixEnvelope]
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
    body: PriceFixRequest,
    api_version: FixPriceApiVersion | str | Unset = "3",
    x_client_id: str = "web",
    accept_language: FixPriceAcceptLanguage | str | Unset = "tr",
) -> ErrorEnvelope | PriceFixEnvelope | None:
    """Price Fix (Get Prices)

     Fixes the buy and sell prices of every metal for a short time and
    answers them with a `token` valid until `expires_at` (`expire_ttl`
    seconds). Buy and Sell take the token as `price_token`; each token
    serves one order. With `total`, the prices also say how much of each
    metal that total buys (Buy from Total Price). Without
    `customer_external_id` the prices are fixed for the partner's own
    (B2B) orders, which move the partner's own wallets.

    Args:
        api_version (FixPriceApiVersion | str | Unset):  Default: '3'.
        x_client_id (str):  Default: 'web'.
        accept_language (FixPriceAcceptLanguage | str | Unset):  Default: 'tr'.
        body (PriceFixRequest): Body of Price Fix (from an amount, or from a total price with
            `total`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | PriceFixEnvelope
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
