"""The web UI and JSON API over a ledger: ``create_app(path)`` returns a FastAPI application.

Read-only by construction: the ledger is opened with ``read_only=True``.  ``claimledger serve``
runs it with uvicorn on 127.0.0.1 unless told otherwise.  FastAPI loads on first use, so the
CLI, which imports ``claimledger.web.cli``, starts as fast without it.
"""
from __future__ import annotations

from typing import Any

__all__ = ["create_app"]


def __getattr__(name: str) -> Any:
    if name == "create_app":
        from claimledger.web.app import create_app

        return create_app
    raise AttributeError(name)
