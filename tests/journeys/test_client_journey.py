"""End to end through MintedConnect / AsyncMintedConnect against a real server.

Runs against the sandbox by default and against staging when MINTED_BASE_URL is
set (see tests/support/targets.py); tests that need the sandbox's seed data are marked.
"""

from __future__ import annotations

import asyncio
import datetime
from decimal import Decimal

import attrs
import pytest

from minted_connect import (
    AuthenticationError,
    ConflictError,
    MintedConnect,
    NotFoundError,
    ValidationError,
    apaginate,
    paginate,
)
from minted_connect.models import (
    UNSET,
    CustomerUpdate,
    NewBusinessCustomer,
    NewIndividualCustomer,
    OrderLookup,
)

from ..support import Target

SEEDED_CUSTOMER = "6551eeaf4455bb5959555302"
SEEDED_ORDER_TOKEN = "is8L3ooUKUKM7YwdULZ33YWJtXNujA2K"


def individual(external_id: str) -> NewIndividualCustomer:
    return NewIndividualCustomer(
        external_id=external_id,
        firstname="Ayşe",
        middlename="",
        lastname="Yılmaz",
        email="ayse.yilmaz@example.com",
        phone="+90 532 280 80 35",
        gender="F",
        identity_number="12345677938",
        birthdate=datetime.date(1990, 1, 31),
    )


def test_create_get_update_an_individual_customer(client: MintedConnect, new_id: str) -> None:
    created = client.customers.create(body=individual(new_id))
    assert created.external_id == new_id
    assert created.firstname == "Ayşe"
    assert created.lastname == "Yılmaz"

    fetched = client.customers.get(new_id)
    assert fetched.external_id == new_id
    assert fetched.fullname == "Ayşe Yılmaz"
    assert fetched.birthdate == datetime.date(1990, 1, 31)
    # gold, silver and cash on any server (the sandbox adds platinum and palladium)
    assert {"MAU", "MAG", "TRY"} <= {wallet.currency_code for wallet in fetched.wallets}
    assert all(wallet.customer_external_id == new_id for wallet in fetched.wallets)

    updated = client.customers.update(
        new_id,
        body=CustomerUpdate(
            firstname="Ayşe",
            lastname="Kaya",
            phone="+905321112233",
            identity_number="12345677938",
            email="ayse.kaya@example.com",
        ),
    )
    assert updated.lastname == "Kaya"
    again = client.customers.get(new_id)
    assert again.lastname == "Kaya"
    assert again.email == "ayse.kaya@example.com"
    assert again.fullname == "Ayşe Kaya"


def test_create_a_business_customer(client: MintedConnect, new_id: str) -> None:
    created = client.customers.create(
        body=NewBusinessCustomer(
            external_id=new_id,
            firstname="Test AŞ",
            account_type="company",
            tax_office="Ümraniye",
            email="finance@test-as.example.com",
            phone="+90 532 280 80 35",
            identity_number="1234567793",
        )
    )
    assert created.firstname == "Test AŞ"
    fetched = client.customers.get(new_id)
    assert fetched.fullname == "Test AŞ"
    assert fetched.lastname is UNSET  # a company has no last name


@pytest.mark.sandbox_only(reason="the docs' example phone and the sandbox's normalising of it")
def test_the_phone_number_comes_back_normalised(client: MintedConnect, new_id: str) -> None:
    # The docs' business example: "+90 532 280 80 35" in, "+905322808035" out.
    assert client.customers.create(body=individual(new_id)).phone == "+905322808035"


@pytest.mark.sandbox_only(reason="the seed data's order")
def test_get_order_by_customer_and_cart_token(client: MintedConnect) -> None:
    order = client.checkout.get_order(
        body=OrderLookup(customer_external_id=SEEDED_CUSTOMER, cart_token=SEEDED_ORDER_TOKEN)
    )
    assert order.token == SEEDED_ORDER_TOKEN
    assert order.order_creation_status == "order"
    assert order.status_name == "Pending"
    assert order.paid_total == Decimal("33911.86") and type(order.paid_total) is Decimal
    assert [item.sku for item in order.items] == ["MNT0009", "MNT0013", "MNT0002"]
    assert order.payment is not None
    assert order.payment.details.card_number == "404809******7528"
    assert order.order_at == datetime.datetime(2024, 7, 12, 18, 22, 20, tzinfo=datetime.UTC)


@pytest.mark.sandbox_only(reason="the seed data's baskets")
def test_list_incomplete_baskets_pages_through_them(client: MintedConnect) -> None:
    first = client.checkout.list_incomplete_baskets(customer_external_id=SEEDED_CUSTOMER, total=1)
    assert (first.current_page, first.per_page, first.total, first.last_page) == (1, 1, 2, 2)
    assert first.prev_page_url is None and first.next_page_url is not None
    second = client.checkout.list_incomplete_baskets(
        customer_external_id=SEEDED_CUSTOMER, total=1, page=2
    )
    assert second.next_page_url is None
    tokens = [o.token for o in first.data + second.data]
    assert len(set(tokens)) == 2
    assert all(o.order_creation_status == "basket" for o in first.data + second.data)
    # newest first, and the date filter keeps only the docs' August basket
    august = client.checkout.list_incomplete_baskets(
        customer_external_id=SEEDED_CUSTOMER,
        start_date=datetime.date(2024, 8, 1),
        end_date=datetime.date(2024, 8, 31),
    )
    assert [o.token for o in august.data] == ["oABVm4sOlCrpCpFkQdh1NkJrk1oofOAp"]


