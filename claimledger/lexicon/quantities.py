"""Word lists and unit tables for number and quantity extraction.

Kept apart from the code (as trafilatura keeps its XPaths) so a list can grow without touching the
rules that read it.  Everything is lower case unless a comment says the case matters.
"""
from __future__ import annotations

from claimledger.lexicon import attribution, dates, predicates

# --- numbers -------------------------------------------------------------------------------------

#: spelt-out number words text2num understands (it does the arithmetic)
NUMBER_WORDS = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
    "sixteen seventeen eighteen nineteen twenty thirty forty fourty fifty sixty seventy eighty ninety"
).split()
SCALE_WORDS = {"hundred": 1e2, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}
#: "a dozen" and friends: an article plus a word with a fixed value
ARTICLE_NUMBERS = {"dozen": 12.0, **SCALE_WORDS}
#: abbreviations written straight after digits: "3k", "$2bn", "1.2mn" ("m" is handled apart,
#: because "37m" is as often metres as millions)
SCALE_SUFFIXES = {"k": 1e3, "K": 1e3, "M": 1e6, "mn": 1e6, "mln": 1e6, "mil": 1e6, "bn": 1e9,
                  "b": 1e9, "B": 1e9, "bln": 1e9, "tn": 1e12, "trn": 1e12, "tr": 1e12}
#: fractions written as words after a number or article: "half a million"
FRACTION_WORDS = {"half": 0.5, "quarter": 0.25}
#: denominators written as words after a spelt-out numerator: "two-thirds", "three fifths"
FRACTION_DENOMINATORS = {
    "half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fourth": 4,
    "fourths": 4, "fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6, "seventh": 7, "sevenths": 7,
    "eighth": 8, "eighths": 8, "ninth": 9, "ninths": 9, "tenth": 10, "tenths": 10}
#: single-character vulgar fractions (Unicode "Number, other")
VULGAR_FRACTIONS = {"½": 0.5, "⅓": 1 / 3, "⅔": 2 / 3, "¼": 0.25, "¾": 0.75, "⅕": 0.2, "⅖": 0.4,
                    "⅗": 0.6, "⅘": 0.8, "⅙": 1 / 6, "⅚": 5 / 6, "⅛": 0.125, "⅜": 0.375,
                    "⅝": 0.625, "⅞": 0.875}
#: words before a number that make it negative ("minus five", "negative 3")
NEGATIVE_WORDS = ("minus", "negative")

#: vague amounts: no value, only an order of magnitude (low, high) for formats that want one
VAGUE_QUANTITIES = {
    "dozens": (12.0, 120.0), "scores": (40.0, 200.0), "hundreds": (1e2, 1e3),
    "thousands": (1e3, 1e4), "millions": (1e6, 1e7), "billions": (1e9, 1e10),
    "trillions": (1e12, 1e13),
    "tens of thousands": (1e4, 1e5), "hundreds of thousands": (1e5, 1e6),
    "tens of millions": (1e7, 1e8), "hundreds of millions": (1e8, 1e9),
    "tens of billions": (1e10, 1e11), "hundreds of billions": (1e11, 1e12),
    "several hundred": (2e2, 1e3), "several thousand": (2e3, 1e4), "several million": (2e6, 1e7),
    "a few hundred": (2e2, 1e3), "a few thousand": (2e3, 1e4), "a few million": (2e6, 1e7),
}

# --- modifiers before a number -------------------------------------------------------------------

#: lower bounds: the number is the least the quantity can be
LOWER_BOUND = ("at least", "more than", "over", "above", "exceeding", "exceeded", "exceeds",
               "in excess of", "upwards of", "upward of", "no fewer than", "no less than",
               "not less than", "greater than", "higher than", "well over", "just over",
               "well above", "just above", "a minimum of", "at a minimum", "over than",
               "north of", "beyond", "larger than", "longer than", "bigger than", "or more")
#: upper bounds
UPPER_BOUND = ("less than", "fewer than", "under", "below", "up to", "as many as", "as much as",
               "at most", "no more than", "not more than", "within", "just under", "well under",
               "just below", "well below", "a maximum of", "at a maximum", "lower than",
               "shorter than", "smaller than", "maximum of", "up until", "or less", "or fewer",
               "sub", "short of", "no longer than", "no later than", "no greater than",
               "no higher than", "no bigger than", "no larger than", "not longer than")
#: approximators: the value is given but not exact
APPROXIMATORS = ("about", "around", "some", "roughly", "approximately", "nearly", "almost",
                 "estimated", "an estimated", "close to", "circa", "c.", "~", "an approximate",
                 "approx.", "approx", "just about", "more or less", "somewhere around",
                 "in the region of", "on the order of", "of the order of", "or so",
                 "give or take", "nigh on", "the best part of")
#: words that colour a number without changing its value ("only 1,000")
HEDGES = ("only", "just", "merely", "a mere", "mere", "barely", "exactly", "precisely",
          "fully", "a full", "a whopping", "whopping", "a staggering", "staggering",
          "all", "another", "an additional", "a further", "a total of", "total of",
          "a record", "record", "an average of", "average of", "averaging", "on average",
          "an extra", "a combined", "some other")
#: phrases after a number that bound it ("50 or more")
POST_LOWER = ("or more", "and more", "and up", "plus", "or above", "or higher", "or over")
POST_UPPER = ("or less", "or fewer", "or under", "or below", "and under", "at most")
POST_APPROX = ("or so", "odd", "give or take", "-odd", "ish")

