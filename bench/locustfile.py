"""The callers of the load benchmark (bench/load.py runs it; locust headless, its own process).

    .venv-load/bin/locust --headless -f bench/locustfile.py --host URL -u N -r N \\
        --run-time 20s --csv PREFIX Innocent [Hostile | Anchor]

``Innocent`` users each create a customer, then mix reads and writes of both APIs at a
fixed pace (``LOAD_RATE`` calls a second each; 0: flat out): Get Customer, Products, Add to Basket
(E-Commerce); Customer Balance, Get Orders, Price Fix + Buy with a topup (Partner); over
Digest (requests' HTTPDigestAuth, one challenge per user). ``Hostile`` is one caller
(``fixed_count``) sending, back to back, the requests that once held the sandbox: an
exponent of a billion in a Sell, Add to Basket and Price Fix, a huge topup, 60,000-character
strings, deep nesting, 5,000 items, a 64 KiB body, a 15 KiB Digest header; each must be
refused (4xx) or it counts as a failure. ``Anchor`` is the same pace against a bare
starlette endpoint. The stall cases (issue 22), one caller each, back to back:
``DeflateBomb`` (WebSockets offering permessage-deflate, each sent five frames of ~260 KB
that inflate to 256 MiB), ``HeldFragments`` (twenty WebSockets each holding an
unfinished compressed message that inflates to 16 MiB, opened again once closed),
``DeafFeeds`` (thirty price feeds that never read, opened anew every 10 s) and
``SparseWorkbook`` (Excel Imports of workbooks of empty cells, each followed to its end:
250 rows of 3,900 cells, then 1,000 rows of 64). Every innocent call is named
``innocent``, every hostile one ``hostile``, each stall case's step ``stall``, and each
call's start, time and outcome is written to ``LOAD_SAMPLES`` at the end (JSON),
so bench/load.py computes exact percentiles of each. Only locust,
requests and the standard library are imported here.
"""

from __future__ import annotations

import base64
import io
import itertools
import json
import os
import socket
import time
import uuid
import zipfile
import zlib
from functools import cache
from typing import Any

from locust import HttpUser, constant, constant_throughput, events, task
from requests.auth import HTTPDigestAuth

USER = os.environ.get("LOAD_USER", "partner")
PASSWORD = os.environ.get("LOAD_PASSWORD", "secret")
RATE = float(os.environ.get("LOAD_RATE", "4"))
SAMPLES = os.environ.get("LOAD_SAMPLES", "")  # where each call's (name, start, ms, ok) goes
RECORDED: list[tuple[str, float, float, bool]] = []
# LOAD_RATE 0: flat out (each user sends its next call as soon as the last is answered).
PACE = constant_throughput(RATE) if RATE > 0 else constant(0)
JSON = {"x-client-id": "web", "Content-Type": "application/json", "Accept-Language": "en"}


@events.request.add_listener
def record(name: str, response_time: float, exception: Any, start_time: float = 0.0,
           **_: Any) -> None:  # fmt: skip
    RECORDED.append((name, start_time, response_time, exception is None))


@events.quitting.add_listener
def write(**_: Any) -> None:
    if SAMPLES:
        with open(SAMPLES, "w", encoding="utf-8") as out:
            json.dump(RECORDED, out)


def person(external_id: str) -> dict[str, Any]:
    return {
        "external_id": external_id, "firstname": "Deniz", "lastname": "Yılmaz",
        "email": "deniz@example.com", "phone": "+905321112244",
        "identity_number": "12345677938", "birthdate": "1990-05-17",
    }  # fmt: skip


class Anchor(HttpUser):
    """The same pace against a bare starlette endpoint on uvicorn (bench/anchor.py)."""

    wait_time = PACE

    @task
    def anchor(self) -> None:
        self.client.get("/anchor", name="innocent")


