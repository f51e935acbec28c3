"""Walletable E-Commerce through the client: bars bought into the vault, sold back and
delivered, each checked to the kuruş against the Complete Delivery page's fee table;
the price fix that refreshes; the refusals, naming their fields in Turkish and English;
and the sandbox's books of the vault.

The journeys hold on any correct server (their figures are worked out from what the
basket says, ``tests/support/walletable.py``); what needs the sandbox's control routes, fee
settings or database is marked ``sandbox_only`` with its reason.
"""

from __future__ import annotations

import base64
import datetime
import io
import itertools
import sqlite3
import uuid
from collections.abc import Callable, Iterator
from contextlib import closing
from decimal import Decimal
from pathlib import Path

import pytest
from pypdf import PdfReader

from minted_connect import (
    APIError,
    ConflictError,
    MintedConnect,
    NotFoundError,
    OutcomeUnknownError,
)
from minted_connect.models import (
    UNSET,
    BasketItemRemoval,
    BasketItemUpdate,
    BasketReference,
    NewIndividualCustomer,
    PriceFixRequest,
    Unset,
    WalletableBasketItemAddition,
    WalletableCompletion,
    WalletableDeliveryCompletion,
    WalletableImportRequest,
    WalletableSummaryItem,
    WalletableSummaryRequest,
    WalletableTypedSummaryRequest,
)
from minted_sandbox.sections import MESSAGES, open_store
from minted_sandbox.walletable._fees import WalletableFees, fee_table

from ..support import Target, in_process
from ..support.controls import assert_books, assert_envelope, assert_vault_books, controls
from ..support.partner import PERSON, balances, field_of
from ..support.recipes import calls_of, run
from ..support.walletable import (
    assert_fees,
    bars,
    basket,
    catalog_bars,
    cents,
    complete,
    completion,
    figures_of,
    import_done,
    imported,
    new_customer,
    share,
    sparse_workbook,
    vault,
    workbook,
)

# The sandbox's seed: a 1.01 g gold bar, a 50 g and a 1000 g silver bar (only the tests
# marked sandbox_only name them; the others take the server's catalog, catalog_bars).
GOLD, SILVER, KILO = "MNT0001", "MNT0013", "MNT0017"
# An AED vault's own bars: the pages' (spec/CURATION.md WL4, WL13)
DIRHAM_GOLD, DIRHAM_SILVER = "MNTBAE0001", "MNTBAE0013"
LANGUAGES = ("tr", "en")
SHIPS = "ships with the sandbox's vault (/__sandbox/walletable/orders/{guid}/ship)"
EXPIRES = "ends a price fix with the sandbox's control (/__sandbox/walletable/baskets/.../expire)"
BOOKS = "reads the sandbox's database file (the vault's books)"
FEES = "a sandbox of its own with fee settings (minted-sandbox --walletable-fee)"
AED = "a sandbox of its own priced in AED (minted-sandbox --walletable-currency AED)"


# ---------------------------------------------------------------- the fee table itself
@pytest.mark.parametrize(
    ("kind", "raw", "storage", "expected"),
    [  # the three examples of the Complete Delivery page, field for field
        (
            "buy",
            "2184.24",
            True,
            {
                "total": "2184.24",
                "charge_fee": "218.42",
                "minting_fee": "109.21",
                "storage_fee": "436.85",
                "charges_vat": "38.22",
                "paid_total": "2986.94",
                "delivery_cost": "0",
            },
        ),
        (
            "sell",
            "2730.3",
            False,
            {
                "total": "2730.3",
                "charge_fee": "273.03",
                "minting_fee": "0",
                "storage_fee": "0",
                "charges_vat": "13.65",
                "paid_total": "2443.62",
                "delivery_cost": "0",
            },
        ),
        (
            "delivery",
            "0",
            False,
            {
                "total": "3",
                "charge_fee": "0",
                "minting_fee": "0",
                "storage_fee": "0",
                "charges_vat": "0.15",
                "paid_total": "3.15",
                "delivery_cost": "3",
            },
        ),
        # the basket answer of api-26503549: half-up (150.445 -> 150.45), not half-even
        (
            "buy",
            "3008.9",
            True,
            {
                "total": "3008.9",
                "charge_fee": "300.89",
                "minting_fee": "150.45",
                "storage_fee": "601.78",
                "charges_vat": "52.66",
                "paid_total": "4114.68",
                "delivery_cost": "0",
            },
        ),
    ],
)
def test_the_sandboxs_fee_table_gives_the_pages_examples_to_the_kurus(
    kind: str, raw: str, storage: bool, expected: dict[str, str]
) -> None:
    table = fee_table(kind, [Decimal(raw)], WalletableFees(), storage_applies=storage)
    assert table == {name: Decimal(value) for name, value in expected.items()}


