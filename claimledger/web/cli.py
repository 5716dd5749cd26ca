"""``claimledger serve``: the web UI and JSON API over a ledger, or one response with ``--get``."""
from __future__ import annotations

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
    """Serve a read-only web UI and JSON API over the ledger (http://127.0.0.1:8000 by default)."""
    from claimledger.errors import ClaimLedgerError
    from claimledger.web.app import create_app

    try:
        site = create_app(db)
    except ClaimLedgerError as e:
        _say(f"error: {e}")
        raise typer.Exit(1)
    if get is not None:
        raise typer.Exit(_get_once(site, get))
    import uvicorn

    _say(f"serving {db} read-only at http://{host}:{port}/ (Ctrl+C stops)")
    uvicorn.run(site, host=host, port=port, log_level="warning", server_header=False)


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
