from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.get_basket_accept_language import (
    GetBasketAcceptLanguage,
)
from ...models.get_basket_api_version import GetBasketApiVersion
from ...models.order_envelope import OrderEnvelope
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    customer_external_id: str,
    cart_token: str,
    x_client_id: str = "web",
    api_version: GetBasketApiVersion | str | Unset = "3",
    accept_language: GetBasketAcceptLanguage | str | Unset = "tr",
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["x-client-id"] = x_client_id

    if not isinstance(api_version, Unset):
        headers["api-version"] = str(api_version)

    if not isinstance(accept_language, Unset):
        headers["Accept-Language"] = str(accept_language)

    params: dict[str, Any] = {}

    params["customer_external_id"] = customer_external_id

    params["cart_token"] = cart_token

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/partner/ecom/basket",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | OrderEnvelope | None:
    if response.status_code == 200:
        response_200 = OrderEnvelope.from_dict(response.json())

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
) -> Response[ErrorEnvelope | OrderEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    customer_external_id: str,
    cart_token: str,
    x_client_id: str = "web",
    api_version: GetBasketApiVersion | str | Unset = "3",
    accept_language: GetBasketAcceptLanguage | str | Unset = "tr",
) -> Response[ErrorEnvelope | OrderEnvelope]:
    """Get Basket

     One of a customer's baskets, by its cart token.

    Args:
        customer_external_id (str):
        cart_token (str): A basket's token, exactly 32 letters and digits.
        x_client_id (str):  Default: 'web'.
        api_version (GetBasketApiVersion | str | Unset):  Default: '3'.
        accept_language (GetBasketAcceptLanguage | str | Unset):  Default: 'tr'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | OrderEnvelope]
    """

    kwargs = _get_kwargs(
        customer_external_id=customer_external_id,
        cart_token=cart_token,
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
    customer_external_id: str,
    cart_token: str,
    x_client_id: str = "web",
    api_version: GetBasketApiVersion | str | Unset = "3",
    accept_language: GetBasketAcceptLanguage | str | Unset = "tr",
) -> ErrorEnvelope | OrderEnvelope | None:
    """Get Basket

     One of a customer's baskets, by its cart token.

    Args:
        customer_external_id (str):
        cart_token (str): A basket's token, exactly 32 letters and digits.
        x_client_id (str):  Default: 'web'.
        api_version (GetBasketApiVersion | str | Unset):  Default: '3'.
        accept_language (GetBasketAcceptLanguage | str | Unset):  Default: 'tr'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | OrderEnvelope
    """

    return sync_detailed(
        client=client,
        customer_external_id=customer_external_id,
        cart_token=cart_token,
        x_client_id=x_client_id,
        api_version=api_version,
        accept_language=accept_language,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    customer_external_id: str,
    cart_token: str,
    x_client_id: str = "web",
    api_version: GetBasketApiVersion | str | Unset = "3",
    accept_language: GetBasketAcceptLanguage | str | Unset = "tr",
) -> Response[ErrorEnvelope | OrderEnvelope]:
    """Get Basket

     One of a customer's baskets, by its cart token.

    Args:
        customer_external_id (str):
        cart_token (str): A basket's token, exactly 32 letters and digits.
        x_client_id (str):  Default: 'web'.
        api_version (GetBasketApiVersion | str | Unset):  Default: '3'.
        accept_language (GetBasketAcceptLanguage | str | Unset):  Default: 'tr'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | OrderEnvelope]
    """

    kwargs = _get_kwargs(
        customer_external_id=customer_external_id,
        cart_token=cart_token,
        x_client_id=x_client_id,
        api_version=api_version,
        accept_language=accept_language,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    customer_external_id: str,
    cart_token: str,
    x_client_id: str = "web",
    api_version: GetBasketApiVersion | str | Unset = "3",
    accept_language: GetBasketAcceptLanguage | str | Unset = "tr",
) -> ErrorEnvelope | OrderEnvelope | None:
    """Get Basket

     One of a customer's baskets, by its cart token.

    Args:
        customer_external_id (str):
        cart_token (str): A basket's token, exactly 32 letters and digits.
        x_client_id (str):  Default: 'web'.
        api_version (GetBasketApiVersion | str | Unset):  Default: '3'.
        accept_language (GetBasketAcceptLanguage | str | Unset):  Default: 'tr'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | OrderEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            customer_external_id=customer_external_id,
            cart_token=cart_token,
            x_client_id=x_client_id,
            api_version=api_version,
            accept_language=accept_language,
        )
    ).parsed