# ---------------------------------------------------------------- the three journeys
def test_buy_sell_and_deliver_bars_through_the_vault_to_the_kurus(client: MintedConnect) -> None:
    """Buy: the bars enter the vault; sell: they leave it and the cash enters the TRY
    wallet; deliver: they leave it for the shipping address, a Pending order."""
    gold, silver = catalog_bars(client)
    customer, address = new_customer(client)
    cash_before = balances(client, customer)

    # buy: two baskets' worth of changes, then Complete Buy at the fixed prices
    buying = basket(client, customer, "buy", (gold, 2), (silver, 1))
    buying = client.walletable.update_basket_item(
        body=BasketItemUpdate(
            external_customer_id=customer, cart_token=buying.token, sku=gold, qty=3
        )
    )
    assert [(i.sku, i.amount) for i in buying.items] == [(gold, 3), (silver, 1)]
    assert buying.order_creation_status == "basket" and buying.status_name == "Created"
    assert buying.pricefix is not None and buying.pricefix.remaining >= 0
    assert_fees(buying)
    active = client.walletable.get_active_basket(external_customer_id=customer, type_="buy")
    assert active.token == buying.token
    bought = complete(client, customer, active)
    assert (bought.type_, bought.order_creation_status) == ("buy", "order")
    assert bought.paid_total == active.paid_total and bought.token == buying.token
    assert_fees(bought)
    held = vault(client, customer)
    assert {sku: row.amount for sku, row in held.items()} == {gold: 3, silver: 1}
    for item in bought.items:
        assert held[item.sku].grams == item.amount * item.product_weight
        assert held[item.sku].product_weight == item.product_weight
    assert vault(client, customer, metal_type="silver").keys() == {silver}

    # sell one gold bar: out of the vault, its net value into the cash wallet of its
    # currency (a partner pricing in a currency customers hold no wallet of pays it out)
    selling = basket(client, customer, "sell", (gold, 1))
    assert_fees(selling)
    sold = complete(client, customer, selling)
    assert (sold.type_, sold.order_creation_status) == ("sell", "order")
    assert bars(client, customer) == {gold: 2, silver: 1}
    cash_after = balances(client, customer)
    if sold.currency_code in cash_before:
        moved = cash_after[sold.currency_code] - cash_before[sold.currency_code]
        assert moved == sold.paid_total
    else:
        assert cash_after == cash_before

    # deliver the silver bar: a walletable_ecommerce order, Pending, to the address
    delivering = basket(client, customer, "delivery", (silver, 1))
    assert_fees(delivering)
    held = vault(client, customer, is_deliverable="true")
    assert held.keys() == {gold}  # the open delivery basket holds the silver bar
    sent = complete(client, customer, delivering, address)
    assert (sent.type_, sent.status_name, sent.order_creation_status) == (
        "walletable_ecommerce",
        "Pending",
        "order",
    )
    assert_fees(sent)
    assert sent.shippingaddress is not None and sent.shippingaddress.id == address
    assert sent.delivery is not None and sent.delivery.cargo_tracking_number is None
    assert sent.delivery.estimated_arrival_date is not None
    assert bars(client, customer) == {gold: 2}

    # the orders, newest first, and each one's invoice
    orders = client.walletable.list_orders(customer_external_id=customer)
    assert [o.guid for o in orders.data] == [sent.guid, sold.guid, bought.guid]
    only = client.walletable.list_orders(customer_external_id=customer, tx_type="buy,sell")
    assert [o.guid for o in only.data] == [sold.guid, bought.guid]
    one = client.walletable.list_orders(customer_external_id=customer, order_id=bought.id)
    assert [o.guid for o in one.data] == [bought.guid]
    for order in (bought, sold, sent):
        receipt = client.walletable.get_receipt(order.guid).payload.read()
        assert receipt.startswith(b"%PDF-") and receipt.rstrip().endswith(b"%%EOF")
        invoice = client.walletable.get_order_invoice(order.guid)
        assert (invoice.guid, invoice.type_) == (order.guid, order.type_)
        assert invoice.order_code
        assert (invoice.total, invoice.paid_total, invoice.charges_vat) == (
            order.total,
            order.paid_total,
            order.charges_vat,
        )
        assert [(line.sku, line.amount) for line in invoice.lines] == [
            (item.sku, item.amount) for item in order.items
        ]


def test_the_vaults_products_and_the_currency_rates(client: MintedConnect) -> None:
    """Get Products lists the bars baskets take, priced; Currency Rates one rate per
    currency; Rate History a rate per day, oldest first (the last 7 days by default)."""
    gold, silver = catalog_bars(client)
    products = {p.sku: p for p in client.walletable.list_products()}
    assert {gold, silver} <= products.keys()
    assert all(p.price > 0 and p.product_weight > 0 for p in products.values())
    golds = client.walletable.list_products(metal_type="gold")
    assert golds and {p.metal_type for p in golds} == {"gold"}
    rates = client.walletable.list_currency_rates()
    codes = [r.currency_code for r in rates]
    assert len(codes) == len(set(codes)) and {"USD", "AED"} <= set(codes)
    assert all(r.rate > 0 for r in rates)
    week = client.walletable.list_rate_history(currency_code="USD")
    assert len(week) == 7 and {r.currency_code for r in week} == {"USD"}
    assert [(b.date - a.date).days for a, b in itertools.pairwise(week)] == [1] * 6
    days = client.walletable.list_rate_history(
        currency_code="EUR",
        start_date=datetime.date(2026, 1, 1),
        end_date=datetime.date(2026, 1, 3),
    )
    assert [r.date.isoformat() for r in days] == ["2026-01-01", "2026-01-02", "2026-01-03"]


