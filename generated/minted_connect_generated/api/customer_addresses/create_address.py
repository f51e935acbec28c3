from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.address_envelope import AddressEnvelope
from ...models.create_address_accept_language import (
    CreateAddressAcceptLanguage,
)
from ...models.create_address_api_version import (
    CreateAddressApiVersion,
)
from ...models.error_envelope import ErrorEnvelope
from ...models.new_billing_address import NewBillingAddress
from ...models.new_shipping_address import NewShippingAddress
from ...types import Response, Unset


def _get_kwargs(
    *,
    body: NewBillingAddress | NewShippingAddress,
    x_client_id: str = "web",
    api_version: CreateAddressApiVersion | str | Unset = "3",
    accept_language: CreateAddressAcceptLanguage | str | Unset = "tr",
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["x-client-id"] = x_client_id

    if not isinstance(api_version, Unset):
        headers["api-version"] = str(api_version)

    if not isinstance(accept_language, Unset):
        headers["Accept-Language"] = str(accept_language)

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/partner/customer/address",
    }

    if isinstance(body, NewShippingAddress):
        _kwargs["json"] = body.to_dict()
    else:
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AddressEnvelope | ErrorEnvelope | None:
    if response.status_code == 200:
        response_200 = AddressEnvelope.from_dict(response.json())

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
) -> Response[AddressEnvelope | ErrorEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: NewBillingAddress | NewShippingAddress,
    x_client_id: str = "web",
    api_version: CreateAddressApiVersion | str | Unset = "3",
    accept_language: CreateAddressAcceptLanguage | str | Unset = "tr",
) -> Response[AddressEnvelope | ErrorEnvelope]:
    """Customer Address - Create (Shipping) / Create (Billing)

     Adds a shipping address (`type: shipping`) or a billing address
    (`type: billing`) to a customer. Name, phone and e-mail default to the
    customer's own when left out.

    Args:
        x_client_id (str):  Default: 'web'.
        api_version (CreateAddressApiVersion | str | Unset):  Default: '3'.
        accept_language (CreateAddressAcceptLanguage | str | Unset):  Default: 'tr'.
        body (NewBillingAddress | NewShippingAddress):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AddressEnvelope | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        body=body,
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
    body: NewBillingAddress | NewShippingAddress,
    x_client_id: str = "web",
    api_version: CreateAddressApiVersion | str | Unset = "3",
    accept_language: CreateAddressAcceptLanguage | str | Unset = "tr",
) -> AddressEnvelope | ErrorEnvelope | None:
    """Customer Address - Create (Shipping) / Create (Billing)

     Adds a shipping address (`type: shipping`) or a billing address
    (`type: billing`) to a customer. Name, phone and e-mail default to the
    customer's own when left out.

    Args:
        x_client_id (str):  Default: 'web'.
        api_version (CreateAddressApiVersion | str | Unset):  Default: '3'.
        accept_language (CreateAddressAcceptLanguage | str | Unset):  Default: 'tr'.
        body (NewBillingAddress | NewShippingAddress):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AddressEnvelope | ErrorEnvelope
    """

    return sync_detailed(
        client=client,
        body=body,
        x_client_id=x_client_id,
        api_version=api_version,
        accept_language=accept_language,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: NewBillingAddress | NewShippingAddress,
    x_client_id: str = "web",
    api_version: CreateAddressApiVersion | str | Unset = "3",
    accept_language: CreateAddressAcceptLanguage | str | Unset = "tr",
) -> Response[AddressEnvelope | ErrorEnvelope]:
    """Customer Address - Create (Shipping) / Create (Billing)

     Adds a shipping address (`type: shipping`) or a billing address
    (`type: billing`) to a customer. Name, phone and e-mail default to the
    customer's own when left out.

    Args:
        x_client_id (str):  Default: 'web'.
        api_version (CreateAddressApiVersion | str | Unset):  Default: '3'.
        accept_language (CreateAddressAcceptLanguage | str | Unset):  Default: 'tr'.
        body (NewBillingAddress | NewShippingAddress):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AddressEnvelope | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        body=body,
        x_client_id=x_client_id,
        api_version=api_version,
        accept_language=accept_language,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: NewBillingAddress | NewShippingAddress,
    x_client_id: str = "web",
    api_version: CreateAddressApiVersion | str | Unset = "3",
    accept_language: CreateAddressAcceptLanguage | str | Unset = "tr",
) -> AddressEnvelope | ErrorEnvelope | None:
    """Customer Address - Create (Shipping) / Create (Billing)

     Adds a shipping address (`type: shipping`) or a billing address
    (`type: billing`) to a customer. Name, phone and e-mail default to the
    customer's own when left out.

    Args:
        x_client_id (str):  Default: 'web'.
        api_version (CreateAddressApiVersion | str | Unset):  Default: '3'.
        accept_language (CreateAddressAcceptLanguage | str | Unset):  Default: 'tr'.
        body (NewBillingAddress | NewShippingAddress):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AddressEnvelope | ErrorEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            x_client_id=x_client_id,
            api_version=api_version,
            accept_language=accept_language,
        )
    ).parsed
