from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.currency_rate_list_envelope import CurrencyRateListEnvelope
from ...models.error_envelope import ErrorEnvelope
from ...models.walletable_list_currency_rates_accept_language import (
    WalletableListCurrencyRatesAcceptLanguage,
)
from ...models.walletable_list_currency_rates_api_version import (
    WalletableListCurrencyRatesApiVersion,
)
from ...types import Response, Unset


def _get_kwargs(
    *,
    api_version: WalletableListCurrencyRatesApiVersion | str | Unset = "2",
    x_client_id: str = "web",
    accept_language: WalletableListCurrencyRatesAcceptLanguage | str | Unset = "tr",
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(api_version, Unset):
        headers["api-version"] = str(api_version)

    headers["x-client-id"] = x_client_id

    if not isinstance(accept_language, Unset):
        headers["Accept-Language"] = str(accept_language)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/partner/walletable/rates",
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CurrencyRateListEnvelope | ErrorEnvelope | None:
    if response.status_code == 200:
        response_200 = CurrencyRateListEnvelope.from_dict(response.json())

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
) -> Response[CurrencyRateListEnvelope | ErrorEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    api_version: WalletableListCurrencyRatesApiVersion | str | Unset = "2",
    x_client_id: str = "web",
    accept_language: WalletableListCurrencyRatesAcceptLanguage | str | Unset = "tr",
) -> Response[CurrencyRateListEnvelope | ErrorEnvelope]:
    """Currency Rates (Walletable)

     Today's rate of each currency the platform prices in (the Price Fix's four and AED), in TRY per
    unit.

    Args:
        api_version (WalletableListCurrencyRatesApiVersion | str | Unset):  Default: '2'.
        x_client_id (str):  Default: 'web'.
        accept_language (WalletableListCurrencyRatesAcceptLanguage | str | Unset):  Default: 'tr'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CurrencyRateListEnvelope | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
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
    api_version: WalletableListCurrencyRatesApiVersion | str | Unset = "2",
    x_client_id: str = "web",
    accept_language: WalletableListCurrencyRatesAcceptLanguage | str | Unset = "tr",
) -> CurrencyRateListEnvelope | ErrorEnvelope | None:
    """Currency Rates (Walletable)

     Today's rate of each currency the platform prices in (the Price Fix's four and AED), in TRY per
    unit.

    Args:
        api_version (WalletableListCurrencyRatesApiVersion | str | Unset):  Default: '2'.
        x_client_id (str):  Default: 'web'.
        accept_language (WalletableListCurrencyRatesAcceptLanguage | str | Unset):  Default: 'tr'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CurrencyRateListEnvelope | ErrorEnvelope
    """

    return sync_detailed(
        client=client,
        api_version=api_version,
        x_client_id=x_client_id,
        accept_language=accept_language,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    api_version: WalletableListCurrencyRatesApiVersion | str | Unset = "2",
    x_client_id: str = "web",
    accept_language: WalletableListCurrencyRatesAcceptLanguage | str | Unset = "tr",
) -> Response[CurrencyRateListEnvelope | ErrorEnvelope]:
    """Currency Rates (Walletable)

     Today's rate of each currency the platform prices in (the Price Fix's four and AED), in TRY per
    unit.

    Args:
        api_version (WalletableListCurrencyRatesApiVersion | str | Unset):  Default: '2'.
        x_client_id (str):  Default: 'web'.
        accept_language (WalletableListCurrencyRatesAcceptLanguage | str | Unset):  Default: 'tr'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CurrencyRateListEnvelope | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        api_version=api_version,
        x_client_id=x_client_id,
        accept_language=accept_language,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    api_version: WalletableListCurrencyRatesApiVersion | str | Unset = "2",
    x_client_id: str = "web",
    accept_language: WalletableListCurrencyRatesAcceptLanguage | str | Unset = "tr",
) -> CurrencyRateListEnvelope | ErrorEnvelope | None:
    """Currency Rates (Walletable)

     Today's rate of each currency the platform prices in (the Price Fix's four and AED), in TRY per
    unit.

    Args:
        api_version (WalletableListCurrencyRatesApiVersion | str | Unset):  Default: '2'.
        x_client_id (str):  Default: 'web'.
        accept_language (WalletableListCurrencyRatesAcceptLanguage | str | Unset):  Default: 'tr'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CurrencyRateListEnvelope | ErrorEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            api_version=api_version,
            x_client_id=x_client_id,
            accept_language=accept_language,
        )
    ).parsed
