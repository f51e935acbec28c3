import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.currency_rate_list_envelope import CurrencyRateListEnvelope
from ...models.error_envelope import ErrorEnvelope
from ...models.rate_currency import RateCurrency
from ...models.walletable_list_rate_history_accept_language import (
    WalletableListRateHistoryAcceptLanguage,
)
from ...models.walletable_list_rate_history_api_version import (
    WalletableListRateHistoryApiVersion,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    currency_code: RateCurrency | str,
    start_date: datetime.date | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
    api_version: WalletableListRateHistoryApiVersion | str | Unset = "2",
    x_client_id: str = "web",
    accept_language: WalletableListRateHistoryAcceptLanguage | str | Unset = "tr",
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(api_version, Unset):
        headers["api-version"] = str(api_version)

    headers["x-client-id"] = x_client_id

    if not isinstance(accept_language, Unset):
        headers["Accept-Language"] = str(accept_language)

    params: dict[str, Any] = {}

    json_currency_code: str = currency_code
    params["currency_code"] = json_currency_code

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
        "url": "/partner/walletable/rates/history",
        "params": params,
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
    currency_code: RateCurrency | str,
    start_date: datetime.date | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
    api_version: WalletableListRateHistoryApiVersion | str | Unset = "2",
    x_client_id: str = "web",
    accept_language: WalletableListRateHistoryAcceptLanguage | str | Unset = "tr",
) -> Response[CurrencyRateListEnvelope | ErrorEnvelope]:
    """Rate History (Walletable)

     A currency's rate on each day from `startDate` to `endDate` (at most 366 days;
    the last 7 days when absent), oldest first. A reversed range is refused 409
    naming `startDate`, a longer one 409 naming `endDate`.

    Args:
        currency_code (RateCurrency | str): A currency Currency Rates quotes; the Price Fix's four
            and AED, the currency of the Walletable examples (spec/CURATION.md WL13).
        start_date (datetime.date | Unset):
        end_date (datetime.date | Unset):
        api_version (WalletableListRateHistoryApiVersion | str | Unset):  Default: '2'.
        x_client_id (str):  Default: 'web'.
        accept_language (WalletableListRateHistoryAcceptLanguage | str | Unset):  Default: 'tr'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CurrencyRateListEnvelope | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        currency_code=currency_code,
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
    currency_code: RateCurrency | str,
    start_date: datetime.date | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
    api_version: WalletableListRateHistoryApiVersion | str | Unset = "2",
    x_client_id: str = "web",
    accept_language: WalletableListRateHistoryAcceptLanguage | str | Unset = "tr",
) -> CurrencyRateListEnvelope | ErrorEnvelope | None:
    """Rate History (Walletable)

     A currency's rate on each day from `startDate` to `endDate` (at most 366 days;
    the last 7 days when absent), oldest first. A reversed range is refused 409
    naming `startDate`, a longer one 409 naming `endDate`.

    Args:
        currency_code (RateCurrency | str): A currency Currency Rates quotes; the Price Fix's four
            and AED, the currency of the Walletable examples (spec/CURATION.md WL13).
        start_date (datetime.date | Unset):
        end_date (datetime.date | Unset):
        api_version (WalletableListRateHistoryApiVersion | str | Unset):  Default: '2'.
        x_client_id (str):  Default: 'web'.
        accept_language (WalletableListRateHistoryAcceptLanguage | str | Unset):  Default: 'tr'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CurrencyRateListEnvelope | ErrorEnvelope
    """

    return sync_detailed(
        client=client,
        currency_code=currency_code,
        start_date=start_date,
        end_date=end_date,
        api_version=api_version,
        x_client_id=x_client_id,
        accept_language=accept_language,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    currency_code: RateCurrency | str,
    start_date: datetime.date | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
    api_version: WalletableListRateHistoryApiVersion | str | Unset = "2",
    x_client_id: str = "web",
    accept_language: WalletableListRateHistoryAcceptLanguage | str | Unset = "tr",
) -> Response[CurrencyRateListEnvelope | ErrorEnvelope]:
    """Rate History (Walletable)

     A currency's rate on each day from `startDate` to `endDate` (at most 366 days;
    the last 7 days when absent), oldest first. A reversed range is refused 409
    naming `startDate`, a longer one 409 naming `endDate`.

    Args:
        currency_code (RateCurrency | str): A currency Currency Rates quotes; the Price Fix's four
            and AED, the currency of the Walletable examples (spec/CURATION.md WL13).
        start_date (datetime.date | Unset):
        end_date (datetime.date | Unset):
        api_version (WalletableListRateHistoryApiVersion | str | Unset):  Default: '2'.
        x_client_id (str):  Default: 'web'.
        accept_language (WalletableListRateHistoryAcceptLanguage | str | Unset):  Default: 'tr'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CurrencyRateListEnvelope | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        currency_code=currency_code,
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
    currency_code: RateCurrency | str,
    start_date: datetime.date | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
    api_version: WalletableListRateHistoryApiVersion | str | Unset = "2",
    x_client_id: str = "web",
    accept_language: WalletableListRateHistoryAcceptLanguage | str | Unset = "tr",
) -> CurrencyRateListEnvelope | ErrorEnvelope | None:
    """Rate History (Walletable)

     A currency's rate on each day from `startDate` to `endDate` (at most 366 days;
    the last 7 days when absent), oldest first. A reversed range is refused 409
    naming `startDate`, a longer one 409 naming `endDate`.

    Args:
        currency_code (RateCurrency | str): A currency Currency Rates quotes; the Price Fix's four
            and AED, the currency of the Walletable examples (spec/CURATION.md WL13).
        start_date (datetime.date | Unset):
        end_date (datetime.date | Unset):
        api_version (WalletableListRateHistoryApiVersion | str | Unset):  Default: '2'.
        x_client_id (str):  Default: 'web'.
        accept_language (WalletableListRateHistoryAcceptLanguage | str | Unset):  Default: 'tr'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CurrencyRateListEnvelope | ErrorEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            currency_code=currency_code,
            start_date=start_date,
            end_date=end_date,
            api_version=api_version,
            x_client_id=x_client_id,
            accept_language=accept_language,
        )
    ).parsed
