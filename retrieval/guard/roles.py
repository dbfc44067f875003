"""Special ways of referring to a person, and names that belong to things: initials ("Rikke S.",
"JH fra lønkontoret", "J.K. at the Sydhavn depot"), unique roles at a named place
("skolelederen på Vestervang Skole", "the night nurse at Solgården care home"), nicknames ("vi
kalder ham Guffe"), and names of systems, products, storms and schemes ("systemet hedder
'Alma'", "stormen Malik")."""

from __future__ import annotations

import re

from .context import KIN, Context, Mention
from .patterns import (
    CALL_AFTER,
    CALL_BEFORE,
    CALLING,
    DEFINITE_RE,
    HANDLE,
    INITIALS,
    NAMED_INITIALS,
    NAMED_PLACE_TAIL,
    NOT_HANDLE,
    NOT_RELATIVE_OWNER,
    NOT_STAFF,
    OFFICE,
    ONLY,
    ONLY_ONE,
    PUBLIC_BODY,
    QUOTED_WORD,
    RELATIVE,
    ROOM_RESIDENT,
    STAFF_NUMBER,
    STREET_TOKEN,
    THING_AFTER,
    THING_BEFORE,
    UNIQUE_ROLE,
    UNIT_CODE,
    UNIT_RE,
    USE_BEFORE,
    USED_AFTER,
    USER_HANDLE,
    WORKED_FOR_US,
    WORKPLACE_PREP,
    is_org,
    is_role,
    place_tail,
)
from .sensitive import detail_spans
from .wordsets import (
    NAMING,
    ORG_WORDS,
    STOP,
)

__all__ = ["Roles"]


# (round 9) A hospital, university or museum is a public body whose head holds an office ("the
# director of Eastfield Hospital"), but its other staff are private people: "the head nurse at
# Eastfield Hospital", "afdelingssygeplejersken på … Sygehus", "the bursar at X University".
_STAFFED_INSTITUTION = re.compile(r"^(?:hospital|sygehus|universitet|university|museum|museet|rigshospitalet)$")
_HEAD_ROLE = re.compile(
    r"^(?:direktør\w*|\w*direktøren|rektor\w*|prorektor\w*|formand\w*|næstformand\w*|director|rector|"
    r"vice-chancellor|chancellor|president|chair|chairman|chairwoman|head|chief|leder|lederen|chef|chefen)$"
)


_ONLY_ONE_AFTER = re.compile(
    r"(?P<r>[\w-]+)\s*[(,–-]\s*(?:der er|vi har|hun er|han er|there is|there's|we have|we've got) "
    r"(?:kun|bare|only|just) (?:én|en|ét|et|one|1)\b|"
    # (round 19, red team r20 a) "Vores IT-mand, den eneste vi har, …", "our caretaker, the only one we have"
    r"(?P<r2>[\w-]+),?\s+(?:den eneste|det eneste|the only one)(?: (?:vi|we|der|som|that))? (?:har|have|has|er|is|we've got)\b",
    re.IGNORECASE,
)


