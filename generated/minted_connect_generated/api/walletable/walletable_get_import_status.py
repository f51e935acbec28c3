from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.walletable_get_import_status_accept_language import (
    WalletableGetImportStatusAcceptLanguage,
)
from ...models.walletable_get_import_status_api_version import (
    WalletableGetImportStatusApiVersion,
)
from ...models.walletable_import_envelope import WalletableImportEnvelope
from ...types import Response, Unset


def _get_kwargs(
    import_id: str,
    *,
    api_version: WalletableGetImportStatusApiVersion | str | Unset = "2",
    x_client_id: str = "web",
    accept_language: WalletableGetImportStatusAcceptLanguage | str | Unset = "tr",
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(api_version, Unset):
        headers["api-version"] = str(api_version)

    headers["x-client-id"] = x_client_id

    if not isinstance(accept_language, Unset):
        headers["Accept-Language"] = str(accept_language)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/partner/walletable/import/{import_id}".format(
            import_id=quote(str(import_id), safe=""),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | WalletableImportEnvelope | None:
    if response.status_code == 200:
        response_200 = WalletableImportEnvelope.from_dict(response.json())

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
) -> Response[ErrorEnvelope | WalletableImportEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    import_id: str,
    *,
    client: AuthenticatedClient | Client,
    api_version: WalletableGetImportStatusApiVersion | str | Unset = "2",
    x_client_id: str = "web",
    accept_language: WalletableGetImportStatusAcceptLanguage | str | Unset = "tr",
) -> Response[ErrorEnvelope | WalletableImportEnvelope]:
    """Import Status (Walletable Excel Import, generation A)

     An import's status (`queued`, `processing`, `completed`, `failed`), its counts and its errors by row
    and field. A generation-A entry, dropped since B.

    Args:
        import_id (str): A basket's token, exactly 32 letters and digits.
        api_version (WalletableGetImportStatusApiVersion | str | Unset):  Default: '2'.
        x_client_id (str):  Default: 'web'.
        accept_language (WalletableGetImportStatusAcceptLanguage | str | Unset):  Default: 'tr'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | WalletableImportEnvelope]
    """

    kwargs = _get_kwargs(
        import_id=import_id,
        api_version=api_version,
        x_client_id=x_client_id,
        accept_language=accept_language,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    import_id: str,
    *,
    client: AuthenticatedClient | Client,
    api_version: WalletableGetImportStatusApiVersion | str | Unset = "2",
    x_client_id: str = "web",
    accept_language: WalletableGetImportStatusAcceptLanguage | str | Unset = "tr",
) -> ErrorEnvelope | WalletableImportEnvelope | None:
    """Import Status (Walletable Excel Import, generation A)

     An import's status (`queued`, `processing`, `completed`, `failed`), its counts and its errors by row
    and field. A generation-A entry, dropped since B.

    Args:
        import_id (str): A basket's token, exactly 32 letters and digits.
        api_version (WalletableGetImportStatusApiVersion | str | Unset):  Default: '2'.
        x_client_id (str):  Default: 'web'.
        accept_language (WalletableGetImportStatusAcceptLanguage | str | Unset):  Default: 'tr'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | WalletableImportEnvelope
    """

    return sync_detailed(
        import_id=import_id,
        client=client,
        api_version=api_version,
        x_client_id=x_client_id,
        accept_language=accept_language,
    ).parsed


async def asyncio_detailed(
    import_id: str,
    *,
    client: AuthenticatedClient | Client,
    api_version: WalletableGetImportStatusApiVersion | str | Unset = "2",
    x_client_id: str = "web",
    accept_language: WalletableGetImportStatusAcceptLanguage | str | Unset = "tr",
) -> Response[ErrorEnvelope | WalletableImportEnvelope]:
    """Import Status (Walletable Excel Import, generation A)

     An import's status (`queued`, `processing`, `completed`, `failed`), its counts and its errors by row
    and field. A generation-A entry, dropped since B.

    Args:
        import_id (str): A basket's token, exactly 32 letters and digits.
        api_version (WalletableGetImportStatusApiVersion | str | Unset):  Default: '2'.
        x_client_id (str):  Default: 'web'.
        accept_language (WalletableGetImportStatusAcceptLanguage | str | Unset):  Default: 'tr'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | WalletableImportEnvelope]
    """

    kwargs = _get_kwargs(
        import_id=import_id,
        api_version=api_version,
        x_client_id=x_client_id,
        accept_language=accept_language,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    import_id: str,
    *,
    client: AuthenticatedClient | Client,
    api_version: WalletableGetImportStatusApiVersion | str | Unset = "2",
    x_client_id: str = "web",
    accept_language: WalletableGetImportStatusAcceptLanguage | str | Unset = "tr",
) -> ErrorEnvelope | WalletableImportEnvelope | None:
    """Import Status (Walletable Excel Import, generation A)

     An import's status (`queued`, `processing`, `completed`, `failed`), its counts and its errors by row
    and field. A generation-A entry, dropped since B.

    Args:
        import_id (str): A basket's token, exactly 32 letters and digits.
        api_version (WalletableGetImportStatusApiVersion | str | Unset):  Default: '2'.
        x_client_id (str):  Default: 'web'.
        accept_language (WalletableGetImportStatusAcceptLanguage | str | Unset):  Default: 'tr'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | WalletableImportEnvelope
    """

    return (
        await asyncio_detailed(
            import_id=import_id,
            client=client,
            api_version=api_version,
            x_client_id=x_client_id,
            accept_language=accept_language,
        )
    ).parsed
