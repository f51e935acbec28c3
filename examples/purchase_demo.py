"""The full purchase journey through the client, against a local sandbox (`make demo`).

Starts a sandbox on a free loopback port with a throw-away database, then, as an
integrator would: browses the catalog, registers a customer and their
addresses, fills and edits a basket, sets its addresses, reads the legal text,
completes the basket, pays through the payment provider's callback, and finds
the order; then buys digital gold with a price fix, sees the wallets, sells part
of it and finds both orders (Partner API); then buys bars into the vault, sees them,
sells one, delivers one and reads the invoice and receipt (Walletable E-Commerce).
Stops the sandbox at the end.

``journey()`` is the journey itself and returns what it saw (a ``Journey``):
``tests/journeys/test_purchase_journey.py`` runs this same function against the
test's server and checks every figure of it to the kuruş.
"""

from __future__ import annotations

import secrets
import sys
import tempfile
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

import httpx

from minted_connect import (
    ConflictError,
    MintedConnect,
    MintedConnectError,
    ValidationError,
    paginate,
)
from minted_connect.models import (
    BasketCompletion,
    BasketItemAddition,
    BasketItemRemoval,
    BasketItemUpdate,
    BuyItem,
    BuyOrderRequest,
    BuyOrderRequestTopup,
    CreditCard,
    EcomOrder,
    ExistingAddressSelection,
    LegalDocumentRequest,
    NewBillingAddress,
    NewIndividualCustomer,
    NewShippingAddress,
    OrderCustomerRequest,
    OrderLookup,
    PaymentType,
    PriceFix,
    PriceFixRequest,
    SellItem,
    SellOrderRequest,
    ShippingAddress,
    WalletableBasket,
    WalletableBasketItemAddition,
    WalletableCompletion,
    WalletableDeliveryCompletion,
    WalletableInvoice,
    WalletablePricefix,
    WalletOrderResult,
)
from minted_sandbox import RunningSandbox

Say = Callable[[str], None]


@dataclass(frozen=True)
class Vault:
    """Walletable E-Commerce's part of the journey: bars bought, sold, delivered."""

    buying: WalletableBasket  # the basket as it was completed
    bought: WalletableBasket  # the orders, as Complete Buy, Sell and Delivery answer them
    sold: WalletableBasket
    sent: WalletableBasket
    holdings: dict[str, int]  # sku -> bars in the vault at the end
    invoice: WalletableInvoice
    receipt: bytes


@dataclass(frozen=True)
class Journey:
    """What the journey saw, for whoever ran it to check."""

    customer_id: str
    basket: EcomOrder  # filled and edited, before its addresses
    card_type: PaymentType
    handed_over: EcomOrder  # Complete Basket's answer: the payment pending
    callback_status: int
    order: EcomOrder  # found after the payment provider's callback
    listed_tokens: list[str]
    incomplete_left: int
    gold_fix: PriceFix
    bought: WalletOrderResult  # 1.5 g of gold, with a 5,000 TRY top-up
    wallets_after_buy: dict[str, Decimal]
    sold: WalletOrderResult  # 0.25 g of it
    wallets_after_sell: dict[str, Decimal]
    partner_orders: list[str]  # their order codes
    vault: Vault


class Steps:
    def __init__(self, say: Say) -> None:
        self.number = 0
        self.say = say

    def __call__(self, text: str) -> None:
        self.number += 1
        self.say(f"\n[{self.number}] {text}")


def lira(amount: Decimal) -> str:
    return f"{amount:,.2f} TRY"


def show_basket(basket: EcomOrder, say: Say) -> None:
    for item in basket.items or []:  # UNSET is falsy: a basket the API sent without items
        say(f"      {item.amount} x {item.sku} {item.product_name} = {lira(item.total)}")
    say(
        f"      goods {lira(basket.price)} + delivery {lira(basket.delivery_price)}"
        f" = total {lira(basket.total)}"
    )


