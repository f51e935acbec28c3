from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.address_list_envelope import AddressListEnvelope
from ...models.address_type import AddressType
from ...models.error_envelope import ErrorEnvelope
from ...models.list_addresses_accept_language import (
    ListAddressesAcceptLanguage,
)
from ...models.list_addresses_api_version import (
    ListAddressesApiVersion,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    customer_external_id: str,
    type_: AddressType | str | Unset = UNSET,
    x_client_id: str = "web",
    api_version: ListAddressesApiVersion | str | Unset = "3",
    accept_language: ListAddressesAcceptLanguage | str | Unset = "tr",
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["x-client-id"] = x_client_id

    if not isinstance(api_version, Unset):
        headers["api-version"] = str(api_version)

    if not isinstance(accept_language, Unset):
        headers["Accept-Language"] = str(accept_language)

    params: dict[str, Any] = {}

    params["customer_external_id"] = customer_external_id

    json_type_: str | Unset = UNSET
    if not isinstance(type_, Unset):
        json_type_ = type_

    params["type"] = json_type_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/partner/customer/address",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AddressListEnvelope | ErrorEnvelope | None:
    if response.status_code == 200:
        response_200 = AddressListEnvelope.from_dict(response.json())

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
) -> Response[AddressListEnvelope | ErrorEnvelope]:
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
    type_: AddressType | str | Unset = UNSET,
    x_client_id: str = "web",
    api_version: ListAddressesApiVersion | str | Unset = "3",
    accept_language: ListAddressesAcceptLanguage | str | Unset = "tr",
) -> Response[AddressListEnvelope | ErrorEnvelope]:
    """Customer Address - List

     A customer's shipping and billing addresses, oldest first.

    Args:
        customer_external_id (str):
        type_ (AddressType | str | Unset):
        x_client_id (str):  Default: 'web'.
        api_version (ListAddressesApiVersion | str | Unset):  Default: '3'.
        accept_language (ListAddressesAcceptLanguage | str | Unset):  Default: 'tr'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AddressListEnvelope | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        customer_external_id=customer_external_id,
        type_=type_,
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
    type_: AddressType | str | Unset = UNSET,
    x_client_id: str = "web",
    api_version: ListAddressesApiVersion | str | Unset = "3",
    accept_language: ListAddressesAcceptLanguage | str | Unset = "tr",
) -> AddressListEnvelope | ErrorEnvelope | None:
    """Customer Address - List

     A customer's shipping and billing addresses, oldest first.

    Args:
        customer_external_id (str):
        type_ (AddressType | str | Unset):
        x_client_id (str):  Default: 'web'.
        api_version (ListAddressesApiVersion | str | Unset):  Default: '3'.
        accept_language (ListAddressesAcceptLanguage | str | Unset):  Default: 'tr'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AddressListEnvelope | ErrorEnvelope
    """

    return sync_detailed(
        client=client,
        customer_external_id=customer_external_id,
        type_=type_,
        x_client_id=x_client_id,
        api_version=api_version,
        accept_language=accept_language,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    customer_external_id: str,
    type_: AddressType | str | Unset = UNSET,
    x_client_id: str = "web",
    api_version: ListAddressesApiVersion | str | Unset = "3",
    accept_language: ListAddressesAcceptLanguage | str | Unset = "tr",
) -> Response[AddressListEnvelope | ErrorEnvelope]:
    """Customer Address - List

     A customer's shipping and billing addresses, oldest first.

    Args:
        customer_external_id (str):
        type_ (AddressType | str | Unset):
        x_client_id (str):  Default: 'web'.
        api_version (ListAddressesApiVersion | str | Unset):  Default: '3'.
        accept_language (ListAddressesAcceptLanguage | str | Unset):  Default: 'tr'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AddressListEnvelope | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        customer_external_id=customer_external_id,
        type_=type_,
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
    type_: AddressType | str | Unset = UNSET,
    x_client_id: str = "web",
    api_version: ListAddressesApiVersion | str | Unset = "3",
    accept_language: ListAddressesAcceptLanguage | str | Unset = "tr",
) -> AddressListEnvelope | ErrorEnvelope | None:
    """Customer Address - List

     A customer's shipping and billing addresses, oldest first.

    Args:
        customer_external_id (str):
        type_ (AddressType | str | Unset):
        x_client_id (str):  Default: 'web'.
        api_version (ListAddressesApiVersion | str | Unset):  Default: '3'.
        accept_language (ListAddressesAcceptLanguage | str | Unset):  Default: 'tr'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AddressListEnvelope | ErrorEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            customer_external_id=customer_external_id,
            type_=type_,
            x_client_id=x_client_id,
            api_version=api_version,
            accept_language=accept_language,
        )
    ).parsed
