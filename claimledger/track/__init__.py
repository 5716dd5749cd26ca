"""Stage 7, track: across documents, group claims about one quantity into series, and tell
relays, revisions and conflicts apart.

``tracker`` builds series from the stored claims (``rows``: what it reads, by name) with its
settings; ``keys`` says which series a claim belongs to and who its source is; ``points`` holds a
series' claims; ``relations`` finds relays, revisions and conflicts within a series;
``claim_time`` reads a claim's time as a point or a period; ``find`` looks a series up by the
words a user types.  One speaker's several names on a page are resolved by
``claimledger.claims.coreference``, which the sources table uses too.
"""
from claimledger.track.keys import SeriesKey
from claimledger.track.points import Point, Series
from claimledger.track.relations import Conflict, Relay, Revision
from claimledger.track.rows import ROWS_SQL, ClaimRow
from claimledger.track.tracker import (
    DEFAULT_TRACK_SETTINGS,
    SeriesNotFound,
    Tracked,
    TrackSettings,
    track,
)

__all__ = ["DEFAULT_TRACK_SETTINGS", "ROWS_SQL", "ClaimRow", "Conflict", "Point", "Relay", "Revision", "Series", "SeriesKey",
           "SeriesNotFound", "Tracked", "TrackSettings", "track"]
