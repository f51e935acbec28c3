import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.list_wallet_orders_accept_language import (
    ListWalletOrdersAcceptLanguage,
)
from ...models.list_wallet_orders_api_version import (
    ListWalletOrdersApiVersion,
)
from ...models.order_status_name import OrderStatusName
from ...models.wallet_order_page_envelope import WalletOrderPageEnvelope
from ...models.wallet_order_type import WalletOrderType
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    page: int | Unset = 1,
    total: int | Unset = 10,
    customer_external_id: str | Unset = UNSET,
    type_: WalletOrderType | str | Unset = UNSET,
    status: OrderStatusName | str | Unset = UNSET,
    start_date: datetime.date | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
    api_version: ListWalletOrdersApiVersion | str | Unset = "2",
    x_client_id: str = "web",
    accept_language: ListWalletOrdersAcceptLanguage | str | Unset = "tr",
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

    params["customer_external_id"] = customer_external_id

    json_type_: str | Unset = UNSET
    if not isinstance(type_, Unset):
        json_type_ = type_

    params["type"] = json_type_

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status

    params["status"] = json_status

    json_start_date: str | Unset = UNSET
    if not isinstance(start_date, Unset):
        json_start_date = start_date.isoformat()
    params["startDate"] = json_start_date

    json_end_date: str | Unset = UNSET
    if not isinstance(end_date, Unset):
        json_end_date = end_date.isoformat()
    params["endDate"] = json_end_date

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/partner/orders",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | WalletOrderPageEnvelope | None:
    if response.status_code == 200:
        response_200 = WalletOrderPageEnvelope.from_dict(response.json())

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
) -> Response[ErrorEnvelope | WalletOrderPageEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    total: int | Unset = 10,
    customer_external_id: str | Unset = UNSET,
    type_: WalletOrderType | str | Unset = UNSET,
    status: OrderStatusName | str | Unset = UNSET,
    start_date: datetime.date | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
    api_version: ListWalletOrdersApiVersion | str | Unset = "2",
    x_client_id: str = "web",
    accept_language: ListWalletOrdersAcceptLanguage | str | Unset = "tr",
) -> Response[ErrorEnvelope | WalletOrderPageEnvelope]:
    """Get Orders

     Buy, sell and delivery orders of the wallets, newest first, filtered and
    paged (a Laravel paginator, as the E-Commerce Get Orders). `startDate`
    and `endDate` each bound the order's day on their own, inclusive.

    Args:
        page (int | Unset):  Default: 1.
        total (int | Unset):  Default: 10.
        customer_external_id (str | Unset):
        type_ (WalletOrderType | str | Unset): What an order of the wallets did.
        status (OrderStatusName | str | Unset):
        start_date (datetime.date | Unset):
        end_date (datetime.date | Unset):
        api_version (ListWalletOrdersApiVersion | str | Unset):  Default: '2'.
        x_client_id (str):  Default: 'web'.
        accept_language (ListWalletOrdersAcceptLanguage | str | Unset):  Default: 'tr'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | WalletOrderPageEnvelope]
    """

    kwargs = _get_kwargs(
        page=page,
        total=total,
        customer_external_id=customer_external_id,
        type_=type_,
        status=status,
        start_date=start_date,
        end_date=end_date,
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
    page: int | Unset = 1,
    total: int | Unset = 10,
    customer_external_id: str | Unset = UNSET,
    type_: WalletOrderType | str | Unset = UNSET,
    status: OrderStatusName | str | Unset = UNSET,
    start_date: datetime.date | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
    api_version: ListWalletOrdersApiVersion | str | Unset = "2",
    x_client_id: str = "web",
    accept_language: ListWalletOrdersAcceptLanguage | str | Unset = "tr",
) -> ErrorEnvelope | WalletOrderPageEnvelope | None:
    """Get Orders

     Buy, sell and delivery orders of the wallets, newest first, filtered and
    paged (a Laravel paginator, as the E-Commerce Get Orders). `startDate`
    and `endDate` each bound the order's day on their own, inclusive.

    Args:
        page (int | Unset):  Default: 1.
        total (int | Unset):  Default: 10.
        customer_external_id (str | Unset):
        type_ (WalletOrderType | str | Unset): What an order of the wallets did.
        status (OrderStatusName | str | Unset):
        start_date (datetime.date | Unset):
        end_date (datetime.date | Unset):
        api_version (ListWalletOrdersApiVersion | str | Unset):  Default: '2'.
        x_client_id (str):  Default: 'web'.
        accept_language (ListWalletOrdersAcceptLanguage | str | Unset):  Default: 'tr'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | WalletOrderPageEnvelope
    """

    return sync_detailed(
        client=client,
        page=page,
        total=total,
        customer_external_id=customer_external_id,
        type_=type_,
        status=status,
        start_date=start_date,
        end_date=end_date,
        api_version=api_version,
        x_client_id=x_client_id,
        accept_language=accept_language,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    total: int | Unset = 10,
    customer_external_id: str | Unset = UNSET,
    type_: WalletOrderType | str | Unset = UNSET,
    status: OrderStatusName | str | Unset = UNSET,
    start_date: datetime.date | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
    api_version: ListWalletOrdersApiVersion | str | Unset = "2",
    x_client_id: str = "web",
    accept_language: ListWalletOrdersAcceptLanguage | str | Unset = "tr",
) -> Response[ErrorEnvelope | WalletOrderPageEnvelope]:
    """Get Orders

     Buy, sell and delivery orders of the wallets, newest first, filtered and
    paged (a Laravel paginator, as the E-Commerce Get Orders). `startDate`
    and `endDate` each bound the order's day on their own, inclusive.

    Args:
        page (int | Unset):  Default: 1.
        total (int | Unset):  Default: 10.
        customer_external_id (str | Unset):
        type_ (WalletOrderType | str | Unset): What an order of the wallets did.
        status (OrderStatusName | str | Unset):
        start_date (datetime.date | Unset):
        end_date (datetime.date | Unset):
        api_version (ListWalletOrdersApiVersion | str | Unset):  Default: '2'.
        x_client_id (str):  Default: 'web'.
        accept_language (ListWalletOrdersAcceptLanguage | str | Unset):  Default: 'tr'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | WalletOrderPageEnvelope]
    """

    kwargs = _get_kwargs(
        page=page,
        total=total,
        customer_external_id=customer_external_id,
        type_=type_,
        status=status,
        start_date=start_date,
        end_date=end_date,
        api_version=api_version,
        x_client_id=x_client_id,
        accept_language=accept_language,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    total: int | Unset = 10,
    customer_external_id: str | Unset = UNSET,
    type_: WalletOrderType | str | Unset = UNSET,
    status: OrderStatusName | str | Unset = UNSET,
    start_date: datetime.date | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
    api_version: ListWalletOrdersApiVersion | str | Unset = "2",
    x_client_id: str = "web",
    accept_language: ListWalletOrdersAcceptLanguage | str | Unset = "tr",
) -> ErrorEnvelope | WalletOrderPageEnvelope | None:
    """Get Orders

     Buy, sell and delivery orders of the wallets, newest first, filtered and
    paged (a Laravel paginator, as the E-Commerce Get Orders). `startDate`
    and `endDate` each bound the order's day on their own, inclusive.

    Args:
        page (int | Unset):  Default: 1.
        total (int | Unset):  Default: 10.
        customer_external_id (str | Unset):
        type_ (WalletOrderType | str | Unset): What an order of the wallets did.
        status (OrderStatusName | str | Unset):
        start_date (datetime.date | Unset):
        end_date (datetime.date | Unset):
        api_version (ListWalletOrdersApiVersion | str | Unset):  Default: '2'.
        x_client_id (str):  Default: 'web'.
        accept_language (ListWalletOrdersAcceptLanguage | str | Unset):  Default: 'tr'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | WalletOrderPageEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            page=page,
            total=total,
            customer_external_id=customer_external_id,
            type_=type_,
            status=status,
            start_date=start_date,
            end_date=end_date,
            api_version=api_version,
            x_client_id=x_client_id,
            accept_language=accept_language,
        )
    ).parsed
