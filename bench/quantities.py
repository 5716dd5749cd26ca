"""Benchmark quantity extraction on NewsQuant (dev half) and the Recognizers-Text unit sets.

Runs ``find_quantities`` over every gold sentence, writes predictions in the gold's shape, scores
them with the shared ``score.py`` (strict one-to-one protocol reported), runs quantulum3 through the
same scorer for a side-by-side row, prints one table and writes ``bench/results/quantities.json``.

Ages are asked for (``ages=True``): NewsQuant counts "a 50 year-old man" as a quantity in
"year of age", while claims leave ages out.  Our short unit codes are mapped onto the gold's unit names here, as the benchmark README says each
system gets.  Where the gold has no unit but a counted noun ("13 people" → "people"), the counted
thing's lemmas are the gold's unit, so our ``counted`` is scored at the value+unit level too.

    python bench/quantities.py [--errors N]
    python bench/quantities.py --news-fill 300   # how often `measured` is filled on news pages
"""
from __future__ import annotations

import argparse
import dataclasses
import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from claimledger.extract.quantities.find import QuantityMention, find_quantities  # noqa: E402
from claimledger.extract.quantities.measured import is_time_reference  # noqa: E402
from claimledger.lexicon import quantities as L  # noqa: E402
from claimledger.parse.models import load_pipeline  # noqa: E402

BENCH = Path(__file__).resolve().parents[2] / "shared" / "benchmarks" / "quantities"  # ../shared beside the project
SCORER = BENCH / "score.py"
SETS = {
    "newsquant_dev": BENCH / "newsquant/NewsQuant.dev.json",
    "rt_age": BENCH / "recognizers_text_units/age-model.json",
    "rt_currency": BENCH / "recognizers_text_units/currency-model.json",
    "rt_dimension": BENCH / "recognizers_text_units/dimension-model.json",
    "rt_temperature": BENCH / "recognizers_text_units/temperature-model.json",
}

#: our unit codes → the gold's normalised unit names
GOLD_UNIT = {
    "percent": "percentage", "percentage points": "percentage point", "bp": "basis point",
    "points": "point", "USD": "dollar", "AUD": "australian dollar", "CAD": "canadian dollar",
    "NZD": "new zealand dollar", "SGD": "singaporean dollar", "HKD": "hong kong dollar",
    "TWD": "new taiwan dollar", "EUR": "euro", "GBP": "pound sterling", "GBX": "point",
    "JPY": "japanese yen", "CNY": "chinese yuan", "INR": "indian rupee", "PKR": "pakistani rupee",
    "ILS": "shekel", "MYR": "malaysian ringgit", "MYR sen": "sen", "ZAR": "south african rand",
    "CHF": "swiss franc", "RUB": "russian ruble", "MXN": "mexican peso", "TRY": "turkish lira",
    "NGN": "nigerian naira", "THB": "thai baht", "IDR": "indonesian rupiah", "AED": "dirham",
    "SAR": "saudi riyal", "SEK": "swedish krona", "PLN": "polish zloty", "FIM": "finnish markka",
    "BRL": "brazilian real", "KRW": "south korean won", "PHP": "philippine peso",
    "cents": "cent", "km": "kilometre", "m": "metre", "cm": "centimetre", "mm": "millimetre",
    "nm": "nanometre", "mi": "mile", "ft": "foot", "in": "inch", "yd": "yard",
    "nmi": "nautical mile", "sq mi": "square mile", "km2": "square kilometre",
    "m2": "square metre", "cm2": "square centimetre", "mm2": "square millimetre", "sq ft": "square foot", "acres": "acre", "ha": "hectare",
    "l": "litre", "ml": "millilitre", "gal": "gallon", "bbl": "barrel", "m3": "cubic metre",
    "kg": "kilogram", "g": "gram", "mg": "milligram", "µg": "microgram", "t": "ton",
    "Gt": "gigaton", "Mt": "megaton", "lb": "pound-mass", "oz": "ounce", "karat": "karat",
    "dram": "dram", "mph": "mile per hour", "km/h": "kilometre per hour", "kn": "knot",
    "mpg": "mile per gallon", "m/s": "metre per second", "hp": "horsepower",
    "bhp": "brake horsepower", "PS": "horsepower", "W": "watt", "kW": "kilowatt",
    "MW": "megawatt", "GW": "gigawatt", "kWh": "kilowatt hour", "MWh": "megawatt hour",
    "GWh": "gigawatt hour", "TWh": "terawatt hour", "V": "volt", "kV": "kilovolt",
    "A": "ampere", "mAh": "milliampere-hour", "Nm": "newton metre", "lb-ft": "foot pound-force",
    "GB": "gigabyte", "TB": "terabyte", "MB": "megabyte", "KB": "kilobyte",
    "Mbps": "megabit per second", "Gbps": "gigabit per second", "Hz": "hertz",
    "kHz": "kilohertz", "MHz": "megahertz", "GHz": "gigahertz", "°C": "celsius",
    "°F": "fahrenheit", "degrees": "degree", "dB": "decibel", "ppm": "part per million",
    "ppb": "parts-per-billion", "magnitude": "magnitude", "kcal": "kilocalorie",
    "years": "year", "months": "month", "weeks": "week", "days": "day", "hours": "hour",
    "minutes": "minute", "seconds": "second", "decades": "decade", "centuries": "century",
    "ms": "millisecond", "nights": "night", "points per game": "point per game",
    "rebounds per game": "rebound per game", "assists per game": "assist per game",
    "dinar": "dinar", "kroner": "krone",
    # currencies of the wire-service era (the gold's own names where it has them)
    "ESP": "peseta", "NLG": "netherlands guilde", "DEM": "mark", "ITL": "italian lira",
    "FRF": "french franc", "BEF": "belgian franc", "ATS": "austrian schilling",
    "GRD": "greek drachma", "PTE": "portuguese escudo", "XEU": "european currency unit",
    "crowns": "crown",
    # rate denominators (PER_WORDS values)
    "mmBTU": "mega british thermal unit", "kilogram": "kilogram", "ton": "ton",
    "person": "person", "share": "share", "barrel": "barrel", "gallon": "gallon",
    "ounce": "ounce", "gram": "gram", "year": "year", "month": "month", "week": "week",
    "day": "day", "hour": "hour", "minute": "minute", "second": "second",
}


