import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.basket_page_envelope import BasketPageEnvelope
from ...models.error_envelope import ErrorEnvelope
from ...models.list_orders_accept_language import (
    ListOrdersAcceptLanguage,
)
from ...models.list_orders_api_version import ListOrdersApiVersion
from ...models.list_orders_sort_by import ListOrdersSortBy
from ...models.list_orders_sort_type import ListOrdersSortType
from ...models.order_status_name import OrderStatusName
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    page: int | Unset = 1,
    total: int | Unset = 10,
    customer_external_id: str | Unset = UNSET,
    sku: str | Unset = UNSET,
    sort_by: ListOrdersSortBy | str | Unset = "created_at",
    sort_type: ListOrdersSortType | str | Unset = "desc",
    status: OrderStatusName | str | Unset = UNSET,
    start_date: datetime.date | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
    api_version: ListOrdersApiVersion | str | Unset = "2",
    x_client_id: str = "web",
    accept_language: ListOrdersAcceptLanguage | str | Unset = "tr",
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

    params["sku"] = sku

    json_sort_by: str | Unset = UNSET
    if not isinstance(sort_by, Unset):
        json_sort_by = sort_by

    params["sortBy"] = json_sort_by

    json_sort_type: str | Unset = UNSET
    if not isinstance(sort_type, Unset):
        json_sort_type = sort_type

    params["sortType"] = json_sort_type

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
        "url": "/partner/ecom/orders",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BasketPageEnvelope | ErrorEnvelope | None:
    if response.status_code == 200:
        response_200 = BasketPageEnvelope.from_dict(response.json())

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
) -> Response[BasketPageEnvelope | ErrorEnvelope]:
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
    sku: str | Unset = UNSET,
    sort_by: ListOrdersSortBy | str | Unset = "created_at",
    sort_type: ListOrdersSortType | str | Unset = "desc",
    status: OrderStatusName | str | Unset = UNSET,
    start_date: datetime.date | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
    api_version: ListOrdersApiVersion | str | Unset = "2",
    x_client_id: str = "web",
    accept_language: ListOrdersAcceptLanguage | str | Unset = "tr",
) -> Response[BasketPageEnvelope | ErrorEnvelope]:
    """Get Orders

     Completed orders (not baskets), filtered, sorted and paged. With the
    partner's Digest credentials: every customer's orders. With a customer
    token (Embedded Webview): only that customer's; a `customer_external_id`
    naming anyone else answers an empty page.

    Args:
        page (int | Unset):  Default: 1.
        total (int | Unset):  Default: 10.
        customer_external_id (str | Unset):
        sku (str | Unset):
        sort_by (ListOrdersSortBy | str | Unset):  Default: 'created_at'.
        sort_type (ListOrdersSortType | str | Unset):  Default: 'desc'.
        status (OrderStatusName | str | Unset):
        start_date (datetime.date | Unset):
        end_date (datetime.date | Unset):
        api_version (ListOrdersApiVersion | str | Unset):  Default: '2'.
        x_client_id (str):  Default: 'web'.
        accept_language (ListOrdersAcceptLanguage | str | Unset):  Default: 'tr'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BasketPageEnvelope | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        page=page,
        total=total,
        customer_external_id=customer_external_id,
        sku=sku,
        sort_by=sort_by,
        sort_type=sort_type,
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
    sku: str | Unset = UNSET,
    sort_by: ListOrdersSortBy | str | Unset = "created_at",
    sort_type: ListOrdersSortType | str | Unset = "desc",
    status: OrderStatusName | str | Unset = UNSET,
    start_date: datetime.date | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
    api_version: ListOrdersApiVersion | str | Unset = "2",
    x_client_id: str = "web",
    accept_language: ListOrdersAcceptLanguage | str | Unset = "tr",
) -> BasketPageEnvelope | ErrorEnvelope | None:
    """Get Orders

     Completed orders (not baskets), filtered, sorted and paged. With the
    partner's Digest credentials: every customer's orders. With a customer
    token (Embedded Webview): only that customer's; a `customer_external_id`
    naming anyone else answers an empty page.

    Args:
        page (int | Unset):  Default: 1.
        total (int | Unset):  Default: 10.
        customer_external_id (str | Unset):
        sku (str | Unset):
        sort_by (ListOrdersSortBy | str | Unset):  Default: 'created_at'.
        sort_type (ListOrdersSortType | str | Unset):  Default: 'desc'.
        status (OrderStatusName | str | Unset):
        start_date (datetime.date | Unset):
        end_date (datetime.date | Unset):
        api_version (ListOrdersApiVersion | str | Unset):  Default: '2'.
        x_client_id (str):  Default: 'web'.
        accept_language (ListOrdersAcceptLanguage | str | Unset):  Default: 'tr'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BasketPageEnvelope | ErrorEnvelope
    """

    return sync_detailed(
        client=client,
        page=page,
        total=total,
        customer_external_id=customer_external_id,
        sku=sku,
        sort_by=sort_by,
        sort_type=sort_type,
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
    sku: str | Unset = UNSET,
    sort_by: ListOrdersSortBy | str | Unset = "created_at",
    sort_type: ListOrdersSortType | str | Unset = "desc",
    status: OrderStatusName | str | Unset = UNSET,
    start_date: datetime.date | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
    api_version: ListOrdersApiVersion | str | Unset = "2",
    x_client_id: str = "web",
    accept_language: ListOrdersAcceptLanguage | str | Unset = "tr",
) -> Response[BasketPageEnvelope | ErrorEnvelope]:
    """Get Orders

     Completed orders (not baskets), filtered, sorted and paged. With the
    partner's Digest credentials: every customer's orders. With a customer
    token (Embedded Webview): only that customer's; a `customer_external_id`
    naming anyone else answers an empty page.

    Args:
        page (int | Unset):  Default: 1.
        total (int | Unset):  Default: 10.
        customer_external_id (str | Unset):
        sku (str | Unset):
        sort_by (ListOrdersSortBy | str | Unset):  Default: 'created_at'.
        sort_type (ListOrdersSortType | str | Unset):  Default: 'desc'.
        status (OrderStatusName | str | Unset):
        start_date (datetime.date | Unset):
        end_date (datetime.date | Unset):
        api_version (ListOrdersApiVersion | str | Unset):  Default: '2'.
        x_client_id (str):  Default: 'web'.
        accept_language (ListOrdersAcceptLanguage | str | Unset):  Default: 'tr'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BasketPageEnvelope | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        page=page,
        total=total,
        customer_external_id=customer_external_id,
        sku=sku,
        sort_by=sort_by,
        sort_type=sort_type,
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
    sku: str | Unset = UNSET,
    sort_by: ListOrdersSortBy | str | Unset = "created_at",
    sort_type: ListOrdersSortType | str | Unset = "desc",
    status: OrderStatusName | str | Unset = UNSET,
    start_date: datetime.date | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
    api_version: ListOrdersApiVersion | str | Unset = "2",
    x_client_id: str = "web",
    accept_language: ListOrdersAcceptLanguage | str | Unset = "tr",
) -> BasketPageEnvelope | ErrorEnvelope | None:
    """Get Orders

     Completed orders (not baskets), filtered, sorted and paged. With the
    partner's Digest credentials: every customer's orders. With a customer
    token (Embedded Webview): only that customer's; a `customer_external_id`
    naming anyone else answers an empty page.

    Args:
        page (int | Unset):  Default: 1.
        total (int | Unset):  Default: 10.
        customer_external_id (str | Unset):
        sku (str | Unset):
        sort_by (ListOrdersSortBy | str | Unset):  Default: 'created_at'.
        sort_type (ListOrdersSortType | str | Unset):  Default: 'desc'.
        status (OrderStatusName | str | Unset):
        start_date (datetime.date | Unset):
        end_date (datetime.date | Unset):
        api_version (ListOrdersApiVersion | str | Unset):  Default: '2'.
        x_client_id (str):  Default: 'web'.
        accept_language (ListOrdersAcceptLanguage | str | Unset):  Default: 'tr'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BasketPageEnvelope | ErrorEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            page=page,
            total=total,
            customer_external_id=customer_external_id,
            sku=sku,
            sort_by=sort_by,
            sort_type=sort_type,
            status=status,
            start_date=start_date,
            end_date=end_date,
            api_version=api_version,
            x_client_id=x_client_id,
            accept_language=accept_language,
        )
    ).parsed
