"""The recipes ``OutcomeUnknownError`` gives (the spec's ``x-outcome-check``), as code: the
client methods a recipe names, each call it writes out parsed, bound to the method's real
signature, and run as the user would run it."""

from __future__ import annotations

import ast
import inspect
import re
from dataclasses import dataclass
from typing import Any

from minted_connect import APIError, MintedConnect, models

# ``client.<group>.<method>`` (the partner's client) or ``customer.<group>.<method>`` (a
# customer's client, ``client.with_customer_token(...)``).
REFERENCE = re.compile(r"\b(client|customer)\.([a-z_][a-z0-9_]*)\.([a-z_][a-z0-9_]*)\b")


@dataclass(frozen=True)
class Reference:
    who: str  # client or customer
    group: str
    method: str
    call: str | None  # the call as the recipe writes it (``client.x.y(a=1)``), if it does


def _closing(text: str, start: int) -> int:
    """The index just past the parenthesis that closes the one at ``start``."""
    depth = 0
    for index in range(start, len(text)):
        depth += {"(": 1, ")": -1}.get(text[index], 0)
        if depth == 0:
            return index + 1
    raise AssertionError(f"unclosed call in {text!r}")


def references(text: str) -> list[Reference]:
    """Every client method ``text`` names, in order."""
    found = []
    for match in REFERENCE.finditer(text):
        call = None
        if text[match.end() : match.end() + 1] == "(":
            call = text[match.start() : _closing(text, match.end())]
        found.append(Reference(*match.groups(), call))
    return found


def _value(node: ast.expr) -> Any:
    """An argument as the recipe writes it: a literal (``...`` for "yours"), or a model
    of ``minted_connect.models`` built from literals (``WalletOrderLookup(external_id='x')``:
    TypeError when the model takes no such field)."""
    if isinstance(node, ast.Call):
        assert isinstance(node.func, ast.Name), ast.unparse(node)
        args = [_value(arg) for arg in node.args]
        kwargs = {kw.arg: _value(kw.value) for kw in node.keywords if kw.arg}
        return getattr(models, node.func.id)(*args, **kwargs)
    return ast.literal_eval(node)


def bind(client: MintedConnect, reference: Reference) -> inspect.BoundArguments | None:
    """The recipe's call bound to the real method's signature (TypeError when it does not
    fit: an argument it lacks, one it does not take); None for a reference without a call."""
    method = getattr(getattr(client, reference.group), reference.method)
    if reference.call is None:
        return None
    tree = ast.parse(reference.call, mode="eval").body
    assert isinstance(tree, ast.Call), reference.call
    args = [_value(arg) for arg in tree.args]
    kwargs = {kw.arg: _value(kw.value) for kw in tree.keywords if kw.arg}
    return inspect.signature(method).bind(*args, **kwargs)


def run(client: MintedConnect, call: str) -> Any:
    """Run a call as the recipe writes it (its ids filled in by the error's message), on
    ``client``: what it answers, or the API's refusal (``NotFoundError`` is an answer too)."""
    namespace = {"client": client, "customer": client, **vars(models)}
    try:
        return eval(call, {"__builtins__": {}}, namespace)
    except APIError as error:
        return error


def calls_of(text: str, group: str, method: str) -> list[str]:
    """The calls of ``client.<group>.<method>`` that ``text`` writes out."""
    return [
        ref.call
        for ref in references(text)
        if (ref.group, ref.method) == (group, method) and ref.call is not None
    ]
