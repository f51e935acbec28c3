"""One voice: every refusal of the sandbox comes from the one catalog (`sections.MESSAGES`:
the core's entries and each section's `_messages.py`),
in Turkish and English by `Accept-Language`, built by one helper.

The catalog is checked whole (both languages, the same placeholders); the source of
the handler modules keeps no messages of its own; and every refusal path of the
Partner API is walked through the client in both languages, its message compared
with the catalog's text for that key.
"""

from __future__ import annotations

import ast
import re
import string
import uuid
from collections.abc import Callable, Iterator
from decimal import Decimal
from typing import Any

import attrs
import httpx
import pytest

from minted_connect import APIError, MintedConnect
from minted_connect.models import (
    BuyItem,
    OrderCustomerRequest,
    PriceFixRequest,
    SellItem,
    WalletOrderLookup,
)
from minted_sandbox import RunningSandbox
from minted_sandbox.sections import MESSAGES

from ..support import ROOT
from ..support.controls import SandboxControl
from ..support.partner import (
    TROY,
    buy,
    buy_grams,
    by_card,
    by_saved_card,
    cash,
    deliver,
    fix,
    new_customer,
    save,
    sell,
)

LANGUAGES = ("tr", "en")
# the walk compares each answer with the sandbox's own catalog, on a sandbox of its own
SANDBOX_TEXTS = pytest.mark.sandbox_only(reason="compares answers with the sandbox's catalog")
USER, PASSWORD = "partner", "messages-secret"
SANDBOX = ROOT / "sandbox" / "minted_sandbox"


def placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def test_every_key_speaks_turkish_and_english_with_the_same_placeholders() -> None:
    assert len(MESSAGES) >= 50
    for key, texts in MESSAGES.items():
        assert set(texts) == {"tr", "en"}, key
        assert texts["tr"].strip() and texts["en"].strip(), key
        assert texts["tr"] != texts["en"], f"{key}: not translated"
        assert placeholders(texts["tr"]) == placeholders(texts["en"]), key
        values = dict.fromkeys(placeholders(texts["en"]), "X")
        assert texts["tr"].format(**values) and texts["en"].format(**values), key


def test_no_handler_module_keeps_messages_or_builds_refusals_of_its_own() -> None:
    """Refusals are `call.problem(...)` of `_core`: no module but `_core` and the sections'
    `_messages.py` defines a MESSAGES table, a refuse() helper or an error Problem from a
    literal."""
    for path in sorted(SANDBOX.rglob("_*.py")):
        if path.name in ("_core.py", "_messages.py"):
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Assign):
                names = [t.id for t in node.targets if isinstance(t, ast.Name)]
                assert "MESSAGES" not in names, f"{path.name} keeps its own MESSAGES"
            if isinstance(node, ast.FunctionDef):
                assert not node.name.startswith("refuse"), f"{path.name}: {node.name}()"
            if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "Problem":
                raise AssertionError(f"{path.name}:{node.lineno} builds a Problem itself")


# ------------------------------------------------------------------ the Partner walk
def pattern(key: str, language: str) -> re.Pattern[str]:
    """The catalog's text for ``key`` with each placeholder matching any value."""
    parts = []
    for literal, name, _, _ in string.Formatter().parse(MESSAGES[key][language]):
        parts.append(re.escape(literal))
        if name:
            parts.append(".+?")
    return re.compile("^" + "".join(parts) + "$")


GRAM = [BuyItem(sku="GAG", amount=Decimal("1"))]
TOPUP = Decimal("100.00")


def rich(c: MintedConnect) -> OrderCustomerRequest:
    """A customer with 100 g of silver and 600.00 TRY of cash."""
    who = new_customer(c)
    buy_grams(c, who, "GAG", "100")
    cash(c, who.external_id, "600.00")
    return who


