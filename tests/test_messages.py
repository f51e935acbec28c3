"""One voice: every refusal of the sandbox comes from the one catalog (`_core.MESSAGES`),
in Turkish and English by `Accept-Language`, built by one helper.

The catalog is checked whole (both languages, the same placeholders); the source of
the handler modules keeps no messages of its own; and every refusal path of the
Partner API is walked through the client in both languages, its message compared
with the catalog's text for that key.
"""

from __future__ import annotations

import ast
import datetime
import re
import string
import time
import uuid
from collections.abc import Callable, Iterator
from decimal import Decimal
from typing import Any

import httpx
import pytest

from minted_connect import APIError, MintedConnect
from minted_connect.models import (
    BuyItem,
    BuyOrderRequest,
    BuyOrderRequestTopup,
    CardNumberPayment,
    CashBalanceChange,
    CreditCard,
    DeliveryAddresses,
    DeliveryBillingAddress,
    DeliveryCustomer,
    DeliveryOrderRequest,
    DeliveryShippingAddress,
    NewIndividualCustomer,
    OrderCustomerRequest,
    PriceFixRequest,
    SellItem,
    SellOrderRequest,
    StoredCardAddition,
    StoredCardPayment,
    WalletOrderLookup,
)
from minted_sandbox import RunningSandbox
from minted_sandbox._core import MESSAGES

from .conftest import ROOT

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
    """Refusals are `call.problem(...)` / `problem(...)` of `_core`: no module but `_core`
    defines a MESSAGES table, a refuse() helper or an error Problem from a literal."""
    for path in sorted(SANDBOX.glob("_*.py")):
        if path.name == "_core.py":
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


GRAM = Decimal("1")
TOPUP = BuyOrderRequestTopup(price=Decimal("100.00"))
CARD = CreditCard(
    card_holder="Elif Kaya", card_number="4048090000007528", card_expiry="09/29", card_cvv="731"
)
DEBIT = "9792030000000017"


class Partner:
    """A partner's client in one language, and the small steps the walk is made of."""

    def __init__(self, client: MintedConnect) -> None:
        self.client = client

    def customer(self) -> OrderCustomerRequest:
        external_id = "msg-" + uuid.uuid4().hex[:16]
        person = {"firstname": "Elif", "lastname": "Kaya", "email": "elif@example.com",
                  "phone": "+905321112255", "identity_number": "12345677938"}  # fmt: skip
        self.client.customers.create(body=NewIndividualCustomer(external_id=external_id, **person))
        return OrderCustomerRequest(
            external_id=external_id, birthdate=datetime.date(1990, 5, 1), **person
        )

    def fix(self, who: OrderCustomerRequest | None = None, **more: Any) -> str:
        mine = {"customer_external_id": who.external_id} if who else {}
        return self.client.buy.fix_price(
            body=PriceFixRequest(type_="digital", **mine, **more)
        ).token

    def buy(
        self, who: OrderCustomerRequest | None, *items: BuyItem, token: str = "", **more: Any
    ) -> Any:
        return self.client.buy.create(
            body=BuyOrderRequest(
                price_token=token or self.fix(who), external_id="m-" + uuid.uuid4().hex[:12],
                items=list(items) or [BuyItem(sku="GAG", amount=GRAM)],
                **({"customer": who} if who else {}), **more,
            )
        )  # fmt: skip

    def rich(self) -> OrderCustomerRequest:
        """A customer with 100 g of silver and 600.00 TRY of cash."""
        who = self.customer()
        topup = BuyOrderRequestTopup(price=Decimal("4135.00"))  # 100 g x 35.35 + 600.00
        self.buy(who, BuyItem(sku="GAG", amount=Decimal("100")), topup=topup)
        return who

    def sell(self, who: OrderCustomerRequest, grams: str = "1") -> Any:
        reference = "s-" + uuid.uuid4().hex[:12]
        return self.client.sell.create(
            body=SellOrderRequest(price_token=self.fix(who), external_id=reference,
                                  items=[SellItem(sku="GAG", amount=Decimal(grams))])
        )  # fmt: skip

    def deliver(self, who: OrderCustomerRequest, sku: str = "GAG", grams: int = 50) -> Any:
        place = {"fullname": "Elif Kaya", "city": "Ankara", "county": "Çankaya",
                 "district": "Kızılay", "address": "Atatürk Blv. 1"}  # fmt: skip
        return self.client.delivery.create(
            body=DeliveryOrderRequest(
                customer=DeliveryCustomer(external_id=who.external_id, firstname=who.firstname,
                                          lastname=who.lastname, phone=who.phone,
                                          email=who.email),
                external_id="d-" + uuid.uuid4().hex[:12], sku=sku, amount=grams,
                address=DeliveryAddresses(
                    billing=DeliveryBillingAddress(invoice_type="Individual", **place),
                    shipping=DeliveryShippingAddress(**place),
                ),
            )
        )  # fmt: skip

    def saved_card(self, who: OrderCustomerRequest, number: str = CARD.card_number) -> str:
        card = CreditCard(card_holder=CARD.card_holder, card_number=number,
                          card_expiry=CARD.card_expiry, card_cvv=CARD.card_cvv)  # fmt: skip
        body = StoredCardAddition(customer_external_id=who.external_id, card=card)
        return self.client.card_storage.add(body=body).card_token

    @staticmethod
    def by_card(token: str) -> dict[str, Any]:
        return {"payment_type": "creditcard",
                "payment": StoredCardPayment(card_token=token, card_cvv="731")}  # fmt: skip

    def cash(self, who: OrderCustomerRequest, amount: str, reference: str) -> Any:
        body = CashBalanceChange(external_id=reference, amount=Decimal(amount))
        return self.client.balances.update_customer_cash(who.external_id, body=body)


