"""Walletable E-Commerce as the tests use it: customers with a shipping address, baskets,
completion, the vault's balance, and the fee check to the kuruş.

The fee check works from what the basket itself says (its lines, its rates), with the
rules the Complete Delivery page tables (spec/CURATION.md WL7): each fee its rate of
the raw price, half-up to the kuruş, the minting fee the sum of the lines' "Mint
Ücreti", VAT its rate of the rounded fees. So the journeys that use it hold on any
correct server; what needs the sandbox (its control routes, its books, its fee
settings) is marked in the tests and, for the controls, in ``controls``.
"""

from __future__ import annotations

import base64
import io
import time
import uuid
import zipfile
from decimal import ROUND_HALF_UP, Decimal

from openpyxl import Workbook

from minted_connect import MintedConnect
from minted_connect.models import (
    NewIndividualCustomer,
    NewShippingAddress,
    WalletableBasket,
    WalletableBasketItemAddition,
    WalletableCompletion,
    WalletableDeliveryCompletion,
    WalletableHolding,
    WalletableImport,
    WalletableImportRequest,
)

from .partner import PERSON

KURUS = Decimal("0.01")
ZERO = Decimal(0)


def cents(amount: Decimal) -> Decimal:
    """An amount half-up to the kuruş (or the fils), as the API rounds."""
    return amount.quantize(KURUS, ROUND_HALF_UP)


def share(amount: Decimal, rate: Decimal) -> Decimal:
    """``rate`` percent of ``amount``, half-up to the kuruş (as the API rounds)."""
    return cents(amount * rate / 100)


def catalog_bars(client: MintedConnect) -> tuple[str, str]:
    """(sku of a gold bar, sku of a silver bar) from the server's own catalog (the vault's
    bars are the catalog's, spec/CURATION.md WL4): nothing here knows the sandbox's seed."""
    page = client.catalog.list_products(total=100)
    metals: dict[str, str] = {}
    for product in page.data:
        metals.setdefault(product.basecurrency.code, product.sku)
    assert {"XAU", "XAG"} <= set(metals), "the catalog has a gold and a silver bar"
    return metals["XAU"], metals["XAG"]


def new_customer(client: MintedConnect) -> tuple[str, int]:
    """A new customer with one shipping address: (external_id, address id)."""
    external_id = "wl-" + uuid.uuid4().hex[:20]
    client.customers.create(body=NewIndividualCustomer(external_id=external_id, **PERSON))
    address = client.customer_addresses.create(
        body=NewShippingAddress(
            external_customer_id=external_id,
            type_="shipping",
            city="İstanbul",
            county="Çekmeköy",
            district="Alemdağ",
            address="Bulunmaz Sk. No:1 D:2",
            zipcode="34711",
        )
    )
    return external_id, address.id


def basket(
    client: MintedConnect, customer: str, kind: str, *items: tuple[str, int]
) -> WalletableBasket:
    """A new basket of ``kind`` with ``items`` ((sku, bars) each; the first opens it)."""
    (sku, qty), *more = items
    opened = client.walletable.create_basket(
        body=WalletableBasketItemAddition(
            external_customer_id=customer, type_=kind, sku=sku, qty=qty
        )
    )
    for sku, qty in more:
        opened = client.walletable.create_basket(
            body=WalletableBasketItemAddition(
                external_customer_id=customer, cart_token=opened.token, sku=sku, qty=qty
            )
        )
    return opened


def completion(customer: str, basket: WalletableBasket) -> WalletableCompletion:
    return WalletableCompletion(
        external_customer_id=customer, cart_token=basket.token, price_token=basket.price_token
    )


def complete(
    client: MintedConnect, customer: str, basket: WalletableBasket, address: int | None = None
) -> WalletableBasket:
    """Complete ``basket`` by its kind (a delivery to ``address``) with its price token."""
    if basket.type_ == "buy":
        return client.walletable.complete_buy(body=completion(customer, basket))
    if basket.type_ == "sell":
        return client.walletable.complete_sell(body=completion(customer, basket))
    assert address is not None
    return client.walletable.complete_delivery(
        body=WalletableDeliveryCompletion(
            external_customer_id=customer,
            cart_token=basket.token,
            price_token=basket.price_token,
            shipping_address_id=address,
        )
    )


def vault(client: MintedConnect, customer: str, **query: str) -> dict[str, WalletableHolding]:
    """Balance / Wallet: sku -> the customer's holding of it."""
    return {
        row.sku: row
        for row in client.walletable.get_balance(external_customer_id=customer, **query)
    }


def bars(client: MintedConnect, customer: str) -> dict[str, int]:
    return {sku: row.amount for sku, row in vault(client, customer).items()}


