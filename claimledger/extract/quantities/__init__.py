"""Quantities: every number in a parsed sentence with its bounds, unit and counted thing.

``find`` reads the candidates (numbers from ``claimledger.extract.numbers``) and attaches units
and hedges; ``counted`` finds what is counted; ``filters`` drops numbers that are not quantities
(dates, ages when not asked for, identifiers); ``patterns`` holds the compiled regular expressions.
"""
from claimledger.extract.quantities.find import QuantityMention, find_quantities

__all__ = ["QuantityMention", "find_quantities"]