# How to provoke each refusal of the Partner API.
def unknown_customer(p: Partner) -> Any:
    return p.client.buy.fix_price(
        body=PriceFixRequest(type_="digital", customer_external_id="no-such-" + uuid.uuid4().hex)
    )


def used_token(p: Partner) -> Any:
    who = p.customer()
    token = p.fix(who)
    p.buy(who, token=token, topup=TOPUP)
    return p.buy(who, token=token, topup=TOPUP)


def partners_buy_with_a_customers_token(p: Partner) -> Any:
    return p.buy(None, token=p.fix(p.customer()))


def token_in_dollars(p: Partner) -> Any:
    who = p.customer()
    return p.buy(who, token=p.fix(who, currency="USD"))


def two_items_for_a_total(p: Partner) -> Any:
    who = p.customer()
    total = p.fix(who, total=Decimal("100.00"))
    return p.buy(who, BuyItem(sku="GAG"), BuyItem(sku="GAU"), token=total)


def a_total_below_a_milligram(p: Partner) -> Any:
    who = p.customer()
    return p.buy(who, BuyItem(sku="GAU"), token=p.fix(who, total=Decimal("0.01")))


def metal_blocked(p: Partner) -> Any:
    who = p.rich()
    p.deliver(who, grams=60)
    return p.sell(who, "41")  # 40 g free


def cash_twice(p: Partner) -> Any:
    who = p.customer()
    p.cash(who, "10.00", "twice")
    return p.cash(who, "10.00", "twice")


def another_customers_card(p: Partner) -> Any:
    return p.buy(p.customer(), **p.by_card(p.saved_card(p.customer())))


def installments_on_a_debit_card(p: Partner) -> Any:
    who = p.customer()
    return p.buy(who, installment=3, **p.by_card(p.saved_card(who, DEBIT)))


def delivery_without_cash(p: Partner) -> Any:
    who = p.customer()  # 50 g of silver, no cash left
    p.buy(who, BuyItem(sku="GAG", amount=Decimal("50")),
          topup=BuyOrderRequestTopup(price=Decimal("1767.50")))  # fmt: skip
    return p.deliver(who)


def _item(**given: Any) -> Callable[[Partner], Any]:
    return lambda p: p.buy(p.customer(), BuyItem(**given))


