"""Contact data that points to a private person: phone numbers, e-mail addresses, street
addresses. An organisation's number, shared mailbox or address is not personal data, so each
finder also decides, from the words around the match, whether it belongs to an organisation."""

from __future__ import annotations

import re
from collections.abc import Iterator

import phonenumbers

from .cpr import labelled_document, other_kind_label
from .lexicon import Lexicon, lexicon
from .patterns import STREET_TOKEN, UNIT_RE, is_org, is_role
from .spoken import spoken_runs

__all__ = ["address_spans", "email_spans", "is_private_email", "phone_spans", "spoken_phone_spans"]

# --- organisation context ------------------------------------------------------------------
# Words that, shortly before (or after) a number or an address, make it an organisation's:
# "Datatilsynets hotline", "kommunens omstilling", "Jobcenter Lyngholm, Stationsvej 14".
_ORG_CUE = re.compile(
    r"(?:kommune|rådhus|town hall|city hall|council|municipality|authority|agency|helpdesk|jobcent|børnehus|institution|skole|school|gymnasi|"
    r"(?-i:\bSFO\b)|fritidshjem|fritidsklub|after-school|"
    r"center|centre|centret|centeret|hospital|sygehus|plejehjem|plejecenter|bibliotek|library|forvaltning|"
    # (round 28, writer CD) a crematorium or a cemetery answers its own number
    r"krematori|crematori|kirkegård|cemetery|"
    r"styrelse|tilsyn|ministeri|ministry|region|vuggestue|børnehave|dagtilbud|klub|club|"
    r"hovedkontor|headquarters|kontor|office(?!rs?\b)|afdeling|department|firma|company|virksomhed|"
    r"konference|conference|kursus|course|temadag|seminar|venue|lokale|sekretariat|secretariat|"
    # (round 13, writer AE) an event held there, and the place that hosts it
    r"workshop|oplæg|foredrag|museum|museet|theatre|teater|teatret|\bhosting\b|\bwe host\b|"
    # (round 22, writers BA, BB) services, utilities and prisons by their head noun: "Madservice Lindbjerg, …"
    r"service(?:n)?\b|fængsel|fængslet|arresthus|prison|gaol|forsyning|slagteri|mejeri|værft|fabrik|bryggeri|"
    # (round 13, red team) a line the public calls, and a job advert for a place
    r"(?:pårørende|borgere|borgerne|citizens|relatives|patients|patienter|forældre|parents|brugere|users|kunder) "
    r"(?:kan |can |skal |should )?(?:ringe|ringer|call|kontakte|contact)\b|\bvi søger (?:en|et|to|tre|\d+)\b|"
    r"\b(?:is|are) recruiting\b|stillingsopslag|job ad\b|"
    r"hotline|helpline|omstilling|hovednummer|switchboard|kundeservice|support|reception|\w*ordning|scheme|"
    r"postkasse|mailbox|inbox|indbakke|sikker post|fællesmail|"
    r"\w+huset\b|\w+centret\b|\w+skolen\b|\w+hallen\b|"
    r"servicedesk|service desk|vagtcentral|kolofon|colophon|redaktion|forlag|publisher|"
    # round 10 (writer X): a service's intake desk, a station, a care service by name
    r"visitation|station|\w+plejens?\b|"
    r"fagforening|forbund|union|a-kasse|borgerservice|citizen service|hjemmepleje|home care|"
    r"hr-|it-|løn-|\bcvr|\bean\b|faktura|invoice|provider|leverandør|\bline\b|linje|rådgivning|"
    r"magazine|bladet|magasinet|(?-i:\bKL\b)|care home|nursery|"
    # (round 12, red team) mail to organisations we work with: partners, suppliers, customers
    r"samarbejdspartner\w*|partner(?:e|ne|erne)\b|partners?\b|leverandører\w*|suppliers?\b|kunder\w*|customers?\b|"
    # social-sector institutions: "Bostedet Lærkehøj, Lærkehøjvej 4"
    r"bosted|botilbud|opholdssted|herberg|forsorgshjem|krisecent|værested|bofællesskab|"
    r"akutmodtagelse|modtagelse|skadestue|lægevagt|klinik|clinic|emergency|(?-i:\bHR\b)|"
    r"shelter|hostel|residential home|group home|drop-in|forening|association|fond\b|foundation|"
    # round 6: "kontakt os på …", "the duty phone", a shared inbox, where someone works
    r"(?:kontakt|ring til|skriv til|contact|call|email|e-mail|mail) (?:os|us)\b|duty phone|vagttelefon|vagtnummer|"
    r"fællesnummer|on-call|shared (?:inbox|mailbox|email|phone|line)|fælles ?(?:postkasse|mail|indbakke|telefon\w*|nummer|tlf)|"
    # round 11 (red team): a unit's emergency or advice line
    r"akuttelefon|døgntelefon|rådgivningstelefon|akutnummer|støttelinje|"
    # round 16 (writer AP): a utility's on-call service, a depot or garage
    r"døgnvagt\w*|beredskab\w*|forsyning\w*|utility|utilities|bus ?garage|busgarage\w*|vognhal\w*|"
    # (round 20, writers AW, AX) courts, institutes and the police; a line's hours and its desk
    r"institut\w*|institute|\bcourts?\b|\bretten\b|\brettens\b|domstol\w*|byret\w*|politi(?:et|ets|station\w*)?\b|police|"
    r"telefontid\w*|phone hours|office hours|after hours|åbningstid\w*|(?:duty|front|help|service|information) desk|"
    # (round 20, red team r21 a) a business named by its trade: the haulier, the bus company, the hotel
    r"\w*selskab\w*|vognmand\w*|hotel\w*|restaurant\w*|butik\w*|forretning\w*|værksted\w*|\bshop\b|\bstore\b|"
    r"haulier|coach (?:firm|company)|"
    r"\bmøder (?:ind )?på|\barbejder (?:fra|på)|\bwork(?:s|ing)? (?:from|at)|will work from|mødested|meets at)",
    re.IGNORECASE,
)
# ... and words that make it a person's own, whatever else is near.
_PRIVATE_CUE = re.compile(
    r"\b(?:privat\w*|private|mobil\w*|mobile|cell|hjemme(?:adresse|nummer|telefon)?\b(?!pleje|side|hjælp|arbejde)|hjemadresse\w*|hjemnummer\w*|hjemtelefon\w*|"
    r"home (?:number|phone|address)|personal|personlig\w*|bor|bosat|bopæl|lives|living at|"
    r"address is|adressen er|hans adresse|hendes adresse|his address|her address|nr\. er|"
    r"ring til (?:ham|hende)|call (?:him|her)|hans nummer|hendes nummer|"
    r"his number|her number|hos mig|"
    # (round 22, writer BB) the address is where someone is visited: "Rugtoften 6 hos en ældre dame"
    r"hos (?:en|et|den|det|fru|hr\.?|familien) (?:[\w-]+ )?(?:dame|mand|herre|kvinde|borger|pensionist|enke|enkemand|familie|par|pige|dreng)\w*|"
    r"at (?:an|the) (?:elderly |old |older |young )?(?:lady|man|woman|gentleman|couple|widow|widower|family)['’]s|"
    # round 10: the asker's own number, and a messenger account, which is a person's own phone
    r"call me|ring (?:til )?mig|text me|sms(?:'e| til)? mig|fang mig|reach me|my (?:own )?number|mit (?:eget )?(?:nummer|nr)|whatsapp|"
    r"at my (?:place|house|home|flat)|min adresse|min egen adresse|my address|my own address|my home address|"
    # round 11 (writer AC): the asker moving home
    r"jeg flytter (?:selv )?(?:til|ind på|ind i)|i(?:'m| am) moving (?:to|into)|min nye adresse|my new address|"
    # (round 15, writer AM/AN) the asker's own number said as "mine's …", an address given as the reader's
    r"mine(?:'s| is)|din adresse|dit hjem|your (?:home )?address|"
    # … and a visit to someone's home
    r"hjemmebesøg\w*|home visit\w*|"
    # (round 19, writers AV) someone's dwelling by a possessive: "at her flat, …", "i hans lejlighed på …"
    r"(?:his|her|their|hans|hendes|deres) (?:own |egen |eget )?(?:flat|home|house|apartment|place|lejlighed|hus|hjem|bolig|værelse))\b",
    re.IGNORECASE,
)
# (round 19, writer AV) a person the asker's service looks after, right before the address: "hjemmeplejens nye
# borger på Solhøj 2", "our client at 4 Mill Lane" — where they live
_CARED_FOR_AT = re.compile(
    r"\b(?:borger(?:en)?|citizen|klient(?:en)?|client|patient(?:en)?|bruger(?:en)?|service user|beboer(?:en)?|resident)"
    r"\s+(?:på|at|i|on|in)\s*$",
    re.IGNORECASE,
)


def _clause_before(text: str, start: int, width: int = 60) -> str:
    before = text[max(0, start - width) : start]
    # Only the current sentence counts ("tlf. ", "nr. ", "fx. " end no sentence).
    ends = [m.start() for m in _SENTENCE_END.finditer(before)]
    return before[ends[-1] + 1 :] if ends else before


_SENTENCE_END = re.compile(
    # (round 27, red team r33 a) nor the abbreviations of street names: "Ndr. Ringvej", "Sdr. Allé", "Gl. Kongevej"
    r"(?<!\btlf)(?<!\btel)(?<!\bnr)(?<!\bno)(?<!\bfx)(?<!\bca)(?<!\bmv)(?<!\bph)(?<!\bndr)(?<!\bsdr)(?<!\bgl)(?<!\bst)"
    r"(?<!\bvestre)(?<!\bøstre)[.?!] ",
    re.IGNORECASE,
)


def _clause_after(text: str, end: int, width: int = 50) -> str:
    after = text[end : end + width]
    cut = min((i for i in (after.find(". "), after.find("? "), after.find("! ")) if i >= 0), default=-1)
    return after[:cut] if cut >= 0 else after


# (round 21) The address said to be a person's, right after it: "… er adressen på vores nye frivillige",
# "… is the home address of our new trainee".
_ADDRESS_OF = re.compile(
    r"\W*(?:er|is) (?:the )?(?:adressen|hjemmeadressen|address|home address) (?:på|til|of|for) "
    r"(?:vores |our |min |my |mit |den |the |en |an? |hans |hendes |his |her )?(?:nye |new )?(?P<who>[\w-]+)",
    re.IGNORECASE,
)
# An organisation acting or being located: "vi flytter til", "our office is at", "mødet holdes
# på", "ligger på", "moves to", "is located at" — a workplace's address, not a home.
_ORG_ACTION = re.compile(
    r"\b(?:vi|we|our|vores|they|de) (?:flytter|moves?|moving|relocat\w*|åbner|opens?|holder|hold)\b|"
    r"\b(?:flytter|moves?|moving|relocates?) (?:\w+ )?(?:fra|til|to|from)\b|\bskal (?:\w+ )?flytte\b|"
    r"\b(?:mødes|meet|meets|meeting|holdes|afholdes|foregår|takes place|is held|will be held|hosts?|"
    r"ligger|located|(?:vi|we) (?:har |have )?(?:lejet os ind|lejer os ind|rented|are renting)|"
    r"is at|are at|er på)\b|\b(?:kontor|office|depot|lokaler|premises|adresse for|address for)\w*|"
    # (round 21, writer AZ) the address said to be the asker's unit's: "…, 7740 Rødkilde is our new address"
    r"^\W*(?:is|er) (?:our|vores) (?:new |nye )?(?:address|adresse)\b",
    re.IGNORECASE,
)


_HOLDS_HOUSE = re.compile(
    r"\b(?:holder til|har adresse|har til huse|is based|is located|has its office|huser|houses|rummer|"
    # (round 18, red team r17) opening hours and a new address said of the organisation named before:
    # "Misbrugsrådgivningen holder åbent på …", "Jobcentrets nye adresse er …"
    r"holder åbent|har åbent|is open|(?:nye |new )?adresse (?:er|bliver)|(?:new )?address (?:is|will be))\b",
    re.IGNORECASE,
)


