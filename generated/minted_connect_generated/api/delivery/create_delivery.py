from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_delivery_accept_language import (
    CreateDeliveryAcceptLanguage,
)
from ...models.create_delivery_api_version import (
    CreateDeliveryApiVersion,
)
from ...models.delivery_order_envelope import DeliveryOrderEnvelope
from ...models.delivery_order_request import DeliveryOrderRequest
from ...models.error_envelope import ErrorEnvelope
from ...types import Response, Unset


def _get_kwargs(
    *,
    body: DeliveryOrderRequest,
    api_version: CreateDeliveryApiVersion | str | Unset = "2",
    x_client_id: str = "web",
    accept_language: CreateDeliveryAcceptLanguage | str | Unset = "tr",
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(api_version, Unset):
        headers["api-version"] = str(api_version)

    headers["x-client-id"] = x_client_id

    if not isinstance(accept_language, Unset):
        headers["Accept-Language"] = str(accept_language)

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/partner/delivery/create",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DeliveryOrderEnvelope | ErrorEnvelope | None:
    if response.status_code == 200:
        response_200 = DeliveryOrderEnvelope.from_dict(response.json())

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
) -> Response[DeliveryOrderEnvelope | ErrorEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: DeliveryOrderRequest,
    api_version: CreateDeliveryApiVersion | str | Unset = "2",
    x_client_id: str = "web",
    accept_language: CreateDeliveryAcceptLanguage | str | Unset = "tr",
) -> Response[DeliveryOrderEnvelope | ErrorEnvelope]:
    """Delivery - Create (Pay With Cash, Pay With Card Payment)

     Orders the delivery of `amount` grams of the metal `sku` (`GAU`,
    `GAG`, ...) from the customer's wallet to `address.shipping`: an order
    of type `Delivery` (Get Order finds it), paid from the cash (TRY)
    wallet or by card (`payment_type: creditcard` and `payment`, as Buy;
    with `installment`, as the Bin Query says). The grams are blocked on
    the metal wallet (Customer Balance shows them in `blocked`; they
    cannot be sold) until the bars ship; shipping takes them from the
    wallet. Answers the new order as the page's example shows it.

    Args:
        api_version (CreateDeliveryApiVersion | str | Unset):  Default: '2'.
        x_client_id (str):  Default: 'web'.
        accept_language (CreateDeliveryAcceptLanguage | str | Unset):  Default: 'tr'.
        body (DeliveryOrderRequest): Body of Delivery - Create (paid from the cash wallet, or by
            card with `payment_type` and `payment`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeliveryOrderEnvelope | ErrorEnvelope]
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
    body: DeliveryOrderRequest,
    api_version: CreateDeliveryApiVersion | str | Unset = "2",
    x_client_id: str = "web",
    accept_language: CreateDeliveryAcceptLanguage | str | Unset = "tr",
) -> DeliveryOrderEnvelope | ErrorEnvelope | None:
    """Delivery - Create (Pay With Cash, Pay With Card Payment)

     Orders the delivery of `amount` grams of the metal `sku` (`GAU`,
    `GAG`, ...) from the customer's wallet to `address.shipping`: an order
    of type `Delivery` (Get Order finds it), paid from the cash (TRY)
    wallet or by card (`payment_type: creditcard` and `payment`, as Buy;
    with `installment`, as the Bin Query says). The grams are blocked on
    the metal wallet (Customer Balance shows them in `blocked`; they
    cannot be sold) until the bars ship; shipping takes them from the
    wallet. Answers the new order as the page's example shows it.

    Args:
        api_version (CreateDeliveryApiVersion | str | Unset):  Default: '2'.
        x_client_id (str):  Default: 'web'.
        accept_language (CreateDeliveryAcceptLanguage | str | Unset):  Default: 'tr'.
        body (DeliveryOrderRequest): Body of Delivery - Create (paid from the cash wallet, or by
            card with `payment_type` and `payment`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeliveryOrderEnvelope | ErrorEnvelope
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
    body: DeliveryOrderRequest,
    api_version: CreateDeliveryApiVersion | str | Unset = "2",
    x_client_id: str = "web",
    accept_language: CreateDeliveryAcceptLanguage | str | Unset = "tr",
) -> Response[DeliveryOrderEnvelope | ErrorEnvelope]:
    """Delivery - Create (Pay With Cash, Pay With Card Payment)

     Orders the delivery of `amount` grams of the metal `sku` (`GAU`,
    `GAG`, ...) from the customer's wallet to `address.shipping`: an order
    of type `Delivery` (Get Order finds it), paid from the cash (TRY)
    wallet or by card (`payment_type: creditcard` and `payment`, as Buy;
    with `installment`, as the Bin Query says). The grams are blocked on
    the metal wallet (Customer Balance shows them in `blocked`; they
    cannot be sold) until the bars ship; shipping takes them from the
    wallet. Answers the new order as the page's example shows it.

    Args:
        api_version (CreateDeliveryApiVersion | str | Unset):  Default: '2'.
        x_client_id (str):  Default: 'web'.
        accept_language (CreateDeliveryAcceptLanguage | str | Unset):  Default: 'tr'.
        body (DeliveryOrderRequest): Body of Delivery - Create (paid from the cash wallet, or by
            card with `payment_type` and `payment`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeliveryOrderEnvelope | ErrorEnvelope]
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
    body: DeliveryOrderRequest,
    api_version: CreateDeliveryApiVersion | str | Unset = "2",
    x_client_id: str = "web",
    accept_language: CreateDeliveryAcceptLanguage | str | Unset = "tr",
) -> DeliveryOrderEnvelope | ErrorEnvelope | None:
    """Delivery - Create (Pay With Cash, Pay With Card Payment)

     Orders the delivery of `amount` grams of the metal `sku` (`GAU`,
    `GAG`, ...) from the customer's wallet to `address.shipping`: an order
    of type `Delivery` (Get Order finds it), paid from the cash (TRY)
    wallet or by card (`payment_type: creditcard` and `payment`, as Buy;
    with `installment`, as the Bin Query says). The grams are blocked on
    the metal wallet (Customer Balance shows them in `blocked`; they
    cannot be sold) until the bars ship; shipping takes them from the
    wallet. Answers the new order as the page's example shows it.

    Args:
        api_version (CreateDeliveryApiVersion | str | Unset):  Default: '2'.
        x_client_id (str):  Default: 'web'.
        accept_language (CreateDeliveryAcceptLanguage | str | Unset):  Default: 'tr'.
        body (DeliveryOrderRequest): Body of Delivery - Create (paid from the cash wallet, or by
            card with `payment_type` and `payment`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeliveryOrderEnvelope | ErrorEnvelope
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
