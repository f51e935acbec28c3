from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.buy_metal_accept_language import (
    BuyMetalAcceptLanguage,
)
from ...models.buy_metal_api_version import BuyMetalApiVersion
from ...models.buy_order_request import BuyOrderRequest
from ...models.error_envelope import ErrorEnvelope
from ...models.wallet_order_result_envelope import WalletOrderResultEnvelope
from ...types import Response, Unset


def _get_kwargs(
    *,
    body: BuyOrderRequest,
    api_version: BuyMetalApiVersion | str | Unset = "2",
    x_client_id: str = "web",
    accept_language: BuyMetalAcceptLanguage | str | Unset = "tr",
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(api_version, Unset):
        headers["api-version"] = str(api_version)

    headers["x-client-id"] = x_client_id

    if not isinstance(accept_language, Unset):
        headers["Accept-Language"] = str(accept_language)

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/partner/order/digital/buy",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | WalletOrderResultEnvelope | None:
    if response.status_code == 200:
        response_200 = WalletOrderResultEnvelope.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = ErrorEnvelope.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ErrorEnvelope.from_dict(response.json())

        return response_403

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
) -> Response[ErrorEnvelope | WalletOrderResultEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: BuyOrderRequest,
    api_version: BuyMetalApiVersion | str | Unset = "2",
    x_client_id: str = "web",
    accept_language: BuyMetalAcceptLanguage | str | Unset = "tr",
) -> Response[ErrorEnvelope | WalletOrderResultEnvelope]:
    """Buy (Gold, Silver, Platinum)

     Buys metal for a customer at the prices fixed by `price_token`
    (one order per token): by amount (grams in `items[].amount`) or, with a
    token fixed for a total, for that total (`items[].amount` left out).
    Paid from the customer's cash (TRY) wallet, after `topup.price` is
    added to it, or by card (`payment_type: creditcard` and `payment`: a
    saved card's `card_token`, or the card's number; with its CVV; only
    the masked number is kept), in `installment` installments as the Bin
    Query says; the metal wallet is credited to the milligram. A saved
    card of another customer is refused 403. Without `customer`, the
    order is the partner's own (Partner - B2B): the token must have been
    fixed without `customer_external_id`, and the partner's own wallets
    move.

    Args:
        api_version (BuyMetalApiVersion | str | Unset):  Default: '2'.
        x_client_id (str):  Default: 'web'.
        accept_language (BuyMetalAcceptLanguage | str | Unset):  Default: 'tr'.
        body (BuyOrderRequest): Body of Buy (Customer - B2B2C with `customer`; Partner - B2B
            without).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | WalletOrderResultEnvelope]
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
    body: BuyOrderRequest,
    api_version: BuyMetalApiVersion | str | Unset = "2",
    x_client_id: str = "web",
    accept_language: BuyMetalAcceptLanguage | str | Unset = "tr",
) -> ErrorEnvelope | WalletOrderResultEnvelope | None:
    """Buy (Gold, Silver, Platinum)

     Buys metal for a customer at the prices fixed by `price_token`
    (one order per token): by amount (grams in `items[].amount`) or, with a
    token fixed for a total, for that total (`items[].amount` left out).
    Paid from the customer's cash (TRY) wallet, after `topup.price` is
    added to it, or by card (`payment_type: creditcard` and `payment`: a
    saved card's `card_token`, or the card's number; with its CVV; only
    the masked number is kept), in `installment` installments as the Bin
    Query says; the metal wallet is credited to the milligram. A saved
    card of another customer is refused 403. Without `customer`, the
    order is the partner's own (Partner - B2B): the token must have been
    fixed without `customer_external_id`, and the partner's own wallets
    move.

    Args:
        api_version (BuyMetalApiVersion | str | Unset):  Default: '2'.
        x_client_id (str):  Default: 'web'.
        accept_language (BuyMetalAcceptLanguage | str | Unset):  Default: 'tr'.
        body (BuyOrderRequest): Body of Buy (Customer - B2B2C with `customer`; Partner - B2B
            without).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | WalletOrderResultEnvelope
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
    body: BuyOrderRequest,
    api_version: BuyMetalApiVersion | str | Unset = "2",
    x_client_id: str = "web",
    accept_language: BuyMetalAcceptLanguage | str | Unset = "tr",
) -> Response[ErrorEnvelope | WalletOrderResultEnvelope]:
    """Buy (Gold, Silver, Platinum)

     Buys metal for a customer at the prices fixed by `price_token`
    (one order per token): by amount (grams in `items[].amount`) or, with a
    token fixed for a total, for that total (`items[].amount` left out).
    Paid from the customer's cash (TRY) wallet, after `topup.price` is
    added to it, or by card (`payment_type: creditcard` and `payment`: a
    saved card's `card_token`, or the card's number; with its CVV; only
    the masked number is kept), in `installment` installments as the Bin
    Query says; the metal wallet is credited to the milligram. A saved
    card of another customer is refused 403. Without `customer`, the
    order is the partner's own (Partner - B2B): the token must have been
    fixed without `customer_external_id`, and the partner's own wallets
    move.

    Args:
        api_version (BuyMetalApiVersion | str | Unset):  Default: '2'.
        x_client_id (str):  Default: 'web'.
        accept_language (BuyMetalAcceptLanguage | str | Unset):  Default: 'tr'.
        body (BuyOrderRequest): Body of Buy (Customer - B2B2C with `customer`; Partner - B2B
            without).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | WalletOrderResultEnvelope]
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
    body: BuyOrderRequest,
    api_version: BuyMetalApiVersion | str | Unset = "2",
    x_client_id: str = "web",
    accept_language: BuyMetalAcceptLanguage | str | Unset = "tr",
) -> ErrorEnvelope | WalletOrderResultEnvelope | None:
    """Buy (Gold, Silver, Platinum)

     Buys metal for a customer at the prices fixed by `price_token`
    (one order per token): by amount (grams in `items[].amount`) or, with a
    token fixed for a total, for that total (`items[].amount` left out).
    Paid from the customer's cash (TRY) wallet, after `topup.price` is
    added to it, or by card (`payment_type: creditcard` and `payment`: a
    saved card's `card_token`, or the card's number; with its CVV; only
    the masked number is kept), in `installment` installments as the Bin
    Query says; the metal wallet is credited to the milligram. A saved
    card of another customer is refused 403. Without `customer`, the
    order is the partner's own (Partner - B2B): the token must have been
    fixed without `customer_external_id`, and the partner's own wallets
    move.

    Args:
        api_version (BuyMetalApiVersion | str | Unset):  Default: '2'.
        x_client_id (str):  Default: 'web'.
        accept_language (BuyMetalAcceptLanguage | str | Unset):  Default: 'tr'.
        body (BuyOrderRequest): Body of Buy (Customer - B2B2C with `customer`; Partner - B2B
            without).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | WalletOrderResultEnvelope
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
