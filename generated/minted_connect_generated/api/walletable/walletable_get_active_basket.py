from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.walletable_basket_envelope import WalletableBasketEnvelope
from ...models.walletable_basket_type import WalletableBasketType
from ...models.walletable_get_active_basket_accept_language import (
    WalletableGetActiveBasketAcceptLanguage,
)
from ...models.walletable_get_active_basket_api_version import (
    WalletableGetActiveBasketApiVersion,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    external_customer_id: str,
    type_: WalletableBasketType | str | Unset = UNSET,
    x_client_id: str = "web",
    api_version: WalletableGetActiveBasketApiVersion | str | Unset = "3",
    accept_language: WalletableGetActiveBasketAcceptLanguage | str | Unset = "tr",
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["x-client-id"] = x_client_id

    if not isinstance(api_version, Unset):
        headers["api-version"] = str(api_version)

    if not isinstance(accept_language, Unset):
        headers["Accept-Language"] = str(accept_language)

    params: dict[str, Any] = {}

    params["external_customer_id"] = external_customer_id

    json_type_: str | Unset = UNSET
    if not isinstance(type_, Unset):
        json_type_ = type_

    params["type"] = json_type_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/partner/walletable/basket",
        "params": params,
    }

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
    external_customer_id: str,
    type_: WalletableBasketType | str | Unset = UNSET,
    x_client_id: str = "web",
    api_version: WalletableGetActiveBasketApiVersion | str | Unset = "3",
    accept_language: WalletableGetActiveBasketAcceptLanguage | str | Unset = "tr",
) -> Response[ErrorEnvelope | WalletableBasketEnvelope]:
    """Get Active Basket (Walletable)

     The customer's open basket of this `type` (buy, sell or delivery), priced
    now. Reading it after its price fix expired fixes the prices anew: the answer
    then says `pricefix.updated: true` with the new `pricefix.token` (also its
    `price_token`), and Complete takes only that token.

    Args:
        external_customer_id (str):
        type_ (WalletableBasketType | str | Unset): What a basket does with the vault: `buy` bars
            into it, `sell` bars out of it for cash, `delivery` bars out of it to an address.
        x_client_id (str):  Default: 'web'.
        api_version (WalletableGetActiveBasketApiVersion | str | Unset):  Default: '3'.
        accept_language (WalletableGetActiveBasketAcceptLanguage | str | Unset):  Default: 'tr'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | WalletableBasketEnvelope]
    """

    kwargs = _get_kwargs(
        external_customer_id=external_customer_id,
        type_=type_,
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
    external_customer_id: str,
    type_: WalletableBasketType | str | Unset = UNSET,
    x_client_id: str = "web",
    api_version: WalletableGetActiveBasketApiVersion | str | Unset = "3",
    accept_language: WalletableGetActiveBasketAcceptLanguage | str | Unset = "tr",
) -> ErrorEnvelope | WalletableBasketEnvelope | None:
    """Get Active Basket (Walletable)

     The customer's open basket of this `type` (buy, sell or delivery), priced
    now. Reading it after its price fix expired fixes the prices anew: the answer
    then says `pricefix.updated: true` with the new `pricefix.token` (also its
    `price_token`), and Complete takes only that token.

    Args:
        external_customer_id (str):
        type_ (WalletableBasketType | str | Unset): What a basket does with the vault: `buy` bars
            into it, `sell` bars out of it for cash, `delivery` bars out of it to an address.
        x_client_id (str):  Default: 'web'.
        api_version (WalletableGetActiveBasketApiVersion | str | Unset):  Default: '3'.
        accept_language (WalletableGetActiveBasketAcceptLanguage | str | Unset):  Default: 'tr'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | WalletableBasketEnvelope
    """

    return sync_detailed(
        client=client,
        external_customer_id=external_customer_id,
        type_=type_,
        x_client_id=x_client_id,
        api_version=api_version,
        accept_language=accept_language,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    external_customer_id: str,
    type_: WalletableBasketType | str | Unset = UNSET,
    x_client_id: str = "web",
    api_version: WalletableGetActiveBasketApiVersion | str | Unset = "3",
    accept_language: WalletableGetActiveBasketAcceptLanguage | str | Unset = "tr",
) -> Response[ErrorEnvelope | WalletableBasketEnvelope]:
    """Get Active Basket (Walletable)

     The customer's open basket of this `type` (buy, sell or delivery), priced
    now. Reading it after its price fix expired fixes the prices anew: the answer
    then says `pricefix.updated: true` with the new `pricefix.token` (also its
    `price_token`), and Complete takes only that token.

    Args:
        external_customer_id (str):
        type_ (WalletableBasketType | str | Unset): What a basket does with the vault: `buy` bars
            into it, `sell` bars out of it for cash, `delivery` bars out of it to an address.
        x_client_id (str):  Default: 'web'.
        api_version (WalletableGetActiveBasketApiVersion | str | Unset):  Default: '3'.
        accept_language (WalletableGetActiveBasketAcceptLanguage | str | Unset):  Default: 'tr'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | WalletableBasketEnvelope]
    """

    kwargs = _get_kwargs(
        external_customer_id=external_customer_id,
        type_=type_,
        x_client_id=x_client_id,
        api_version=api_version,
        accept_language=accept_language,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    external_customer_id: str,
    type_: WalletableBasketType | str | Unset = UNSET,
    x_client_id: str = "web",
    api_version: WalletableGetActiveBasketApiVersion | str | Unset = "3",
    accept_language: WalletableGetActiveBasketAcceptLanguage | str | Unset = "tr",
) -> ErrorEnvelope | WalletableBasketEnvelope | None:
    """Get Active Basket (Walletable)

     The customer's open basket of this `type` (buy, sell or delivery), priced
    now. Reading it after its price fix expired fixes the prices anew: the answer
    then says `pricefix.updated: true` with the new `pricefix.token` (also its
    `price_token`), and Complete takes only that token.

    Args:
        external_customer_id (str):
        type_ (WalletableBasketType | str | Unset): What a basket does with the vault: `buy` bars
            into it, `sell` bars out of it for cash, `delivery` bars out of it to an address.
        x_client_id (str):  Default: 'web'.
        api_version (WalletableGetActiveBasketApiVersion | str | Unset):  Default: '3'.
        accept_language (WalletableGetActiveBasketAcceptLanguage | str | Unset):  Default: 'tr'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | WalletableBasketEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            external_customer_id=external_customer_id,
            type_=type_,
            x_client_id=x_client_id,
            api_version=api_version,
            accept_language=accept_language,
        )
    ).parsed
