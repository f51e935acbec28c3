"""Customers' wallet KYC records through the client: Get, Upsert (replaces; the
same record twice changes nothing, so a lost answer is safely resent) and Bulk
Upsert (all of the records or none, naming the field). On any server but the
lost answer, which the sandbox's faults make."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest

from minted_connect import MintedConnect, NotFoundError, ValidationError
from minted_connect.models import WalletKycBulkItem, WalletKycBulkUpsert, WalletKycInput

from ..support import Target
from ..support.controls import controls
from ..support.partner import field_of, new_customer


def customer(client: MintedConnect, external_id: str) -> str:
    return new_customer(client, external_id).external_id


def record(**changes: Any) -> dict[str, Any]:
    fields: dict[str, Any] = {
        "identity_verified": True,
        "verification_method": "e_devlet",
        "nationality": "TR",
        "occupation": "Software engineer",
        "source_of_funds": "salary",
        "expected_monthly_volume": Decimal("25000.50"),
        "is_pep": False,
    }
    return {**fields, **changes}


def test_upsert_stores_get_reads_and_the_same_record_changes_nothing(
    client: MintedConnect, new_id: str
) -> None:
    who = customer(client, new_id)
    with pytest.raises(NotFoundError) as none_yet:
        client.customers.get_wallet_kyc(who)
    assert field_of(none_yet.value) == {"external_customer_id"}

    stored = client.customers.upsert_wallet_kyc(who, body=WalletKycInput(**record()))
    assert (stored.customer_external_id, stored.status) == (who, "approved")
    assert stored.expected_monthly_volume == Decimal("25000.50")
    assert (stored.nationality, stored.occupation, stored.verification_method) == (
        "TR",
        "Software engineer",
        "e_devlet",
    )
    assert client.customers.get_wallet_kyc(who) == stored

    again = client.customers.upsert_wallet_kyc(who, body=WalletKycInput(**record()))
    assert again == stored  # updated_at included: nothing changed

    replaced = client.customers.upsert_wallet_kyc(
        who, body=WalletKycInput(**record(occupation="Teacher", is_pep=True))
    )
    assert (replaced.occupation, replaced.status) == ("Teacher", "review")
    assert replaced.created_at == stored.created_at and replaced.updated_at >= stored.updated_at
    # Replaced as a whole: a field left out is gone.
    unverified = record(identity_verified=False)
    del unverified["verification_method"]
    pending = client.customers.upsert_wallet_kyc(who, body=WalletKycInput(**unverified))
    assert pending.status == "pending" and not pending.verification_method
    assert client.customers.get_wallet_kyc(who) == pending


def test_unknown_customers_and_bad_records_are_refused_naming_the_field(
    client: MintedConnect, new_id: str
) -> None:
    with pytest.raises(NotFoundError) as unknown:
        client.customers.upsert_wallet_kyc(new_id, body=WalletKycInput(**record()))
    assert field_of(unknown.value) == {"external_customer_id"}
    with pytest.raises(NotFoundError):
        client.customers.get_wallet_kyc(new_id)

    who = customer(client, new_id)
    with pytest.raises(ValidationError) as bad:
        client.customers.upsert_wallet_kyc(who, body=WalletKycInput(**record(nationality="tr")))
    assert set(bad.value.errors) == {"nationality"}
    with pytest.raises(NotFoundError):  # nothing stored
        client.customers.get_wallet_kyc(who)


def bulk(client: MintedConnect, items: list[dict[str, Any]]) -> Any:
    return client.customers.bulk_upsert_wallet_kyc(
        body=WalletKycBulkUpsert(items=[WalletKycBulkItem(**item) for item in items])
    )


def test_bulk_upsert_stores_every_record_or_none(client: MintedConnect, new_id: str) -> None:
    ids = [customer(client, f"{new_id}-{n}") for n in range(4)]
    kept = client.customers.upsert_wallet_kyc(ids[0], body=WalletKycInput(**record()))

    # One bad record (the fourth): 422 naming it, and nothing is stored or replaced.
    items = [record(customer_external_id=i, occupation=f"Job {n}") for n, i in enumerate(ids)]
    items[3]["occupation"] = "x"
    with pytest.raises(ValidationError) as bad:
        bulk(client, items)
    assert set(bad.value.errors) == {"items.3.occupation"}
    # An unknown customer (the fourth): 404 naming it, after the first three were
    # written in the same transaction, which is rolled back.
    items[3] = record(customer_external_id=new_id + "-nobody", occupation="Job 3")
    with pytest.raises(NotFoundError) as unknown:
        bulk(client, items)
    assert field_of(unknown.value) == {"items.3.customer_external_id"}
    assert client.customers.get_wallet_kyc(ids[0]) == kept
    for who in ids[1:]:
        with pytest.raises(NotFoundError):
            client.customers.get_wallet_kyc(who)

    items[3] = record(customer_external_id=ids[3], occupation="Job 3", is_pep=True)
    stored = bulk(client, items)
    assert [(r.customer_external_id, r.occupation) for r in stored] == [
        (who, f"Job {n}") for n, who in enumerate(ids)
    ]
    assert [r.status for r in stored] == ["approved"] * 3 + ["review"]
    assert [client.customers.get_wallet_kyc(who) for who in ids] == stored
    assert bulk(client, items) == stored  # the same records again: nothing changes


@pytest.mark.sandbox_only(reason="drops the answer with the sandbox's faults (/__sandbox/faults)")
def test_a_lost_upsert_answer_is_resent_and_harmless(
    target: Target, client: MintedConnect, new_id: str
) -> None:
    who = customer(client, new_id)
    with controls(target) as control:
        control.fault("upsert_wallet_kyc", "drop-after")
        stored = client.customers.upsert_wallet_kyc(who, body=WalletKycInput(**record()))
        assert control.processed("upsert_wallet_kyc") == 2  # x-idempotent: resent once
    assert stored.status == "approved" and client.customers.get_wallet_kyc(who) == stored
    assert stored.created_at == stored.updated_at  # one record, written once
