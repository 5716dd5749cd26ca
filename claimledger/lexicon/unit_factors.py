"""Units of one dimension, so that one quantity written in km/h on one page and in mph on another
is one series (issue 17): the unit codes the extractor writes (``lexicon/quantities.py``,
``UNIT_WORDS`` / ``UNIT_SYMBOLS``) grouped into classes of one dimension, each with the factor
that takes a figure to its class's unit (``figure * factor + offset``).

Where the factors come from: the exact definitions of the international yard and pound (1959:
1 yd = 0.9144 m, 1 lb = 0.45359237 kg), the US gallon (231 cubic inches), the oil barrel (42 US
gallons), the international nautical mile (1,852 m), the mechanical horsepower (550 ft·lbf/s =
745.69987 W) and the metric one (PS, 735.49875 W), as tabulated in NIST Special Publication 811
(2008), Appendix B.8; SI prefixes otherwise (the acre: 4,046.8564224 m², the square mile:
2.589988110336 km², both from the international foot).  quantulum3 (installed) knows each unit's
dimension but carries no factors, and pint is not installed, hence this table.

Left out on purpose: currencies (two currencies are never one unit: an exchange rate is a
claim, not a definition), "degrees" (an angle or a temperature), magnitudes and other scales,
per-units such as "bbl/day" or "USD/barrel" (a rate is kept in the unit it is written in), and
"mpg" (fuel economy has no linear partner in the extractor's units), kcal (food, not power
stations) and ml (no partner written for it).
"""
from __future__ import annotations

#: units that are written for one another (one's figure in brackets after the other's), grouped
#: by dimension and by size: (dimension, the unit its figures are compared in) → unit → factor to
#: that unit.  A pipeline's "17.5 miles" and its "16-inch" diameter, a race's "60m" and "two
#: miles", are lengths of two things: on the news corpus the units of one dimension but of far
#: apart sizes met in one series only for different quantities, so they stay apart
UNIT_CLASSES: dict[tuple[str, str], dict[str, float]] = {
    ("length", "km"): {"km": 1.0, "mi": 1.609344, "nmi": 1.852},
    ("length", "m"): {"m": 1.0, "ft": 0.3048, "yd": 0.9144},
    ("length", "cm"): {"cm": 1.0, "mm": 0.1, "in": 2.54, "nm": 1e-7},
    ("area", "km2"): {"km2": 1.0, "sq mi": 2.589988110336, "ha": 0.01, "acres": 0.0040468564224},
    ("area", "m2"): {"m2": 1.0, "sq ft": 0.09290304},
    ("area", "cm2"): {"cm2": 1.0, "mm2": 0.01},
    ("volume", "l"): {"l": 1.0, "m3": 1000.0, "gal": 3.785411784, "bbl": 158.987294928},
    ("mass", "kg"): {"kg": 1.0, "lb": 0.45359237},
    ("mass", "t"): {"t": 1.0, "Mt": 1e6, "Gt": 1e9},
    ("mass", "g"): {"g": 1.0, "mg": 1e-3, "µg": 1e-6, "oz": 28.349523125},
    ("speed", "km/h"): {"km/h": 1.0, "mph": 1.609344, "kn": 1.852, "m/s": 3.6},
    ("temperature", "°C"): {"°C": 1.0, "°F": 5 / 9},
    ("energy", "kWh"): {"kWh": 1.0, "MWh": 1e3, "GWh": 1e6, "TWh": 1e9},
    ("power", "kW"): {"W": 1e-3, "kW": 1.0, "hp": 0.74569987, "bhp": 0.74569987, "PS": 0.73549875},
    ("power", "MW"): {"MW": 1.0, "GW": 1e3},
    ("data", "GB"): {"KB": 1e-6, "MB": 1e-3, "GB": 1.0, "TB": 1e3},
    ("frequency", "MHz"): {"Hz": 1e-6, "kHz": 1e-3, "MHz": 1.0, "GHz": 1e3},
}
#: what is added after the factor: °F → °C is (F − 32) × 5/9
UNIT_OFFSETS = {"°F": -32 * 5 / 9}