# An organisation that covers or serves the address: the address is someone else's.
_SERVES = re.compile(r"\b(?:dækker|hører|betjener|servicerer|covers|serves|visits|besøger|kører til|drives to)\s*$")


# (round 26, writer BU) the next sentence says who lives there: "… til Tranehaven 9. Det er der, de to sæsonarbejdere bor"
# (round 30, writer CI) A relative clause right after the address says someone other than "we" lives or moved there.
_MOVED_IN_AFTER = re.compile(
    # (round 31, writer CN) also after an English floor: "…, 1st floor, where the patient lives"
    r"^[\s,.]*(?:(?:\d+(?:st|nd|rd|th)|ground|first|second|third|fourth|top) floor[\s,.]*)?(?:where|hvor) (?P<who>(?:[\w-]+ ){0,6}?)"
    r"(?:lives?|moved|has moved|is living|bor|flyttede|er flyttet|flyttet)\b",
    re.IGNORECASE,
)
_LIVES_THERE_NEXT = re.compile(
    r"^[^.?!]{0,60}[.?!]\s+(?:det er der|det er dér|that'?s where|that is where|there)\b[^.?!]{0,50}\b(?:bor|lives?|stays?)\b",
    re.IGNORECASE,
)


def _private_cue(text: str, start: int, end: int) -> bool:
    """A word next to the match makes it a person's own ("privat", "call me on", "hendes nummer")."""
    private_after = _PRIVATE_CUE.search(_clause_after(text, end))
    return bool(_PRIVATE_CUE.search(_clause_before(text, start)) or (private_after and private_after.start() < 25))


# (round 13, released pool) A unit's own number, said with the unit in the genitive: "Ambulatoriets
# telefon 38 64 20 00", "Opkrævningens telefon er …" (a person's is "Mettes telefon").
_UNIT_PHONE = re.compile(
    r"\b(?P<w>[a-zæøå]{4,}(?:ets|ens|ns))\s+(?:(?P<f0>fælles|faste|shared)\s+)?(?:telefon(?:nummer)?|tlf\.?|hovednummer|mobil(?:nummer)?|nummer)(?:\s+er)?\s*:?\s*$|"
    # (round 30, red team r38 a) an association's number in English: "The allotment society's number is …"
    r"\b(?P<f1>club|society|association|committee|choir|team|clinic|ward|unit|office|department|centre|center|service|"
    r"practice|library|school)['’]s\s+(?:(?:on-call|duty|shared|main|mobile|phone)\s+)*(?:number|phone|mobile|line)(?:\s+is)?\s*:?\s*$|"
    # (round 21, writer AZ) a line named by its function: "Our press phone …", "vagttelefonen", "the duty phone"
    r"\b(?P<f>press|presse|duty|vagt|service|support|hotline|help ?desk|reception|booking|main|hoved|switchboard|omstilling)"
    r"[ -]?(?:phone|line|telefon|telefonen|linje|linjen|nummer|nummeret|number|tlf\.?)(?:\s+(?:er|is|number|nummer))?\s*:?\s*$",
    re.IGNORECASE,
)
# (round 25, red team r28 a) A unit in the definite form reached on the number, or given a line: "Vaskeriet kan kontaktes
# på …", "Natteholdet har fået ny fastnettelefon: …", "Call the stores on …" (a role there is a person: "call the nurse on")
_UNIT_REACHED = re.compile(
    r"\b(?P<u>[a-zæøå]{4,}(?:et|en))\s+(?:kan|can)\s+(?:kontaktes|ringes op|træffes|nås)\s+(?:på|on)\s*$|"
    r"\b(?P<u2>[a-zæøå]{4,}(?:et|en))\s+har\s+(?:fået\s+)?(?:et\s+|en\s+)?(?:nyt?\s+)?(?:fastnet|fælles)?(?:telefon|tlf|nummer)\w*\s*:?\s*$|"
    r"\b(?:call|ring|phone|contact)\s+the\s+(?P<u3>[a-z]{4,})\s+(?:on|at)\s*$|"
    # (round 29, red team r37 a) a unit's or a business's line said with its noun: "The ward's mobile is …", "The garage that
    # services our vans answers on …", "Vaskeriet, vi bruger, har telefon …", "The minibus hire place is on …"
    r"\bthe\s+(?:[\w-]+\s+)?(?P<u4>[a-z-]{4,})['’]s\s+(?:duty |main |shared |new )?(?:mobile|phone|number|line)\s+(?:is|:)\s*$|"
    r"\bthe\s+(?P<u5>[a-z-]{4,})\s+(?:that|which)\s+[^.?!]{0,40}\b(?:answers|can be reached)\s+(?:on|at)\s*$|"
    r"\b(?P<u6>[a-zæøå]{4,}(?:et|en)),\s+(?:vi|we)\s+(?:bruger|use),\s+har\s+(?:telefon|tlf\.?|nummer)\s*:?\s*$|"
    r"\bthe\s+(?:[\w-]+\s+)?(?:hire|rental|repair|taxi|cab|bus|coach)\s+(?P<u7>place|firm|company|shop)\s+is\s+on\s*$",
    re.IGNORECASE,
)


def _unit_reached(before: str) -> bool:
    m = _UNIT_REACHED.search(before)
    if not m:
        return False
    unit = next(g for g in (m.group(k) for k in ("u", "u2", "u3", "u4", "u5", "u6", "u7")) if g).lower()
    # (round 25, red team r29 a) a tenant, a spouse or a household is a person: "Lejeren kan kontaktes på …"
    return (
        not is_role(unit)
        and "F" not in lexicon().names.get(unit, "")
        and not _PERSONISH.search(unit)
        and not _HOUSEHOLD_WORD.search(unit)
    )


_HOUSEHOLD_WORD = re.compile(
    r"(?:ægtefæll|spouse|partner|pårørend|kin|husstand|household|famili|family|forældr|parent|mor(?:en)?$|far(?:en)?$|søn|datter|"
    r"barn|lejer|tenant|beboer|resident|lejlighed|flat|apartment|værelse|hjem|home)"
)


# (round 13) A message sent or a call made to a named person, then the number it goes to.
_MESSAGE_TO_NAME = re.compile(
    r"\b(?:sms|sende|send|sender|text|texte|ringe|ring|call|skrive|skriv|write|whatsapp)\w*\s+(?:\w+\s+){0,3}?(?:til|to)?\s*"
    r"(?-i:(?P<n>[A-ZÆØÅ][a-zæøå]+))\b[^.?!]{0,60}\b(?:på|on|at|:)\s*$",
    re.IGNORECASE,
)
# (round 15, writer AM) … or to a person named by their role: "en sms til vores nye SFO-pædagog på …"
_MESSAGE_TO_ROLE = re.compile(
    r"\b(?:sms|sende|send|sender|text|texte|ringe|ring|call|skrive|skriv|write|whatsapp)\w*\s+(?:[\w,]+\s+){0,6}?(?:til|to)\s+"
    r"(?:(?:vores|vor|min|mit|our|my|den|det|the|nye|new|ny)\s+){1,3}(?P<role>[\w-]+)(?:\s+(?:på|on|at)|\s*:)\s*$",
    re.IGNORECASE,
)

# (round 28, writer CB) a person named by a noun-like adjective after "den": "til den unge:", "to the applicant"
_ONE_PERSON_ADJECTIVE = re.compile(r"(?i)(?:unge|ældre|pårørende|ledige|syge|nyansatte|studerende|sygemeldte)$")


def _org_context(text: str, start: int, end: int) -> bool:
    before = _clause_before(text, start)
    after = _clause_after(text, end)
    club_line = _UNIT_PHONE.search(before)
    if club_line and (
        club_line.group("f1") or re.search(r"(?:klub|forening|udvalg|lauget)\w*$", club_line.group("w") or "")
    ):
        return True  # (round 30, red team r38 a) an association's own line, even a mobile: "Ungdomsklubbens mobil er …"
    heading = _POSTAL_HEAD.search(before)
    if heading and any(_organisation_word(w) for w in heading.group("name").split()):
        return (
            True  # (round 32, writer CR) a postal line under an organisation's name: "Kvistrup Idrætscenter, Hallvej 2"
        )
    if _private_cue(text, start, end):
        return False
    if business_named(text[max(0, start - 80) : start]):
        return True  # (round 27, red team r32 a) "Ring til Elektriker Jens Bach ApS på …", "hos Mogens Busser på …"
    if re.search(r"(?-i:\b[A-ZÆØÅ]{3,6}(?: [A-ZÆØÅ][a-zæøå]+){1,2}),\s*$", before):
        return True  # (round 30, writer CI) "AMK Kystland, Akutvej 1": an organisation's acronym and place before it
    if re.search(r"\b(?:vi|we)\b[^.?!]{0,25}\b(?:kontaktes|træffes|be reached|be contacted)\b", after):
        return True  # (round 30, writer CI) "… Skolevej 12, st., og vi kan kontaktes på …": where "we" are reached
    # After the match only what is attached to it counts ("… 22 (kommunens hovednummer)",
    # "…, Jobcenter Syd"), not the rest of the sentence ("… har klaget over hjemmeplejen").
    attached = re.match(r"[\s,]*(?:\([^)]{0,40}\)|[^\s,.;:?!]+(?: [^\s,.;:?!]+){0,2})", after)
    unit = _UNIT_PHONE.search(before)
    if (
        unit
        and (
            unit.group("f")
            or unit.group("f1")
            or (
                "F" not in lexicon().names.get(unit.group("w").lower()[:-1], "")
                and "F" not in lexicon().names.get(unit.group("w").lower(), "")
                # (round 25) a role's number is a person's: "vikarens nummer er …"
                and not is_role(unit.group("w").lower()[:-1])
            )
        )
    ):
        return True  # (round 13) "Ambulatoriets telefon …", "Svømmehallens telefon er …": a unit's number
    if _unit_reached(before):
        return True
    if _DUTY_BEFORE.search(before):
        return True  # (round 33, writer CS) "meldes til teknisk vagt på …", "ring til IT-supporten på …": a duty, not a person
    to_name = _MESSAGE_TO_NAME.search(before)
    if (
        to_name
        # (round 25, writer BR) … also a name the data does not know at all: "ring til Hrafnhildur (frivillig …) på …"
        and (
            "F" in lexicon().names.get(to_name.group("n").lower(), "")
            or (
                not lexicon().is_known(to_name.group("n").lower())
                and not lexicon().is_compound(to_name.group("n").lower(), loose=True)
                and not re.search(r"(?:et|en|ets|ens|ne|nes)$", to_name.group("n").lower())
            )
        )
        and not lexicon().is_place(to_name.group("n").lower())
    ):
        return False  # (round 13, writer AE) "en sms til Lasse fra pumpestationen på …": where Lasse is reached
    to_role = _MESSAGE_TO_ROLE.search(before)
    if to_role and (is_role(to_role.group("role").lower()) or _ONE_PERSON_ADJECTIVE.match(to_role.group("role"))):
        return False  # (round 15, writer AM) "en sms til vores nye SFO-pædagog på …": where that person is reached
    if _PAYSLIP_TO.search(before):
        return False  # (round 12, writer AA) "can the salary slip go to …": where a person's pay goes
    if _SERVES.search(before[-25:]) or re.match(r"[^.?!]{0,25}\b(?:under|hører til|belongs to)\b", after):
        return False  # "Hvilken hjemmeplejegruppe dækker Kornblomstvej 17?": whose home it is is asked
    cues = list(_ORG_CUE.finditer(before))
    named = _FIRST_NAME_AFTER.search(before[cues[-1].end() :]) if cues else None
    flags = lexicon().names.get(named.group("n").lower(), "") if named else ""
    # (round 8) a building's head noun, then its name: "Aktivitetshuset Bakkely, Skolevej 2"
    building_name = bool(
        cues and _BUILDING_HEAD.search(cues[-1].group(0)) and re.match(r"\s+[A-ZÆØÅ]", before[cues[-1].end() :])
    )
    if (
        named
        and "F" in flags
        and not set(flags) & {"W", "P"}
        and not lexicon().is_place(named.group("n").lower())
        and not building_name
    ):
        return False  # "Vikaren fra hjemmeplejen Birthe kan træffes på …": Birthe's own number
    if not cues and any(_institution_word(m.group(1)) for m in _INSTITUTION_NAME.finditer(before)):
        return True  # (round 8) "Pakker til Solsikken sendes til …": a named institution's address
    if not cues and _signed_by_institution(text, start):
        return True
    return bool(
        cues
        or (attached and _ORG_CUE.search(attached.group(0)))
        or re.match(r"[^.?!]{0,12}\b(?:i|in) (?:kolofonen|the colophon|colophon)\b", after)
    )