def test_a_new_customer_has_no_incomplete_baskets(client: MintedConnect, new_id: str) -> None:
    client.customers.create(body=individual(new_id))
    page = client.checkout.list_incomplete_baskets(customer_external_id=new_id)
    assert page.total == 0
    assert page.data == []
    assert page.from_ is None


def test_wrong_password_is_an_authentication_error(target: Target) -> None:
    with target.client(password="not-the-password") as client:
        with pytest.raises(AuthenticationError) as raised:
            client.customers.get("MTD0018232")
    assert raised.value.status_code == 401
    assert "401" in str(raised.value)


def test_unknown_customer_is_not_found(client: MintedConnect, new_id: str) -> None:
    with pytest.raises(NotFoundError) as raised:
        client.customers.get(new_id)
    assert raised.value.status_code == 404
    assert raised.value.message


def test_unknown_cart_token_is_not_found(client: MintedConnect, new_id: str) -> None:
    client.customers.create(body=individual(new_id))
    with pytest.raises(NotFoundError):
        client.checkout.get_order(
            body=OrderLookup(customer_external_id=new_id, cart_token=SEEDED_ORDER_TOKEN)
        )


def test_invalid_body_is_a_validation_error_naming_the_field(
    client: MintedConnect, new_id: str
) -> None:
    body = attrs.evolve(individual(new_id), firstname="Jo")  # documented minimum: 3 characters
    with pytest.raises(ValidationError) as raised:
        client.customers.create(body=body)
    error = raised.value
    assert error.status_code == 422
    assert "firstname" in error.errors
    assert "firstname" in str(error)
    with pytest.raises(NotFoundError):  # and nothing was written
        client.customers.get(new_id)


def test_duplicate_external_id_is_a_conflict(client: MintedConnect, new_id: str) -> None:
    client.customers.create(body=individual(new_id))
    with pytest.raises(ConflictError) as raised:
        client.customers.create(body=individual(new_id))
    assert raised.value.status_code == 409


@pytest.mark.sandbox_only(reason="the sandbox's own message catalog")
def test_language_setting_chooses_the_message_language(target: Target, new_id: str) -> None:
    with target.client() as client:
        with pytest.raises(NotFoundError) as turkish:
            client.customers.get(new_id)
        with pytest.raises(NotFoundError) as english:
            client.with_options(language="en").customers.get(new_id)
    assert turkish.value.message == "Müşteri bulunamadı."
    assert english.value.message == "Customer not found."


def test_async_client_runs_the_same_operations(target: Target, new_id: str) -> None:
    async def journey() -> None:
        async with target.async_client() as client:
            created = await client.customers.create(body=individual(new_id))
            fetched, baskets = await asyncio.gather(
                client.customers.get(new_id),
                client.checkout.list_incomplete_baskets(customer_external_id=new_id),
            )
            assert created.external_id == fetched.external_id == new_id
            assert baskets.total == 0
            with pytest.raises(NotFoundError):
                await client.customers.get(new_id + "-missing")

    asyncio.run(journey())


def test_paginate_walks_every_page(client: MintedConnect) -> None:
    everything = client.catalog.list_products(page=1, total=100)
    walked = list(paginate(client.catalog.list_products, total=5))
    assert [p.sku for p in walked] == [p.sku for p in everything.data]
    assert len(walked) == everything.total
    later = list(paginate(client.catalog.list_products, total=5, page=2))
    assert [p.sku for p in later] == [p.sku for p in everything.data[5:]]


def test_apaginate_walks_every_page(target: Target) -> None:
    async def walk() -> tuple[list[str], int]:
        async with target.async_client() as client:
            first = await client.catalog.list_products(page=1, total=5)
            skus = [p.sku async for p in apaginate(client.catalog.list_products, total=5)]
            return skus, first.total

    skus, total = asyncio.run(walk())
    assert len(skus) == len(set(skus)) == total


def test_raw_responses_carry_status_headers_and_the_parsed_data(
    client: MintedConnect, new_id: str
) -> None:
    raw = client.with_raw_response.catalog.list_products(page=1, total=5)
    assert raw.status_code == 200
    assert raw.headers["content-type"].startswith("application/json")
    assert len(raw.parsed.data) == 5
    assert raw.http_response.request.url.params["total"] == "5"
    with pytest.raises(NotFoundError):  # errors still raise
        client.with_raw_response.customers.get(new_id)


def test_async_raw_responses(target: Target) -> None:
    async def fetch() -> tuple[int, int]:
        async with target.async_client() as client:
            raw = await client.with_raw_response.catalog.list_products(page=1, total=5)
            return raw.status_code, len(raw.parsed.data)

    assert asyncio.run(fetch()) == (200, 5)
