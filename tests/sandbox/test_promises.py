"""The sandbox's own promises, over raw HTTP: envelopes, statuses, field names,
the docs' request samples, and data that survives a restart."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from minted_connect.models import NewIndividualCustomer
from minted_sandbox import RunningSandbox

from ..support import Target
from ..support.controls import assert_envelope

pytestmark = pytest.mark.sandbox_only(reason="tests the sandbox itself")
HEADERS = {"x-client-id": "web", "Accept-Language": "en"}


@pytest.fixture
def http(target: Target) -> Iterator[httpx.Client]:
    auth = httpx.DigestAuth(target.username, target.password)
    with httpx.Client(base_url=target.base_url, auth=auth, headers=HEADERS) as client:
        yield client


def test_no_credentials_get_a_challenge_and_the_envelope(target: Target) -> None:
    response = httpx.get(f"{target.base_url}/partner/customer/555555", headers=HEADERS)
    assert_envelope(response, 401)
    assert response.headers["www-authenticate"].startswith("Digest ")


def test_unknown_path_and_wrong_method(http: httpx.Client) -> None:
    assert_envelope(http.get("/partner/nothing-here"), 404)
    response = http.put("/partner/customer/555555", json={})
    assert_envelope(response, 405)
    assert response.headers["allow"] == "GET, DELETE, PATCH"


def test_missing_required_header_is_named(http: httpx.Client) -> None:
    http.headers.pop("x-client-id")
    body = assert_envelope(http.get("/partner/customer/555555"), 422)
    assert body["data"] == {"errors": {"x-client-id": ["The x-client-id field is required."]}}


def test_malformed_json_and_wrong_types_are_named(http: httpx.Client) -> None:
    response = http.post(
        "/partner/ecom/getorder", content=b"{not json", headers={"Content-Type": "application/json"}
    )
    assert assert_envelope(response, 422)["data"] == {
        "errors": {"body": ["The request body is not valid JSON."]}
    }
    response = http.post(
        "/partner/ecom/getorder", json={"customer_external_id": 5, "cart_token": "short"}
    )
    errors = assert_envelope(response, 422)["data"]["errors"]  # type: ignore[index]
    assert set(errors) == {"customer_external_id", "cart_token"}


def test_one_of_body_errors_name_the_closest_shape(http: httpx.Client) -> None:
    # Looks like a company (account_type) but lacks its name: only firstname is reported.
    response = http.post(
        "/partner/customer", json={"external_id": "abc-1", "account_type": "company"}
    )
    errors = assert_envelope(response, 422)["data"]["errors"]  # type: ignore[index]
    assert errors == {"firstname": ["The firstname field is required."]}


def test_the_docs_curl_sample_with_blank_query_values_is_accepted(http: httpx.Client) -> None:
    # From the Get Incomplete Baskets page: blank page/total/startDate/... mean "not given".
    query = "customer_external_id=6551eeaf4455bb5959555302&page=&total=&startDate&endDate&card_bin"
    body = assert_envelope(http.get(f"/partner/ecom/baskets?{query}"), 200)
    assert body["data"]["per_page"] == 10  # type: ignore[index]


def test_query_integers_are_checked(http: httpx.Client) -> None:
    response = http.get(
        "/partner/ecom/baskets", params={"customer_external_id": "555555", "page": "x"}
    )
    assert assert_envelope(response, 422)["data"] == {
        "errors": {"page": ["The page must be an integer."]}
    }


def test_data_survives_a_restart(tmp_path: Path) -> None:
    db = tmp_path / "sandbox.sqlite3"
    customer = NewIndividualCustomer(
        external_id="persisted-1", firstname="Ayşe", lastname="Kaya", phone="+905321112233",
        identity_number="12345678901",
    )  # fmt: skip
    with RunningSandbox(username="u", password="p", db=db) as first:
        with Target(first.url, "u", "p", True).client() as client:
            client.customers.create(body=customer)
    with RunningSandbox(username="u", password="p", db=db) as second:
        with Target(second.url, "u", "p", True).client() as client:
            assert client.customers.get("persisted-1").lastname == "Kaya"
            # the seed is not loaded twice into a database that has data
            assert client.customers.get("555555").external_id == "555555"


def test_refuses_to_start_without_credentials() -> None:
    import subprocess
    import sys

    done = subprocess.run(
        [sys.executable, "-m", "minted_sandbox", "--port", "0"],
        capture_output=True,
        text=True,
        env={"PATH": ""},
        timeout=60,
    )
    assert done.returncode == 2
    assert "--user and --password are required" in done.stderr


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(b'{"external_customer_id": "a", "sku": "MNT0001", "qty": NaN}', id="NaN"),
        pytest.param(b'{"a": "\xff"}', id="not-utf8"),
    ],
)
def test_hostile_bodies_are_refused_as_invalid_json(http: httpx.Client, body: bytes) -> None:
    response = http.post(
        "/partner/ecom/basket", content=body, headers={"Content-Type": "application/json"}
    )
    assert assert_envelope(response, 422)["data"] == {
        "errors": {"body": ["The request body is not valid JSON."]}
    }