# (round 33, writer CS) A duty or a support function reached on the number: "til teknisk vagt på", "ring til driftsvagten
# på", "contact the IT helpdesk on" — whoever is on duty answers, so it is the organisation's line.
_DUTY_BEFORE = re.compile(
    r"\b(?:til|to|contact|kontakt|ring(?:e)? til|call)\s+(?:the\s+|den\s+|vores\s+|our\s+)?(?:[\w-]+\s+)?"
    r"(?:(?:teknisk|tekniske|drifts|it-?|døgn|bolig|vej)\s?vagt(?:en)?|vagtcentral(?:en)?|vagttelefon(?:en)?|on-call duty|duty officer|helpdesk(?:en)?|help desk|service ?desk(?:en)?|[\w-]*support(?:en)?|"
    r"hotline(?:n)?|omstilling(?:en)?|switchboard|reception(?:en)?)\s+(?:på|on|at)\s*:?\s*$",
    re.IGNORECASE,
)

# (round 32) The first line of a postal address: up to three capitalised words, then the comma before the street.
_POSTAL_HEAD = re.compile(
    r"(?:^|[:;(]\s*|\b(?:is|er|til|to|at|på)\s+)(?P<name>(?-i:[A-ZÆØÅ][\w-]+(?: [A-ZÆØÅ][\w-]+){0,2})),\s*$"
)


def _organisation_word(word: str) -> bool:
    """An organisation's or institution's noun in a name ("Idrætscenter", "Miljølaboratoriet"): an
    organisation word of the people finder (not a street), or a definite-form noun no name data
    knows as a given name ("…laboratoriet", "…centret")."""
    low = word.lower()
    if STREET_TOKEN.search(low):
        return False
    if is_org(low) or UNIT_RE.search(low):
        return True
    lex = lexicon()
    return (
        len(low) >= 8
        and low.endswith(("et", "en"))
        and not set(lex.flags(low)) & {"m", "f"}
        and (lex.is_ordinary(low) or lex.is_compound(low) or lex.is_compound(low[:-2]) or lex.is_ordinary(low[:-2]))
    )


_BUILDING_HEAD = re.compile(r"(?:huset|centret|centeret|skolen|hallen|hjemmet|gården|stedet|klubben)$", re.IGNORECASE)
# A capitalised noun in the definite form inside a sentence ("til Solsikken", "i Mælkebøtten"): the
# name of an institution, as the people finder reads it too.
_INSTITUTION_NAME = re.compile(r"(?<=\s)(?:til|i|på|fra|hos|ved|for) ((?-i:[A-ZÆØÅ][a-zæøå]{3,}(?:en|et)))\b")


# (round 21, writer AY) A signature block: after the closing greeting, the sender (the normaliser has
# turned each line break into ". ").
_CLOSING = re.compile(
    r"(?i)(?:^|[.?!][\"”'’»]? )(?:med venlig hilsen|venlig hilsen|mvh|de bedste hilsner|bedste hilsner|hilsen|"
    r"kind regards|best regards|regards|yours sincerely|sincerely)[ ,]*\. (?P<sender>[^.?!]{3,80})\. "
)


_CLOSING_INLINE = re.compile(
    r"(?i)\b(?:med venlig hilsen|venlig hilsen|mvh|bedste hilsner|hilsen|kind regards|best regards|regards)[ ,]+"
    r"(?P<sender>[^.?!,]{3,60}),\s*(?:tlf|tel|telefon|phone|ph)\.?\s*:?\s*$"
)


def _signed_by_institution(text: str, start: int) -> bool:
    """(round 21, writer AY, released) A number in a signature block whose sender line names an
    institution in the definite form and no first name ("Med venlig hilsen / Læsesalen, Statsarkivet i
    Nørrevig / Tlf. …") is the institution's line; a signature signed by a person stays theirs."""
    closing = None
    for m in _CLOSING.finditer(text[:start]):
        closing = m
    if closing is None:
        # (round 33, writer CS) the sender on the greeting's own line: "Mvh Centralvaskeriet, tlf. …"
        closing = _CLOSING_INLINE.search(text[max(0, start - 80) : start])
        if closing is None:
            return False
    elif start - closing.end() > 60:
        return False
    words = re.findall(r"[A-ZÆØÅ][a-zæøå]+", closing.group("sender"))
    lex = lexicon()
    if any("F" in lex.names.get(w.lower(), "") and not _institution_word(w) for w in words):
        return False
    return any(re.search(r"(?:en|et)$", w) and len(w) >= 6 and _institution_word(w) for w in words)


def _institution_word(word: str) -> bool:
    """A capitalised common noun in the definite form ("Solsikken", "Mælkebøtten"), not a name."""
    low = word.lower()
    lex = lexicon()
    return not lex.names.get(low) and not lex.is_place(low) and (lex.is_ordinary(low) or lex.is_compound(low))


_FIRST_NAME_AFTER = re.compile(r"^\w*[^\w]+(?:[\w-]+\s+){0,2}?(?P<n>[A-ZÆØÅ][a-zæøå]+)\b[^.?!]{0,30}$")


# --- phones ----------------------------------------------------------------------------------
_MANY_DIGITS = re.compile(r"(?:\d\D{0,3}){8}")
# "2024/1187", "2023-0415": a year-prefixed case, report or article number, not a phone.
# a case or journal number with its year, either way round: "2024-0917", "4418/2024" (round 23, writer BJ)
_YEAR_REF = re.compile(r"^(?:(?:19|20)\d\d ?[-/] ?\d{3,6}|\d{3,6} ?/ ?(?:19|20)\d\d)$")
_YEAR_RANGE = re.compile(r"^(?:19|20)\d\d ?[-/] ?(?:19|20)\d\d$")
_DATE_LIKE = re.compile(
    r"^(?:19|20)\d\d[-./]?(?:0[1-9]|1[0-2])[-./]?(?:0[1-9]|[12]\d|3[01])$"
    # "28.02.2025", "01-09-2024", "3/11/2023": a date written day first with a four-digit year
    r"|^(?:0?[1-9]|[12]\d|3[01])[./-](?:0?[1-9]|1[0-2])[./-](?:19|20)\d\d$"
)


# (round 11) Danish service numbers: the 70 range is sold to organisations as nationwide
# "servicenumre", 80 is freephone and 90 premium rate. No private person answers them.
def _service_number(number: phonenumbers.PhoneNumber) -> bool:
    national = str(number.national_number)
    if number.country_code == 45 and len(national) == 8 and national.startswith("70"):
        return True
    return phonenumbers.number_type(number) in (
        phonenumbers.PhoneNumberType.TOLL_FREE,
        phonenumbers.PhoneNumberType.PREMIUM_RATE,
        phonenumbers.PhoneNumberType.SHARED_COST,
    )


# (round 11) Opening hours right after a number ("…, man-tors 9-15", "hverdage kl. 8-16", "Mon-Fri
# 9-15"): a service's line, not a person's phone.
_OPENING_HOURS = re.compile(
    r"^[\s,;:(]*(?:(?:åben|open)\w*\s+)?(?:alle\s+)?(?:(?:man|tirs|tir|ons|tors|tor|fre|lør|søn|mon|tue|wed|thu|fri|sat|sun)"
    r"\w*\.?\s?(?:-|til|to|–)\s?(?:man|tirs|tir|ons|tors|tor|fre|lør|søn|mon|tue|wed|thu|fri|sat|sun)\w*\.?|"
    r"hverdage|weekdays|i åbningstiden|during opening hours)\s*(?:kl\.?\s*)?\d{1,2}(?:[.:]\d\d)?\s?(?:-|til|to)\s?\d{1,2}",
    re.IGNORECASE,
)


# (round 33, writer CS) … or a line staffed round the clock: "… på 78 45 12 99 døgnet rundt", "24/7", "around the clock"
_ROUND_THE_CLOCK = re.compile(
    r"^[\s,;:(]*(?:døgnet rundt|hele døgnet|alle døgnets timer|24/7|24 timer i døgnet|around the clock|round the clock|24 hours a day)",
    re.IGNORECASE,
)


def _opening_hours(text: str, end: int) -> bool:
    return bool(_OPENING_HOURS.match(text[end : end + 40]) or _ROUND_THE_CLOCK.match(text[end : end + 30]))


_TIME_RANGE = re.compile(r"(?<!\d)(?:[01]?\d|2[0-3])[.:][0-5]\d\s*[-–—]\s*(?:[01]?\d|2[0-3])[.:][0-5]\d(?!\d)")


# A currency unit or a scale word after the digits, or a currency before them, makes them an amount.
_AMOUNT = re.compile(r"[\s,.]*(?:kr\b|kr\.|kroner|dkk|eur|euro|€|\$|usd|mio|mia|million\w*|milliard\w*)", re.IGNORECASE)
_CURRENCY_BEFORE = re.compile(r"(?:kr\.?|dkk|eur|€|\$|usd)\s*$", re.IGNORECASE)


def phone_spans(text: str) -> Iterator[tuple[int, int, bool]]:
    """(start, end, private) for every valid Danish (or +-prefixed foreign) phone number.

    Uses Google's libphonenumber rules (package `phonenumbers`, region DK, leniency VALID), so
    order numbers, EANs and dates that only look like numbers are not matched. `private` is
    False when the words around it name an organisation ("hotline", "omstilling", "Kommune").
    """
    if not _MANY_DIGITS.search(text):  # fewer than eight digits: no phone, skip the parser
        return
    found: set[int] = set()
    labelled_end = -1  # where the last number labelled as another kind ended
    for m in phonenumbers.PhoneNumberMatcher(text, "DK", leniency=phonenumbers.Leniency.VALID):
        if _DATE_LIKE.match(m.raw_string) or _YEAR_RANGE.match(m.raw_string) or _YEAR_REF.match(m.raw_string):
            continue  # "2021-0917", "20240311", "2019-2024": dates and year ranges
        if _TIME_RANGE.search(text[max(0, m.start - 3) : m.end + 3]):
            continue  # (round 16, writer AP) "23.45–05.15": a time span
        if _labelled_other(text, m.start) or (labelled_end >= 0 and _LISTED_AFTER.match(text[labelled_end : m.start])):
            # (round 8) "Ordrenummer 22 33 44 55", "our account number … is 8765 4321"; (round 17) "CVR 29188548";
            # (round 20) any "<kind> number" label, and the numbers listed after a labelled one
            labelled_end = m.end
            continue
        if _AMOUNT.match(text, m.end) or _CURRENCY_BEFORE.search(text[max(0, m.start - 6) : m.start]):
            continue  # (round 18, red team r18) an amount: "24 600 000 kr.", "DKK 38 600 000"
        found.add(m.start)
        service = (_service_number(m.number) or _opening_hours(text, m.end)) and not _private_cue(text, m.start, m.end)
        yield m.start, m.end, not (service or _org_context(text, m.start, m.end))
    # A number the numbering plan does not allocate ("31 07 62 98") is still typed as a phone
    # number when the message calls it one: then a possible number counts.
    if not _PHONE_WORD.search(text):
        return
    for m in phonenumbers.PhoneNumberMatcher(text, "DK", leniency=phonenumbers.Leniency.POSSIBLE):
        if m.start in found or _DATE_LIKE.match(m.raw_string) or _YEAR_RANGE.match(m.raw_string):
            continue
        if len(re.sub(r"\D", "", m.raw_string)) < 8 or _YEAR_REF.match(m.raw_string):
            continue
        if _TIME_RANGE.search(text[max(0, m.start - 3) : m.end + 3]):
            continue  # (round 29, writer CE) a time span, also where the message speaks of the phone
        if _labelled_other(text, m.start):
            continue  # labelled as another kind of number, as above
        # (round 25, writer BR) the call verb may stand before a name and an aside: "ring til Hrafnhildur (frivillig …) på …"
        near = _clause_before(text, m.start, 80) + text[m.start : m.end + 20]
        if _PHONE_WORD.search(near):
            yield m.start, m.end, not _org_context(text, m.start, m.end)


