from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.basket_item_update import BasketItemUpdate
from ...models.error_envelope import ErrorEnvelope
from ...models.order_envelope import OrderEnvelope
from ...models.update_item_accept_language import (
    UpdateItemAcceptLanguage,
)
from ...models.update_item_api_version import UpdateItemApiVersion
from ...types import Response, Unset


def _get_kwargs(
    *,
    body: BasketItemUpdate,
    x_client_id: str = "web",
    api_version: UpdateItemApiVersion | str | Unset = "3",
    accept_language: UpdateItemAcceptLanguage | str | Unset = "tr",
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["x-client-id"] = x_client_id

    if not isinstance(api_version, Unset):
        headers["api-version"] = str(api_version)

    if not isinstance(accept_language, Unset):
        headers["Accept-Language"] = str(accept_language)

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/partner/ecom/basket",
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
    body: BasketItemUpdate,
    x_client_id: str = "web",
    api_version: UpdateItemApiVersion | str | Unset = "3",
    accept_language: UpdateItemAcceptLanguage | str | Unset = "tr",
) -> Response[ErrorEnvelope | OrderEnvelope]:
    """Update Item

     Sets the quantity of one SKU in a basket.

    Args:
        x_client_id (str):  Default: 'web'.
        api_version (UpdateItemApiVersion | str | Unset):  Default: '3'.
        accept_language (UpdateItemAcceptLanguage | str | Unset):  Default: 'tr'.
        body (BasketItemUpdate): Body of Update Item.

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
    body: BasketItemUpdate,
    x_client_id: str = "web",
    api_version: UpdateItemApiVersion | str | Unset = "3",
    accept_language: UpdateItemAcceptLanguage | str | Unset = "tr",
) -> ErrorEnvelope | OrderEnvelope | None:
    """Update Item

     Sets the quantity of one SKU in a basket.

    Args:
        x_client_id (str):  Default: 'web'.
        api_version (UpdateItemApiVersion | str | Unset):  Default: '3'.
        accept_language (UpdateItemAcceptLanguage | str | Unset):  Default: 'tr'.
        body (BasketItemUpdate): Body of Update Item.

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
    body: BasketItemUpdate,
    x_client_id: str = "web",
    api_version: UpdateItemApiVersion | str | Unset = "3",
    accept_language: UpdateItemAcceptLanguage | str | Unset = "tr",
) -> Response[ErrorEnvelope | OrderEnvelope]:
    """Update Item

     Sets the quantity of one SKU in a basket.

    Args:
        x_client_id (str):  Default: 'web'.
        api_version (UpdateItemApiVersion | str | Unset):  Default: '3'.
        accept_language (UpdateItemAcceptLanguage | str | Unset):  Default: 'tr'.
        body (BasketItemUpdate): Body of Update Item.

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
    body: BasketItemUpdate,
    x_client_id: str = "web",
    api_version: UpdateItemApiVersion | str | Unset = "3",
    accept_language: UpdateItemAcceptLanguage | str | Unset = "tr",
) -> ErrorEnvelope | OrderEnvelope | None:
    """Update Item

     Sets the quantity of one SKU in a basket.

    Args:
        x_client_id (str):  Default: 'web'.
        api_version (UpdateItemApiVersion | str | Unset):  Default: '3'.
        accept_language (UpdateItemAcceptLanguage | str | Unset):  Default: 'tr'.
        body (BasketItemUpdate): Body of Update Item.

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
