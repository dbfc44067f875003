"""(Re)build `retrieval/data/nordic_words.txt`: words of Norwegian (Bokmål) or Swedish that Danish
does not use — "hva", "av", "blir", "noe", "mye", "sier", "vad", "hur" (round 17, docs/retrieval.md).

A Danish leader may write in Norwegian or Swedish, or in Danish with Norwegian words. The
abstention signals (`search._shares`) count every content word of a question the magazine never
prints as evidence that it is not covered; these words are function words and everyday verbs of
the neighbouring languages, not topics, so a non-English question's word on this list that the
corpus does not use is no concept (retrieval/search.py).

The rule: a word is listed when wordfreq gives it a Zipf frequency of at least ZIPF_FLOOR in
Norwegian Bokmål or Swedish, and Danish uses it at least RARER_IN_DANISH Zipf units less often
(1.5 units: about 30 times rarer). Measured in round 17 against wider lists (the 500-2,000 most
frequent words, the stopword lists, floor 3): those also drop Danish words and cost out-of-scope
abstentions on the tune pool; this one does not (docs/retrieval.md, round 17).

Usage (wordfreq is needed only here, not at run time)::

    pip install wordfreq
    python scripts/build_nordic_words.py        # writes retrieval/data/nordic_words.txt
"""

from __future__ import annotations

from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "retrieval" / "data" / "nordic_words.txt"
ZIPF_FLOOR = 4.0
RARER_IN_DANISH = 1.5
CANDIDATES = 20_000  # per language; Zipf 4 lies well inside the top 20,000


def build() -> list[str]:
    """The listed words, sorted."""
    from wordfreq import top_n_list, zipf_frequency

    out = set()
    for lang in ("nb", "sv"):
        for word in top_n_list(lang, CANDIDATES):
            if not word.isalpha():
                continue
            other = max(zipf_frequency(word, "nb"), zipf_frequency(word, "sv"))
            if other >= ZIPF_FLOOR and zipf_frequency(word, "da") <= other - RARER_IN_DANISH:
                out.add(word)
    return sorted(out)


def main() -> None:
    words = build()
    header = "# built by scripts/build_nordic_words.py (wordfreq; Zipf >= 4 in nb or sv, >= 1.5 lower in da)\n"
    OUT.write_text(header + "\n".join(words) + "\n", encoding="utf-8")
    print(f"{len(words)} words -> {OUT}")


if __name__ == "__main__":
    main()
