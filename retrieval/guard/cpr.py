"""CPR numbers in any written form.

A CPR number is ten digits DDMMYY-SSSS. People write it with any separator or none ("-", "/",
".", "_", spaces, a line break), in groups (6+4, 2+2+2+4, 4+2+4), one digit at a time, or split
over two clauses ("født 11.09.62 … løbenummer 3095"). After normalisation (normalise.py) every
run of digit groups joined by single separators is read, every window of whole groups that
holds exactly ten digits is a candidate, and a candidate counts only if python-stdnum accepts it:
the date exists, the century follows from digit 7 and the year, and the person is born.
Modulus 11 is never required: numbers without it have been issued since 1 October 2007.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping
from datetime import date

from stdnum.dk import cpr as _cpr

from .spoken import digitised, spoken_dates, spoken_runs

__all__ = ["cpr_rest", "cpr_spans", "has_cpr"]

# Digit groups joined by one separator: a space, or one of - . / _ + with optional spaces around
# (round 15, writer AN: "1102+93+0418", groups of 4+2+4 joined by plus signs).
_RUN = re.compile(r"(?<![\d.,])\d+(?:(?: ?[-./_+] ?| )\d+)*")
_GROUP = re.compile(r"\d+")

# A birth date and "the last four digits" in another clause of the same message.
_MONTHS = {
    m: i + 1
    for names in (
        "januar februar marts april maj juni juli august september oktober november december",
        "january february march april may june july august september october november december",
        "jan feb mar apr maj jun jul aug sep okt nov dec",
        "jan feb mar apr may jun jul aug sep oct nov dec",
        "jan feb mar apr maj jun jul aug sept okt nov dec",
    )
    for i, m in enumerate(names.split())
}
_MONTH_WORD = r"[a-zA-ZæøåÆØÅ]{3,9}"
# A birth date in any everyday form: "11.09.62", "7/9-88", "3. marts 1981", "19 August 1990",
# "30 Sep 1958", "August 19, 1990", or six digits DDMMYY on their own ("starter med 120590").
_DATE = re.compile(
    r"(?<![\d.])(?P<d>0?[1-9]|[12]\d|3[01])(?: ?[-./] ?|\.? )(?P<m>0?[1-9]|1[0-2]|" + _MONTH_WORD + r")\.?"
    r"(?: ?[-./,] ?| )(?P<y>(?:19|20)?\d{2})(?!\d)"
)
_DATE_MDY = re.compile(
    r"\b(?P<m>" + _MONTH_WORD + r")\.? (?P<d>0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?,? (?P<y>(?:19|20)\d{2})(?!\d)"
)
# (round 12, red team) ISO order "1984-08-17" and eight digits DDMMYYYY ("02041965") as a birth date.
_ISO = re.compile(r"(?<![\d.-])(?P<y>(?:19|20)\d{2})-(?P<m>0[1-9]|1[0-2])-(?P<d>0[1-9]|[12]\d|3[01])(?![\d-])")
_EIGHT = re.compile(r"(?<![\d.,/-])(?P<d>[0-3]\d)(?P<m>[01]\d)(?P<y>(?:19|20)\d{2})(?![\d/-]|[.,]\d)")
# (round 13, writer AD) the date part as DDMM YY, split by a space ("0506 77")
_SIX_SPLIT = re.compile(r"(?<![\d.,/-])(?P<d>[0-3]\d)(?P<m>[01]\d) (?P<y>\d{2})(?![\d,/-]|\.\d)")
_SIX = re.compile(r"(?<![\d.,/-])(?P<d>[0-3]\d)(?P<m>[01]\d)(?P<y>\d{2})(?![\d,/-]|\.\d)")
# A four-digit group with a word saying it is the rest of a CPR number before it: "de sidste
# fire cifre er 1447", "løbenummeret slutter på 2208", "kontrolcifrene er 3164", "last 4 of
# his personal number: 1150", "CPR ending 0446", "ends 3319".
_SERIAL_CUE = re.compile(
    # (round 13, writer AD) "Første del af hans nummer er 0506 77. Resten er 2291."
    r"(?:sidste|last|final|slutter|ender|ending|ends?|løbe-?n(?:umme)?r\w*|kontrolcif\w*|serial|resten|the rest|"
    r"anden del|sidste del|second part|last part|"
    r"control digits|cifre|digits|fire tal|4 tal|four|sequence number|sekvensnummer|løbe ?nr)\b(?: (?:4|fire|four)\b)?[^.!?\d]{0,40}$",
    re.IGNORECASE,
)
# A dash right before the group is allowed after a space ("ending -1863", round 9), not after a digit.
_FOUR = re.compile(r"(?<![\d.,/])(?<![\d.,/]-)(?P<s>\d{4})(?![\d.,]\d)")
# When the message names the number itself, any loose four-digit group may be its rest.
_CPR_WORD = re.compile(
    r"\bc\.?p\.?r|personnummer|personnr|pers\. ?nr|personal (?:id )?number|personal identification|"
    r"civil registration|social security|national id",
    re.IGNORECASE,
)


def _valid(digits: str) -> bool:
    # is_valid checks the length, that the date exists with the century from digit 7, and that
    # the person is born; it does not enforce modulus 11 (python-stdnum >= 1.20, as pinned).
    return len(digits) == 10 and _cpr.is_valid(digits)


_CPR_SHAPED = re.compile(r"(?<![\d.,/-])[0-9]{6}[-‐–]?[0-9]{4}(?![\d.,/-]\d|\d)")


def only_impossible_cpr(text: str) -> bool:
    """(round 22, writer BB) The text holds CPR-shaped numbers ("450612-1408"), every one with a
    date that cannot exist, or (round 25) every one labelled as another kind of number: a look-alike
    the rules have already cleared."""
    found = [re.sub(r"\D", "", m.group(0)) for m in _CPR_SHAPED.finditer(text)]
    if found and not any(_valid(d) for d in found):
        return True
    # (round 25, red team r28 a) … or every CPR-shaped number with a valid date is labelled as a document's or a
    # parcel's number ("Pakken med 0304851120 på labelen"): the label has cleared it as the date check would
    raw = list(_cpr_spans(text))
    return bool(raw) and not any(True for _ in cpr_spans(text))


# The date part and the serial with brackets or a plus between them: "(160397) 0440", "160397+0440".
_BRACKETED = re.compile(r"(?<![\d.,])\(?(?P<a>\d{6})\)?\s?[+:]?\s?\(?(?P<b>\d{4})\)?(?!\d)")


# (round 11) The written form DDMMYY-SSSS as a field of comma-separated data ("2024-118,241193-3076,"):
# the comma before it separates fields here, it is no decimal comma.
_CSV_FIELD = re.compile(r"(?<=,)\d{6}-\d{4}(?=,|\s|$)")
# (round 12, writer AB) A comma between the date and the serial ("ref 090862,0094"): six digits and
# four are no decimal number as people write amounts (those group thousands and keep two decimals).
_COMMA_SPLIT = re.compile(r"(?<![\d.,])\d{6},\d{4}(?![\d]|[.,]\d)(?!\s?(?:kr|dkk|eur|usd|€|\$|%|:))", re.IGNORECASE)


# (round 13, red team) A document's number, labelled as one, is no CPR number even when its first six
# digits are a date: "Tilbudsnummer 150688-2201", "Fakturanr. 2103871455", "order no. 0107901234".
_DOCUMENT_LABEL = re.compile(
    # (round 27, red team r33 a) a lot, a stock-keeping unit or a purchase order named by its short label: "Lot 2912881045",
    # "SKU 2011861234", "PO-1406921133"
    r"\b(?:lot|sku|po|varenr\.?|art\.? ?nr\.?|item)\s*[-#:]?\s*$|"
    # (round 29, red team r36 a) a budget element, an insurance policy, a cost centre, an account string, a pallet number,
    # a barcode, a code or a password, a serial, a batch, an ISBN or a GTIN named right before (or said to "read") the number
    r"\b(?:psp-?element(?:et)?|forsikringspolice(?:n)?|police(?:n)?|policy(?: number)?|omkostningssted(?:et)?|cost cent(?:re|er)|"
    r"kontostreng(?:en)?|pallenummer(?:et)?|stregkode(?:n)?|barcode|pin(?:-?kode(?:n)?| code)?|adgangskode(?:n)?|password|"
    r"serie?nummer(?:et)?|serial(?: number| no\.?)?|isbn|gtin|issn|budgetlinje(?:n)?|budget line|"
    r"(?:locker |lock |door )?combination|dørkode(?:n)?(?: til [\w-]+)?|kode(?:n)? til [\w-]+|door code|"
    r"(?:[\w-]+ )?serial is)\s*(?:nr\.?|no\.?|#|:)?\s*$|"
    r"\b(?:barcode|stregkode\w*|password|adgangskode\w*|wi-?fi\w*|pin(?:-?kode)?)\b[^.?!]{0,40}\b(?:reads|is|er|lyder|står)\s*:?\s*$|"
    # (round 28, red team r35 a) an agreement, an order confirmation, an asset tag, an invoice id or a supplier's quote named
    # right before its number: "Aftale nr. 1203871156", "Ordrebekræftelse 0807921234", "Asset tag 0309901122", "Faktura-ID …"
    r"\b(?:aftale|ordrebekræftelse|order confirmation|asset tag|faktura|invoice|quote|tilbud)(?:-?id)?"
    r"(?:\s*(?:nr\.?|no\.?|#|:)|\s)\s*$|"
    # (round 27, red team r32 a) a voucher, an order, a consignment, a pallet, a package count, a contract or a purchase
    # order named right before its number, also in the definite: "Bilag 150524-1121", "Ordren 0203881234"
    r"\b(?:bilag(?:et)?|ordren|sending(?:en)?|forsendelse(?:n)?|kolli(?:et)?|palle(?:n)?|pallet|consignment|voucher|"
    r"po|journalpost(?:en)?|bilagsnummer)\s*(?:nr\.?|no\.?|#|:)?\s*$|"
    r"\b(?:palle\w*|pallet|kolli\w*|sending\w*|bilag\w*)\s+(?:med|with)\s+(?:nummer(?:et)?|number|nr\.?)\s*$|"
    r"\b(?:tilbuds|faktura|ordre|kunde|vare|konto|aftale|kontrakt|udbuds|rekvisitions|bestillings|reference)(?:nummer|nr)\.?\s*[:#]?\s*$|"
    r"\b(?:invoice|order|quote|offer|tender|contract|purchase order|po|customer|account|reference)\s*(?:number|no\.?|nr\.?|#)\s*[:#]?\s*$|"
    # (round 14, red team) a register's or an account's number named by the register alone: "konto
    # 1204871234", "Purchase order 2209951460", "P-nummer er 1002881934", "EAN: …"
    r"\b(?:konto|account|purchase order|p-nummer|p-nr|production unit|cvr|ean|ticket|billet|booking)"
    r"(?:-?(?:nummer|nr|number|no))?\.?\s*(?:er |is |[:#] ?)?$|"
    # (round 17, red team r16) a payment's or a course's reference: "invoice reference 0207891136",
    # "betalingsreference 1111871450", "Kursusnummer 3105991150"
    r"\b(?:invoice|payment|betalings|faktura|indbetalings)[ -]?ref(?:erence)?\.?\s*[:#]?\s*$|"
    r"\b(?:kursus|course|hold|modul|module)[ -]?(?:nummer|nr|number|no|code|kode)\.?\s*[:#]?\s*$|"
    r"\b(?:(?:bestilling|bestillingen|ordre|order)(?:-?(?:nummer|nr|number|no))?|(?:se|gln)-?(?:nummer|nr|number|no))"
    r"\.?\s*(?:er |is |[:#] ?)?$|"
    # (round 19, red team r20 a) an object's or a shipment's number: a parcel's tracking number, a meter, a
    # bicycle frame, a product lot, a device's serial number, a key fob, a licence key, an inventory tag
    r"\b(?:sporings|måler|stel|lot|batch|parti|serie|inventar|licens|produkt|pakke|forsendelses|tracking|meter|frame|"
    r"serial|inventory|licen[cs]e|product|parcel|shipment|asset|model)[ -]?(?:nummer|nr|number|no|key|nøgle|id)(?:et|en)?\.?\s*"
    r"(?:er |is |på |[:#] ?)?(?:[\wæøå.]+ ){0,5}?$|"
    r"\b(?:nøglebrik\w*|key ?fob|brik\w*) (?:med )?(?:nummer(?:et)?|number|nr\.?|no\.?)\s*(?:er |is |[:#] ?)?$|"
    # (round 25, red team r28 a) a receipt, bill or parcel named right before its number, or said to carry it: "Receipt
    # 2908841075", "Kassebon 0504921136", "Regningen fra vognmanden har nummeret …", "Pakken med … på labelen"
    r"\b(?:receipt|kvittering(?:en)?|kassebon(?:en)?|bon(?:en)?|regning(?:en)?|faktura(?:en)?|invoice|bill|pakke(?:n)?|parcel|"
    r"package|forsendelse(?:n)?|shipment|label(?:en)?|etiket(?:ten)?|stregkode(?:n)?|barcode)\s*(?:nr\.?|no\.?|#|:)?\s*$|"
    r"\b(?:kvittering\w*|kassebon\w*|regning\w*|faktura\w*|pakke\w*|ordre\w*|forsendelse\w*|invoice|receipt|parcel|package|"
    r"bill|order|shipment)\b[^.?!]{0,40}\b(?:har|med|has|with|bears?|carries|bærer) (?:nummeret|nummer|the number|number)\s*$|"
    r"\b(?:pakke\w*|parcel|package|kasse\w*|box|forsendelse\w*|shipment) (?:med|with)\s*$",
    re.IGNORECASE,
)


_PERSON_WITH_NUMBER = re.compile(
    r"\b(?:den|det|the|vores|our)\s+(?:\w+\s+)?(?:frivillige|ansatte|medarbejder\w*|borger\w*|beboer\w*|elev\w*|"
    r"volunteer|employee|resident|citizen|client|klient\w*|patient\w*|kursist\w*|vikar\w*)\s+"
    r"(?:med|with|who has|der har|som har)\s+(?:the\s+)?(?:nummeret|nummer|number|nr\.?)\s*:?\s*$",
    re.IGNORECASE,
)


def labelled_document(text: str, start: int) -> bool:
    """The number at `start` follows a label that names it a document's or a register's number
    ("Fakturanr.", "CVR", "ticket", "invoice reference"): neither a CPR nor (contact.py) a phone number."""
    label = _DOCUMENT_LABEL.search(text[max(0, start - 50) : start])
    if label and _PERSON_WITH_NUMBER.search(text[max(0, start - 60) : start]):
        return False  # (round 30, writer CL) "en kvittering til den frivillige med nummeret …": the person's number
    if label and re.search(
        r"\b(?:id|cpr|personnummer\w*|personal (?:id )?number|civil registration)\b[^.?!]{0,25}$",
        text[max(0, start - 80) : max(0, start - 50) + label.start()],
        re.IGNORECASE,
    ):
        return False  # (round 27, writer BZ) "the student's ID in the ticket is …": the ID, not the ticket's number
    if label and re.search(r"\bp-?n(?:umme)?r", label.group(0), re.IGNORECASE) and _DASHED_CPR.match(text, start):
        return (
            False  # (round 21, writer AY) "P-nr. 141062-0337": the CPR's own dashed form after "P-nr." (personnummer)
        )
    return bool(label)


_DASHED_CPR = re.compile(r"\d{6}-\d{4}\b")


# (round 20, red team r21 a) Any label that calls the number "<kind> number" right before it
# ("Policenummer 0506771099", "Receipt number 0301851127", "Kontonummer 9570 1203857788" with the bank's
# four-digit registration number between) names another kind of number than a CPR number, unless the
# kind is a person's identity ("personnummer", "CPR-nr.", "social security number", "patient number"),
# a phone's, or someone's own ("hans nummer", "Pers nummer", "vikarens nr.").
_ANY_KIND_LABEL = re.compile(
    # a Danish compound ("Policenummer", "kontonr.") or an English noun before "number"/"no." ("Receipt number") —
    # not a verb or a preposition before a free-standing "nummer" ("har nummer", "med nr.")
    # (round 25, red team r29 a) … also in the definite ("Fakturanummeret er …"), as a reference, code or id, and with what
    # it belongs to between the label and "is" ("The policy number on our employer's liability insurance is …")
    r"(?:\b(?P<kind>[a-zæøå]{3,}?)-?(?:nummer|nr|reference|referencen|kode|koden)(?:et|en)?|"
    r"\b(?P<en>[a-z]{3,}) (?:number|no|reference|ref|code))\.?\s*"
    r"(?:(?:on|for|with|from|in|of|til|på|for|med|fra|i|hos)\s+[^.?!:]{1,60}?\s+)?"
    r"(?:(?:er|is)\s+)?[:#]?\s*(?:\d{4}\s+)?$",
    re.IGNORECASE,
)
_IDENTITY_KIND = re.compile(
    r"^(?:cpr|løbe|serial|person\w*|personal|personlig\w*|fødsel\w*|birth|social(?: security)?|security|national|civil|identity|"
    r"identitet\w*|id|sygesikring\w*|health|patient\w*|borger\w*|citizen|medarbejder\w*|employee|staff|løn\w*|payroll|"
    # (round 25) a person's own reference by their role in a case: "donor ref …", "member number …"
    r"donor\w*|member\w*|medlem\w*|client\w*|klient\w*|tenant\w*|lejer\w*|resident\w*|beboer\w*|student\w*|elev\w*|"
    r"applicant\w*|ansøger\w*|debtor\w*|skyldner\w*|agent|person|"
    r"skat\w*|tax|pas|passport|kørekort\w*|telefon\w*|tlf|mobil\w*|phone|cell|privat\w*|private|mit|min|my|his|her|hans|"
    r"hendes|deres|their|your|dit|din|the|et|an|this|that|det|dette|samme|same|andet|other|hvilket|which|what|nyt|new)$",
    re.IGNORECASE,
)


def someones_label(kind: str, names: Mapping[str, str], is_role: Callable[[str], bool]) -> bool:
    """The label's kind is someone's: a first name in the genitive ("Pers", "Lenes"), a clear first name,
    or a role ("vikarens", "medarbejder")."""
    genitive = kind[:-1] if kind.endswith("s") else ""
    if genitive and "F" in names.get(genitive, ""):
        return True
    flags = names.get(kind, "")
    if "F" in flags and "W" not in flags:
        return True
    return any(is_role(k) for k in (kind, genitive, re.sub(r"(?:en|et)s$", "", kind)) if k)


# English words before "number" that are no kind of number: "has number", "with number", "the number"
_EN_FUNCTION = frozenset(
    "has have had with the his her their its our your my this that same what which whose any another one "
    "phone mobile cell home contact direct private personal".split()
)


def other_kind_label(before: str, excluded: re.Pattern[str]) -> bool:
    """`before` ends with a "<kind> number" label (`_ANY_KIND_LABEL`) whose kind is not `excluded` (a
    person's identity here, a phone's in contact.py), no English function word ("has number") and no
    one's name or role ("Pers nummer", "vikarens nr.")."""
    m = _ANY_KIND_LABEL.search(before)
    kind = m and (m.group("kind") or m.group("en"))
    if not m or not kind or excluded.match(kind) or (m.group("en") and kind.lower() in _EN_FUNCTION):
        return False
    from .lexicon import lexicon  # late: the name data is needed only for a labelled number
    from .patterns import is_role

    return not someones_label(kind.lower(), lexicon().names, is_role)