def journey(client: MintedConnect, sandbox_url: str, say: Say = print) -> Journey:
    """The whole journey through ``client``, telling each step to ``say``; the payment
    provider's 3-D Secure callback goes to ``sandbox_url`` (the sandbox's stand-in)."""
    step = Steps(say)
    customer_id = f"demo-{uuid.uuid4().hex[:12]}"

    step("Browse the catalog")
    page = client.catalog.list_products(page=1, total=5)
    say(f"    {page.total} products on {page.last_page} pages; the first five:")
    for product in page.data:
        price = lira(product.sale_price)
        say(f"      {product.sku} {product.name:<45} {price} ({product.stock} left)")
    categories = ", ".join(c.name for c in client.catalog.list_categories())
    say(f"    categories: {categories}")

    step(f"Register customer {customer_id}")
    customer = client.customers.create(
        body=NewIndividualCustomer(
            external_id=customer_id,
            firstname="Ayşe",
            lastname="Yılmaz",
            email="ayse.yilmaz@example.com",
            phone="+90 532 280 80 35",
            gender="F",
            identity_number="12345677938",
        )
    )
    wallets = ", ".join(w.currency_code for w in client.customers.get(customer_id).wallets)
    say(f"    {customer.fullname}, phone {customer.phone}, wallets {wallets}")

    step("Add a shipping and a billing address")
    shipping = client.customer_addresses.create(
        body=NewShippingAddress(
            external_customer_id=customer_id,
            type_="shipping",
            city="İstanbul",
            county="Beşiktaş",
            district="Etiler",
            address="Nispetiye Cad. No: 12",
            zipcode="34337",
        )
    )
    billing = client.customer_addresses.create(
        body=NewBillingAddress(
            external_customer_id=customer_id,
            type_="billing",
            invoice_type="Individual",
            tax_number="12345677938",
            city="Ankara",
            county="Çankaya",
            address="Atatürk Bulvarı No: 5",
        )
    )
    say(f"    shipping #{shipping.id}: {shipping.address}, {shipping.county}/{shipping.city}")
    say(f"    billing  #{billing.id}: {billing.address}, {billing.county}/{billing.city}")

    step("Fill the basket: 1 x MNT0001, then 2 x MNT0013, 3 x MNT0012 and 1 more MNT0001")
    basket = client.checkout.add_to_basket(
        body=BasketItemAddition(external_customer_id=customer_id, sku="MNT0001", qty=1)
    )
    token = basket.token
    for sku, qty in (("MNT0013", 2), ("MNT0012", 3), ("MNT0001", 1)):
        basket = client.checkout.add_to_basket(
            body=BasketItemAddition(
                external_customer_id=customer_id, cart_token=token, sku=sku, qty=qty
            )
        )
    say(f"    basket {token}")
    show_basket(basket, say)

    step("Edit it: MNT0013 down to 1, MNT0012 out; try 3 x MNT0006 (2 in stock)")
    client.checkout.update_item(
        body=BasketItemUpdate(
            external_customer_id=customer_id, cart_token=token, sku="MNT0013", qty=1
        )
    )
    basket = client.checkout.delete_item(
        body=BasketItemRemoval(external_customer_id=customer_id, cart_token=token, sku="MNT0012")
    )
    try:
        client.checkout.add_to_basket(
            body=BasketItemAddition(
                external_customer_id=customer_id, cart_token=token, sku="MNT0006", qty=3
            )
        )
    except ConflictError as error:
        say(f"    ConflictError {error.status_code}: {error.message}")
    show_basket(basket, say)

    step("Use the stored addresses for the basket")
    basket = client.checkout.set_existing_address(
        body=ExistingAddressSelection(
            external_customer_id=customer_id,
            cart_token=token,
            shipping_address_id=shipping.id,
            billing_address_id=billing.id,
        )
    )
    address = basket.shippingaddress
    if isinstance(address, ShippingAddress):
        say(f"    ships to {address.fullname}, {address.address}")

    step("Show the distance sales agreement (a PDF)")
    pdf = client.legal.get_pdf(
        body=LegalDocumentRequest(
            type_="distance_sales_agreement", external_customer_id=customer_id, cart_token=token
        )
    )
    document = pdf.payload.read()
    say(f"    {len(document):,} bytes, starts {document[:8]!r}")

    step("Pick a payment type and complete the basket")
    payment_types = client.checkout.list_payment_types()
    for kind in payment_types:
        state = "enabled" if kind.enabled else "disabled"
        say(f"    {kind.code:<12} {kind.name:<26} {kind.commission_rate} % ({state})")
    card_type = next(kind for kind in payment_types if kind.code == "credit-card")
    filled = basket
    try:
        client.checkout.complete_basket(
            body=BasketCompletion(
                external_customer_id=customer_id,
                cart_token=token,
                payment_type="credit-card",
                card=CreditCard(
                    card_holder="Ayşe Yılmaz", card_number="40480900", card_expiry="05/28",
                    card_cvv="731",
                ),
            )
        )  # fmt: skip
    except ValidationError as error:
        say(f"    a short card number: ValidationError, fields {sorted(error.errors)}")
    handed_over = client.checkout.complete_basket(
        body=BasketCompletion(
            external_customer_id=customer_id,
            cart_token=token,
            payment_type="credit-card",
            card=CreditCard(
                card_holder="Ayşe Yılmaz",
                card_number="4048090000007528",
                card_expiry="05/28",
                card_cvv="731",
            ),
        )
    )
    payment = handed_over.payment
    assert payment is not None and payment.details is not None
    say(f"    payment {payment.state}, card {payment.details.card_number}")
    say(f"    card cost {lira(handed_over.payment_cost)}, to pay {lira(handed_over.paid_total)}")
    say(f"    the customer opens {payment.redirect_url}")

    step("3-D Secure approved: the payment provider calls back")
    callback = httpx.get(f"{sandbox_url}/pay/{payment.token}/callback/success", timeout=10)
    say(f"    GET /pay/.../callback/success -> HTTP {callback.status_code}")

    step("Find the order")
    order = client.checkout.get_order(
        body=OrderLookup(customer_external_id=customer_id, cart_token=token)
    )
    say(
        f"    {order.increment_id}: {order.order_creation_status}, status {order.status_name},"
        f" paid {lira(order.paid_total)}"
    )
    orders = client.checkout.list_orders(customer_external_id=customer_id)
    tokens = [o.token for o in orders.data]
    say(f"    Get Orders for the customer: {orders.total} order(s), {tokens}")
    incomplete = client.checkout.list_incomplete_baskets(customer_external_id=customer_id)
    say(f"    incomplete baskets left: {incomplete.total}")

    step("Partner API: fix the price, buy 1.5 g of digital gold with a 5,000 TRY top-up")
    fixed = client.buy.fix_price(
        body=PriceFixRequest(type_="digital", customer_external_id=customer_id, currency="TRY")
    )
    gold = next(p for p in fixed.prices if p.sku == "GAU")
    say(f"    token valid {fixed.expire_ttl} s: gold buy {lira(gold.buy_price)}/g,"
          f" sell {lira(gold.sell_price)}/g")  # fmt: skip
    bought = client.buy.create(
        body=BuyOrderRequest(
            price_token=fixed.token,
            external_id=f"{customer_id}-buy",
            customer=OrderCustomerRequest(
                external_id=customer_id,
                firstname="Ayşe",
                lastname="Yılmaz",
                email="ayse.yilmaz@example.com",
                phone="+905322802835",
                identity_number="12345677938",
            ),
            items=[BuyItem(sku="GAU", amount=Decimal("1.5"))],
            topup=BuyOrderRequestTopup(price=Decimal("5000")),
        )
    )
    say(f"    order {bought.order_code[0]}: paid {lira(bought.total)}")

    step("See the wallets, sell 0.25 g, see them again")

    def show_wallets() -> dict[str, Decimal]:
        wallets = client.balances.get_customer(customer_id)
        for wallet in wallets:
            shown = lira(wallet.balance) if wallet.is_cash else f"{wallet.balance:.3f} g"
            say(f"      {wallet.currency_code}: {shown}")
        return {wallet.currency_code: wallet.balance for wallet in wallets}

    wallets_after_buy = show_wallets()
    again = client.buy.fix_price(
        body=PriceFixRequest(type_="digital", customer_external_id=customer_id, currency="TRY")
    )
    sold = client.sell.create(
        body=SellOrderRequest(
            price_token=again.token,
            external_id=f"{customer_id}-sell",
            items=[SellItem(sku="GAU", amount=Decimal("0.25"))],
        )
    )
    say(f"    order {sold.order_code[0]}: received {lira(sold.total)}")
    wallets_after_sell = show_wallets()

    step("Find both wallet orders in Get Orders, with their statuses")
    statuses = {status.name for status in client.partner_orders.list_statuses()}
    say(f"    {len(statuses)} order statuses, e.g. {sorted(statuses)[:3]}")
    partner_orders: list[str] = []
    for order_ in paginate(client.partner_orders.list, customer_external_id=customer_id):
        total = lira(order_.total or Decimal(0))
        say(f"    {order_.order_code}: {order_.type} {order_.description}, {total}, "
            f"{order_.status_name}")  # fmt: skip
        partner_orders.append(order_.order_code)

    return Journey(
        customer_id=customer_id,
        basket=filled,
        card_type=card_type,
        handed_over=handed_over,
        callback_status=callback.status_code,
        order=order,
        listed_tokens=tokens,
        incomplete_left=incomplete.total,
        gold_fix=fixed,
        bought=bought,
        wallets_after_buy=wallets_after_buy,
        sold=sold,
        wallets_after_sell=wallets_after_sell,
        partner_orders=partner_orders,
        vault=walletable(client, customer_id, shipping.id, step),
    )