# key -> the refusal's status, the field it names, and how to provoke it
WALK: dict[str, tuple[int, str, Callable[[Partner], Any]]] = {
    "customer_not_found": (404, "customer_external_id", unknown_customer),
    "price_token_unknown": (404, "price_token", lambda p: p.buy(p.customer(), token="A" * 32)),
    "price_token_not_partner": (404, "price_token", partners_buy_with_a_customers_token),
    "price_token_used": (409, "price_token", used_token),
    "price_token_currency": (409, "price_token", token_in_dollars),
    "currency_mismatch": (409, "currency_code", lambda p: p.buy(p.customer(), currency_code="EUR")),
    "unknown_sku": (404, "items", _item(sku="GXX", amount=GRAM)),
    "bar_not_digital": (409, "items", _item(sku="BGAU", amount=GRAM)),
    "product_mismatch": (409, "items", _item(sku="GAG", amount=GRAM, product_id=7)),
    "amount_needed": (409, "items", _item(sku="GAG")),
    "one_item_for_total": (409, "items", two_items_for_a_total),
    "total_too_small": (409, "items", a_total_below_a_milligram),
    "buy_not_enough_cash": (409, "topup", lambda p: p.buy(p.customer())),
    "not_enough_metal": (409, "items", lambda p: p.sell(p.customer())),
    "metal_blocked": (409, "items", metal_blocked),
    "order_not_found": (404, "guid", lambda p: p.client.partner_orders.get(str(uuid.uuid4()))),
    "cash_below_zero": (409, "amount", lambda p: p.cash(p.customer(), "-0.01", "below")),
    "cash_change_done": (409, "external_id", cash_twice),
    "card_not_found": (
        404, "payment.card_token", lambda p: p.buy(p.customer(), **p.by_card("f" * 32)),
    ),
    "card_of_another": (403, "payment.card_token", another_customers_card),
    "payment_needed": (422, "payment", lambda p: p.buy(p.customer(), payment_type="creditcard")),
    "payment_type_needed": (
        422, "payment_type",
        lambda p: p.buy(p.customer(), payment=CardNumberPayment(**CARD.to_dict())),
    ),
    "installment_without_card": (
        422, "installment", lambda p: p.buy(p.customer(), installment=2, topup=TOPUP),
    ),
    "installment_not_offered": (409, "installment", installments_on_a_debit_card),
    "unknown_metal": (404, "sku", lambda p: p.deliver(p.rich(), sku="GXX")),
    "no_bars": (409, "sku", lambda p: p.deliver(p.rich(), sku="GPT")),
    "not_enough_free": (409, "amount", lambda p: p.deliver(p.rich(), grams=101)),
    "delivery_not_enough_cash": (409, "payment", delivery_without_cash),
    "lookup_needed": (
        404, "guid", lambda p: p.client.partner_orders.find(body=WalletOrderLookup()),
    ),
    "no_such_order": (
        404, "order_code",
        lambda p: p.client.partner_orders.find(body=WalletOrderLookup(order_code="MWNONE000000")),
    ),
    "kyc_not_found": (
        404, "external_customer_id",
        lambda p: p.client.customers.get_wallet_kyc(p.customer().external_id),
    ),
}  # fmt: skip


def ship(url: str, guid: str, language: str) -> httpx.Response:
    """The sandbox's vault ships a delivery (its Digest-protected control route)."""
    with httpx.Client(base_url=url, auth=httpx.DigestAuth(USER, PASSWORD)) as http:
        return http.post(f"/__sandbox/deliveries/{guid}/ship",
                         headers={"Accept-Language": language})  # fmt: skip


def shipped_twice(p: Partner, url: str, language: str) -> Any:
    guid = p.deliver(p.rich()).guid
    assert ship(url, guid, language).status_code == 200
    return ship(url, guid, language).json()


def unknown_delivery(p: Partner, url: str, language: str) -> Any:
    return ship(url, str(uuid.uuid4()), language).json()


CONTROL_WALK: dict[str, tuple[str, Callable[[Partner, str, str], Any]]] = {
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
            provoke(Partner(client))
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
    with MintedConnect(username=USER, password=PASSWORD, base_url=sandbox.url) as client:
        answer = provoke(Partner(client), sandbox.url, language)
    assert pattern(key, language).match(answer["message"]), answer
    assert answer["data"]["errors"] == {field: [answer["message"]]}


@SANDBOX_TEXTS
@pytest.mark.parametrize("language", LANGUAGES)
def test_an_expired_price_fix_speaks_the_callers_language(language: str) -> None:
    with RunningSandbox(username=USER, password=PASSWORD, price_ttl=1) as short:
        with MintedConnect(
            username=USER, password=PASSWORD, base_url=short.url, language=language
        ) as client:
            partner = Partner(client)
            who = partner.customer()
            token = partner.fix(who)
            time.sleep(1.2)  # the fix lives one second
            with pytest.raises(APIError) as refused:
                partner.buy(who, token=token)
    assert refused.value.status_code == 409
    assert pattern("price_token_expired", language).match(refused.value.message)


def test_the_walk_covers_every_partner_key() -> None:
    """Each catalog key a Partner module uses is walked above (or by a named test)."""
    used: set[str] = set()
    for name in ("_wallets", "_cards", "_delivery", "_partner_orders", "_kyc"):
        source = (SANDBOX / f"{name}.py").read_text(encoding="utf-8")
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