def test_the_summaries_price_as_baskets_do_and_store_nothing(client: MintedConnect) -> None:
    """Generation A's Summary entries: what a basket would come to, by the fee table, and
    the customer's vault and orders."""
    gold, silver = catalog_bars(client)
    customer, _ = new_customer(client)
    items = [WalletableSummaryItem(sku=gold, qty=2), WalletableSummaryItem(sku=silver, qty=1)]
    quoted = client.walletable.summary_buy(
        body=WalletableSummaryRequest(external_customer_id=customer, items=items)
    )
    assert (quoted.type_, [(i.sku, i.amount) for i in quoted.items]) == (
        "buy",
        [(gold, 2), (silver, 1)],
    )
    assert_fees(quoted)
    with pytest.raises(ConflictError) as short:  # the vault holds nothing to deliver yet
        client.walletable.summary_delivery(
            body=WalletableSummaryRequest(external_customer_id=customer, items=items)
        )
    assert field_of(short.value) == {"items"}
    empty = client.walletable.get_summary(external_customer_id=customer)
    assert empty.value == 0 and all(o.count == 0 for o in empty.orders)
    with pytest.raises(NotFoundError):
        client.walletable.get_active_basket(external_customer_id=customer)  # nothing stored
    bought = complete(client, customer, basket(client, customer, "buy", (gold, 2)))
    typed = client.walletable.post_summary(
        body=WalletableTypedSummaryRequest(external_customer_id=customer, type_="delivery",
                                           items=items[:1])
    )  # fmt: skip
    assert typed.type_ == "delivery" and typed.total == typed.delivery_cost
    sold = client.walletable.summary_sell(
        body=WalletableSummaryRequest(external_customer_id=customer, items=items[:1])
    )
    assert_fees(sold)
    summary = client.walletable.get_summary(external_customer_id=customer)
    metals = {m.metal_type: (m.amount, m.grams) for m in summary.metals}
    weight = bought.items[0].product_weight
    assert metals["gold"] == (2, 2 * weight) and metals["silver"][0] == 0
    orders = {o.type_: (o.count, o.paid_total) for o in summary.orders}
    assert orders["buy"] == (1, bought.paid_total)
    assert orders["sell"][0] == orders["delivery"][0] == 0


HEADER = ["external_id", "firstname", "lastname", "phone", "identity_number", "email",
          "birthdate"]  # fmt: skip


def test_an_excel_import_creates_the_good_rows_and_reports_each_bad_one(
    client: MintedConnect,
) -> None:
    """Good rows become customers (with their wallets); each bad one is reported by row
    and field and created not at all, not even in part."""
    tag = uuid.uuid4().hex[:10]
    ok1, ok2, bad1, bad2, existing = (f"xl-{tag}-{n}" for n in range(5))
    client.customers.create(body=NewIndividualCustomer(external_id=existing, **PERSON))
    file = workbook(
        HEADER,
        [ok1, "Zeynep", "Aydın", "+905321112244", "12345677938", "z@example.com", "1985-03-14"],
        [bad1, "Ali", None, "+905321112245", "12345677938", None, None],  # no lastname
        [ok2, "Mehmet", "Kaya", "+90 532 111 22 46", "12345677938", None, None],
        [bad2, "Ayşe", "Yılmaz", "not a phone", "12345677938", None, "1985-02-30"],
        [ok1, "Again", "Again", "+905321112247", "12345677938", None, None],  # row 2's id
        [existing, "Elif", "Demir", "+905321112248", "12345677938", None, None],
        [],  # an empty line is no row
    )
    done = imported(client, "customers.xlsx", file)
    assert done.status == "completed"
    assert done.imported == [ok1, ok2]
    assert (done.rows_total, done.rows_imported, done.rows_failed) == (6, 2, 4)
    assert sorted((e.row, e.field) for e in done.errors) == [
        (3, "lastname"), (5, "birthdate"), (5, "phone"), (6, "external_id"),
        (7, "external_id"),
    ]  # fmt: skip
    assert all(e.message for e in done.errors)
    assert client.customers.get(ok2).phone == "+905321112246"
    assert {w.currency_code for w in client.balances.get_customer(ok1)} >= {"TRY", "MAU"}
    for missing in (bad1, bad2):
        with pytest.raises(NotFoundError):
            client.customers.get(missing)
    assert client.customers.get(existing).firstname == PERSON["firstname"]  # left as it was
    failed = imported(client, "broken.xlsx", base64.b64encode(b"not a workbook").decode())
    assert failed.status == "failed" and failed.imported == []
    assert [(e.row, e.field) for e in failed.errors] == [(0, "file")]
    with pytest.raises(NotFoundError) as unknown:
        client.walletable.get_import_status("Q" * 32)
    assert field_of(unknown.value) == {"import_id"}


@pytest.mark.sandbox_only(reason="the sandbox's bound on a workbook's cells (its catalog)")
def test_a_sparse_workbook_is_refused_by_its_cells_while_other_callers_are_served(
    target: Target,
) -> None:
    """A few kilobytes of workbook that unpack to megabytes: 250 rows of 3,900 empty cells
    each (issue 22). The import refuses it at its first row wider than the import reads,
    naming the file, in the language of whoever reads Import Status; meanwhile another
    caller is served."""
    file = sparse_workbook(rows=250, empty_cells=3900)
    assert len(base64.b64decode(file)) < 16 << 10
    with target.client(language="en") as client, target.client(language="tr") as other:
        queued = client.walletable.queue_import(
            body=WalletableImportRequest(file_name="sparse.xlsx", file=file)
        )
        someone = "xl-" + uuid.uuid4().hex[:12]
        other.customers.create(body=NewIndividualCustomer(external_id=someone, **PERSON))
        assert other.customers.get(someone).firstname == PERSON["firstname"]
        done = import_done(client, queued.id)
        assert (done.status, done.imported, done.rows_total) == ("failed", [], 0)
        assert [(e.row, e.field) for e in done.errors] == [(0, "file")]
        for language, reader in (("en", client), ("tr", other)):
            (error,) = reader.walletable.get_import_status(queued.id).errors
            text = MESSAGES["import_too_many_columns"][language]
            assert error.message == text.format(row=2, columns=64)
        with pytest.raises(NotFoundError):
            client.customers.get("sparse-2")  # not one row of it


