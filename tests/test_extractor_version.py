"""EXTRACTOR_VERSION changes whenever extraction output changes.

Every stored claim carries ``Claim.extractor`` so a ledger can tell claims read by different rules
apart; that only works if the version moves with the rules.  This test analyses the founding
example (``examples/*.txt``) and compares a fingerprint of its claims — sha256 over the sorted claim
records without their ``extractor`` field — with the one recorded in
``tests/data/extractor_fingerprint.json`` next to the version it was recorded under:

- claims changed, version not: bump ``EXTRACTOR_VERSION`` in ``claimledger/model.py``, then record;
- version changed, fingerprint not recorded for it: record.

To record (from the repository root; it refuses while the version is the recorded one)::

    python -m tests.test_extractor_version --record
"""
from __future__ import annotations

import contextlib
import hashlib
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RECORDED = ROOT / "tests" / "data" / "extractor_fingerprint.json"
RECORD_COMMAND = "python -m tests.test_extractor_version --record"


def example_paths() -> list[str]:
    """The founding example(s), relative to the repository root (so ``doc_ref`` does not depend on
    where the checkout lives)."""
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "examples").glob("*.txt"))


def fingerprint() -> tuple[str, int]:
    """sha256 over the examples' claim records minus ``extractor`` (each as sorted-key JSON, the
    lines sorted), and how many claims there were."""
    from claimledger.pipeline import analyze_documents
    from claimledger.readers import read

    def fail(error: Exception) -> None:
        raise error

    with contextlib.chdir(ROOT):
        documents = list(read(example_paths(), on_error=fail))
    lines = []
    for analysis in analyze_documents(documents):
        for claim in analysis.claims:
            record = claim.to_dict()
            record.pop("extractor")
            lines.append(json.dumps(record, sort_keys=True, ensure_ascii=False))
    lines.sort()
    return hashlib.sha256("\n".join(lines).encode("utf-8")).hexdigest(), len(lines)


def recorded() -> dict:
    return json.loads(RECORDED.read_text(encoding="utf-8"))


def check(version: str, found: str, saved: dict) -> str | None:
    """What is wrong with ``version`` and the claims' fingerprint ``found`` against the recorded
    ``saved``, or None."""
    if found == saved["fingerprint"] and version == saved["extractor"]:
        return None
    if version == saved["extractor"]:
        return (f"the claims of examples/ changed but EXTRACTOR_VERSION is still {version!r}: bump "
                f"it in claimledger/model.py (the stored claims carry it), then record the new "
                f"fingerprint with `{RECORD_COMMAND}`.")
    return (f"EXTRACTOR_VERSION is {version!r} but the fingerprint in {RECORDED.relative_to(ROOT)} "
            f"was recorded under {saved['extractor']!r}: record it with `{RECORD_COMMAND}`.")


def test_check_names_the_fix():
    saved = {"extractor": "x.v1", "fingerprint": "aaa"}
    assert check("x.v1", "aaa", saved) is None
    assert "bump it" in check("x.v1", "bbb", saved)
    assert "--record" in check("x.v2", "bbb", saved)
    assert "--record" in check("x.v2", "aaa", saved)


def test_extractor_version_moves_with_the_claims():
    from claimledger.model import EXTRACTOR_VERSION

    found, _ = fingerprint()
    problem = check(EXTRACTOR_VERSION, found, recorded())
    assert problem is None, problem


def record() -> int:
    """Write the fingerprint for the current version; refuse when the claims changed under the
    version already recorded (that change needs a new version)."""
    from claimledger.model import EXTRACTOR_VERSION

    found, n = fingerprint()
    saved = recorded() if RECORDED.exists() else None
    if saved and saved["extractor"] == EXTRACTOR_VERSION and saved["fingerprint"] != found:
        print(f"refused: the claims changed but EXTRACTOR_VERSION is still {EXTRACTOR_VERSION!r}; "
              f"bump it in claimledger/model.py first.", file=sys.stderr)
        return 1
    RECORDED.parent.mkdir(parents=True, exist_ok=True)
    RECORDED.write_text(json.dumps({
        "extractor": EXTRACTOR_VERSION, "fingerprint": found, "claims": n,
        "examples": example_paths(),
        "how": "sha256 over the sorted claim records (sorted-key JSON) without 'extractor'; "
               f"written by `{RECORD_COMMAND}`",
    }, indent=2) + "\n", encoding="utf-8")
    print(f"recorded {EXTRACTOR_VERSION}: {found} ({n} claims)")
    return 0


if __name__ == "__main__":
    if sys.argv[1:] != ["--record"]:
        print(__doc__, file=sys.stderr)
        sys.exit(2)
    sys.exit(record())
