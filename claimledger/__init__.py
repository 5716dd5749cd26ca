"""claimledger: turn news pages into a ledger of attributed claims.

>>> from claimledger import analyze
>>> claims = analyze("Police said 40 people were hurt.")

Heavy parts (spaCy, DuckDB) load on first use, so ``import claimledger.model`` stays cheap.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from claimledger.model import Claim, Document, Quantity, Segment, Source, TimeRef
from claimledger.settings import Settings

__version__ = "0.1.0"
__all__ = ["analyze", "analyze_documents", "read", "ingest", "Ledger", "Claim", "Document", "Quantity",
           "Segment", "Source", "TimeRef", "Settings", "__version__"]

if TYPE_CHECKING:  # pragma: no cover
    from claimledger.pipeline import analyze, analyze_documents
    from claimledger.readers import read
    from claimledger.run.ingest import ingest
    from claimledger.store.ledger import Ledger

_LAZY = {"analyze": "pipeline", "analyze_documents": "pipeline", "read": "readers", "ingest": "run.ingest",
         "Ledger": "store"}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        import importlib
        return getattr(importlib.import_module(f".{_LAZY[name]}", __name__), name)
    raise AttributeError(f"module 'claimledger' has no attribute {name!r}")
