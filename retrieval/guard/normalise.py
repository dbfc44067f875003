"""Normalise a message before any matching, so that the same content in another spelling is
caught the same way: NFKC, invisible characters removed, dashes unified, a letter O typed for a zero in a number read as
a zero, a sentence typed in capitals re-cased, whitespace collapsed."""

from __future__ import annotations

import re
import unicodedata

__all__ = ["normalise", "spoken_punctuation"]

# Soft hyphen, zero-width space/joiners, direction marks, word joiner and friends, BOM: they are
# invisible, so a user (or a copy-paste) can put them inside a number or a name.
_INVISIBLE = re.compile(
    "[\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180e\u200b-\u200f\u202a-\u202e\u2060-\u206f\ufeff]"
)
# Hyphen, non-breaking hyphen, figure dash, en/em dash, horizontal bar, minus sign, small and
# full-width hyphen-minus: all become "-".
_DASHES = re.compile("[\u2010-\u2015\u2212\u2043\ufe58\ufe63\uff0d]")
# Every run of whitespace, line breaks included, becomes one space.
_SPACE = re.compile(r"\s+")


# A letter O typed for a zero inside a run of digit groups ("5O 93 44 12", "2O12 1987"): a group
# of digits and O's with at least one digit, next to at least two more digit groups.
_O_FOR_ZERO = re.compile(
    r"(?<![\w])(?=[0-9Oo]*\d)(?=[0-9]*[Oo])[0-9Oo]{2,4}(?![\w])(?=(?:[ .-]?\d{2,4}){2,})"
    r"|(?<=\d\d[ .-])(?=[0-9]*[Oo])(?=[0-9Oo]*\d)[0-9Oo]{2,4}(?![\w])"
)


# (round 9) A middle dot or bullet between digits ("230736·0651") is a separator like a dash.
_DIGIT_DOT = re.compile(r"(?<=\d)\s?[\u00b7\u2022\u2027\u2219\u22c5]\s?(?=\d)")
# (round 8) Digits read one at a time with a dash between them ("5-0-0-0"): one number.
_DASHED_DIGITS = re.compile(r"(?<![\d-])\d(?:-\d){3,}(?![\d-])")
# (round 19, writers AU, AV) the same with colons ("2:9:0:6:8:8:2:4:1:0"; six or more, so no clock time),
# and a doubled separator between digit groups ("200402--4443", "200402 - - 4443"): one dash.
_COLON_DIGITS = re.compile(r"(?<![\d:])\d(?::\d){5,}(?![\d:])")
_DOUBLE_DASH = re.compile(r"(?<=\d)(?: ?-){2,} ?(?=\d)")


# (round 10) Text pasted from a scan or a PDF: a word broken at the line end with a hyphen
# ("syge-\nmeldt", "Ha-\nssan") is one word, and in a run of four or more with two digits an l, I or | is a
# one, O a zero, S a five and B an eight ("l9O38l-2O57", "17O8B4-2S63"): OCR confuses them.
_LINE_END_HYPHEN = re.compile(r"(?<=[a-zæøåA-ZÆØÅ])-[ \t]*\r?\n[ \t]*(?=[a-zæøå])")
# (round 11) A quote marker at the start of a line ("> pt. 110203\n> 4718 …") is no part of
# the text: a number quoted over two lines is one number.
_QUOTE_MARK = re.compile(r"^[ \t]*(?:>[ \t]?)+", re.MULTILINE)
# (round 11) A line break between two words where the first line ends without punctuation ends the
# line's statement in a message: pasted notes and lists ("ny pointmodel\njytte (borger) – gæld …"
# is no "model Jytte"). Not for the magazine's pages, whose lines break inside names.
_LINE_BOUNDARY = re.compile(r"(?<=[^\W\d_])[ \t]*\r?\n\s*(?=[^\W\d_])")
# (round 12, writer AA) A file name is words joined by underscores, dots or case
# ("tjenstlig_samtale_Yasmin_K.docx", "opsigelse_BjarkeL_final.pdf"): in a message its parts are
# read as words, so a name and a case word inside it are seen like anywhere else. Only a token
# with a document extension or two underscores between letters; never an e-mail address.
_FILE_NAME = re.compile(
    r"(?<![\w@.])(?=[\w./-]*[^\W\d_])(?:[\w/-]+\.(?:docx?|pdf|xlsx?|csv|txt|odt|ods|rtf|msg|eml|pptx?|jpe?g|png|heic|tiff?|zip)"
    r"|[^\W\d_][\w-]*_[\w-]+_[\w-]+)(?![\w@])",
    re.IGNORECASE,
)
_CAMEL = re.compile(r"(?<=[a-zæøå])(?=[A-ZÆØÅ])")
# (round 13, writer AE) A name spelled out a letter at a time ("S.ø.r.e.n", "B i r t h e i regnskab",
# "J-e-s-p-e-r"): four or more single letters with one and the same separator are read as the word
# they spell when it is a first name in the name data (the last letter may be the next word: "… e i").
_SPELLED = re.compile(r"(?<![\w.])([^\W\d_])([ .*-])(?:[^\W\d_]\2){2,}[^\W\d_]\.?(?!\w)")


