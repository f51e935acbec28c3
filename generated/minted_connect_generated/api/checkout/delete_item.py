from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.basket_item_removal import BasketItemRemoval
from ...models.delete_item_accept_language import (
    DeleteItemAcceptLanguage,
)
from ...models.delete_item_api_version import DeleteItemApiVersion
from ...models.error_envelope import ErrorEnvelope
from ...models.order_envelope import OrderEnvelope
from ...types import Response, Unset


def _get_kwargs(
    *,
    body: BasketItemRemoval,
    x_client_id: str = "web",
    api_version: DeleteItemApiVersion | str | Unset = "3",
    accept_language: DeleteItemAcceptLanguage | str | Unset = "tr",
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["x-client-id"] = x_client_id

    if not isinstance(api_version, Unset):
        headers["api-version"] = str(api_version)

    if not isinstance(accept_language, Unset):
        headers["Accept-Language"] = str(accept_language)

    _kwargs: dict[str, Any] = {
        "method": "delete",
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
    body: BasketItemRemoval,
    x_client_id: str = "web",
    api_version: DeleteItemApiVersion | str | Unset = "3",
    accept_language: DeleteItemAcceptLanguage | str | Unset = "tr",
) -> Response[ErrorEnvelope | OrderEnvelope]:
    """Delete Item

     Removes one SKU from a basket.

    Args:
        x_client_id (str):  Default: 'web'.
        api_version (DeleteItemApiVersion | str | Unset):  Default: '3'.
        accept_language (DeleteItemAcceptLanguage | str | Unset):  Default: 'tr'.
        body (BasketItemRemoval): Body of Delete Item.

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
    body: BasketItemRemoval,
    x_client_id: str = "web",
    api_version: DeleteItemApiVersion | str | Unset = "3",
    accept_language: DeleteItemAcceptLanguage | str | Unset = "tr",
) -> ErrorEnvelope | OrderEnvelope | None:
    """Delete Item

     Removes one SKU from a basket.

    Args:
        x_client_id (str):  Default: 'web'.
        api_version (DeleteItemApiVersion | str | Unset):  Default: '3'.
        accept_language (DeleteItemAcceptLanguage | str | Unset):  Default: 'tr'.
        body (BasketItemRemoval): Body of Delete Item.

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
    body: BasketItemRemoval,
    x_client_id: str = "web",
    api_version: DeleteItemApiVersion | str | Unset = "3",
    accept_language: DeleteItemAcceptLanguage | str | Unset = "tr",
) -> Response[ErrorEnvelope | OrderEnvelope]:
    """Delete Item

     Removes one SKU from a basket.

    Args:
        x_client_id (str):  Default: 'web'.
        api_version (DeleteItemApiVersion | str | Unset):  Default: '3'.
        accept_language (DeleteItemAcceptLanguage | str | Unset):  Default: 'tr'.
        body (BasketItemRemoval): Body of Delete Item.

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
    body: BasketItemRemoval,
    x_client_id: str = "web",
    api_version: DeleteItemApiVersion | str | Unset = "3",
    accept_language: DeleteItemAcceptLanguage | str | Unset = "tr",
) -> ErrorEnvelope | OrderEnvelope | None:
    """Delete Item

     Removes one SKU from a basket.

    Args:
        x_client_id (str):  Default: 'web'.
        api_version (DeleteItemApiVersion | str | Unset):  Default: '3'.
        accept_language (DeleteItemAcceptLanguage | str | Unset):  Default: 'tr'.
        body (BasketItemRemoval): Body of Delete Item.

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