@pytest.mark.sandbox_only(reason="the sandbox's bounds on a workbook's rows, its date cells")
def test_an_import_reads_date_cells_and_refuses_more_rows_than_it_takes(
    client: MintedConnect,
) -> None:
    """A birthdate typed as an Excel date is the date (openpyxl reads the cell's value);
    a workbook with more than 1000 rows after its header is refused, naming the file."""
    who = "xl-" + uuid.uuid4().hex[:12]
    dated = workbook(HEADER, [who, "Zeynep", "Aydın", "+905321112244", "12345677938",
                              None, datetime.date(1985, 3, 14)])  # fmt: skip
    done = imported(client, "dated.xlsx", dated)
    assert (done.status, done.imported) == ("completed", [who])
    assert client.customers.get(who).birthdate == datetime.date(1985, 3, 14)
    rows = [[f"long-{n}", "Ali"] for n in range(1001)]
    long = imported(client, "long.xlsx", workbook(["external_id", "firstname"], *rows))
    assert (long.status, long.imported, [(e.row, e.field) for e in long.errors]) == (
        "failed", [], [(0, "file")]
    )  # fmt: skip
    assert "1000" in long.errors[0].message


@pytest.fixture(scope="module")
def priced_vault(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Target]:
    """A sandbox whose storage limit is 2 kg, the page's rates otherwise."""
    fees = {"storage_limit_grams": 2000}
    options = [f"--walletable-fee={name}={value}" for name, value in fees.items()]
    with in_process(tmp_path_factory.mktemp("vault"), options=options) as sandbox:
        yield sandbox


@pytest.mark.sandbox_only(reason=FEES + "; its prices and database file")
def test_the_storage_fee_starts_beyond_the_storage_limit_and_the_books_balance(
    priced_vault: Target,
) -> None:
    """Known figures: gold at 3,000.00 TRY a gram (a 1.01 g bar 3,030.00), silver at
    35.00 (a 50 g bar 1,750.00); storage is charged once the vault would hold more
    than 2 kg. Then the vault's and the wallet's books are the sums of their movements."""
    with priced_vault.client() as client:
        customer, address = new_customer(client)
        prices = {p.sku: p.price for p in client.walletable.list_products()}
        assert (prices[GOLD], prices[SILVER]) == (Decimal("3030.00"), Decimal("1750.00"))
        rates = {r.currency_code: r.rate for r in client.walletable.list_currency_rates()}
        # the Price Fix's, and AED at its peg to the USD (3.6725)
        assert rates == {"TRY": 1, "USD": 34, "EUR": 37, "GBP": 44, "AED": Decimal("9.258")}
        small = basket(client, customer, "buy", (GOLD, 2))
        quoted = client.walletable.summary_buy(
            body=WalletableSummaryRequest(
                external_customer_id=customer, items=[WalletableSummaryItem(sku=GOLD, qty=2)]
            )
        )
        assert (quoted.paid_total, quoted.charges_vat) == (small.paid_total, small.charges_vat)
        assert (
            small.total,
            small.charge_fee,
            small.minting_fee,
            small.storage_fee,
            small.charges_vat,
            small.paid_total,
        ) == tuple(Decimal(v) for v in ("6060.00", "606.00", "303.00", "0", "45.45", "7014.45"))
        assert (small.charge_fee_rate, small.storage_fee_rate, small.vat_rate) == (10, 20, 5)
        complete(client, customer, small)
        big = basket(client, customer, "buy", (KILO, 2))  # 2 x 1000 g of silver
        assert big.total == Decimal("70000.00")
        assert big.storage_fee == share(big.total, Decimal(20)) == Decimal("14000.00")
        assert_fees(big, storage=True)
        complete(client, customer, big)
        sold = complete(client, customer, basket(client, customer, "sell", (KILO, 1)))
        assert (sold.total, sold.charge_fee, sold.charges_vat, sold.paid_total) == tuple(
            Decimal(v) for v in ("35000.00", "3500.00", "175.00", "31325.00")
        )
        sent = complete(client, customer, basket(client, customer, "delivery", (GOLD, 1)), address)
        assert (sent.total, sent.charges_vat, sent.paid_total) == (
            Decimal("3.00"),
            Decimal("0.15"),
            Decimal("3.15"),
        )
        receipt = client.walletable.get_receipt(sold.guid).payload.read()
        text = PdfReader(io.BytesIO(receipt)).pages[0].extract_text()
        assert "paid_total: 31325.00 TRY" in text and "1 x MNT0017" in text
        shown = {sku: (row.amount, row.grams) for sku, row in vault(client, customer).items()}
        assert shown == {GOLD: (1, Decimal("1.01")), KILO: (1, Decimal("1000"))}
        assert_vault_books(priced_vault, customer, shown)
        summary = client.walletable.get_summary(external_customer_id=customer)
        assert summary.value == Decimal("3030.00") + Decimal("35000.00")
        assert {o.type_: (o.count, o.paid_total) for o in summary.orders} == {
            "buy": (2, small.paid_total + big.paid_total),
            "sell": (1, sold.paid_total),
            "delivery": (1, sent.paid_total),
        }
        wallets = client.balances.get_customer(customer)
        assert_books(
            priced_vault, customer, {w.currency_code: (w.balance, w.blocked) for w in wallets}
        )


