"""The settings of a client, resolved once at construction."""

from __future__ import annotations

import os
from typing import Literal

import attrs
import httpx

from ._exceptions import ConfigurationError

STAGING_URL = "https://api.staging.mintedconnect.com"
DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=10.0)
DEFAULT_MAX_RETRIES = 2
#: Failed attempts in a row after which the price feed gives up (``price_feed()``).
DEFAULT_MAX_RECONNECTS = 5

Language = Literal["tr", "en"]


@attrs.frozen(repr=False)
class ClientOptions:
    """What a client sends and how. Immutable; ``evolve`` makes changed copies.

    A client holds either the partner's Digest credentials (``username``, ``password``)
    or one customer's token (``customer_token``, from Create Token), never both: each
    call is authenticated by the schemes its operation accepts (the spec's ``security``).
    """

    username: str | None
    password: str | None
    base_url: str
    client_id: str
    language: Language
    timeout: httpx.Timeout
    max_retries: int
    strict: bool = False
    customer_token: str | None = None

    @property
    def schemes(self) -> frozenset[str]:
        """The HTTP auth schemes this client can answer: ``digest``, ``bearer``."""
        has_digest = self.username is not None and self.password is not None
        return frozenset(
            kind
            for kind, held in (("digest", has_digest), ("bearer", self.customer_token is not None))
            if held
        )

    def __repr__(self) -> str:  # never print the password or the token
        auth = (
            f"username={self.username!r}" if self.customer_token is None else "customer_token='***'"
        )
        return (
            f"ClientOptions({auth}, base_url={self.base_url!r}, "
            f"client_id={self.client_id!r}, language={self.language!r}, "
            f"timeout={self.timeout!r}, max_retries={self.max_retries}, strict={self.strict})"
        )


def require_strict_support() -> None:
    """Strict mode validates responses with jsonschema, an optional dependency."""
    try:
        import jsonschema  # noqa: F401
    except ImportError as error:
        raise ConfigurationError(
            "strict=True validates responses with jsonschema: pip install 'minted-connect[strict]'"
        ) from error


def resolve_options(
    *,
    username: str | None,
    password: str | None,
    base_url: str | None,
    client_id: str,
    language: Language,
    timeout: float | httpx.Timeout | None,
    max_retries: int,
    strict: bool | None = None,
    customer_token: str | None = None,
) -> ClientOptions:
    """Fill what the caller left out from the environment, and check it.

    With ``customer_token`` the client is that customer's: the partner's credentials
    are neither given nor read from the environment."""
    base_url = base_url or os.environ.get("MINTED_BASE_URL") or STAGING_URL
    if customer_token is not None:
        if username is not None or password is not None:
            raise ConfigurationError(
                "a client holds either the partner's credentials (username, password) or a "
                "customer token, not both: make the customer's client with "
                "client.with_customer_token(token)"
            )
        if not customer_token.strip() or any(c.isspace() for c in customer_token):
            raise ConfigurationError(
                "customer_token must be a token from client.embedded.create_token(...), "
                "without spaces"
            )
    else:
        username = username if username is not None else os.environ.get("MINTED_USERNAME")
        password = password if password is not None else os.environ.get("MINTED_PASSWORD")
        missing = [
            f"{name} (argument or {env})"
            for name, value, env in (
                ("username", username, "MINTED_USERNAME"),
                ("password", password, "MINTED_PASSWORD"),
            )
            if not value
        ]
        if missing:
            raise ConfigurationError(
                "missing credentials: " + ", ".join(missing) + " (or a customer_token)"
            )
    if not base_url.startswith(("http://", "https://")):
        raise ConfigurationError(f"base_url must start with http:// or https://, got {base_url!r}")
    if language not in ("tr", "en"):
        raise ConfigurationError(f"language must be 'tr' or 'en', got {language!r}")
    if not client_id:
        raise ConfigurationError("client_id must not be empty")
    if max_retries < 0:
        raise ConfigurationError("max_retries must be >= 0")
    if timeout is None:
        resolved = DEFAULT_TIMEOUT
    elif isinstance(timeout, httpx.Timeout):
        resolved = timeout
    else:
        resolved = httpx.Timeout(timeout)
    if strict is None:
        strict = os.environ.get("MINTED_STRICT", "").lower() in ("1", "true", "yes")
    if strict:
        require_strict_support()
    return ClientOptions(
        username=username,
        password=password,
        base_url=base_url.rstrip("/"),
        client_id=client_id,
        language=language,
        timeout=resolved,
        max_retries=max_retries,
        strict=strict,
        customer_token=customer_token,
    )
