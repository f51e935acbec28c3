"""The sandbox's layout: a core that names no section, sections that own themselves.

Read from the source (ast): the core imports no section; SQL is written only in the
sections' ``_state.py`` (and the core's ``_store.py``, which runs their scripts); a
section imports another's names only from its package. And what the registration
promises: a key defined twice (an operation, a message, a setting) stops the start.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest
import yaml

from minted_sandbox import SandboxApp
from minted_sandbox._core import Handlers
from minted_sandbox._section import Section, catalog, merged
from minted_sandbox._spec import load_spec
from minted_sandbox.sections import SECTIONS

from ..support import ROOT

SANDBOX = ROOT / "sandbox" / "minted_sandbox"
SECTION_NAMES = {section.name for section in SECTIONS}
SQL = re.compile(
    r"\b(SELECT\b.*\bFROM|INSERT (OR \w+ )?INTO|UPDATE \w+ SET|DELETE FROM|CREATE (TABLE|INDEX)"
    r"|ALTER TABLE|PRAGMA \w+)\b"
)


def tree(path: Path) -> ast.Module:
    return ast.parse(path.read_text(encoding="utf-8"))


def test_every_section_package_is_listed() -> None:
    packages = {path.parent.name for path in SANDBOX.glob("*/__init__.py")}
    assert packages == SECTION_NAMES


def test_the_core_imports_no_section() -> None:
    for path in sorted(SANDBOX.glob("_*.py")):
        for node in ast.walk(tree(path)):
            if isinstance(node, ast.ImportFrom) and node.level:
                names = [node.module or ""] + [alias.name for alias in node.names]
                first = {name.split(".")[0] for name in names}
                assert not first & SECTION_NAMES, f"{path.name}:{node.lineno} imports a section"


def test_sql_is_written_only_in_the_sections_state_modules() -> None:
    for path in sorted(SANDBOX.rglob("*.py")):
        if path.name in ("_state.py", "_store.py"):
            continue
        for node in ast.walk(tree(path)):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
                assert node.func.attr not in ("execute", "executemany", "executescript"), (
                    f"{path.relative_to(SANDBOX)}:{node.lineno} runs SQL"
                )
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                assert not SQL.search(node.value), (
                    f"{path.relative_to(SANDBOX)}:{node.lineno} writes SQL"
                )


def test_a_section_uses_only_what_another_section_exports() -> None:
    for path in sorted(SANDBOX.glob("*/*.py")):
        for node in ast.walk(tree(path)):
            if isinstance(node, ast.ImportFrom) and node.level == 2 and node.module:
                section, _, module = node.module.partition(".")
                if section in SECTION_NAMES:
                    assert not module, f"{path.relative_to(SANDBOX)}:{node.lineno} {node.module}"


def test_a_key_defined_twice_stops_the_start() -> None:
    twice = Section("twice", messages={"invalid": {"en": "Again.", "tr": "Yine."}})
    with pytest.raises(ValueError, match="message 'invalid' is defined twice"):
        catalog([*SECTIONS, twice])
    with pytest.raises(ValueError, match="operation 'get_customer' is defined twice"):
        merged("operation", *(section.handlers for section in SECTIONS), {"get_customer": id})
    handlers = Handlers()
    handlers.operation("get_customer")(id)
    with pytest.raises(ValueError, match="operation 'get_customer' has two handlers"):
        handlers.operation("get_customer")(id)
    again = Section("again", handlers=handlers)
    with pytest.raises(ValueError, match="operation 'get_customer' is defined twice"):
        SandboxApp(sections=[*SECTIONS, again], username="u", password="p")
    with pytest.raises(TypeError, match="unknown sandbox settings"):
        SandboxApp(sections=SECTIONS, username="u", password="p", tick_intervall=1)


def test_the_sandbox_reads_the_spec_as_pyyaml_does() -> None:
    """libyaml's loader (when PyYAML has it) reads the same document as the pure one."""
    text = (ROOT / "spec" / "openapi.yaml").read_text(encoding="utf-8")
    assert load_spec() == yaml.safe_load(text)