@pytest.fixture(scope="module")
def dirham_vault(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Target]:
    """A sandbox whose partner prices its vault in AED, as every example of the pages."""
    with in_process(tmp_path_factory.mktemp("dirham"), walletable_currency="AED") as sandbox:
        yield sandbox


@pytest.mark.sandbox_only(reason=AED + "; its prices and database file")
def test_a_vault_in_dirhams_prices_at_the_rate_of_currency_rates_to_the_fils(
    dirham_vault: Target,
) -> None:
    """The vault priced in AED: a bar's price is its weight at the vault SKU's TRY spot
    price (the Price Fix's) turned into AED at Currency Rates' rate; the baskets show the
    examples' "Dirham" item currencies; the fees add up to the fils; a sell is paid out
    by the partner (customers hold no AED wallet); then the books balance."""
    with dirham_vault.client() as client:
        customer, address = new_customer(client)
        cash_before = balances(client, customer)
        rates = {r.currency_code: r.rate for r in client.walletable.list_currency_rates()}
        week = client.walletable.list_rate_history(currency_code="AED")
        assert [r.rate for r in week] == [rates["AED"]] * 7
        spot = {
            p.sku: p.spot_price
            for p in client.buy.fix_price(body=PriceFixRequest(type_="digital")).prices
        }  # TRY, the Price Fix's default
        dirhams = {"gold": cents(spot["BGAU"] / rates["AED"]),
                   "silver": cents(spot["BGAG"] / rates["AED"])}  # fmt: skip
        products = {p.sku: p for p in client.walletable.list_products()}
        for product in products.values():
            assert product.currency_code == "AED"
            assert product.price == cents(product.product_weight * dirhams[product.metal_type])
        assert (
            products[DIRHAM_GOLD].item_currency_id,
            products[DIRHAM_GOLD].item_currency_name,
        ) == (
            1000013,
            "Dirham Gold",
        )
        assert (products[DIRHAM_GOLD].price, products[DIRHAM_SILVER].price) == (
            Decimal("324.04"),  # 1 g at 3,000.00 / 9.258 = 324.04 AED a gram
            Decimal("189.00"),  # 50 g at 35.00 / 9.258 = 3.78
        )

        buying = basket(client, customer, "buy", (DIRHAM_GOLD, 2), (DIRHAM_SILVER, 1))
        assert buying.currency_code == "AED"
        assert [(i.item_currency_id, i.item_currency_name) for i in buying.items] == [
            (1000013, "Dirham Gold"),
            (1000019, "Dirham Silver"),
        ]
        # each line's spot price: a gram of its metal in the vault, in dirhams
        assert [i.spot_price for i in buying.items] == [dirhams["gold"], dirhams["silver"]]
        assert_fees(buying, storage=False)
        assert figures_of(buying) == ("837.08", "83.71", "41.85", "0", "6.28", "968.92")
        bought = complete(client, customer, buying)
        assert (bought.currency_code, bought.paid_total) == ("AED", Decimal("968.92"))

        sold = complete(client, customer, basket(client, customer, "sell", (DIRHAM_GOLD, 1)))
        assert figures_of(sold) == ("324.04", "32.4", "0", "0", "1.62", "290.02")
        assert balances(client, customer) == cash_before  # the partner pays it out
        sent = complete(client, customer, basket(client, customer, "delivery", (DIRHAM_SILVER, 1)),
                        address)  # fmt: skip
        assert (sent.currency_code, sent.total, sent.charges_vat, sent.paid_total) == (
            "AED",
            Decimal("3.00"),
            Decimal("0.15"),
            Decimal("3.15"),
        )

        invoice = client.walletable.get_order_invoice(sold.guid)
        assert (invoice.currency_code, invoice.paid_total) == ("AED", Decimal("290.02"))
        receipt = client.walletable.get_receipt(sold.guid).payload.read()
        text = PdfReader(io.BytesIO(receipt)).pages[0].extract_text()
        assert "paid_total: 290.02 AED" in text
        held = client.walletable.get_balance(external_customer_id=customer)
        assert [(h.sku, h.amount, h.value, h.currency_code) for h in held] == [
            (DIRHAM_GOLD, 1, Decimal("324.04"), "AED")
        ]
        summary = client.walletable.get_summary(external_customer_id=customer)
        assert (summary.currency_code, summary.value) == ("AED", Decimal("324.04"))
        assert {o.type_: (o.count, o.paid_total) for o in summary.orders} == {
            "buy": (1, Decimal("968.92")),
            "sell": (1, Decimal("290.02")),
            "delivery": (1, Decimal("3.15")),
        }
        quoted = client.walletable.summary_sell(
            body=WalletableSummaryRequest(
                external_customer_id=customer, items=[WalletableSummaryItem(sku=DIRHAM_GOLD, qty=1)]
            )
        )
        assert (quoted.currency_code, quoted.paid_total) == ("AED", Decimal("290.02"))
        assert_vault_books(dirham_vault, customer, {DIRHAM_GOLD: (1, Decimal("1"))})
        wallets = client.balances.get_customer(customer)
        assert_books(
            dirham_vault, customer, {w.currency_code: (w.balance, w.blocked) for w in wallets}
        )


