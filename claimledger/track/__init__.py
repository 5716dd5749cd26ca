"""Stage 7, track: across documents, group claims about one quantity into series, and tell
relays, revisions and conflicts apart.

``tracker`` builds series from the stored claims; ``claim_time`` reads a claim's time as a point or
a period; ``page_sources`` resolves one speaker's several names on a page; ``find`` looks a series
up by the words a user types.
"""
from claimledger.track.tracker import (
    DEFAULT_TRACK_SETTINGS,
    Conflict,
    Point,
    Relay,
    Revision,
    Series,
    SeriesKey,
    SeriesNotFound,
    Tracked,
    TrackSettings,
    track,
)

__all__ = ["DEFAULT_TRACK_SETTINGS", "Conflict", "Point", "Relay", "Revision", "Series", "SeriesKey",
           "SeriesNotFound", "Tracked", "TrackSettings", "track"]