#: the CQE paper's published figures on all of NewsQuant (F1; newsquant/published_results_NewsQuant.tsv),
#: printed beside ours — theirs are on 590 sentences, ours on the 295-sentence dev half
PUBLISHED = {"CQE": {"value": 92.0, "value+unit": 85.6, "value+change": 88.1,
                     "value+concept_partial": 76.1, "value+concept_complete": 57.0}}


def gold_unit(q: QuantityMention, doc) -> str:
    if q.kind == "age":
        return "year of age"
    if q.unit in GOLD_UNIT:
        return GOLD_UNIT[q.unit]
    if q.unit:
        return " per ".join(GOLD_UNIT.get(p, p.lower()) for p in q.unit.split("/"))
    if q.counted_start is not None:
        span = doc.char_span(q.counted_start, q.counted_end, alignment_mode="expand")
        # the gold names the thing by its nouns and adjectives ("charging stations" → "station")
        words = [t.lemma_ for t in span
                 if not (t.is_punct or t.is_stop or t.pos_ in ("CCONJ", "VERB"))]
        return " ".join(words).lower() or "-"
    return "-"


def gold_value(q: QuantityMention):
    if q.low is not None and q.high is not None:
        return [q.low, q.high]
    for v in (q.value, q.low, q.high):
        if v is not None:
            return v
    key = q.surface.lower()
    for words in sorted(L.VAGUE_QUANTITIES, key=len, reverse=True):
        if words in key:
            return list(L.VAGUE_QUANTITIES[words])
    return None


def far_modifiers(q: QuantityMention, doc) -> str:
    """The modifiers of the measured noun written before the number, when the number sits
    inside the noun phrase ("a turbocharged 1.6 litre EcoBoost engine", "a larger 570 sq m
    space"): ``measured`` is one span and stops at the number, while NewsQuant's concept keeps
    the whole phrase without the number ("turbocharged EcoBoost engine")."""
    if q.measured_start is None or q.measured_start < q.end or doc.text[q.end:q.measured_start].strip():
        return ""
    span = doc.char_span(q.measured_start, q.measured_end, alignment_mode="expand")
    first = doc.char_span(q.start, q.end, alignment_mode="expand")
    if span is None or first is None:
        return ""
    words = []
    for t in reversed(doc[max(0, first.start - 4):first.start]):
        if t.head.i not in range(span.start, span.end) or t.dep_ not in ("amod", "compound", "nmod", "poss"):
            break
        words.insert(0, t.text)
    return " ".join(words)


def _span_words(doc, start: int, end: int, stop_words) -> list[str]:
    """The words of ``doc.text[start:end]`` as written (split at spaces and commas: the gold
    keeps "e-cigarette" whole), less spaCy's stop words unless one is a noun or a name there
    ("Apple One plan", "the amount")."""
    words = []
    for m in re.finditer(r"[^,\s]+", doc.text[start:end]):
        w = m.group()
        if w.lower() in stop_words and not (len(w) > 1 and w.isupper()):
            tok = doc.char_span(start + m.start(), start + m.end(), alignment_mode="expand")
            if tok is None or tok[0].pos_ not in ("NOUN", "PROPN"):
                continue
        words.append(w)
    return words