def foreign_phone_spans(text: str) -> Iterator[tuple[int, int, bool]]:
    """(round 25, red team r29 a) (start, end, private) for a mobile number written the way its own country does, with
    no "+" prefix ("07700 900245", a UK mobile), where a call word stands near: valid in one of the countries whose
    numbers the bot's users most often meet (GB, SE, NO, DE), and no Danish number."""
    if not _MANY_DIGITS.search(text) or not _PHONE_OR_REACH.search(text):
        return
    for region in ("GB", "SE", "NO", "DE"):
        for m in phonenumbers.PhoneNumberMatcher(text, region, leniency=phonenumbers.Leniency.VALID):
            if (
                not m.raw_string.lstrip().startswith("0")
                or _DATE_LIKE.match(m.raw_string)
                or _labelled_other(text, m.start)
            ):
                continue
            if phonenumbers.number_type(m.number) not in (
                phonenumbers.PhoneNumberType.MOBILE,
                phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE,
            ):
                continue
            if _PHONE_OR_REACH.search(_clause_before(text, m.start, 80) + " " + text[m.end : m.end + 20]):
                yield m.start, m.end, not _org_context(text, m.start, m.end)


_PHONE_OR_REACH = re.compile(
    r"\b(?:tlf|telefon\w*|mobil\w*|mobile|phone\w*|cell|ring\w*|call|sms\w*|text|whatsapp|reached|reach|kontaktes|contacted)\b",
    re.IGNORECASE,
)


def spoken_phone_spans(text: str) -> Iterator[tuple[int, int, bool]]:
    """(start, end, private) for a Danish phone number read aloud or written in words ("fire nul
    otte otte et to fem seks", spoken.py): eight digits, mostly said in words, that the numbering
    plan allocates (with or without 45 / 0045 before them)."""
    for run in spoken_runs(text):
        digits = re.sub(r"^(?:0045|45)(?=\d{8}$)", "", run.digits)
        if len(digits) != 8 or run.words < _SPOKEN_PHONE_WORDS or run.listed:
            continue
        if phonenumbers.is_valid_number(phonenumbers.parse(digits, "DK")):
            yield run.start, run.end, not _org_context(text, run.start, run.end)


# Four number words at least: prose rarely strings four together ("to tre fire gange" is rare, and
# then the digits must still be an allocated phone number).
_SPOKEN_PHONE_WORDS = 4


# A label that calls the number something else: order, customer, account, invoice or member number.
_NUMBER_LABEL = re.compile(
    # (round 16, red team r15) a case or journal number: "Sagsnr. 23-104477"
    r"\b(?:sagsnr|sagsnummer|sags-nr|journalnr|journalnummer|j\.\s?nr|jnr|case\s?(?:no|number|ref|id)|ref\.?\s?nr)\.?\s*[:#]?\s*$|"
    # (round 22, writer BA) a case by its bare label: "Sag 24/118732 om udlicitering"
    r"(?:^|[.!?:;]\s+|\b(?:i|in|om|about|re:?)\s+)(?:sag|sagen|case)\s*[:#]?\s*$|"
    r"\b(?:ordre|kunde|konto|faktura|medlems|abonnements|reference|reg|varer?|serie|licens|aftale)(?:nummer|nr)\.?\b"
    r"[^.?!\d]{0,30}$|\b(?:order|customer|account|invoice|member(?:ship)?|reference|serial|licen[cs]e|contract) "
    r"(?:number|no\.?|#)[^.?!\d]{0,30}$|"
    # (round 13, writer AE) a machine's or meter's number right after it: "Pump 58 11 20 47 keeps sending zero readings"
    r"\b(?:pump|pumpe|pumpen|måler|måleren|meter|sensor|unit|enhed|maskine|machine|asset|anlæg|tavle|router|server|"
    r"printer|scanner|terminal|device|enhedsnr)\s*(?:nr\.?|no\.?|#|id)?\s*$|"
    # (round 17, writer AR) a number the message calls an id: "a row ID 4512887733", "bruger-id: …"
    r"\bid\s*[:#=]?\s*$|"
    # (round 21, writer AZ) a code, a PIN or a password: "Koden til nøgleboksen ved saltladen er 2244 8811"
    r"\b(?:koden|kode|adgangskoden|adgangskode|pinkoden|pinkode|pin|pin-koden|dørkoden|dørkode|alarmkoden|alarmkode|"
    r"the code|code|door code|alarm code|passcode|password|kodeordet|kodeord)\b[^.?!\d]{0,40}?\b(?:er|is|:|=)?\s*$",
    re.IGNORECASE,
)
# (round 20, writers AW, AX) Any label that calls the number "<kind> number" right before it
# ("Varenummer 2219 0451", "journal no. 23/118842", "lot nr. 4471 2290") names another kind of number,
# unless the kind is a phone's or a person's ("telefonnummer", "privatnr", "her number"): `cpr.other_kind_label`.
_PHONE_KIND = re.compile(
    r"^(?:tlf|tel|telefon\w*|mobil\w*|mobile|phone\w*|cell|fax|sms|whatsapp|privat\w*|private?|personal|personlig\w*|"
    r"direkte?|direct|hjemme\w*|home|kontakt\w*|contact|vagt\w*|duty|hoved|main|lokal|nød|akut|emergency|service|support|"
    r"hotline|help|mit|min|mine|my|his|her|hans|hendes|deres|their|"
    r"your|dit|din|dine|nyt|new|eget|own|the|et|an|this|that|det|dette|samme|same|andet|other|hvilket|which|what)$",
    re.IGNORECASE,
)
# … and the numbers listed after a labelled one: "Varenummer 2219 0451 og 2219 0452"
_LISTED_AFTER = re.compile(r"^[\s,;/]*(?:og|and|eller|or|&|samt|\+)?[\s,;/]*$", re.IGNORECASE)


def _labelled_other(text: str, start: int) -> bool:
    """The number at `start` is labelled as another kind of number than a phone (`cpr.other_kind_label`)."""
    before = text[max(0, start - 40) : start]
    if _NUMBER_LABEL.search(before) or labelled_document(text, start):
        return True
    return other_kind_label(before, _PHONE_KIND)


# Words that call a number a phone number.
_PHONE_WORD = re.compile(
    r"\b(?:tlf|telefon\w*|mobil\w*|mobile|phone\w*|cell|ring\w*|call|sms\w*|text|whatsapp|opkald)\b|"
    # (round 32, writer CQ) a message sent "on" or "på" a number: "msg the lifeguard on 93 07 55 18"
    r"\b(?:msg|message|besked|texte|skriv(?: en besked)? til)\b[^.?!\d]{0,40}\b(?:on|på)\s*(?=\+?\d)|"
    r"\b(?:mit|min|my|hans|hendes|his|her)(?: eget| own)? (?:nr|nummer|number)\b|"
    # (round 16, writer AP) "the interpreter's private number is …", "privatnummer"
    r"\b(?:private?|personal|personlige?|direct|direkte)(?: (?:phone|mobile|tlf\.?|telefon))? (?:nr|nummer|number)\b|\bprivatnummer\w*",
    re.IGNORECASE,
)


# (round 27, red team r32 a) A firm named after its owner: a company form ("ApS", "A/S", "& Søn", "v/"), two names joined
# by "&", a trade word before a name ("Frisør Lene", "Elektriker Jens Bach") or after one ("Mogens Busser", "Hanne Kjærs
# Køkken"). Its number and address are the firm's.
_TRADE = (
    r"(?:Frisør|Frisørsalon|Salon|Elektriker|Elektrikerfirma|Tømrer|Tømrerfirma|Murer|Murerfirma|Maler|Malerfirma|VVS|"
    r"Blikkenslager|Vognmand|Vognmandsforretning|Busser|Turistbusser|Taxa|Taxi|Køkken|Catering|Blomster|Blomsterhandel|Bageri|"
    r"Bager|Slagter|Slagteri|Revision|Revisionsfirma|Advokatfirma|Advokater|Rengøring|Vinduespolering|Vinduespudsning|Auto|"
    r"Autoværksted|Cykler|Smed|Smedie|Entreprise|Entreprenør|Transport|Flytteforretning|Gartneri|Anlægsgartner|Kloakservice|"
    r"Tagdækning|Låsesmed|Optik|Tandklinik|Fysioterapi|Plejeservice)"
)
_BUSINESS_NAME = re.compile(
    r"\b(?:ApS|A/S|I/S|IVS|K/S|P/S)(?![\w/])|\s&\s(?:Søn(?:ner)?|Co\b\.?|[A-ZÆØÅ][a-zæøå]+)|\bv/\s?[A-ZÆØÅ]|"
    rf"\b{_TRADE}\s+[A-ZÆØÅ][a-zæøå]+|\b[A-ZÆØÅ][a-zæøå]+s?\s+{_TRADE}\b|"
    # (round 30, red team r38 a) a practice by its title and owner right before the address: "Tandlæge Mette Holm, Vestergade 5",
    # "Dyrlæge Hanne Friis på Skovvej 40"; a shop by its owner's name: "Patel's Pharmacy at …", "the Hartley family's bakery at …"
    r"\b(?:Tandlæge|Dyrlæge|Læge|Advokat|Revisor|Fysioterapeut|Kiropraktor|Optiker|Apoteker|Ejendomsmægler|Tandtekniker|"
    r"Psykolog|Fodterapeut)\s+[A-ZÆØÅ][a-zæøå]+(?:\s+[A-ZÆØÅ][a-zæøå]+){0,2}\s*(?:,|på|i|ved)?\s*$|"
    r"\b[A-Z][a-z]+(?:\s+family)?['’]s\s+(?i:bakery|pharmacy|butchers?|garage|caf[eé]|salon|chemist|newsagents?|surgery|"
    r"practice|shop|store|deli|florists?|pub|restaurant|takeaway|dairy|farm shop|kennels|bakers|dental practice)\s+(?:at|on|in)?\s*$"
)


def business_named(before: str) -> bool:
    """The text just before a number or an address names a firm after its owner (see `_BUSINESS_NAME`)."""
    clause = re.split(r"[.?!;]\s", before)[-1]
    return bool(_BUSINESS_NAME.search(clause))


