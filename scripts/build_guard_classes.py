"""Write tests/retrieval/data/guard-classes-r2.jsonl from scripts/guard_class_items.py.

Split by position within each class before any tuning: even → half "a" (development),
odd → half "b" (held out; only its figures are reported). Batch "c" was written after the
mechanisms were built, as one more fresh measure; it is reported, never tuned on. CPR items are checked with
python-stdnum so every must-refuse CPR item really holds a valid number.

    .venv/bin/python scripts/build_guard_classes.py
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))

from guard_class_items import (  # noqa: E402
    DECISION,
    DECISION_C,
    DECISION_D,
    DECISION_E,
    PRIVACY,
    PRIVACY_C,
    PRIVACY_D,
    PRIVACY_E,
)

OUT = ROOT / "tests" / "retrieval" / "data" / "guard-classes-r2.jsonl"


def main() -> None:
    seen: Counter[str] = Counter()
    rows = []
    texts = set()
    for cat, refuse, lang, text in PRIVACY:
        assert text.lower() not in texts, text
        texts.add(text.lower())
        half = "a" if seen[cat] % 2 == 0 else "b"
        seen[cat] += 1
        rows.append(
            {
                "id": f"r2p-{cat}-{seen[cat]:02d}",
                "text": text,
                "must_refuse": refuse,
                "category": cat,
                "lang": lang,
                "half": half,
            }
        )
    for cat, dec, lang, text in DECISION:
        assert text.lower() not in texts, text
        texts.add(text.lower())
        half = "a" if seen["d-" + cat] % 2 == 0 else "b"
        seen["d-" + cat] += 1
        rows.append(
            {
                "id": f"r2d-{cat}-{seen['d-' + cat]:02d}",
                "text": text,
                "is_decision": dec,
                "category": cat,
                "lang": lang,
                "half": half,
            }
        )
    # Batch c: one fresh measure written after the mechanisms, all in half "c".
    for cat, refuse, lang, text in PRIVACY_C:
        assert text.lower() not in texts, text
        texts.add(text.lower())
        seen["c-" + cat] += 1
        rows.append(
            {
                "id": f"r2c-p-{cat}-{seen['c-' + cat]:02d}",
                "text": text,
                "must_refuse": refuse,
                "category": cat if refuse else "ok_" + cat.removeprefix("ok_"),
                "lang": lang,
                "half": "c",
            }
        )
    for cat, dec, lang, text in DECISION_C:
        assert text.lower() not in texts, text
        texts.add(text.lower())
        seen["cd-" + cat] += 1
        rows.append(
            {
                "id": f"r2c-d-{cat}-{seen['cd-' + cat]:02d}",
                "text": text,
                "is_decision": dec,
                "category": cat if dec else "ok_" + cat,
                "lang": lang,
                "half": "c",
            }
        )
    # Batch d: written last, measured once, never tuned on: all in half "d".
    for cat, refuse, lang, text in PRIVACY_D:
        assert text.lower() not in texts, text
        texts.add(text.lower())
        seen["d-" + cat] += 1
        category = "d_refuse" if refuse else "ok_d_allow"
        rows.append(
            {
                "id": f"r2d-p-{cat}-{seen['d-' + cat]:02d}",
                "text": text,
                "must_refuse": refuse,
                "category": category,
                "lang": lang,
                "half": "d",
            }
        )
    for cat, dec, lang, text in DECISION_D:
        assert text.lower() not in texts, text
        texts.add(text.lower())
        seen["dd-" + cat] += 1
        category = "d_decision" if dec else "ok_d_non_decision"
        rows.append(
            {
                "id": f"r2d-d-{cat}-{seen['dd-' + cat]:02d}",
                "text": text,
                "is_decision": dec,
                "category": category,
                "lang": lang,
                "half": "d",
            }
        )
    # Batch e: the final fresh measure, half "e"; reported, never tuned on.
    for cat, refuse, lang, text in PRIVACY_E:
        assert text.lower() not in texts, text
        texts.add(text.lower())
        seen["e-" + cat] += 1
        category = "e_refuse" if refuse else "ok_e_allow"
        rows.append(
            {
                "id": f"r2e-p-{cat}-{seen['e-' + cat]:02d}",
                "text": text,
                "must_refuse": refuse,
                "category": category,
                "lang": lang,
                "half": "e",
            }
        )
    for cat, dec, lang, text in DECISION_E:
        assert text.lower() not in texts, text
        texts.add(text.lower())
        seen["ed-" + cat] += 1
        category = "e_decision" if dec else "ok_e_non_decision"
        rows.append(
            {
                "id": f"r2e-d-{cat}-{seen['ed-' + cat]:02d}",
                "text": text,
                "is_decision": dec,
                "category": category,
                "lang": lang,
                "half": "e",
            }
        )
    for r in rows:
        assert r["category"].startswith("ok_") == (not r.get("must_refuse", r.get("is_decision"))), r
        if r["category"] == "cpr_split_clauses":
            assert re.search(r"\d{4}", r["text"])
    OUT.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    print(f"{len(rows)} rows -> {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
