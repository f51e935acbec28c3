"""The whole purchase journey through the client, as an integrator runs it: ``make
demo``'s own journey (examples/purchase_demo.py) with every figure checked, then
what it leaves out (addresses, legal texts, an order through its statuses, a failed
payment, business rules, card data, the order list's filters).

Runs against the sandbox (the payment callback and fulfilment are the
sandbox's stand-ins for the payment provider and the warehouse).
"""

from __future__ import annotations

import io
import sys
from decimal import Decimal
from pathlib import Path

import httpx
import pytest
from pypdf import PdfReader

from minted_connect import ConflictError, MintedConnect, NotFoundError, ValidationError
from minted_connect.models import (
    AddressDeletion,
    BasketCompletion,
    BasketItemAddition,
    BasketItemUpdate,
    BasketReference,
    CreditCard,
    EcomOrder,
    ExistingAddressSelection,
    LegalDocumentRequest,
    NewAddresses,
    NewBillingAddressItem,
    NewIndividualCustomer,
    NewShippingAddress,
    NewShippingAddressItem,
    OrderLookup,
)

from ..support import ROOT, Target
from ..support.ecommerce import CARD_NUMBER, CVV, completion, pay, ready_basket, with_addresses
from ..support.partner import line_total
from ..support.walletable import cents

sys.path.insert(0, str(ROOT / "examples"))
import purchase_demo

pytestmark = pytest.mark.sandbox_only(
    reason="the sandbox's payment provider and warehouse stand-ins"
)


def dec(value: object) -> Decimal:
    """A money field of a model: always a Decimal, never a float."""
    assert type(value) is Decimal, f"{value!r} is not a Decimal"
    return value


def assert_totals_add_up(order: EcomOrder) -> None:
    items = order.items
    price = sum((dec(i.total) for i in items), Decimal(0))
    assert dec(order.price) == price
    for item in items:
        assert dec(item.total) == dec(item.price) * item.amount
    components = {"Minted Markup": Decimal(0), "Sigorta": Decimal(0), "Market Komisyon": Decimal(0)}
    for item in items:
        for part in item.prices:
            if part.name in components:
                components[part.name] += dec(part.price) * item.amount
    assert dec(order.minted_markup_price) == components["Minted Markup"]
    assert dec(order.insurance_price) == components["Sigorta"]
    assert dec(order.market_commission) == components["Market Komisyon"]
    expected_delivery = Decimal("65.00") if Decimal(0) < price < Decimal(5000) else Decimal(0)
    assert dec(order.delivery_price) == expected_delivery
    assert dec(order.total) == price + expected_delivery + dec(order.tax)
    assert dec(order.paid_total) == dec(order.total) + dec(order.payment_cost)


def advance(target: Target, token: str) -> httpx.Response:
    auth = httpx.DigestAuth(target.username, target.password)
    return httpx.post(f"{target.base_url}/__sandbox/orders/{token}/advance", auth=auth)