def earlier_file(tmp_path: Path, *statements: str) -> Path:
    """A database file as an earlier sandbox left it: today's tables, then ``statements``
    run on them (in a connection of their own: foreign keys off)."""
    db = tmp_path / "earlier.sqlite3"
    open_store(str(db)).close()
    with closing(sqlite3.connect(db)) as books, books:
        for statement in statements:
            books.execute(statement)
    return db


def test_a_database_file_of_an_earlier_sandbox_has_its_baskets_in_lira(tmp_path: Path) -> None:
    """``make sandbox`` keeps its SQLite file: Walletable baskets stored before the vault
    had a currency are read as TRY (what every earlier basket was)."""
    db = earlier_file(
        tmp_path,
        "ALTER TABLE walletable_baskets DROP COLUMN currency",
        # (foreign keys are off in this connection: the basket needs no customer row)
        "INSERT INTO walletable_baskets (guid, token, customer_external_id, type, state,"
        " increment_id, status_id, items, price_token, fixed_until, prices, created_at)"
        f" VALUES ('G-1', '{'T' * 32}', 'C-1', 'buy', 'basket', '1', 1, '{{}}', 'p', 0, '{{}}',"
        " 'x')",
    )
    store = open_store(str(db))
    try:
        assert [r["currency"] for r in store.query("SELECT currency FROM walletable_baskets")] == [
            "TRY"
        ]
    finally:
        store.close()


def test_a_database_file_of_an_earlier_sandbox_keeps_its_holdings_and_takes_dirham_bars(
    tmp_path: Path,
) -> None:
    """Holdings stored when only the catalog's products could be held (``vault_holdings``
    referring to ``products``) are kept, and the vault's own bars (``MNTBAE0001``) can be
    held once the file is opened again."""
    db = earlier_file(
        tmp_path,
        "DROP TABLE vault_holdings",
        "CREATE TABLE vault_holdings (customer_external_id TEXT NOT NULL REFERENCES"
        " customers (external_id), sku TEXT NOT NULL REFERENCES products (sku),"
        " amount INTEGER NOT NULL CHECK (amount >= 0), PRIMARY KEY (customer_external_id,"
        " sku))",
        *(f"INSERT INTO customers (external_id, id, account_type, firstname, created_at,"
          f" updated_at) VALUES ('{owner}', {number}, 'individual', 'X', 'x', 'x')"
          for number, owner in ((98, "C-1"), (99, "C-2"))),
        "INSERT INTO vault_holdings VALUES ('C-1', 'MNT0001', 2)",
    )  # fmt: skip
    store = open_store(str(db))
    try:
        kept = store.query("SELECT customer_external_id, sku, amount FROM vault_holdings")
        assert [tuple(row) for row in kept] == [("C-1", "MNT0001", 2)]
        assert not store.query("PRAGMA foreign_key_list(vault_holdings)")[1:]  # customers only
        with store.transaction() as books:
            books.execute("INSERT INTO vault_holdings VALUES ('C-2', 'MNTBAE0001', 1)")
    finally:
        store.close()


@pytest.mark.sandbox_only(reason=SHIPS)
def test_a_delivery_moves_from_pending_to_shipped_with_its_tracking(
    client: MintedConnect, target: Target
) -> None:
    customer, address = new_customer(client)
    complete(client, customer, basket(client, customer, "buy", (GOLD, 1)))
    sent = complete(client, customer, basket(client, customer, "delivery", (GOLD, 1)), address)
    with controls(target) as control:
        shipped = assert_envelope(control.ship_walletable(sent.guid), 200)["data"]
        assert isinstance(shipped, dict)
        assert shipped["status_name"] == "Shipped"
        assert shipped["delivery"]["cargo_tracking_number"]
        again = control.ship_walletable(sent.guid, language="en")
        assert assert_envelope(again, 409)["message"] == "This delivery was already shipped."
    found = client.walletable.list_orders(customer_external_id=customer, status="7")
    assert [(o.guid, o.status_name) for o in found.data] == [(sent.guid, "Shipped")]
    assert found.data[0].delivery is not None and found.data[0].delivery.cargo_tracking_url


# ---------------------------------------------------------------- the price fix
@pytest.mark.sandbox_only(reason=EXPIRES)
def test_an_expired_price_fix_is_fixed_anew_on_read_and_the_old_token_is_refused(
    client: MintedConnect, target: Target
) -> None:
    customer, _ = new_customer(client)
    opened = basket(client, customer, "buy", (GOLD, 1))
    with controls(target) as control:
        old = control.expire_basket_prices(opened.token)
    assert old == opened.price_token
    with pytest.raises(ConflictError) as expired:  # not read since: the price is not fixed
        client.walletable.complete_buy(body=completion(customer, opened))
    assert field_of(expired.value) == {"price_token"}
    read = client.walletable.get_active_basket(external_customer_id=customer)
    assert read.pricefix is not None and read.pricefix.updated is True
    assert read.pricefix.token == read.price_token != old
    assert read.pricefix.remaining > 0
    assert_fees(read)
    with pytest.raises(ConflictError) as stale:
        client.walletable.complete_buy(body=completion(customer, opened))
    assert field_of(stale.value) == {"price_token"}
    again = client.walletable.get_active_basket(external_customer_id=customer)
    assert again.pricefix is not None and again.pricefix.updated is not True
    assert again.price_token == read.price_token
    assert complete(client, customer, read).order_creation_status == "order"
    assert bars(client, customer) == {GOLD: 1}


