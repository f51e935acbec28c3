"""How to find out whether a lost call took effect is declared in the spec: every
operation with ``x-idempotent: false`` has an ``x-outcome-check`` (``spec_rules`` insists),
the generator carries it (``resources.OUTCOME_CHECKS``), and ``OutcomeUnknownError``'s
message is that recipe with the call's own ids, taken where the check says they are.
Every method a recipe names is one the client has, called as it takes its arguments."""

from __future__ import annotations

import copy
import re
import sys
from decimal import Decimal
from typing import Any

import attrs
import pytest

from minted_connect import MintedConnect
from minted_connect._base_client import Call, outcome_unknown
from minted_connect.models import (
    BasketItemAddition,
    BuyItem,
    BuyOrderRequest,
    CashBalanceChange,
    OrderCustomerRequest,
    SellItem,
    SellOrderRequest,
    WalletableCompletion,
)
from minted_connect_generated.resources import (
    OPERATIONS,
    OUTCOME_CHECKS,
    SECURITY,
    SECURITY_SCHEMES,
)

from ..support import ROOT, find_operation, load_spec, spec_operations
from ..support.recipes import bind, references

sys.path.insert(0, str(ROOT / "generator"))
from spec_rules import OUTCOME_IDS, check_rules

SPEC = load_spec()
PARTNER = MintedConnect(username="u", password="p", base_url="http://127.0.0.1:9")
CUSTOMER = PARTNER.with_customer_token("t" * 43)
OPERATION_OF = {(group, name): op_id for group, name, op_id, _, _ in OPERATIONS}
GROUP_OF = {op_id: group for group, _, op_id, _, _ in OPERATIONS}


def recipes(op_id: str) -> list[str]:
    check = OUTCOME_CHECKS[op_id]
    return [check.how, *(text for _, text in check.when_absent)]


def operation(spec: dict[str, Any], op_id: str) -> dict[str, Any]:
    path, method = find_operation(spec, op_id)
    found: dict[str, Any] = spec["paths"][path][method]
    return found


def test_every_operation_that_is_not_idempotent_says_how_to_find_out() -> None:
    declared = {
        op["operationId"]: op.get("x-outcome-check")
        for _, _, op in spec_operations()
        if op["x-idempotent"] is False
    }
    assert len(declared) == 21 and set(declared) == set(OUTCOME_CHECKS)
    for op_id, check in declared.items():
        carried = OUTCOME_CHECKS[op_id]
        assert carried.how == check["how"], op_id
        assert carried.when_absent == tuple((check.get("when-absent") or {}).items()), op_id
        assert {name for name, _ in carried.ids} <= set(OUTCOME_IDS), op_id
    assert dict(OUTCOME_CHECKS["buy_metal"].ids) == {
        "customer": "body.customer.external_id",
        "price_token": "body.price_token",
        "order": "body.external_id",
    }
    assert dict(OUTCOME_CHECKS["sell_metal"].ids).get("customer") is None  # `customer: null`
    assert dict(OUTCOME_CHECKS["remove_customer"].ids) == {"customer": "external_customer_id"}


def test_the_rules_insist_on_a_check_where_it_belongs_and_check_what_it_names() -> None:
    assert check_rules(SPEC) == []
    broken = copy.deepcopy(SPEC)
    del operation(broken, "walletable_complete_buy")["x-outcome-check"]
    operation(broken, "get_basket")["x-outcome-check"] = {"how": "read it"}
    operation(broken, "create_customer")["x-outcome-check"] = {
        "how": "read it with client.customers.fetch({customer}) and {basket}",
        "colour": "blue",
    }
    operation(broken, "buy_metal")["x-outcome-check"]["ids"]["order"] = "reference"
    operation(broken, "add_to_basket")["x-outcome-check"]["when-absent"]["cart_token"] = (
        "read {cart_token} with customer.checkout.get_basket()."
    )
    operation(broken, "remove_customer")["x-outcome-check"]["how"] = "look {order} up"
    operation(broken, "delete_item")["x-outcome-check"]["how"] = "read {customer!r}"
    operation(broken, "create_address")["x-outcome-check"]["when-absent"] = {"order": "ask"}
    problems = "\n".join(check_rules(broken))
    expected = [
        "POST /partner/walletable/complete/buy: x-idempotent: false needs an x-outcome-check",
        "GET /partner/ecom/basket: x-outcome-check only on an operation with x-idempotent: false",
        "POST /partner/customer: x-outcome-check.colour is unknown",
        "POST /partner/customer: x-outcome-check.how: names client.customers.fetch, no operation",
        "POST /partner/customer: x-outcome-check.how: placeholder {basket} is none of",
        "POST /partner/order/digital/buy: x-outcome-check.ids.order: 'reference' is no parameter",
        "POST /partner/ecom/basket: x-outcome-check.when-absent.cart_token: must end without"
        " a full stop",
        "DELETE /partner/customer/{external_customer_id}: x-outcome-check.how: names {order},"
        " which this operation's calls do not carry",
        "DELETE /partner/ecom/basket: x-outcome-check.how: placeholder {customer} takes no format",
        "POST /partner/customer/address: x-outcome-check.when-absent.order: its calls never carry",
    ]
    for problem in expected:
        assert problem in problems, problem
    # a recipe naming its own absent id, or a method its client cannot call
    broken = copy.deepcopy(SPEC)
    operation(broken, "add_to_basket")["x-outcome-check"]["when-absent"]["cart_token"] = (
        "read {cart_token} with customer.checkout.get_basket()"
    )
    problems = "\n".join(check_rules(broken))
    assert "names {cart_token}, which is absent when it applies" in problems
    assert "names customer.checkout.get_basket, which a customer token cannot call" in problems