def cpr_spans(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of every CPR number written as one run of digit groups in `text` (not a
    document's number labelled as one)."""
    for start, end in _cpr_spans(text):
        if _MEASURED_AFTER.match(text[end : end + 12]) or _COUNT_BEFORE.search(text[max(0, start - 70) : start]):
            continue  # (round 27, red team r33 a) a count or a reading: "1504881122 kr.", "total loans … are 1207901234"
        if not labelled_document(text, start) and not other_kind_label(
            text[max(0, start - 50) : start], _IDENTITY_KIND
        ):
            yield start, end


# (round 31, red team r40 a) the short symbols only in lower case and every unit a whole word: "KG Achebe", "KM o'leary",
# "L. Ahmadi" and "Tonny Dahl" after a number are initials and names, not kilograms, kilometres, litres or tons
_MEASURED_AFTER = re.compile(
    r"\s*(?:(?i:kr\b\.?|kroner\b|dkk\b|eur\b|euro\b|usd\b|kwh\b|mwh\b|liter\b|litre\b|tons?\b|stk\b|units\b|pcs\b)|£|\$|"
    r"kw\b|m3\b|m²|m2\b|l\b(?!\.\s?[A-ZÆØÅ])|kg\b|km\b)"
)
_COUNT_BEFORE = re.compile(
    r"\b(?:total\w*|i alt|samlede?|sum|counter|tæller\w*|måler\w*|meter|reading|aflæsning\w*|budget\w*|loans|udlån)\b"
    r"(?![^.?!]*\b(?:cpr|personnummer|born|født)\b)[^.?!\d]{0,45}\b(?:er|is|are|was|were|viser|viste|shows|showed|står på|reads|"
    r"read|var)\s*$",
    re.IGNORECASE,
)


def _cpr_spans(text: str) -> Iterator[tuple[int, int]]:
    for m in (*_CSV_FIELD.finditer(text), *_COMMA_SPLIT.finditer(text)):
        if _valid(re.sub(r"[-, ]", "", m.group(0))):
            yield m.start(), m.end()
    for m in _BRACKETED.finditer(text):
        if _valid(m.group("a") + m.group("b")) and not m.group(0).isdigit() and not _date_and_time(text, *m.span()):
            yield m.start(), m.end()
    for run in _RUN.finditer(text):
        groups = list(_GROUP.finditer(run.group(0)))
        for i in range(len(groups)):
            total = 0
            date_boundary = False
            for j in range(i, len(groups)):
                total += len(groups[j].group(0))
                date_boundary = date_boundary or total == 6
                if total > 10:
                    break
                # Either one unbroken group or a break right after the date (DDMMYY): a date
                # range "14.03.2023-30.06.2023" has no break after six digits.
                if total == 10 and (i == j or date_boundary):
                    digits = "".join(g.group(0) for g in groups[i : j + 1])
                    start, end = run.start() + groups[i].start(), run.start() + groups[j].end()
                    if _valid(digits) and not _date_and_time(text, start, end) and not _time_span(groups, j):
                        yield start, end
                    break


# (round 8) A date with a clock time after it, said as an appointment: "Mødet er flyttet til 12.03.24
# 1530", "Deadline 15.05.24 1200", "the meeting moved to 12.03.24 1530".
_APPOINTMENT = re.compile(
    r"\b(?:møde\w*|meeting|deadline|frist\w*|flyttet|moved|rescheduled|kl|klokken|at|starter|starts|"
    r"begynder|afholdes|holdes|tid|time|aftale\w*|appointment|booket|booked|kalender\w*|"
    # (round 14, red team) an event a system logged: "the fire door opened 21/06/24 2315"
    r"logget|logged|registreret|registered|recorded|åbnet|åbnede|opened|lukkede|closed|gik ned|went down|"
    r"gik i gang|went off|mellem|between|fra|from|siden|since|indtil|until)\.?\s*(?:til |to |on |den |er |kl\.? )?$",
    re.IGNORECASE,
)


_LOG_WORD = re.compile(
    r"\b(?:log|logs|loggen|logged|logget|logfil\w*|log file|tidsstempel\w*|timestamp\w*|time stamp)\b", re.IGNORECASE
)


def _time_span(groups: list[re.Match[str]], j: int) -> bool:
    """(round 18, red team r18) The window ends in the second time of a span "1000-1400" (two
    four-digit clock times joined by a dash), as in "20.01.25 1000-1400": a time span, no serial."""
    if j < 1:
        return False
    a, b = groups[j - 1].group(0), groups[j].group(0)
    joined = groups[j].string[groups[j - 1].end() : groups[j].start()].strip()
    clock = all(len(x) == 4 and int(x[:2]) <= 23 and int(x[2:]) <= 59 for x in (a, b))
    return clock and joined in ("-", "–")


def _date_and_time(text: str, start: int, end: int) -> bool:
    """The ten digits are a day-first date, a space and a clock time (hh ≤ 23, mm ≤ 59): written
    as a time ("29.09.22 03.17", round 14: nobody splits a CPR number's last four with a dot or a
    colon) or put as an appointment or a logged event by the words before them."""
    bare = re.fullmatch(r"(\d\d)(\d\d)(\d\d) (\d\d)(\d\d)", text[start:end])
    if bare and int(bare.group(4)) <= 23 and int(bare.group(5)) <= 59:
        # (round 19, red team r19 a) a system's timestamp typed without separators: "gik 140325 0645
        # ifølge loggen", "the log shows 120525 0348" — only where a log says so, and no CPR word
        around = text[max(0, start - 40) : start] + " " + text[end : end + 30]
        return bool(_LOG_WORD.search(around)) and not _CPR_WORD.search(text)
    m = re.fullmatch(r"(\d\d)[./-](\d\d)[./-](\d\d) (\d\d)([.:]?)(\d\d)", text[start:end])
    if not m or int(m.group(4)) > 23 or int(m.group(6)) > 59:
        return False
    if m.group(5) or _APPOINTMENT.search(text[max(0, start - 40) : start]):
        return True
    # (round 18, red team r18; docs/privacy.md § 2) a date of this year or the next, the year before or
    # after, and a round clock time ("Sommerfesten er 21.06.25 1800", "Lukkedag 23.12.24 1200"): an
    # event's time, unless the message names a CPR number. A CPR number's last four are a round time
    # in 3 % of cases, and its holder is born within two years of today — no employee.
    this_year = date.today().year % 100
    near = min((int(m.group(3)) - this_year) % 100, (this_year - int(m.group(3))) % 100) <= 2
    return near and int(m.group(6)) % 5 == 0 and not _CPR_WORD.search(text)


def _dates(text: str) -> list[tuple[int, int, str, str]]:
    """(start, end, ddmm, yy) of every date-like phrase."""
    out = []
    for rx in (_DATE, _DATE_MDY, _SIX, _ISO, _EIGHT, _SIX_SPLIT):
        for m in rx.finditer(text):
            month = m.group("m")
            mm = int(month) if month.isdigit() else _MONTHS.get(month.lower()[:3], _MONTHS.get(month.lower(), 0))
            if not mm:
                continue
            out.append((m.start(), m.end(), f"{int(m.group('d')):02d}{mm:02d}", m.group("y")[-2:]))
    return out


# (round 8) A birth date "and then" four digits: "født-datoen 010101 og så 5000 bagefter".
_BIRTH_WORD = re.compile(r"\b(?:født|fødsels\w*|birth\w*|born|d\.?o\.?b)", re.IGNORECASE)
_THEN = re.compile(r"\b(?:og så|og derefter|efterfulgt af|and then|followed by|plus)\b[^.!?\d]{0,15}$", re.IGNORECASE)


_COUNTED_AFTER = re.compile(
    r"\s*(?:timer|dage|uger|måneder|vagter|deltagere|borgere|medarbejdere|kr\b|kroner|stk|sager|hours|days|weeks|months|"
    r"shifts|participants|people|cases|staff|users|calls|opkald|besøg|visits|kilometer|km\b|"
    # (round 30, red team r39 a) more counted things: "4700 ansatte", "3150 files", "2240 of them"
    r"ansatte|employees|files|filer|boxes|kasser|kort|cards|of them|af dem|personer|elever|pupils|members|medlemmer)",
    re.IGNORECASE,
)


_OPENS_NUMBER = re.compile(
    r"\b(?:number|nummer|nummeret|nr\.?)\s+(?:starts?|starter|begynder|begins?)(?:\s+(?:with|med))?\s*$|"
    r"\b(?:starts?|starter|begynder|begins?) (?:with|med)\s*$|\b(?:first part|første del)\w*(?: (?:is|er))?\s*$",
    re.IGNORECASE,
)
# A four-digit group labelled as a place or a time is no serial, even in a message that names CPR numbers.
_PLACE_LABEL = re.compile(
    r"\b(?:lokale|lok\.|rum|room|sal|kontor|office|bygning|building|postnummer|postcode|kl\.?|klokken|at)\s*$",
    re.IGNORECASE,
)


def _split_cpr(text: str) -> bool:
    """A birth date and the last four digits in other words of the same message."""
    dates = _dates(text)
    if not dates:
        return False
    named = bool(_CPR_WORD.search(text))
    born = bool(_BIRTH_WORD.search(text))
    for m in _FOUR.finditer(text):
        if any(s <= m.start() < e for s, e, _, _ in dates):
            continue  # the year of the date itself
        before = text[max(0, m.start() - 60) : m.start()]
        if _COUNTED_AFTER.match(text[m.end() : m.end() + 20]):
            continue  # (round 12, red team) "de sidste 2500 timer": a count of something, not a serial
        birth_then = born and _THEN.search(before)
        # (round 24, writer BN) six digits said to open a number: any four digits after them may be its rest
        opened = any(s < m.start() and _OPENS_NUMBER.search(text[max(0, s - 30) : s]) for s, _, _, _ in dates)
        if not (named or birth_then or opened or _SERIAL_CUE.search(before)):
            continue
        if not (birth_then or _SERIAL_CUE.search(before)) and _PLACE_LABEL.search(before):
            continue  # (round 24, red team r26 a) "CPR first-aid course on 12.05.2025 in room 1190": a room
        if re.search(
            r"\b(?:aftale|ordre|konto|sags|faktura|kontrakt|kunde|order|account|case|invoice|contract)\w*nummer\w*\s+(?:er|is|:)?\s*$|"
            r"\b(?:aftale|ordre|konto|sags|faktura|kontrakt|order|account|case|invoice|contract)(?:nummeret|number)\b[^.?!]{0,10}$",
            before,
            re.I,
        ):
            continue  # (round 29, red team r37 a) "de sidste fire cifre i aftalenummeret er 0456": a document's number
        for _, _, ddmm, yy in dates:
            if _valid(ddmm + yy + m.group("s")):
                return True
    return False


def cpr_rest(text: str) -> bool:
    """(round 14) The (normalised) text gives the last four digits of a number whose first part is
    not in it: a four-digit group said to be the rest ("de sidste fire er 1462", "-2816 er resten",
    "it ends with 2718") or next to the word CPR. Alone it identifies nobody; after a message the
    guard refused for its first part, it is the rest of that CPR number (thread_checks.py)."""
    named = bool(_CPR_WORD.search(text))
    for m in _FOUR.finditer(text):
        if _COUNTED_AFTER.match(text[m.end() : m.end() + 20]):
            continue
        before, after = text[max(0, m.start() - 60) : m.start()], text[m.end() : m.end() + 30]
        if named or _SERIAL_CUE.search(before) or _REST_AFTER.match(after):
            return True
    return False


# "… 2816 er resten", "… 2718 – those are the last four digits"
_REST_AFTER = re.compile(
    r"\W{0,3}(?:er|is|are)?\s*(?:resten|the rest|de sidste|the last|sidste del|the final)\b|"
    r"\W{0,5}(?:those|that|det|de) (?:are|is|er) (?:the )?(?:last|sidste)",
    re.IGNORECASE,
)


# Without the word "CPR", a number read aloud counts only when it is ten digits long and mostly
# words ("nul tre, en to, otte fire, to syv ni to"): prose rarely strings six number words together.
_SPELLED_ALONE_WORDS = 6


def _spelled_cpr(text: str) -> bool:
    """A CPR number read aloud (spoken.py): any ten-digit window of a run when the message names
    the number, else a run of exactly ten digits said mostly in words."""
    named = bool(_CPR_WORD.search(text))
    for digits, n_words, start, end, listed in spoken_runs(text):
        if listed and n_words:
            continue  # "elleve, ti, otte, seks, ti og tyve": counts in a list, not a number read aloud
        windows = range(0, max(0, len(digits) - 9))
        if not n_words:
            # (round 31, writer CM, released) numbers all written in digits are read whole: a window may not cut one
            # ("codes like 0413-2210 and 1212-0930" hold no "2210121209")
            cuts, at = {0}, 0
            for group in re.findall(r"\d+", text[start:end]):
                at += len(group)
                cuts.add(at)
            windows = range(0) if at != len(digits) else [k for k in windows if k in cuts and k + 10 in cuts]  # type: ignore[assignment]
        if named and any(_valid(digits[k : k + 10]) for k in windows):
            return True
        if len(digits) == 10 and n_words >= _SPELLED_ALONE_WORDS and _valid(digits):
            return True
    return False


_DIGIT_LIST = re.compile(r"(?<![\d,.])\d(?:\s?[,;]\s?\d){9}(?!\d|\s?[,;]\s?\d)")


def has_cpr(text: str) -> bool:
    """True if the (normalised) text holds a CPR number in any written form — also read aloud in
    number words when the message names the number ("cpr … nul otte, nul to, halvfjerds …")."""
    if next(cpr_spans(text), None) is not None or _split_cpr(text) or _spelled_cpr(text):
        return True
    # (round 22, writer BB) one digit at a time as a list: "0, 4, 0, 4, 9, 5, 1, 6, 8, 2"
    if any(_valid(re.sub(r"\D", "", m.group(0))) for m in _DIGIT_LIST.finditer(text)):
        return True
    spoken = digitised(spoken_dates(text))  # a date or the last four read aloud, the rest in digits or words
    return spoken != text and (next(cpr_spans(spoken), None) is not None or _split_cpr(spoken))
