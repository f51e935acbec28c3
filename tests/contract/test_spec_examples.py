"""The spec's request examples work: each one, sent in the spec's order to a fresh sandbox
in the mode it belongs to, gets a 2xx (spec/CURATION.md, "The examples, sent").

Modes: the Walletable operations (tag ``walletable``) go to a sandbox whose vault is in
AED, as every example of the Walletable pages is (WL13); the others to a sandbox in TRY
(the default). Each operation's examples (its request body's ``example`` or each of its
``examples``; its parameters' ``example``) are sent as written, in the order the spec
lists the operations, with two exceptions that the spec itself declares:

- an id that only a call makes (a price fix's token, a basket's cart token, an order's
  guid, an import's id) is taken from the answer of the call that made it: an earlier
  operation's ``links`` name where it is (``$response.body#/...``), and a value is taken
  only when the server made it (it is not in the request that got the answer). The
  examples of the docs say as much with their ``{{cart_token}}`` placeholders;
- an operation only a customer token may call (``security: customer_token``) is sent
  with the token Create Customer Token answered.

Everything else the examples name exists in a fresh sandbox: the seed holds the docs'
customers, baskets, addresses and cards.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import quote

import httpx
import pytest

from ..support import Target, load_spec, own_sandbox, resolve, spec_operations

pytestmark = pytest.mark.sandbox_only(
    reason="fresh sandboxes, one in AED: the examples name the seed's customers, baskets and cards"
)
SPEC = load_spec()
MODES = {"TRY": lambda tag: tag != "walletable", "AED": lambda tag: tag == "walletable"}
TOKEN_ISSUER = "create_customer_token"  # the operation answering a customer token


@dataclass
class Example:
    operation_id: str
    name: str
    method: str
    path: str  # the spec's path, with {parameters}
    params: dict[str, dict[str, str]]  # in -> name -> value
    body: Any = None
    bearer: bool = False
    idempotent: bool = True
    links: dict[str, list[dict[str, Any]]] = field(default_factory=dict)  # target -> links
    taken: set[str] = field(default_factory=set)  # the ids earlier answers gave it

    @property
    def label(self) -> str:
        return f"{self.operation_id}[{self.name}]"

    def value(self, where: str, name: str) -> Any:
        """The example's value of a body field or a parameter (None: it gives none)."""
        if where == "body":
            return self.body.get(name) if isinstance(self.body, dict) else None
        return next((p[name] for p in self.params.values() if name in p), None)

    def set(self, where: str, name: str, value: Any) -> None:
        if where == "body" and isinstance(self.body, dict):
            self.body[name] = value
        elif where == "parameters":
            place = next((w for w, p in self.params.items() if name in p), "query")
            if place != "header":
                self.params[place][name] = str(value)


def example_value(node: dict[str, Any]) -> Any:
    if "example" in node:
        return node["example"]
    schema = resolve(SPEC, node.get("schema", {}))
    if "example" in schema:
        return schema["example"]
    return schema.get("default", (schema.get("enum") or [None])[0])


def links_of(op: dict[str, Any]) -> dict[str, list[dict[str, Any]]]:
    """The operation's links by target operationId, from its 2xx answers."""
    found: dict[str, list[dict[str, Any]]] = {}
    for status, response in op["responses"].items():
        if status.startswith("2"):
            for link in resolve(SPEC, response).get("links", {}).values():
                found.setdefault(link["operationId"], []).append(link)
    return found


def examples(mode: str) -> list[Example]:
    """The request examples of the operations of ``mode``, in the spec's order."""
    found = []
    for path, method, op in spec_operations():
        if not MODES[mode](op["tags"][0]):
            continue
        params: dict[str, dict[str, str]] = {"path": {}, "query": {}, "header": {}}
        item = SPEC["paths"][path]
        for param in [*item.get("parameters", []), *op.get("parameters", [])]:
            param = resolve(SPEC, param)
            value = example_value(param)
            if value is not None:
                params[param["in"]][param["name"]] = str(value)
        content = resolve(SPEC, op.get("requestBody", {})).get("content", {})
        media = content.get("application/json", {})
        bodies = [("body", media["example"])] if "example" in media else []
        bodies += [(n, resolve(SPEC, e)["value"]) for n, e in media.get("examples", {}).items()]
        bearer = all("digest" not in requirement for requirement in op.get("security", []))
        for name, body in bodies or [("parameters", None)]:
            found.append(Example(op["operationId"], name, method, path, copy.deepcopy(params),
                                 copy.deepcopy(body), bearer, op["x-idempotent"],
                                 links_of(op)))  # fmt: skip
    return found


@dataclass
class Answered:
    """An example as sent, and its answer."""

    example: Example
    sent: str  # the request as text: what the caller gave
    answer: Any


def pointer(document: Any, where: str) -> Any:
    """The value at a JSON pointer, or None."""
    node = document
    for part in where.lstrip("/").split("/") if where.strip("/") else []:
        if isinstance(node, list) and part.isdigit() and int(part) < len(node):
            node = node[int(part)]
        elif isinstance(node, dict) and part in node:
            node = node[part]
        else:
            return None
    return node


