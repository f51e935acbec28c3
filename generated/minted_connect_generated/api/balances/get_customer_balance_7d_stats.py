from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.get_customer_balance_7d_stats_accept_language import (
    GetCustomerBalance7DStatsAcceptLanguage,
)
from ...models.get_customer_balance_7d_stats_api_version import (
    GetCustomerBalance7DStatsApiVersion,
)
from ...models.wallet_week_list_envelope import WalletWeekListEnvelope
from ...types import Response, Unset


def _get_kwargs(
    customer_external_id: str,
    *,
    api_version: GetCustomerBalance7DStatsApiVersion | str | Unset = "2",
    x_client_id: str = "web",
    accept_language: GetCustomerBalance7DStatsAcceptLanguage | str | Unset = "tr",
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(api_version, Unset):
        headers["api-version"] = str(api_version)

    headers["x-client-id"] = x_client_id

    if not isinstance(accept_language, Unset):
        headers["Accept-Language"] = str(accept_language)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/partner/balance/customer/{customer_external_id}/stats7d".format(
            customer_external_id=quote(str(customer_external_id), safe=""),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | WalletWeekListEnvelope | None:
    if response.status_code == 200:
        response_200 = WalletWeekListEnvelope.from_dict(response.json())

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
) -> Response[ErrorEnvelope | WalletWeekListEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    customer_external_id: str,
    *,
    client: AuthenticatedClient | Client,
    api_version: GetCustomerBalance7DStatsApiVersion | str | Unset = "2",
    x_client_id: str = "web",
    accept_language: GetCustomerBalance7DStatsAcceptLanguage | str | Unset = "tr",
) -> Response[ErrorEnvelope | WalletWeekListEnvelope]:
    """Customer Balance 7d Stats

     The balance of each of a customer's wallets at the end of each of the
    last seven days (UTC), oldest first; the last day is today, so far.

    Args:
        customer_external_id (str):
        api_version (GetCustomerBalance7DStatsApiVersion | str | Unset):  Default: '2'.
        x_client_id (str):  Default: 'web'.
        accept_language (GetCustomerBalance7DStatsAcceptLanguage | str | Unset):  Default: 'tr'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | WalletWeekListEnvelope]
    """

    kwargs = _get_kwargs(
        customer_external_id=customer_external_id,
        api_version=api_version,
        x_client_id=x_client_id,
        accept_language=accept_language,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    customer_external_id: str,
    *,
    client: AuthenticatedClient | Client,
    api_version: GetCustomerBalance7DStatsApiVersion | str | Unset = "2",
    x_client_id: str = "web",
    accept_language: GetCustomerBalance7DStatsAcceptLanguage | str | Unset = "tr",
) -> ErrorEnvelope | WalletWeekListEnvelope | None:
    """Customer Balance 7d Stats

     The balance of each of a customer's wallets at the end of each of the
    last seven days (UTC), oldest first; the last day is today, so far.

    Args:
        customer_external_id (str):
        api_version (GetCustomerBalance7DStatsApiVersion | str | Unset):  Default: '2'.
        x_client_id (str):  Default: 'web'.
        accept_language (GetCustomerBalance7DStatsAcceptLanguage | str | Unset):  Default: 'tr'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | WalletWeekListEnvelope
    """

    return sync_detailed(
        customer_external_id=customer_external_id,
        client=client,
        api_version=api_version,
        x_client_id=x_client_id,
        accept_language=accept_language,
    ).parsed


async def asyncio_detailed(
    customer_external_id: str,
    *,
    client: AuthenticatedClient | Client,
    api_version: GetCustomerBalance7DStatsApiVersion | str | Unset = "2",
    x_client_id: str = "web",
    accept_language: GetCustomerBalance7DStatsAcceptLanguage | str | Unset = "tr",
) -> Response[ErrorEnvelope | WalletWeekListEnvelope]:
    """Customer Balance 7d Stats

     The balance of each of a customer's wallets at the end of each of the
    last seven days (UTC), oldest first; the last day is today, so far.

    Args:
        customer_external_id (str):
        api_version (GetCustomerBalance7DStatsApiVersion | str | Unset):  Default: '2'.
        x_client_id (str):  Default: 'web'.
        accept_language (GetCustomerBalance7DStatsAcceptLanguage | str | Unset):  Default: 'tr'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | WalletWeekListEnvelope]
    """

    kwargs = _get_kwargs(
        customer_external_id=customer_external_id,
        api_version=api_version,
        x_client_id=x_client_id,
        accept_language=accept_language,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    customer_external_id: str,
    *,
    client: AuthenticatedClient | Client,
    api_version: GetCustomerBalance7DStatsApiVersion | str | Unset = "2",
    x_client_id: str = "web",
    accept_language: GetCustomerBalance7DStatsAcceptLanguage | str | Unset = "tr",
) -> ErrorEnvelope | WalletWeekListEnvelope | None:
    """Customer Balance 7d Stats

     The balance of each of a customer's wallets at the end of each of the
    last seven days (UTC), oldest first; the last day is today, so far.

    Args:
        customer_external_id (str):
        api_version (GetCustomerBalance7DStatsApiVersion | str | Unset):  Default: '2'.
        x_client_id (str):  Default: 'web'.
        accept_language (GetCustomerBalance7DStatsAcceptLanguage | str | Unset):  Default: 'tr'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | WalletWeekListEnvelope
    """

    return (
        await asyncio_detailed(
            customer_external_id=customer_external_id,
            client=client,
            api_version=api_version,
            x_client_id=x_client_id,
            accept_language=accept_language,
        )
    ).parsed
