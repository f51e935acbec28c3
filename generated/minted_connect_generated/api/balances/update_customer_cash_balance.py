from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.cash_balance_change import CashBalanceChange
from ...models.cash_balance_envelope import CashBalanceEnvelope
from ...models.error_envelope import ErrorEnvelope
from ...models.update_customer_cash_balance_accept_language import (
    UpdateCustomerCashBalanceAcceptLanguage,
)
from ...models.update_customer_cash_balance_api_version import (
    UpdateCustomerCashBalanceApiVersion,
)
from ...types import Response, Unset


def _get_kwargs(
    customer_external_id: str,
    *,
    body: CashBalanceChange,
    api_version: UpdateCustomerCashBalanceApiVersion | str | Unset = "2",
    x_client_id: str = "web",
    accept_language: UpdateCustomerCashBalanceAcceptLanguage | str | Unset = "tr",
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(api_version, Unset):
        headers["api-version"] = str(api_version)

    headers["x-client-id"] = x_client_id

    if not isinstance(accept_language, Unset):
        headers["Accept-Language"] = str(accept_language)

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/partner/balance/customer/{customer_external_id}".format(
            customer_external_id=quote(str(customer_external_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CashBalanceEnvelope | ErrorEnvelope | None:
    if response.status_code == 200:
        response_200 = CashBalanceEnvelope.from_dict(response.json())

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
) -> Response[CashBalanceEnvelope | ErrorEnvelope]:
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
    body: CashBalanceChange,
    api_version: UpdateCustomerCashBalanceApiVersion | str | Unset = "2",
    x_client_id: str = "web",
    accept_language: UpdateCustomerCashBalanceAcceptLanguage | str | Unset = "tr",
) -> Response[CashBalanceEnvelope | ErrorEnvelope]:
    """Update Customer Cash Balance

     Adds `amount` (negative: takes it) to the customer's cash (TRY)
    wallet, to the kuruş, as one movement named by the partner's
    `external_id`, and answers the cash wallet. A change that would
    leave less than zero available is refused naming `amount`. An
    `external_id` already used for this customer is refused (409 naming
    `external_id`, with the change it names): sending the same change
    again tells whether a change whose answer was lost took effect.

    Args:
        customer_external_id (str):
        api_version (UpdateCustomerCashBalanceApiVersion | str | Unset):  Default: '2'.
        x_client_id (str):  Default: 'web'.
        accept_language (UpdateCustomerCashBalanceAcceptLanguage | str | Unset):  Default: 'tr'.
        body (CashBalanceChange): Body of Update Customer Cash Balance (inferred, spec/CURATION.md
            P26-P27).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CashBalanceEnvelope | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        customer_external_id=customer_external_id,
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
    customer_external_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CashBalanceChange,
    api_version: UpdateCustomerCashBalanceApiVersion | str | Unset = "2",
    x_client_id: str = "web",
    accept_language: UpdateCustomerCashBalanceAcceptLanguage | str | Unset = "tr",
) -> CashBalanceEnvelope | ErrorEnvelope | None:
    """Update Customer Cash Balance

     Adds `amount` (negative: takes it) to the customer's cash (TRY)
    wallet, to the kuruş, as one movement named by the partner's
    `external_id`, and answers the cash wallet. A change that would
    leave less than zero available is refused naming `amount`. An
    `external_id` already used for this customer is refused (409 naming
    `external_id`, with the change it names): sending the same change
    again tells whether a change whose answer was lost took effect.

    Args:
        customer_external_id (str):
        api_version (UpdateCustomerCashBalanceApiVersion | str | Unset):  Default: '2'.
        x_client_id (str):  Default: 'web'.
        accept_language (UpdateCustomerCashBalanceAcceptLanguage | str | Unset):  Default: 'tr'.
        body (CashBalanceChange): Body of Update Customer Cash Balance (inferred, spec/CURATION.md
            P26-P27).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CashBalanceEnvelope | ErrorEnvelope
    """

    return sync_detailed(
        customer_external_id=customer_external_id,
        client=client,
        body=body,
        api_version=api_version,
        x_client_id=x_client_id,
        accept_language=accept_language,
    ).parsed


async def asyncio_detailed(
    customer_external_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CashBalanceChange,
    api_version: UpdateCustomerCashBalanceApiVersion | str | Unset = "2",
    x_client_id: str = "web",
    accept_language: UpdateCustomerCashBalanceAcceptLanguage | str | Unset = "tr",
) -> Response[CashBalanceEnvelope | ErrorEnvelope]:
    """Update Customer Cash Balance

     Adds `amount` (negative: takes it) to the customer's cash (TRY)
    wallet, to the kuruş, as one movement named by the partner's
    `external_id`, and answers the cash wallet. A change that would
    leave less than zero available is refused naming `amount`. An
    `external_id` already used for this customer is refused (409 naming
    `external_id`, with the change it names): sending the same change
    again tells whether a change whose answer was lost took effect.

    Args:
        customer_external_id (str):
        api_version (UpdateCustomerCashBalanceApiVersion | str | Unset):  Default: '2'.
        x_client_id (str):  Default: 'web'.
        accept_language (UpdateCustomerCashBalanceAcceptLanguage | str | Unset):  Default: 'tr'.
        body (CashBalanceChange): Body of Update Customer Cash Balance (inferred, spec/CURATION.md
            P26-P27).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CashBalanceEnvelope | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        customer_external_id=customer_external_id,
        body=body,
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
    body: CashBalanceChange,
    api_version: UpdateCustomerCashBalanceApiVersion | str | Unset = "2",
    x_client_id: str = "web",
    accept_language: UpdateCustomerCashBalanceAcceptLanguage | str | Unset = "tr",
) -> CashBalanceEnvelope | ErrorEnvelope | None:
    """Update Customer Cash Balance

     Adds `amount` (negative: takes it) to the customer's cash (TRY)
    wallet, to the kuruş, as one movement named by the partner's
    `external_id`, and answers the cash wallet. A change that would
    leave less than zero available is refused naming `amount`. An
    `external_id` already used for this customer is refused (409 naming
    `external_id`, with the change it names): sending the same change
    again tells whether a change whose answer was lost took effect.

    Args:
        customer_external_id (str):
        api_version (UpdateCustomerCashBalanceApiVersion | str | Unset):  Default: '2'.
        x_client_id (str):  Default: 'web'.
        accept_language (UpdateCustomerCashBalanceAcceptLanguage | str | Unset):  Default: 'tr'.
        body (CashBalanceChange): Body of Update Customer Cash Balance (inferred, spec/CURATION.md
            P26-P27).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CashBalanceEnvelope | ErrorEnvelope
    """

    return (
        await asyncio_detailed(
            customer_external_id=customer_external_id,
            client=client,
            body=body,
            api_version=api_version,
            x_client_id=x_client_id,
            accept_language=accept_language,
        )
    ).parsed