def link_value(answered: Answered, expression: Any) -> tuple[Any, bool]:
    """What a link's expression names for the call that got ``answered``, and whether the
    server made it (it is in the answer, not in the request)."""
    if not isinstance(expression, str) or not expression.startswith("$"):
        return expression, False  # a constant
    source, _, where = expression.partition("#")
    if source == "$response.body":
        value = pointer(answered.answer, where)
        made = value is not None and not isinstance(value, dict | list)
        return value, made and str(value) not in answered.sent
    if source == "$request.body":
        return pointer(answered.example.body, where), False
    if expression.startswith("$request.path."):
        return answered.example.params["path"].get(expression.rsplit(".", 1)[1]), False
    return None, False


class Run:
    """The examples of one mode sent in turn to one sandbox: what each answered, the customer
    token, and the ids already spent."""

    def __init__(self, http: httpx.Client) -> None:
        self.http = http
        self.history: list[Answered] = []
        self.token: str | None = None
        # ids a call that is not idempotent took (a price fix's token serves one order)
        self.spent: set[str] = set()
        self.failed: list[str] = []  # what each example answered that was not a 2xx

    def chained(self, example: Example) -> Example:
        """The example with every id an earlier answer made for it, by that operation's
        links (the latest answer winning). A link is followed when every value it gives
        that the server did not make is what the example says too (the same customer, the
        same basket: the same thing). An id already spent is asked for again when the
        call that made it is idempotent (another price fix)."""
        example = copy.deepcopy(example)
        followed = [
            (answered, link)
            for answered in list(self.history)
            for link in answered.example.links.get(example.operation_id, [])
        ]
        for answered, link in followed:
            values = self.values(answered, link)
            if not all(made or value is None or example.value(where, name) in (None, value)
                       for (where, name), (value, made) in values.items()):  # fmt: skip
                continue  # the link is about another customer's or basket's things
            if any(made and str(value) in self.spent for value, made in values.values()):
                if not answered.example.idempotent:
                    continue
                again = self.send(self.chained(answered.example))
                if again is None:
                    continue
                values = self.values(again, link)
            for (where, name), (value, made) in values.items():
                if made:
                    example.taken.add(str(value))
                    example.set(where, name, value)
        return example

    @staticmethod
    def values(answered: Answered, link: dict[str, Any]) -> dict[tuple[str, str], tuple[Any, bool]]:
        """(where, name) -> (value, made by the server) of each value the link gives."""
        body = link.get("requestBody")
        return {
            (where, name): link_value(answered, expression)
            for where, given in (("parameters", link.get("parameters", {})),
                                 ("body", body if isinstance(body, dict) else {}))
            for name, expression in given.items()
        }  # fmt: skip

    def send(self, example: Example) -> Answered | None:
        """Send the example; what it answered when a 2xx, else None (``self.failed``)."""
        url = example.path
        for name, value in example.params["path"].items():
            url = url.replace("{" + name + "}", quote(value, safe=""))
        headers = {**example.params["header"], "Accept-Language": "en"}
        content = None
        if example.body is not None:
            content = json.dumps(example.body, ensure_ascii=False).encode("utf-8")
            headers["Content-Type"] = "application/json"
        if example.bearer:
            headers["Authorization"] = f"Bearer {self.token or 'none-answered-before'}"
        response = self.http.request(
            example.method,
            url,
            params=example.params["query"],
            headers=headers,
            content=content,
            auth=None if example.bearer else httpx.USE_CLIENT_DEFAULT,
        )
        if not 200 <= response.status_code < 300:
            sent = f"{example.params['path']} {example.params['query']} {example.body}"
            self.failed.append(f"{example.label}: {response.status_code} {response.text[:300]}"
                               f" (sent {sent})")  # fmt: skip
            return None
        sent = url + json.dumps(example.params["query"]) + (content or b"").decode("utf-8")
        answer = response.json() if "json" in response.headers["content-type"] else None
        answered = Answered(example, sent, answer)
        self.history.append(answered)
        if not example.idempotent:
            self.spent |= example.taken
        if example.operation_id == TOKEN_ISSUER:
            self.token = str(answer["data"]["token"])
        return answered


@pytest.fixture(scope="module", params=sorted(MODES))
def fresh(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[
    tuple[str, Target]
]:  # fmt: skip
    mode = str(request.param)
    settings = {"walletable_currency": mode} if mode != "TRY" else {}
    with own_sandbox(tmp_path_factory, f"examples-{mode}", **settings) as sandbox:
        yield mode, sandbox


def test_every_request_example_gets_a_2xx_in_the_spec_order(fresh: tuple[str, Target]) -> None:
    mode, target = fresh
    cases = examples(mode)
    assert len(cases) >= 15, "every operation of the mode, from the spec"
    auth = httpx.DigestAuth(target.username, target.password)
    with httpx.Client(base_url=target.base_url, auth=auth, timeout=30) as http:
        run = Run(http)
        for case in cases:
            run.send(run.chained(case))
    failed = run.failed
    assert not failed, f"{len(failed)} of {len(cases)} examples in {mode}:\n" + "\n".join(failed)
