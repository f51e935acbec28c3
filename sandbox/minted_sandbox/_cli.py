"""``minted-sandbox``: run the sandbox on a local port.

    minted-sandbox --host 127.0.0.1 --port 8077 --db sandbox.sqlite3 \\
        --user partner --password secret

``--port 0`` picks a free port. Once the socket listens, one line goes to
stdout: ``minted-sandbox listening on http://HOST:PORT`` (tests and the demo
read it). Without ``--user``/``--password``, ``MINTED_USERNAME`` and
``MINTED_PASSWORD`` are used. ``--fault TARGET:KIND[:TIMES[:SECONDS[:RETRY_AFTER]]]`` (repeatable)
schedules faults from the start (see ``_faults``). ``--spec PATH`` serves another copy of
the spec (a drifted one, to test ``minted-verify``); every operation in it still needs
a handler. Each section adds its own options (``Section.settings``: ``--token-ttl``,
``--tick-interval``, ``--walletable-fee``, ...); ``minted_sandbox.sections.main`` runs this
with every section.
"""

from __future__ import annotations

import argparse
import logging
import os
import socket
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ._digest import ALGORITHMS  # standard library only
from ._faults import KINDS, RETRY_AFTER_FORMS, FaultError, parse_fault  # standard library only
from ._section import CORE_SETTINGS, Section, Setting  # standard library only

if TYPE_CHECKING:
    from ._app import SandboxApp

MISSING_EXTRA = (
    "minted-sandbox: the sandbox needs its extra dependencies ({missing}).\n"
    "Install them with: pip install 'minted-connect[sandbox]'"
)


def parse_args(argv: list[str] | None, settings: Sequence[Setting[Any]] = ()) -> argparse.Namespace:
    """The options, checked; ``settings``: the sections' (the core's are always there).
    ``args.settings`` holds the value of each setting given, by name."""
    parser = argparse.ArgumentParser(
        prog="minted-sandbox", description="Local stand-in for the Minted Connect staging API."
    )
    parser.add_argument(
        "--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)"
    )
    parser.add_argument(
        "--port", type=int, default=8077, help="port; 0 picks a free one (default 8077)"
    )
    parser.add_argument("--db", default=":memory:", help="SQLite file, or :memory: (default)")
    parser.add_argument("--user", default=os.environ.get("MINTED_USERNAME"), help="Digest username")
    parser.add_argument(
        "--password", default=os.environ.get("MINTED_PASSWORD"), help="Digest password"
    )
    parser.add_argument(
        "--algorithm", choices=sorted(ALGORITHMS), default="MD5", help="Digest algorithm"
    )
    parser.add_argument("--no-seed", action="store_true", help="start with an empty database")
    parser.add_argument(
        "--spec",
        default=None,
        metavar="PATH",
        help="the OpenAPI document to serve (default: the spec shipped with the sandbox)",
    )
    parser.add_argument(
        "--fault",
        action="append",
        default=[],
        metavar="TARGET:KIND[:TIMES[:SECONDS[:RETRY_AFTER]]]",
        help="fault the next TIMES (1) calls of an operation (operationId or path); "
        f"KIND is one of {', '.join(KINDS)}; SECONDS is the delay or the wait 429 and 503 "
        f"ask for, RETRY_AFTER how they say it: {', '.join(RETRY_AFTER_FORMS)}",
    )
    for setting in (*CORE_SETTINGS, *settings):
        parser.add_argument(
            setting.flag,
            dest=f"setting_{setting.name}",
            action="append" if setting.repeatable else "store",
            choices=setting.choices,
            metavar=setting.metavar,
            help=setting.help,
        )
    parser.add_argument(
        "--log-level", default="warning", choices=["debug", "info", "warning", "error"]
    )
    args = parser.parse_args(argv)
    if not args.user or not args.password:
        parser.error("--user and --password are required (or MINTED_USERNAME / MINTED_PASSWORD)")
    if not 0 <= args.port <= 65535:
        parser.error("--port must be between 0 and 65535")
    try:
        args.fault = [parse_fault(text) for text in args.fault]
    except FaultError as error:
        parser.error(f"--fault: {error}")
    args.settings = {}
    for setting in (*CORE_SETTINGS, *settings):
        given = getattr(args, f"setting_{setting.name}")
        if given is None:
            continue
        try:
            args.settings[setting.name] = setting.parse(given if setting.repeatable else [given])
        except ValueError as error:
            parser.error(f"{setting.flag}: {error}")
    return args


def main(sections: Sequence[Section], argv: list[str] | None = None) -> None:
    """``minted-sandbox`` serving ``sections``."""
    args = parse_args(argv, [setting for section in sections for setting in section.settings])
    try:
        import uvicorn

        from ._app import SandboxApp  # noqa: F401 (the extra's packages, checked here)
        from ._http import EnvelopeH11Protocol
        from ._ws import MAX_MESSAGE, BoundedWSProtocol
    except ImportError as error:  # the client was installed without the sandbox extra
        sys.exit(MISSING_EXTRA.format(missing=error.name or error))
    logging.basicConfig(level=args.log_level.upper(), format="%(levelname)s %(name)s: %(message)s")
    app = build_app(sections, args)
    family = socket.AF_INET6 if ":" in args.host else socket.AF_INET
    # proto must be IPPROTO_TCP: asyncio sets TCP_NODELAY on accepted connections
    # only then, and without it Nagle + delayed ACK add 40 ms to every response.
    sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((args.host, args.port))
    except OSError as error:
        sys.exit(f"minted-sandbox: cannot listen on {args.host}:{args.port}: {error.strerror}")
    sock.listen(128)
    host, port = sock.getsockname()[:2]
    shown = f"[{host}]" if family == socket.AF_INET6 else host
    print(f"minted-sandbox listening on http://{shown}:{port}", flush=True)
    # wsproto (a dependency of the client's httpx-ws) serves the WS price feed, within
    # the bounds of _ws: no compression, small messages, peers that read nothing let go
    config = uvicorn.Config(
        app,
        log_level=args.log_level,
        lifespan="on",
        access_log=False,
        ws=BoundedWSProtocol,
        ws_max_size=MAX_MESSAGE,
        ws_per_message_deflate=False,
        http=EnvelopeH11Protocol,  # the head bounded, its own 400 as an envelope
    )
    server = uvicorn.Server(config)
    try:
        server.run(sockets=[sock])
    finally:
        app.store.close()


def build_app(sections: Sequence[Section], args: argparse.Namespace) -> SandboxApp:
    """The application ``args`` (``parse_args``) describe: what ``minted-sandbox`` serves
    on a port, and ``InProcessSandbox`` in its own process."""
    from ._app import SandboxApp
    from ._spec import load_spec

    return SandboxApp(
        sections=sections,
        username=args.user,
        password=args.password,
        db=args.db,
        algorithm=args.algorithm,
        seed_data=not args.no_seed,
        faults=args.fault,
        spec=load_spec(Path(args.spec)) if args.spec else None,
        **args.settings,
    )