def concept_words(q: QuantityMention, stop_words, far: str = "", doc=None) -> str:
    """Our ``measured`` and ``measured_of`` in the gold's ``referred_concepts`` shape: the gold
    writes a property and its holder as one concept ("workforce, Dell", "interest rate,
    Britain"), so the holder's words follow the property's; words without stop words (the
    gold drops them: "the US trade deficit" is "US trade deficit", but keeps the acronym "US"
    and nouns and names on spaCy's stop list: "Apple One plan"), "-" when there is none."""
    if not q.measured:
        return "-"
    if doc is not None:
        words = far.split() + _span_words(doc, q.measured_start, q.measured_end, stop_words)
        if q.measured_of:
            words += _span_words(doc, q.measured_of_start, q.measured_of_end, stop_words)
        words = [re.sub(r"['’]s$", "", w) for w in words]
        return " ".join(w for w in words if w) or "-"
    text = (far + " " if far else "") + q.measured + (", " + q.measured_of if q.measured_of else "")
    text = re.sub(r"['’]s\b", "", text)  # the gold drops the possessive ("London's index" → "london index")
    # an acronym is a name, not a stop word: the gold keeps "US" ("US trade deficit")
    words = [w for w in re.split(r"[,\s]+", text)
             if w and (w.lower() not in stop_words or len(w) > 1 and w.isupper())]
    return " ".join(words) or "-"


def from_to_as_range(found: list[QuantityMention], text: str) -> list[QuantityMention]:
    """NewsQuant writes a change "from X to Y" as one range X-Y ("Horsepower jumped from 240 to
    273" is gold "240-273"); claimledger reads it as a before and an after, two quantities.  Put
    such a pair back into NewsQuant's shape, so the score measures the reading, not the
    convention (the benchmark README's protocol; nothing in the package does this)."""
    out: list[QuantityMention] = []
    for q in found:
        prev = out[-1] if out else None
        if (prev is not None and prev.low is None and q.low is None and prev.value is not None
                and q.value is not None and text[prev.end:q.start] == " to "
                and text[max(0, prev.start - 5):prev.start].lower() == "from "):
            low, high = sorted((prev.value, q.value))
            out[-1] = dataclasses.replace(q, start=prev.start, surface=text[prev.start:q.end],
                                          value=None, low=low, high=high, change="=")
            continue
        out.append(q)
    return out


def predict(gold: list, nlp, with_change: bool = True, with_concept: bool = True) -> list:
    out = []
    texts = [item["text"] for item in gold]
    for text, doc in zip(texts, nlp.pipe(texts, batch_size=64)):
        qs = []
        for q in from_to_as_range(find_quantities(doc, ages=True), text):
            v = gold_value(q)
            if v is None:
                continue
            # a vague amount is a range in NewsQuant's shape ("dozens" → 12-120, change "=")
            change = "=" if isinstance(v, list) and q.value is None and q.low is None else q.change
            qs.append({"value": v, "normalized_unit": gold_unit(q, doc), "surface": q.surface,
                       "counted": q.counted, "measured": q.measured, "kind": q.kind,
                       **({"change": change} if with_change else {}),
                       **({"referred_concepts": concept_words(q, nlp.Defaults.stop_words,
                                                                 far_modifiers(q, doc), doc)}
                          if with_concept else {})})
        out.append({"text": text, "quantities": qs})
    return out


NEWS = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "news.jsonl"


def news_fill(nlp, n: int) -> dict:
    """How often ``measured`` is filled on the money, percent and measure quantities of the
    first ``n`` articles of the shared news corpus (issue 16 asks for 90%).

    The headline (``filled_pct``) leaves out the durations that date something ("five years
    ago", "two days later", "the past 25 years", "over the next six months"): they place an
    event in time, as a date does, and measure no thing; no reader asks what "five years ago"
    is an amount of, and no series or conflict could ever be built on one, so they are left
    unmeasured on purpose and counting them would only measure how many dates a page has.
    ``filled_pct_all`` keeps them in the denominator, for comparison with earlier figures."""
    texts = []
    with NEWS.open(encoding="utf8") as fh:
        for line in fh:
            if len(texts) >= n:
                break
            texts.append(json.loads(line)["text"])
    total = filled = dating = 0
    for doc in nlp.pipe(texts, batch_size=32):
        for q in find_quantities(doc):
            if q.kind not in ("money", "percent", "measure"):
                continue
            total += 1
            if q.measured is not None:
                filled += 1
                continue
            span = doc.char_span(q.start, q.end, alignment_mode="expand")
            dating += span is not None and is_time_reference(span[0], span[-1], q.unit)
    return {"articles": n, "filled_pct": round(100 * filled / max(total - dating, 1), 1),
            "quantities": total - dating, "filled": filled, "time_references": dating,
            "filled_pct_all": round(100 * filled / max(total, 1), 1), "quantities_all": total}


