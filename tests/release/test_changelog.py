"""`make changelog`: the spec's changes since the last release tag, flagged."""

from __future__ import annotations

import copy
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import yaml

from release.changelog import compare, newest_page, suggest_version

from ..support import ROOT, load_spec


def changes(old: dict[str, Any], new: dict[str, Any]) -> dict[str, bool]:
    return {f"{c.operation}: {c.text}": c.breaking for c in compare(old, new)}


def test_an_unchanged_spec_has_no_changes() -> None:
    assert compare(load_spec(), load_spec()) == []


def test_breaking_and_compatible_changes_are_told_apart() -> None:
    old = load_spec()
    new = copy.deepcopy(old)
    schemas = new["components"]["schemas"]
    paths = new["paths"]
    del paths["/partner/ecom/categories"]  # an operation removed
    schemas["Customer"]["properties"].pop("fullname")  # a response field removed
    schemas["Customer"]["properties"]["nickname"] = {"type": "string"}  # one added
    schemas["OrderLookup"]["properties"]["note"] = {"type": "string"}  # optional request field
    schemas["BasketItemRemoval"]["required"].append("reason")  # newly required request field
    schemas["BasketItemRemoval"]["properties"]["reason"] = {"type": "string"}
    schemas["Gender"]["enum"] = ["M"]  # narrowed: requests (breaking) and responses use it
    schemas["OrderStatusName"]["enum"].append("Lost")  # widened: responses use it
    schemas["Quantity"]["maximum"] = 10  # a request bound narrowed
    paths["/partner/ecom/legal/types"]["get"]["operationId"] = "list_legal_kinds"  # renamed

    found = changes(old, new)
    breaking = {text for text, flag in found.items() if flag}
    compatible = {text for text, flag in found.items() if not flag}

    assert "list_categories: operation removed (GET /partner/ecom/categories)" in breaking
    assert "list_legal_types: operation removed (GET /partner/ecom/legal/types)" in breaking
    assert "list_legal_kinds: operation added (GET /partner/ecom/legal/types)" in compatible
    assert any("get_customer" in t and ".fullname` removed" in t for t in breaking)
    assert any("get_customer" in t and ".nickname` added" in t for t in compatible)
    assert any("get_order" in t and ".note` added (optional)" in t for t in compatible)
    assert any("delete_item" in t and ".reason` added (required)" in t for t in breaking)
    assert any("update_customer" in t and "gender` values: removed F" in t for t in breaking)
    # Enums are open (X | str): an older client hands a new status over as a string.
    assert any("get_order" in t and "status_name` values: added Lost" in t for t in compatible)
    assert any("add_to_basket" in t and "qty` maximum 1000 -> 10" in t for t in breaking)


def test_make_changelog_writes_an_unreleased_section(tmp_path: Path) -> None:
    repo = tmp_path / "repo"
    for name in ("release/changelog.py", "generator/spec_loader.py", "spec/openapi.yaml"):
        (repo / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(ROOT / name, repo / name)
    (repo / "CHANGELOG.md").write_text("# Changelog\n\n## v1 (released)\n\n- first release\n")

    def git(*args: str) -> None:
        subprocess.run(
            ["git", "-c", "user.name=t", "-c", "user.email=t@t.invalid", *args],
            cwd=repo,
            check=True,
        )

    git("init", "-q")
    git("add", "-A")
    git("commit", "-qm", "v1")
    git("tag", "-a", "v1", "-m", "v1")
    spec = load_spec()  # (the copy's)
    del spec["paths"]["/partner/ecom/prices"]
    (repo / "spec/openapi.yaml").write_text(yaml.safe_dump(spec, allow_unicode=True))

    for _ in range(2):  # a second run replaces the Unreleased section
        done = subprocess.run(
            [sys.executable, "release/changelog.py"], cwd=repo, capture_output=True, text=True
        )
        assert done.returncode == 0, done.stderr
    text = (repo / "CHANGELOG.md").read_text()
    assert text.count("## Unreleased: spec changes since v1") == 1
    assert "- `list_prices`: operation removed (GET /partner/ecom/prices) **(breaking)**" in text
    assert text.index("## Unreleased") < text.index("## v1 (released)")
    assert "- first release" in text


def test_a_moved_path_is_not_breaking_and_a_reshaped_request_says_how_to_migrate() -> None:
    old = load_spec()
    new = copy.deepcopy(old)
    paths, schemas = new["paths"], new["components"]["schemas"]
    paths["/partner/ecom/orderlookup"] = paths.pop("/partner/ecom/getorder")  # moved
    lookup = schemas["OrderLookup"]
    lookup["properties"].pop("cart_token")  # a request field gone
    lookup["properties"]["order_token"] = {"type": "string"}
    lookup["required"] = ["customer_external_id", "order_token"]  # a new required one
    found = changes(old, new)
    moved = [t for t in found if t.startswith("get_order: path moved")]
    assert moved == [
        "get_order: path moved: POST /partner/ecom/getorder -> POST /partner/ecom/orderlookup"
        " (not breaking for Python callers: the method keeps its name; raw HTTP callers must"
        " follow)"
    ]
    assert found[moved[0]] is False
    migrate = [t for t in found if "migrate" in t]
    assert migrate == [
        "get_order: migrate `OrderLookup`: drop `cart_token`; give `order_token`"
        " (its fields and limits: generated/models.md#orderlookup)"
    ]
    assert found[migrate[0]] is True
    # one line for a removed object, not one per field inside it
    del schemas["CustomAddresses"]["properties"]["shipping"]
    nested = [t for t in changes(old, new) if "set_custom_address" in t and "removed" in t]
    assert nested == ["set_custom_address: `body(application/json).shipping` removed"]


def test_an_answer_of_another_model_is_named() -> None:
    old = load_spec()
    new = copy.deepcopy(old)
    envelope = new["components"]["schemas"]["WalletOrderEnvelope"]
    envelope["allOf"][1]["properties"]["data"] = {"$ref": "#/components/schemas/WalletOrderResult"}
    found = changes(old, new)
    assert found[
        "get_partner_order: answers `WalletOrderResult` instead of `WalletOrder`:"
        " read the new model's fields (below)"
    ]


def test_the_suggested_version_follows_the_newest_dated_page_only() -> None:
    spec = load_spec()
    newest = newest_page(spec)
    assert newest is not None
    date = newest[0]
    stem = ".".join(str(int(part)) for part in date.split("-"))
    assert suggest_version(spec, f"{stem}.3").startswith(f"Suggested version: {stem}.4 ")
    assert suggest_version(spec, "2020.1.1.7").startswith(f"Suggested version: {stem}.0 ")
    # a page with a relative date only ("a year ago": last_modified null) moves nothing
    later = copy.deepcopy(spec)
    op = later["paths"]["/partner/pricefix"]["post"]
    op["x-provenance"]["pages"].append({"url": "u", "title": "T", "last_modified": None})
    assert newest_page(later) == newest
    op["x-provenance"]["pages"].append({"url": "u", "title": "T", "last_modified": "2031-02-03"})
    assert suggest_version(later, f"{stem}.3").startswith("Suggested version: 2031.2.3.0 ")
