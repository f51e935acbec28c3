from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.calculate_price_accept_language import (
    CalculatePriceAcceptLanguage,
)
from ...models.calculate_price_api_version import (
    CalculatePriceApiVersion,
)
from ...models.calculate_price_request import CalculatePriceRequest
from ...models.error_envelope import ErrorEnvelope
from ...models.price_calculation_envelope import PriceCalculationEnvelope
from ...types import Response, Unset


def _get_kwargs(
    *,
    body: CalculatePriceRequest,
    api_version: CalculatePriceApiVersion | str | Unset = "2",
    x_client_id: str = "web",
    accept_language: CalculatePriceAcceptLanguage | str | Unset = "tr",
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(api_version, Unset):
        headers["api-version"] = str(api_version)

    headers["x-client-id"] = x_client_id

    if not isinstance(accept_language, Unset):
        headers["Accept-Language"] = str(accept_language)

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/partner/order/digital/calculate",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | PriceCalculationEnvelope | None:
    if response.status_code == 200:
        response_200 = PriceCalculationEnvelope.from_dict(response.json())

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
) -> Response[ErrorEnvelope | PriceCalculationEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CalculatePriceRequest,
    api_version: CalculatePriceApiVersion | str | Unset = "2",
    x_client_id: str = "web",
    accept_language: CalculatePriceAcceptLanguage | str | Unset = "tr",
) -> Response[ErrorEnvelope | PriceCalculationEnvelope]:
    """Calculate Price

     What a Buy with `price_token` and these `items` would cost (each
    line, `price`, `tax`, `total`, in the price fix's currency), without
    placing the order or using the token: the same figures Buy then
    answers. Refused as Buy refuses: an unknown or expired token, a used
    one, or one fixed for someone else (`customer_external_id` names the
    customer; left out, the partner's own B2B fix) name `price_token`; an
    unknown SKU names `items`.

    Args:
        api_version (CalculatePriceApiVersion | str | Unset):  Default: '2'.
        x_client_id (str):  Default: 'web'.
        accept_language (CalculatePriceAcceptLanguage | str | Unset):  Default: 'tr'.
        body (CalculatePriceRequest): Body of Calculate Price (inferred, spec/CURATION.md P24).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | PriceCalculationEnvelope]
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
    body: CalculatePriceRequest,
    api_version: CalculatePriceApiVersion | str | Unset = "2",
    x_client_id: str = "web",
    accept_language: CalculatePriceAcceptLanguage | str | Unset = "tr",
) -> ErrorEnvelope | PriceCalculationEnvelope | None:
    """Calculate Price

     What a Buy with `price_token` and these `items` would cost (each
    line, `price`, `tax`, `total`, in the price fix's currency), without
    placing the order or using the token: the same figures Buy then
    answers. Refused as Buy refuses: an unknown or expired token, a used
    one, or one fixed for someone else (`customer_external_id` names the
    customer; left out, the partner's own B2B fix) name `price_token`; an
    unknown SKU names `items`.

    Args:
        api_version (CalculatePriceApiVersion | str | Unset):  Default: '2'.
        x_client_id (str):  Default: 'web'.
        accept_language (CalculatePriceAcceptLanguage | str | Unset):  Default: 'tr'.
        body (CalculatePriceRequest): Body of Calculate Price (inferred, spec/CURATION.md P24).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | PriceCalculationEnvelope
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
    body: CalculatePriceRequest,
    api_version: CalculatePriceApiVersion | str | Unset = "2",
    x_client_id: str = "web",
    accept_language: CalculatePriceAcceptLanguage | str | Unset = "tr",
) -> Response[ErrorEnvelope | PriceCalculationEnvelope]:
    """Calculate Price

     What a Buy with `price_token` and these `items` would cost (each
    line, `price`, `tax`, `total`, in the price fix's currency), without
    placing the order or using the token: the same figures Buy then
    answers. Refused as Buy refuses: an unknown or expired token, a used
    one, or one fixed for someone else (`customer_external_id` names the
    customer; left out, the partner's own B2B fix) name `price_token`; an
    unknown SKU names `items`.

    Args:
        api_version (CalculatePriceApiVersion | str | Unset):  Default: '2'.
        x_client_id (str):  Default: 'web'.
        accept_language (CalculatePriceAcceptLanguage | str | Unset):  Default: 'tr'.
        body (CalculatePriceRequest): Body of Calculate Price (inferred, spec/CURATION.md P24).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | PriceCalculationEnvelope]
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
    body: CalculatePriceRequest,
    api_version: CalculatePriceApiVersion | str | Unset = "2",
    x_client_id: str = "web",
    accept_language: CalculatePriceAcceptLanguage | str | Unset = "tr",
) -> ErrorEnvelope | PriceCalculationEnvelope | None:
    """Calculate Price

     What a Buy with `price_token` and these `items` would cost (each
    line, `price`, `tax`, `total`, in the price fix's currency), without
    placing the order or using the token: the same figures Buy then
    answers. Refused as Buy refuses: an unknown or expired token, a used
    one, or one fixed for someone else (`customer_external_id` names the
    customer; left out, the partner's own B2B fix) name `price_token`; an
    unknown SKU names `items`.

    Args:
        api_version (CalculatePriceApiVersion | str | Unset):  Default: '2'.
        x_client_id (str):  Default: 'web'.
        accept_language (CalculatePriceAcceptLanguage | str | Unset):  Default: 'tr'.
        body (CalculatePriceRequest): Body of Calculate Price (inferred, spec/CURATION.md P24).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | PriceCalculationEnvelope
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