# --- trends --------------------------------------------------------------------------------------

#: verbs and adverbs that make a following amount a change ("rose 5%", "was down 3 points")
TREND_UP = ("rose", "rise", "rises", "rising", "risen", "was up", "were up", "is up", "are up",
            "been up", "be up", "closed up", "trending up", "trended up", "moved up", "traded up",
            ", up", "(up", "up by", "gained", "gain", "gains",
            "gaining", "jumped", "jump", "jumps", "jumping", "climbed", "climb", "climbs",
            "climbing", "increased", "increase", "increases", "increasing", "grew", "grow",
            "grows", "growing", "grown", "added", "adding", "advanced", "advancing", "advances",
            "soared", "soar", "soars", "soaring", "surged", "surge", "surges", "surging",
            "rallied", "rally", "rallies", "rallying", "edged up", "ticked up", "inched up",
            "went up", "go up", "goes up", "going up", "raised", "boosted", "rebounded",
            "spiked", "higher by", "widened", "expanded", "firmed", "strengthened",
            "appreciated", "accelerated", "picked up", "lifted", "hiked", "hiking")
TREND_DOWN = ("fell", "fall", "falls", "falling", "fallen", "was down", "were down",
              "is down", "are down", "been down", "be down", "closed down", "trending down",
              "moved down", "traded down", ", down", "(down", "down by", "dropped", "drop", "drops",
              "dropping", "declined", "decline", "declines", "declining", "lost", "lose", "loses",
              "losing", "slid", "slide", "slides", "sliding", "slipped", "slip", "slips",
              "slipping", "tumbled", "tumble", "tumbles", "tumbling", "plunged", "plunge",
              "plunges", "plunging", "sank", "sink", "sinks", "sinking", "shed", "sheds",
              "shedding", "decreased", "decrease", "decreases", "decreasing", "eased", "ease",
              "eases", "easing", "edged down", "ticked down", "inched down", "went down",
              "go down", "goes down", "going down", "slumped", "slump", "slumps", "dipped",
              "dip", "dips", "dove", "dived", "retreated", "shrank", "shrunk", "shrinks",
              "contracted", "cut", "cuts", "reduced", "weakened", "depreciated", "lower by",
              "narrowed", "skidded", "crashed", "plummeted", "plummets", "sagged", "dwindled")
#: words allowed between a trend verb and its amount ("rose by about 5%")
TREND_GAP = ("by", "a", "an", "further", "another", "sharply", "slightly", "nearly", "just",
             "marginally", "modestly", "steeply", "some", "about", "around", "roughly",
             "almost", "more than", "over", "less than", "under", "up to", "as much as",
             "approximately", "an estimated", "estimated", "an average of", "average of",
             "a whopping", "only", "also", "the daily limit of")

# --- exclusions ----------------------------------------------------------------------------------

#: month names and abbreviations, and weekday names (``lexicon.dates``): never counts
MONTHS = [*dates.MONTHS, *dates.MONTH_ABBR]
WEEKDAYS = list(dates.WEEKDAYS)
#: nouns that turn a following number into a name or label ("Flight 610", "Category 5")
IDENTIFIER_NOUNS = frozenset(
    "flight flights category cat section sections chapter chapters page pages article articles "
    "no. no nos. number route highway interstate platform gate room rooms suite apartment apt. "
    "unit building block level grade class phase stage season episode episodes series version "
    "v. vol. volume issue model type mark mk item items paragraph clause rule rules bill act "
    "amendment resolution exhibit figure fig. table lot box bus train line lines channel "
    "district ward precinct division squadron battalion regiment brigade corps flight# "
    "row seat track exit pier berth terminal lane door size tier zone window windows "
    "term part parts step steps act acts verse psalm psalms tiers code codes".split()
)
#: names that end in a number: stock indices and lists ("S&P 500", "FTSE 100", "Fortune 500")
NAMED_NUMBERS = (
    r"S&P|S ?P|Nasdaq|FTSE|Russell|Stoxx|Euro Stoxx|DAX|Nikkei|CAC|Fortune|ASX|TSX|Kospi|"
    r"Sensex|Nifty|Hang Seng|Dow|Inc\.?|Forbes|Global|Billboard|Top|Hot"
)
#: verbs before a phone number ("call 101")
DIAL_VERBS = frozenset(("call", "dial", "ring", "phone", "text"))
#: words that make a number an age ("aged 25", "at age 30")
AGE_CUES = ("aged", "age", "ages", "age of", "the age of", "ages of")

# --- things counted when the noun is left out ("At least seven died") --------------------------
#: verbs (lemmas) whose subject, when it is a bare number, counts people
PEOPLE_SUBJECT_VERBS = frozenset(
    "die perish drown survive flee dwell live protest march gather attend escape vote riot strike "
    "kill injure wound hurt hospitalise hospitalize rescue evacuate arrest detain displace "
    "rescue trap strand bury abduct kidnap sicken infect treat admit".split())
#: verbs whose object, when it is a bare number, counts people
PEOPLE_OBJECT_VERBS = frozenset(
    "kill injure wound hurt hospitalise hospitalize rescue evacuate arrest detain displace "
    "trap strand abduct kidnap shoot stab execute behead deport infect treat hire employ "
    "fire sack".split())
