"""Catalog: products (paged), one product, prices, categories."""

from __future__ import annotations

import sqlite3
from decimal import Decimal
from typing import Any

from .._core import Call, operation, paginator
from .._pricing import METALS, components, product_images


def _categories(call: Call) -> dict[int, dict[str, Any]]:
    rows = call.store.query("SELECT id, name, slug FROM categories ORDER BY id")
    return {row["id"]: dict(row) for row in rows}


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


@operation("list_products")
def list_products(call: Call) -> dict[str, Any]:
    rows = call.store.query("SELECT * FROM products ORDER BY id")
    categories = _categories(call)
    return paginator(call, rows, lambda r: product_json(r, categories), keep=("total",))


@operation("get_product")
def get_product(call: Call) -> dict[str, Any]:
    sku, product_id = call.params.get("sku"), call.params.get("id")
    if sku is None and product_id is None:
        raise call.problem(404, "product_needs_key", "sku")
    sql, args = "SELECT * FROM products WHERE 1 = 1", list[Any]()
    if sku is not None:
        sql, args = sql + " AND sku = ?", [*args, sku]
    if product_id is not None:
        sql, args = sql + " AND id = ?", [*args, product_id]
    rows = call.store.query(sql, tuple(args))
    if not rows:
        raise call.problem(404, "product_not_found", "sku" if sku is not None else "id")
    return product_json(rows[0], _categories(call))


@operation("list_prices")
def list_prices(call: Call) -> list[dict[str, Any]]:
    sku = call.params.get("sku")
    rows = call.store.query(
        "SELECT * FROM products" + (" WHERE sku = ?" if sku else "") + " ORDER BY id",
        (sku,) if sku else (),
    )
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


@operation("list_categories")
def list_categories(call: Call) -> list[dict[str, Any]]:
    return list(_categories(call).values())