def walletable(client: MintedConnect, customer_id: str, address_id: int, step: Steps) -> Vault:
    """Walletable E-Commerce: bars bought into the vault, sold in part, one delivered."""
    say = step.say
    step("Walletable: buy 2 x MNT0001 and 1 x MNT0013 into the vault")
    buying = client.walletable.create_basket(
        body=WalletableBasketItemAddition(
            external_customer_id=customer_id, type_="buy", sku="MNT0001", qty=2
        )
    )
    buying = client.walletable.create_basket(
        body=WalletableBasketItemAddition(
            external_customer_id=customer_id, cart_token=buying.token, sku="MNT0013", qty=1
        )
    )
    assert isinstance(buying.pricefix, WalletablePricefix)
    say(f"    prices fixed for {buying.pricefix.remaining} s: bars {lira(buying.total)}"
          f" + service {lira(buying.charge_fee)} ({buying.charge_fee_rate} %)"
          f" + minting {lira(buying.minting_fee)} + storage {lira(buying.storage_fee)}"
          f" + VAT {lira(buying.charges_vat)} = {lira(buying.paid_total)}")  # fmt: skip
    bought = client.walletable.complete_buy(body=completion(customer_id, buying))
    say(f"    order {bought.guid}: {bought.status_name}")

    def show_vault() -> dict[str, int]:
        holdings = client.walletable.get_balance(external_customer_id=customer_id)
        for row in holdings:
            say(f"      {row.amount} x {row.sku} ({row.grams} g {row.metal_type}):"
                f" {lira(row.value)}")  # fmt: skip
        return {row.sku: row.amount for row in holdings}

    show_vault()
    step("Walletable: sell 1 x MNT0001 back, deliver the silver bar")
    selling = client.walletable.create_basket(
        body=WalletableBasketItemAddition(
            external_customer_id=customer_id, type_="sell", sku="MNT0001", qty=1
        )
    )
    sold = client.walletable.complete_sell(body=completion(customer_id, selling))
    say(f"    sold for {lira(sold.total)} - service {lira(sold.charge_fee)} - VAT"
          f" {lira(sold.charges_vat)}: {lira(sold.paid_total)} into the TRY wallet")  # fmt: skip
    delivering = client.walletable.create_basket(
        body=WalletableBasketItemAddition(
            external_customer_id=customer_id, type_="delivery", sku="MNT0013", qty=1
        )
    )
    sent = client.walletable.complete_delivery(
        body=WalletableDeliveryCompletion(
            external_customer_id=customer_id,
            cart_token=delivering.token,
            price_token=delivering.price_token,
            shipping_address_id=address_id,
        )
    )
    arrival = sent.delivery.estimated_arrival_date if sent.delivery else None
    say(f"    delivery {sent.type_}: {sent.status_name}, shipping {lira(sent.paid_total)}"
          f" with VAT, arriving {arrival}")  # fmt: skip
    holdings = show_vault()
    step("Walletable: the buy's invoice and receipt")
    invoice = client.walletable.get_order_invoice(bought.guid)
    say(f"    invoice {invoice.invoice_number} ({invoice.order_code}):"
          f" {lira(invoice.paid_total)}")  # fmt: skip
    receipt = client.walletable.get_receipt(bought.guid).payload.read()
    say(f"    receipt: a {len(receipt)}-byte PDF")
    rates = client.walletable.list_currency_rates()  # a vault may price in AED (Dirhams)
    quoted = ", ".join(f"{r.currency_code} {r.rate}" for r in rates if r.currency_code != "TRY")
    say(f"    currency rates, TRY per unit: {quoted}")
    return Vault(buying, bought, sold, sent, holdings, invoice, receipt)


def completion(customer_id: str, basket: WalletableBasket) -> WalletableCompletion:
    return WalletableCompletion(
        external_customer_id=customer_id, cart_token=basket.token, price_token=basket.price_token
    )


def main() -> int:
    username, password = "partner", secrets.token_urlsafe(12)
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "demo.sqlite3"
        with RunningSandbox(username=username, password=password, db=db) as sandbox:
            print(f"sandbox running at {sandbox.url} (database {db.name}, Digest auth)")
            with MintedConnect(
                username=username, password=password, base_url=sandbox.url, language="en"
            ) as client:
                try:
                    journey(client, sandbox.url)
                except MintedConnectError as error:
                    print(f"\ndemo failed: {type(error).__name__}: {error}", file=sys.stderr)
                    return 1
        print("\nsandbox stopped. The same calls work against staging with MINTED_* set.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