class Innocent(HttpUser):
    wait_time = PACE

    def on_start(self) -> None:
        self.client.auth = HTTPDigestAuth(USER, PASSWORD)
        self.customer = "load-" + uuid.uuid4().hex[:20]
        body = {k: v for k, v in person(self.customer).items() if k != "birthdate"}
        self.client.post("/partner/customer", data=json.dumps(body), headers=JSON, name="setup")

    def send(self, method: str, path: str, body: Any = None) -> Any:
        data = None if body is None else json.dumps(body)
        with self.client.request(
            method, path, data=data, headers=JSON, name="innocent", catch_response=True
        ) as response:
            if response.status_code != 200:
                response.failure(f"{method} {path.split('?')[0]}: {response.status_code}")
                return None
            return response.json()["data"]

    @task(3)
    def get_customer(self) -> None:
        self.send("GET", f"/partner/customer/{self.customer}")

    @task(2)
    def list_products(self) -> None:
        self.send("GET", "/partner/ecom/products?page=1&total=10")

    @task(1)
    def add_to_basket(self) -> None:
        body = {"external_customer_id": self.customer, "sku": "MNT0012", "qty": 1}
        self.send("POST", "/partner/ecom/basket", body)

    @task(2)
    def balance(self) -> None:
        self.send("GET", f"/partner/balance/customer/{self.customer}")

    @task(1)
    def wallet_orders(self) -> None:
        self.send("GET", f"/partner/orders?customer_external_id={self.customer}")

    @task(1)
    def fix_and_buy(self) -> None:
        fix = {"type": "digital", "customer_external_id": self.customer, "currency": "TRY"}
        fixed = self.send("POST", "/partner/pricefix", fix)
        if fixed is None:
            return
        buy = {
            "price_token": fixed["token"], "currency_code": "TRY",
            "external_id": "L" + uuid.uuid4().hex[:16], "customer": person(self.customer),
            "items": [{"sku": "GAU", "amount": 0.001}], "topup": {"price": 5},
        }  # fmt: skip
        self.send("POST", "/partner/order/digital/buy", buy)


SELL = {"price_token": "t85QBvvn1GHeOslKuiJm7C", "external_id": "H1", "items": [{"sku": "GAU"}]}


def raw(template: dict[str, Any], marker: str, text: str) -> str:
    """``template`` as JSON with the string ``marker`` replaced by raw text (a number Python's
    json cannot write)."""
    return json.dumps(template).replace(json.dumps(marker), text)


def deep(levels: int) -> str:
    return '{"a":' * levels + "1" + "}" * levels


HOSTILE: list[tuple[str, str, str, dict[str, str] | None]] = [
    # (method, path, body, headers: None = the JSON headers with Digest)
    ("POST", "/partner/order/digital/sell",
     raw({**SELL, "items": [{"sku": "GAU", "amount": "@"}]}, "@", "1e999999999"), None),
    ("POST", "/partner/ecom/basket",
     raw({"external_customer_id": "555555", "sku": "MNT0012", "qty": "@"}, "@", "1e999999999"),
     None),
    ("POST", "/partner/pricefix", raw({"type": "digital", "total": "@"}, "@", "1e999999999"), None),
    ("POST", "/partner/order/digital/buy",
     raw({**SELL, "customer": person("555555"), "topup": {"price": "@"}}, "@", "9" * 5000), None),
    ("POST", "/partner/customer", json.dumps(person("ş" * 30000)), None),
    ("POST", "/partner/ecom/basket", "[" * 30000 + "]" * 30000, None),
    ("POST", "/partner/pricefix", deep(20), None),
    ("POST", "/partner/order/digital/sell", json.dumps({**SELL, "items": [0] * 5000}), None),
    ("POST", "/partner/customer", json.dumps({"external_id": "x" * 65000}), None),
    ("GET", "/partner/customer/555555", "", {"x-client-id": "web", "Authorization": "Digest "
                                              + "x" * 15000}),
]  # fmt: skip


class Hostile(HttpUser):
    """One caller, always with a hostile request in flight."""

    fixed_count = 1
    wait_time = constant(0)

    def on_start(self) -> None:
        self.client.auth = HTTPDigestAuth(USER, PASSWORD)
        self.requests = itertools.cycle(HOSTILE)

    @task
    def hostile(self) -> None:
        method, path, body, headers = next(self.requests)
        # Own headers (a hostile Authorization): sent as they are, not signed.
        auth = self.client.auth if headers is None else (lambda request: request)
        with self.client.request(
            method, path, data=body.encode("utf-8", "surrogatepass") or None,
            headers=headers or JSON, auth=auth, name="hostile", catch_response=True,
        ) as response:  # fmt: skip
            if 400 <= response.status_code < 500:
                response.success()
            else:
                response.failure(f"{method} {path}: {response.status_code}")