# --- e-mail ----------------------------------------------------------------------------------
# any country code (Polish and Bulgarian webmail are as private as Danish), and the generic ones
_TLD = r"(?:com|net|org|info|biz|edu|gov|example|online|email|name|local|invalid|test|xyz|[a-z]{2})"
# (round 18, red team r18) "(a)" and "(snabel)" in brackets too: "ditte-s(a)live.dk"
_AT = r"(?:\s?@\s?|\s?[\(\[\{<]\s?(?:at|a|snabel(?:[- ]?a)?)\s?[\)\]\}>]\s?|\s(?:at|snabel[- ]?a)\s)"
_DOT = r"(?:\s?\.\s?|\s?[\(\[\{<]\s?(?:dot|punktum|prik|\.)\s?[\)\]\}>]\s?|\s(?:dot|punktum|prik)\s)"
_EMAIL = re.compile(
    r"(?<![\w.+-])(?P<local>[\w][\w.+-]*)"
    + _AT
    + r"(?P<domain>[\w-]+(?:"
    + _DOT
    + r"[\w-]+)*?)"
    + _DOT
    + r"(?P<tld>"
    + _TLD
    + r")\b",
    re.IGNORECASE,
)
# (round 30, red team r38 a) An association said to use the webmail address, which names no one: "Our village hall committee
# uses villagehall.ashby@yahoo…", "Lokalhistorisk Forening i Bøgeskov skriver fra bogeskov.historie@gmail…"
_CLUB_BEFORE = re.compile(
    r"\b(?:club|klub|klubben|klubbens|forening|foreningen|foreningens|society|society's|committee|udvalg|udvalget|choir|"
    r"choir's|koret|korets|juniors|støtteforening\w*|association|laug|lauget|guild|menighed\w*|parish|band|bandet|"
    r"grundejerforening\w*|beboerforening\w*|idrætsforening\w*|\w+forening\w*|\w+klub\w*|"
    # (round 30, red team r39 a) … or a firm: "Flow Right Ltd writes from …", "Klar Sigt ApS skriver fra …"
    r"ltd|aps|a/s|i/s|plc|llc|inc|\w*firma\w*|firm|company|virksomhed\w*)(?!\w)",
    re.IGNORECASE,
)


def _given_name_in(local: str) -> bool:
    """A part of the mailbox is a given name that is no ordinary word ("mette.l", "john_smith")."""
    lex = lexicon()
    return any(
        set(lex.flags(p)) & {"m", "f"} and not lex.is_ordinary(p) for p in re.split(r"[._+\-\d]+", local.lower()) if p
    )


_SHARED_BEFORE = re.compile(r"\b(?:shared|fælles) ?(?:inbox|mailbox|email|postkasse|mail|indbakke)\b", re.IGNORECASE)
# Webmail: an address there is a private person's, whatever the local part says.
_WEBMAIL = re.compile(
    r"^(?:gmail|googlemail|hotmail|live|outlook|msn|yahoo|icloud|me|mail|email|jubii|protonmail|"
    r"proton|gmx|aol|tdcadsl|youmail|privat|"
    # Danish internet providers and foreign webmail: home addresses too
    r"stofanet|webspeed|get2net|post\.tele|mail\.tele|city|sol|ofir|worldonline|adslhome|tdcspace|tiscali|"
    r"wp|o2|onet|interia|abv|seznam|yandex|web|t-online|libero|orange|free|laposte|wanadoo|ziggo|telenet)\b",
    re.IGNORECASE,
)
# (round 32, writers CQ, CR) A domain made only of mail-service words names a mail provider, not an
# organisation: "webmail", "webpost", "mailbox", "minpost", "hjemmenet" — its accounts are private people's.
_PROVIDER_DOMAIN = re.compile(
    r"^(?:web|my|min|mit|hjemme?|home|privat[e]?|e|net|online)?-?(?:mail|post|box|inbox)-?(?:box|net|online|boks)?$",
    re.IGNORECASE,
)
# Function mailboxes of organisations ("post@", "info@", "hr-jura@", "hjemmepleje@").
_ROLE_PARTS = frozenset(
    [
        "post",
        "info",
        "kontakt",
        "contact",
        "redaktion",
        "editor",
        "support",
        "sekretariat",
        "secretariat",
        "hr",
        "admin",
        "noreply",
        "no-reply",
        "service",
        "kundeservice",
        "mail",
        "presse",
        "press",
        "office",
        "hello",
        "hej",
        "jura",
        "legal",
        "it",
        "løn",
        "lon",
        "payroll",
        "borgerservice",
        "booking",
        "kursus",
        "events",
        "event",
        "job",
        "jobs",
        "karriere",
        "digital",
        "webmaster",
        "team",
    ]
)


_ACRONYM_PARTS = frozenset(
    [
        "dpo",
        "it",
        "hr",
        "ai",
        "kl",
        "med",
        "amr",
        "tr",
        "ikt",
        "gdpr",
        "ppr",
        "sfo",
        "pr",
        "cfo",
        "ceo",
        "sosu",
        "udv",
        "adm",
        "org",
        "ok",
    ]
)


def _un_ascii(part: str, lex: Lexicon) -> str:
    """The Danish spelling of an e-mail word typed without æ/ø/å, when the data knows it; an
    ordinary word wins over a rare name or place ("loen" → "løn", not the surname)."""
    candidates = [part] + [part.replace(a, b) for a, b in _ASCII_PAIRS if a in part]
    if lex.is_name(part) and not any(lex.is_ordinary(c) for c in candidates):
        return part  # (round 28, writer CB) "kolbrun" is a name, not the compound "køl|brun"
    for known in (lambda w: lex.is_ordinary(w) or lex.is_compound(w), lex.is_known):
        for cand in candidates:
            if known(cand):
                return cand
    return part


_ASCII_PAIRS = (("ae", "æ"), ("oe", "ø"), ("aa", "å"), ("o", "ø"), ("a", "å"), ("a", "æ"))


# (round 11) A long word with a Danish or English abstract-noun ending names a function, not a
# person, even when the word list lacks it: "inddrivelse@", "opkrævning@", "visitation@".
_ABSTRACT_NOUN = re.compile(
    r"^[a-zæøå]{5,}(?:else|ning|tion|sion|hed|skab|ering|ance|ence|ment|service|center|centret)$|"
    # (round 22, writer BC) a service by its head noun: "bostoette@", "hjemmehjaelp@", "sundhedspleje@"
    r"^[a-zæøå]{2,}(?:st(?:ø|oe|o)tte|hj(?:æ|ae|a)lp|pleje|r(?:å|aa|a)dgivning|vejledning|tilsyn|kontor|sekretariat|"
    r"afdeling|team|vagt)$"
)


def _family_domain(domain: str) -> bool:
    """A domain made of a person's name ("jensen-net", "larsen-hjem"): a household's, not an
    organisation's (round 11, red team)."""
    lex = lexicon()
    parts = [x for x in re.split(r"[-_.\d]+", domain.lower()) if x]

    def named(x: str) -> bool:
        return lex.is_name(x) and not lex.is_ordinary(x) and not lex.is_place(x)

    # (round 22, writer BB) "famkhoury.dk", "familienhansen.dk": the family word and the name as one
    for x in parts:
        fam = re.match(r"(?:familien|familie|family|fam)(?P<n>[a-zæøå]{3,})$", x)
        if fam and (named(fam.group("n")) or not lex.is_ordinary(fam.group("n"))):
            return True
    # two parts at least: a bare name ("lyngholm.dk") is as often a town's or a firm's
    return len(parts) >= 2 and any(named(x) for x in parts) and all(named(x) or x in _HOUSEHOLD for x in parts)


_KIN_MAILBOX = re.compile(
    r"^(?:far|mor|farfar|farmor|morfar|mormor|dad|daddy|mum|mom|mummy|mommy|papa|mama|grandma|grandpa)$"
)
_HOUSEHOLD = frozenset("net hjem home family familie familien privat mail online web huset".split())


_INSTITUTION_PARTS = frozenset(
    "centre center house hus huset academy akademi school skole skolen library bibliotek biblioteket hall hallen museum "
    "museet college trust foundation fonden".split()
)


def _unit_mailbox(parts: list[str]) -> bool:
    """A mailbox of two parts or more, one of them a unit noun in the definite form ("ambulatoriet", "sekretariatet")."""
    return len(parts) >= 2 and any(
        len(p) >= 6 and p.endswith(("et", "en")) and bool(is_org(p) or UNIT_RE.search(p)) for p in parts
    )


def _joined_words(local: str, lex: Lexicon) -> bool:
    """A mailbox of two or more ordinary words joined by "og"/"and" ("vejogpark", "byggeogmiljoe"): a
    department's name, no person's."""
    for m in re.finditer(r"og|and", local):
        left, right = local[: m.start()], local[m.end() :]
        if len(left) < 3 or len(right) < 3:
            continue
        if all(not lex.is_name(w) or lex.is_ordinary(w) for w in (left, right)) and all(
            lex.is_ordinary(_un_ascii(w, lex)) or lex.is_compound(_un_ascii(w, lex)) or _joined_words(w, lex)
            for w in (left, right)
        ):
            return True
    return False


def is_private_email(local: str, domain: str) -> bool:
    """A person's address unless it is an organisation's function mailbox."""
    if _WEBMAIL.match(domain.strip()) or _PROVIDER_DOMAIN.match(domain.strip()) or _family_domain(domain):
        return True  # a webmail account or a household's own domain ("jensen-net.dk")
    lex = lexicon()
    parts = [p for p in re.split(r"[._+\-\d]+", local.lower()) if p]
    if not parts:
        return True
    if len(parts) == 1 and _KIN_MAILBOX.match(parts[0]):
        return True  # (round 22, writer BB) "far@…", "mum@…": a family member's own address
    # (round 16, red team r15) next to a word that names a function, a short unknown part is an
    # abbreviation of the service ("bpa-visitation", "jobcenter-fleks"), not someone's initials
    worded = len(parts) >= 2 and any(
        p in _ROLE_PARTS
        or (
            len(p) >= 4
            and not lex.is_name(p)
            and (lex.is_ordinary(_un_ascii(p, lex)) or lex.is_compound(_un_ascii(p, lex)))
        )
        for p in parts
    )
    if len(parts) == 1 and _joined_words(parts[0], lex):
        return False  # (round 33, writer CS) "vejogpark@", "kulturogfritid@": a department named by its fields
    if any(p in _INSTITUTION_PARTS for p in parts):
        return False  # (round 29, red team r37 a) an institution named after someone: "octavia.hill.centre@…", "edithcavell.house@"
    # (round 29, writer CH) a unit in the definite form names the mailbox; a place-like part beside it is the unit's place
    # ("ambulatoriet.lysholt@…"), a first name beside it is still a person's
    unit_named = _unit_mailbox(parts)
    for p in parts:
        if p in _ROLE_PARTS or p in _ACRONYM_PARTS:
            continue
        if worded and len(p) <= 5 and not lex.is_name(p):
            continue
        if unit_named and "F" not in lex.flags(p):
            continue
        # addresses are written without æ/ø/å: "sygefravaer", "arbejdsmiljo", "loen"
        p = _un_ascii(p, lex)
        if lex.is_name(p) and not lex.is_ordinary(p):
            return True
        abstract = bool(_ABSTRACT_NOUN.search(p)) and not _family_domain(domain)
        if not (lex.is_ordinary(p) or lex.is_compound(p) or abstract):
            # initials ("kbj@aarhus.dk") and unknown words are a person's mailbox
            return True
    return False