#: what a bare-number subject is said to be that makes it people ("190 were dead")
PEOPLE_STATES = frozenset("dead injured wounded missing aboard hospitalised hospitalized alive "
                          "unaccounted homeless".split())

# --- units ---------------------------------------------------------------------------------------
#: units written after a number, surface → short code.  Keys are matched case-insensitively
#: (words) by UNIT_WORDS and case-sensitively (symbols and abbreviations) by UNIT_SYMBOLS.
UNIT_WORDS = {
    "percent": "percent", "per cent": "percent", "per-cent": "percent", "pct": "percent",
    "percentage points": "percentage points", "percentage point": "percentage points",
    "basis points": "bp", "basis point": "bp", "bps": "bp",
    "points": "points", "point": "points", "pts": "points",
    # money
    "us dollars": "USD", "us dollar": "USD", "u.s. dollars": "USD", "american dollars": "USD",
    "dollars": "USD", "dollar": "USD", "bucks": "USD",
    "australian dollars": "AUD", "australian dollar": "AUD", "canadian dollars": "CAD",
    "canadian dollar": "CAD", "new zealand dollars": "NZD", "new zealand dollar": "NZD",
    "singapore dollars": "SGD", "singaporean dollars": "SGD", "hong kong dollars": "HKD",
    "taiwan dollars": "TWD",
    "euros": "EUR", "euro": "EUR", "pounds sterling": "GBP", "pound sterling": "GBP",
    "sterling": "GBP", "pence": "GBX", "yen": "JPY", "yuan": "CNY", "renminbi": "CNY",
    "rupees": "INR", "rupee": "INR", "indian rupees": "INR", "pakistani rupees": "PKR",
    "shekels": "ILS", "shekel": "ILS", "ringgit": "MYR", "sen": "MYR sen", "rand": "ZAR",
    "francs": "CHF", "swiss francs": "CHF", "roubles": "RUB", "rubles": "RUB", "ruble": "RUB",
    "pesos": "MXN", "lira": "TRY", "liras": "TRY", "naira": "NGN", "baht": "THB", "rupiah": "IDR",
    "dinars": "dinar", "dirhams": "AED", "riyals": "SAR", "kroner": "kroner", "kronor": "SEK",
    "krona": "SEK", "zloty": "PLN", "markka": "FIM", "finnish markka": "FIM", "cents": "cents",
    "cent": "cents", "reais": "BRL", "real": None,
    # wire-service abbreviations and the currencies of their era (Reuters: "5 mln dlrs",
    # "65 cts a share", "340 mln stg", "a 200 mln dlr loan"): units, never the thing counted
    "dlrs": "USD", "dlr": "USD", "u.s. dlrs": "USD", "u.s. dlr": "USD", "us dlrs": "USD",
    "australian dlrs": "AUD", "australian dlr": "AUD",
    "canadian dlrs": "CAD", "canadian dlr": "CAD", "n.z. dlrs": "NZD", "n.z. dlr": "NZD",
    "nz dlrs": "NZD", "nz dlr": "NZD", "hk dlrs": "HKD", "hong kong dlrs": "HKD",
    "singapore dlrs": "SGD", "taiwan dlrs": "TWD", "cts": "cents", "stg": "GBP",
    "guilders": "NLG", "guilder": "NLG", "lire": "ITL", "pesetas": "ESP", "schillings": "ATS",
    "drachmas": "GRD", "escudos": "PTE", "ecus": "XEU", "ecu": "XEU", "crowns": "crowns",
    "french francs": "FRF", "belgian francs": "BEF", "luxembourg francs": "LUF",
    "deutsche marks": "DEM", "german marks": "DEM", "west german marks": "DEM",
    "d-marks": "DEM", "deutschmarks": "DEM", "cruzados": "cruzados", "australs": "australs",
    # length, area, volume, mass
    "kilometres": "km", "kilometers": "km", "kilometre": "km", "kilometer": "km",
    "metres": "m", "meters": "m", "metre": "m", "meter": "m",
    "centimetres": "cm", "centimeters": "cm", "centimetre": "cm", "centimeter": "cm",
    "millimetres": "mm", "millimeters": "mm", "millimetre": "mm", "millimeter": "mm",
    "nanometres": "nm", "nanometers": "nm", "nanometre": "nm", "nanometer": "nm",
    "miles": "mi", "mile": "mi", "feet": "ft", "foot": "ft", "inches": "in", "inch": "in",
    "yards": "yd", "yard": "yd", "nautical miles": "nmi",
    "square miles": "sq mi", "square mile": "sq mi", "square kilometres": "km2",
    "square kilometers": "km2", "square metres": "m2", "square meters": "m2",
    "square feet": "sq ft", "square foot": "sq ft", "acres": "acres", "acre": "acres",
    "hectares": "ha", "hectare": "ha",
    "litres": "l", "liters": "l", "litre": "l", "liter": "l", "millilitres": "ml",
    "milliliters": "ml", "gallons": "gal", "gallon": "gal", "barrels": "bbl", "barrel": "bbl",
    "cubic metres": "m3", "cubic meters": "m3",
    "kilograms": "kg", "kilogrammes": "kg", "kilogram": "kg", "kilos": "kg", "kilo": "kg",
    "grams": "g", "gram": "g", "milligrams": "mg", "milligram": "mg", "micrograms": "µg",
    "tonnes": "t", "tonne": "t", "tons": "t", "ton": "t", "metric tons": "t",
    "gigatonnes": "Gt", "gigatons": "Gt", "megatonnes": "Mt", "megatons": "Mt",
    "pounds": "lb", "pound": "lb", "ounces": "oz", "ounce": "oz", "karat": "karat",
    "carat": "karat", "carats": "karat", "drams": "dram",
    # speed, energy, power, data, others
    "miles per hour": "mph", "miles an hour": "mph", "kilometres per hour": "km/h",
    "kilometers per hour": "km/h", "kilometres an hour": "km/h", "kilometers an hour": "km/h",
    "knots": "kn", "knot": "kn", "miles per gallon": "mpg",
    "horsepower": "hp", "brake horsepower": "bhp", "watts": "W", "watt": "W", "kilowatts": "kW",
    "kilowatt": "kW", "megawatts": "MW", "megawatt": "MW", "gigawatts": "GW", "gigawatt": "GW",
    "kilowatt hours": "kWh", "kilowatt-hours": "kWh", "megawatt hours": "MWh",
    "gigawatt hours": "GWh", "volts": "V", "kilovolts": "kV", "amps": "A",
    "gigabytes": "GB", "terabytes": "TB", "megabytes": "MB", "megabits per second": "Mbps",
    "hertz": "Hz", "gigahertz": "GHz", "megahertz": "MHz",
    "degrees celsius": "°C", "degree celsius": "°C", "celsius": "°C", "centigrade": "°C",
    "degrees fahrenheit": "°F", "degree fahrenheit": "°F", "fahrenheit": "°F",
    "degrees": "degrees", "degree": "degrees", "decibels": "dB",
    "parts per million": "ppm", "parts per billion": "ppb", "magnitude": "magnitude",
    "calories": "kcal", "kilocalories": "kcal",
    # time
    "years": "years", "year": "years", "yrs": "years", "months": "months", "month": "months",
    "weeks": "weeks", "week": "weeks", "days": "days", "day": "days", "hours": "hours",
    "hour": "hours", "hrs": "hours", "minutes": "minutes", "minute": "minutes",
    "mins": "minutes", "seconds": "seconds", "second": "seconds", "secs": "seconds",
    "decades": "decades", "decade": "decades", "centuries": "centuries", "century": "centuries",
    "milliseconds": "ms", "nights": "nights", "night": "nights",
}
UNIT_SYMBOLS = {
    "%": "percent", "pc": "percent", "pp": "percentage points", "bp": "bp",
    "km": "km", "m": "m", "cm": "cm", "mm": "mm", "nm": "nm", "mi": "mi", "ft": "ft",
    "in": "in", "″": "in", '"': "in", "'": "ft", "′": "ft", "yd": "yd",
    "sq m": "m2", "sqm": "m2", "m2": "m2", "m²": "m2", "km2": "km2", "km²": "km2",
    "sq ft": "sq ft", "sq km": "km2", "ha": "ha", "cm2": "cm2", "cm²": "cm2", "mm2": "mm2",
    "mm²": "mm2",
    "l": "l", "L": "l", "ml": "ml", "mL": "ml", "bbl": "bbl",
    # oil output; not "BPD", which after a number is as often a police department ("three BPD officers")
    "bpd": "bbl/day", "b/d": "bbl/day", "bopd": "bbl/day",
    "kg": "kg", "g": "g", "mg": "mg", "µg": "µg", "t": "t", "lb": "lb", "lbs": "lb",
    "oz": "oz", "Gt": "Gt", "Mt": "Mt",
    "mph": "mph", "km/h": "km/h", "kph": "km/h", "km/hr": "km/h", "kmh": "km/h",
    "kmph": "km/h", "kt": "kn", "kts": "kn", "mpg": "mpg", "m/s": "m/s",
    "hp": "hp", "bhp": "bhp", "PS": "PS", "W": "W", "kW": "kW", "MW": "MW", "GW": "GW",
    "kWh": "kWh", "MWh": "MWh", "GWh": "GWh", "TWh": "TWh", "V": "V", "kV": "kV", "A": "A",
    "mAh": "mAh", "Nm": "Nm", "lb-ft": "lb-ft",
    "GB": "GB", "TB": "TB", "MB": "MB", "KB": "KB", "Mbps": "Mbps", "Gbps": "Gbps",
    "Hz": "Hz", "kHz": "kHz", "MHz": "MHz", "GHz": "GHz", "HZ": "Hz", "Ghz": "GHz",
    "°C": "°C", "°F": "°F", "° C": "°C", "° F": "°F", "°": "degrees", "C": "°C", "F": "°F",
    "degC": "°C", "degF": "°F", "deg C": "°C", "deg F": "°F", "dB": "dB",
    "ppm": "ppm", "ppb": "ppb", "p": "GBX", "c": "cents",
    "yr": "years", "yrs": "years", "hr": "hours", "hrs": "hours", "h": "hours",
    "min": "minutes", "mins": "minutes", "s": "seconds", "sec": "seconds", "ms": "ms",
    "ppg": "points per game", "rpg": "rebounds per game", "apg": "assists per game",
    "USD": "USD", "EUR": "EUR", "GBP": "GBP", "JPY": "JPY", "CNY": "CNY", "INR": "INR",
    "CAD": "CAD", "AUD": "AUD", "CHF": "CHF", "RMB": "CNY", "YEN": "JPY",
}
#: money words that are units only after a scaled amount ("3.5 bln marks", "2.1 trillion won"):
#: alone they are as often other words ("the 50 marks the", "scored 8 marks")
SCALED_UNIT_WORDS = {"marks": "DEM", "mark": "DEM", "won": "KRW"}
#: races and events named by a distance in metres ("the 100m hurdles")
METRE_EVENTS = ("hurdles", "freestyle", "backstroke", "breaststroke", "butterfly", "medley",
                "relay", "relays", "sprint", "sprints", "dash", "steeplechase", "heats", "race",
                "races", "final", "finals", "individual medley", "world record")
