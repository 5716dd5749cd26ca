"""The command line: one Typer app.

``app`` holds the commands that read pages (analyze, ingest, claims, segment, quantities),
``ledger`` those that read the ledger across documents (series, timeline, conflicts, revisions,
sources, export, query), ``claimledger.web.cli`` the server; ``output`` what they share.  Each
module adds its commands here, so no command module imports another.

Exit codes: 0 success, 1 some input failed or a library error, 2 usage error.
"""
from claimledger.cli import ledger as _ledger
from claimledger.cli.app import app
from claimledger.web import cli as _web

_ledger.register(app)
_web.register(app)


def main() -> None:
    app()


__all__ = ["app", "main"]