def buy_for(c: MintedConnect, *items: BuyItem, **more: Any) -> Any:
    """A new customer's Buy with a new price fix (``more``: Buy's other fields)."""
    who = new_customer(c)
    return buy(c, fix(c, who.external_id), who, list(items) or GRAM, **more)


# How to provoke each refusal of the Partner API.
def unknown_customer(c: MintedConnect) -> Any:
    return fix(c, "no-such-" + uuid.uuid4().hex[:12])


def unknown_token(c: MintedConnect) -> Any:
    who = new_customer(c)
    return buy(c, attrs.evolve(fix(c, who.external_id), token="A" * 32), who, GRAM)


def used_token(c: MintedConnect) -> Any:
    who = new_customer(c)
    fixed = fix(c, who.external_id)
    buy(c, fixed, who, GRAM, topup=TOPUP)
    return buy(c, fixed, who, GRAM, topup=TOPUP)


def partners_buy_with_a_customers_token(c: MintedConnect) -> Any:
    return buy(c, fix(c, new_customer(c).external_id), None, GRAM)


def token_in_dollars(c: MintedConnect) -> Any:
    who = new_customer(c)
    body = PriceFixRequest(type_="digital", currency="USD", customer_external_id=who.external_id)
    return buy(c, c.buy.fix_price(body=body), who, GRAM)


def two_items_for_a_total(c: MintedConnect) -> Any:
    who = new_customer(c)
    total = fix(c, who.external_id, total=Decimal("100.00"))
    return buy(c, total, who, [BuyItem(sku="GAG"), BuyItem(sku="GAU")])


def a_total_below_a_milligram(c: MintedConnect) -> Any:
    who = new_customer(c)
    return buy(c, fix(c, who.external_id, total=Decimal("0.01")), who, [BuyItem(sku="GAU")])


def metal_blocked(c: MintedConnect) -> Any:
    who = rich(c)
    deliver(c, who, "GAG", 60)
    return sell(c, fix(c, who.external_id), [SellItem(sku="GAG", amount=Decimal("41"))])


def no_metal(c: MintedConnect) -> Any:
    fixed = fix(c, new_customer(c).external_id)
    return sell(c, fixed, [SellItem(sku="GAG", amount=Decimal("1"))])


def cash_twice(c: MintedConnect) -> Any:
    who = new_customer(c).external_id
    cash(c, who, "10.00", "twice")
    return cash(c, who, "10.00", "twice")


def another_customers_card(c: MintedConnect) -> Any:
    theirs = save(c, new_customer(c).external_id)
    return buy_for(c, **by_saved_card(theirs.card_token))


def installments_on_a_debit_card(c: MintedConnect) -> Any:
    who = new_customer(c)
    debit = save(c, who.external_id, TROY)
    return buy(c, fix(c, who.external_id), who, GRAM, **by_saved_card(debit.card_token, 3))


def delivery_without_cash(c: MintedConnect) -> Any:
    who = new_customer(c)
    buy_grams(c, who, "GAG", "50")  # topped up with exactly its cost: no cash left
    return deliver(c, who, "GAG", 50)


def _item(**given: Any) -> Callable[[MintedConnect], Any]:
    return lambda c: buy_for(c, BuyItem(**given))