#: units a bare letter stands for only when glued to the digits ("5m", "12C"), never after a space
GLUED_ONLY = frozenset({"m", "C", "F", "A", "V", "W", "L", "l", "g", "t", "h", "s", "c",
                        "in", "'", '"', "″", "′", "°", "pp", "mi", "min", "pc"})
#: a unit word written with a hyphen before a noun ("a 30-year sentence", "6.1-inch display")
#: is still the unit; these words after a hyphen are not units but ages ("25-year-old")
AGE_SUFFIXES = ("year-old", "year old", "years old", "years-old", "-year-old", "month-old",
                "months old", "week-old", "weeks old", "day-old", "days old")

#: units written before the number ("magnitude 6.1")
UNITS_BEFORE = {"magnitude": "magnitude", "mag": "magnitude", "richter": "magnitude"}

#: currency written before the number, surface (case matters) → ISO code
CURRENCY_PREFIXES = {
    "US$": "USD", "US $": "USD", "U.S.$": "USD", "$US": "USD", "$": "USD", "USD": "USD",
    "$A": "AUD", "$NZ": "NZD",  # the dollar sign first, as Australian and NZ papers write it
    "A$": "AUD", "AU$": "AUD", "AU $": "AUD", "AUD": "AUD", "C$": "CAD", "CA$": "CAD",
    "CAD": "CAD", "NZ$": "NZD", "NZ $": "NZD", "NZD": "NZD", "S$": "SGD", "S $": "SGD",
    "SGD": "SGD", "HK$": "HKD", "HKD": "HKD", "NT$": "TWD", "R$": "BRL",
    "€": "EUR", "EUR": "EUR", "£": "GBP", "GBP": "GBP", "¥": "JPY", "JPY": "JPY", "Y=": "JPY",
    "CN¥": "CNY", "CNY": "CNY", "RMB": "CNY", "₹": "INR", "Rs.": "INR", "Rs": "INR", "INR": "INR",
    "RM": "MYR", "MYR": "MYR", "₪": "ILS", "NIS": "ILS", "₩": "KRW", "₽": "RUB", "₺": "TRY",
    "R": "ZAR", "CHF": "CHF", "Fr.": "CHF", "₦": "NGN", "₱": "PHP", "Rp": "IDR", "฿": "THB",
}
#: unit codes that are money (a quantity's ``kind`` is then "money")
MONEY_UNITS = frozenset(CURRENCY_PREFIXES.values()) | frozenset((
    "PKR", "ILS", "MYR sen", "MXN", "TRY", "NGN", "THB", "IDR", "dinar", "AED", "SAR", "kroner",
    "SEK", "PLN", "FIM", "cents", "GBX", "KRW", "PHP", "RUB", "ZAR", "CHF", "BRL", "NLG", "ITL",
    "ESP", "ATS", "GRD", "PTE", "XEU", "crowns", "FRF", "BEF", "LUF", "DEM", "cruzados",
    "australs"))

