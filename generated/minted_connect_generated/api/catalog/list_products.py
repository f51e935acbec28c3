from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.list_products_accept_language import (
    ListProductsAcceptLanguage,
)
from ...models.list_products_api_version import (
    ListProductsApiVersion,
)
from ...models.product_page_envelope import ProductPageEnvelope
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    page: int = 1,
    total: int = 10,
    api_version: ListProductsApiVersion | str | Unset = "2",
    x_client_id: str = "web",
    accept_language: ListProductsAcceptLanguage | str | Unset = "tr",
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(api_version, Unset):
        headers["api-version"] = str(api_version)

    headers["x-client-id"] = x_client_id

    if not isinstance(accept_language, Unset):
        headers["Accept-Language"] = str(accept_language)

    params: dict[str, Any] = {}

    params["page"] = page

    params["total"] = total

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/partner/ecom/products",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | ProductPageEnvelope | None:
    if response.status_code == 200:
        response_200 = ProductPageEnvelope.from_dict(response.json())

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
) -> Response[ErrorEnvelope | ProductPageEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    page: int = 1,
    total: int = 10,
    api_version: ListProductsApiVersion | str | Unset = "2",
    x_client_id: str = "web",
    accept_language: ListProductsAcceptLanguage | str | Unset = "tr",
) -> Response[ErrorEnvelope | ProductPageEnvelope]:
    """Products

     The catalog of gold and silver bars, as a Laravel paginator.

    Args:
        page (int):  Default: 1.
        total (int):  Default: 10.
        api_version (ListProductsApiVersion | str | Unset):  Default: '2'.
        x_client_id (str):  Default: 'web'.
        accept_language (ListProductsAcceptLanguage | str | Unset):  Default: 'tr'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | ProductPageEnvelope]
    """

    kwargs = _get_kwargs(
        page=page,
        total=total,
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
    page: int = 1,
    total: int = 10,
    api_version: ListProductsApiVersion | str | Unset = "2",
    x_client_id: str = "web",
    accept_language: ListProductsAcceptLanguage | str | Unset = "tr",
) -> ErrorEnvelope | ProductPageEnvelope | None:
    """Products

     The catalog of gold and silver bars, as a Laravel paginator.

    Args:
        page (int):  Default: 1.
        total (int):  Default: 10.
        api_version (ListProductsApiVersion | str | Unset):  Default: '2'.
        x_client_id (str):  Default: 'web'.
        accept_language (ListProductsAcceptLanguage | str | Unset):  Default: 'tr'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | ProductPageEnvelope
    """

    return sync_detailed(
        client=client,
        page=page,
        total=total,
        api_version=api_version,
        x_client_id=x_client_id,
        accept_language=accept_language,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    page: int = 1,
    total: int = 10,
    api_version: ListProductsApiVersion | str | Unset = "2",
    x_client_id: str = "web",
    accept_language: ListProductsAcceptLanguage | str | Unset = "tr",
) -> Response[ErrorEnvelope | ProductPageEnvelope]:
    """Products

     The catalog of gold and silver bars, as a Laravel paginator.

    Args:
        page (int):  Default: 1.
        total (int):  Default: 10.
        api_version (ListProductsApiVersion | str | Unset):  Default: '2'.
        x_client_id (str):  Default: 'web'.
        accept_language (ListProductsAcceptLanguage | str | Unset):  Default: 'tr'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | ProductPageEnvelope]
    """

    kwargs = _get_kwargs(
        page=page,
        total=total,
        api_version=api_version,
        x_client_id=x_client_id,
        accept_language=accept_language,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    page: int = 1,
    total: int = 10,
    api_version: ListProductsApiVersion | str | Unset = "2",
    x_client_id: str = "web",
    accept_language: ListProductsAcceptLanguage | str | Unset = "tr",
) -> ErrorEnvelope | ProductPageEnvelope | None:
    """Products

     The catalog of gold and silver bars, as a Laravel paginator.

    Args:
        page (int):  Default: 1.
        total (int):  Default: 10.
        api_version (ListProductsApiVersion | str | Unset):  Default: '2'.
        x_client_id (str):  Default: 'web'.
        accept_language (ListProductsAcceptLanguage | str | Unset):  Default: 'tr'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | ProductPageEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            page=page,
            total=total,
            api_version=api_version,
            x_client_id=x_client_id,
            accept_language=accept_language,
        )
    ).parsed
