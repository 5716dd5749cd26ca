"""``claimledger serve``: the web UI and JSON API over a ledger, or one response with ``--get``.

Every way out ends the same: the app is closed (background work interrupted and joined, the
ledger closed) before the interpreter shuts down — a thread left inside DuckDB then aborts the
process with status 134 (issue 18).  Exit status: ``--get`` 0 only on 200, else 1; a server
stopped by SIGTERM or SIGINT (Ctrl+C) ends with 0, since stopping is how a server's work ends,
not a failure (uvicorn drains the requests under way first).
"""
from __future__ import annotations

import signal
import sys
from typing import Optional

import typer


def register(app: typer.Typer) -> None:
    app.command()(serve)


def serve(
    db: str = typer.Option("claimledger.duckdb", "--db", help="The ledger file (DuckDB), opened read-only."),
    host: str = typer.Option("127.0.0.1", "--host", help="Address to listen on (default: this machine only)."),
    port: int = typer.Option(8000, "--port", min=1, max=65535, help="Port to listen on."),
    get: Optional[str] = typer.Option(None, "--get", metavar="PATH",
                                      help="Print the response to GET PATH (e.g. /api/claims) and exit: "
                                           "0 if it is 200, else 1. No server is started."),
) -> None:
    """Serve a read-only web UI and JSON API over the ledger (http://127.0.0.1:8000 by default).
    Ctrl+C or SIGTERM stops it cleanly, with exit status 0."""
    from claimledger.errors import ClaimLedgerError
    from claimledger.web.app import close, create_app

    try:
        site = create_app(db)
    except ClaimLedgerError as e:
        _say(f"error: {e}")
        raise typer.Exit(1)
    try:
        if get is not None:
            raise typer.Exit(_get_once(site, get))
        _say(f"serving {db} read-only at http://{host}:{port}/ (Ctrl+C stops)")
        _run(site, host, port)
        _say("stopped")
    finally:
        close(site)


def _run(site, host: str, port: int) -> None:
    """uvicorn until SIGINT or SIGTERM.  uvicorn shuts down gracefully (the lifespan's shutdown
    stops the background work), then restores the handlers it found and raises the signal again;
    the handler it finds is this one, so the signal ends the command normally instead of
    killing the process before ``close`` (SIGTERM's default) or surfacing as "Aborted!" (SIGINT).
    Before uvicorn listens, the same handler stops it from starting."""
    import uvicorn

    server = uvicorn.Server(uvicorn.Config(site, host=host, port=port, log_level="warning",
                                           server_header=False))

    def stop(signum, frame) -> None:
        server.should_exit = True

    previous = {sig: signal.signal(sig, stop) for sig in (signal.SIGINT, signal.SIGTERM)}
    try:
        server.run()
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)


def _get_once(site, path: str) -> int:
    """One request through the app in-process (httpx's ASGI transport, no socket); the body to
    stdout, the status line to stderr."""
    import asyncio

    import httpx

    if not path.startswith("/"):
        path = "/" + path

    async def fetch() -> httpx.Response:
        transport = httpx.ASGITransport(app=site, raise_app_exceptions=False)
        async with httpx.AsyncClient(transport=transport, base_url="http://127.0.0.1") as client:
            return await client.get(path)

    response = asyncio.run(fetch())
    sys.stdout.buffer.write(response.content)
    if response.content and not response.content.endswith(b"\n"):
        sys.stdout.buffer.write(b"\n")
    sys.stdout.flush()
    _say(f"{response.status_code} {response.reason_phrase} {path}")
    return 0 if response.status_code == 200 else 1


def _say(message: str) -> None:
    sys.stderr.write(" ".join(str(message).split()) + "\n")
    sys.stderr.flush()