def email_spans(text: str) -> Iterator[tuple[int, int, bool]]:
    """(start, end, private) for e-mail addresses, also written "navn (at) firma (dot) dk",
    "navn snabel-a gmail punktum com" or with spaces around "@" and "."."""
    found: list[tuple[int, int]] = []
    for m in _EMAIL.finditer(text):
        start, local = m.start(), m.group("local")
        spaced = _SPACED_LOCAL.search(text[max(0, start - 30) : start])
        if spaced and re.match(r"\S+(?:\s@\s|\ssnabel[- ]?a\s|\sat\s)", m.group(0), re.IGNORECASE):
            # (round 27, writers BW, BX) an address written out with spaces: "somchai . boonmee @ hjemmenet . example",
            # "camila punktum fuentes snabel-a …" — the local part began before the spaced dot
            start, local = start - len(spaced.group(0)), spaced.group(1) + "." + local
        found.append((start, m.end()))
        domain = re.split(_DOT, m.group("domain"))[0]
        provider = bool(_WEBMAIL.match(domain) or _PROVIDER_DOMAIN.match(domain))
        if re.search(r"example\W*$", m.group(0), re.IGNORECASE) and not provider:
            # (round 26, writer BV) the reserved test domain: a person's mailbox only when it carries a name
            lex = lexicon()
            parts = [p for p in re.split(r"[._+\-\d]+", local.lower()) if p]
            # a given name that is no ordinary word, and no part that names a function ("hr", "booking", "løn");
            # (round 27, writers BW, BX) or two parts or more, each a name or an unknown word, one of them no
            # ordinary word: "rosa.fernandes", "somchai.boonmee"
            named = (
                # (round 28, writer CC) … also a given name the data know without its gender ("yonas_h[at]…")
                any(
                    (set(lex.flags(p)) & {"m", "f"} or ("F" in lex.flags(p) and len(p) >= 4)) and not lex.is_ordinary(p)
                    for p in parts
                )
                or (
                    len(parts) >= 2
                    and all(
                        (lex.is_name(p) or not (lex.is_ordinary(p) or lex.is_compound(p))) and not lex.is_place(p)
                        for p in parts
                        if len(p) > 1  # (round 31, writer CN) a single letter is an initial: "tharshini.s"
                    )
                    and any(not lex.is_ordinary(p) and len(p) >= 4 for p in parts)
                )
            ) and not any(
                p in _ROLE_PARTS or p in _ACRONYM_PARTS or (not lex.is_name(p) and lex.is_ordinary(_un_ascii(p, lex)))
                for p in parts
                # (round 28, writer CC) a single letter is an initial, not a word ("yonas_h")
                if p not in ("home", "privat", "private", "hjemme", "mail", "post") and len(p) > 1
            )
            # (round 29, writer CH) … nor a unit in the definite form beside a place-like part: "ambulatoriet.lysholt"
            named = named and not (_unit_mailbox(parts) and not any("F" in lex.flags(p) for p in parts))
            # (round 31, writer CM) a given name with digits is a person's own mailbox whatever word stands beside it
            # ("jette.skovmand81": a name and a birth year); a function mailbox carries no given name
            named = named or (
                bool(parts)
                and bool(re.search(r"\d", local))
                and bool(set(lex.flags(parts[0])) & {"m", "f"})
                and not lex.is_ordinary(parts[0])
                and not any(p in _ROLE_PARTS or p in _ACRONYM_PARTS for p in parts)
            )
            yield start, m.end(), named and not _org_context(text, start, m.end())
            continue
        # (the sentence before it, read past abbreviations: "Malerfirmaet Farve & Co. bruger …")
        sentence = re.split(r"[.!?]\s+(?=[A-ZÆØÅ])", text[max(0, m.start() - 90) : m.start()])[-1]
        club = _CLUB_BEFORE.search(sentence) and not _given_name_in(local)
        webmail = provider
        private = (
            # (round 31, writer CN) the whole mailbox, also one spelt out before the "at": "tharshini dot s at …"
            is_private_email(local, domain)
            and not (webmail and club)
            and (
                (webmail and not _SHARED_BEFORE.search(_clause_before(text, m.start())))
                or not _org_context(text, m.start(), m.end())
            )
        )
        yield m.start(), m.end(), private
    # (round 13, red team) a webmail account said without its ending: "mettelund hos gmail",
    # "sarahjbrown AT gmail" — a person's own mailbox when the name before it is no ordinary word
    lex = lexicon()
    for m in _WEBMAIL_SAID.finditer(text):
        if m.group("at") == "at" and not re.search(r"[._\d]", m.group("local")):
            continue  # "meet the team at gmail …"? only a mailbox-like word before a lower-case "at"
        if not lex.is_ordinary(m.group("local").lower()) and not any(a < m.end() and m.start() < b for a, b in found):
            yield m.start(), m.end(), True


_SPACED_LOCAL = re.compile(r"(?<![\w.@])([a-zæøå][\w+-]*)(?:\s?\.|\s(?:dot|punktum|prik))\s$", re.IGNORECASE)
_WEBMAIL_SAID = re.compile(
    # (round 23, writer BI) … also with a lower-case "at" when the mailbox has a dot, a digit or an underscore
    r"(?<![\w.@])(?P<local>[A-Za-z0-9][\w.+-]{3,})\s+(?P<at>hos|på|AT|at|\(at\)|\[at\]|snabel-?a|@)\s+"
    r"(?:gmail|googlemail|hotmail|outlook|yahoo|icloud|protonmail|live)\b(?!\.\w)",
)


# --- street addresses ------------------------------------------------------------------------
_CAP = r"[A-ZÆØÅ][a-zæøåéü]+"
_STREET_NAME = rf"(?:(?:{_CAP}|[A-ZÆØÅ]\.)(?:[ -](?:{_CAP}|[A-ZÆØÅ]\.))*?[ -]?)?{_CAP}"
_SUFFIX = (
    r"(?:vej|vejen|gade|gaden|allé|alle|stræde|strædet|vænge|vænget|plads|pladsen|torv|torvet|"
    r"boulevard|boulevarden|alleen|alléen|avenuen|promenaden|passagen|terrasse|terrassen|bakke|bakken|bakkerne|toft|toften|tofte|bryn|brynet|have|haven|park|parken|"
    r"lund|lunden|vang|vangen|mark|marken|eng|engen|enge|sti|stien|løkke|løkken|høj|højen|kær|"
    r"kæret|hegn|hegnet|ager|agre|bro|broen|dal|dalen|gård|gården|ring|ringen|krog|krogen|"
    r"kvarter|kvarteret|strand|sletten|slette|kilde|kilden|banke|bjerg|bjerget|dige|diget|"
    r"stykke|stykket|lod|lodden|gyde|gyden|passage|promenade|kaj|kajen|road|street|lane|"
    r"avenue|close|drive|way|square|bæk|bækken|mose|mosen|holm|holmen|skov|skoven|skrænt|skrænten|hage|hagen|"
    r"tange|tangen|næs|næsset|vig|vigen|lyng|lyngen|lykke|lykken|minde|mindet|vold|volden|"
    # (round 22, writer BC) "Ved Mølledammen 27"
    r"dam|dammen|søen|åen|gang|gangen)"
)
_NUMBER = r"(?P<num>\d{1,3}[A-Za-z]?)(?![\d.,]\d)(?!\s?(?:kr|%|år|timer|dage|uger|mdr|km|m\b|stk|gange?\b|times\b|x\b))"
# (round 13) … also a side alone after the house number: "mosevej 5 th"
_FLOOR = (
    r"(?:,? \d{1,2}\. \d{1,3}(?=[ ,.;:)?!]|$)|"  # (round 22, writer BC) a floor and a door number: "Lindeparken 210, 4. 12"
    r",? (?:st|kl|kld|\d{1,2})\.?(?: ?(?:tv|th|mf|sal)\.?)?(?=[ ,.;:)]|$)|,? (?:tv|th|mf)\.?(?=[ ,.;:)]|$))"
)
_POSTCODE = r"(?:,? \d{4} [A-ZÆØÅ][a-zæøå]+)"
_TOWN = r"(?:(?:,| i| in) [A-ZÆØÅ][a-zæøå]+)"
_ADDRESS = re.compile(rf"\b(?P<street>{_STREET_NAME}) (?:nr\.? ?)?{_NUMBER}(?P<tail>{_FLOOR}|{_POSTCODE}|{_TOWN})?")
_STREET_WORD = re.compile(rf"{_SUFFIX}$", re.IGNORECASE)
# (round 16, red team r15) A house number in words, with a town, postcode or floor after it:
# "Engtoften syv, Brabrand", "Ahornvej tolv, 8680 Ry", "twelve Elm Grove, Harrogate".
_NUMBER_WORD_DA = (
    r"(?:en|et|to|tre|fire|fem|seks|syv|otte|ni|ti|elleve|tolv|tretten|fjorten|femten|seksten|sytten|atten|nitten|tyve)"
)
_NUMBER_WORD_EN = (
    r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|"
    r"seventeen|eighteen|nineteen|twenty)"
)
_ADDRESS_WORDNUM = re.compile(
    rf"\b(?P<street>{_STREET_NAME}) (?:nummer |nr\.? ?)?{_NUMBER_WORD_DA}(?P<tail>{_FLOOR}|{_POSTCODE}|{_TOWN})"
    rf"|\b(?i:{_NUMBER_WORD_EN}) (?P<street_en>(?:[A-Z][a-z]+ ){{1,3}}(?:Road|Street|Close|Lane|Avenue|Drive|Way|"
    r"Court|Crescent|Gardens|Place|Terrace|Grove|Row|Walk|Hill|Square|Mews|Rise|View))\b(?=,? [A-Z]|,? \d{4})"
)
# "bor på Rosentoften", "lives at Birkebakken": a residence without a number is still one.
_RESIDENCE = re.compile(
    rf"(?:\bbor|\bbosat|\bbopæl|\bflyttet|\blives|\bliving|\baddress is|\badresse(?:n)? er)"
    rf"(?: \w+){{0,2}}? (?P<prep>på|i|ved|at|on|in) (?P<street>{_CAP}(?:[ -]{_CAP})*)"
)


# A residence phrase before a street with a number, in any case and either order: "hun bor
# nørregade 8 1.tv", "the lad lives at 17 Vesterbrogade, 3rd floor left".
_RESIDENCE_NUMBERED = re.compile(
    rf"\b(?:bor|boede|bosat|live|lives|lived|living|stays|staying|"
    # (round 11) a visit at someone's home: "hos familien i bøgehave 41", "at the tenant's on …"
    rf"hos (?:familien|borgeren|beboeren|forældrene|moren|faren|ham|hende|dem)|"
    rf"at the (?:family|tenant|citizen|resident|parents)'s|"
    # (round 12, writer AB) a move: "she moved to kirkestien 4", "er flyttet til …"
    rf"(?P<move>moved|moving|flyttet|flyttede|flytter)|hjemmefra|from home|"
    # (round 12, red team) a dwelling rented or stayed in, a new address given for someone
    rf"(?P<dwell>(?:en|et|a) (?:lejlighed|værelse|bolig|flat|room)|lejer (?:en|et) \w+)|hos (?:sin|sine|hans|hendes|his|her) \w+|"
    rf"ny adresse for [^:]{{1,40}}:)\s+(?:(?:på|i|ved|at|on|in|til|to)\s+)?"
    rf"(?:(?P<pre>\d{{1,4}}[a-z]?)\s+)?(?P<street>[a-zæøåA-ZÆØÅ][a-zæøå]*{_SUFFIX})\b"
    # a house number, also read aloud after "nummer" ("hybenbakken nummer tolv")
    rf"(?:\s+(?:(?:nr\.?|nummer|number)\s+)?(?P<post>\d{{1,4}}[a-z]?\b|(?<=nummer )[a-zæø]+\b|(?<=number )[a-z]+\b))?",
    re.IGNORECASE,
)


# Words that make an address someone's home when no organisation is named: a person is talked
# about ("hun", "borgeren", "the family", "my employee").
_PERSON_CUE = re.compile(
    r"\b(?:han|hun|ham|hende|hans|hendes|vedkommende|he|she|him|her|his|hers|"
    r"borger(?:en|ens)?|familie(?:n|ns)?|beboer(?:en|ens)?|lejer(?:en|ens)?|forælder|forældre(?:ne)?|"
    r"mor(?:en)?|far(?:en)?|barn(?:et|ets)?|eleven|patient(?:en)?|klient(?:en)?|medarbejder(?:en|ens)?|"
    r"kollega(?:en)?|ansatte|citizen|family|resident|tenant|parents?|mother|father|child|pupil|"
    r"patient|client|employee|colleague|staff member|"
    # round 9: a neighbour, an owner or applicant in a building case, a young person fetched from home
    r"nabo(?:en|er|erne)?|neighbou?rs?|(?:grund|hus|bolig)?ejer(?:en|ne)?|owners?|ansøger(?:en)?|bygherre(?:n)?|"
    r"ung|ungen|den unge|youngster|teenager|dreng(?:en)?|pige(?:n)?|kid)\b",
    re.IGNORECASE,
)