def test_the_demos_journey_adds_up_to_the_kurus(client: MintedConnect, target: Target) -> None:
    """``make demo``'s journey itself (examples/purchase_demo.py), every figure it saw
    checked: E-Commerce, then the Partner API's wallets, then the Walletable vault."""
    said: list[str] = []
    seen = purchase_demo.journey(client, target.base_url, said.append)
    steps = [line.strip() for line in said if line.startswith("\n[")]
    assert [step.split("]")[0] for step in steps] == [f"[{n}" for n in range(1, 17)]

    # E-Commerce: the basket as filled and edited, the payment, the order.
    basket = seen.basket
    assert {i.sku: i.amount for i in basket.items} == {"MNT0001": 2, "MNT0013": 1}
    assert_totals_add_up(basket)
    assert dec(basket.price) == Decimal("2914.73") * 2 + Decimal("1960.95")
    handed_over = seen.handed_over
    payment = handed_over.payment
    assert payment is not None and payment.state == "new"
    assert payment.details.card_number == "404809******7528"
    assert dec(handed_over.payment_cost) == (
        dec(handed_over.total) * dec(seen.card_type.commission_rate) / 100
    ).quantize(Decimal("0.01"))
    assert_totals_add_up(handed_over)
    assert seen.callback_status == 200
    order = seen.order
    assert (order.order_creation_status, order.status_name) == ("order", "Pending")
    assert order.payment is not None and order.payment.state == "success"
    assert_totals_add_up(order)
    assert dec(order.paid_total) == dec(handed_over.paid_total)
    assert seen.listed_tokens == [order.token] and seen.incomplete_left == 0

    # Partner API: 1.5 g bought with a 5,000 TRY top-up, 0.25 g sold, to the kuruş.
    gold = next(price for price in seen.gold_fix.prices if price.sku == "GAU")
    assert dec(seen.bought.total) == line_total(Decimal("1.5"), dec(gold.buy_price))
    assert dec(seen.sold.total) == line_total(Decimal("0.25"), dec(gold.sell_price))
    after_buy, after_sell = seen.wallets_after_buy, seen.wallets_after_sell
    assert (after_buy["MAU"], after_sell["MAU"]) == (Decimal("1.5"), Decimal("1.25"))
    assert after_buy["TRY"] == Decimal(5000) - seen.bought.total
    assert after_sell["TRY"] == after_buy["TRY"] + seen.sold.total
    assert all(type(balance) is Decimal for balance in (*after_buy.values(), *after_sell.values()))
    assert sorted(seen.partner_orders) == sorted([*seen.bought.order_code, *seen.sold.order_code])

    # Walletable: the vault's fees add up; the invoice is the buy's; one gold bar stays.
    vault = seen.vault
    buying = vault.buying
    fees = dec(buying.charge_fee) + dec(buying.minting_fee) + dec(buying.storage_fee)
    assert dec(buying.paid_total) == dec(buying.total) + fees + dec(buying.charges_vat)
    assert dec(buying.charge_fee) == cents(dec(buying.total) * buying.charge_fee_rate / 100)
    assert dec(vault.bought.paid_total) == dec(vault.invoice.paid_total) == buying.paid_total
    sold = vault.sold
    assert dec(sold.paid_total) == dec(sold.total) - dec(sold.charge_fee) - dec(sold.charges_vat)
    assert vault.sent.status_name == "Pending"
    assert vault.holdings == {"MNT0001": 1}
    assert vault.receipt.startswith(b"%PDF") and vault.receipt.rstrip().endswith(b"%%EOF")


def test_addresses_legal_texts_and_an_order_through_its_statuses(
    client: MintedConnect, target: Target, new_id: str
) -> None:
    """What the demo's journey leaves out: several addresses at once and one deleted,
    custom addresses with a card BIN, the legal text's PDF, the stock held and the
    basket locked while the payment is pending, a callback settling once, and the
    warehouse moving the order to Completed."""
    token = ready_basket(client, "MNT0001", 2, customer=new_id).token
    shipping = client.customer_addresses.create(
        body=NewShippingAddress(
            external_customer_id=new_id, type_="shipping", city="İstanbul", county="Beşiktaş",
            district="Etiler", address="Nispetiye Cad. 1", zipcode="34337",
        )
    )  # fmt: skip
    assert shipping.fullname == "Zeynep Aydın"  # defaults to the customer's
    billing, spare = client.customer_addresses.create_multiple(
        body=NewAddresses(
            external_customer_id=new_id,
            addresses=[
                NewBillingAddressItem(
                    type_="billing", invoice_type="Individual", tax_number="12345677938",
                    city="Ankara", county="Çankaya", address="Atatürk Bulvarı 5",
                ),
                NewShippingAddressItem(
                    type_="shipping", city="İzmir", county="Konak", address="Kordon 3"
                ),
            ],
        )
    )  # fmt: skip
    assert [a.type_ for a in client.customer_addresses.list(customer_external_id=new_id)] == [
        "shipping", "billing", "shipping",
    ]  # fmt: skip
    client.customer_addresses.delete(
        body=AddressDeletion(external_customer_id=new_id, address_id=spare.id)
    )
    assert len(client.customer_addresses.list(customer_external_id=new_id)) == 2
    basket = client.checkout.set_existing_address(
        body=ExistingAddressSelection(
            external_customer_id=new_id,
            cart_token=token,
            shipping_address_id=shipping.id,
            billing_address_id=billing.id,
        )
    )
    assert basket.shippingaddress.city == "İstanbul"
    basket = with_addresses(client, new_id, token, card_bin="404809")
    assert basket.shippingaddress.address == "Kordon 1"
    assert client.checkout.get_basket(customer_external_id=new_id, cart_token=token).token == token
    baskets = client.checkout.list_incomplete_baskets(
        customer_external_id=new_id, card_bin="404809"
    )
    assert [b.token for b in baskets.data] == [token]

    types = {t.type_ for t in client.legal.list_types()}
    assert "distance_sales_agreement" in types
    pdf = client.legal.get_pdf(
        body=LegalDocumentRequest(
            type_="distance_sales_agreement", external_customer_id=new_id, cart_token=token
        )
    )
    document = pdf.payload.read()
    assert document.startswith(b"%PDF-1.4") and document.rstrip().endswith(b"%%EOF")
    text = PdfReader(io.BytesIO(document)).pages[0].extract_text()
    assert "Zeynep Aydin" in text and token in text

    stock_before = client.catalog.get_product(sku="MNT0001").stock
    handed_over = client.checkout.complete_basket(body=completion(new_id, token))
    assert client.catalog.get_product(sku="MNT0001").stock == stock_before - 2  # held
    with pytest.raises(ConflictError):  # locked while the payment is pending
        client.checkout.clear_basket(
            body=BasketReference(external_customer_id=new_id, cart_token=token)
        )
    payment = handed_over.payment
    assert payment is not None and isinstance(payment.redirect_url, str)
    callback = pay(target.base_url, payment.redirect_url, "success")
    assert callback.status_code == 200 and callback.json()["data"]["status_name"] == "Pending"
    assert pay(target.base_url, payment.redirect_url, "success").status_code == 409  # settled once
    listed = client.checkout.list_orders(customer_external_id=new_id, status="Pending")
    assert [o.token for o in listed.data] == [token]
    statuses = [advance(target, token).json()["data"]["status_name"] for _ in range(5)]
    assert statuses == ["Payment Confirmed", "Preparing", "Packed", "Shipped", "Completed"]
    assert advance(target, token).status_code == 409
    shipped = client.checkout.get_order(
        body=OrderLookup(customer_external_id=new_id, cart_token=token)
    )
    assert shipped.delivery is not None and shipped.delivery.cargo_tracking_number


