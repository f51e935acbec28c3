from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_customer_accept_language import (
    CreateCustomerAcceptLanguage,
)
from ...models.create_customer_api_version import (
    CreateCustomerApiVersion,
)
from ...models.customer_envelope import CustomerEnvelope
from ...models.error_envelope import ErrorEnvelope
from ...models.new_business_customer import NewBusinessCustomer
from ...models.new_individual_customer import NewIndividualCustomer
from ...types import Response, Unset


def _get_kwargs(
    *,
    body: NewBusinessCustomer | NewIndividualCustomer,
    api_version: CreateCustomerApiVersion | str | Unset = "2",
    x_client_id: str = "web",
    accept_language: CreateCustomerAcceptLanguage | str | Unset = "tr",
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(api_version, Unset):
        headers["api-version"] = str(api_version)

    headers["x-client-id"] = x_client_id

    if not isinstance(accept_language, Unset):
        headers["Accept-Language"] = str(accept_language)

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/partner/customer",
    }

    if isinstance(body, NewIndividualCustomer):
        _kwargs["json"] = body.to_dict()
    else:
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CustomerEnvelope | ErrorEnvelope | None:
    if response.status_code == 200:
        response_200 = CustomerEnvelope.from_dict(response.json())

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
) -> Response[CustomerEnvelope | ErrorEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: NewBusinessCustomer | NewIndividualCustomer,
    api_version: CreateCustomerApiVersion | str | Unset = "2",
    x_client_id: str = "web",
    accept_language: CreateCustomerAcceptLanguage | str | Unset = "tr",
) -> Response[CustomerEnvelope | ErrorEnvelope]:
    """Create Customer

     Creates an individual customer, or a business customer when
    `account_type` is `company`. One operation, two body shapes.

    Args:
        api_version (CreateCustomerApiVersion | str | Unset):  Default: '2'.
        x_client_id (str):  Default: 'web'.
        accept_language (CreateCustomerAcceptLanguage | str | Unset):  Default: 'tr'.
        body (NewBusinessCustomer | NewIndividualCustomer):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CustomerEnvelope | ErrorEnvelope]
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
    body: NewBusinessCustomer | NewIndividualCustomer,
    api_version: CreateCustomerApiVersion | str | Unset = "2",
    x_client_id: str = "web",
    accept_language: CreateCustomerAcceptLanguage | str | Unset = "tr",
) -> CustomerEnvelope | ErrorEnvelope | None:
    """Create Customer

     Creates an individual customer, or a business customer when
    `account_type` is `company`. One operation, two body shapes.

    Args:
        api_version (CreateCustomerApiVersion | str | Unset):  Default: '2'.
        x_client_id (str):  Default: 'web'.
        accept_language (CreateCustomerAcceptLanguage | str | Unset):  Default: 'tr'.
        body (NewBusinessCustomer | NewIndividualCustomer):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CustomerEnvelope | ErrorEnvelope
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
    body: NewBusinessCustomer | NewIndividualCustomer,
    api_version: CreateCustomerApiVersion | str | Unset = "2",
    x_client_id: str = "web",
    accept_language: CreateCustomerAcceptLanguage | str | Unset = "tr",
) -> Response[CustomerEnvelope | ErrorEnvelope]:
    """Create Customer

     Creates an individual customer, or a business customer when
    `account_type` is `company`. One operation, two body shapes.

    Args:
        api_version (CreateCustomerApiVersion | str | Unset):  Default: '2'.
        x_client_id (str):  Default: 'web'.
        accept_language (CreateCustomerAcceptLanguage | str | Unset):  Default: 'tr'.
        body (NewBusinessCustomer | NewIndividualCustomer):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CustomerEnvelope | ErrorEnvelope]
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
    body: NewBusinessCustomer | NewIndividualCustomer,
    api_version: CreateCustomerApiVersion | str | Unset = "2",
    x_client_id: str = "web",
    accept_language: CreateCustomerAcceptLanguage | str | Unset = "tr",
) -> CustomerEnvelope | ErrorEnvelope | None:
    """Create Customer

     Creates an individual customer, or a business customer when
    `account_type` is `company`. One operation, two body shapes.

    Args:
        api_version (CreateCustomerApiVersion | str | Unset):  Default: '2'.
        x_client_id (str):  Default: 'web'.
        accept_language (CreateCustomerAcceptLanguage | str | Unset):  Default: 'tr'.
        body (NewBusinessCustomer | NewIndividualCustomer):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CustomerEnvelope | ErrorEnvelope
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
