"""Ratios written as two numbers: "one in five", "three out of four", "1 in 10" are one fraction
(sentences written for these tests)."""
import pytest

from claimledger.extract.numbers import find_numbers


def values(text):
    return [(n.surface, round(n.value, 4)) for n in find_numbers(text)]


@pytest.mark.parametrize("text, surface, value", [
    ("One in five adults in the town smokes.", "One in five", 0.2),
    ("Three out of four members backed the plan.", "Three out of four", 0.75),
    ("About 1 in 10 pupils is absent.", "1 in 10", 0.1),
    ("Only one in 13 of the 48 million cards is in default.", "one in 13", round(1 / 13, 4)),
])
def test_a_ratio_is_one_fraction(text, surface, value):
    assert (surface, value) in values(text)


@pytest.mark.parametrize("text", [
    "He scored 2 in 5 minutes.",        # a number of minutes, not a share
    "They won 3 in 2019.",              # a year
    "Five in three weeks is too many.",  # not smaller than the second; a unit after it
    "The score was 7 in 4 innings.",    # the first is not smaller
])
def test_two_numbers_joined_by_in_are_no_ratio_otherwise(text):
    assert all(n.kind != "fraction" for n in find_numbers(text))
