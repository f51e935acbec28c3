from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.walletable_basket_envelope import WalletableBasketEnvelope
from ...models.walletable_complete_sell_accept_language import (
    WalletableCompleteSellAcceptLanguage,
)
from ...models.walletable_complete_sell_api_version import (
    WalletableCompleteSellApiVersion,
)
from ...models.walletable_completion import WalletableCompletion
from ...types import Response, Unset


def _get_kwargs(
    *,
    body: WalletableCompletion,
    x_client_id: str = "web",
    api_version: WalletableCompleteSellApiVersion | str | Unset = "3",
    accept_language: WalletableCompleteSellAcceptLanguage | str | Unset = "tr",
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["x-client-id"] = x_client_id

    if not isinstance(api_version, Unset):
        headers["api-version"] = str(api_version)

    if not isinstance(accept_language, Unset):
        headers["Accept-Language"] = str(accept_language)

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/partner/walletable/complete/sell",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | WalletableBasketEnvelope | None:
    if response.status_code == 200:
        response_200 = WalletableBasketEnvelope.from_dict(response.json())

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
) -> Response[ErrorEnvelope | WalletableBasketEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: WalletableCompletion,
    x_client_id: str = "web",
    api_version: WalletableCompleteSellApiVersion | str | Unset = "3",
    accept_language: WalletableCompleteSellAcceptLanguage | str | Unset = "tr",
) -> Response[ErrorEnvelope | WalletableBasketEnvelope]:
    """Complete Sell (Walletable)

     Completes a sell basket at its fixed prices: its bars leave the customer's
    vault and `paid_total` (the market value less the service fee and its VAT)
    enters the customer's TRY wallet (a partner whose vault prices in AED pays it
    out itself). Refused 409 naming `items` when the vault
    holds fewer bars than the basket sells, and naming `price_token` as Complete Buy.

    Args:
        x_client_id (str):  Default: 'web'.
        api_version (WalletableCompleteSellApiVersion | str | Unset):  Default: '3'.
        accept_language (WalletableCompleteSellAcceptLanguage | str | Unset):  Default: 'tr'.
        body (WalletableCompletion): Body of Complete Buy and Complete Sell.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | WalletableBasketEnvelope]
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
    body: WalletableCompletion,
    x_client_id: str = "web",
    api_version: WalletableCompleteSellApiVersion | str | Unset = "3",
    accept_language: WalletableCompleteSellAcceptLanguage | str | Unset = "tr",
) -> ErrorEnvelope | WalletableBasketEnvelope | None:
    """Complete Sell (Walletable)

     Completes a sell basket at its fixed prices: its bars leave the customer's
    vault and `paid_total` (the market value less the service fee and its VAT)
    enters the customer's TRY wallet (a partner whose vault prices in AED pays it
    out itself). Refused 409 naming `items` when the vault
    holds fewer bars than the basket sells, and naming `price_token` as Complete Buy.

    Args:
        x_client_id (str):  Default: 'web'.
        api_version (WalletableCompleteSellApiVersion | str | Unset):  Default: '3'.
        accept_language (WalletableCompleteSellAcceptLanguage | str | Unset):  Default: 'tr'.
        body (WalletableCompletion): Body of Complete Buy and Complete Sell.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | WalletableBasketEnvelope
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
    body: WalletableCompletion,
    x_client_id: str = "web",
    api_version: WalletableCompleteSellApiVersion | str | Unset = "3",
    accept_language: WalletableCompleteSellAcceptLanguage | str | Unset = "tr",
) -> Response[ErrorEnvelope | WalletableBasketEnvelope]:
    """Complete Sell (Walletable)

     Completes a sell basket at its fixed prices: its bars leave the customer's
    vault and `paid_total` (the market value less the service fee and its VAT)
    enters the customer's TRY wallet (a partner whose vault prices in AED pays it
    out itself). Refused 409 naming `items` when the vault
    holds fewer bars than the basket sells, and naming `price_token` as Complete Buy.

    Args:
        x_client_id (str):  Default: 'web'.
        api_version (WalletableCompleteSellApiVersion | str | Unset):  Default: '3'.
        accept_language (WalletableCompleteSellAcceptLanguage | str | Unset):  Default: 'tr'.
        body (WalletableCompletion): Body of Complete Buy and Complete Sell.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | WalletableBasketEnvelope]
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
    body: WalletableCompletion,
    x_client_id: str = "web",
    api_version: WalletableCompleteSellApiVersion | str | Unset = "3",
    accept_language: WalletableCompleteSellAcceptLanguage | str | Unset = "tr",
) -> ErrorEnvelope | WalletableBasketEnvelope | None:
    """Complete Sell (Walletable)

     Completes a sell basket at its fixed prices: its bars leave the customer's
    vault and `paid_total` (the market value less the service fee and its VAT)
    enters the customer's TRY wallet (a partner whose vault prices in AED pays it
    out itself). Refused 409 naming `items` when the vault
    holds fewer bars than the basket sells, and naming `price_token` as Complete Buy.

    Args:
        x_client_id (str):  Default: 'web'.
        api_version (WalletableCompleteSellApiVersion | str | Unset):  Default: '3'.
        accept_language (WalletableCompleteSellAcceptLanguage | str | Unset):  Default: 'tr'.
        body (WalletableCompletion): Body of Complete Buy and Complete Sell.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | WalletableBasketEnvelope
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