#: "per …" / "a …" after a unit: what the rate is per
PER_WORDS = {
    "year": "year", "annum": "year", "month": "month", "week": "week", "day": "day",
    "hour": "hour", "minute": "minute", "second": "second", "share": "share", "barrel": "barrel",
    "gallon": "gallon", "litre": "litre", "liter": "litre", "ounce": "ounce", "gram": "gram",
    "kilogram": "kilogram", "kg": "kilogram", "ton": "ton", "tonne": "ton", "person": "person",
    "head": "person", "capita": "person", "game": "game", "night": "night", "kwh": "kWh",
    "mile": "mile", "century": "century", "decade": "decade", "pound": "pound", "unit": "unit",
    "square foot": "square foot", "square metre": "square metre", "sq ft": "square foot",
    "mmbtu": "mmBTU", "seat": "seat", "ticket": "ticket", "household": "household",
    "student": "student", "employee": "employee",
}

# --- patterns ------------------------------------------------------------------------------------

#: words before a year that make it a year, not a count ("in 2016", "fiscal 2017"): the
#: temporal prepositions of time expressions, and seasons
YEAR_PREPS = (frozenset(dates.TIME_PREPS) - {"as of", "or", "throughout", "c."}) \
    | frozenset("years spring summer autumn fall winter season fy".split())
#: adjectives a measure is given with ("30 metres long", "2 km away"): the number is a size
MEASURE_ADJ = frozenset("long tall high deep wide thick away across wingspan-long".split())
#: words before "one" that make it a pronoun, not a count ("no one", "this one")
ONE_DETERMINERS = frozenset("no any every each the this that which someone anyone no-one"
                             " everyone another".split())
