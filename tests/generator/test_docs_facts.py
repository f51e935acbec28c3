"""The committed docs facts (spec/docs-facts.json) and `make docs-check`.

Without ../shared/docs the tests work on the committed facts rendered back
into the snapshot's format (extraction must round-trip them); with it, also on
a copy of the real snapshot. Either way, a snapshot with five known changes
makes `make docs-check` fail naming exactly those five, by operation and menu
entry, and an unchanged one makes it say that nothing changed.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from ..support import ROOT

sys.path.insert(0, str(ROOT / "generator"))
from docs_facts import (
    DEFAULT_DOCS,
    FACTS,
    Facts,
    Field,
    Page,
    changes,
    dumps,
    extract,
    load,
    render,
)

REAL_DOCS = DEFAULT_DOCS
needs_docs = pytest.mark.skipif(
    not (REAL_DOCS / "vendor").is_dir(), reason="no ../shared/docs beside the repository"
)

# The five changes made to a snapshot, and how docs-check must name them.
EXPECTED = [
    "get_product GET /partner/ecom/product (vendor/ecom-get-product.txt):"
    " query id removed (was integer, optional)",
    "list_products GET /partner/ecom/products (vendor/ecom-products.txt):"
    " query page retyped: integer -> string",
    "set_custom_address PATCH /partner/ecom/basket/setaddress (vendor/ecom-set-custom-address.txt):"
    " body billing.invoice_type enum value added: Foreign",
    "list_orders GET /partner/ecom/orders (vendor/ecom-get-orders.txt):"
    " last modified 2024-08-11 13:02:45 -> 2025-06-02 09:00:00",
    "menu E-Commerce API: entry added: Checkout > Get Invoice (GET)",
]


def _edit(path: Path, pattern: str, replacement: str) -> None:
    text = path.read_text(encoding="utf-8")
    edited, count = re.subn(pattern, replacement, text, count=1, flags=re.M)
    assert count == 1, f"{path.name}: {pattern!r} not found"
    path.write_text(edited, encoding="utf-8")


def mutate(docs: Path) -> None:
    """One field removed, one retyped, one enum value added, one menu entry added,
    one last-modified date changed; works on the real snapshot and on a rendering."""
    vendor = docs / "vendor"
    _edit(vendor / "ecom-get-product.txt", r"^\s+id\s{2,}integer\s{2,}optional\b.*\n", "")
    _edit(vendor / "ecom-products.txt", r"^(\s+page\s{2,})integer\b", r"\1string")
    _edit(
        vendor / "ecom-set-custom-address.txt",
        r"(Allowed values: Individual, Corporate)",
        r"\1, Foreign",
    )
    _edit(
        vendor / "ecom-get-orders.txt",
        r"^Last modified: 2024-08-11 13:02:45",
        "Last modified: 2025-06-02 09:00:00",
    )
    navs = [
        p
        for p in vendor.glob("_*nav.txt")
        if "• Checkout" in p.read_text(encoding="utf-8")
        and "    • Get Order POST" in p.read_text(encoding="utf-8")
    ]
    assert len(navs) == 1, navs
    _edit(navs[0], r"^(    • Get Order POST)$", "\\1\n    • Get Invoice GET")


def docs_check(docs: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["make", "-s", "--no-print-directory", "docs-check", f"DOCS={docs}"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )


def tool_check(docs: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(ROOT / "generator" / "docs_facts.py"), "check", "--docs", str(docs)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )


def reported(stdout: str) -> list[str]:
    return [line for line in stdout.splitlines() if not line.startswith("docs-check:")]


@pytest.fixture
def rendered(tmp_path: Path) -> Path:
    docs = tmp_path / "docs"
    render(load(), docs)
    return docs


def test_the_facts_file_is_in_its_canonical_form() -> None:
    assert FACTS.read_text(encoding="utf-8") == dumps(load())


def test_the_facts_cover_every_captured_page_and_menu() -> None:
    facts = load()
    sections = {(p.section or "").split(" > ")[0] for p in facts.pages}
    assert {"E-Commerce API", "Partner", "Walletable E-Commerce", "Embedded Webview"} <= sections
    assert len(facts.pages) >= 40
    assert sum(len(p.fields) for p in facts.pages) >= 350
    assert {"E-Commerce API", "Partner", "Schemas"} <= set(facts.menus)
    assert any(menu.startswith("Walletable E-Commerce") for menu in facts.menus)


def test_rendering_the_facts_extracts_back_to_the_same_facts(rendered: Path) -> None:
    assert extract(rendered) == load()


@needs_docs
def test_the_committed_facts_are_those_of_the_snapshot() -> None:
    fresh = extract(REAL_DOCS)
    assert changes(load(), fresh, {}) == [], "the docs changed: run make docs-check"
    assert dumps(fresh) == FACTS.read_text(encoding="utf-8"), "run make docs-facts"


def test_docs_check_on_an_unchanged_snapshot_says_nothing_changed(rendered: Path) -> None:
    result = docs_check(rendered)
    assert result.returncode == 0, result.stdout + result.stderr
    assert reported(result.stdout) == []
    assert "nothing changed" in result.stdout


def test_docs_check_names_exactly_the_five_changes(rendered: Path) -> None:
    mutate(rendered)
    result = docs_check(rendered)
    assert result.returncode != 0
    assert sorted(reported(result.stdout)) == sorted(EXPECTED)
    assert "docs-check: 5 change(s)" in result.stdout
    assert tool_check(rendered).returncode == 1


@needs_docs
def test_docs_check_on_the_real_snapshot(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    shutil.copytree(REAL_DOCS, docs)
    for path in docs.rglob("*"):
        path.chmod(0o755 if path.is_dir() else 0o644)
    unchanged = docs_check(docs)
    assert unchanged.returncode == 0, unchanged.stdout + unchanged.stderr
    assert "nothing changed" in unchanged.stdout
    mutate(docs)
    result = tool_check(docs)
    assert result.returncode == 1
    assert sorted(reported(result.stdout)) == sorted(EXPECTED)


def test_every_kind_of_change_is_named() -> None:
    field = Field("body", "qty", "integer", False, (("maximum", "10"),), ("a", "b"))
    page = Page(
        "vendor/x.txt", "u", "X", "E-Commerce API > Checkout", "PATCH", "/p", "d1", (field,)
    )
    gone = Page("vendor/gone.txt", "g", "Gone", None, "GET", "/g", None, ())
    old = Facts((page, gone), {"E-Commerce API": (("Checkout", None), ("Checkout > X", "PATCH"))})
    changed = Field("body", "qty", "integer", True, (("maximum", "20"),), ("a",))
    new_page = Page(
        "vendor/x.txt", "u", "X", "E-Commerce API > Checkout", "PATCH", "/p", "d1", (changed,)
    )
    added = Page("vendor/new.txt", "n", "New", None, None, None, None, ())
    new = Facts((new_page, added), {"E-Commerce API": (("Checkout", None),)})
    found = changes(old, new, {("PATCH", "/p"): "update_item"})
    assert found == [
        "GET /g, not in the spec (vendor/gone.txt): page removed",
        "page New (vendor/new.txt): page added (0 fields)",
        "update_item PATCH /p (vendor/x.txt): body qty newly required",
        "update_item PATCH /p (vendor/x.txt): body qty enum value removed: b",
        "update_item PATCH /p (vendor/x.txt): body qty constraint maximum: 10 -> 20",
        "menu E-Commerce API: entry removed: Checkout > X (PATCH)",
    ]
    assert "PATCH /p, not in the spec (vendor/x.txt): body qty no longer required" in changes(
        new, old, {}
    )