# key -> the refusal's status, the field it names, and how to provoke it
WALK: dict[str, tuple[int, str, Callable[[MintedConnect], Any]]] = {
    "customer_not_found": (404, "customer_external_id", unknown_customer),
    "price_token_unknown": (404, "price_token", unknown_token),
    "price_token_not_partner": (404, "price_token", partners_buy_with_a_customers_token),
    "price_token_used": (409, "price_token", used_token),
    "price_token_currency": (409, "price_token", token_in_dollars),
    "currency_mismatch": (409, "currency_code", lambda c: buy_for(c, currency_code="EUR")),
    "unknown_sku": (404, "items", _item(sku="GXX", amount=Decimal("1"))),
    "bar_not_digital": (409, "items", _item(sku="BGAU", amount=Decimal("1"))),
    "product_mismatch": (409, "items", _item(sku="GAG", amount=Decimal("1"), product_id=7)),
    "amount_needed": (409, "items", _item(sku="GAG")),
    "one_item_for_total": (409, "items", two_items_for_a_total),
    "total_too_small": (409, "items", a_total_below_a_milligram),
    "buy_not_enough_cash": (409, "topup", buy_for),
    "not_enough_metal": (409, "items", no_metal),
    "metal_blocked": (409, "items", metal_blocked),
    "order_not_found": (404, "guid", lambda c: c.partner_orders.get(str(uuid.uuid4()))),
    "cash_below_zero": (409, "amount", lambda c: cash(c, new_customer(c).external_id, "-0.01")),
    "cash_change_done": (409, "external_id", cash_twice),
    "card_not_found": (404, "payment.card_token", lambda c: buy_for(c, **by_saved_card("f" * 32))),
    "card_of_another": (403, "payment.card_token", another_customers_card),
    "payment_needed": (422, "payment", lambda c: buy_for(c, payment_type="creditcard")),
    "payment_type_needed": (
        422, "payment_type", lambda c: buy_for(c, payment=by_card()["payment"]),
    ),
    "installment_without_card": (
        422, "installment", lambda c: buy_for(c, installment=2, topup=TOPUP),
    ),
    "installment_not_offered": (409, "installment", installments_on_a_debit_card),
    "unknown_metal": (404, "sku", lambda c: deliver(c, rich(c), "GXX", 1)),
    "no_bars": (409, "sku", lambda c: deliver(c, rich(c), "GPT", 1)),
    "not_enough_free": (409, "amount", lambda c: deliver(c, rich(c), "GAG", 101)),
    "delivery_not_enough_cash": (409, "payment", delivery_without_cash),
    "lookup_needed": (404, "guid", lambda c: c.partner_orders.find(body=WalletOrderLookup())),
    "no_such_order": (
        404, "order_code",
        lambda c: c.partner_orders.find(body=WalletOrderLookup(order_code="MWNONE000000")),
    ),
    "kyc_not_found": (
        404, "external_customer_id",
        lambda c: c.customers.get_wallet_kyc(new_customer(c).external_id),
    ),
}  # fmt: skip


def shipped_twice(c: MintedConnect, vault: SandboxControl, language: str) -> Any:
    guid = deliver(c, rich(c), "GAG", 50).guid
    assert vault.ship(guid, language).status_code == 200
    return vault.ship(guid, language).json()


def unknown_delivery(c: MintedConnect, vault: SandboxControl, language: str) -> Any:
    return vault.ship(str(uuid.uuid4()), language).json()


CONTROL_WALK: dict[str, tuple[str, Callable[[MintedConnect, SandboxControl, str], Any]]] = {
    "delivery_shipped": ("status", shipped_twice),
    "delivery_not_found": ("guid", unknown_delivery),
}


@pytest.fixture(scope="module")
def sandbox(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningSandbox]:
    db = tmp_path_factory.mktemp("messages") / "sandbox.sqlite3"
    with RunningSandbox(username=USER, password=PASSWORD, db=db) as running:
        yield running


@SANDBOX_TEXTS
@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("key", sorted(WALK))
def test_every_partner_refusal_speaks_the_callers_language(
    sandbox: RunningSandbox, key: str, language: str
) -> None:
    status, field, provoke = WALK[key]
    with MintedConnect(
        username=USER, password=PASSWORD, base_url=sandbox.url, language=language
    ) as client:
        with pytest.raises(APIError) as refused:
            provoke(client)
    error = refused.value
    assert (error.status_code, error.code) == (status, status), (key, str(error))
    assert pattern(key, language).match(error.message), (key, language, error.message)
    assert isinstance(error.body, dict)
    assert error.body["data"]["errors"] == {field: [error.message]}