# ---------------------------------------------------------------- the stall cases (issue 22)
class StallCaller(HttpUser):
    """One caller doing a stall case back to back; each step recorded as ``stall``."""

    abstract = True
    fixed_count = 1
    wait_time = constant(0)

    def on_start(self) -> None:
        self.client.auth = HTTPDigestAuth(USER, PASSWORD)
        made = self.client.post("/partner/ecom/token", data=json.dumps(
            {"customer_external_id": "555555"}), headers=JSON, name="setup")  # fmt: skip
        self.token = made.json()["data"]["token"]

    def record(self, started: float, error: Exception | None = None) -> None:
        events.request.fire(request_type="WS", name="stall", start_time=started,
                            response_time=(time.time() - started) * 1000, response_length=0,
                            exception=error, context={})  # fmt: skip

    def feed(self, offer: str = "") -> socket.socket:
        """A raw WebSocket to the price feed with the customer token (101 read)."""
        host, port = self.host.removeprefix("http://").rstrip("/").split(":")
        sock = socket.create_connection((host, int(port)), timeout=30)
        key = base64.b64encode(os.urandom(16)).decode()
        sock.sendall((f"GET /partner/ws/prices HTTP/1.1\r\nHost: {host}\r\n"
                      f"Upgrade: websocket\r\nConnection: Upgrade\r\n"
                      f"Sec-WebSocket-Key: {key}\r\nSec-WebSocket-Version: 13\r\n"
                      f"Authorization: Bearer {self.token}\r\n"
                      + (f"Sec-WebSocket-Extensions: {offer}\r\n" if offer else "")
                      + "\r\n").encode())  # fmt: skip
        answer = b""
        while b"\r\n\r\n" not in answer and len(answer) < 8192:
            answer += sock.recv(1) or b"\r\n\r\n"
        return sock


