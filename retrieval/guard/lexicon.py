"""Name and word data for recognising people, loaded once per process on first use.

The files in retrieval/data/ are extracted by scripts/build_guard_data.py from maintained
packages (names-dataset, wordfreq, GeoNames, the Debian word lists); see docs/privacy.md.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

__all__ = ["DATA_DIR", "Lexicon", "lexicon"]

DATA_DIR = Path(__file__).resolve().parent.parent / "data"


@dataclass(frozen=True)
class Lexicon:
    """Lowercase look-up sets. ``names`` maps a name to its flags (see build_guard_data.py):
    F first name, S surname, W also an ordinary word, D ranked in Denmark, P also a place."""

    names: dict[str, str]
    first_names: frozenset[str]
    words: frozenset[str]
    places: frozenset[str]
    countries: frozenset[str]

    def flags(self, lower: str) -> str:
        return self.names.get(lower, "")

    def is_name(self, lower: str) -> bool:
        return lower in self.names

    def is_ordinary(self, lower: str) -> bool:
        """An ordinary Danish/English word (which may also be a name: "per", "line")."""
        return lower in self.words or "W" in self.names.get(lower, "")

    def is_compound(self, lower: str, loose: bool = False, min_part: int = 3) -> bool:
        """A Danish compound of ordinary words, possibly inflected ("hjemmepleje",
        "solgården", "sanktionerne"): the head is an ordinary word, the rest too. `loose`
        also accepts any first part of 3+ letters before an ordinary head of 4+ letters
        ("Fleksjobreformen"), for capitalised words where a name is the other reading. `min_part` is the
        shortest first part and head a split may have."""
        word = lower
        # "ne": the definite plural of a noun in -er ("socialrådgiver" → "socialrådgiverne", round 17)
        for suffix in ("erne", "ene", "ne", "en", "et", "er", "e", "n", "t", "s"):
            stem = word[: -len(suffix)]
            if suffix == "ne" and not stem.endswith("er"):
                continue  # (round 20) "Irene", "Diane": "-ne" follows a noun in -er only
            if word.endswith(suffix) and len(stem) >= 3 and self.is_ordinary(stem):
                return True
        for i in range(min_part, len(word) - min_part + 1):
            head = word[i:]
            if not self._ordinary_form(head):
                continue
            left = word[:i]
            if self.is_ordinary(left) or (left[-1] in "se" and self.is_ordinary(left[:-1])):
                return True
            if loose and len(head) >= 5 and self._ordinary_form(head) and len(head.rstrip("enrt")) >= 4:
                return True
        return False

    def _ordinary_form(self, word: str) -> bool:
        if self.is_ordinary(word):
            return True
        for suffix in ("erne", "ene", "ne", "en", "et", "er", "e", "n", "t"):
            if word.endswith(suffix) and len(word) - len(suffix) >= 3 and self.is_ordinary(word[: -len(suffix)]):
                return True
        return False

    def is_place(self, lower: str) -> bool:
        return lower in self.places

    def is_known(self, lower: str) -> bool:
        """Anything the data knows: name, word or place."""
        return lower in self.names or lower in self.words or lower in self.places


def _lines(name: str) -> list[str]:
    path = DATA_DIR / name
    try:
        raw = path.read_text(encoding="utf-8")
    except OSError as exc:
        # Fail loudly: without the data the guard would silently miss most names.
        raise RuntimeError(f"guard: data file missing: {path} (run scripts/build_guard_data.py)") from exc
    return [ln for ln in raw.splitlines() if ln and not ln.startswith("#")]


@cache
def lexicon() -> Lexicon:
    """The lexicon, read from disk on first call and shared by every later call."""
    names: dict[str, str] = {}
    for line in _lines("names.tsv"):
        name, _, flags = line.partition("\t")
        names[name] = flags.strip()
    return Lexicon(
        names=names,
        first_names=frozenset(n for n, f in names.items() if "F" in f),
        words=frozenset(_lines("words.txt")),
        places=frozenset(_lines("places.txt")),
        countries=frozenset(_lines("countries.txt")),
    )