@SANDBOX_TEXTS
@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("key", sorted(CONTROL_WALK))
def test_the_vaults_refusals_speak_the_callers_language(
    sandbox: RunningSandbox, key: str, language: str
) -> None:
    field, provoke = CONTROL_WALK[key]
    vault = SandboxControl(sandbox.url, USER, PASSWORD)
    with MintedConnect(username=USER, password=PASSWORD, base_url=sandbox.url) as client:
        answer = provoke(client, vault, language)
    vault.close()
    assert pattern(key, language).match(answer["message"]), answer
    assert answer["data"]["errors"] == {field: [answer["message"]]}


@SANDBOX_TEXTS
@pytest.mark.parametrize("language", LANGUAGES)
def test_an_expired_price_fix_speaks_the_callers_language(
    sandbox: RunningSandbox, language: str
) -> None:
    with (
        sandbox.control() as control,
        MintedConnect(
            username=USER, password=PASSWORD, base_url=sandbox.url, language=language
        ) as client,
    ):
        who = new_customer(client)
        fixed = fix(client, who.external_id)
        control.expire_price_token(fixed.token)  # time travel
        with pytest.raises(APIError) as refused:
            buy(client, fixed, who, GRAM)
    assert refused.value.status_code == 409
    assert pattern("price_token_expired", language).match(refused.value.message)


def test_the_walk_covers_every_partner_key() -> None:
    """Each catalog key a Partner module uses is walked above (or by a named test)."""
    used: set[str] = set()
    for path in sorted((SANDBOX / "partner").glob("_*.py")):
        source = path.read_text(encoding="utf-8")
        used |= set(re.findall(r'problem\(\s*\d+,\s*"([a-z_]+)"', source))
    walked = set(WALK) | set(CONTROL_WALK) | {"price_token_expired"}
    assert used - walked == set(), "Partner refusals without a walk"


# (operation path, method, body, field, catalog key): refusals of the validation itself
VALIDATION = [
    ("/partner/customer", "POST", {"external_id": "v-1", "lastname": "Kaya", "phone":
     "+905321112255", "identity_number": "12345677938"}, "firstname", "field_required"),
    ("/partner/pricefix", "POST", {"type": "digital", "total": 10.005}, "total",
     "value_multiple_of"),
    ("/partner/pricefix", "POST", {"type": "digital", "total": "1e999999999"}, "total",
     "value_type"),
    ("/partner/pricefix", "POST", {"type": "physical"}, "type", "value_enum"),
]  # fmt: skip


@SANDBOX_TEXTS
@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize(("path", "method", "body", "field", "key"), VALIDATION)
def test_validation_refusals_speak_the_callers_language(
    sandbox: RunningSandbox,
    language: str,
    path: str,
    method: str,
    body: dict[str, Any],
    field: str,
    key: str,
) -> None:
    headers = {"x-client-id": "web", "Accept-Language": language}
    with httpx.Client(base_url=sandbox.url, auth=httpx.DigestAuth(USER, PASSWORD)) as http:
        answer = http.request(method, path, json=body, headers=headers)
    assert answer.status_code == 422, answer.text
    envelope = answer.json()
    assert envelope["message"] == MESSAGES["invalid"][language]
    (text,) = envelope["data"]["errors"][field]
    assert pattern(key, language).match(text), (language, text)


@SANDBOX_TEXTS
@pytest.mark.parametrize("language", LANGUAGES)
def test_an_absurd_number_is_refused_in_the_callers_language(
    sandbox: RunningSandbox, language: str
) -> None:
    headers = {"x-client-id": "web", "Accept-Language": language,
               "Content-Type": "application/json"}  # fmt: skip
    with httpx.Client(base_url=sandbox.url, auth=httpx.DigestAuth(USER, PASSWORD)) as http:
        answer = http.post("/partner/pricefix", headers=headers,
                           content=b'{"type": "digital", "total": 1e999999999}')  # fmt: skip
    (text,) = answer.json()["data"]["errors"]["total"]
    assert answer.status_code == 422 and pattern("number_out_of_range", language).match(text)