#: words inside a hyphenated chain after a number that keep it an amount: ratios and splits
#: ("two-for-one"), fractions ("three-and-a-half"), rates ("30-frame-a-second"), ages ("-year-old");
#: any other chain ("two-party-preferred vote", "four-wheel-drive", "a one-on-one interview") is a
#: modifier, not a count
HYPHEN_CHAIN_KEEPS = frozenset("for and a an to by in of per against olds old".split())
#: words linking a unit written before its number to it ("the magnitude was 5.5")
UNIT_LINKS = ("was", "is", "of", "at", "measured", "measuring", "had been", "has been", "reached")
#: words after "a/per <unit>" that make it a time, not a rate ("a year earlier", "a day ago")
NOT_PER_WORDS = ("earlier", "ago", "later", "before", "after", "previously", "on", "prior")
#: words of a sports result before a score ("won 3-1"), which is no range
RESULT_WORDS = ("won", "beat", "lost", "drew", "tied", "defeated", "victory", "win", "loss", "draw", "score",
                "lead", "led")

# --- what an amount measures ---------------------------------------------------------------------
#: markets, indices and commodities a price, a move in points or a percentage is read against when
#: the sentence names one before the number and the parse links the number to nothing else
#: ("Brent crude … at $58.24", "the Dow … 102.2 points"); market reports in the news corpus
MEASURED_NAMES = frozenset(
    "index indices indexes dow nasdaq s&p ftse dax nikkei cac kospi sensex nifty hang seng stoxx "
    "tsx asx average benchmark market markets stock stocks shares share bond bonds yield yields "
    "treasuries treasury note notes dollar euro yen pound sterling yuan rupee currency "
    "crude oil brent wti gold silver copper platinum palladium gas gasoline petrol diesel wheat "
    "corn soybeans sugar coffee cocoa cotton bitcoin futures contract contracts price prices "
    "rate rates inflation unemployment gdp growth economy output production sales revenue "
    "revenues profit profits earnings income deficit surplus debt budget exports imports "
    "spending cost costs value valuation turnover".split())
#: words right before an amount that link it to an earlier amount in the same unit, whose measured
#: thing it then shares ("52% voted to leave and 48% to stay", "up from 50 per cent", "3 percent
#: of the vote in 2012 and 2.3 percent in 2014")
CARRY_LINKS = frozenset("and or but from than versus vs vs. against with".split())
#: prepositions that set out the group a share is of, opening the sentence ("Of the 2.8 million
#: who voted, 85% were in favour", "Among adults, 30% ..."): poll results on the news corpus
SHARE_GROUP_PREPS = frozenset(("of", "among", "amongst"))
#: pronouns that name a group by the clause after them ("70% of those polled")
SHARE_GROUP_PRONOUNS = frozenset(("those",))
#: words a bracketed stat line may hold before its figure besides numbers and units ("Tesla
#: (up 3%)", "Smith (about 12 ppg)")
BRACKET_FILLERS = frozenset("up down about nearly almost around or and".split())
#: nouns that name a level an amount reaches, not the thing it measures ("closed at a record of
#: 1,463 points", "a high of $60", "the equivalent of 70kg"): the reading climbs past them
LEVEL_NOUNS = frozenset("close level high low record peak trough equivalent total sum tune "
                        "height depth figure number".split())
#: adverbs by which a move hangs on what moved ("Unite Group, down 68p at 1112p")
MOVE_ADVERBS = frozenset("up down higher lower".split())
#: units of time: an amount in them is as often when something happens ("55 minutes later")
#: as how long something is, so only a subject or object reading says what it measures
DURATION_UNITS = frozenset(UNIT_WORDS[w] for w in (
    "years", "months", "weeks", "days", "hours", "minutes", "seconds", "decades", "centuries",
    "milliseconds", "nights"))
#: durations on the clock, never a window back from now as "the first time in 11 years" is (a
#: race time: "third in 21.72 secs")
CLOCK_UNITS = frozenset(UNIT_WORDS[w] for w in ("hours", "minutes", "seconds", "milliseconds"))
#: lengths: an amount in them is often how far one place lies from another ("70 miles south of
#: Boston", "12 km off the coast"), which measures the distance from the place named
DISTANCE_UNITS = frozenset(UNIT_SYMBOLS[w] for w in ("km", "m", "mi", "ft", "yd")) \
    | frozenset((UNIT_WORDS["nautical miles"],))
#: words between a distance and the place it is measured from ("south of", "away from", "off")
OFFSET_DIRECTIONS = frozenset(
    "north south east west northeast northwest southeast southwest north-east north-west "
    "south-east south-west northeastern northwestern southeastern southwestern away off "
    "outside inland offshore downstream upstream".split())
#: prepositions after a duration that date it from an event ("36 minutes after the shooting")
OFFSET_PREPS = frozenset(("after", "before", "since"))
#: prepositions by which a duration says how long something was done ("worked for three
#: years", "was charged in 20 minutes"): the verb is the event measured
DURATION_PREPS = frozenset(("for", "in", "over", "during", "within", "after"))
#: words before a duration that make it the window a claim holds in, not a length measured
#: ("the best song of the past 25 years", "openings in the last six months")
TIME_FRAME_WORDS = frozenset("past last next previous coming recent".split())
#: words after a duration that make it a point in time ("two days later", "900 years ago")
TIME_OFFSET_WORDS = frozenset("ago later earlier after before since hence prior".split())
#: dependency labels (spaCy's ClearNLP set) by which an amount hangs on the verb, adjective or
#: noun that says what it measures: the reading climbs through these and stops at any other
MEASURED_CLIMB_DEPS = frozenset(
    "dobj attr npadvmod oprd acomp advmod pobj prep appos conj nummod quantmod compound advcl "
    "xcomp dative pcomp amod nmod cc punct agent".split())
