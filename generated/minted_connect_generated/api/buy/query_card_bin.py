from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.card_bin_info_envelope import CardBinInfoEnvelope
from ...models.card_bin_query import CardBinQuery
from ...models.error_envelope import ErrorEnvelope
from ...models.query_card_bin_accept_language import (
    QueryCardBinAcceptLanguage,
)
from ...models.query_card_bin_api_version import (
    QueryCardBinApiVersion,
)
from ...types import Response, Unset


def _get_kwargs(
    *,
    body: CardBinQuery,
    api_version: QueryCardBinApiVersion | str | Unset = "2",
    x_client_id: str = "web",
    accept_language: QueryCardBinAcceptLanguage | str | Unset = "tr",
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(api_version, Unset):
        headers["api-version"] = str(api_version)

    headers["x-client-id"] = x_client_id

    if not isinstance(accept_language, Unset):
        headers["Accept-Language"] = str(accept_language)

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/partner/payment/binquery",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CardBinInfoEnvelope | ErrorEnvelope | None:
    if response.status_code == 200:
        response_200 = CardBinInfoEnvelope.from_dict(response.json())

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
) -> Response[CardBinInfoEnvelope | ErrorEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CardBinQuery,
    api_version: QueryCardBinApiVersion | str | Unset = "2",
    x_client_id: str = "web",
    accept_language: QueryCardBinAcceptLanguage | str | Unset = "tr",
) -> Response[CardBinInfoEnvelope | ErrorEnvelope]:
    """Card Payment Bin Query (Installments/Comissions)

     What a card is (association, credit or debit) from its BIN, the first
    six to eight digits, and what paying `amount` with it costs in each
    number of installments it offers (Installment Item: count, amount per
    installment, commission rate, commission, total). Buy and Delivery
    with `installment: n` charge exactly the total this answers for n.
    Never send the whole card number: it is refused (422 `bin`).

    Args:
        api_version (QueryCardBinApiVersion | str | Unset):  Default: '2'.
        x_client_id (str):  Default: 'web'.
        accept_language (QueryCardBinAcceptLanguage | str | Unset):  Default: 'tr'.
        body (CardBinQuery): Body of Card Payment Bin Query.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CardBinInfoEnvelope | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        body=body,
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
    body: CardBinQuery,
    api_version: QueryCardBinApiVersion | str | Unset = "2",
    x_client_id: str = "web",
    accept_language: QueryCardBinAcceptLanguage | str | Unset = "tr",
) -> CardBinInfoEnvelope | ErrorEnvelope | None:
    """Card Payment Bin Query (Installments/Comissions)

     What a card is (association, credit or debit) from its BIN, the first
    six to eight digits, and what paying `amount` with it costs in each
    number of installments it offers (Installment Item: count, amount per
    installment, commission rate, commission, total). Buy and Delivery
    with `installment: n` charge exactly the total this answers for n.
    Never send the whole card number: it is refused (422 `bin`).

    Args:
        api_version (QueryCardBinApiVersion | str | Unset):  Default: '2'.
        x_client_id (str):  Default: 'web'.
        accept_language (QueryCardBinAcceptLanguage | str | Unset):  Default: 'tr'.
        body (CardBinQuery): Body of Card Payment Bin Query.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CardBinInfoEnvelope | ErrorEnvelope
    """

    return sync_detailed(
        client=client,
        body=body,
        api_version=api_version,
        x_client_id=x_client_id,
        accept_language=accept_language,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CardBinQuery,
    api_version: QueryCardBinApiVersion | str | Unset = "2",
    x_client_id: str = "web",
    accept_language: QueryCardBinAcceptLanguage | str | Unset = "tr",
) -> Response[CardBinInfoEnvelope | ErrorEnvelope]:
    """Card Payment Bin Query (Installments/Comissions)

     What a card is (association, credit or debit) from its BIN, the first
    six to eight digits, and what paying `amount` with it costs in each
    number of installments it offers (Installment Item: count, amount per
    installment, commission rate, commission, total). Buy and Delivery
    with `installment: n` charge exactly the total this answers for n.
    Never send the whole card number: it is refused (422 `bin`).

    Args:
        api_version (QueryCardBinApiVersion | str | Unset):  Default: '2'.
        x_client_id (str):  Default: 'web'.
        accept_language (QueryCardBinAcceptLanguage | str | Unset):  Default: 'tr'.
        body (CardBinQuery): Body of Card Payment Bin Query.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CardBinInfoEnvelope | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        body=body,
        api_version=api_version,
        x_client_id=x_client_id,
        accept_language=accept_language,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CardBinQuery,
    api_version: QueryCardBinApiVersion | str | Unset = "2",
    x_client_id: str = "web",
    accept_language: QueryCardBinAcceptLanguage | str | Unset = "tr",
) -> CardBinInfoEnvelope | ErrorEnvelope | None:
    """Card Payment Bin Query (Installments/Comissions)

     What a card is (association, credit or debit) from its BIN, the first
    six to eight digits, and what paying `amount` with it costs in each
    number of installments it offers (Installment Item: count, amount per
    installment, commission rate, commission, total). Buy and Delivery
    with `installment: n` charge exactly the total this answers for n.
    Never send the whole card number: it is refused (422 `bin`).

    Args:
        api_version (QueryCardBinApiVersion | str | Unset):  Default: '2'.
        x_client_id (str):  Default: 'web'.
        accept_language (QueryCardBinAcceptLanguage | str | Unset):  Default: 'tr'.
        body (CardBinQuery): Body of Card Payment Bin Query.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CardBinInfoEnvelope | ErrorEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            api_version=api_version,
            x_client_id=x_client_id,
            accept_language=accept_language,
        )
    ).parsed