def assert_fees(basket: WalletableBasket, *, storage: bool | None = None) -> None:
    """The basket's figures add up to the kuruş by the fee table (``storage``: whether the
    storage fee must be charged; None: either, as the storage limit is the server's)."""
    lines = [item.total for item in basket.items]
    for item in basket.items:
        assert item.total == item.price * item.amount, item.sku
    raw = sum(lines, ZERO)
    assert basket.price == raw
    mint = sum((p.price for item in basket.items for p in item.prices if p.id == 7), ZERO)
    vat_of = basket.charge_fee + basket.minting_fee + basket.storage_fee + basket.delivery_cost
    assert basket.charges_vat == share(vat_of, basket.vat_rate)
    if basket.type_ == "buy":
        assert basket.total == raw
        assert basket.charge_fee == share(raw, basket.charge_fee_rate)
        assert basket.minting_fee == mint
        charged = share(raw, basket.storage_fee_rate)
        expected = {True: {charged}, False: {ZERO}, None: {charged, ZERO}}[storage]
        assert basket.storage_fee in expected
        assert basket.delivery_cost == 0
        assert basket.paid_total == (
            raw + basket.charge_fee + basket.minting_fee + basket.storage_fee + basket.charges_vat
        )
    elif basket.type_ == "sell":
        assert basket.total == raw
        assert basket.charge_fee == share(raw, basket.charge_fee_rate)
        assert basket.minting_fee == basket.storage_fee == basket.delivery_cost == 0
        assert basket.paid_total == raw - basket.charge_fee - basket.charges_vat
    else:  # a delivery: the bars are the customer's already; the customer pays the shipping
        assert raw == 0
        assert basket.total == basket.delivery_cost
        assert basket.charge_fee == basket.minting_fee == basket.storage_fee == 0
        assert basket.paid_total == basket.delivery_cost + basket.charges_vat


def figures_of(basket: WalletableBasket) -> tuple[str, ...]:
    """(total, charge, minting, storage, VAT, paid total) of a basket, as text."""
    return tuple(
        str(value)
        for value in (basket.total, basket.charge_fee, basket.minting_fee, basket.storage_fee,
                      basket.charges_vat, basket.paid_total)
    )  # fmt: skip


def workbook(*rows: list[object]) -> str:
    """A real Excel workbook (openpyxl) of ``rows`` on its first sheet, base64."""
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    for row in rows:
        sheet.append(row)
    out = io.BytesIO()
    book.save(out)
    return base64.b64encode(out.getvalue()).decode("ascii")


SHEET_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
RELATIONSHIPS = "http://schemas.openxmlformats.org/package/2006/relationships"
OFFICE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def sparse_workbook(rows: int, empty_cells: int) -> str:
    """A workbook written by hand, as a hostile caller would (issue 22): a header, then
    ``rows`` rows each of one id and ``empty_cells`` empty cells, no dimension; the sheet
    unpacks to megabytes from a file of a few kilobytes. Base64."""
    header = '<row r="1"><c r="A1" t="inlineStr"><is><t>external_id</t></is></c>'
    header += '<c r="B1" t="inlineStr"><is><t>firstname</t></is></c></row>'
    body = "".join(
        f'<row r="{n}"><c r="A{n}" t="inlineStr"><is><t>sparse-{n}</t></is></c>'
        + "<c/>" * empty_cells
        + "</row>"
        for n in range(2, rows + 2)
    )
    parts = {
        "[Content_Types].xml": (
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
            'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-'
            'officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/'
            'sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.'
            'spreadsheetml.worksheet+xml"/></Types>'
        ),
        "_rels/.rels": (
            f'<Relationships xmlns="{RELATIONSHIPS}"><Relationship Id="rId1" Type="{OFFICE}/'
            'officeDocument" Target="xl/workbook.xml"/></Relationships>'
        ),
        "xl/workbook.xml": (
            f'<workbook xmlns="{SHEET_NS}" xmlns:r="{OFFICE}"><sheets>'
            '<sheet name="Customers" sheetId="1" r:id="rId1"/></sheets></workbook>'
        ),
        "xl/_rels/workbook.xml.rels": (
            f'<Relationships xmlns="{RELATIONSHIPS}"><Relationship Id="rId1" Type="{OFFICE}/'
            'worksheet" Target="worksheets/sheet1.xml"/></Relationships>'
        ),
        "xl/worksheets/sheet1.xml": (
            f'<worksheet xmlns="{SHEET_NS}"><sheetData>{header}{body}</sheetData></worksheet>'
        ),
    }
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as book:
        for name, text in parts.items():
            book.writestr(name, text)
    return base64.b64encode(out.getvalue()).decode("ascii")


def imported(client: MintedConnect, file_name: str, file: str) -> WalletableImport:
    """Queue an import and follow Import Status until it is done (bounded: at most ~20 s)."""
    queued = client.walletable.queue_import(
        body=WalletableImportRequest(file_name=file_name, file=file)
    )
    assert queued.status in ("queued", "processing", "completed", "failed")
    return import_done(client, queued.id)


def import_done(client: MintedConnect, import_id: str) -> WalletableImport:
    """Import Status once the import is completed or failed (bounded: at most ~20 s)."""
    status = client.walletable.get_import_status(import_id)
    for _ in range(400):
        if status.status in ("completed", "failed"):
            return status
        time.sleep(0.05)
        status = client.walletable.get_import_status(import_id)
    raise AssertionError(f"the import is still {status.status}")