#: dependency labels of the words before a noun kept in the measured thing's words ("the US
#: trade deficit", "Israel's tobacco industry", "S&P 500 e-minis")
MEASURED_NP_DEPS = (MEASURED_CLIMB_DEPS & frozenset(
    "compound amod nmod npadvmod punct cc conj appos".split())) | frozenset(("poss", "case"))
#: nouns of a period after a measured thing ("revenue for the quarter", "sales in the session"):
#: when the amount holds, which is the claim's time, not part of what it measures
TIME_NOUNS = frozenset("quarter period session year month week day half season".split())

#: pronouns that can stand for the holder of a measured property ("5% of its workforce" → the
#: company named before); first and second person never do
#: pronouns by the kind of noun they can stand for: "it" never for people nor a plural
#: ("Chinese officials confirmed it has infected 200" — "it" is the virus)
SINGULAR_THING_PRONOUNS = frozenset("it its".split())
PERSON_PRONOUNS = frozenset("he his him she her".split())
PLURAL_PRONOUNS = frozenset("they their them".split())
#: (the subject and possessive forms of those)
HOLDER_PRONOUNS = (SINGULAR_THING_PRONOUNS | PERSON_PRONOUNS | PLURAL_PRONOUNS) - {"him", "them"}
#: verbs whose subject is the one who speaks of an amount, not what the amount measures ("WHO
#: reported 1,051,635 cases", "officials estimated she starved for 20 days", "the USGS reported
#: it was of 7.0 magnitude"): the attribution cues, less those whose subject also holds the
#: amount ("the company posted $5m", "Hextar added 15 sen", "the poll showed 40%") and the
#: estimate cues, whose object is what is placed ("placed the epicenter 8 km southwest of …").
#: Subjects of these verbs were 22 of 689 readings on the first 300 news articles.
SPEAKER_VERBS = attribution.CUE_VERBS - frozenset(
    "add post tweet show find read rule project forecast put place".split())

# --- numbers that are not amounts (issue 16, seen on news pages) -------------------------------
#: time zones after a four-digit clock time ("1408 UTC", "0930 GMT")
TIME_ZONES = ("UTC", "GMT", "EST", "EDT", "CST", "CDT", "MST", "MDT", "PST", "PDT", "BST",
              "CET", "CEST", "EET", "EEST", "IST", "JST", "KST", "AEST", "AEDT", "SGT", "HKT", "WIB",
              "ET", "PT", "CT", "Z", "hrs", "hours GMT", "local time")
#: bonds, bills and money-market instruments named by their maturity ("10-year notes", "the
#: 30-year Treasury", "three-month commercial bills", "one-month certificates of deposit"): the
#: nouns after "N-year/month/week/day" in the news corpus (7,384 articles) that name an
#: instrument, not a period (bills 26, repurchase 18, certificates 8, Libor 6, deposits …)
MATURITY_NOUNS = ("note", "notes", "bond", "bonds", "treasury", "treasuries", "yield", "yields",
                  "gilt", "gilts", "bund", "bunds", "bill", "bills", "paper", "securities",
                  "debt", "swap", "swaps", "tenor", "maturity", "benchmark", "JGB", "JGBs",
                  "certificate", "certificates", "CD", "CDs", "deposit", "deposits", "repurchase",
                  "repo", "repos", "Libor", "Euribor", "Eurodollar", "Eurodollars", "interbank")
#: race distances in metres that name an athletics or swimming event ("the women's 800m", "the
#: 60m hurdles", "Olympic 100m champion"): a name of an event, not a length anyone claims
RACE_DISTANCES = ("50", "55", "60", "100", "110", "200", "300", "400", "600", "800", "1000", "1,000",
                  "1500", "1,500", "1600", "2000", "3000", "3,000", "5000", "5,000", "10000", "10,000")
#: words before a race distance that make it the event's name: "the", a possessive ("Britain's",
#: "her"), and the event's qualifiers ("the men's indoor 800m")
RACE_OPENERS = ("the",) + tuple(sorted(attribution.POSSESSIVE_PRONOUNS))
RACE_QUALIFIERS = ("men's", "women's", "mens", "womens", "boys'", "girls'", "indoor", "outdoor",
                   "Olympic", "world", "European", "Commonwealth", "AAA", "AAAs", "British",
                   "national", "junior", "senior", "favoured", "favourite", "preferred", "individual")
#: nouns after a race distance that make it the event's name ("800m champion", "60m title")
RACE_NOUNS = ("champion", "champions", "championship", "title", "titles", "gold", "silver",
              "bronze", "medal", "medallist", "medallists", "medalist", "legend", "runner",
              "runners", "specialist", "event", "events", "winner", "crown", "heat")
#: prepositions before the amount in a verb's object that keep the verb's reading ("fined up to
#: £5,000", "earns between £5,001 and £10,000")
MONEY_BOUND_PREPS = frozenset(("up", "between", "about", "around", "over", "under", "nearly"))
#: prepositions after money in a verb's object naming what it is for ("pledged £105m for
#: security", "spent £2m on new kit")
MONEY_PURPOSE_PREPS = frozenset(("for", "on", "towards", "toward", "in", "into"))
#: nouns after "in" that say the form money is paid in, not what it is ("19 mln dlrs in cash")
MONEY_FORM_NOUNS = frozenset(("cash", "kind", "stock", "shares", "band", "total", "tranche", "tranches"))
#: verbs whose money object is a level or a guess, said of something else ("forecast 1.90 dlrs
#: for the bank", "this equalled 3.6 trillion"): the verb alone names nothing measured
MONEY_LEVEL_VERBS = frozenset(("forecast", "estimate", "expect", "project", "predict", "equal",
                               "total", "reach", "exceed", "amount", "top", "hit", "represent",
                               "average", "value", "put", "see", "set"))