# A flat's side ("2. tv.", "st. th.") marks a home; a floor alone ("2. sal") is offices too.
_FLOOR_SIDE = re.compile(
    r"\d\.? ?(?:tv|th|mf)\b|\d+[a-z]? (?:tv|th|mf)\b|\bst\.? ?(?:tv|th|mf)\b|\bkl(?:d)?\.? ?(?:tv|th)\b|"
    r"\d,? \d{1,2}\. \d{1,3}$|"
    # (round 16, writer AP) the ground floor alone after the house number: "Pilekær 2, st."
    r"\d[a-z]?,? st\.?(?![\wæøå])|"
    # (round 30, writer CI) … or the basement flat: "Solsikkehaven 8, kld."
    r"\d[a-z]?,? kld\.?(?![\wæøå])"
)
# Mail sent to an address has a recipient: "skriv en julehilsen til …", "send the letter to …".
_RECIPIENT = re.compile(
    r"\b(?:skriv\w*|send\w*|post\w*|brev\w*|\w*hilsen|\w*kort|pakke\w*|write|send|sent|post|"
    r"mail|letter|card|parcel)\b[^.?!]{0,30}\b(?:til|to)(?:\s+(?:den|det|de|the|vores|our|min|my|nye|new|[\w-]+)){0,4}"
    r"\s+(?:på|at|,)?\s*$",
    re.IGNORECASE,
)


# (round 12) Who moves to a numbered street is a person: "she moved to …", "Jens er flyttet til …".
_PRACTICE = re.compile(
    r"(?:købmand|dyrlæge|læge|tandlæge|revisor|frisør|bager|slagter|advokat|apoteker|optiker|fysioterapeut|kiropraktor|"
    r"psykolog|vognmand|blomsterhandler|boghandler|smed|mekaniker|elektriker|vvs'er|tømrer|murer|maler)(?:en|n)?$"
)
_MOVER = re.compile(
    r"(?:\b(?:han|hun|he|she|they|de|jeg|i|familien|borgeren|beboeren|lejeren|moren|faren|the family|the tenant)|"
    r"(?-i:\b(?P<cap>[A-ZÆØÅ][a-zæøå]+)))\s+(?:(?:er|has|is|have|har|just|lige|netop|recently|nylig|are|was|var|fået|got|"
    r"found|fundet|lejet|rented|nu|now)\s+){0,2}$",
    re.IGNORECASE,
)


# (round 12) A person's own mail from the employer sent somewhere: "lønsedlen skal sendes til …",
# "can the salary slip go to …" — that is where they live.
_PAYSLIP_TO = re.compile(
    r"\b(?:lønsed\w*|payslips?|pay slips?|salary slips?|feriepenge\w*|pensionsbrev\w*)\b[^.?!]{0,30}\b(?:til|to)\s*$",
    re.IGNORECASE,
)


# A full name (two or more capitalised words) right before the address and a preposition.
_NAME_AT = re.compile(r"(?-i:\b(?P<name>[A-ZÆØÅ][a-zæøå]+(?: [A-ZÆØÅ][a-zæøå]+)+)) (?:på|at|on|i|hos|ved)\s*$")


def _private_name_at(text: str, start: int, end: int) -> bool:
    """The people finder reads text[start:end] as a private person (not an organisation or place)."""
    from .people import find_people  # late, as in _private_address

    return any(not p.public and p.start <= start and p.end >= end - 1 for p in find_people(text))


_POSTAL = re.compile(r"\b\d{4} [A-ZÆØÅ][a-zæøå]+")


# (round 10) Someone who lives at the address, in its sentence: "hvor familien … bor", "where she
# lives", "a tenant", "beboeren" (not "lejeren af caféen": a business's tenancy).
_RESIDENT_CUE = re.compile(
    r"\bhvor (?:\w+ ){0,6}bor\b|\bwhere (?:\w+ ){0,6}(?:lives?|stays?|is staying)\b|"
    # (round 25, writer BR) where a child or a citizen is picked up is their home: "Ny elev skal med skolebussen fra …"
    r"\bskal med (?:skole)?bussen fra\b|\b(?:hentes|afhentes|samles op) (?:på|fra|ved)\b|\b(?:picked up|collected) (?:from|at)\b|"
    r"\b(?:beboeren|(?:a|the) (?:new )?tenant|lejeren)\b(?! af| of)|"
    # (round 21) neighbours are residents: "Nabostriden på Granbakken 11 og 13", "the neighbours at …"
    r"\bnabo(?:en|erne|strid\w*|konflikt\w*|klage\w*|er)?\b|\bneighbou?r(?:s|'s|s')?\b|"
    # (round 12, writer AB) a home-care visit: "hjemmehjælpen skal ind ad bagdøren på …", "the home
    # carers let themselves in at …" — a citizen's home
    r"\b(?:hjemmehjælp\w*|hjemmeplejen|hjemmesygepleje\w*|home (?:care|help)\w*)\b[^.?!]{0,30}\b(?:ind ad|ind gennem|ind hos|"
    r"let (?:themselves|herself|himself) in|go in (?:at|through|by))\b",
    re.IGNORECASE,
)


# (round 11) The asker's own premises: "our garage at …", "vores depot på …" — a thing of ours
# at the address, not a person of ours ("our client at …", "vores borger på …").
_OUR_PREMISES = re.compile(
    r"\b(?:our|vores)\s+(?:[\w-]+\s+)?(?!(?:clients?|citizens?|residents?|tenants?|famil\w+|employees?|colleagues?|patients?|"
    r"borgere?|beboere?|klienter?|medarbejdere?|kolleg\w+|patienter?|lejere?|elever?|pupils?)\b)[\w-]+\s+(?:at|on|på|ved)\s*$",
    re.IGNORECASE,
)


# A person named by the address they come from: "den frivillige fra …", "the volunteer from …".
_FROM_ADDRESS = re.compile(r"\b([\w-]+)\s+(?:fra|from)\s*$", re.IGNORECASE)


_DWELLING = re.compile(
    r"\b(?:\w*hus|house|home|hjem|lejlighed|flat|apartment|villa|place|bolig|cottage|bungalow|kolonihave\w*)\b",
    re.IGNORECASE,
)


def _private_address(text: str, start: int, end: int) -> bool:
    """A street address is a private person's unless an organisation is named with it or acts
    at it ("vi flytter til …", "mødet holdes på …"); with neither, it is a home address only
    when the message talks about a person — an address alone names a place, not someone."""
    if business_named(text[max(0, start - 80) : start]):
        return False  # (round 27, red team r32 a) "Hansen & Søn, Industrivej 7": a firm named after its owner
    if re.match(r"[-–]\d", text[end : end + 2]) or re.search(r"\d[-–]\d+$", text[start:end]):
        return False  # (round 20, writer AX) "Kløvermarken 2-16": a row of houses, nobody's home
    host = re.search(
        # (round 32, red team r41 a) also with the host's relation before the name: "hos vores kollega Peter Nygaard, …"
        r"\bhos (?:(?:vores|min|mit|vor) (?:\w+ )?(?:kollega|kollegaer|kollegas|medarbejder|leder|chef|ven|veninde) )?"
        r"((?-i:[A-ZÆØÅ][a-zæøå]+))(?: (?-i:[A-ZÆØÅ][a-zæøå]+))?,?\s*$",
        text[max(0, start - 60) : start],
    )
    if host and set(lexicon().flags(host.group(1).lower())) & {"m", "f"}:
        return True  # (round 26, red team r31 a) "Julefrokosten holdes hos Bente, Lindevej 4": at someone's home
    if re.search(
        r"\b(?-i:[A-Z][a-z]+)(?: (?-i:[A-Z][a-z]+))?(?:'s|’s) (?:place|house|home|flat|apartment|garden)\s*,?\s*$",
        text[max(0, start - 60) : start],
    ):
        return True  # (round 32, red team r41 a) "The barbecue is at Dave Ellis's place, 14 Oak Road": someone's home
    if _INSTITUTION_DWELLERS.search(text[max(0, start - 60) : start]):
        return False  # (round 26, red team r31 a) "Beboerne på plejehjemmet bor på Skovvej 40, 2. sal": the home's own address
    moved_in = _MOVED_IN_AFTER.match(text[end : end + 80])
    if moved_in and any(
        w in ("he", "she", "they", "han", "hun", "de") or is_role(w) or "F" in lexicon().flags(w)
        for w in moved_in.group("who").lower().split()
    ):
        return True  # (round 30, writer CI) "… Solsikkehaven 8, kld., where one of our residents moved last week"
    if _FLOOR_SIDE.search(text[start:end]):
        # "Mosevangen 122, 2. tv.": a flat — a home, also where a service goes to it
        # ("Hjemmeplejen skal også køre til Rønnebærvej 14, 2. tv.") — unless an organisation is
        # located there ("Foreningens kontor ligger på Nørregade 4, 1. th.", round 8)
        before = _clause_before(text, start)
        # (round 20, writer AW) … or said to be open there: "Ejendomskontoret på Østervang 2, st., har åbent …"
        held = _HOLDS_HOUSE.search(before) or _HOLDS_HOUSE.search(_clause_after(text, end)[:30])
        return not (_org_context(text, start, end) and (_ORG_ACTION.search(before) or held))
    owner = _OWNED_ADDRESS.search(text[max(0, start - 60) : start])
    word = (owner.group("o") or owner.group("o2") or owner.group("o3")).lower() if owner else ""
    if (
        word
        and not is_role(word)
        and not _PERSONISH.search(word)
        and not set(lexicon().flags(word)) & {"F", "S"}
        and word not in ("hun", "han", "she", "he", "de", "they", "vi", "we", "jeg", "familien")
    ):
        return False  # (round 24, red team r26 a) "genbrugspladsens nye adresse: …", "the depot's new address is …"
    if _PAYSLIP_TO.search(_clause_before(text, start)):
        return True  # (round 12) where a person's payslip is sent is where they live
    moved = re.search(
        r"(?P<own>\b(?:our|my|vores|min|mit)\s+(?:\w+\s+)?)?\b(?P<who>[a-zæøå]+)\s+(?:has |have |is |er |har )?(?:moved|moving|flyttet|"
        r"flytter)\s+(?:\w+\s+)?(?:to|til)\s*$",
        text[max(0, start - 60) : start],
        re.IGNORECASE,
    )
    if moved and (
        (moved.group("own") and is_role(moved.group("who").lower()))
        or "F" in lexicon().flags(moved.group("who").lower())
    ):
        return True  # (round 29, writer CH) "Our volunteer moved to Østre Bygade 118": a person's new home
    if _LIVES_THERE_NEXT.match(text[end:]) and not re.search(r"\b(?:vi|we)\s*$", text[end : end + 120].split(",")[0]):
        return True  # (round 26, writer BU) "… Tranehaven 9 og Bindeledet 2? Det er der, de to sæsonarbejdere bor"
    of_person = _ADDRESS_OF.match(text[end : end + 80])
    if of_person and is_role(of_person.group("who").lower()):
        return True  # (round 21, writer AZ) "Gl. Landevej 154 er adressen på vores nye frivillige": a person's address
    named = _NAME_AT.search(text[:start])
    if named and _private_name_at(text, named.start("name"), named.end("name")):
        return True  # "besøge Villy Juhl på Kirkestien 3B": a named private person's address
    sentence = _clause_before(text, start, 120) + text[start:end] + _clause_after(text, end, 80)
    near = _clause_before(text, start)
    houses = _HOLDS_HOUSE.search(near) or _HOLDS_HOUSE.search(_clause_after(text, end)[:30])
    if _RESIDENT_CUE.search(sentence) and not (_ORG_ACTION.search(near) or houses):
        return True  # (round 10) "… til Solbakken 2A, hvor familien bor", "the tenant at Egeskoven 12"
    if _CARED_FOR_AT.search(near) and not _ORG_ACTION.search(near):
        return True
    if re.search(
        r"\b(?:me|mig|myself|mig selv|jeg selv)\s*[,:–-]\s*$", text[max(0, start - 20) : start], re.IGNORECASE
    ):
        return (
            True  # (round 27, writer BW) the asker's own home: "for the emergency contact sheet: me, Hybenhaven 9, …"
        )
    if _org_context(text, start, end):
        return False
    if _ORG_NAMED_AFTER.match(text[end : end + 90]):
        return False  # (round 29, red team r37 a) "Havnegade 14, 6700 Esbjerg – det er vores trykkeri"
    before, after = _clause_before(text, start), _clause_after(text, end)
    if _PRIVATE_CUE.search(before) or _PRIVATE_CUE.search(after[:25]) or _RECIPIENT.search(before):
        return True
    ours = _OUR_PREMISES.search(before)
    if ours and _DWELLING.search(ours.group(0)):
        return True  # (round 11, red team) "vores rækkehus på …", "our summer house at …": our home
    if _ORG_ACTION.search(before) or _ORG_ACTION.search(after[:30]) or ours:
        return False
    if re.search(r"(?-i:\b[A-ZÆØÅ]{2,6})\s*[,:]\s*$", text[:start]):
        return False  # "NFA, Lersø Parkallé 105, 2100 København Ø": an organisation's acronym, then its address
    if _POSTAL.search(text[start:end]) or _POSTAL.match(after.lstrip(" ,")):
        # a full postal address (postcode and town), no organisation named or acting: someone's —
        # unless an organisation is named in the sentence before and nobody private is in the
        # message (round 8: "Where is the hospital's HR department? The letter says Hospitalsparken 2, …")
        if _ORG_CUE.search(text[max(0, start - 150) : start]):
            from .people import find_people  # late, as below

            return any(not p.public for p in find_people(text))
        return True
    if _PERSON_CUE.search(text):
        return True
    came_from = _FROM_ADDRESS.search(before)
    if came_from and is_role(came_from.group(1).lower()):
        return True  # (round 15, writer AK) "den frivillige fra Rugmarken 9": a person by where they live
    from .people import (
        find_people,  # late: people.py is heavier and needs no contact data
    )

    return any(not p.public for p in find_people(text))