def frame(payload: bytes, *, fin: bool = True, compressed: bool = False) -> bytes:
    """A client's masked text frame (RFC 6455 5.2); ``compressed``: RSV1 (RFC 7692)."""
    size = len(payload)
    first = bytes([(0x80 if fin else 0) | (0x40 if compressed else 0) | 1])
    length = (bytes([0x80 | size]) if size < 126 else
              bytes([0x80 | 126]) + size.to_bytes(2, "big") if size < 1 << 16 else
              bytes([0x80 | 127]) + size.to_bytes(8, "big"))  # fmt: skip
    mask = os.urandom(4)
    key = int.from_bytes((mask * (size // 4 + 1))[:size], "big")
    return first + length + mask + (int.from_bytes(payload, "big") ^ key).to_bytes(size, "big")


@cache
def deflated(megabytes: int) -> bytes:
    """``megabytes`` MiB of "a" as one permessage-deflate payload (made once)."""
    squeeze = zlib.compressobj(9, zlib.DEFLATED, -15)
    out = b"".join(squeeze.compress(b"a" * (1 << 20)) for _ in range(megabytes))
    return (out + squeeze.flush(zlib.Z_SYNC_FLUSH))[:-4]


@events.test_start.add_listener
def make_the_payloads_first(environment: Any, **_: Any) -> None:
    """Compress the bombs before any caller starts: made while the callers run, the load
    generator's own pause (a second or two) would be measured as the sandbox's."""
    names = {user.__name__ for user in environment.user_classes}
    if names & {"DeflateBomb", "HeldFragments"}:
        deflated(256)
        deflated(16)


def read_to_end(sock: socket.socket) -> None:
    try:
        while sock.recv(65536):
            pass
    except OSError:
        pass
    sock.close()


class DeflateBomb(StallCaller):
    """Five frames of ~260 KB inflating to 256 MiB each, on a WebSocket offering
    permessage-deflate; then read until the server is done with it; one a second (sent
    back to back, the load generator's own sends of 1.3 MB would be what is measured)."""

    wait_time = constant(1)

    @task
    def bomb(self) -> None:
        started = time.time()
        bomb = frame(deflated(256), compressed=True)
        sock = self.feed("permessage-deflate; client_max_window_bits")
        try:
            for _ in range(5):
                sock.sendall(bomb)
        except OSError:
            pass  # the server closed it
        read_to_end(sock)
        self.record(started)


class HeldFragments(StallCaller):
    """Twenty WebSockets, each holding an unfinished compressed message that inflates to
    16 MiB; one closed by the server is opened again a second later."""

    @task
    def hold(self) -> None:
        fragment = frame(deflated(16), fin=False, compressed=True)
        held: list[socket.socket] = []
        while True:
            for sock in list(held):
                sock.setblocking(False)
                try:
                    if sock.recv(65536, socket.MSG_PEEK) == b"":
                        held.remove(sock)
                        sock.close()
                except BlockingIOError:
                    pass  # open, nothing to read
                except OSError:
                    held.remove(sock)
                    sock.close()
            while len(held) < 20:
                started = time.time()
                sock = self.feed("permessage-deflate")
                try:
                    sock.sendall(fragment)
                    held.append(sock)
                    self.record(started)
                except OSError as error:
                    self.record(started, error)
                    sock.close()
            time.sleep(1)  # gevent's: locust patches the process


class DeafFeeds(StallCaller):
    """Thirty price feeds that never read, opened anew every 10 s."""

    @task
    def deaf(self) -> None:
        started = time.time()
        feeds = []
        for _ in range(30):
            sock = self.feed()
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)
            feeds.append(sock)
        self.record(started)
        time.sleep(10)
        for sock in feeds:
            sock.close()


def sparse_workbook(rows: int, cells: int) -> str:
    """A hand-written .xlsx (as a hostile caller would): a header, then ``rows`` rows of
    an id and ``cells - 1`` empty cells, no dimension; base64."""
    ns = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    rel = "http://schemas.openxmlformats.org/package/2006/relationships"
    office = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    body = "".join(f'<row r="{n}"><c r="A{n}" t="inlineStr"><is><t>sparse-{n}</t></is></c>'
                   + "<c/>" * (cells - 1) + "</row>" for n in range(2, rows + 2))  # fmt: skip
    parts = {
        "[Content_Types].xml": '<Types xmlns="http://schemas.openxmlformats.org/package/2006/'
        'content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-'
        'package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-'
        'officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/'
        'sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.'
        'worksheet+xml"/></Types>',
        "_rels/.rels": f'<Relationships xmlns="{rel}"><Relationship Id="rId1" Type="{office}/'
        'officeDocument" Target="xl/workbook.xml"/></Relationships>',
        "xl/workbook.xml": f'<workbook xmlns="{ns}" xmlns:r="{office}"><sheets><sheet '
        'name="Customers" sheetId="1" r:id="rId1"/></sheets></workbook>',
        "xl/_rels/workbook.xml.rels": f'<Relationships xmlns="{rel}"><Relationship Id="rId1" '
        f'Type="{office}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
        "xl/worksheets/sheet1.xml": f'<worksheet xmlns="{ns}"><sheetData><row r="1"><c r="A1" '
        't="inlineStr"><is><t>external_id</t></is></c></row>' + body + "</sheetData></worksheet>",
    }
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as book:
        for name, text in parts.items():
            book.writestr(name, text)
    return base64.b64encode(out.getvalue()).decode("ascii")


class SparseWorkbook(StallCaller):
    """Excel Imports of sparse workbooks, one at a time, each followed until it is done:
    250 rows of 3,900 cells (refused at its first row), then 1,000 rows of 64 (read)."""

    def on_start(self) -> None:
        super().on_start()
        self.books = itertools.cycle([sparse_workbook(250, 3900), sparse_workbook(1000, 64)])

    @task
    def import_one(self) -> None:
        started = time.time()
        body = json.dumps({"file_name": "sparse.xlsx", "file": next(self.books)})
        queued = self.client.post("/partner/walletable/import", data=body, headers=JSON,
                                  name="stall-queue")  # fmt: skip
        import_id = queued.json()["data"]["id"]
        for _ in range(600):  # bounded: 60 s at most
            status = self.client.get(f"/partner/walletable/import/{import_id}", headers=JSON,
                                     name="stall-status").json()["data"]["status"]  # fmt: skip
            if status in ("completed", "failed"):
                break
            time.sleep(0.05)
        self.record(started)
