"""Stage 8, show (files): exports of the ledger (JSONL, CSV, Parquet, JSON-LD) and timeline
charts.  The command line is in ``claimledger.cli``, the web UI in ``claimledger.web``.
"""