# (round 9) One specific individual picked out by a description rather than a name — what a
# data-protection officer counts as identifiable inside the asker's own workplace: a demonstrative
# person with a restrictive phrase ("Ham der kører den røde Berlingo", "Hende ved skrivebord 14",
# "the guy with locker 23"), a role with a locator that carries a number, a name or a shift ("the
# driver of bus 14", "our driver on route S4", "Souschefen i PPR Nord", "vagten i Prinsens Palæ
# søndag aften"), and the numbers that stand for a person at work ("Badge 3318", "locker 23").
_DEMONSTRATIVE_PERSON = re.compile(
    # (round 16, writer AO) also after a dash or a comma: "… – ham med kasketten, der …"
    r"(?:^|[.!?:;]\s+|(?P<b>\s[–—-]\s+|,\s+)|\b(?i:om|med|til|about|with|to|for|og|and)\s+)"
    # (round 16, writer AP) "ham vejmanden fra Brovej-depotet": a pronoun before a definite noun
    r"(?P<p>(?i:ham(?: den \w+| (?!igen\b|selv\b|også\b|senere\b|bagefter\b)[a-zæøå]{3,}(?:en|n)\b)?|hende(?: den \w+)?|him|her|"
    r"the (?:[\w-]+ )?(?:guy|man|woman|lady|girl|boy|bloke|chap|fellow|lad)|"
    # (round 16, red team r15) a pronoun at a sentence start with a restrictive clause ("Han der vikarierer
    # som pedel …, har …") and one of a group ("Den af mine dagplejere, der …", "the one of our drivers who …")
    r"(?-i:Han|Hun)(?= (?:der|som) )|(?:den|the one|ham|hende) (?:af|of|blandt|among) (?:mine|vores|my|our|de|the) [\w-]+,?|"
    r"the one|fyren|manden|kvinden|damen|pigen|drengen|typen|knægten|"
    # (round 19, red team r20 a) a colleague by a description: "Kollegaen med kørestolen i lønafdelingen",
    # "Den kollega, der har parkeringspladsen ved indgangen", "Vores kollega der sidder ved vinduet i lokale 2.14"
    r"(?:vores |den |min )?kollega(?:en)?,?|(?:vores |den |min )?medarbejder(?:en)?,?|"
    # (round 13, writer AD) "Den der satte sig ind i tilsynsbilen … på Vejlevej i fredags", "the person who …"
    r"(?-i:Den)(?= (?:der|som) (?:[a-zæøå]+(?:ede|te)|skrev|tog|gik|kom|sad|stod|fik|gav|sagde|lod|drak|slog|stjal|smed|bad)\b)|the person|the colleague|the employee|the staff member|whoever(?= \w+ the)))\s+"
    r"(?P<c>(?i:der|som|who|that|with|med|ved|på|fra|i|on|at|in|from|wrote|sent|took|drove|left|posted|said))\b(?P<rest>[^.?!]{0,60})"
)
# A role at a body named by capitals, right before an apposition ("forskeren fra NFA", "the researcher at DTU")
_ROLE_AT_BODY_BEFORE = re.compile(
    r"\b(?:[a-zæøå]{3,}(?:en|et|ren)|the [a-z]+)\s+(?:fra|i|hos|på|at|from|in|of)\s+(?:[A-ZÆØÅ][\wæøå-]*\s*){1,3}$"
)
_COLLEAGUE_MARK = re.compile(
    r"(?i:(?:med|with)\s+(?:(?:den|det|de|the|his|her|hans|hendes|sin|sit|sine)\s+)?(?!(?:\w+\s+)?(?:advarsl|klage|sag|warning|complaint))"
    r"[\wæøå-]{4,}(?:en|et|erne|ne)?\b|"
    r"(?:der|som|who|that)\s+(?:sidder|har|kører|parkerer|bruger|sits|has|drives|parks|uses)\s+(?:ved|i|på|at|in|on|by|the|den|det)?\s*"
    r"(?:[\wæøå.-]+\s+){0,2}?(?:[\wæøå-]{3,}(?:en|et)|\d[\d.]*|window|desk|locker|parking\w*)\b)"
)
_LOCATOR = re.compile(
    r"\b(?P<r>[\w-]+)\s+(?i:of|on|at|in|from|for|ved|på|i|fra|hos)\s+(?:(?i:the|den|det|vores|our)\s+)?"
    r"(?P<mid>(?:[\w-]+,?\s+){0,3}?)(?P<q>\d+[A-Za-z]?\b|[A-ZÆØÅ]{1,3}\d+\b|[A-ZÆØÅ][\wæøå]+|"
    # (round 24, writer BN) a zone, lane or section named by one capital letter: "the cleaner in zone K"
    r"(?<=zone )[A-ZÆØÅ]\b|(?<=lane )[A-ZÆØÅ]\b|(?<=section )[A-ZÆØÅ]\b|(?<=afsnit )[A-ZÆØÅ]\b|(?<=bane )[A-ZÆØÅ]\b)"
)
# (round 22, writer BC) One person by the zone, route, beat or slot they hold: "Vagten med zone C4", "the
# radiographer who always takes the Sunday night slot", "whoever covers the harbour beat on Saturdays".
_BY_BEAT = re.compile(
    r"\b(?P<d>(?i:the|our|den|det|vores)\s+)?(?P<r>[\w-]+)\s+(?:(?i:med|with)\s+(?i:zone|zonen|rute|ruten|route|beat|"
    r"område|området|distrikt|district|area|bil|vogn|van|vehicle|kaldesignal|call sign)\s+(?:[A-ZÆØÅ]{0,3}\d+[A-Za-z]?|[A-ZÆØÅ]{1,3})\b|"
    r"(?i:who|der|som)\s+(?:(?i:always|altid|normally|normalt|usually|fast)\s+)?(?i:takes|covers|works|has|drives|does|tager|"
    r"dækker|kører|har)\s+(?:(?i:the|den|det)\s+)?(?:[\w-]+\s+){0,3}?(?i:slot|shift|beat|route|rute|ruten|round|runde|runden|"
    r"zone|zonen|[\w-]*vagt|[\w-]*vagten)\b)"
)
_WHOEVER_BEAT = re.compile(
    r"\b(?i:whoever|den der|hvem der end)\s+(?:(?i:always|altid)\s+)?(?i:covers|takes|works|dækker|tager|kører)\s+"
    r"(?:(?i:the|den|det)\s+)?(?:[\w-]+\s+){0,3}?(?i:slot|shift|beat|route|rute|ruten|round|zone|zonen|[\w-]*vagt|[\w-]*vagten)\b"
)
_STAFF_PAGE = re.compile(
    r"/(?i:medarbejdere|ansatte|employees|staff|people|personale|profil|profile|users?)/(?P<n>[a-zæøå]+[-_.][a-zæøå]+)(?:[/?#\s]|$)"
)
# An age group, not a person: "kvinden i 40'erne", "the woman in her 30s", "kvinden på 35"
_AGE_GROUP = re.compile(
    r"\s*(?:(?:i|in) (?:sine |hendes |his |her |their )?\d0'?(?:erne|s)\b|(?:på|of) \d{2}\b)", re.IGNORECASE
)
# The message is about the magazine's content: its people are interviewees, not the asker's staff
_ABOUT_TEXTS = re.compile(
    r"\b(?:interview\w*|artikl\w*|article|piece|bladet|magasinet|forsiden|the cover|nummer \d|issue \d|the magazine)\b",
    re.IGNORECASE,
)
# A number after a role's locator that counts something, a share or a duration: "med 40 ansatte", "1 of 4", "for 6 years"
_QUANTITY_AFTER = re.compile(
    r"\s*(?:%|procent|percent|of \d|ud af \d|/\d|år\b|years?\b|måneder|months?\b|uger|weeks?\b|dage|days?\b|timer|hours?\b|"
    r"ansatte|employees|staff|medarbejdere|beboere|residents|senge|beds|stop|stops|drivers|chauffører|børn|children|pupils|elever|"
    r"stuer|rooms|kr\b|mio|million|'erne|s\b)",
    re.IGNORECASE,
)
# A prepositional phrase with a definite place or unit: "med krykkerne i bogholderiet", "in the post room"
_PLACE_PHRASE = re.compile(
    r"\b(?:i|på|ved|fra) (?:vores |min |mit )?[\wæøå-]+(?:et|en|erne|ene)\b|\b(?:in|at|on) (?:the|our|my) [\w-]+",
    re.IGNORECASE,
)
# A definite or possessive role with the asker's own unit: "The head chef at our care centre"
_OWN_UNIT_ROLE = re.compile(
    r"\b(?:the|our|my|vores|min|mit)\s+(?:[\w-]+\s+)?(?P<r>[\w-]+)\s+(?:at|in|on|from|på|i|ved|fra)\s+(?:our|vores|my|min|mit)\s+"
    r"(?P<u>(?:[\w-]+\s+){0,2}[\w-]+)",
    re.IGNORECASE,
)
_INSTITUTION_NOUN = re.compile(
    r"(?:hjem|home|centre|center|centret|skole|school|library|bibliotek|hus|house|station|afsnit|ward)\w*$"
)
# One person by rank in a group: "den yngste af vores sosu-elever", "the oldest carer on our night team"
_RANK_IN_GROUP = re.compile(
    r"\b(?:den|det|the|vores|our|my|min) (?:yngste|ældste|nyeste|youngest|oldest|newest)"
    r"(?: (?:af|of|blandt|among) (?:vores|our|my|mine|de|the)\b| [\w-]+ (?:on|in|på|i) (?:our|vores|the|my|min)\b"
    # (round 24, writer BL) … or of the asker's own place: "Den ældste inspektør hos os", "the youngest carer with us"
    r"| [\w-]+ (?:hos|with) (?:os|us)\b"
    # (round 16, writer AP) … of a definite group: "den ældste af chaufførerne i Garage Syd"
    r"| (?:af|blandt) [a-zæøå-]{3,}(?:erne|ene)\b)"
    # (round 13, writer AD) by length of service, in a unit: "Den med længst anciennitet i servicedesken", "the
    # longest-serving porter on our ward"
    r"|\b(?:den|the one|the person) (?:med|with) (?:længst|mest|the longest|the most) (?:anciennitet|seniority|service|tenure)\b"
    r"(?=[^.?!]{0,20}\b(?:i|på|in|at|on)\s+(?:\w+(?:en|et)\b|the\b|our\b|vores\b|[A-ZÆØÅ]))"
    r"|\b(?:the|our|vores|den) (?:most senior|longest-serving|længst ansatte|mest erfarne) (?:[\w-]+ )?[\w-]+ (?:(?:on|in|at|på|i) "
    r"(?:our|vores|the|my|min|[A-ZÆØÅ])|(?:hos|with) (?:os|us)\b)",
    re.IGNORECASE,
)
# (round 16, red team r15) The asker's own holder of a rank needs no group: "our newest bin man", "vores
# ældste chauffør", "my longest-serving dinner lady" — a superlative with a possessive picks out one.
_OWN_SUPERLATIVE = re.compile(
    r"\b(?:vores|our|my|min|mit) (?:yngste|ældste|nyeste|seneste|youngest|oldest|newest|latest|longest-serving|"
    r"most senior|længst ansatte|mest erfarne|mest erfaren) (?:(?P<m>[\w-]+) )?(?P<r>[\w-]+)",
    re.IGNORECASE,
)
# Nouns for a person that are no job title ("bin man", "dinner lady", "den nye fyr")
PERSON_NOUN = re.compile(
    r"^(?:man|woman|lady|guy|bloke|chap|fellow|lad|girl|boy|mand|kvinde|dame|fyr|pige|dreng|kollega|colleague|"
    r"medarbejder|employee|ansat|starter|recruit|hire|member|vikar|temp|[a-zæøå]{3,}(?:mand|kvinde|dame|man|woman|lady))$"
)
# (round 16, red team r15) A new hire picked out by when they started: "the intern from Roskilde
# University who started this week", "praktikanten, der startede i mandags"
_STARTED_WHEN = re.compile(
    r"\b(?P<d>(?i:the|our|my|vores|min|mit|den|det)\s+)?(?:[\w-]+\s+)?(?P<r>[\w-]+)"
    r"(?:\s+(?i:from|fra)\s+(?:[\w-]+\s+){0,3}?[\w-]+)?,?\s+(?i:who|that|der|som)\s+"
    r"(?i:started|joined|began|startede|begyndte|kom|blev ansat|was hired)\s+(?:[\w-]+\s+){0,2}?"
    r"(?i:this|last|i går|yesterday|today|i dag|i mandags|i tirsdags|i onsdags|i torsdags|i fredags|i sidste|i denne|på mandag|"
    r"mandag|monday|i forrige|for (?:to|tre|\d) (?:uger|dage) siden|(?:two|three|\d) (?:weeks|days) ago)\b"
)
# (round 22, red team r23 a) … or by the month or season the asker hired them: "The driver we took on in
# June", "Den nye pedel, vi ansatte i januar", "the lad we took on as an apprentice in September"
_HIRED_IN = re.compile(
    r"\b(?P<d>(?i:the|our|my|vores|min|mit|den|det)\s+)(?:(?i:new|nye|young|unge|første|first|sidste|last)\s+)?(?P<r>[\w-]+),?\s+"
    r"(?:(?i:that|whom|som)\s+)?(?i:we|i|vi|jeg)\s+(?:(?i:have|har|had|havde)\s+)?"
    r"(?i:hired|took on|taken on|employed|recruited|ansatte|ansat|fik|fået|tog ind|taget ind)\s+"
    r"(?:(?i:as an?|som)\s+[\w-]+\s+)?(?i:in|i|back in|last|sidste|tilbage i)\s+"
    r"(?i:january|february|march|april|may|june|july|august|september|october|november|december|januar|februar|marts|"
    r"maj|juni|juli|oktober|spring|summer|autumn|winter|foråret|sommeren|efteråret|vinteren|sommer|vinter|"
    r"(?:19|20)\d\d)\b"
)
# (round 25, red team r28 a) … or by the day or week the asker hired them, with a pronoun or a plain person noun as the
# head: "Ham vi ansatte i forgårs som chauffør", "Den nye, vi ansatte i sidste uge", "The woman we hired on Monday"
_HIRED_WHEN = re.compile(
    r"\b(?P<h>(?i:ham|hende|den nye|det nye|the new one|the one|him|her|the (?:new )?(?:woman|man|guy|lad|girl|lady|bloke)|"
    r"(?:manden|kvinden|fyren|pigen|damen|drengen|knægten))|(?-i:[A-ZÆØÅa-zæøå][a-zæøå-]+(?:en|et|n)))\b,?\s+"
    r"(?:(?i:that|whom|who|som|der)\s+)?(?:(?i:we|i|vi|jeg)\s+)?"
    r"(?:(?i:have|har|just|lige)\s+)?(?i:hired|took on|taken on|employed|recruited|ansatte|ansat|tog ind|fik ind|begyndte(?: hos os)?|"
    r"startede(?: hos os)?|started|joined|began)\s+"
    r"(?:(?i:as an?|som)\s+[\w'-]+\s+)?(?:(?i:for|til|i|in)\s+(?:the\s+)?(?-i:[a-zæøå][\w'-]*)\s+)?(?:(?i:just|lige)\s+)?"
    r"(?i:i forgårs|i går|yesterday|today|i dag|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|"
    r"i (?:mandags|tirsdags|onsdags|torsdags|fredags|lørdags|søndags)|(?:i |in )?(?:sidste|last|forrige) (?:uge|week|måned|month)|"
    r"this (?:week|month)|i denne uge|for (?:to|tre|\d) (?:uger|dage) siden|(?:two|three|\d) (?:weeks|days) ago|"
    r"(?:før|efter|til|omkring|i) (?:jul|julen|nytår|nytåret|påske|påsken|sommerferien|efterårsferien|vinterferien)|"
    r"(?:before|after|at|over) (?:christmas|new year|easter|the summer|the holidays)|(?:i|in) (?:uge|week) \d{1,2})\b"
    r"|\b(?P<h2>(?i:the (?:new )?(?:woman|man|guy|lad|girl|lady|bloke)|ham|hende))\b,?\s+(?:(?i:that|whom|who|som|der)\s+)?(?i:we|vi)\s+"
    r"(?i:hired|took on|ansatte|tog ind)\s+(?i:at|in|i|til|før|efter|before|after)\s+(?:[\w-]+\s+){0,2}(?i:as an?|som)\s+[\w'-]+"
)
# (round 26, red team r30 a) … or by who sent them and when: "Ham bureauet sendte os i mandags", "The chap the agency
# sent us on Monday", "Den nye, vi fik via jobcentret i går"
_SENT_WHEN = re.compile(
    r"\b(?:ham|hende|den nye|det nye|the new one|the one|the (?:new )?(?:chap|guy|lad|girl|woman|man|lady|bloke|temp))\b,?\s+"
    r"(?:(?:that|who|som|der)\s+)?(?:(?:the|et|det)\s+)?(?:(?:vi|we)\s+(?:fik|got)\s+(?:via|through|from|fra)\s+(?:the\s+)?[\w-]+|"
    r"(?:[\w-]*bureau\w*|agency|jobcent\w*|vikarbureau\w*|temp agency)\s+(?:sendte|sent|gave)(?:\s+(?:os|us))?)\s+"
    r"(?:i forgårs|i går|yesterday|today|i dag|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|"
    r"i (?:mandags|tirsdags|onsdags|torsdags|fredags|lørdags|søndags)|(?:i |in )?(?:sidste|last|forrige) (?:uge|week|måned|month)|"
    r"this (?:week|month)|i denne uge)\b",
    re.IGNORECASE,
)
# (round 26, red team r30 a) one person by the slot they fill: "Our cleaner on the Tuesday morning round", "Our apprentice
# – we only have the one –", "The new one on our night team"
_ONE_BY_HABIT = re.compile(
    r"(?:^|[.!?]\s+)(?P<p>(?i:hende|ham|her|him|the one|den)),?\s+(?i:der|som|who)\s+(?i:altid|always|hver|every|plejer|normally|usually)\b"
)
_SLOT_ROLE = re.compile(
    r"\b(?:our|vores|the|den|det)\s+(?P<r>[\w-]+)\s+(?:on|på)\s+(?:the|our|vores|den|det)?\s*(?:monday|tuesday|wednesday|thursday|"
    r"friday|saturday|sunday|mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag)\w*\s+(?:[\w-]+\s+)?(?:round|shift|rota|run|"
    r"vagt\w*|runde\w*|tur\w*|hold\w*)\b|"
    r"\b(?:our|vores|min|my)\s+(?P<r2>[\w-]+)\s*[–—,(-]\s*(?:we|vi)\s+(?:only|kun)\s+(?:have|har)\s+(?:the\s+)?(?:one|én|en|et)\b|"
    r"\b(?:the new one|the new guy|the new girl|den nye|det nye)\s+(?:on|in|at|på|i)\s+(?:our|vores)\s+(?:[\w-]+\s+)?(?:team|crew|shift|hold|"
    r"vagt\w*|holdet)\b",
    re.IGNORECASE,
)
# (round 25, writer BR) … or by a habit colleagues know them by: "The agent who always sits by the window on the third
# floor", "den portør, der altid tager nattevagten"
_ALWAYS_ROLE = re.compile(
    r"\b(?P<d>(?i:the|den|det)\s+)(?:[\w-]+\s+)?(?P<r>[\w-]+),?\s+(?i:who|that|der|som)\s+(?i:always|altid|never|aldrig|plejer at)\b"
)
# (round 25, red team r29 a) The one assistant or driver of an office holder: "Rådmandens sekretær", "the mayor's driver",
# "The chief executive's PA"
_OFFICE_STAFF = re.compile(
    r"\b(?:(?i:the)\s+)?(?i:mayor|deputy mayor|chief executive|ceo|director|minister|chair|borgmester|rådmand|udvalgsformand|"
    r"direktør|kommunaldirektør|formand|regionsrådsformand)(?i:en|ens|s|'s|’s)\s+(?:(?i:personal|personlige|private)\s+)?"
    r"(?i:sekretær|chauffør|driver|pa|assistant|assistent|secretary|bodyguard|rådgiver|adviser|advisor|særlige rådgiver)\b"
    # as the subject: "Rådmandens sekretær er blevet skilt", "The mayor's driver has been charged" (not "rude to the mayor's PA")
    r"(?=\s+(?i:er|har|var|blev|bliver|is|has|was|had|got|gets|skal|kan|må|will)\b)"
)
# A new hire is one person: "vores nye lagerchef", "our new receptionist"
_CARED_FOR = re.compile(
    r"(?:borger|beboer|elev|patient|klient|barn|citizen|resident|pupil|student|client|child|famil|ansøger|applicant)"
)
# (round 19, writer AU) One holder of a responsibility no one else has: a singular role with a restrictive
# clause that gives it all of a caseload or a task ("Sagsbehandleren der har alle de unge under 30",
# "the caseworker who handles all sickness-benefit cases", "the porter who is responsible for the night keys").
_SOLE_RESPONSIBILITY = re.compile(
    r"\b(?:(?P<d>(?i:the|our|my|den|vores|min))\s+)?(?:[\w-]+\s+)?(?P<r>[\w-]+),?\s+(?i:who|that|der|som)\s+"
    r"(?i:has|handles|takes|covers|runs|owns|is responsible for|has responsibility for|is in charge of|looks after|does|"
    r"har|tager|dækker|kører|står for|har ansvaret for|er ansvarlig for|tager sig af|sidder med|passer)\s+"
    r"(?:(?i:all|every|alle|samtlige|hele|the whole|the entire|ansvaret for)\b"
    # (round 24, writer BK) … or a whole kind of work, as a plural: "the conservator who does the textiles"
    r"|(?i:the|de)\s+[a-zæøå]{4,}(?:s|erne|ene)\b"
    # (round 26, writer BS) … or one named activity: "the volunteer who runs the Thursday knitting circle"
    r"|(?i:the|den|det|our|vores)\s+(?:[\w-]+\s+){0,2}(?i:circle|club|choir|group|café|cafe|kiosk|shop|bar|canteen|kredsen|klubben|koret|"
    r"gruppen|caféen|kiosken|butikken|kantinen|baren|læsekredsen|strikkeklubben|roasts?|(?:monday|tuesday|wednesday|thursday|"
    r"friday|saturday|sunday)(?:s| nights?| mornings?| evenings?)|mandagsvagt\w*|tirsdagsvagt\w*|onsdagsvagt\w*|torsdagsvagt\w*|"
    r"fredagsvagt\w*|lørdagsvagt\w*|søndagsvagt\w*|weekendvagt\w*|weekend shifts?)\b)"
)
# (round 19, red team r20 a) the only one of a team with a thing: "The only one on our team with a company car"
_ONLY_ONE_WITH = re.compile(
    r"\b(?:the only one|den eneste)(?: (?:on|in|at|of|på|i|af) (?:our|vores|the|my|min|mit) [\w-]+)?,? (?:with|med|who|that|der|som)\b",
    re.IGNORECASE,
)
# (round 21) see Roles._described_or_distinguished
_DESCRIBED_ROLE = re.compile(
    r"(?:^|[.!?]\s+)(?P<d>(?i:the|den|det)\s+)(?:[\w-]+\s+)?(?P<r>[\w-]+)\s+"
    r"(?:(?i:with|med)\s+(?:(?i:the|den|det|de|his|her|hans|hendes|sin|sit|sine)\s+)(?:[\w-]+\s+){0,3}?[\w-]{4,},?\s+(?i:who|that|der|som)\b"
    r"|(?i:whose)\s+[\w-]+\s+(?i:we|i|you|everyone)\s+[a-z]+ed\b|(?i:hvis)\s+[\w-]+\s+(?i:vi|jeg|alle)\s+[a-zæøå]+(?:ede|te)\b)"
)
_ROLE_WHO = re.compile(
    # (round 23, writer BI) also the Danish article before a role: "Den P-vagt, der dækker havnen, …"
    r"(?:^|[.!?]\s+)(?P<the>(?i:the|den|det)\s+)?(?P<r>[A-ZÆØÅa-zæøå][\wæøå-]+),\s+(?i:der|som|who)\s+(?P<rel>[^,.!?]{5,70}?),\s+(?P<v>[\wæøå]+)"
)
# (round 24, writers BK, BL) … or a thing of theirs without a clause, then what they did: "Tolken med tigrinya er
# kommet tilbage …", "The teacher with the guide dog has asked …", "Pedellen med motorcyklen kom …"
_ROLE_WITH = re.compile(
    r"(?:^|[.!?]\s+)(?P<the>(?i:the|den|det)\s+)?(?P<r>[A-ZÆØÅa-zæøå][\wæøå-]+)\s+(?i:med|with)\s+"
    r"(?P<attr>(?:[\wæøå'’-]+\s+){0,3}?[\wæøå'’-]+)\s+(?P<v>(?i:has|is|was|had|har|er|var|havde|kom|came|got|fik|"
    r"asked|spurgte|bad|told|sagde|fortalte|called|ringede|skrev|wrote|sent|sendte|keeps|bliver|blev))\b"
    r"(?!\s+(?i:ret|entitled|right|pligt|obliged|required|forpligtet)\b)"
)
_NUMBERED_POST = re.compile(
    r"\s+(?:på|on|i|in|ved|at)\s+(?:the\s+)?(?:[a-zæøå]+)\s+(?:nr\.?\s*)?\d{1,4}\b(?!\s*(?:%|kr|procent|timer|hours|dage|days))"
)
_ONE_HOLDER = re.compile(
    r"(?:pedel|pedellen|kok|kokken|gartner|gartneren|receptionist|receptionisten|præst|præsten|graver|graveren|"
    r"kasserer|kassereren|bogholder|bogholderen|økonoma|økonomaen|vicevært|viceværten|"
    r"caretaker|janitor|cook|gardener|receptionist|bursar|verger|sexton|groundsman)"
)
_RULE_VERB = re.compile(
    r"(?i)^(?:skal|skulle|må|bør|kan|kunne|vil|should|must|shall|may|can|could|would|will|needs?|has to|have to)$"
)
_NEW_ONE_AT = re.compile(
    r"\b(?i:den nye|det nye|the new one|the new guy|the new girl|the newbie)\s+(?i:på|i|fra|on|in|at|from)\s+"
    r"(?:(?i:the|vores|our)\s+)?(?:[\w-]*(?i:vagt|vagten|holdet|teamet|shift|nights|days|team|crew|hold)\w*|[A-ZÆØÅ][\wæøå-]+)\b"
)
_DISTINGUISHED = re.compile(
    r"\b(?i:vinderen af|the winner of|modtageren af|the recipient of)\s+(?:[\w'’\"-]+\s+){0,3}?(?i:[\wæøå]*pris|[\wæøå]*prisen|award|prize|"
    r"trophy|pokal|pokalen|konkurrence|konkurrencen|competition|kåring|kåringen)\b|\b(?i:årets (?:medarbejder|kollega|guide|leder)|"
    r"employee of the (?:year|month)|(?:staff|colleague) of the (?:year|month))\b|"
    # (round 22, writer BD) the owner of one thing everybody knows: "Ejeren af den røde ladcykel", "the owner of the blue van"
    r"\b(?i:ejeren af (?:den|det) [\wæøå-]+ (?:ladcykel|cykel|bil|varevogn|motorcykel|scooter|hund|kat|campingvogn|jakke|"
    r"kaffekop|madkasse)|the owner of the [\w-]+ (?:cargo bike|bike|bicycle|car|van|motorbike|scooter|dog|cat|caravan|jacket|mug))\b"
)
_PERSON_IN_THING_CALLED = re.compile(
    r"\b(?:person|young person|youth|youngster|boy|girl|lad|guy|man|woman|citizen|resident|client|pupil|student|patient|"
    r"employee|mentee|participant|child|kid|trainee|apprentice|intern|volunteer|ung|ung person|dreng|pige|fyr|mand|kvinde|borger|"
    r"beboer|klient|elev|patient|lærling|praktikant|frivillig|"
    r"medarbejder|deltager|barn)\s+(?:in|on|at|from|i|på|fra|hos)\s+(?:our|the|my|vores|min|mit|det|den)\s+(?:[\w-]+\s+){0,2}"
    r"(?:called|named|kaldet|der hedder|som hedder|who is called)\s*['\"‘“«]?$",
    re.IGNORECASE,
)
_USER_ID = re.compile(
    r"\b(?i:agent|user|employee|operator|staff member|caller|medarbejder)\s+#?(?P<d>\d{3,6}|\d{2,3}[-./]\d{2,4})\b(?![-./]\d)|\b(?i:user)\s+(?P<n>[a-z]{2,4})\b"
)
# (round 26, writers BU, BV) a nickname explained in brackets as a person ("Fuglen (ham den høje gartner med skægget)");
# people by their family name and a plural ("The Nwachukwu twins")
_NICKNAME_BRACKET = re.compile(
    r"(?<![\w])(?P<n>[A-ZÆØÅ][a-zæøå]+)\s*\((?i:ham|hende|him|her|the one|den|han|hun|he|she)\b[^)]{3,60}\)"
)
# (round 26, writer BU) a romanised given name with a lower-case second part ("Min-seo", "Ji-woo") before what is said
# of its bearer
_HYPHEN_GIVEN = re.compile(
    # (round 27, writers BY, BZ) … also before a modal, a preposition or "and", and in the possessive: "so Eun-ji can get
    # to …", "tre klager over Hyun-woo fra patienter", "put Soo-ah on a plan"
    r"(?<![\w-])(?P<n>[A-Z][a-z]{1,6}-[a-z]{2,6})(?=(?:['’]s)?,?\s+(?:who|som|der|has|have|is|was|har|er|var|blev|got|fik|skal|will|"
    r"can|kan|could|kunne|vil|wants|needs|skal|from|fra|on|in|i|på|at|og|and)\b)"
)
# (round 27, writer BZ) a given name and the initial of a surname: "Tharshini S.", "Mette K."
_NAME_INITIAL = re.compile(r"(?<![\w-])(?P<n>[A-ZÆØÅ][a-zæøå]{2,})\s+[A-ZÆØÅ]\.(?=\s|$|\)|,)(?!\s*[A-ZÆØÅ][a-zæøå])")
_FAMILY_PLURAL = re.compile(
    r"\b(?i:the|de)\s+(?P<n>[A-ZÆØÅ][\wæøå-]+)\s+(?i:twins|kids|children|boys|girls|brothers|sisters|tvillinger|"
    r"børn|drenge|piger|brødre|søstre)\b"
)
_NEW_ONE = re.compile(r"\b(?:vores|our|min|mit|my) (?:nye|new|nyansatte|newly hired) (?P<r>[\w-]+)", re.IGNORECASE)
# Acronyms of public bodies, where a role's holder is an office holder or one of many
_ACRONYM_BODY = re.compile(r"^(?:KL|EU|FN|UN|DR|TV|DSB|SKAT|NHS|FOA|HK|DJØF|DSR|BUPL|DLF|LO|FH)$")
_PERSON_NUMBER = re.compile(
    # (round 16, writer AO) also keys, radio call signs and staff ids: "pedellen med nøglebundt 9"
    r"\b(?i:badge|locker|desk|skab|skrivebord|plads|nummerplade|number plate|licen[cs]e plate|brik|chip|kort|"
    r"nøglebundt|nøglering|key ?ring|keys|kaldesignal|call ?sign|radio|medarbejder-?id|employee id|staff id|lønnummer)"
    r"(?:\s*(?i:nr\.?|no\.?|number|nummer))?\s*#?\s*(?:[A-Z]{1,3}\s?)?\d{1,6}\b|"
    # (round 19, writer AV) a radio call sign said as a word and numbers: "Radiokaldenavn Delta 7-2", "call sign Bravo 12"
    r"\b(?i:(?:radio)?kaldenavn\w*|(?:radio)?kaldesignal\w*|call ?sign)\s*:?\s*[A-Z][a-z]+[ -]?\d{1,3}(?:-\d{1,3})?\b"
)
_SHIFT_WORDS = re.compile(
    r"\b(?:nat|aften|dag|morgen|weekend|søndag|lørdag|mandag|tirsdag|onsdag|torsdag|fredag|night|evening|morning|"
    r"weekday|weekend|sunday|saturday|monday|tuesday|wednesday|thursday|friday|early|late|tidlig|sen)\w*",
    re.IGNORECASE,
)