@pytest.mark.parametrize("op_id", sorted(OUTCOME_CHECKS))
def test_every_recipe_names_methods_the_client_has_called_as_they_take(op_id: str) -> None:
    for text in recipes(op_id):
        filled = text.format_map({name: repr("x-1") for name in OUTCOME_IDS})
        named = references(filled)
        assert named, f"{op_id}: a recipe names the method that tells ({text})"
        for ref in named:
            client = CUSTOMER if ref.who == "customer" else PARTNER
            assert hasattr(getattr(client, ref.group, None), ref.method), (op_id, ref)
            kinds = {SECURITY_SCHEMES[s] for s in SECURITY[OPERATION_OF[ref.group, ref.method]]}
            assert ("bearer" if ref.who == "customer" else "digest") in kinds, (op_id, ref)
            bind(client, ref)  # TypeError when the call does not fit the method


@pytest.mark.parametrize(
    "op_id", sorted(op for op in OUTCOME_CHECKS if GROUP_OF[op] == "walletable")
)
def test_a_walletable_recipe_reads_walletable_not_the_checkout(op_id: str) -> None:
    for text in recipes(op_id):
        groups = {ref.group for ref in references(text)}
        assert "walletable" in groups and "checkout" not in groups, (op_id, text)


def test_the_client_keeps_no_table_of_operations() -> None:
    source = (ROOT / "overrides" / "minted_connect" / "_base_client.py").read_text()
    for _, _, op_id, _, _ in OPERATIONS:
        assert not re.search(rf"[\"']{op_id}[\"'/]", source), op_id


def lost(op_id: str, **params: Any) -> str:
    error = outcome_unknown(Call(op_id, False, params, "digest"), "POST", "u", "dropped")
    return str(error)


BUYER = OrderCustomerRequest(
    external_id="C-1",
    identity_number="12345677938",
    firstname="Ayşe",
    lastname="Yılmaz",
    email="ayse@example.com",
    phone="+905321112233",
)
GRAM = [BuyItem(sku="GAU", amount=Decimal(1))]


def test_the_message_takes_each_id_where_the_spec_says_it_is() -> None:
    buy = lost(
        "buy_metal",
        body=BuyOrderRequest(price_token="P-1", external_id="B-1", customer=BUYER, items=GRAM),
    )
    assert "(customer C-1)" in buy and "client.balances.get_customer('C-1')" in buy
    assert "WalletOrderLookup(external_id='B-1')" in buy and "price token 'P-1'" in buy
    partner = lost(
        "buy_metal", body=BuyOrderRequest(price_token="P-1", external_id="B-2", items=GRAM)
    )
    assert "client.balances.get_partner()" in partner and "get_customer" not in partner
    assert "(customer" not in partner  # the order's external_id is no customer's
    sold = [SellItem(sku="GAU", amount=Decimal(1))]
    sell = lost(
        "sell_metal", body=SellOrderRequest(price_token="P-2", external_id="S-1", items=sold)
    )
    assert "(customer" not in sell and "WalletOrderLookup(external_id='S-1')" in sell
    removed = lost("remove_customer", external_customer_id="C-2")
    assert "(customer C-2)" in removed and "client.customers.get('C-2')" in removed
    change = CashBalanceChange(external_id="CH-1", amount=Decimal(5))
    cash = lost("update_customer_cash_balance", customer_external_id="C-3", body=change)
    assert "(customer C-3)" in cash and "get_customer('C-3')" in cash
    addition = BasketItemAddition(external_customer_id="C-4", sku="MNT0012", qty=1)
    new = lost("add_to_basket", body=addition)
    assert "list_incomplete_baskets(customer_external_id='C-4')" in new
    more = lost("add_to_basket", body=attrs.evolve(addition, cart_token="T-1"))
    assert "(cart token T-1, customer C-4)" in more
    assert "get_basket(customer_external_id='C-4', cart_token='T-1')" in more
    completion = WalletableCompletion(external_customer_id="C-5", cart_token="T-2")
    bars = lost("walletable_complete_buy", body=completion)
    assert "client.walletable.list_orders(customer_external_id='C-5', tx_type='buy')" in bars
    assert "an order whose token is 'T-2'" in bars and bars.endswith("if you send one).")
