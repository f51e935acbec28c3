"""The client tests' fixtures: the loopback ``Recorder`` and a real order to change."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from minted_connect.models import OrderLookup

from ..support import Target
from ..support.recorder import SEEDED_CUSTOMER, SEEDED_ORDER_TOKEN, Recorder, recording


@pytest.fixture
def recorder() -> Iterator[Recorder]:
    with recording() as server:
        yield server


@pytest.fixture(scope="module")
def order_body(target: Target) -> dict[str, Any]:
    """A real order envelope as the sandbox (or staging) sends it."""
    if not target.is_sandbox:
        pytest.skip("the seeded order exists in the sandbox only")
    with target.client() as client:
        raw = client.with_raw_response.checkout.get_order(
            body=OrderLookup(customer_external_id=SEEDED_CUSTOMER, cart_token=SEEDED_ORDER_TOKEN)
        )
    body: dict[str, Any] = raw.http_response.json()
    return body