def _singular_staff_role(role: str) -> bool:
    """A staff role noun in the singular: not citizens or relatives, not an office, not a plural
    ("vores teamledere på kursus", "our drivers on route 4" are many)."""
    if not is_role(role) or NOT_STAFF.search(role) or OFFICE.search(role):
        return False
    return not (role.endswith(("ere", "erne", "ene")) or (role.endswith("s") and not role.endswith("ss")))


# A named institution: capitalised words ending in an institution's head noun ("Kirkebakkens
# Dagtilbud", "Egebjerg Bibliotek", "Nordhavn Plejecenter", "Vestervang Skole").
_NAMED_INSTITUTION = re.compile(
    r"(?-i:[A-ZÆØÅ][\wæøå'’-]+(?: [A-ZÆØÅ][\wæøå'’-]+)* )(?-i:[A-ZÆØÅ]?)(?i:skole|dagtilbud|bibliotek|plejecenter|"
    r"plejehjem|børnehave|vuggestue|børnehus|jobcenter|hospital|sygehus|center|centret|klinik|bosted|botilbud|"
    r"school|library|care home|nursing home|centre|clinic|kindergarten|nursery|depot|station|museum)\w*\b"
)


_HEAD_OF_BODY = re.compile(
    r"(?:formand|formanden|næstformand|direktør|director|chair\w*|president|ceo|chief|administrerende|adm)\b"
)
# (round 32) A named organisation's possessive, then a role: "Lejre Kommunes klimakoordinator",
# "Nottingham City Council's tree officer".
_ORG_POSSESSIVE_ROLE = re.compile(
    r"(?P<org>(?-i:[A-ZÆØÅ][\w-]+(?: [A-ZÆØÅ][\w-]+){0,3}))(?:s|'s|’s) (?P<role>[a-zæøå]{4,})"
    # an English title of two words ends in a role head: "tree officer", "parking manager"
    r"(?: (?P<role2>officer|manager|coordinator|supervisor|adviser|advisor|inspector|warden|keeper|clerk|lead|"
    r"technician|assistant|worker))?\b(?![-’'])"
)


