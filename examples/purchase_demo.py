"""The full purchase journey through the client, against a local sandbox (`make demo`).

Starts a sandbox on a free loopback port with a throw-away database, then, as an
integrator would: browses the catalog, registers a customer and their
addresses, fills and edits a basket, sets its addresses, reads the legal text,
completes the basket, pays through the payment provider's callback, and finds
the order; then buys digital gold with a price fix, sees the wallets, sells part
of it and finds both orders (Partner API); then buys bars into the vault, sees them,
sells one, delivers one and reads the invoice and receipt (Walletable E-Commerce).
Stops the sandbox at the end.
"""

from __future__ import annotations

import secrets
import sys
import tempfile
import uuid
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
    PriceFixRequest,
    SellItem,
    SellOrderRequest,
    ShippingAddress,
    WalletableBasket,
    WalletableBasketItemAddition,
    WalletableCompletion,
    WalletableDeliveryCompletion,
    WalletablePricefix,
)
from minted_sandbox import RunningSandbox


class Steps:
    def __init__(self) -> None:
        self.number = 0

    def __call__(self, text: str) -> None:
        self.number += 1
        print(f"\n[{self.number}] {text}")


def lira(amount: Decimal) -> str:
    return f"{amount:,.2f} TRY"


def show_basket(basket: EcomOrder) -> None:
    for item in basket.items or []:  # UNSET is falsy: a basket the API sent without items
        print(f"      {item.amount} x {item.sku} {item.product_name} = {lira(item.total)}")
    print(
        f"      goods {lira(basket.price)} + delivery {lira(basket.delivery_price)}"
        f" = total {lira(basket.total)}"
    )


