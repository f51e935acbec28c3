"""Per-call options on every generated method (openai-python's per-request options):
``timeout=``, ``extra_headers=``, ``extra_query=``, ``extra_body=``, for that call only,
applied where the client builds every request (``_base_client.prepare``): auth, retries
and error mapping stay as they are."""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest

from minted_connect import (
    APITimeoutError,
    AsyncMintedConnect,
    ConfigurationError,
    MintedConnect,
    RawResponse,
    ValidationError,
)
from minted_connect.models import CashBalanceChange, Category

from ..support import Target, mypy_strict
from ..support.controls import controls
from ..support.partner import balances, new_customer
from ..support.recorder import Recorder, json_answer, recording

DELAY = 1.5  # seconds the sandbox holds a delayed call; the per-call timeout is shorter
SHORT = 0.3


@pytest.mark.sandbox_only(reason="the sandbox's fault injection (/__sandbox/faults)")
def test_a_per_call_timeout_gives_up_where_the_clients_own_waits(target: Target) -> None:
    with controls(target) as control, target.client(max_retries=0) as client:
        control.fault("list_categories", "delay", seconds=DELAY)
        with pytest.raises(APITimeoutError):
            client.catalog.list_categories(timeout=SHORT)

        control.fault("list_categories", "delay", seconds=DELAY)
        assert isinstance(client.catalog.list_categories(), list)  # the client's 30 s wait
        assert control.wait_processed("list_categories", 2) == 2


@pytest.mark.sandbox_only(reason="the sandbox's fault injection (/__sandbox/faults)")
def test_a_per_call_timeout_on_the_async_client(target: Target) -> None:
    async def run() -> int:
        async with target.async_client(max_retries=0) as client:
            control.fault("list_categories", "delay", seconds=DELAY)
            with pytest.raises(APITimeoutError):
                await client.catalog.list_categories(timeout=SHORT)
            raw = await client.with_raw_response.catalog.list_categories()
            return raw.status_code

    with controls(target) as control:
        assert asyncio.run(run()) == 200


def test_an_extra_body_field_and_an_extra_query_parameter_take_effect(
    client: MintedConnect,
) -> None:
    customer = new_customer(client).external_id
    change = CashBalanceChange(external_id="cash-" + uuid.uuid4().hex[:12], amount=Decimal("1"))
    client.balances.update_customer_cash(
        customer, body=change, extra_body={"amount": Decimal("1234.50")}
    )
    assert balances(client, customer)["TRY"] == Decimal("1234.50")

    first = client.catalog.list_products()
    assert first.per_page == 10  # the method's default
    page = client.catalog.list_products(extra_query={"total": 5})
    assert page.per_page == 5 and len(page.data) <= 5


# --------------------------------------------------------- what reaches the server
@pytest.fixture
def recorder() -> Iterator[Recorder]:
    with recording() as server:
        yield server


ENVELOPE = {"data": [], "success": True, "code": 0, "message": ""}


def test_extra_headers_and_query_reach_the_server_over_the_operations_own(
    recorder: Recorder,
) -> None:
    url = recorder.url
    recorder.default = json_answer(ENVELOPE)
    with MintedConnect(username="u", password="p", base_url=url, max_retries=0) as client:
        categories = client.catalog.list_categories(
            extra_headers={"X-Trace": "abc-123", "accept-language": "en"},
            extra_query={"debug": "1", "note": "a b"},
        )
        assert categories == []
        client.catalog.list_categories()  # the next call sends neither

    first, second = recorder.received
    assert first.header("x-trace") == "abc-123"
    # over the operation's own (the client's language), under one name only
    assert [v for k, v in first.headers if k == "accept-language"] == ["en"]
    assert first.target.endswith("debug=1&note=a+b")
    assert second.header("x-trace") is None and "?" not in second.target
    assert second.header("accept-language") == "tr"


def test_an_extra_body_is_merged_with_exact_decimals_and_errors_still_map(
    recorder: Recorder,
) -> None:
    url = recorder.url
    refused = {"data": {"amount": ["too much"]}, "success": False, "code": 422, "message": "no"}
    recorder.default = json_answer(refused, 422)
    change = CashBalanceChange(external_id="cash-1", amount=Decimal("1.00"))
    with MintedConnect(username="u", password="p", base_url=url) as client:
        with pytest.raises(ValidationError):
            client.balances.update_customer_cash(
                "C-1", body=change, extra_body={"amount": Decimal("0.10"), "memo": "x"}
            )
    (sent,) = recorder.received  # a 422 is never sent again
    assert sent.method == "PATCH"
    assert sent.body == b'{"external_id":"cash-1","amount":0.10,"memo":"x"}'
    assert sent.header("content-type") == "application/json"


def test_extra_headers_cannot_carry_credentials(recorder: Recorder) -> None:
    url = recorder.url
    with MintedConnect(username="u", password="p", base_url=url) as client:
        with pytest.raises(ConfigurationError, match="Authorization") as refused:
            client.catalog.list_categories(extra_headers={"Authorization": "Bearer secret"})
    assert "secret" not in str(refused.value)
    assert recorder.received == []  # nothing was sent


def test_the_async_client_takes_the_same_options(recorder: Recorder) -> None:
    url = recorder.url
    recorder.default = json_answer(ENVELOPE)

    async def run() -> RawResponse[list[Category]]:
        async with AsyncMintedConnect(username="u", password="p", base_url=url) as client:
            return await client.with_raw_response.catalog.list_categories(
                extra_headers={"X-Trace": "async"}, extra_query={"debug": "2"}, timeout=5.0
            )

    raw = asyncio.run(run())
    assert raw.parsed == [] and raw.status_code == 200
    (sent,) = recorder.received
    assert sent.header("x-trace") == "async" and sent.target.endswith("debug=2")


TYPED = """
from decimal import Decimal
import httpx
from minted_connect import AsyncMintedConnect, MintedConnect, RawResponse
from minted_connect.models import CustomerWithWallets, ProductPage


def raw(client: MintedConnect) -> RawResponse[CustomerWithWallets]:
    return client.with_raw_response.customers.get("C-1", timeout=2.0)


async def options(client: AsyncMintedConnect) -> ProductPage:
    answer = await client.with_raw_response.catalog.list_products(
        total=5, extra_headers={"x-a": "b"}, extra_query={"page": 2}, extra_body={"a": Decimal(1)}
    )
    return answer.parsed
"""


def test_raw_methods_and_per_call_options_type_check(tmp_path: Path) -> None:
    checked = mypy_strict(tmp_path, TYPED)
    assert checked.returncode == 0, checked.stdout + checked.stderr
    wrong = TYPED + (
        "\n\ndef wrong(client: MintedConnect) -> CustomerWithWallets:\n"
        "    return client.with_raw_response.customers.get('C-1', timeout='soon')\n"
        "\n\nfrom minted_connect.models import CustomerWithWalets\n"
    )
    checked = mypy_strict(tmp_path, wrong)
    assert checked.returncode == 1
    assert 'got "RawResponse[CustomerWithWallets]", expected "CustomerWithWallets"' in (
        checked.stdout
    )
    assert 'Argument "timeout"' in checked.stdout
    assert 'Module "minted_connect.models" has no attribute "CustomerWithWalets"' in (
        checked.stdout
    )