#: words for a share that a percentage in apposition restates ("Almost a quarter, 22%, said")
SHARE_NOUNS = frozenset(FRACTION_WORDS) | frozenset(("third", "thirds", "fifth", "fifths", "majority",
                                                     "minority", "most", "quarters"))
#: words that end a street address ("1119 Eighth St.", "10 Downing Street")
STREET_WORDS = ("St", "Street", "Ave", "Avenue", "Rd", "Road", "Blvd", "Boulevard", "Lane", "Ln",
                "Drive", "Dr", "Way", "Place", "Pl", "Court", "Ct", "Terrace", "Highway", "Hwy",
                "Parkway", "Pkwy", "Square", "Sq")
#: singular time nouns after "one" that make "one" a determiner of a vague time ("One day he
#: left", "one morning"), unless a preposition makes it a length ("for one day")
ONE_TIME_NOUNS = attribution.TIME_NOUNS | frozenset(("afternoon",))
#: nouns of a moment after "at one" ("at one point the index fell to 1,989", "at one stage")
ONE_MOMENT_NOUNS = frozenset(("point", "stage", "time"))
#: verbs of a change written "from X to Y" besides the trend words ("slashed from $47 billion to
#: $8 billion", "raised from 5% to 7%"): those that lower a figure, and those that can only raise
#: it or say it changed, with which "from X to Y" running up is a change too ("cut from 5 to 10
#: percent" stays a range)
LOWER_CHANGE_VERBS = ("slashed", "cut", "cuts", "reduced", "reduce", "decreased", "lowered", "trimmed",
                      "halved", "downgraded", "shrank")
RISE_CHANGE_VERBS = ("raised", "raise", "increased", "boosted", "hiked", "doubled", "changed",
                     "revised", "upgraded", "grew", "went")
CHANGE_VERBS = LOWER_CHANGE_VERBS + RISE_CHANGE_VERBS

#: a country written after a dollar amount, naming the currency rather than a thing ("was up
#: $31.20 US", "posted $500 US bail"); seen on Canadian wire copy of the news corpus
CURRENCY_COUNTRY_TAILS = frozenset(("US", "U.S.", "Cdn", "CDN", "Can", "Aus", "NZ"))

#: pronouns read back to a noun subject written before them when no clause above says what
#: they stand for ("It weighed about ten lbs"); "I", "we", "you", "this" name no written noun
ANTECEDENT_PRONOUNS = frozenset(("it", "they"))

#: nouns for a person by role ("the minister", "the spokesman"), which "it" never stands for:
#: the attribution lexicon's role words, less those a company is often called ("the owner of
#: brands such as Dairy Milk ... 80% of its sales")
PERSON_NOUNS = attribution.ROLE_WORDS - frozenset(("owner", "head", "member", "leader", "founder"))

#: common nouns for a body that acts on what it holds ("the company cut prices by 8%", "the
#: government raised the limit to 74%"): the subject of such a change holds the changed thing
#: (``owner.py``); an event as subject ("the slump prompted ...") does not
AGENT_NOUNS = frozenset(
    "company firm government bank group airline carrier business retailer insurer lender "
    "carmaker maker manufacturer producer operator council authority regulator state country "
    "parliament board committee".split())

#: words that only hold a figure, which read alone say nothing of what an amount measures ("the
#: figure was 29%", "the amount, 199 mln dlrs"): ``measured_check``.  Not the holding nouns of
#: the same list that name a real thing or a statistic ("the group has 1.5 mln shares", "a
#: majority of 5,907", "the 10-day average")
FIGURE_ONLY_NOUNS = predicates.TRANSPARENT_NOUNS & frozenset(
    "figure number amount sum tally count quantity total estimate".split())
#: nouns glued to a number by a hyphen that make the pair an adjective, not a count
#: ("one-time payments", "a two-way race"): ``counted.hyphen_counted`` leaves them alone
HYPHEN_NOT_COUNTED = frozenset("time way off".split())
#: passive participles a duration gives the length of a penalty of ("was sentenced to 14 years",
#: "was banned for three matches"): the participle names what the years are, unlike "were kept
#: for five years" (``measured_check.wrong_reading``)
PENALTY_VERBS = frozenset("sentence jail imprison ban suspend".split())

#: verbs of speech whose subject, counted by a small number, says how many spoke ("one official
#: said", "two diplomats told Reuters", "at least one added"): that count is no figure; lemma form
SPEAKER_COUNT_VERBS = attribution.CUE_VERBS & frozenset(("say", "tell", "add", "confirm", "explain", "note", "write"))

#: the largest number read as a count of speakers ("three officials said"); a larger one is a
#: result ("1,000 respondents said"), kept
MAX_SPEAKER_COUNT = 12

#: entity types whose span is a name: a number inside one ("Three Gorges Dam", "Six Nations",
#: "Formula One") is part of the name
NAME_ENTITY_TYPES = frozenset(("ORG", "FAC", "EVENT", "WORK_OF_ART", "PRODUCT", "LAW"))
