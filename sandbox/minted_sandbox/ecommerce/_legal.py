"""Legal: the legal types, and one legal text as a PDF filled in for a customer."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from .._core import Call, Handlers
from .._pdf import render_pdf
from .._store import loads, now_iso
from ._checkout import basket_or_404
from ._customers import customer_or_404, fullname

handlers = Handlers()

LEGAL_TYPES: list[dict[str, Any]] = [
    {
        "type": "distance_sales_agreement",
        "name": "Mesafeli Satış Sözleşmesi",
        "requires_basket": True,
    },
    {
        "type": "preliminary_information_form",
        "name": "Ön Bilgilendirme Formu",
        "requires_basket": True,
    },
    {
        "type": "kvkk_clarification_text",
        "name": "KVKK Aydınlatma Metni",
        "requires_basket": False,
    },
]


@handlers.operation("list_legal_types")
def list_legal_types(call: Call) -> list[dict[str, Any]]:
    return LEGAL_TYPES


def _lira(value: Any) -> str:
    return f"{Decimal(str(value)):,.2f} TRY"


@handlers.operation("get_legal_pdf")
def get_legal_pdf(call: Call) -> bytes:
    body = call.body
    legal = next(t for t in LEGAL_TYPES if t["type"] == body["type"])
    customer = customer_or_404(call, body["external_customer_id"], "external_customer_id")
    lines = [
        f"Tarih: {now_iso()[:10]}",
        "Satici: Minted Connect (sandbox)",
        f"Alici: {fullname(customer)} ({customer['external_id']})",
        "",
    ]
    if body.get("cart_token"):
        basket = basket_or_404(call, customer, body["cart_token"])
        lines.append(f"Sepet: {basket['token']} ({basket['increment_id']})")
        shipping = loads(basket["shipping_address"])
        if shipping:
            lines.append(
                f"Teslimat adresi: {shipping['address']}, {shipping['county']}/{shipping['city']}"
            )
        for item in loads(basket["items"]):
            line = f"{item['amount']} x {item['product_name']} ({item['sku']})"
            lines.append(f"  {line}: {_lira(item['total'])}")
        lines += [
            f"Ara toplam: {_lira(basket['price'])}",
            f"Kargo: {_lira(basket['delivery_price'])}",
            f"Toplam: {_lira(basket['total'])}",
        ]
    elif legal["requires_basket"]:
        lines.append("Sepet belirtilmedi: sozlesmenin genel metni.")
    lines += [
        "",
        f"Bu belge {legal['name']} metnidir.",
        "Sandbox belgesi: hukuki gecerliligi yoktur.",
    ]
    return render_pdf(str(legal["name"]), lines)
