"""Partner API cards: Card Storage (list, add, delete), the Bin Query, and card payments.

A saved card keeps only its masked number (first six and last four digits: the
E-Commerce rules, its ``masked`` and ``association``),
its BIN, holder, expiry, association and type; the CVV is never stored, and no
whole card number is ever written anywhere. A card payment (Buy, Delivery) is
paid with a card given in full or with a saved card's ``card_token``, in
``installment`` installments. What a count costs is one rule
(:func:`installments`), answered by the Bin Query and charged by every payment,
so a payment in n installments charges exactly what the Bin Query said for n.
"""

from __future__ import annotations

import secrets
import sqlite3
from decimal import ROUND_DOWN, ROUND_HALF_UP, Decimal
from typing import Any

from .._core import Call, Handlers
from ..ecommerce import CARD_COMMISSION_RATE, association, customer_or_404, masked
from . import _state

handlers = Handlers()

KURUS = Decimal("0.01")
# Installment counts a credit card is offered, and what each count adds to the
# commission of paying at once (percent): 2.88 % for 1, +1.50 % per extra installment.
COUNTS = (1, 2, 3, 6, 9, 12)
RATE_PER_EXTRA_INSTALLMENT = Decimal("1.50")


def card_type(bin_: str) -> str:
    """Troy cards are debit cards in the sandbox; the others credit cards."""
    return "debit" if association(bin_) == "Troy" else "credit"


def rate(count: int) -> Decimal:
    return CARD_COMMISSION_RATE + RATE_PER_EXTRA_INSTALLMENT * (count - 1)


def installment(amount: Decimal, count: int) -> dict[str, Any]:
    """Paying ``amount`` in ``count`` installments (Installment Item)."""
    percent = rate(count)
    commission = (amount * percent / 100).quantize(KURUS, ROUND_HALF_UP)
    total = amount + commission
    return {
        "count": count,
        "installment_amount": (total / count).quantize(KURUS, ROUND_HALF_UP),
        "commission_rate": percent,
        "commission": commission,
        "total": total,
    }


def installments(bin_: str, amount: Decimal) -> list[dict[str, Any]]:
    """Every installment option of a card for ``amount``: a debit card pays at once."""
    counts = COUNTS if card_type(bin_) == "credit" else (1,)
    return [installment(amount, count) for count in counts]


def _card_json(row: sqlite3.Row) -> dict[str, Any]:
    return {
        "card_token": row["token"],
        "card_number": row["card_number"],
        "card_bin": row["card_bin"],
        "card_holder": row["card_holder"],
        "card_expiry": row["card_expiry"],
        "card_association": row["card_association"],
        "card_type": row["card_type"],
        "created_at": row["created_at"],
    }


def _stored(
    call: Call, db: sqlite3.Connection, customer_id: str, token: str, *, paying: bool = False
) -> sqlite3.Row:
    """The saved card ``token`` of the customer; 404 if it has none with that token.
    Paying with another customer's card is 403 (spec/CURATION.md P87): the card exists,
    but this customer may not pay with it; Card Storage itself answers 404 there."""
    field = "payment.card_token" if paying else "card_token"
    row = _state.card(db, token)
    if row is None or (not paying and row["customer_external_id"] != customer_id):
        raise call.problem(404, "card_not_found", field)
    if row["customer_external_id"] != customer_id:
        raise call.problem(403, "card_of_another", field)
    return row


@handlers.operation("list_stored_cards")
def list_stored_cards(call: Call) -> list[dict[str, Any]]:
    customer_id = call.body["customer_external_id"]
    customer_or_404(call, customer_id, "customer_external_id")
    return [_card_json(row) for row in call.store.read(_state.cards, customer_id)]


@handlers.operation("add_stored_card")
def add_stored_card(call: Call) -> dict[str, Any]:
    customer_id = call.body["customer_external_id"]
    customer_or_404(call, customer_id, "customer_external_id")
    card = call.body["card"]
    number = card["card_number"]
    bin_ = number[:6]
    token = secrets.token_hex(16)
    with call.store.transaction() as db:
        _state.insert_card(
            db,
            {
                "token": token,
                "customer_external_id": customer_id,
                "card_number": masked(number),
                "card_bin": bin_,
                "card_holder": card["card_holder"],
                "card_expiry": card["card_expiry"],
                "card_association": association(bin_),
                "card_type": card_type(bin_),
            },
        )
        return _card_json(_stored(call, db, customer_id, token))


@handlers.operation("delete_stored_card")
def delete_stored_card(call: Call) -> dict[str, Any]:
    customer_id = call.body["customer_external_id"]
    customer_or_404(call, customer_id, "customer_external_id")
    with call.store.transaction() as db:
        row = _stored(call, db, customer_id, call.body["card_token"])
        _state.delete_card(db, row["id"])
    return _card_json(row)


@handlers.operation("query_card_bin")
def query_card_bin(call: Call) -> dict[str, Any]:
    bin_ = call.body["bin"]
    amount = Decimal(str(call.body["amount"])).quantize(KURUS, ROUND_DOWN)
    return {
        "bin": bin_,
        "card_association": association(bin_),
        "card_type": card_type(bin_),
        "amount": amount,
        "installments": installments(bin_, amount),
    }


# ---------------------------------------------------------------- card payments
def card_payment(call: Call, db: sqlite3.Connection, customer_id: str) -> dict[str, Any] | None:
    """The card payment the body asks for (``payment_type: creditcard`` and ``payment``:
    the card, or a saved ``card_token`` of this customer; in ``installment``
    installments), or None to pay from the cash wallet.

    Charged at once (no 3-D step for wallet orders); only the masked number is kept,
    never the CVV. :func:`charge` adds the amounts once the order's total is known.
    """
    body = call.body
    kind, card = body.get("payment_type"), body.get("payment")
    count = int(body.get("installment") or 1)
    if kind is None and card is None:
        if count != 1:
            raise call.problem(422, "installment_without_card", "installment")
        return None
    if card is None:
        raise call.problem(422, "payment_needed", "payment")
    if kind is None:
        raise call.problem(422, "payment_type_needed", "payment_type")
    ip = card.get("customer_ip") or call.client_ip
    if "card_token" in card:
        row = _stored(call, db, customer_id, card["card_token"], paying=True)
        details = {
            "card_expiry": row["card_expiry"],
            "card_holder": row["card_holder"],
            "card_number": row["card_number"],
            "customer_ip": ip,
            "card_association": row["card_association"],
        }
        bin_ = row["card_bin"]
    else:
        number = card["card_number"]
        details = {
            "card_expiry": card["card_expiry"],
            "card_holder": card["card_holder"],
            "card_number": masked(number),
            "customer_ip": ip,
            "card_association": association(number[:6]),
        }
        bin_ = number[:6]
    offered = [option["count"] for option in installments(bin_, Decimal(0))]
    if count not in offered:
        raise call.problem(409, "installment_not_offered", "installment",
            counts=", ".join(map(str, offered)), count=count,
        )  # fmt: skip
    return {
        "token": secrets.token_hex(32),
        "is_3d": False,
        "auth_mode": "auth",
        "state": "success",
        "installment": count,
        "details": details,
    }


def charge(payment: dict[str, Any], amount: Decimal) -> dict[str, Any]:
    """``payment`` charging ``amount`` in its installments: the Bin Query's figures."""
    option = installment(amount, int(payment.get("installment", 1)))
    return {**payment, "amount": amount, "comission": option["commission"],
            "total": option["total"]}  # fmt: skip
