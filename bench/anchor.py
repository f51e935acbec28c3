"""The load benchmark's anchor: a bare starlette endpoint on uvicorn (bench/load.py).

    .venv/bin/python bench/anchor.py

Listens on a free loopback port, served as the sandbox is (uvicorn, h11, one process, a
socket with TCP_NODELAY), and prints ``anchor listening on http://HOST:PORT``. ``GET
/anchor`` answers a small JSON envelope: what HTTP, uvicorn and starlette cost on this
machine, with no routing from a spec, no Digest, no validation and no SQLite.
"""

from __future__ import annotations

import socket

import uvicorn
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route


async def anchor(request: Request) -> JSONResponse:
    return JSONResponse({"data": {"ok": True}, "success": True, "code": 0, "message": ""})


def main() -> None:
    app = Starlette(routes=[Route("/anchor", anchor)])
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    sock.listen(128)
    host, port = sock.getsockname()[:2]
    print(f"anchor listening on http://{host}:{port}", flush=True)
    config = uvicorn.Config(app, log_level="warning", access_log=False, http="h11")
    uvicorn.Server(config).run(sockets=[sock])


if __name__ == "__main__":
    main()