def run_scorer(gold_path: Path, pred_path: Path | None) -> dict:
    cmd = [sys.executable, str(SCORER), str(gold_path)]
    cmd += [str(pred_path)] if pred_path else ["--run-quantulum3"]
    res = subprocess.run(cmd + ["--json"], capture_output=True, text=True, check=True)
    strict = [r for r in json.loads(res.stdout) if r["protocol"] == "strict"][0]
    return strict


def show_errors(gold: list, pred: list, n: int, level: str = "all") -> None:
    """Print sentences where gold and prediction disagree (at ``level``: value, value+unit,
    value+change, or all three)."""
    sys.path.insert(0, str(BENCH))
    import score  # the shared scorer's own matching, so "errors" means what it counts
    shown = 0
    for g, p in zip(gold, pred):
        res = score.score([g], {g["text"]: p["quantities"]})
        rows = {r["level"]: r["tp"] for r in res["rows"]}
        k = len(g["quantities"])
        levels = ("value", "value+unit", "value+change") if level == "all" else (level,)
        if k == len(p["quantities"]) and all(rows.get(lv, k) == k for lv in levels):
            continue
        print(g["text"])
        print("   gold:", [(q["value"], q["normalized_unit"], q.get("change")) for q in g["quantities"]])
        print("   ours:", [(q["surface"], q["value"], q["normalized_unit"], q["change"]) for q in p["quantities"]])
        if level.startswith("value+concept"):
            print("   gold concept:", [q["referred_concepts"] for q in g["quantities"]])
            print("   ours concept:", [q["referred_concepts"] for q in p["quantities"]])
        shown += 1
        if shown >= n:
            break


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--errors", type=int, default=0, help="print N NewsQuant sentences with errors")
    ap.add_argument("--level", default="all", choices=("all", "value", "value+unit", "value+change", "value+concept_partial",
                             "value+concept_complete"),
                    help="with --errors: only sentences wrong at this level")
    ap.add_argument("--sets", nargs="*", default=list(SETS))
    ap.add_argument("--no-quantulum3", action="store_true")
    ap.add_argument("--news-fill", type=int, default=0, metavar="N",
                    help="only report how often measured is filled on the first N news articles")
    a = ap.parse_args(argv)
    nlp = load_pipeline()
    out = ROOT / "bench/results/quantities.json"
    if a.news_fill:
        fill = news_fill(nlp, a.news_fill)
        print(json.dumps(fill))
        kept = json.loads(out.read_text(encoding="utf8")) if out.exists() else {}
        out.write_text(json.dumps({**kept, "news_fill": fill}, indent=1), encoding="utf8")
        return 0
    results: dict = {}
    table = []
    with tempfile.TemporaryDirectory() as tmp:
        for name in a.sets:
            path = SETS[name]
            gold = json.loads(path.read_text(encoding="utf8"))
            # only NewsQuant annotates change; elsewhere the level would be a row of zeros
            pred = predict(gold, nlp, with_change=any("change" in q for it in gold
                                                      for q in it["quantities"]),
                           with_concept=any("referred_concepts" in q for it in gold
                                            for q in it["quantities"]))
            if name == "newsquant_dev" and a.errors:
                show_errors(gold, pred, a.errors, a.level)
            pred_path = Path(tmp) / f"{name}.json"
            pred_path.write_text(json.dumps(pred), encoding="utf8")
            results[name] = {"claimledger": run_scorer(path, pred_path)}
            if not a.no_quantulum3:
                results[name]["quantulum3"] = run_scorer(path, None)
            for system, res in results[name].items():
                for r in res["rows"]:
                    table.append((name, system, r["level"], r["P"], r["R"], r["F1"],
                                  res["n_gold"], res["n_pred"]))
    print(f"{'set':<15} {'system':<12} {'level':<14} {'P':>5} {'R':>5} {'F1':>5}  gold  pred")
    for name, system, level, p, r, f, ng, npred in table:
        print(f"{name:<15} {system:<12} {level:<14} {p:5.1f} {r:5.1f} {f:5.1f} {ng:5d} {npred:5d}")
    for system, levels in PUBLISHED.items():
        for level, f1 in levels.items():
            print(f"{'newsquant(all)':<15} {system + ' (pub.)':<12} {level:<14} {'':>5} {'':>5} {f1:5.1f}")
    out.parent.mkdir(parents=True, exist_ok=True)
    kept = json.loads(out.read_text(encoding="utf8")) if out.exists() else {}
    out.write_text(json.dumps({"protocol": "strict one-to-one (score.py)", "results": results,
                               "published_newsquant_f1": PUBLISHED,
                               **({"news_fill": kept["news_fill"]} if "news_fill" in kept else {})},
                              indent=1), encoding="utf8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