# ---------------------------------------------------------------- refusals
def refusal_walk(client: MintedConnect) -> list[str]:
    """Each refusal of the Walletable operations, provoked once: each names its field,
    none moves the vault; the messages, in the order provoked."""
    gold, silver = catalog_bars(client)
    customer, address = new_customer(client)
    messages: list[str] = []

    def refused(kind: type[APIError], field: str, call: Callable[[], object]) -> None:
        with pytest.raises(kind) as raised:
            call()
        assert field_of(raised.value) == {field}, raised.value
        messages.append(raised.value.message)

    def add(kind: str, sku: str, qty: int, token: str | Unset = UNSET) -> Callable[[], object]:
        body = WalletableBasketItemAddition(
            external_customer_id=customer, type_=kind, sku=sku, qty=qty, cart_token=token
        )
        return lambda: client.walletable.create_basket(body=body)

    refused(NotFoundError, "sku", add("buy", "NOSUCHBAR", 1))
    refused(ConflictError, "qty", add("sell", gold, 1))  # the vault holds none
    opened = basket(client, customer, "buy", (gold, 1))
    refused(ConflictError, "type", add("buy", silver, 1))  # one open buy basket
    refused(ConflictError, "type", add("sell", silver, 1, opened.token))
    other = BasketItemUpdate(
        external_customer_id=customer, cart_token=opened.token, sku=silver, qty=2
    )
    refused(NotFoundError, "sku", lambda: client.walletable.update_basket_item(body=other))
    refused(
        ConflictError,
        "cart_token",
        lambda: client.walletable.complete_sell(body=completion(customer, opened)),
    )
    wrong = WalletableCompletion(
        external_customer_id=customer, cart_token=opened.token, price_token="X" * 32
    )
    refused(ConflictError, "price_token", lambda: client.walletable.complete_buy(body=wrong))
    unknown = WalletableCompletion(external_customer_id=customer, cart_token="Z" * 32)
    refused(NotFoundError, "cart_token", lambda: client.walletable.complete_buy(body=unknown))
    refused(
        NotFoundError,
        "type",
        lambda: client.walletable.get_active_basket(
            external_customer_id=customer, type_="delivery"
        ),
    )
    complete(client, customer, opened)
    delivering = basket(client, customer, "delivery", (gold, 1))
    nowhere = WalletableDeliveryCompletion(
        external_customer_id=customer, cart_token=delivering.token, shipping_address_id=2147483647
    )
    refused(
        NotFoundError,
        "shipping_address_id",
        lambda: client.walletable.complete_delivery(body=nowhere),
    )
    emptied = client.walletable.delete_basket_item(
        body=BasketItemRemoval(external_customer_id=customer, cart_token=delivering.token, sku=gold)
    )
    assert emptied.items == [] and emptied.paid_total == 0
    refused(ConflictError, "cart_token", lambda: complete(client, customer, emptied, address))
    client.walletable.clear_basket(
        body=BasketReference(external_customer_id=customer, cart_token=delivering.token)
    )
    refused(
        NotFoundError,
        "external_order_id",
        lambda: client.walletable.get_order_invoice("NO-SUCH-ORDER"),
    )
    refused(
        NotFoundError,
        "external_customer_id",
        lambda: client.walletable.get_balance(external_customer_id="no-such-wl"),
    )
    refused(
        ConflictError,
        "startDate",
        lambda: client.walletable.list_rate_history(
            currency_code="USD",
            start_date=datetime.date(2026, 1, 2),
            end_date=datetime.date(2026, 1, 1),
        ),
    )
    refused(
        NotFoundError, "external_order_id", lambda: client.walletable.get_receipt("NO-SUCH-ORDER")
    )
    assert bars(client, customer) == {gold: 1}  # the refusals moved nothing
    return messages


def test_refusals_name_their_fields_in_turkish_and_in_english(target: Target) -> None:
    spoken = {}
    for language in LANGUAGES:
        with target.client(language=language) as client:
            spoken[language] = refusal_walk(client)
    assert len(spoken["tr"]) == len(spoken["en"]) == 15
    for tr, en in zip(spoken["tr"], spoken["en"], strict=True):
        assert tr and en and tr != en, (tr, en)


def test_the_fee_settings_are_checked_when_the_sandbox_starts() -> None:
    """A bad ``--walletable-fee`` stops the sandbox with a message, never a 500 later."""
    with pytest.raises(ValueError, match="unknown fee setting"):
        WalletableFees.parse(["charge=10"])
    with pytest.raises(ValueError, match="from 0 to"):
        WalletableFees.parse(["vat_rate=-1"])
    assert WalletableFees.parse(["vat_rate=18"]).vat_rate == 18


# ---------------------------------------------------------------- lost answers
DROPS = "drops the answer with the sandbox's faults (/__sandbox/faults)"


def found_out(client: MintedConnect, message: str, kind: str) -> tuple[list[str], str | None]:
    """Follow a lost Walletable call's recipe as its message writes it: the tokens of the
    orders of ``kind`` that ``client.walletable.list_orders(...)`` lists, and the token of
    the open basket ``client.walletable.get_active_basket(...)`` answers (None: not found).
    A ``type_=...`` the recipe leaves to the caller is the basket's ``kind``."""
    answers = []
    for method in ("list_orders", "get_active_basket"):
        (call,) = calls_of(message, "walletable", method) or [None]
        answers.append(None if call is None else run(client, call.replace("...", repr(kind))))
    orders, active = answers
    tokens = [] if orders is None else [order.token for order in orders.data]
    if isinstance(active, NotFoundError):
        return tokens, None
    assert not isinstance(active, Exception), active
    return tokens, None if active is None else active.token


