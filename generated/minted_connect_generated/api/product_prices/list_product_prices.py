from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.list_product_prices_accept_language import (
    ListProductPricesAcceptLanguage,
)
from ...models.list_product_prices_api_version import (
    ListProductPricesApiVersion,
)
from ...models.metal_price_list_envelope import MetalPriceListEnvelope
from ...models.price_currency import PriceCurrency
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    currency: PriceCurrency | str | Unset = UNSET,
    api_version: ListProductPricesApiVersion | str | Unset = "2",
    x_client_id: str = "web",
    accept_language: ListProductPricesAcceptLanguage | str | Unset = "tr",
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(api_version, Unset):
        headers["api-version"] = str(api_version)

    headers["x-client-id"] = x_client_id

    if not isinstance(accept_language, Unset):
        headers["Accept-Language"] = str(accept_language)

    params: dict[str, Any] = {}

    json_currency: str | Unset = UNSET
    if not isinstance(currency, Unset):
        json_currency = currency

    params["currency"] = json_currency

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/partner/product/prices",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | MetalPriceListEnvelope | None:
    if response.status_code == 200:
        response_200 = MetalPriceListEnvelope.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = ErrorEnvelope.from_dict(response.json())

        return response_401

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
) -> Response[ErrorEnvelope | MetalPriceListEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    currency: PriceCurrency | str | Unset = UNSET,
    api_version: ListProductPricesApiVersion | str | Unset = "2",
    x_client_id: str = "web",
    accept_language: ListProductPricesAcceptLanguage | str | Unset = "tr",
) -> Response[ErrorEnvelope | MetalPriceListEnvelope]:
    """Product Prices

     Today's price of a gram of each metal the wallets hold, to buy and to
    sell, in `currency` (TRY when absent). Informative: only a price fix
    (`price_token`) holds a price for an order.

    Args:
        currency (PriceCurrency | str | Unset): The currency prices are fixed in.
        api_version (ListProductPricesApiVersion | str | Unset):  Default: '2'.
        x_client_id (str):  Default: 'web'.
        accept_language (ListProductPricesAcceptLanguage | str | Unset):  Default: 'tr'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | MetalPriceListEnvelope]
    """

    kwargs = _get_kwargs(
        currency=currency,
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
    currency: PriceCurrency | str | Unset = UNSET,
    api_version: ListProductPricesApiVersion | str | Unset = "2",
    x_client_id: str = "web",
    accept_language: ListProductPricesAcceptLanguage | str | Unset = "tr",
) -> ErrorEnvelope | MetalPriceListEnvelope | None:
    """Product Prices

     Today's price of a gram of each metal the wallets hold, to buy and to
    sell, in `currency` (TRY when absent). Informative: only a price fix
    (`price_token`) holds a price for an order.

    Args:
        currency (PriceCurrency | str | Unset): The currency prices are fixed in.
        api_version (ListProductPricesApiVersion | str | Unset):  Default: '2'.
        x_client_id (str):  Default: 'web'.
        accept_language (ListProductPricesAcceptLanguage | str | Unset):  Default: 'tr'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | MetalPriceListEnvelope
    """

    return sync_detailed(
        client=client,
        currency=currency,
        api_version=api_version,
        x_client_id=x_client_id,
        accept_language=accept_language,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    currency: PriceCurrency | str | Unset = UNSET,
    api_version: ListProductPricesApiVersion | str | Unset = "2",
    x_client_id: str = "web",
    accept_language: ListProductPricesAcceptLanguage | str | Unset = "tr",
) -> Response[ErrorEnvelope | MetalPriceListEnvelope]:
    """Product Prices

     Today's price of a gram of each metal the wallets hold, to buy and to
    sell, in `currency` (TRY when absent). Informative: only a price fix
    (`price_token`) holds a price for an order.

    Args:
        currency (PriceCurrency | str | Unset): The currency prices are fixed in.
        api_version (ListProductPricesApiVersion | str | Unset):  Default: '2'.
        x_client_id (str):  Default: 'web'.
        accept_language (ListProductPricesAcceptLanguage | str | Unset):  Default: 'tr'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | MetalPriceListEnvelope]
    """

    kwargs = _get_kwargs(
        currency=currency,
        api_version=api_version,
        x_client_id=x_client_id,
        accept_language=accept_language,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    currency: PriceCurrency | str | Unset = UNSET,
    api_version: ListProductPricesApiVersion | str | Unset = "2",
    x_client_id: str = "web",
    accept_language: ListProductPricesAcceptLanguage | str | Unset = "tr",
) -> ErrorEnvelope | MetalPriceListEnvelope | None:
    """Product Prices

     Today's price of a gram of each metal the wallets hold, to buy and to
    sell, in `currency` (TRY when absent). Informative: only a price fix
    (`price_token`) holds a price for an order.

    Args:
        currency (PriceCurrency | str | Unset): The currency prices are fixed in.
        api_version (ListProductPricesApiVersion | str | Unset):  Default: '2'.
        x_client_id (str):  Default: 'web'.
        accept_language (ListProductPricesAcceptLanguage | str | Unset):  Default: 'tr'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | MetalPriceListEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            currency=currency,
            api_version=api_version,
            x_client_id=x_client_id,
            accept_language=accept_language,
        )
    ).parsed
