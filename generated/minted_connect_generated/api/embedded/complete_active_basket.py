from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.active_basket_completion import ActiveBasketCompletion
from ...models.complete_active_basket_accept_language import (
    CompleteActiveBasketAcceptLanguage,
)
from ...models.complete_active_basket_api_version import (
    CompleteActiveBasketApiVersion,
)
from ...models.error_envelope import ErrorEnvelope
from ...models.order_envelope import OrderEnvelope
from ...types import Response, Unset


def _get_kwargs(
    *,
    body: ActiveBasketCompletion,
    x_client_id: str = "web",
    api_version: CompleteActiveBasketApiVersion | str | Unset = "3",
    accept_language: CompleteActiveBasketAcceptLanguage | str | Unset = "tr",
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["x-client-id"] = x_client_id

    if not isinstance(api_version, Unset):
        headers["api-version"] = str(api_version)

    if not isinstance(accept_language, Unset):
        headers["Accept-Language"] = str(accept_language)

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/partner/ecom/complete",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

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

    if response.status_code == 409:
        response_409 = ErrorEnvelope.from_dict(response.json())

        return response_409

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
    body: ActiveBasketCompletion,
    x_client_id: str = "web",
    api_version: CompleteActiveBasketApiVersion | str | Unset = "3",
    accept_language: CompleteActiveBasketAcceptLanguage | str | Unset = "tr",
) -> Response[ErrorEnvelope | OrderEnvelope]:
    """Complete

     Complete Basket for the token's customer: hands the basket named by
    `cart_token` (the token Get Active Basket answered) to card payment.
    The answer is the basket with `payment.state: new` and
    `payment.redirect_url`, the 3-D Secure page to open. A cart token that
    is not this customer's: 404, as an unknown one.

    Args:
        x_client_id (str):  Default: 'web'.
        api_version (CompleteActiveBasketApiVersion | str | Unset):  Default: '3'.
        accept_language (CompleteActiveBasketAcceptLanguage | str | Unset):  Default: 'tr'.
        body (ActiveBasketCompletion): Body of Complete (Embedded Webview); the customer is the
            token's.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | OrderEnvelope]
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
    body: ActiveBasketCompletion,
    x_client_id: str = "web",
    api_version: CompleteActiveBasketApiVersion | str | Unset = "3",
    accept_language: CompleteActiveBasketAcceptLanguage | str | Unset = "tr",
) -> ErrorEnvelope | OrderEnvelope | None:
    """Complete

     Complete Basket for the token's customer: hands the basket named by
    `cart_token` (the token Get Active Basket answered) to card payment.
    The answer is the basket with `payment.state: new` and
    `payment.redirect_url`, the 3-D Secure page to open. A cart token that
    is not this customer's: 404, as an unknown one.

    Args:
        x_client_id (str):  Default: 'web'.
        api_version (CompleteActiveBasketApiVersion | str | Unset):  Default: '3'.
        accept_language (CompleteActiveBasketAcceptLanguage | str | Unset):  Default: 'tr'.
        body (ActiveBasketCompletion): Body of Complete (Embedded Webview); the customer is the
            token's.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | OrderEnvelope
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
    body: ActiveBasketCompletion,
    x_client_id: str = "web",
    api_version: CompleteActiveBasketApiVersion | str | Unset = "3",
    accept_language: CompleteActiveBasketAcceptLanguage | str | Unset = "tr",
) -> Response[ErrorEnvelope | OrderEnvelope]:
    """Complete

     Complete Basket for the token's customer: hands the basket named by
    `cart_token` (the token Get Active Basket answered) to card payment.
    The answer is the basket with `payment.state: new` and
    `payment.redirect_url`, the 3-D Secure page to open. A cart token that
    is not this customer's: 404, as an unknown one.

    Args:
        x_client_id (str):  Default: 'web'.
        api_version (CompleteActiveBasketApiVersion | str | Unset):  Default: '3'.
        accept_language (CompleteActiveBasketAcceptLanguage | str | Unset):  Default: 'tr'.
        body (ActiveBasketCompletion): Body of Complete (Embedded Webview); the customer is the
            token's.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | OrderEnvelope]
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
    body: ActiveBasketCompletion,
    x_client_id: str = "web",
    api_version: CompleteActiveBasketApiVersion | str | Unset = "3",
    accept_language: CompleteActiveBasketAcceptLanguage | str | Unset = "tr",
) -> ErrorEnvelope | OrderEnvelope | None:
    """Complete

     Complete Basket for the token's customer: hands the basket named by
    `cart_token` (the token Get Active Basket answered) to card payment.
    The answer is the basket with `payment.state: new` and
    `payment.redirect_url`, the 3-D Secure page to open. A cart token that
    is not this customer's: 404, as an unknown one.

    Args:
        x_client_id (str):  Default: 'web'.
        api_version (CompleteActiveBasketApiVersion | str | Unset):  Default: '3'.
        accept_language (CompleteActiveBasketAcceptLanguage | str | Unset):  Default: 'tr'.
        body (ActiveBasketCompletion): Body of Complete (Embedded Webview); the customer is the
            token's.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | OrderEnvelope
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