# English order: number first ("12 Rosewood Close", "221B Baker Street").
_ADDRESS_EN = re.compile(
    r"\b(?P<num>\d{1,4}[A-Za-z]?),? (?P<street>(?:[A-Z][a-z]+ ){1,3}(?:Road|Street|Close|Lane|Avenue|Drive|Way|"
    r"Court|Crescent|Gardens|Place|Terrace|Grove|Row|Walk|Hill|Square|Mews|Rise|View))\b"
)


# Number first before a Danish street name, with the postcode: "17 Skovbrynet, 3650 Ølstykke".
_ADDRESS_NUM_FIRST = re.compile(
    rf"\b(?P<num>\d{{1,3}}[A-Za-z]?),? (?P<street>[A-ZÆØÅ][a-zæøå]*{_SUFFIX})(?:{_FLOOR})?{_POSTCODE}"
)


# (round 12, writer AB) Number first without a postcode, in English order: "the tenant at 5
# Møllebakken" — a home only with a resident before it.
_ADDRESS_NUM_FIRST_BARE = re.compile(
    rf"\b(?:at|on|in) (?P<num>\d{{1,3}}[A-Za-z]?) (?P<street>(?:[A-ZÆØÅ][a-zæøå]+ )?(?=[A-ZÆØÅ])(?i:[a-zæøå]*{_SUFFIX}))\b"
)
# (round 13, red team) the house number said first in Danish: "i huset med nummer 23 på Kirkebakken",
# "i nummer 14 på Hvedemarken" — a home with a resident before it, as above.
_ADDRESS_NUMBER_ON = re.compile(
    rf"\b(?:nummer|nr\.?) (?P<num>\d{{1,3}}[A-Za-z]?) (?:på|on) (?P<street>{_CAP}(?:[ -]{_CAP})*)"
)


# (round 13, writer AD) A street typed in lower case with a flat's side: "manden på mosevej 5 th" —
# the side says it is a home.
_ADDRESS_LOWER_FLAT = re.compile(
    rf"\b[a-zæøå]+{_SUFFIX} \d{{1,3}}[a-z]?,? (?:(?:st|kl|\d{{1,2}})\.? ?)?(?:tv|th|mf)\b\.?"
)


# The one who lives there, named by an indefinite noun right before the relative clause ("en ravn, der bor …",
# "a fox that lives …"); a person noun keeps the residence private.
_THING_DWELLER = re.compile(r"\b(?:en|et|a|an)\s+([a-zæøå]+),?\s+(?:der|som|that|which|who)\s*$", re.IGNORECASE)
_PERSONISH = re.compile(
    r"(?:borger|beboer|famil|mand|kvinde|dame|dreng|pige|barn|ung|elev|patient|klient|lejer|nabo|person|citizen|resident|"
    r"man|woman|lady|boy|girl|child|kid|tenant|neighbour|neighbor|person|pensionist|senior|student|kollega|colleague)"
)


# The address of a place named by a definite noun in the genitive: "genbrugspladsens nye adresse:", "the depot's address is"
_OWNED_ADDRESS = re.compile(
    r"\b(?P<o>[a-zæøå]{3,}(?:en|et|ne))s\s+(?:nye\s+|gamle\s+)?adresse\w*\s*(?:er\s*)?[:,]?\s*$|"
    # (round 29, writer CE) … also "our"/"their" and a modifier: "Our recycling centre's address is …"
    r"\b(?:the|our|their|its)\s+(?:new\s+)?(?:[a-z]+\s+)?(?P<o2>depot|centre|center|office|library|school|hall|clinic|museum|station|site|plant|"
    r"recycling centre|council|jobcentre|pool|home)['’]s\s+(?:new\s+|old\s+)?address\s*(?:is\s*)?[:,]?\s*$|"
    # (round 25, writer BQ) a unit that has got a new address or moved: "æ driftsgård har fået ny adresse: …"
    r"\b(?P<o3>[a-zæøå]{4,})\s+(?:har fået (?:en )?ny adresse|er flyttet til|flytter til|has (?:got |a )?(?:new address|moved to)|"
    r"is moving to|moves to)\s*[:,]?\s*$",
    re.IGNORECASE,
)


_ORG_NAMED_AFTER = re.compile(
    r"[^.?!]{0,30}?(?:[.?!]\s+)?(?:[,–-]\s*|\b)(?:det er|it'?s|that'?s|which is|our|vores|hvor)\s+(?:vores |our |the |a |an )?(?:[\w-]+ )?"
    r"(?:trykkeri\w*|charity|supplier|leverandør\w*|firma\w*|company|printers?|shop|butik\w*|forhandler\w*|dealer|"
    r"organisation|forening\w*|værksted\w*|garage|vognmand\w*|bureau\w*|agency)\b",
    re.IGNORECASE,
)
_INSTITUTION_DWELLERS = re.compile(
    r"\b(?:beboerne|the residents|residents|patienterne|the patients|eleverne|børnene)\s+(?:på|at|of|i|in)\s+(?:the\s+)?"
    r"(?:plejehjem\w*|plejecent\w*|care home|nursing home|bosted\w*|botilbud\w*|hospice\w*|hospital\w*|skole\w*|school|"
    r"institution\w*|center\w*|centre|home)\b[^.?!]{0,30}$",
    re.IGNORECASE,
)


def address_spans(text: str) -> Iterator[tuple[int, int, bool]]:
    """(start, end, private) for street addresses: a street (any Danish street-name ending, or
    any capitalised name followed by a floor/side, a postcode or a town) with a house number,
    or a residence phrase ("bor på Rosentoften"). An address right after an organisation's
    name ("Aarhus Kommune, Rådhuspladsen 2") is the organisation's."""
    lex = lexicon()
    for m in _ADDRESS.finditer(text):
        street = m.group("street")
        last = street.split()[-1]
        if not (_STREET_WORD.search(last) or m.group("tail")):
            continue
        if m.group("tail") and not _STREET_WORD.search(last):
            # "Region Midtjylland 3, ..." or "Team 2, ...": a capitalised ordinary word or a
            # known place followed by a number is no street.
            low = last.lower()
            if lex.is_ordinary(low) or lex.is_place(low) or lex.is_name(low):
                continue
        yield m.start("street"), m.end(), _private_address(text, m.start("street"), m.end())
    for m in _ADDRESS_LOWER_FLAT.finditer(text):
        yield m.start(), m.end(), True
    for m in _ADDRESS_WORDNUM.finditer(text):
        street = m.group("street")
        if street is not None and not _STREET_WORD.search(street.split()[-1]):
            continue
        yield m.start(), m.end(), _private_address(text, m.start(), m.end())
    for m in _ADDRESS_EN.finditer(text):
        yield m.start(), m.end(), _private_address(text, m.start(), m.end())
    for m in _ADDRESS_NUM_FIRST.finditer(text):
        yield m.start(), m.end(), _private_address(text, m.start(), m.end())
    for m in _ADDRESS_NUMBER_ON.finditer(text):
        if _RESIDENT_CUE.search(text[max(0, m.start() - 60) : m.start()]) or _PRIVATE_CUE.search(
            _clause_before(text, m.start())
        ):
            yield m.start(), m.end(), True
    for m in _ADDRESS_NUM_FIRST_BARE.finditer(text):
        if _RESIDENT_CUE.search(text[max(0, m.start() - 40) : m.start()]) or _PRIVATE_CUE.search(
            _clause_before(text, m.start())
        ):
            yield m.start(), m.end(), True
    for m in _RESIDENCE_NUMBERED.finditer(text):
        if _INSTITUTION_DWELLERS.search(text[max(0, m.start() - 60) : m.start()]):
            continue  # (round 26, red team r31 a) "Beboerne på plejehjemmet bor på …": the home's own address
        subject_needed = m.group("move") or m.group("dwell")
        mover = _MOVER.search(text[max(0, m.start() - 30) : m.start()]) if subject_needed else None
        # (round 27, writer BX) a role moves home too: "Montøren er flyttet til Egevangen 9"
        role_mover = re.search(
            r"\b([\wæøå-]+)\s+(?:er|har|is|has)\s+(?:\w+\s+)?$", text[max(0, m.start() - 40) : m.start()]
        )
        if role_mover and is_role(role_mover.group(1).lower()) and not _PRACTICE.match(role_mover.group(1).lower()):
            mover = (
                role_mover  # (round 27, red team r33 a) not a practice or a shop: "Købmanden/Dyrlægen er flyttet til …"
            )
        if subject_needed and (
            mover is None
            or (mover.re is _MOVER and mover.group("cap") and "F" not in lex.names.get(mover.group("cap").lower(), ""))
        ):
            continue  # "vi flytter til …", "the office moved to …": premises move; a person moves home
        if m.group("pre") or m.group("post"):
            yield m.start("street") - (len(m.group("pre")) + 1 if m.group("pre") else 0), m.end(), True
    for m in _RESIDENCE.finditer(text):
        if _INSTITUTION_DWELLERS.search(text[max(0, m.start() - 60) : m.start()]):
            continue
        street = m.group("street")
        dweller = _THING_DWELLER.search(text[max(0, m.start() - 40) : m.start()])
        if dweller and not (is_role(dweller.group(1)) or _PERSONISH.search(dweller.group(1))):
            continue  # (round 24, writer BL) an animal or thing lives there: "en ravn, der bor i tårnet ved Lærkestien"
        if _STREET_WORD.search(street.split()[-1]):
            yield m.start("street"), m.end("street"), True
        elif m.group("prep") in ("på", "ved", "at", "on") and not lex.is_place(street.split()[0].lower()):
            # "bor på Rosentoften" is a street; "bor i Vorupør" is only a town.
            yield m.start("street"), m.end("street"), True