def _spelled_name(m: re.Match[str]) -> str:
    from .lexicon import lexicon  # late: the name data loads once, only when a message spells a word out

    letters = re.sub(r"[^\w]", "", m.group(0))
    first = lexicon().first_names
    if letters.lower() in first:
        return letters
    if len(letters) > 4 and letters[:-1].lower() in first:
        return f"{letters[:-1]} {letters[-1]}"
    return m.group(0)


# (round 17, writer AQ) A sentence typed in capitals ("KIRSTEN DAHL-ERIKSEN I BILLETSALGET ER SIGTET …"):
# its letter case says nothing, so it is re-cased the way it would have been typed — a word the
# name data knows as a name and not as an ordinary word gets a capital, every other word is lower
# case, the sentence's first word is capitalised. Only sentences of three or more words, at least
# four in five of them in capitals: an acronym in ordinary text ("KL", "MUS") is left alone.
_SENTENCE = re.compile(r"[^.!?]+[.!?]*")
_CAPS_WORD = re.compile(r"[^\W\d_]{2,}(?:-[^\W\d_]+)*")


def _recase_word(w: re.Match[str]) -> str:
    from .lexicon import lexicon  # late, as in _spelled_name

    word = w.group(0)
    if not word.isupper():
        return word
    lex = lexicon()
    parts = word.lower().split("-")
    if all(set(lex.names.get(p, "")) & {"F", "S"} and not lex.is_ordinary(p) for p in parts):
        return "-".join(p.capitalize() for p in parts)
    return word.lower()


def _recase_shouting(text: str) -> str:
    out = []
    for m in _SENTENCE.finditer(text):
        sentence = m.group(0)
        words = re.findall(r"[^\W\d_]{2,}", sentence)
        if len(words) < 3 or sum(w.isupper() for w in words) * 5 < len(words) * 4:
            out.append(sentence)
            continue
        recased = _CAPS_WORD.sub(_recase_word, sentence)
        first = re.search(r"[^\W\d_]", recased)
        if first:
            recased = recased[: first.start()] + recased[first.start()].upper() + recased[first.start() + 1 :]
        out.append(recased)
    return "".join(out) if out else text


def _file_words(m: re.Match[str]) -> str:
    stem = re.sub(r"\.\w{2,4}$", "", m.group(0))
    if "_" not in stem and "/" not in stem and "-" not in stem and not _CAMEL.search(stem):
        return m.group(0)  # one word and an extension ("rapport.pdf"): nothing to split
    return " ".join(_CAMEL.sub(" ", part) for part in re.split(r"[_./-]+", stem) if part)


_OCR_DIGITS = re.compile(r"(?<![\w])(?=(?:[0-9OolI|SB-]*\d){2})(?=[0-9-]*[lI|OoSB])[0-9OolI|][0-9OolI|SB-]{3,}(?![\w])")


def _ocr_digits(m: re.Match[str]) -> str:
    return m.group(0).translate(str.maketrans("lI|OoSB", "1110058"))


def _zeros(m: re.Match[str]) -> str:
    return m.group(0).replace("O", "0").replace("o", "0")