def test_a_failed_payment_releases_the_stock_and_reopens_the_basket(
    client: MintedConnect, target: Target, new_id: str
) -> None:
    basket = ready_basket(client, "MNT0014", 2, customer=new_id)
    before = client.catalog.get_product(sku="MNT0014").stock
    completed = client.checkout.complete_basket(body=completion(new_id, basket.token))
    assert client.catalog.get_product(sku="MNT0014").stock == before - 2
    failed = pay(
        target.base_url,
        completed.payment.redirect_url,
        "fail",
        "?reason=Yetersiz%20bakiye&code=051",
    )
    assert failed.status_code == 200
    payment = failed.json()["data"]["payment"]
    assert (payment["state"], payment["fail_reason"], payment["fail_code"]) == (
        "fail",
        "Yetersiz bakiye",
        "051",
    )
    assert client.catalog.get_product(sku="MNT0014").stock == before
    reopened = client.checkout.update_item(
        body=BasketItemUpdate(
            external_customer_id=new_id, cart_token=basket.token, sku="MNT0014", qty=1
        )
    )
    assert reopened.order_creation_status == "basket" and dec(reopened.payment_cost) == 0


def test_business_rules_answer_with_the_field(client: MintedConnect, new_id: str) -> None:
    basket = ready_basket(client, "MNT0001", 1, customer=new_id)
    token = basket.token

    with pytest.raises(ConflictError) as above_stock:  # MNT0006 has 2 in stock
        client.checkout.add_to_basket(
            body=BasketItemAddition(
                external_customer_id=new_id, cart_token=token, sku="MNT0006", qty=3
            )
        )
    assert "qty" in above_stock.value.body["data"]["errors"]
    with pytest.raises(NotFoundError) as unknown_sku:
        client.checkout.add_to_basket(
            body=BasketItemAddition(
                external_customer_id=new_id, cart_token=token, sku="NOPE1", qty=1
            )
        )
    assert "sku" in unknown_sku.value.body["data"]["errors"]
    with pytest.raises(NotFoundError) as other_customer:  # the docs' basket belongs to someone else
        client.checkout.get_basket(
            customer_external_id=new_id, cart_token="oABVm4sOlCrpCpFkQdh1NkJrk1oofOAp"
        )
    assert "cart_token" in other_customer.value.body["data"]["errors"]

    emptied = client.checkout.clear_basket(
        body=BasketReference(external_customer_id=new_id, cart_token=token)
    )
    assert emptied.items == [] and dec(emptied.total) == 0
    with pytest.raises(ConflictError) as empty:
        client.checkout.complete_basket(body=completion(new_id, token))
    assert empty.value.body["data"]["errors"] == {"cart_token": [empty.value.message]}

    fresh = client.checkout.add_to_basket(
        body=BasketItemAddition(external_customer_id=new_id, sku="MNT0001", qty=1)
    )
    with pytest.raises(ConflictError) as no_address:
        client.checkout.complete_basket(body=completion(new_id, fresh.token))
    assert "shipping" in no_address.value.body["data"]["errors"]

    removed = client.customers.remove(new_id)
    assert removed.external_id == new_id
    with pytest.raises(NotFoundError):
        client.customers.get(new_id)
    with pytest.raises(NotFoundError) as gone:
        client.checkout.add_to_basket(
            body=BasketItemAddition(external_customer_id=new_id, sku="MNT0001", qty=1)
        )
    assert "external_customer_id" in gone.value.body["data"]["errors"]
    with pytest.raises(ConflictError):  # a removed id is not reused
        client.customers.create(
            body=NewIndividualCustomer(
                external_id=new_id,
                firstname="Ayşe",
                lastname="Kaya",
                phone="+905321112233",
                identity_number="12345677938",
            )
        )


