"""Calendar words: month and weekday names and their abbreviations.

The English calendar (the Gregorian month and weekday names, and the abbreviations news wires
use: AP style "Sept.", Reuters "Sep").  Time expressions, quantity filters ("March 3" is no
count) and datelines all read them from here, with the prepositions that make a bare
year or month name a date.
"""
from __future__ import annotations

#: month names and their numbers
MONTHS = {m: i + 1 for i, m in enumerate(
    ("january", "february", "march", "april", "may", "june", "july", "august", "september",
     "october", "november", "december"))}
#: abbreviated month names and their numbers ("may" needs none)
MONTH_ABBR = {"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
              "sept": 9, "oct": 10, "nov": 11, "dec": 12}
#: weekday names and their numbers (Monday 0, as ``date.weekday``)
WEEKDAYS = {d: i for i, d in enumerate(
    ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"))}
#: temporal prepositions that make a bare year or month name a time ("in 2016", "since May")
TIME_PREPS = ("in", "of", "since", "until", "till", "by", "from", "to", "during", "before",
              "after", "through", "throughout", "early", "late", "mid", "between", "and", "or",
              "fiscal", "calendar", "year", "as of", "around", "circa", "c.")
