from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.find_wallet_order_accept_language import (
    FindWalletOrderAcceptLanguage,
)
from ...models.find_wallet_order_api_version import (
    FindWalletOrderApiVersion,
)
from ...models.wallet_order_envelope import WalletOrderEnvelope
from ...models.wallet_order_lookup import WalletOrderLookup
from ...types import Response, Unset


def _get_kwargs(
    *,
    body: WalletOrderLookup,
    api_version: FindWalletOrderApiVersion | str | Unset = "2",
    x_client_id: str = "web",
    accept_language: FindWalletOrderAcceptLanguage | str | Unset = "tr",
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(api_version, Unset):
        headers["api-version"] = str(api_version)

    headers["x-client-id"] = x_client_id

    if not isinstance(accept_language, Unset):
        headers["Accept-Language"] = str(accept_language)

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/partner/order",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | WalletOrderEnvelope | None:
    if response.status_code == 200:
        response_200 = WalletOrderEnvelope.from_dict(response.json())

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
) -> Response[ErrorEnvelope | WalletOrderEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: WalletOrderLookup,
    api_version: FindWalletOrderApiVersion | str | Unset = "2",
    x_client_id: str = "web",
    accept_language: FindWalletOrderAcceptLanguage | str | Unset = "tr",
) -> Response[ErrorEnvelope | WalletOrderEnvelope]:
    """Get Order (Alternative)

     Finds a wallet order (Buy, Sell or Delivery) by its `guid`, its
    `order_code` or the partner's own `external_id` (what Buy, Sell and
    Delivery were sent with) and answers it (Order Schema). This is how to
    find out whether a Buy, Sell or Delivery whose answer was lost went
    through: found means it did. With `push_hook: true` the API also
    pushes the order to the partner's order hook again (the sandbox
    records the push: `GET /__sandbox/pushes`).

    Args:
        api_version (FindWalletOrderApiVersion | str | Unset):  Default: '2'.
        x_client_id (str):  Default: 'web'.
        accept_language (FindWalletOrderAcceptLanguage | str | Unset):  Default: 'tr'.
        body (WalletOrderLookup): Body of Get Order (Alternative): the order's `guid`, its
            `order_code`
            or the partner's `external_id` of it (one of them is needed), and
            whether to push the order to the partner's hook again.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | WalletOrderEnvelope]
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
    body: WalletOrderLookup,
    api_version: FindWalletOrderApiVersion | str | Unset = "2",
    x_client_id: str = "web",
    accept_language: FindWalletOrderAcceptLanguage | str | Unset = "tr",
) -> ErrorEnvelope | WalletOrderEnvelope | None:
    """Get Order (Alternative)

     Finds a wallet order (Buy, Sell or Delivery) by its `guid`, its
    `order_code` or the partner's own `external_id` (what Buy, Sell and
    Delivery were sent with) and answers it (Order Schema). This is how to
    find out whether a Buy, Sell or Delivery whose answer was lost went
    through: found means it did. With `push_hook: true` the API also
    pushes the order to the partner's order hook again (the sandbox
    records the push: `GET /__sandbox/pushes`).

    Args:
        api_version (FindWalletOrderApiVersion | str | Unset):  Default: '2'.
        x_client_id (str):  Default: 'web'.
        accept_language (FindWalletOrderAcceptLanguage | str | Unset):  Default: 'tr'.
        body (WalletOrderLookup): Body of Get Order (Alternative): the order's `guid`, its
            `order_code`
            or the partner's `external_id` of it (one of them is needed), and
            whether to push the order to the partner's hook again.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | WalletOrderEnvelope
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
    body: WalletOrderLookup,
    api_version: FindWalletOrderApiVersion | str | Unset = "2",
    x_client_id: str = "web",
    accept_language: FindWalletOrderAcceptLanguage | str | Unset = "tr",
) -> Response[ErrorEnvelope | WalletOrderEnvelope]:
    """Get Order (Alternative)

     Finds a wallet order (Buy, Sell or Delivery) by its `guid`, its
    `order_code` or the partner's own `external_id` (what Buy, Sell and
    Delivery were sent with) and answers it (Order Schema). This is how to
    find out whether a Buy, Sell or Delivery whose answer was lost went
    through: found means it did. With `push_hook: true` the API also
    pushes the order to the partner's order hook again (the sandbox
    records the push: `GET /__sandbox/pushes`).

    Args:
        api_version (FindWalletOrderApiVersion | str | Unset):  Default: '2'.
        x_client_id (str):  Default: 'web'.
        accept_language (FindWalletOrderAcceptLanguage | str | Unset):  Default: 'tr'.
        body (WalletOrderLookup): Body of Get Order (Alternative): the order's `guid`, its
            `order_code`
            or the partner's `external_id` of it (one of them is needed), and
            whether to push the order to the partner's hook again.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | WalletOrderEnvelope]
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
    body: WalletOrderLookup,
    api_version: FindWalletOrderApiVersion | str | Unset = "2",
    x_client_id: str = "web",
    accept_language: FindWalletOrderAcceptLanguage | str | Unset = "tr",
) -> ErrorEnvelope | WalletOrderEnvelope | None:
    """Get Order (Alternative)

     Finds a wallet order (Buy, Sell or Delivery) by its `guid`, its
    `order_code` or the partner's own `external_id` (what Buy, Sell and
    Delivery were sent with) and answers it (Order Schema). This is how to
    find out whether a Buy, Sell or Delivery whose answer was lost went
    through: found means it did. With `push_hook: true` the API also
    pushes the order to the partner's order hook again (the sandbox
    records the push: `GET /__sandbox/pushes`).

    Args:
        api_version (FindWalletOrderApiVersion | str | Unset):  Default: '2'.
        x_client_id (str):  Default: 'web'.
        accept_language (FindWalletOrderAcceptLanguage | str | Unset):  Default: 'tr'.
        body (WalletOrderLookup): Body of Get Order (Alternative): the order's `guid`, its
            `order_code`
            or the partner's `external_id` of it (one of them is needed), and
            whether to push the order to the partner's hook again.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | WalletOrderEnvelope
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
