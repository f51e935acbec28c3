from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.walletable_get_order_invoice_accept_language import (
    WalletableGetOrderInvoiceAcceptLanguage,
)
from ...models.walletable_get_order_invoice_api_version import (
    WalletableGetOrderInvoiceApiVersion,
)
from ...models.walletable_invoice_envelope import WalletableInvoiceEnvelope
from ...types import Response, Unset


def _get_kwargs(
    external_order_id: str,
    *,
    api_version: WalletableGetOrderInvoiceApiVersion | str | Unset = "2",
    x_client_id: str = "web",
    accept_language: WalletableGetOrderInvoiceAcceptLanguage | str | Unset = "tr",
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(api_version, Unset):
        headers["api-version"] = str(api_version)

    headers["x-client-id"] = x_client_id

    if not isinstance(accept_language, Unset):
        headers["Accept-Language"] = str(accept_language)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/partner/order/{external_order_id}/invoice".format(
            external_order_id=quote(str(external_order_id), safe=""),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | WalletableInvoiceEnvelope | None:
    if response.status_code == 200:
        response_200 = WalletableInvoiceEnvelope.from_dict(response.json())

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
) -> Response[ErrorEnvelope | WalletableInvoiceEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    external_order_id: str,
    *,
    client: AuthenticatedClient | Client,
    api_version: WalletableGetOrderInvoiceApiVersion | str | Unset = "2",
    x_client_id: str = "web",
    accept_language: WalletableGetOrderInvoiceAcceptLanguage | str | Unset = "tr",
) -> Response[ErrorEnvelope | WalletableInvoiceEnvelope]:
    """Get Order Invoice (Walletable)

     The invoice of a completed Walletable order, named by the order's `guid`.

    Args:
        external_order_id (str):
        api_version (WalletableGetOrderInvoiceApiVersion | str | Unset):  Default: '2'.
        x_client_id (str):  Default: 'web'.
        accept_language (WalletableGetOrderInvoiceAcceptLanguage | str | Unset):  Default: 'tr'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | WalletableInvoiceEnvelope]
    """

    kwargs = _get_kwargs(
        external_order_id=external_order_id,
        api_version=api_version,
        x_client_id=x_client_id,
        accept_language=accept_language,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    external_order_id: str,
    *,
    client: AuthenticatedClient | Client,
    api_version: WalletableGetOrderInvoiceApiVersion | str | Unset = "2",
    x_client_id: str = "web",
    accept_language: WalletableGetOrderInvoiceAcceptLanguage | str | Unset = "tr",
) -> ErrorEnvelope | WalletableInvoiceEnvelope | None:
    """Get Order Invoice (Walletable)

     The invoice of a completed Walletable order, named by the order's `guid`.

    Args:
        external_order_id (str):
        api_version (WalletableGetOrderInvoiceApiVersion | str | Unset):  Default: '2'.
        x_client_id (str):  Default: 'web'.
        accept_language (WalletableGetOrderInvoiceAcceptLanguage | str | Unset):  Default: 'tr'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | WalletableInvoiceEnvelope
    """

    return sync_detailed(
        external_order_id=external_order_id,
        client=client,
        api_version=api_version,
        x_client_id=x_client_id,
        accept_language=accept_language,
    ).parsed


async def asyncio_detailed(
    external_order_id: str,
    *,
    client: AuthenticatedClient | Client,
    api_version: WalletableGetOrderInvoiceApiVersion | str | Unset = "2",
    x_client_id: str = "web",
    accept_language: WalletableGetOrderInvoiceAcceptLanguage | str | Unset = "tr",
) -> Response[ErrorEnvelope | WalletableInvoiceEnvelope]:
    """Get Order Invoice (Walletable)

     The invoice of a completed Walletable order, named by the order's `guid`.

    Args:
        external_order_id (str):
        api_version (WalletableGetOrderInvoiceApiVersion | str | Unset):  Default: '2'.
        x_client_id (str):  Default: 'web'.
        accept_language (WalletableGetOrderInvoiceAcceptLanguage | str | Unset):  Default: 'tr'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | WalletableInvoiceEnvelope]
    """

    kwargs = _get_kwargs(
        external_order_id=external_order_id,
        api_version=api_version,
        x_client_id=x_client_id,
        accept_language=accept_language,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    external_order_id: str,
    *,
    client: AuthenticatedClient | Client,
    api_version: WalletableGetOrderInvoiceApiVersion | str | Unset = "2",
    x_client_id: str = "web",
    accept_language: WalletableGetOrderInvoiceAcceptLanguage | str | Unset = "tr",
) -> ErrorEnvelope | WalletableInvoiceEnvelope | None:
    """Get Order Invoice (Walletable)

     The invoice of a completed Walletable order, named by the order's `guid`.

    Args:
        external_order_id (str):
        api_version (WalletableGetOrderInvoiceApiVersion | str | Unset):  Default: '2'.
        x_client_id (str):  Default: 'web'.
        accept_language (WalletableGetOrderInvoiceAcceptLanguage | str | Unset):  Default: 'tr'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | WalletableInvoiceEnvelope
    """

    return (
        await asyncio_detailed(
            external_order_id=external_order_id,
            client=client,
            api_version=api_version,
            x_client_id=x_client_id,
            accept_language=accept_language,
        )
    ).parsed
