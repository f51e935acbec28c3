import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.basket_page_envelope import BasketPageEnvelope
from ...models.error_envelope import ErrorEnvelope
from ...models.list_incomplete_baskets_accept_language import (
    ListIncompleteBasketsAcceptLanguage,
)
from ...models.list_incomplete_baskets_api_version import (
    ListIncompleteBasketsApiVersion,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    customer_external_id: str,
    page: int | Unset = 1,
    total: int | Unset = 10,
    start_date: datetime.date | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
    card_bin: str | Unset = UNSET,
    x_client_id: str = "web",
    api_version: ListIncompleteBasketsApiVersion | str | Unset = "3",
    accept_language: ListIncompleteBasketsAcceptLanguage | str | Unset = "tr",
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["x-client-id"] = x_client_id

    if not isinstance(api_version, Unset):
        headers["api-version"] = str(api_version)

    if not isinstance(accept_language, Unset):
        headers["Accept-Language"] = str(accept_language)

    params: dict[str, Any] = {}

    params["customer_external_id"] = customer_external_id

    params["page"] = page

    params["total"] = total

    json_start_date: str | Unset = UNSET
    if not isinstance(start_date, Unset):
        json_start_date = start_date.isoformat()
    params["startDate"] = json_start_date

    json_end_date: str | Unset = UNSET
    if not isinstance(end_date, Unset):
        json_end_date = end_date.isoformat()
    params["endDate"] = json_end_date

    params["card_bin"] = card_bin

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/partner/ecom/baskets",
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
    customer_external_id: str,
    page: int | Unset = 1,
    total: int | Unset = 10,
    start_date: datetime.date | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
    card_bin: str | Unset = UNSET,
    x_client_id: str = "web",
    api_version: ListIncompleteBasketsApiVersion | str | Unset = "3",
    accept_language: ListIncompleteBasketsAcceptLanguage | str | Unset = "tr",
) -> Response[BasketPageEnvelope | ErrorEnvelope]:
    """Get Incomplete Baskets

     A customer's baskets that have not become orders yet, newest first, as a
    Laravel paginator. `startDate`/`endDate` bound the basket's creation day
    (inclusive); `card_bin` keeps baskets whose payment card starts with it.

    Args:
        customer_external_id (str):
        page (int | Unset):  Default: 1.
        total (int | Unset):  Default: 10.
        start_date (datetime.date | Unset):
        end_date (datetime.date | Unset):
        card_bin (str | Unset):
        x_client_id (str):  Default: 'web'.
        api_version (ListIncompleteBasketsApiVersion | str | Unset):  Default: '3'.
        accept_language (ListIncompleteBasketsAcceptLanguage | str | Unset):  Default: 'tr'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BasketPageEnvelope | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        customer_external_id=customer_external_id,
        page=page,
        total=total,
        start_date=start_date,
        end_date=end_date,
        card_bin=card_bin,
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
    customer_external_id: str,
    page: int | Unset = 1,
    total: int | Unset = 10,
    start_date: datetime.date | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
    card_bin: str | Unset = UNSET,
    x_client_id: str = "web",
    api_version: ListIncompleteBasketsApiVersion | str | Unset = "3",
    accept_language: ListIncompleteBasketsAcceptLanguage | str | Unset = "tr",
) -> BasketPageEnvelope | ErrorEnvelope | None:
    """Get Incomplete Baskets

     A customer's baskets that have not become orders yet, newest first, as a
    Laravel paginator. `startDate`/`endDate` bound the basket's creation day
    (inclusive); `card_bin` keeps baskets whose payment card starts with it.

    Args:
        customer_external_id (str):
        page (int | Unset):  Default: 1.
        total (int | Unset):  Default: 10.
        start_date (datetime.date | Unset):
        end_date (datetime.date | Unset):
        card_bin (str | Unset):
        x_client_id (str):  Default: 'web'.
        api_version (ListIncompleteBasketsApiVersion | str | Unset):  Default: '3'.
        accept_language (ListIncompleteBasketsAcceptLanguage | str | Unset):  Default: 'tr'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BasketPageEnvelope | ErrorEnvelope
    """

    return sync_detailed(
        client=client,
        customer_external_id=customer_external_id,
        page=page,
        total=total,
        start_date=start_date,
        end_date=end_date,
        card_bin=card_bin,
        x_client_id=x_client_id,
        api_version=api_version,
        accept_language=accept_language,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    customer_external_id: str,
    page: int | Unset = 1,
    total: int | Unset = 10,
    start_date: datetime.date | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
    card_bin: str | Unset = UNSET,
    x_client_id: str = "web",
    api_version: ListIncompleteBasketsApiVersion | str | Unset = "3",
    accept_language: ListIncompleteBasketsAcceptLanguage | str | Unset = "tr",
) -> Response[BasketPageEnvelope | ErrorEnvelope]:
    """Get Incomplete Baskets

     A customer's baskets that have not become orders yet, newest first, as a
    Laravel paginator. `startDate`/`endDate` bound the basket's creation day
    (inclusive); `card_bin` keeps baskets whose payment card starts with it.

    Args:
        customer_external_id (str):
        page (int | Unset):  Default: 1.
        total (int | Unset):  Default: 10.
        start_date (datetime.date | Unset):
        end_date (datetime.date | Unset):
        card_bin (str | Unset):
        x_client_id (str):  Default: 'web'.
        api_version (ListIncompleteBasketsApiVersion | str | Unset):  Default: '3'.
        accept_language (ListIncompleteBasketsAcceptLanguage | str | Unset):  Default: 'tr'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BasketPageEnvelope | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        customer_external_id=customer_external_id,
        page=page,
        total=total,
        start_date=start_date,
        end_date=end_date,
        card_bin=card_bin,
        x_client_id=x_client_id,
        api_version=api_version,
        accept_language=accept_language,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    customer_external_id: str,
    page: int | Unset = 1,
    total: int | Unset = 10,
    start_date: datetime.date | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
    card_bin: str | Unset = UNSET,
    x_client_id: str = "web",
    api_version: ListIncompleteBasketsApiVersion | str | Unset = "3",
    accept_language: ListIncompleteBasketsAcceptLanguage | str | Unset = "tr",
) -> BasketPageEnvelope | ErrorEnvelope | None:
    """Get Incomplete Baskets

     A customer's baskets that have not become orders yet, newest first, as a
    Laravel paginator. `startDate`/`endDate` bound the basket's creation day
    (inclusive); `card_bin` keeps baskets whose payment card starts with it.

    Args:
        customer_external_id (str):
        page (int | Unset):  Default: 1.
        total (int | Unset):  Default: 10.
        start_date (datetime.date | Unset):
        end_date (datetime.date | Unset):
        card_bin (str | Unset):
        x_client_id (str):  Default: 'web'.
        api_version (ListIncompleteBasketsApiVersion | str | Unset):  Default: '3'.
        accept_language (ListIncompleteBasketsAcceptLanguage | str | Unset):  Default: 'tr'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BasketPageEnvelope | ErrorEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            customer_external_id=customer_external_id,
            page=page,
            total=total,
            start_date=start_date,
            end_date=end_date,
            card_bin=card_bin,
            x_client_id=x_client_id,
            api_version=api_version,
            accept_language=accept_language,
        )
    ).parsed