def run(client: MintedConnect, sandbox_url: str) -> None:
    step = Steps()
    customer_id = f"demo-{uuid.uuid4().hex[:12]}"

    step("Browse the catalog")
    page = client.catalog.list_products(page=1, total=5)
    print(f"    {page.total} products on {page.last_page} pages; the first five:")
    for product in page.data:
        price = lira(product.sale_price)
        print(f"      {product.sku} {product.name:<45} {price} ({product.stock} left)")
    categories = ", ".join(c.name for c in client.catalog.list_categories())
    print(f"    categories: {categories}")

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
    print(f"    {customer.fullname}, phone {customer.phone}, wallets {wallets}")

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
    print(f"    shipping #{shipping.id}: {shipping.address}, {shipping.county}/{shipping.city}")
    print(f"    billing  #{billing.id}: {billing.address}, {billing.county}/{billing.city}")

    step("Fill the basket: 1 x MNT0001, then 2 x MNT0013 and 3 x MNT0012")
    basket = client.checkout.add_to_basket(
        body=BasketItemAddition(external_customer_id=customer_id, sku="MNT0001", qty=1)
    )
    token = basket.token
    for sku, qty in (("MNT0013", 2), ("MNT0012", 3)):
        basket = client.checkout.add_to_basket(
            body=BasketItemAddition(
                external_customer_id=customer_id, cart_token=token, sku=sku, qty=qty
            )
        )
    print(f"    basket {token}")
    show_basket(basket)

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
        print(f"    ConflictError {error.status_code}: {error.message}")
    show_basket(basket)

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
        print(f"    ships to {address.fullname}, {address.address}")

    step("Show the distance sales agreement (a PDF)")
    pdf = client.legal.get_pdf(
        body=LegalDocumentRequest(
            type_="distance_sales_agreement", external_customer_id=customer_id, cart_token=token
        )
    )
    document = pdf.payload.read()
    print(f"    {len(document):,} bytes, starts {document[:8]!r}")

    step("Pick a payment type and complete the basket")
    for kind in client.checkout.list_payment_types():
        state = "enabled" if kind.enabled else "disabled"
        print(f"    {kind.code:<12} {kind.name:<26} {kind.commission_rate} % ({state})")
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
        print(f"    a short card number: ValidationError, fields {sorted(error.errors)}")
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
    print(f"    payment {payment.state}, card {payment.details.card_number}")
    print(f"    card cost {lira(handed_over.payment_cost)}, to pay {lira(handed_over.paid_total)}")
    print(f"    the customer opens {payment.redirect_url}")

    step("3-D Secure approved: the payment provider calls back")
    callback = httpx.get(f"{sandbox_url}/pay/{payment.token}/callback/success", timeout=10)
    print(f"    GET /pay/.../callback/success -> HTTP {callback.status_code}")

    step("Find the order")
    order = client.checkout.get_order(
        body=OrderLookup(customer_external_id=customer_id, cart_token=token)
    )
    print(
        f"    {order.increment_id}: {order.order_creation_status}, status {order.status_name},"
        f" paid {lira(order.paid_total)}"
    )
    orders = client.checkout.list_orders(customer_external_id=customer_id)
    tokens = [o.token for o in orders.data]
    print(f"    Get Orders for the customer: {orders.total} order(s), {tokens}")
    incomplete = client.checkout.list_incomplete_baskets(customer_external_id=customer_id)
    print(f"    incomplete baskets left: {incomplete.total}")

    step("Partner API: fix the price, buy 1.5 g of digital gold with a 5,000 TRY top-up")
    fixed = client.buy.fix_price(
        body=PriceFixRequest(type_="digital", customer_external_id=customer_id, currency="TRY")
    )
    gold = next(p for p in fixed.prices if p.sku == "GAU")
    print(f"    token valid {fixed.expire_ttl} s: gold buy {lira(gold.buy_price)}/g,"
          f" sell {lira(gold.sell_price)}/g")  # fmt: skip
    bought = client.buy.create(
        body=BuyOrderRequest(
            price_token=fixed.token,
            external_id="demo-buy-1",
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
    print(f"    order {bought.order_code[0]}: paid {lira(bought.total)}")

    step("See the wallets, sell 0.25 g, see them again")

    def show_wallets() -> None:
        for wallet in client.balances.get_customer(customer_id):
            shown = lira(wallet.balance) if wallet.is_cash else f"{wallet.balance:.3f} g"
            print(f"      {wallet.currency_code}: {shown}")

    show_wallets()
    again = client.buy.fix_price(
        body=PriceFixRequest(type_="digital", customer_external_id=customer_id, currency="TRY")
    )
    sold = client.sell.create(
        body=SellOrderRequest(
            price_token=again.token,
            external_id="demo-sell-1",
            items=[SellItem(sku="GAU", amount=Decimal("0.25"))],
        )
    )
    print(f"    order {sold.order_code[0]}: received {lira(sold.total)}")
    show_wallets()

    step("Find both wallet orders in Get Orders, with their statuses")
    statuses = {status.name for status in client.partner_orders.list_statuses()}
    print(f"    {len(statuses)} order statuses, e.g. {sorted(statuses)[:3]}")
    for order_ in paginate(client.partner_orders.list, customer_external_id=customer_id):
        total = lira(order_.total or Decimal(0))
        print(f"    {order_.order_code}: {order_.type} {order_.description}, {total}, "
              f"{order_.status_name}")  # fmt: skip

    walletable(client, customer_id, shipping.id, step)


def walletable(client: MintedConnect, customer_id: str, address_id: int, step: Steps) -> None:
    """Walletable E-Commerce: bars bought into the vault, sold in part, one delivered."""
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
    print(f"    prices fixed for {buying.pricefix.remaining} s: bars {lira(buying.total)}"
          f" + service {lira(buying.charge_fee)} ({buying.charge_fee_rate} %)"
          f" + minting {lira(buying.minting_fee)} + storage {lira(buying.storage_fee)}"
          f" + VAT {lira(buying.charges_vat)} = {lira(buying.paid_total)}")  # fmt: skip
    bought = client.walletable.complete_buy(body=completion(customer_id, buying))
    print(f"    order {bought.guid}: {bought.status_name}")

    def show_vault() -> None:
        for row in client.walletable.get_balance(external_customer_id=customer_id):
            print(f"      {row.amount} x {row.sku} ({row.grams} g {row.metal_type}):"
                  f" {lira(row.value)}")  # fmt: skip

    show_vault()
    step("Walletable: sell 1 x MNT0001 back, deliver the silver bar")
    selling = client.walletable.create_basket(
        body=WalletableBasketItemAddition(
            external_customer_id=customer_id, type_="sell", sku="MNT0001", qty=1
        )
    )
    sold = client.walletable.complete_sell(body=completion(customer_id, selling))
    print(f"    sold for {lira(sold.total)} - service {lira(sold.charge_fee)} - VAT"
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
    print(f"    delivery {sent.type_}: {sent.status_name}, shipping {lira(sent.paid_total)}"
          f" with VAT, arriving {arrival}")  # fmt: skip
    show_vault()
    step("Walletable: the buy's invoice and receipt")
    invoice = client.walletable.get_order_invoice(bought.guid)
    print(f"    invoice {invoice.invoice_number} ({invoice.order_code}):"
          f" {lira(invoice.paid_total)}")  # fmt: skip
    receipt = client.walletable.get_receipt(bought.guid).payload.read()
    print(f"    receipt: a {len(receipt)}-byte PDF")
    rates = client.walletable.list_currency_rates()  # a vault may price in AED (Dirhams)
    quoted = ", ".join(f"{r.currency_code} {r.rate}" for r in rates if r.currency_code != "TRY")
    print(f"    currency rates, TRY per unit: {quoted}")


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
                    run(client, sandbox.url)
                except MintedConnectError as error:
                    print(f"\ndemo failed: {type(error).__name__}: {error}", file=sys.stderr)
                    return 1
        print("\nsandbox stopped. The same calls work against staging with MINTED_* set.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
