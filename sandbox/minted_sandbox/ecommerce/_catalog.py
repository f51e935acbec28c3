"""Catalog: products (paged), one product, prices, categories."""

from __future__ import annotations

import sqlite3
from decimal import Decimal
from typing import Any

from .._core import Call, Handlers, paginator
from . import _state
from ._pricing import METALS, components, product_images

handlers = Handlers()


def _categories(call: Call) -> dict[int, dict[str, Any]]:
    return {row["id"]: dict(row) for row in call.store.read(_state.categories)}


def product_json(row: sqlite3.Row, categories: dict[int, dict[str, Any]]) -> dict[str, Any]:
    return {
        "id": row["id"],
        "name": row["name"],
        "text": row["text"],
        "barcode": row["barcode"],
        "sku": row["sku"],
        "stock": row["stock"],
        "currency_code": "TRY",
        "list_price": Decimal(row["list_price"]),
        "sale_price": Decimal(row["sale_price"]),
        "product_images": product_images(row),
        "basecurrency": METALS[row["metal"]],
        "category": categories[row["category_id"]],
        "weight": Decimal(row["weight"]),
    }


@handlers.operation("list_products")
def list_products(call: Call) -> dict[str, Any]:
    rows = call.store.read(_state.products)
    categories = _categories(call)
    return paginator(call, rows, lambda r: product_json(r, categories), keep=("total",))


@handlers.operation("get_product")
def get_product(call: Call) -> dict[str, Any]:
    sku, product_id = call.params.get("sku"), call.params.get("id")
    if sku is None and product_id is None:
        raise call.problem(404, "product_needs_key", "sku")
    rows = call.store.read(_state.products, sku=sku, product_id=product_id)
    if not rows:
        raise call.problem(404, "product_not_found", "sku" if sku is not None else "id")
    return product_json(rows[0], _categories(call))


@handlers.operation("list_prices")
def list_prices(call: Call) -> list[dict[str, Any]]:
    rows = call.store.read(_state.products, sku=call.params.get("sku") or None)
    return [
        {
            "product_id": row["id"],
            "sku": row["sku"],
            "name": row["name"],
            "currency_code": "TRY",
            "list_price": Decimal(row["list_price"]),
            "sale_price": Decimal(row["sale_price"]),
            "prices": components(Decimal(row["sale_price"])),
            "updated_at": row["updated_at"],
        }
        for row in rows
    ]


@handlers.operation("list_categories")
def list_categories(call: Call) -> list[dict[str, Any]]:
    return list(_categories(call).values())
