"""Write tests/retrieval/data/guard-classes-r3.jsonl from scripts/guard_class_items_r3.py.

Split by position within each class before any tuning: even → half "a" (development), odd →
half "b" (held out; only its figures are reported).

    .venv/bin/python scripts/build_guard_classes_r3.py
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))

from guard_class_items_r3 import DECISION, PRIVACY  # noqa: E402

OUT = ROOT / "tests" / "retrieval" / "data" / "guard-classes-r3.jsonl"


def main() -> None:
    seen: Counter[str] = Counter()
    rows = []
    texts: set[str] = set()
    for kind, items, label in (("p", PRIVACY, "must_refuse"), ("d", DECISION, "is_decision")):
        for cat, positive, lang, text in items:
            assert text.lower() not in texts, text
            assert cat.startswith("ok_") == (not positive), (cat, text)
            texts.add(text.lower())
            key = f"{kind}-{cat}"
            half = "a" if seen[key] % 2 == 0 else "b"
            seen[key] += 1
            rows.append(
                {
                    "id": f"r3{kind}-{cat}-{seen[key]:02d}",
                    "text": text,
                    label: positive,
                    "category": cat,
                    "lang": lang,
                    "half": half,
                }
            )
    OUT.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    print(f"{len(rows)} rows -> {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