class Roles(Context):
    """The special detectors, on top of the shared context."""

    def names_a_thing(self, m: Mention) -> bool:
        """The name belongs to a system, product, storm or scheme, not a person: "systemet
        hedder 'Alma'", "stormen Malik", "Marius, vores nye vagtplan-robot", "Sofie-appen",
        "Bruger I Viggo eller Tabulex?", "the Ada assistant"."""
        before = self.text[max(0, m.start - 60) : m.start]
        after = self.text[m.end : m.end + 60]
        if _PERSON_IN_THING_CALLED.search(before):
            return (
                False  # (round 26, writer BS) "a young person in our programme called Idris": the person is called so
            )
        first, _, rest = self.text[m.start : m.end].partition(" ")
        if rest and THING_BEFORE.search(first + " "):
            # (round 24, writer BK) … but a storm or product bears a given name: a surname after the word
            # (a surname without a given name's gender in the name data) makes a person's full name,
            # "Storm Larsen just came back from rehab"
            last = self.lex.flags(rest.split()[-1].lower())
            return not ("S" in last and "m" not in last and "f" not in last)  # "Stormen Malik": one run
        # (round 27, red team r33 a) "use Tariq, who is …", "bruge Lars Kjær fra vores rengøring": a person described after it
        described = re.match(
            r"\s*,?\s*(?:who|der|som)\b|\s+(?:fra|from|in|i|på|on)\s+(?:vores|our|the|my|min|mit|[a-zæøå][\w-]*(?:en|et)\b)",
            after,
        ) or WORKED_FOR_US.search(self.text[m.end : m.end + 220])
        return bool(
            THING_BEFORE.search(before)
            or THING_AFTER.match(after)
            or (USE_BEFORE.search(before) and not described)
            or USED_AFTER.match(after)
        )

    def nicknames(self) -> list[Mention]:
        """A word introduced as what people call someone: "vi kalder ham Guffe", "Skipper, som
        vi kalder vores pedel", "known as Smithy", "we call her Bex" — whatever the word is."""
        out = []
        # A capitalised word in quotes with a workplace after it, when it is no ordinary word or
        # the message speaks of calling someone: "'Bamse' på vejkontoret – alle kalder ham det"
        # (not "'trivsel' på arbejdspladsen").
        calling = bool(CALLING.search(self.text))
        for m in QUOTED_WORD.finditer(self.text):
            w = m.group("n")
            first_name = w.lower() in self.lex.first_names
            # (round 12, red team) "'the Professor' from IT support": an article, then the nickname
            the = re.match(r"(?:the|den|det) (?=[A-ZÆØÅ])", w)
            if the:
                w = w[the.end() :]
            if (
                not w[0].isupper()
                or w.lower() in STOP
                or not (
                    calling
                    or the is not None
                    or first_name
                    or not self.lex.is_ordinary(w.lower())
                    # (round 12, writer AA) a quoted word as the subject of a sentence: ""Smokey" on
                    # the night crew smells of booze"
                    or (m.group(0)[0] in '"“' and re.search(r"(?:^|[.!?]\s)\W?$", self.text[: m.start("n")]))
                )
            ):
                continue
            k = next((i for i, t in enumerate(self.toks) if t.start >= m.end()), None)
            if k is not None and self.workplace_at(k):
                out.append(Mention(m.start("n"), m.end("n"), False))
        # (round 24, writer BK) any quoted capitalised word placed at a numbered post, as one crew member is:
        # "at 'Svensken' på kran 3 igen har overtrådt …", "'Tiger' on route 14 keeps …"
        for m in QUOTED_WORD.finditer(self.text):
            w = m.group("n")
            if w[0].isupper() and w.lower() not in STOP and _NUMBERED_POST.match(self.text[m.end() :]):
                out.append(Mention(m.start("n"), m.end("n"), False))
        out += [Mention(m.start("n"), m.end("n"), False) for m in _NICKNAME_BRACKET.finditer(self.text)]
        for m in _HYPHEN_GIVEN.finditer(self.text):
            low = m.group("n").lower()
            first, _, second = low.partition("-")
            # (round 27) a compound check reads "hyunwoo" as two words; both parts ordinary words make a compound
            if not (
                self.lex.is_ordinary(low)
                or self.lex.is_ordinary(low.replace("-", ""))
                or (
                    len(first) >= 4
                    and len(second) >= 4
                    and self.lex.is_ordinary(first)
                    and self.lex.is_ordinary(second)
                )
            ):
                out.append(Mention(m.start("n"), m.end("n"), False))
        for m in _NAME_INITIAL.finditer(self.text):
            low = m.group("n").lower()
            if not self.lex.is_ordinary(low) and not self.lex.is_place(low) and low not in STOP:
                out.append(Mention(m.start("n"), m.end("n"), False))
        for m in _FAMILY_PLURAL.finditer(self.text):
            if not self.lex.is_ordinary(m.group("n").lower()) and not self.lex.is_place(m.group("n").lower()):
                out.append(Mention(m.start("n"), m.end("n"), False))
        for rx in (CALL_BEFORE, CALL_AFTER):
            for m in rx.finditer(self.text):
                w = m.group("n")
                if w.lower() in STOP or w.lower() in NAMING:
                    continue
                out.append(Mention(m.start("n"), m.end("n"), False))
        return out

    def relatives(self) -> list[Mention]:
        """A relative of someone named or of a unique role ("Borgmesterens søn", "Kasper Edwards'
        kone", "the caretaker's wife"), and the one resident of a numbered room at a home."""
        out = []
        for m in RELATIVE.finditer(self.text):
            if not KIN.match(m.group("kin").lower()):
                continue
            owner = m.group(0).split()[0]
            base = re.sub(r"(?:'s|’s|'|s)$", "", owner.lower())
            if NOT_RELATIVE_OWNER.match(owner) or owner.lower() in STOP or base in STOP:
                continue
            if (
                is_org(base)
                or base in ORG_WORDS
                or self.lex.is_place(base)
                or re.search(r"(?:kommune|region|firma|virksomhed|stat|skole|afdeling|forvaltning)(?:n|en|et)?$", base)
            ):
                continue  # "Kommunens mand i sagen": an organisation's representative
            out.append(Mention(m.start(), m.end(), False))
        out += [Mention(m.start(), m.end(), False) for m in ROOM_RESIDENT.finditer(self.text)]
        return out

    def staff_numbers(self) -> list[Mention]:
        """An employee or staff number stands for its person: "employee #51922", "medarbejder
        nr. 4471", "lønnummer 88213" — and so does a chat handle ("@mjensen2")."""
        out = [Mention(m.start(), m.end(), False) for m in STAFF_NUMBER.finditer(self.text)]
        # (round 22, writer BE) a person's page in a staff directory: ".../medarbejdere/rannva-poulsen/fravaer"
        out += [Mention(m.start("n"), m.end("n"), False) for m in _STAFF_PAGE.finditer(self.text)]
        handles = (m for m in HANDLE.finditer(self.text) if m.group(1).lower() not in NOT_HANDLE)
        out += [Mention(m.start(), m.end(), False) for m in handles]
        # (round 26, writer BU, BV) a staff or user number or a short user id: "Agent 3307", "User jmh"
        for m in _USER_ID.finditer(self.text):
            n = m.group("n") or ""
            if m.group("d") or (n.lower() not in STOP and not self.lex.is_ordinary(n.lower())):
                out.append(Mention(m.start(), m.end(), False))
        # a user name on a platform: "brugeren 'trillebør82'", "the user jlarsen_7"
        return out + [Mention(m.start(), m.end(), False) for m in USER_HANDLE.finditer(self.text)]

    def dotted_initials(self) -> list[Mention]:
        """ "Rikke S.", "Jytte M.", "Mr. A. Rahimi", "A.B. fra driften"."""
        out = []
        for m in re.finditer(r"\b([A-ZÆØÅ][a-zæøå]+) ([A-ZÆØÅ])\.(?=[\s,;:)]|$)", self.text):
            w = m.group(1).lower()
            if w in self.lex.first_names and w not in STOP and not self.names_a_place(m.end()):
                out.append(Mention(m.start(), m.end(), False))
        for m in re.finditer(
            r"\b(?:Mr|Mrs|Ms|Miss|Dr|Fru|Hr)\.? (?:(?:[A-ZÆØÅ]\. ?)*[A-ZÆØÅ][a-zæøå]+|[A-ZÆØÅ]\b)", self.text
        ):
            out.append(Mention(m.start(), m.end(), False))
        out += [Mention(m.start(), m.end(), False) for m in NAMED_INITIALS.finditer(self.text)]
        for m in INITIALS.finditer(self.text):
            end = m.end()
            before = [t for t in self.toks if t.end <= m.start()]
            if before and is_role(before[-1].lower) and self.text[before[-1].end : m.start()].strip() == "":
                out.append(Mention(m.start(), end, False))  # "min medarbejder A.K.H."
                continue
            # (round 10) the sender of a message ("sms fra K.T.", "an email from J.R."), or a
            # parenthesis after the initials that places them ("K.T. (rengøring, afsnit B4)")
            if re.search(
                r"\b(?:sms|mail|e-mail|email|besked|beskeden|text|message|note|brev|voicemail|opkald|call) (?:fra|from)\s*$",
                self.text[: m.start()],
                re.IGNORECASE,
            ):
                out.append(Mention(m.start(), end, False))
                continue
            if re.match(r"\s+(?:ringede|ringer|skrev|skriver|called|rang|phoned|wrote|texted)\b", self.text[end:]):
                out.append(Mention(m.start(), end, False))  # "K.T. ringede i morges: …"
                continue
            paren = re.match(r"\s*\(([^)]{2,60})\)", self.text[end:])
            if paren and any(
                is_role(w) or UNIT_RE.search(w) or DEFINITE_RE.match(w)
                for w in re.findall(r"[\wæøå-]+", paren.group(1).lower())
            ):
                out.append(Mention(m.start(), end, False))
                continue
            toks_after = [i for i, t in enumerate(self.toks) if t.start >= end]
            if (
                toks_after
                and self.toks[toks_after[0]].lower in WORKPLACE_PREP
                and len(m.group(0)) <= 6
                and (self.workplace_at(toks_after[0]) or self.toks[toks_after[0]].lower in ("fra", "from"))
            ):
                out.append(Mention(m.start(), end, False))
        return out

    def _role_of_named_organisation(self) -> list[Mention]:
        """(round 32, red team r41 a) A staff role in a named organisation's possessive: "Lejre Kommunes
        klimakoordinator", "Nottingham City Council's tree officer" — the one holding that post there
        (an office holder stays public by title: "Lejre Kommunes borgmester")."""
        out = []
        for m in _ORG_POSSESSIVE_ROLE.finditer(self.text):
            head = m.group("org").split()[-1].lower()
            role = m.group("role").lower()
            last = (m.group("role2") or "").lower()
            if not (is_org(head) or head in ORG_WORDS or head in ("council", "kommune", "region", "county", "trust")):
                continue
            if (
                STREET_TOKEN.search(head)
                or OFFICE.search(m.group(0).lower())
                or OFFICE.search(role)
                or OFFICE.search(last)
            ):
                continue
            if _HEAD_OF_BODY.match(role):
                continue  # the head of an organisation is public by title: "KL's formand", "NFA's director"
            if is_role(role) or (last and is_role(last)) or UNIQUE_ROLE.match(role):
                out.append(Mention(m.start(), m.end(), False))
        return out

    def _role_at_place_named_before(self) -> list[Mention]:
        """(round 11, red team) A sentence that names an institution, then a staff role in the
        definite at the start of the next: "Det gælder Kirkebakkens Dagtilbud. Køkkenassistenten
        der er …", "It's about Nordhavn Plejecenter. The night nurse there …" — the one at that place."""
        out = []
        toks = self.toks
        for i, t in enumerate(toks):
            start = i == 0 or bool(re.search(r"[.?!]\s*$", self.text[toks[i - 1].end : t.start]))
            j = i
            if toks[i].lower == "the" and i + 2 < len(toks) and not UNIQUE_ROLE.match(toks[i + 1].lower):
                j = i + 2 if is_role(toks[i + 2].lower) else i + 1  # "The night nurse", "The caretaker"
            elif toks[i].lower == "the":
                j = i + 1
            if not start or i == 0 or OFFICE.search(toks[j].lower):
                continue
            if not (UNIQUE_ROLE.match(toks[j].lower) or self.definite_staff_role(j)):
                continue
            prev = self.text[max(0, toks[i - 1].end - 120) : toks[i - 1].end]
            prev = re.split(r"[.?!]\s", prev)[-1]
            if _NAMED_INSTITUTION.search(prev):
                out.append(Mention(t.start, toks[j].end, False))
        return out

    def _definite_unit_at(self, k: int) -> bool:
        """A definite unit or institution at token k: Danish definite ("rådhuset", "kantinen") or
        English after "the" ("the care home", "the main library"), within two words."""
        toks = self.toks
        english = k > 0 and toks[k - 1].lower == "the"
        for x in toks[k : k + 3]:
            if x.title or x.lower in ("og", "and", "som", "who", "der", "that", "with", "med"):
                return False
            if UNIT_RE.search(x.lower) and (english or DEFINITE_RE.match(x.lower)):
                return not self.lex.is_place(x.base)
        return False

    def definite_staff_role(self, i: int) -> bool:
        """A staff role that points at one person: Danish definite singular ("sygeplejersken",
        "pædagogen", "chaufføren") or English "the (night/head) nurse" — not citizens, pupils or
        relatives, who are many at any place."""
        t = self.toks[i]
        low = t.lower
        if not is_role(low) or NOT_STAFF.search(low):
            return False
        if low.endswith(("erne", "ene")) or (low.endswith("ne") and not low.endswith("nen")):
            return False  # plural: "pædagogerne"
        if (re.search(r"(?:en|n|et)$", low) and not low.endswith(("ren", "men"))) or low.endswith(
            ("eren", "aren", "øren", "oren", "damen")  # (round 12) "chaufføren", "rengøringsdamen"
        ):
            return True
        before = [x.lower for x in self.toks[max(0, i - 2) : i]]
        return "the" in before and not low.endswith("s")

    def names_a_place(self, end: int) -> bool:
        """The capitalised words after `end` end in a place word: "Johannes V. Jensens Allé",
        "H.C. Ørsteds Vej" — the initials belong to a street or institution name."""
        words = re.match(r"(?:\s+[A-ZÆØÅ][\wæøå'’.-]*){1,3}", self.text[end:])
        if not words:
            return False
        last = words.group(0).split()[-1].lower()
        nxt = re.match(r"\s+(\w+)", self.text[end + words.end() :])
        return place_tail(last) or bool(nxt and place_tail(nxt.group(1).lower()))

    def _our_role_at_named_place(self) -> list[Mention]:
        """(round 8) The asker's one holder of a role when the message names the workplace: "Jeg er
        leder af kulturhuset i Nordby. Vores cafébestyrer …", "our caretaker at Hillside School"."""
        out = []
        # (round 24, writer BN) a one-holder role the asker has needs no place: "Vores pedel deler …", "our caretaker
        # has …" — a caretaker, cook, gardener or receptionist is one person (not a leader, of whom there are many)
        for m in re.finditer(r"\b(?:vores|our|min|my)\s+(?P<r>[\w-]+)", self.text, re.IGNORECASE):
            noun = m.group("r").lower()
            if _ONE_HOLDER.fullmatch(noun):
                out.append(Mention(m.start(), m.end(), False))
        place = re.search(r"\b(?:i|på|at|in|ved|hos)\s+(?:the\s+)?(?P<p>[A-ZÆØÅ][\wæøå'-]+)", self.text)
        if not place or place.group("p").lower() in self.lex.countries:
            return out
        for m in re.finditer(r"\b(?:vores|our|min|my)\s+(?P<r>[\w-]+)", self.text, re.IGNORECASE):
            noun = m.group("r").lower()
            if not is_role(noun) or NOT_STAFF.search(noun) or OFFICE.search(noun):
                continue
            plural = noun.endswith(("erne", "ene", "ere")) or (
                noun.endswith("er") and is_role(noun[:-1]) and noun[-2] == "e"
            )
            if plural or (noun.endswith("s") and not noun.endswith("ss")):
                continue  # "vores pædagoger", "our nurses": many
            out.append(Mention(m.start(), m.end(), False))
        return out

    def specific_individuals(self) -> list[Mention]:
        """(round 9) One individual picked out by a description rather than a name (see
        _DEMONSTRATIVE_PERSON): a demonstrative person with a restrictive phrase, a staff role in
        the asker's own unit, one person by rank or as a new hire, a staff role with a locator that
        carries a number, a proper name or a shift, a badge/locker/desk number used for someone."""
        return (
            self._demonstratives()
            + self._own_unit_roles()
            + self._by_rank_or_hire()
            + self._role_locators()
            + self._described_or_distinguished()
            + [
                Mention(m.start(), m.end(), False)
                for m in _PERSON_NUMBER.finditer(self.text)
                if self._number_is_someone(m.end())
            ]
        )

    def _demonstratives(self) -> list[Mention]:
        """ "Ham der kører den røde Berlingo", "the guy with locker 23", "Manden med stokken i lønafdelingen"."""
        out = []
        about_texts = bool(_ABOUT_TEXTS.search(self.text))
        for m in _DEMONSTRATIVE_PERSON.finditer(self.text):
            rest = m.group("rest")
            if m.group("b") and m.group("c").lower() not in ("med", "with", "der", "som", "who", "that"):
                continue  # after a comma or dash only "ham med …", "hende der …": ", hende fra 4 skarpe" names a rubric
            if m.group("b") and _ROLE_AT_BODY_BEFORE.search(self.text[: m.start("b")]):
                continue  # (round 24, writer FC) in apposition, the same person: "forskeren fra NFA, ham med overvågningen"
            colleague = re.search(r"(?i:kolleg|medarbejder)", m.group("p"))
            if colleague and not _COLLEAGUE_MARK.match(m.group("c") + rest):
                # (round 19) only a thing of theirs or where they sit or park picks a colleague out ("kollegaen med
                # kørestolen", "den kollega, der har parkeringspladsen ved indgangen"); a unit ("medarbejderen i
                # receptionen") or the case's own conduct ("den medarbejder, der nægter at …") does not
                continue
            if m.group("p")[:3] in ("Han", "Hun") or re.search(r"\s(?:af|of|blandt|among)\s", m.group("p")):
                out.append(Mention(m.start("p"), m.end("p"), False))  # picked out by the clause itself
                continue
            if (
                about_texts
                or _AGE_GROUP.match(" " + m.group("c") + rest)
                or (re.match(r"\s*[A-ZÆØÅ]", rest) and m.group("c").lower() == "der")
            ):
                continue  # an interviewee of the magazine, an age group ("kvinden i 40'erne"), "ham der Maslow"
            if (
                re.search(r"\d|\b[A-ZÆØÅ][\wæøå]+|\b(?:den|det|the) \w+ \w+", rest)
                # (round 19) a particular thing of theirs or event: "der vandt cykelkonkurrencen i maj", "med kørestolen"
                or re.search(r"\b[a-zæøå]{4,}(?:en|et)\b", rest)
                or any(UNIT_RE.search(w) for w in re.findall(r"[\wæøå-]+", rest.lower())[:6])
                or _PLACE_PHRASE.search(rest)
            ):
                out.append(Mention(m.start("p"), m.end("p"), False))
        return out

    def _described_or_distinguished(self) -> list[Mention]:
        """(round 21, writers AY, AZ and red team r22 a, released) One person picked out by a description
        that only one colleague fits: a definite role at a sentence's start with a thing of theirs or an
        event the asker shared ("The archivist with the bright green glasses who …", "The guide whose
        wedding we celebrated in June …", "Arkivaren med de grønne briller …"), the new one of a named
        shift or unit ("Den nye på nattevagten", "the new one on nights"), and the holder of a one-person
        distinction ("Vinderen af årets pris …", "the winner of this year's award", "årets medarbejder")."""
        out = []
        for m in _DESCRIBED_ROLE.finditer(self.text):
            role = m.group("r").lower()
            if _singular_staff_role(role) or PERSON_NOUN.match(role):
                out.append(Mention(m.start("d"), m.end("r"), False))
        out += [Mention(m.start(), m.end(), False) for m in _NEW_ONE_AT.finditer(self.text)]
        out += [Mention(m.start(), m.end(), False) for m in _DISTINGUISHED.finditer(self.text)]
        # (round 22, writer BB) a definite role at a sentence's start with a relative clause between
        # commas that tells them apart: "Mentoren, der taler somali med de unge, faster …", "The
        # mentor, who speaks Somali with the young ones, fasts …" — unless the clause is a rule's
        # condition ("Medarbejderen, der er sygemeldt, skal ringe …": a modal, or the detail in it)
        for m in _ROLE_WHO.finditer(self.text):
            i = next((n for n, t in enumerate(self.toks) if t.start == m.start("r")), None)
            if i is None or not (
                self.definite_staff_role(i) or (m.group("the") and _singular_staff_role(m.group("r").lower()))
            ):
                continue
            if _RULE_VERB.match(m.group("v")) or (
                detail_spans(m.group("rel")) and not detail_spans(self.text[m.end("rel") :])
            ):
                continue
            out.append(Mention(m.start("r"), m.end("rel"), False))
        for m in _ROLE_WITH.finditer(self.text):
            i = next((n for n, t in enumerate(self.toks) if t.start == m.start("r")), None)
            role = m.group("r").lower()
            if i is None or not (
                self.definite_staff_role(i)
                or (m.group("the") and (_singular_staff_role(role) or PERSON_NOUN.match(role)))
            ):
                continue
            if detail_spans(m.group("attr")):
                continue  # "Medarbejderen med diabetes har …": a group told by its detail, as in a rule
            out.append(Mention(m.start("r"), m.end("attr"), False))
        return out

    def _own_unit_roles(self) -> list[Mention]:
        """ "the head chef at our care centre", "sygeplejersken på vores afsnit"."""
        out = []
        for m in _OWN_UNIT_ROLE.finditer(self.text):
            role = m.group("r").lower()
            if re.search(
                r"\b(?:i'm|i’m|i am|jeg er|er jeg|as|som)\s*$",
                self.text[max(0, m.start() - 10) : m.start()],
                re.IGNORECASE,
            ):
                continue  # "I'm the only leader at our care home": the asker
            if _singular_staff_role(role) and any(
                UNIT_RE.search(w) or _INSTITUTION_NOUN.search(w) for w in m.group("u").lower().split()
            ):
                out.append(Mention(m.start("r"), m.end("u"), False))
        return out

    def _by_rank_or_hire(self) -> list[Mention]:
        """ "den yngste af vores sosu-elever", "the oldest carer on our night team", "vores nye lagerchef"."""
        out = [Mention(m.start(), m.end(), False) for m in _RANK_IN_GROUP.finditer(self.text)]
        out += [
            Mention(m.start(), m.end(), False)
            for m in _ONLY_ONE_WITH.finditer(self.text)
            if not re.search(
                r"\b(?:i'm|i am|jeg er|er jeg|am i)\s*$", self.text[max(0, m.start() - 12) : m.start()], re.I
            )
        ]
        for m in _SOLE_RESPONSIBILITY.finditer(self.text):
            role = m.group("r").lower()
            definite = bool(m.group("d")) or (role.endswith(("en", "n")) and is_role(role))
            plural = role.endswith(("ere", "erne", "ene")) or (role.endswith("s") and not role.endswith("ss"))
            if definite and is_role(role) and not plural and not _CARED_FOR.search(role):
                out.append(Mention(m.start("r"), m.end("r"), False))
        for m in _HIRED_IN.finditer(self.text):
            r = m.group("r").lower()
            if _singular_staff_role(r) or PERSON_NOUN.match(r):
                out.append(Mention(m.start("d"), m.end("r"), False))
        for m in _HIRED_WHEN.finditer(self.text):
            if m.group("h2"):
                out.append(Mention(m.start("h2"), m.end("h2"), False))
                continue
            head = m.group("h").lower()
            # a definite noun as the head must be a staff role or a person noun ("Chaufføren, vi ansatte i mandags")
            if (
                " " in head
                or head in ("ham", "hende", "him", "her")
                or _singular_staff_role(head)
                or PERSON_NOUN.match(head)
                or is_role(head)
            ):
                out.append(Mention(m.start("h"), m.end("h"), False))
        out += [Mention(m.start(), m.end(), False) for m in _SENT_WHEN.finditer(self.text)]
        for m in _ONE_BY_HABIT.finditer(self.text):
            out.append(
                Mention(m.start("p"), m.end("p"), False)
            )  # (round 27, red team r33 a) "Hende, der altid tager referat …"
        for m in _SLOT_ROLE.finditer(self.text):
            r = (m.group("r") or m.group("r2") or "").lower()
            if not r or _singular_staff_role(r) or PERSON_NOUN.match(r) or is_role(r):
                out.append(Mention(m.start(), m.end(), False))
        out += [Mention(m.start(), m.end(), False) for m in _OFFICE_STAFF.finditer(self.text)]
        for m in _ALWAYS_ROLE.finditer(self.text):
            r = m.group("r").lower()
            # a job title the role data lacks ("agent") counts when a singular pronoun refers to it later
            referred = not r.endswith(("s", "erne", "ene")) and re.search(
                r"\b(?:he|she|him|her|han|hun|ham|hende)\b", self.text[m.end() :], re.IGNORECASE
            )
            if _singular_staff_role(r) or PERSON_NOUN.match(r) or referred:
                out.append(Mention(m.start("d"), m.end("r"), False))
        for m in _STARTED_WHEN.finditer(self.text):
            r = m.group("r").lower()
            definite = bool(m.group("d")) or bool(re.search(r"(?:en|et|n)$", r))
            if definite and (_singular_staff_role(r) or PERSON_NOUN.match(r)):
                out.append(Mention(m.start("r"), m.end("r"), False))
        for m in _OWN_SUPERLATIVE.finditer(self.text):
            for g in ("m", "r"):  # the noun may be the first word after the rank ("vores ældste medarbejder har")
                w = (m.group(g) or "").lower()
                if w and (_singular_staff_role(w) or PERSON_NOUN.match(w)):
                    out.append(Mention(m.start(), m.end(g), False))
                    break
        out += [
            Mention(m.start(), m.end(), False)
            for m in _NEW_ONE.finditer(self.text)
            if _singular_staff_role(m.group("r").lower())
        ]
        return out

    def _role_locators(self) -> list[Mention]:
        """ "the driver of bus 14", "Souschefen i PPR Nord", "vagten i Prinsens Palæ søndag aften"."""
        out = self._by_beat()
        for m in _LOCATOR.finditer(self.text):
            role = m.group("r").lower()
            if not _singular_staff_role(role):
                continue
            before = self.text[max(0, m.start() - 12) : m.start()].lower()
            definite = bool(
                re.search(r"\b(?:the|our|my|vores|min|mit|den|det|denne|this)\s+(?:[\w'-]+\s+){0,2}$", before)
            ) or (bool(re.search(r"(?:en|et|n)$", role)) and not role.endswith(("erne", "ene")))
            if not definite:
                continue  # "a driver on route 4", "en chauffør på rute 4": one of many
            q = m.group("q")
            tail = self.text[m.end("q") : m.end("q") + 40]
            prep = self.text[m.end("r") : m.start("q")].split()[0].lower()
            mid = m.group("mid").lower().split()
            if set(mid) & {"en", "et", "a", "an", "one", "med", "with", "of", "side", "page", "s.", "p."} or (
                q[0].isdigit() and (_QUANTITY_AFTER.match(tail) or re.fullmatch(r"\d0'?s", q))
            ):
                continue  # "lederen i en afdeling med 40 ansatte", "lederen på side 9", "1 of 4 councils", "for 6 years"
            if (
                prep in ("for", "of", "af") and _HEAD_ROLE.match(role.removesuffix("en").removesuffix("n"))
            ) or role in (
                "formanden",
                "næstformanden",
                "direktøren",
            ):
                continue  # "formanden for Ledersektionen", "the chair of the forum": heads of a body hold an office
            if re.match(r"/\d{4}", tail) or re.fullmatch(r"(?:19|20)\d{2}", q):
                continue  # "lederen i 01/2024": an issue of the magazine, a year
            if (
                q[0].isdigit()
                or re.match(r"[A-ZÆØÅ]{1,3}\d", q)
                or (q.isupper() and len(q) >= 2 and not _ACRONYM_BODY.match(q))
            ):
                out.append(Mention(m.start("r"), m.end("q"), False))
                continue
            low = q.lower()
            if low in self.lex.countries or low in STOP or low in ("danmark", "denmark", "kommunen", "regionen"):
                continue
            if self.lex.is_place(low):
                # a town: only with a unit or a shift after it ("at the Ribe tax call centre")
                nxt = " ".join(tail.split()[:3]).lower()
                if not (any(UNIT_RE.search(w) for w in nxt.split()) or _SHIFT_WORDS.match(tail.strip())):
                    continue
            out.append(Mention(m.start("r"), m.end("q"), False))
        return out

    def _by_beat(self) -> list[Mention]:
        """(round 22) A definite role with the zone, route, beat or slot only one of them holds (_BY_BEAT)."""
        out = [Mention(m.start(), m.end(), False) for m in _WHOEVER_BEAT.finditer(self.text)]
        for m in _BY_BEAT.finditer(self.text):
            role = m.group("r").lower()
            definite = bool(m.group("d")) or (
                bool(re.search(r"(?:en|et|n)$", role)) and not role.endswith(("erne", "ene"))
            )
            if definite and _singular_staff_role(role):
                out.append(Mention(m.start("r"), m.end(), False))
        return out

    def _number_is_someone(self, end: int) -> bool:
        """A badge/locker/desk number is someone when a person's verb or pronoun follows in the
        clause ("Badge 3318 … had a panic attack", "the guy with locker 23 keeps his …")."""
        after = self.text[end : end + 80]
        clause = re.split(r"[.?!;]", after, maxsplit=1)[0].lower()
        if re.search(
            r"(?i:badge|brik|chip)\W*(?:nr\.?|no\.?|number|nummer)?\W*[A-Z]{0,3}\s?\d+\W*$|"
            r"(?i:kaldenavn\w*|kaldesignal\w*|call ?sign)\s*:?\s*[A-Z][a-z]+[ -]?\d{1,3}(?:-\d{1,3})?\W*$",
            self.text[max(0, end - 20) : end],
        ):
            return bool(
                re.search(r"\b(?:he|she|his|her|han|hun|hans|hendes|had|has|was|is|har|er|var|fik|got)\b", clause)
            )
        if re.search(r"\b(?:he|she|his|her|him|han|hun|hans|hendes|ham|sin|sit|sine)\b", clause):
            return True
        # (round 12, writer AA) a person word holds the number ("den ansatte med skab 14",
        # "whoever sits at desk 2.07"), or the next sentence goes on about him or her
        before = self.text[max(0, end - 60) : end].lower()
        role_with = re.search(r"\b([\wæøå-]+) (?:med|with) [^.?!]{0,25}$", before)
        if role_with and _singular_staff_role(role_with.group(1)):
            return True  # (round 16) "Pedellen med nøglebundt 9 …": a role holding the number
        if re.search(
            r"\b(?:ansatte|medarbejder(?:en)?|kollega(?:en)?|whoever|the one|the person|employee|colleague|"
            r"den der|ham der|hende der|den som|person(?:en)?)\b[^.?!]{0,25}$",
            before,
        ):
            return True
        rest = re.split(r"[.?!;]", self.text[end : end + 200], maxsplit=2)
        nxt = rest[1].lower() if len(rest) > 1 else ""
        return bool(re.search(r"\b(?:him|her|ham|hende)\b", nxt))

    def unique_roles(self) -> list[Mention]:
        """A unique role at a named place ("skolelederen på Vestervang Skole", "the principal
        of Hillside School", "sygeplejersken på afsnit 4") or by an only-description ("den
        eneste mandlige sygeplejerske"); office holders are public by title."""
        out = []
        toks = self.toks
        for m in ONLY.finditer(self.text):
            nouns = [(m.group(g) or "").lower() for g in ("dm", "da", "em", "en")]
            # … or any description when a named place or the asker's unit follows: "den eneste
            # rødhårede på Tandklinikken Vestbyen", "the only male educator at Vuggestuen X"
            last = (m.group("da") and m.start("da")) or m.start("en")
            at_place = re.match(
                r"(?:[\w-]+\s+){0,2}(?:på|at|i|in|ved|hos|from|fra)\s+(?:[A-ZÆØÅ]|vores\b|our\b|min\b|my\b|the [A-ZÆØÅ])",
                self.text[last : m.end() + 30],
            )
            if not at_place:
                # (round 16, red team r15) … or a unit of the asker's: "our only Welsh speaker in the contact centre"
                unit = re.match(
                    r"(?:[\w-]+\s+){0,2}(?:at|in|on|på|i)\s+(?:the|den|det)\s+((?:[\w-]+\s+){0,2}[\w-]+)",
                    self.text[last : m.end() + 40],
                )
                if (
                    unit
                    and any(UNIT_RE.search(w) for w in unit.group(1).lower().split())
                    and m.group(0)[:3].lower() in ("our", "my ", "vor", "min", "mit")
                ):
                    at_place = unit
            # "på affaldscentret i Tarm", "at the depot in Ribe": the one unit of its kind in a town
            at_unit_in_town = re.match(
                r"(?:[\w-]+\s+)?(?:på|at|ved|hos)\s+(?:the\s+)?[a-zæøå-]+\s+(?:i|in)\s+[A-ZÆØÅ]",
                self.text[last : m.end() + 40],
            )
            if any(OFFICE.search(n) for n in nouns if n):
                continue  # "den eneste kvindelige borgmester": an office holder is public
            if re.search(
                r"\b(?:i'm|i’m|i am|jeg er|er jeg|am i|as)\s*$",
                self.text[max(0, m.start() - 12) : m.start()],
                re.IGNORECASE,
            ):
                continue  # (round 9) "I'm the only leader at our care home who …": the asker
            if at_place:
                named = re.search(
                    r"[A-ZÆØÅ][\wæøå-]+", self.text[last + at_place.end() - 1 : last + at_place.end() + 30]
                )
                unit_after = named and re.match(
                    r"\s+[a-zæøå-]+", self.text[last + at_place.end() - 1 + named.end() : last + at_place.end() + 50]
                )
                town_unit = bool(unit_after and UNIT_RE.search(unit_after.group(0)))
                if any(n and (is_org(n) or n in ORG_WORDS) for n in nouns) or (
                    named and self.lex.is_place(named.group(0).lower()) and not town_unit
                ):
                    at_place = None  # "den eneste kommune i Danmark": an organisation, a town
            if at_place or at_unit_in_town or any(n and (is_role(n) or UNIQUE_ROLE.match(n)) for n in nouns):
                out.append(Mention(m.start(), m.end(), False))
        out += self._our_role_at_named_place()
        out += self._role_at_place_named_before()
        out += self._role_of_named_organisation()
        for m in _ONLY_ONE_AFTER.finditer(self.text):
            # (round 9) "Kirsebærgårdens nattevagt (der er kun én)", "our porter (there's only one)"
            g = "r" if m.group("r") else "r2"
            role = m.group(g).lower()
            # a person noun compounded with a job or a place is staff ("IT-mand", "kantinedame"), not a husband
            staff_compound = bool(
                re.fullmatch(r"[\wæøå]{2,}-?(?:mand|manden|dame|damen|kvinde|kvinden|man|woman|lady|guy)", role)
            )
            if (is_role(role) and not NOT_STAFF.search(role)) or staff_compound:
                out.append(Mention(m.start(g), m.end(g), False))
        for m in ONLY_ONE.finditer(self.text):
            noun = (m.group("da") or m.group("ds") or m.group("en") or "").lower()
            second = (m.group("en2") or "").lower()
            if second and not is_role(noun) and is_role(second):
                noun = second  # "one paper conservator": the role after its modifier
            before = self.text[max(0, m.start() - 30) : m.start()].lower()
            # the asker's own unit ("vi har kun én …", "we only have one …"), not a hypothesis
            ours = re.search(r"\b(?:vi|jeg|vores|we|i|our|my|min|mit)\b", before)
            if (
                ours
                and not re.search(r"\b(?:man|one|hvis|if|når|when)\b", before[ours.start() :])
                and (is_role(noun) and not NOT_STAFF.search(noun) and not OFFICE.search(noun))
            ):
                out.append(Mention(m.start(), m.end(), False))
        for i, t in enumerate(toks[:-2]):
            low = t.lower
            if OFFICE.search(low) or not (UNIQUE_ROLE.match(low) or self.definite_staff_role(i)):
                continue
            if low in ("chef", "cook", "manager", "director", "secretary") and not any(
                x.lower in ("the", "our", "vores") for x in toks[max(0, i - 2) : i]
            ):
                continue  # English nouns that are also everyday words need an article
            if (
                low in ("formanden", "næstformanden", "chair", "chairman", "chairwoman")
                and toks[i + 1].lower in ("for", "of", "af")
                and toks[i + 2].title
            ):
                continue  # "Formanden for Socialpædagogerne": the chair of an association is public
            j = i + 1
            complement = False
            # (round 12) an adverb or a time of day between the role and its place: "viceværten ude på
            # Nørreskolen", "rengøringsdamen om aftenen på rådhuset"
            if j + 1 < len(toks) and toks[j].lower in (
                "ude",
                "oppe",
                "nede",
                "henne",
                "inde",
                "over",
                "out",
                "up",
                "down",
            ):
                j += 1
            elif (
                j + 2 < len(toks)
                and toks[j].lower == "om"
                and toks[j + 1].lower in ("aftenen", "morgenen", "natten", "dagen", "weekenden")
            ):
                j += 2
            # (round 11) an English compound title: "the head sound engineer at …", "the chief duty officer at …"
            if (
                j + 2 < len(toks)
                and toks[j].lower not in ("for", "of", "af", "på", "i", "ved", "hos", "at", "in", "on")
                and not toks[j].title
                and is_role(toks[j + 1].lower)
                and toks[j + 2].lower in ("at", "på", "i", "ved", "hos", "in")
                and self.gap(j, j + 1) == " "
            ):
                j += 1
                if toks[j].lower not in ("at", "på", "i", "ved", "hos", "in"):
                    j += 1
            if (
                toks[j].lower in ("for", "of", "af")
                and not toks[j + 1].title
                and j + 2 < len(toks)
                and toks[j + 2].lower in ("på", "i", "ved", "hos", "at", "in")
            ):
                j += 2  # "formanden for forældrebestyrelsen i Mælkebøtten": skip the complement
                complement = True
            else:
                # (round 8) a longer unit complement, then the named place: "the head of the night team at
                # Psykiatrisk Center Kildebjerg", "Oversygeplejersken på ortopædkirurgisk afdeling på Regionshospitalet …"
                k = j + 1
                while k < len(toks) and k <= j + 5 and not toks[k].title:
                    k += 1
                if (
                    toks[j].lower in ("for", "of", "af", "på", "i", "on")
                    and j + 2 < k < len(toks)
                    and toks[k - 1].lower in ("på", "i", "ved", "hos", "at", "in")
                    and UNIT_RE.search(" ".join(x.lower for x in toks[j + 1 : k - 1]))
                ):
                    if self.lex.is_place(toks[k].base):
                        # "the head of the music school in Sorø": the one unit of its kind in a town
                        out.append(Mention(t.start, toks[k].end, False))
                        continue
                    j = k - 1
                    complement = True
            if toks[j].lower not in ("på", "i", "ved", "hos", "for", "at", "in", "of", "af", "on"):
                continue
            if j + 1 >= len(toks):
                continue
            nxt = toks[j + 1]
            if UNIT_CODE.match(nxt.lower) and re.match(r" ?[A-ZÆØÅ]?\d", self.text[nxt.end : nxt.end + 4]):
                out.append(Mention(t.start, nxt.end, False))  # "på afsnit 4", "on ward 7"
                continue
            if nxt.lower == "the" and j + 2 < len(toks):
                j += 1  # "the head of the Kløverløkken after-school club"
                nxt = toks[j + 1]
                # "the head of the music school in Sorø": the one institution of its kind in a town
                k = j + 1
                while k < len(toks) and k < j + 4 and not toks[k].title and not NAMED_PLACE_TAIL.match(toks[k].lower):
                    k += 1
                if (
                    k + 2 < len(toks)
                    and not toks[k].title
                    and NAMED_PLACE_TAIL.match(toks[k].lower)
                    and toks[k + 1].lower in ("in", "i")
                    and toks[k + 2].title
                ):
                    out.append(Mention(t.start, toks[k + 2].end, False))
                    continue
            if not nxt.title and DEFINITE_RE.match(nxt.lower) and j + 2 < len(toks):
                j += 1  # "på plejecentret Egely", "i børnehaven Mælkebøtten"
                if (
                    toks[j + 1].lower in ("i", "in", "ved")
                    and j + 2 < len(toks)
                    and toks[j + 2].title
                    and self.gap(j, j + 1).strip() == ""
                ):
                    # "kantinelederen på rådhuset i Ikast": the one unit of that kind in a town
                    out.append(Mention(t.start, toks[j + 2].end, False))
                    continue
            place = toks[j + 1]
            if (
                not place.title
                and self.gap(j, j + 1).strip() == ""
                and self.definite_staff_role(i)
                and not complement
                and self._definite_unit_at(j + 1)
            ):
                # (round 12) one staff role at a definite unit of the asker's organisation: "the night
                # porter at the care home", "viceværten på rådhuset" — the one person in that post there
                out.append(Mention(t.start, place.end, False))
                continue
            if not place.title or self.gap(j, j + 1).strip() != "":
                continue  # (round 11) "… som leder af inddrivelsen. Hvad …": the next sentence is no place
            k = j + 2
            while k < len(toks) and toks[k].title and k < j + 4:
                k += 1  # "Nørre Alslev Skole", "Greenfield Care Home"
            tail = toks[j + 2 : k + 1]  # the run and the word after it ("Frederiksberg Rådhus canteen")
            institution = any(NAMED_PLACE_TAIL.match(x.lower) or is_org(x.lower) for x in tail)
            if self.lex.is_place(place.base) and not institution:
                continue  # "skolelederen i Odense": one of many, not identifiable
            body = " ".join(x.lower for x in toks[j + 1 : j + 4] if x.title or x.upper)
            body_hit = PUBLIC_BODY.search(body)
            if (
                body_hit
                and not complement
                and not (_STAFFED_INSTITUTION.match(body_hit.group(0)) and not _HEAD_ROLE.match(low))
            ):
                continue  # the chair of a union, party or authority holds a public office
                # ("the head of payroll at Region Nordjylland" heads a unit, not the body)
            out.append(Mention(t.start, place.end, False))
        return out
