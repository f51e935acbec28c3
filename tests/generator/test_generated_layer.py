"""The generated layer: one module per group, nothing generated that nothing calls, no
file too long to read, and imports that load only what a program uses."""

from __future__ import annotations

import ast
import inspect
import json
import subprocess
import sys

from minted_connect_generated import resources

from ..support import ROOT, spec_loader

PACKAGE = ROOT / "generated" / "minted_connect_generated"
LONGEST = 3000


def fresh(code: str) -> str:
    """What ``code`` prints in a new interpreter (nothing imported before it)."""
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=False
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_no_generated_file_is_longer_than_a_reader_can_follow() -> None:
    lengths = {
        str(path.relative_to(PACKAGE)): len(path.read_text(encoding="utf-8").splitlines())
        for path in PACKAGE.rglob("*.py")
    }
    assert max(lengths.values()) <= LONGEST, max(lengths.items(), key=lambda item: item[1])


def test_nothing_is_generated_that_nothing_calls() -> None:
    assert not (PACKAGE / "client.py").exists() and not (PACKAGE / "errors.py").exists()
    operations = sorted((PACKAGE / "api").glob("*/[!_]*.py"))
    assert len(operations) == len(resources.OPERATIONS)
    for module in operations:
        tree = ast.parse(module.read_text(encoding="utf-8"))
        defined = [node.name for node in tree.body if isinstance(node, ast.FunctionDef)]
        assert defined == ["_get_kwargs"], module  # what the invokers call, and only that


def test_one_module_per_group_with_its_raw_variant_as_the_same_methods() -> None:
    groups = {group for group, *_ in resources.OPERATIONS}
    assert {path.stem for path in (PACKAGE / "resources").glob("[!_]*.py")} == groups
    containers = [
        inspect.get_annotations(container, eval_str=True)
        for container in (
            resources.Resources,
            resources.RawResources,
            resources.AsyncResources,
            resources.AsyncRawResources,
        )
    ]
    plain, raw, async_plain, async_raw = containers
    for group, name, *_ in resources.OPERATIONS:
        # (on the class, the raw variant's descriptor hands out the group's own method)
        assert getattr(raw[group], name) is getattr(plain[group], name)
        assert getattr(async_raw[group], name) is getattr(async_plain[group], name)


def test_importing_the_client_imports_no_model_operation_or_websocket_stack() -> None:
    found = json.loads(
        fresh(
            "import json, sys\n"
            "from minted_connect import AsyncMintedConnect, MintedConnect\n"
            "client = MintedConnect(username='u', password='p', base_url='http://127.0.0.1:9')\n"
            "client.with_raw_response.customers\n"
            "AsyncMintedConnect(username='u', password='p', base_url='http://127.0.0.1:9')\n"
            "loaded = [m for m in sys.modules if m.startswith('minted_connect_generated.')]\n"
            "print(json.dumps({'models': [m for m in loaded if '.models.' in m],\n"
            "    'operations': [m for m in loaded if '.api.' in m],\n"
            "    'websockets': 'httpx_ws' in sys.modules}))\n"
        )
    )
    assert found == {"models": [], "operations": [], "websockets": False}


def test_a_model_imported_alone_decodes_with_every_model_it_nests() -> None:
    # One model asked for in a new interpreter: the models it names only for type
    # checking are bound once its module is whole, so msgspec resolves them all.
    get_customer = spec_loader.load()["paths"]["/partner/customer/{external_customer_id}"]["get"]
    body = get_customer["responses"]["200"]["content"]["application/json"]["example"]["data"]
    body["wallets"][0]["balance"] = "12.30"  # (a numeric string is the same Decimal)
    shown = fresh(
        "from minted_connect import parse\n"
        "from minted_connect.models import CustomerWithWallets\n"
        f"customer = parse(CustomerWithWallets, {json.dumps(body)!r})\n"
        "print(type(customer.wallets[0]).__name__, repr(customer.wallets[0].balance))\n"
    )
    assert shown.split() == ["Wallet", "Decimal('12.30')"]
    every = fresh(
        "import typing\n"
        "from minted_connect_generated import models\n"
        "classes = []\n"
        "for name in models.__all__:\n"
        "    found = getattr(models, name)\n"
        "    if isinstance(found, type):  # (a literal enum is no class)\n"
        "        typing.get_type_hints(found)\n"
        "        classes.append(name)\n"
        "print(len(classes))\n"
    )
    from minted_connect_generated import models

    assert int(every) == sum(isinstance(getattr(models, name), type) for name in models.__all__)
    assert int(every) > 150