def test_card_data_never_reaches_the_database_logs_or_responses(tmp_path: Path) -> None:
    from minted_sandbox import RunningSandbox

    db = tmp_path / "cards.sqlite3"
    with RunningSandbox(username="u", password="p", db=db) as sandbox:
        target = Target(sandbox.url, "u", "p", True)
        sent: list[bytes] = []
        hooks = {"response": [lambda r: sent.append(r.read())]}
        with httpx.Client(event_hooks=hooks) as http, target.client(http_client=http) as client:
            basket = ready_basket(client, "MNT0001", 1, customer="card-check-1")
            completed = client.checkout.complete_basket(
                body=completion("card-check-1", basket.token)
            )
            pay(target.base_url, completed.payment.redirect_url, "success")
            client.checkout.get_order(
                body=OrderLookup(customer_external_id="card-check-1", cart_token=basket.token)
            )
            bad = CreditCard(
                card_holder="X Y Z",
                card_number="40480900000075289999",
                card_expiry="13/28",
                card_cvv="98765",
            )
            basket2 = client.checkout.add_to_basket(
                body=BasketItemAddition(external_customer_id="card-check-1", sku="MNT0001", qty=1)
            )
            with pytest.raises(ValidationError):
                client.checkout.complete_basket(
                    body=BasketCompletion(
                        external_customer_id="card-check-1",
                        cart_token=basket2.token,
                        payment_type="credit-card",
                        card=bad,
                    )
                )
        log = sandbox.log()
    stored = b"".join(p.read_bytes() for p in tmp_path.iterdir())
    values = (CARD_NUMBER, f'"{CVV}"', "40480900000075289999", "98765")
    for secret in (*values, "card_cvv"):  # not even the CVV's key is stored
        assert secret.encode() not in stored, f"{secret} reached the database"
        assert secret not in log
    for secret in values:  # a 422 names the field card.card_cvv, never its value
        assert all(secret.encode() not in body for body in sent), f"{secret} was answered"
    assert b"404809******7528" in stored


def test_list_orders_filters_sorts_and_pages(
    client: MintedConnect, target: Target, new_id: str
) -> None:
    # Three paid orders of one customer: 1 x MNT0001, 2 x MNT0013, 1 x MNT0012.
    tokens = [ready_basket(client, "MNT0001", 1, customer=new_id).token]
    for sku, qty in (("MNT0013", 2), ("MNT0012", 1)):
        basket = client.checkout.add_to_basket(
            body=BasketItemAddition(external_customer_id=new_id, sku=sku, qty=qty)
        )
        tokens.append(with_addresses(client, new_id, basket.token).token)
    for token in tokens:
        completed = client.checkout.complete_basket(body=completion(new_id, token))
        assert pay(target.base_url, completed.payment.redirect_url, "success").status_code == 200
    advance(target, tokens[0])  # the first one moves to Payment Confirmed

    def listed(**filters: object) -> list[str]:
        page = client.checkout.list_orders(customer_external_id=new_id, **filters)
        return [o.token for o in page.data]

    totals = {
        o.token: dec(o.total) for o in client.checkout.list_orders(customer_external_id=new_id).data
    }
    by_total = sorted(tokens, key=lambda t: totals[t])
    assert listed(sort_by="total", sort_type="asc") == by_total
    assert listed(sort_by="total", sort_type="desc") == by_total[::-1]
    assert listed(sort_by="created_at", sort_type="asc") == tokens
    assert listed() == tokens[::-1]  # default: newest first
    assert listed(sku="MNT0013") == [tokens[1]]
    assert listed(status="Payment Confirmed") == [tokens[0]]
    assert sorted(listed(status="Pending")) == sorted(tokens[1:])
    today = client.checkout.get_order(
        body=OrderLookup(customer_external_id=new_id, cart_token=tokens[0])
    ).order_at.date()
    assert len(listed(start_date=today, end_date=today)) == 3
    assert listed(end_date=today.replace(year=today.year - 1)) == []
    first = client.checkout.list_orders(customer_external_id=new_id, total=5, page=1)
    assert (first.per_page, first.total, first.last_page) == (5, 3, 1)
    beyond = client.checkout.list_orders(customer_external_id=new_id, total=5, page=2)
    assert beyond.data == [] and beyond.from_ is None
