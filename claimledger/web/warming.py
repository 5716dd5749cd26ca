"""The app's start-up work (kept aggregates, the search index, the series) in a background thread
that can be stopped, and is, before the process ends.

A daemon thread still inside DuckDB when the interpreter shuts down is unwound by force; DuckDB
catches the unwinding and the process aborts (``terminate called … FATAL: exception not
rethrown``, exit status 134 — issue 18).  So the thread is never left to die with the process:
``stop()`` interrupts the DuckDB queries it is running and joins it.  Every query the warm-up
makes goes through a cursor handed out by ``cursor()`` (an interrupt reaches only the connection
or cursor it is called on, not the cursors made from it), and the steps call ``check()`` between
queries and while streaming rows, so a stop lands within one query or one chunk of rows.
"""
from __future__ import annotations

import logging
import threading
from typing import Callable, Optional

import duckdb

log = logging.getLogger(__name__)


class Stopped(Exception):
    """The warm-up was asked to stop; the steps unwind and leave their work undone."""


class Warmup:
    """Runs ``work(self)`` once in a thread of its own; ``stop()`` cuts it short and waits."""

    def __init__(self, work: Callable[["Warmup"], None], name: str = "claimledger-web-warm"):
        self._work = work
        self._name = name
        self._stopping = threading.Event()
        self._lock = threading.Lock()
        self._watched: list[duckdb.DuckDBPyConnection] = []  # interrupted by stop()
        self._cursors: list[duckdb.DuckDBPyConnection] = []  # … and closed when the work ends
        self._thread: Optional[threading.Thread] = None

    # -- for the steps -------------------------------------------------------------------------

    def cursor(self, connection: duckdb.DuckDBPyConnection) -> duckdb.DuckDBPyConnection:
        """A cursor of ``connection`` for the warm-up's queries, interrupted by ``stop()``."""
        with self._lock:
            self.check()
            cur = connection.cursor()
            self._watched.append(cur)
            self._cursors.append(cur)
            return cur

    def watch(self, connection: duckdb.DuckDBPyConnection) -> None:
        """Interrupt ``connection`` too on ``stop()`` (one the steps use but did not make here)."""
        with self._lock:
            self.check()
            self._watched.append(connection)

    def check(self) -> None:
        """Raise ``Stopped`` once ``stop()`` was called."""
        if self._stopping.is_set():
            raise Stopped()

    @property
    def stopping(self) -> bool:
        return self._stopping.is_set()

    # -- for the app ---------------------------------------------------------------------------

    def start(self) -> None:
        self._thread = threading.Thread(target=self._run, name=self._name, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        try:
            self._work(self)
        except Stopped:
            pass
        except duckdb.InterruptException:
            if not self.stopping:  # nobody here interrupts but stop(): say so if it was someone else
                log.exception("warming the web app was interrupted")
        except Exception:  # a request will meet the same error and answer 500; say it once here
            if not self.stopping:
                log.exception("warming the web app failed")
        finally:
            self._close_cursors()

    def stop(self, timeout: Optional[float] = None) -> bool:
        """Interrupt the queries under way, wait for the thread (at most ``timeout`` seconds);
        whether it has ended."""
        self._stopping.set()
        with self._lock:
            for con in self._watched:
                try:
                    con.interrupt()
                except duckdb.Error:  # closed already: nothing runs on it
                    pass
        if self._thread is not None:
            self._thread.join(timeout)
            return not self._thread.is_alive()
        return True

    def done(self) -> bool:
        """Whether the thread has ended (or never started)."""
        return self._thread is None or not self._thread.is_alive()

    def _close_cursors(self) -> None:
        with self._lock:
            for cur in self._cursors:
                try:
                    cur.close()
                except duckdb.Error:
                    pass
            self._cursors.clear()
            self._watched.clear()