# (round 19, writer AU) Dictated text with its punctuation spoken: "Dikteret komma skal jeg lade en nyansat
# gartner gå inden prøvetiden udløber spørgsmålstegn". Read only when the message is dictated — it says so, ends
# on a spoken mark, or holds two of them — and never in the idiom "sætte spørgsmålstegn ved".
_MARKS = {
    "spørgsmålstegn": "?",
    "question mark": "?",
    "udråbstegn": "!",
    "exclamation mark": "!",
    "punktum": ".",
    "full stop": ".",
    "komma": ",",
    "comma": ",",
    "kolon": ":",
    "colon": ":",
    "ny linje": ".",
    "new line": ".",
    "ny linie": ".",
}
_SPOKEN_MARK = re.compile(
    r"(?<!\bsætte)(?<!\bsætter)(?<!\bsatte)(?<!\bsat)(?<!\bet)(?<!\ben)(?<!\ba)(?<!\bthe)(?<!\bmed)(?<!\bwith)"
    r"\s+(" + "|".join(sorted(_MARKS, key=len, reverse=True)) + r")\b",
    re.IGNORECASE,
)
_DICTATED = re.compile(r"\b(?:dikteret|dikterer|diktat|dictated|dictating|voice memo|talebesked)\b", re.IGNORECASE)


def spoken_punctuation(text: str) -> str:
    """`text` with spoken punctuation written as marks, when the text is dictated (see `_SPOKEN_MARK`)."""
    marks = list(_SPOKEN_MARK.finditer(text))
    if not marks:
        return text
    ends_on_mark = marks[-1].end() >= len(text.rstrip(" .?!"))
    if not (ends_on_mark or len(marks) >= 2 or _DICTATED.search(text)):
        return text
    return _SPOKEN_MARK.sub(lambda m: _MARKS[m.group(1).lower()], text)


_OTHER_DIGIT = re.compile(r"(?![0-9])\d")


def normalise(text: str, lines: bool = True) -> str:
    """The message in the one form the guard matches on.

    NFKC folds compatibility forms (full-width digits, ligatures, non-breaking spaces);
    invisible characters are removed; a word hyphenated at a line end is joined and OCR's l/I for 1
    in a run of digits is read as 1; every dash and the minus sign become "-"; an O among
    digit groups becomes 0; single digits joined by dashes become one number; whitespace and line breaks collapse to single spaces. Letters keep
    their case, except in a message's sentence typed in capitals, which is re-cased as it would have
    been typed (round 17). With `lines` (a message), a line break between two words ends a statement (". ").
    """
    text = unicodedata.normalize("NFKC", text)
    # (round 22) digits of other scripts ("١٣٠١٠٩-٤٥٦٥") are digits: NFKC keeps them
    text = _OTHER_DIGIT.sub(lambda m: str(unicodedata.decimal(m.group(0))), text)
    text = _INVISIBLE.sub("", text)
    text = spoken_punctuation(text)
    text = _QUOTE_MARK.sub("", text)
    text = _LINE_END_HYPHEN.sub("", text)
    if lines:
        text = _LINE_BOUNDARY.sub(". ", text)
        text = _FILE_NAME.sub(_file_words, text)
        text = _SPELLED.sub(_spelled_name, text)
        text = _recase_shouting(text)
    text = _OCR_DIGITS.sub(_ocr_digits, text)
    text = _DASHES.sub("-", text)
    text = _DIGIT_DOT.sub("-", text)
    text = _O_FOR_ZERO.sub(_zeros, text)
    text = _DOUBLE_DASH.sub("-", text)
    text = _DASHED_DIGITS.sub(lambda m: m.group(0).replace("-", ""), text)
    text = _COLON_DIGITS.sub(lambda m: m.group(0).replace(":", ""), text)
    text = _WITH_ABBREVIATED.sub("med", text)
    return _SPACE.sub(" ", text).strip()


# (round 31, writer CN, released) Danish "m." for "med" before a name: "Tjenstlig samtale m. Guadalupe" (not "5 m. Derefter")
_WITH_ABBREVIATED = re.compile(r"(?<=[a-zæøå] )m\.(?= [A-ZÆØÅ][a-zæøå])")