@pytest.mark.sandbox_only(reason=DROPS)
@pytest.mark.parametrize("kind", ["buy", "sell", "delivery"])
@pytest.mark.parametrize("fault", ["drop-after", "drop-before"])
def test_a_lost_completion_is_not_resent_and_its_recipe_tells_whether_it_happened(
    target: Target, client: MintedConnect, kind: str, fault: str
) -> None:
    """Complete Buy, Sell or Delivery whose answer is lost (after the sandbox processed it,
    or before): OutcomeUnknownError names Walletable's own reads, and running them as the
    message writes them tells which it was; when it did not happen, the completion is sent
    again with the price token the read answers."""
    gold, _ = catalog_bars(client)
    customer, address = new_customer(client)
    if kind != "buy":
        complete(client, customer, basket(client, customer, "buy", (gold, 2)))
    held = bars(client, customer)
    opened = basket(client, customer, kind, (gold, 1))
    operation = f"walletable_complete_{kind}"
    with controls(target) as control:
        control.fault(operation, fault)
        with pytest.raises(OutcomeUnknownError) as lost:
            complete(client, customer, opened, address)
        processed = 1 if fault == "drop-after" else 0
        assert control.processed(operation) == processed  # and never resent
    error = lost.value
    assert (error.operation_id, error.cart_token, error.customer_id) == (
        operation, opened.token, customer
    )  # fmt: skip
    message = str(error)
    assert "client.walletable.list_orders(" in message and "client.checkout." not in message
    orders, active = found_out(client, message, kind)
    if fault == "drop-after":  # it took effect: the order is there, the basket is gone
        assert orders.count(opened.token) == 1 and active is None
        assert bars(client, customer) != held
        return
    assert opened.token not in orders and active == opened.token  # it did not
    assert bars(client, customer) == held
    again = client.walletable.get_active_basket(external_customer_id=customer, type_=kind)
    done = complete(client, customer, again, address)
    assert (done.token, done.order_creation_status) == (opened.token, "order")
    assert found_out(client, message, kind) == ([opened.token, *orders], None)


@pytest.mark.sandbox_only(reason=DROPS)
@pytest.mark.parametrize("adding", [False, True], ids=["new basket", "added item"])
@pytest.mark.parametrize("fault", ["drop-after", "drop-before"])
def test_a_lost_basket_change_says_which_basket_shows_it(
    target: Target, client: MintedConnect, adding: bool, fault: str
) -> None:
    """Create Basket lost: without a cart token, the active basket of its type shows
    whether it was opened; with one, whether the item's amount includes the addition."""
    gold, silver = catalog_bars(client)
    customer, _ = new_customer(client)
    token = basket(client, customer, "buy", (silver, 1)).token if adding else UNSET
    addition = WalletableBasketItemAddition(
        external_customer_id=customer, cart_token=token, type_="buy", sku=gold, qty=2
    )
    with controls(target) as control:
        control.fault("walletable_create_basket", fault)
        with pytest.raises(OutcomeUnknownError) as lost:
            client.walletable.create_basket(body=addition)
        processed = 1 if fault == "drop-after" else 0
        assert control.processed("walletable_create_basket") == processed
    message = str(lost.value)
    assert lost.value.cart_token == (token if adding else None)
    assert "client.checkout." not in message
    (call,) = calls_of(message, "walletable", "get_active_basket")
    answer = run(client, call.replace("...", repr("buy")))
    if not adding and fault == "drop-before":  # not opened
        assert isinstance(answer, NotFoundError) and "NotFoundError means it was not" in message
        return
    assert not isinstance(answer, Exception), answer
    amounts = {item.sku: item.amount for item in answer.items}
    if adding:
        assert answer.token == token and "amount includes this addition" in message
        assert amounts == ({silver: 1, gold: 2} if fault == "drop-after" else {silver: 1})
    else:
        assert amounts == {gold: 2} and "one holding this item means it was opened" in message


@pytest.mark.sandbox_only(reason=DROPS)
@pytest.mark.parametrize("fault", ["drop-after", "drop-before"])
def test_a_lost_import_is_queued_again_and_each_row_is_imported_once(
    target: Target, client: MintedConnect, fault: str
) -> None:
    """Import Queue lost: the recipe queues the workbook again, and every row is a
    customer once: imported by the second import, or refused by it as an existing
    customer (the first import's)."""
    tag = uuid.uuid4().hex[:10]
    rows = [f"xl-lost-{tag}-{n}" for n in range(2)]
    file = workbook(HEADER, *([row, "Deniz", "Kaya", "+905321112249", "12345677938", None,
                               None] for row in rows))  # fmt: skip
    with controls(target) as control:
        control.fault("walletable_queue_import", fault)
        with pytest.raises(OutcomeUnknownError) as lost:
            client.walletable.queue_import(
                body=WalletableImportRequest(file_name="customers.xlsx", file=file)
            )
        processed = 1 if fault == "drop-after" else 0
        assert control.processed("walletable_queue_import") == processed
    message = str(lost.value)
    assert "queue the same workbook again" in message
    assert "client.walletable.get_import_status(" in message
    again = imported(client, "customers.xlsx", file)
    refused = sorted(e.row for e in again.errors if e.field == "external_id")
    assert again.status == "completed" and len(again.imported) + len(refused) == len(rows)
    if fault == "drop-before":
        assert again.imported == rows and refused == []
    for row in rows:
        assert client.customers.get(row).external_id == row  # each a customer, once
