"""Stage 6, store: the DuckDB ledger — documents, segments, claims and each page's sources.

``schema`` holds the DDL (the one place the tables are written out); ``sources`` groups a
document's claims by speaker for the ``sources`` table; ``ledger`` is the :class:`Ledger` facade
that reads and writes, and the one module that reaches up to tracking and views.
"""
from claimledger.store.ledger import Ledger

__all__ = ["Ledger"]
