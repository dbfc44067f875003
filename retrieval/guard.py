"""Sensitive-data guard: refuse questions that carry personal or sensitive data about a person.

Runs before retrieval and before anything is logged (see shared/docs/sensitive-data.md). Pure
Python and rule based: no Danish NER model installs offline, so people are found by rules —
capitalised name pairs, a first-name list (`retrieval/data/first_names.txt`), role phrases
("min medarbejder X", "borgeren X") and workplace phrases ("Hanne i kantinen").

Decision rule (from the doc), checked in this order:

1. a CPR number in any written form (date + century validated by `stdnum.dk.cpr`; modulus 11 is
   never required — numbers without it have been issued since 2007)  → ``cpr_number``;
2. a pasted case record: a record marker (journalnotat, journalen, sagsnotat) or a case number
   (sagsnr., journalnr.) together with an identifiable person, contact data or a personal
   detail → ``case_record``;
3. an identifiable private person or their contact data (e-mail, private phone, street address,
   "født 2015") together with a personal detail → the detail's category (``health``,
   ``union_membership``, ``religion``, ``ethnicity``, ``sexual_orientation``, ``political``,
   ``biometric``, ``criminal``, ``social_case``, ``hr_case``);
4. a named private person together with their private contact data → ``contact_details``.

Keywords without an identifiable person never refuse ("Hvordan håndterer jeg sygefravær?"), and
people named in the magazine (`public_names`) are not private persons in this context.

Reason mapping (one consistent rule, by category):
- ``sensitive_data``: GDPR art. 9 data (health, union_membership, religion, ethnicity,
  sexual_orientation, political, biometric), art. 10 data (criminal) and confidential social and
  HR case details (social_case, hr_case);
- ``personal_data``: identifiers and records — cpr_number, contact_details, case_record.

Privacy of the guard itself: nothing here logs, and no exception or result carries any part of
the input text. `GuardResult` holds only a flag, a reason and a category.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Callable, Iterable, Literal

from stdnum.dk import cpr as _cpr

Reason = Literal["personal_data", "sensitive_data"]

__all__ = [
    "CATEGORIES",
    "GuardResult",
    "check",
    "public_names_from_corpus",
    "refusal_text",
]


@dataclass(frozen=True)
class GuardResult:
    """Outcome of `check`: whether to refuse, the legal kind of data and its category.

    Never holds any part of the checked text, so it is safe to log.
    """

    refused: bool
    reason: Reason | None = None
    category: str | None = None


# category → reason. The one place that decides personal_data vs sensitive_data.
CATEGORIES: dict[str, Reason] = {
    "cpr_number": "personal_data",
    "contact_details": "personal_data",
    "case_record": "personal_data",
    "health": "sensitive_data",
    "union_membership": "sensitive_data",
    "religion": "sensitive_data",
    "ethnicity": "sensitive_data",
    "sexual_orientation": "sensitive_data",
    "political": "sensitive_data",
    "biometric": "sensitive_data",
    "criminal": "sensitive_data",
    "social_case": "sensitive_data",
    "hr_case": "sensitive_data",
}

_ALLOWED = GuardResult(False, None, None)


def _refuse(category: str) -> GuardResult:
    return GuardResult(True, CATEGORIES[category], category)


# ---------------------------------------------------------------------------------------------
# CPR numbers
# ---------------------------------------------------------------------------------------------
# DDMMYY then the 4-digit serial. The date parts may be separated by one consistent character
# (".", "/", "-", " "), the serial by "-", "–", "/", "." or a space (optionally spaced). Digit
# look-arounds stop us from reading a CPR out of a longer number ("1.170884-2563", prices).
_CPR_RE = re.compile(
    r"(?<!\d)(?<!\d[.,/-])"
    r"(\d{2})([./ -]?)(\d{2})\2(\d{2})"
    r"[ \t]?[-–‐/.]?[ \t]?"
    r"(\d{4})(?!\d)(?![.,]\d)"
)


def _has_cpr(text: str) -> bool:
    for m in _CPR_RE.finditer(text):
        digits = m.group(1) + m.group(3) + m.group(4) + m.group(5)
        # is_valid checks length, that the date exists with the century from digit 7, and that
        # the person is born; it does not enforce modulus 11 (python-stdnum >= 1.20, as pinned).
        if _cpr.is_valid(digits):
            return True
    return False


# ---------------------------------------------------------------------------------------------
# Word lists (lowercase). Kept short and general; extend rather than special-case sentences.
# ---------------------------------------------------------------------------------------------
_DATA_DIR = Path(__file__).resolve().parent / "data"


def _load_first_names() -> frozenset[str]:
    path = _DATA_DIR / "first_names.txt"
    names: set[str] = set()
    try:
        raw = path.read_text(encoding="utf-8")
    except OSError as exc:
        # Fail loudly: without the list the guard would silently miss most names.
        raise RuntimeError(f"guard: first-name list missing at {path}") from exc
    for line in raw.splitlines():
        line = line.split("#", 1)[0]
        names.update(w.strip().lower() for w in line.split() if w.strip())
    return frozenset(names)


FIRST_NAMES: frozenset[str] = _load_first_names()

# First names that are also ordinary words ("hans" = his, "per" = per, "lise" = relief,
# "will", "mark"). Counted as a person only with a surname, a role or a workplace next to them,
# or when capitalised in the middle of a sentence.
_AMBIGUOUS_NAMES = frozenset(
    """hans per bo tom max ben liv sten storm ask sol rose birk lykke lærke vilde bjørn stig ane
    kaj svend tage lise helle trine lone ture anker aksel axel bent ebbe rene august frank will
    mark may grace jack else sus ib dan kim jon sam leo""".split()
)

_SURNAMES = frozenset(
    """jensen nielsen hansen pedersen andersen christensen larsen sørensen rasmussen jørgensen
    petersen madsen kristensen olsen thomsen christiansen poulsen johansen møller mortensen
    knudsen jakobsen jacobsen mikkelsen olesen frederiksen laursen henriksen lund schmidt eriksen
    holm kristiansen clausen simonsen svendsen andreasen iversen jeppesen vestergaard mogensen
    nissen lauridsen jespersen kjær frandsen østergaard jepsen kjeldsen søndergaard dahl berg bach
    nørgaard thygesen lind bruun friis koch mathiasen skov krogh dam bech juhl winther munk kofoed
    vinther riis husted lassen paulsen hald holst beck brandt toft ravn bang kruse buch wulff kirk
    fisker bjerre nygaard dalsgaard lauritsen carlsen ibsen hedegaard steffensen bertelsen
    damgaard smith jones brown williams taylor johnson miller wilson davies evans""".split()
)

# Typical Danish/Nordic/other surname endings ("-sen", "-gaard", "-lund", "Mørch-Aagaard").
_SURNAME_SUFFIX = re.compile(
    r"(?:sen|søn|s+on|gaard|gård|berg|borg|lund|holm|strup|rup|bøl|toft|dal|skov|bæk|høj|"
    r"feldt|feld|bjerg|vig|sted|kjær|kær|mose|strøm|ström|mann|quist|qvist|gren|ski|ska|"
    r"wicz|vić|ić|oglu|oğlu)$"
)

# Capitalised words that start sentences or are capitalised for other reasons (weekdays in
# English, pronouns): never part of a person's name.
_STOP = frozenset(
    """hvad hvordan hvem hvilke hvilken hvilket hvor hvornår hvorfor hvis når kan skal må vil
    bør burde er har havde var bliver blev jeg vi du i de den det der dette denne disse min mit
    mine vores jeres hun han hendes deres dens dets en et og men eller så for fra til med om på
    af at efter før ifølge lav skriv opsummér opsummer giv find hjælp tak hej kære mvh ja nej også
    alle flere nogle mange ingen sådan derfor hvorledes nu her der ellers selv både enten
    what how who whom which where when why if is are was were can could should would do does did
    my our your their his her hers i we you they he she it the a an and but or please hi hello
    dear thanks thank write draft help give tell make also any some all no yes
    mandag tirsdag onsdag torsdag fredag lørdag søndag monday tuesday wednesday thursday friday
    saturday sunday mondays tuesdays wednesdays thursdays fridays saturdays sundays
    januar februar marts april maj juni juli august september oktober november december
    january february march june july october""".split()
)

# Words that make a capitalised span an organisation, an institution, a party, a product or a
# title — not a person ("Dansk Socialrådgiverforening", "Aarhus Kommune", "Mental Health Act").
_ORG_WORDS = frozenset(
    """dansk danske danmarks det den nationale offentlig offentlige ledelse ledelses kl nfa dtu
    kommune kommunes kommuner kommunernes region regionen regioner regionernes stat staten
    styrelsen ministeriet ministerium forvaltning universitet universitets universitetshospital
    hospital sygehus skole gymnasium akademi institut instituttet center centret centre fond
    fonden selskab selskabet forlag forlaget parti partiet forening foreningen forbund forbundet
    landsforbund landsforening hovedorganisation fagbevægelsens akademikerne lederne kirke
    kirken folkekirken politi politiet domstol byret landsret højesteret rigsrevisionen
    datatilsynet arbejdstilsynet ombudsmanden folketinget regeringen byrådet kommunalbestyrelsen
    socialdemokratiet venstre enhedslisten enhedslistens radikale konservative moderaterne
    alternativet danmarksdemokraterne liberal alliance sf borgerlige kristendemokraterne
    jehovas vidne vidner gud allah jesus islam koranen bibelen
    microsoft google copilot chatgpt openai gemini bard claude outlook teams word excel powerpoint
    slack aula kmd netcompany apple facebook linkedin zoom windows bing
    mental health act council service services agency department ministry university school
    institute foundation association party church company group authority office board
    committee centre center trust union labour conservative conservatives democrats democrat
    republicans republican national european europe first aid human resources
    nord syd øst vest midt north south east west central""".split()
)

# Danish municipalities, larger towns and countries: places are capitalised single words that a
# rule for "unknown capitalised word + workplace phrase" would otherwise take for a first name.
_PLACES = frozenset(
    """københavn frederiksberg ballerup brøndby dragør gentofte gladsaxe glostrup herlev
    albertslund hvidovre høje-taastrup taastrup lyngby-taarbæk lyngby rødovre ishøj tårnby
    vallensbæk allerød fredensborg helsingør hillerød furesø rudersdal egedal frederikssund
    halsnæs gribskov greve køge roskilde solrød lejre bornholm kalundborg ringsted slagelse stevns
    sorø holbæk faxe odsherred næstved vordingborg guldborgsund lolland middelfart assens
    faaborg-midtfyn faaborg kerteminde nyborg odense svendborg nordfyn nordfyns langeland ærø
    haderslev billund sønderborg tønder esbjerg fanø varde vejen aabenraa fredericia horsens
    kolding vejle herning holstebro lemvig struer syddjurs norddjurs favrskov odder randers
    silkeborg samsø skanderborg aarhus århus ikast-brande ikast ringkøbing-skjern ringkøbing
    hedensted morsø skive thisted viborg brønderslev frederikshavn vesthimmerland vesthimmerlands
    læsø rebild mariagerfjord jammerbugt aalborg hjørring nakskov skagen hobro ribe grenaa
    nykøbing kastrup amager valby nørrebro vesterbro østerbro hellerup jylland fyn sjælland
    danmark grønland færøerne nuuk sverige norge tyskland polen europa london berlin bruxelles
    stockholm oslo tyrkiet syrien irak iran somalia pakistan afghanistan ukraine rumænien
    litauen usa england denmark greenland sweden norway germany poland""".split()
)

# Role nouns that, right before a capitalised word, make it a person: "min medarbejder X",
# "borgeren X", "vikaren X", "sosu-assistenten X", "my team lead X". Compounds end in the root.
_ROLE_RE = re.compile(
    r"(?:medarbejder|kollega|kollegaer|kolleger|borger|leder|chef|vikar|pedel|plejer|assistent|"
    r"hjælper|pædagog|lærer|elev|rådgiver|behandler|plejerske|konsulent|sekretær|praktikant|"
    r"ansat|klient|patient|beboer|ansøger|chauffør|betjent|læge|psykolog|terapeut|jurist|"
    r"koordinator|direktør|formand|lærling|dreng|pige|barn|søn|datter|nabo|kæreste|kone|mand|"
    r"partner|staff|member|employee|colleague|lead|manager|worker|nurse|teacher|citizen|client|"
    r"resident|pupil|student|assistant|caretaker|janitor|intern|director|supervisor|"
    r"daughter|neighbour|neighbor|deputy|cleaner|secretary)"
    r"(?:en|n|et|len|nen|ne|erne|e|s)?$"
    # Short words and titles only as whole words ("hr" must not match every word ending in hr).
    r"|^(?:fru|hr|mr|mrs|ms|dr|son|boy|girl|child|mor|far)$"
)

# A Danish definite noun after "i/på/fra/ved/hos" names a unit or workplace ("i kantinen",
# "på materielgården", "fra vejafdelingen"). Time phrases look the same and are excluded.
_WORKPLACE_PREP = frozenset("i på fra ved hos in at from on".split())
_WORKPLACE_DET = frozenset("min mit mine vores den det the our my his her their".split())
_DEFINITE_RE = re.compile(r"^[a-zæøå-]{3,}(?:en|et|ne|erne|ene)$")
# Stricter, for a capitalised sentence-initial word ("Medarbejderen", "Straffeattesten"): many
# female first names end in -ne ("Jasmine"), so that ending is left out here.
_DEFINITE_NOUN_RE = re.compile(r"^[a-zæøå-]{4,}(?:en|et|erne|ene)$")
_UNIT_RE = re.compile(
    r"(?:team|afdeling|kantine|kontor|gård|plejen|skole|institution|børnehave|vuggestue|"
    r"sekretariat|enhed|unit|department|office|canteen|kitchen|ward|depot|warehouse|reception|"
    r"accounting|payroll|finance)\w*$"
)
_NOT_WORKPLACE = frozenset(
    """morgen morgenen aften aftenen weekenden ferien foråret efteråret vinteren sommeren starten
    slutningen løbet øvrigt stedet forvejen forbindelse helhed""".split()
)

# ---------------------------------------------------------------------------------------------
# Personal details by category. Patterns run on the lowercased text and match stems anywhere
# inside a word, because Danish compounds ("langtidssygemeldt", "alkoholmisbrug") break
# whole-word lists. Negative look-aheads keep out the known innocent words that contain a stem
# ("arbejdskræfter", "gældende", "voldsomt", "bedømt").
# ---------------------------------------------------------------------------------------------
_DETAIL_PATTERNS: list[tuple[str, str]] = [
    (
        "health",
        r"\bsyg\b|\bsyge\b|sygdom|syge?meld|sygmeld|sygedag|\bsick|illness|\bill\b|"
        r"raskmeld|diagnos|stress|burn-?out|udbrændt|depress|deprimer|(?:\b|s)angst|socialangst|"
        r"anxiety|panikanfald|panic attack|kræft(?!er)|cancer|kemo|chemo|strålebehandl|tumor|"
        r"\badhd\b|autis|asperger|demens|dement|gravid|pregnan|graviditet|\bivf\b|fertilitet|"
        r"abort|indlagt|indlæggelse|hospitali|psykiatri|psychiatr|psykisk syg|psykiske lidelse|"
        r"mental(?:e)? (?:health|illness|sygdom|lidelse)|psykose|psychos|skizofren|schizophren|"
        r"bipolar|spiseforstyr|s[ck]lerose|anoreksi|anorexi|bulimi|selvmord|suicid|selvskad|self-harm|"
        r"medicin|medication|handicap|disab|sclerosis|diabet|epilep|migræne|migraine|"
        r"blodprop|hjerneblødning|stroke|hjerneskade|\bgigt|leddegigt|kroniske? smerte|chronic pain|"
        r"misbrug|alkohol|alcohol|sprut|beruset|drunk|fuld på arbejde|\bdrukket\b|drikker for meget|"
        r"drikkeproblem|narko|stofmisbrug|"
        r"\bhash\b|addict|afvænning|rehab|antabus|ordblind|dyslexi|mistrivsel|long covid|covid|corona|"
        r"opereret|surgery|signed off|hørenedsæt|døv|\bblind\b|kørestol|wheelchair",
    ),
    (
        "union_membership",
        r"fagforening|fagforbund|fagligt organiseret|uorganiseret|kontingent|a-kasse|"
        r"\b3f\b|\bfoa\b|\bhk\b|\bbupl\b|\bdlf\b|\bdjøf\b|\bdsr\b|\bkrifa\b|dansk metal|ingeniørforening|"
        r"socialrådgiverforening|sygeplejeråd|lærerforening|magisterforening|landsforbund|"
        r"pædagogforbund|fagbevægelse|det faglige hus|trade union|union member|union dues|"
        r"\bunion\b",
    ),
    (
        "religion",
        r"religi|muslim|kristen(?!sen)|kristne|christianity|a christian|jøde|jødisk|jewish|\bjew\b|hindu|buddhist|katol|"
        r"catholic|jehovas|scientolog|indre mission|frikirke|troende|ateist|atheist|tørklæde|"
        r"headscarf|hijab|niqab|burka|ramadan|moské|mosque|synagog|bedetid|bederum|fredagsbøn|"
        r"\bbeder\b(?= (?:fem|flere|fredag|dagligt))|prays?\b|prayer|konvertit|"
        r"konverteret til (?:islam|kristendom|jødedom|katolicismen)|converted to|"
        r"går i kirke|church ?goer",
    ),
    (
        "ethnicity",
        r"etnisk|etnicitet|ethnic|\brace\b|racial|racis|hudfarve|skin colou?r|"
        r"(?:sk|isk) oprindelse|oprindeligt? fra|ethnic origin|of \w+ (?:origin|descent)|\binuk\b|\binuit\b|nationalitet|nationality|indvandrer|immigrant|flygtning|"
        r"refugee|efterkommer|\broma\b|sigøjner|grønlandsk|færøsk|tyrkisk|somalisk|pakistansk|"
        r"irakisk|iransk|syrisk|afghansk|palæstinensisk|libanesisk|marokkansk|polsk|rumænsk|"
        r"ukrainsk|eritreisk|vietnamesisk|thailandsk|filippinsk|afrikansk|arabisk|kurdisk|"
        r"greenlandic|turkish|somali|pakistani|arab\b|african|kurdish",
    ),
    (
        "sexual_orientation",
        r"homoseksu|homosexu|\bbøsse|lesbisk|lesbian|biseksu|bisexu|transkøn|transgender|"
        r"\btrans\b|queer|lgbt|seksuel(?:le)? orientering|sexual orientation|seksualitet|"
        r"sexuality|kønsidentitet|gender identity|kønsskifte|sprunget ud|came out|coming out|"
        r"\bgay\b",
    ),
    (
        "political",
        r"partimedlem|partiet|partiets|party member|politisk(?:e)? (?:overbevisning|holdning|"
        r"ståsted|aktiv|engagement)|political (?:views|opinions|beliefs|affiliation)|"
        r"stemmer på|stemte på|votes? for|voted for|lokalbestyrelse|vælgerforening|"
        r"socialdemokrat|enhedslist|radikale venstre|de radikale|konservative folkeparti|"
        r"de konservative|dansk folkeparti|liberal alliance|moderaterne|danmarksdemokrat|"
        r"alternativet|nye borgerlige|kristendemokrat|socialistisk folkeparti|frie grønne|"
        r"labour party|\btory\b|\btories\b|\bdemocrats?\b|\brepublicans?\b|byrådskandidat|folketingskandidat",
    ),
    (
        "biometric",
        r"fingeraftryk|fingerprint|ansigtsscan|ansigtsgenkend|face scan|facial recognition|"
        r"biometri|biometric|\bdna\b|irisscan|iris scan|retina|stemmegenkend|voice print",
    ),
    (
        "criminal",
        r"straffeattest|criminal record|børneattest|(?<!be)(?<!for)(?<!ud)dømt|domfæld|"
        r"convicted|convictions? for|sigtet for|sigtelse|tiltal|anholdt|arrest|varetægt|politianmeld|"
        r"anmeldt til politiet|reported to (?:the )?police|politisag|fængsel|fængsl|prison|jail|"
        r"afsoner|afsoning|fodlænke|\bbøde[rn]?\b|\bfined\b|vold(?!som)|assault|tyveri|\bstjal|"
        r"stjålet|stjæler|theft|\bstole\b|stolen|underslæb|embezzl|bedrageri|fraud|svindel|"
        r"narkotika|spirituskørsel|promillekørsel|drunk driving|\bdui\b|kriminel|kriminalitet|"
        r"criminal|straffet|straffesag|voldtægt|\brape|overgreb|blotter",
    ),
    (
        "social_case",
        r"anbring|anbragt|placed in care|foster|underretning|børnefaglig|samværs|"
        r"(?:overvåget|støttet|beskyttet) samvær|samvær (?:med (?:barnet|børnene|forældre)|kun|"
        r"under)|plejefamilie|plejebarn|aflastningsfamilie|kontanthjælp|sanktion|sanction|"
        r"gæld(?!end)|\bdebt|inkasso|hjemløs|homeless|herberg|forsorgshjem|socialsag|"
        r"tvangsfjern|omsorgssvigt|neglect|vanrøgt|blå mærker|bruises|vold i hjemmet|"
        r"forældremyndighed|custody|skilsmisse|divorce|(?:blevet|er) skilt\b|bostøtte|førtidspension|fleksjob|"
        r"ressourceforløb|jobafklaring|sygedagpenge|dagpenge|welfare benefit|social assistance|"
        r"child protection|eviction|udsættelse af lejemål",
    ),
    (
        "hr_case",
        r"advarsel|warning|tjenstlig(?:e)? samtale|afskedig|opsig|opsagt|bortvis|\bfyre|\bfyret|"
        r"\bfyring|suspender|suspend|fritstil|degrader|demot|påtale|partshøring|disciplinær|disciplinary|"
        r"tjenestemandssag|sygefravær|fravær(?! af)|fraværssamtale|sygesamtale|omsorgssamtale|"
        r"§ ?56|56-aftale|krænk|harass|misconduct|dismiss|\bfired\b|\bfire (?:him|her|them)|"
        r"terminat|let go(?! of)|grievance|absence(?! of)|sick days|performance improvement",
    ),
]
# Earlier categories win when several are present: art. 9/10 data before case details, because
# the refusal should name the most sensitive kind.
_DETAILS = [(cat, re.compile(p)) for cat, p in _DETAIL_PATTERNS]

# "Venstre" is a party only when capitalised mid-sentence; lowercase "venstre" means "left".
_VENSTRE_RE = re.compile(r"(?<=[a-zæøå,] )Venstre\b")

# ---------------------------------------------------------------------------------------------
# Identifiers other than names
# ---------------------------------------------------------------------------------------------
_EMAIL_RE = re.compile(r"(?<![\w.+-])([\w.+-]+)@[\w-]+(?:\.[\w-]+)+")
# Shared mailboxes of organisations are not a person's contact details.
_ROLE_MAILBOXES = frozenset(
    """post info kontakt redaktion support sekretariat hr admin noreply no-reply service
    kundeservice mail presse press contact office hello hej""".split()
)
# Danish phone: 8 digits, written 12345678, 1234 5678 or 12 34 56 78, optional +45.
_PHONE_RE = re.compile(
    r"(?<![\d+])(?:(?:\+|00)45[ \t]?)?(?:\d{8}|\d{4}[ \t]\d{4}|\d{2}[ \t]\d{2}[ \t]\d{2}[ \t]\d{2})"
    r"(?![\d])(?![.,]\d)"
)
_PRIVATE_PHONE_CUE = re.compile(r"(?:mobil|privat|mobile|cell|hjemme)\w*[\s:.]*(?:nr\.?|nummer)?[\s:.]*$")
_ORG_PHONE_CUE = re.compile(
    r"(?:hovednummer|omstilling|hotline|rådgivning|support|kundeservice|sekretariat|switchboard|"
    r"helpline|cvr|ean|faktura|ordre)"
)
_STREET_RE = re.compile(
    r"\b[A-ZÆØÅ][a-zæøå]+(?:vej|gade|allé|alle|stræde|vænge|vænget|plads|torv|boulevard|parken|"
    r"bakken|toften|stien|løkken|engen)\b(?P<num>[ \t]+\d{1,3}[A-Za-z]?\b)?"
)
_RESIDENCE_CUE = re.compile(r"(?:bor|bosat|bopæl|adresse|flyttet|lives|living|address)\b[\w ]{0,12}$")
_BORN_RE = re.compile(r"\b(?:født|born)(?: (?:den|in|on))? (?:\d{1,2}[./-]\d{1,2}[./-])?(?:19|20)\d{2}\b")
_CASE_NO_RE = re.compile(
    r"\b(?:sagsnr|sagsnummer|sags-nr|journalnr|journalnummer|j\.\s?nr|jnr|case\s?(?:no|number|id)|"
    r"ref\.?\s?nr)\.?\s*[:#]?\s*[\w/.-]*\d"
)
_RECORD_RE = re.compile(
    r"journalnotat|journaludskrift|\bjournal(?:en|s)?\b|sagsnotat|sagsakt|aktstykke|notat fra|"
    r"case note|case file|case record|medical record|patient record|\bfrom (?:the|his|her) file"
)
# Pasted text: a quotation or a colon followed by a long stretch.
_PASTED_RE = re.compile(r"(?:^|[\s:(])['\"“«‘][^'\"“”«»‘’]{40,}|:\s*\S[^?]{60,}")

# ---------------------------------------------------------------------------------------------
# Tokens and names
# ---------------------------------------------------------------------------------------------
_WORD_RE = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
# Characters after which the next word starts a sentence (so its capital letter says nothing).
_BOUNDARY = set(".!?:;\"'“”«»‘’()[]•*–—-\n")


@dataclass(frozen=True)
class _Tok:
    text: str
    lower: str
    start: int
    end: int
    name_shaped: bool  # every hyphen part Title-case: "Else-Marie", "Mørch-Aagaard"
    initial: bool  # first word of the text or of a sentence/quote/line


def _tokenize(text: str) -> list[_Tok]:
    toks: list[_Tok] = []
    for m in _WORD_RE.finditer(text):
        word = m.group(0)
        parts = re.split(r"['’-]", word)
        # Unicode-aware, so "Petrović", "Ødum" and "Åse" count as name-shaped.
        shaped = all(len(p) >= 2 and p[0].isupper() and p[1:].islower() for p in parts)
        i = m.start() - 1
        while i >= 0 and text[i] in " \t":
            i -= 1
        initial = i < 0 or text[i] in _BOUNDARY
        toks.append(_Tok(word, word.lower(), m.start(), m.end(), shaped, initial))
    return toks


def _parts(lower: str) -> list[str]:
    return [p for p in re.split(r"['’-]", lower) if p]


def _is_first_name(lower: str) -> bool:
    return any(p in FIRST_NAMES for p in _parts(lower))


def _is_surname_like(lower: str) -> bool:
    if lower in _SURNAMES:
        return True
    return any(p in _SURNAMES or (len(p) > 3 and _SURNAME_SUFFIX.search(p)) for p in _parts(lower))


def _strip_possessive(lower: str) -> str:
    return lower[:-1] if lower.endswith("s") and len(lower) > 3 else lower


_ORG_SUFFIX = re.compile(
    r"(?:kommune|styrelse|styrelsen|tilsyn|tilsynet|ministerium|ministeriet|"
    r"forening|foreningen|forbund|forbundet|rådet|universitet|hospital|sygehus|"
    r"center|centret|centeret|fonden|forlag|forlaget|partiet|listen|selskab|"
    # named units: "Hjemmeplejen Nord", "Plejecenter Lærkebo", "Børnehuset X"
    r"instituttet|plejen|forvaltningen|afdelingen|skolen|børnehave|børnehaven|"
    r"vuggestuen|institutionen|hjemmet|huset|"
    # media: "Kristeligt Dagblad", "Jyllands-Posten", "Ugeskrift for Læger"
    r"dagblad|avisen|tidende|posten|magasin|magasinet|ugeskrift|tidsskrift|"
    # laws: "Barselsloven", "Forvaltningsloven"
    r"loven|bekendtgørelsen|direktivet|forordningen)s?$"
)


def _is_org(lower: str) -> bool:
    return (
        lower in _ORG_WORDS
        or _strip_possessive(lower) in _ORG_WORDS
        or bool(_ORG_SUFFIX.search(lower))
    )


def _is_place(lower: str) -> bool:
    return lower in _PLACES or _strip_possessive(lower) in _PLACES


# Verbs and prepositions that start a sentence before a name or a proper noun.
_SENTENCE_VERBS = frozenset(
    """spørg ring kontakt skriv send inviter hjælp tag giv lav find sig fortæl mail email call ask
    tell write invite contact help let meet remind påmind husk siger sagde mener synes tror
    skriver fortæller spørger hedder får fik gør gjorde bruger anbefaler gælder dækker viser
    under over mellem blandt uden inden gennem mod ved hos siden mens selvom fordi da som
    during after before since until while although because has have had been am
    """.split()
)
_GENITIVE_OR_ADJECTIVE = re.compile(r"(?:ens|ets|ernes|enes|ligt?|lige|isk|iske)$")


def _role_before(toks: list[_Tok], i: int) -> bool:
    """A role noun right before token i ("vikaren Liva", "min medarbejder Jonna")."""
    if i == 0:
        return False
    prev = toks[i - 1]
    # A capitalised role word at the start of a sentence ("Pædagogen Malou ...") counts too;
    # a first name before the word does not ("Karen Frost").
    if _is_first_name(prev.lower):
        return False
    return bool(_ROLE_RE.search(prev.lower.split("-")[-1]))


def _workplace_after(toks: list[_Tok], i: int, text: str) -> bool:
    """A unit/workplace phrase right after token i ("Hanne i kantinen", "X from the IT team")."""
    j = i + 1
    if j >= len(toks) or toks[j].lower not in _WORKPLACE_PREP:
        return False
    if text[toks[i].end : toks[j].start].strip():  # punctuation in between: not one phrase
        return False
    j += 1
    if j < len(toks) and toks[j].lower in _WORKPLACE_DET:
        j += 1
    if j >= len(toks) or toks[j].name_shaped:
        return False
    w = toks[j].lower
    if w in _NOT_WORKPLACE:
        return False
    if _UNIT_RE.search(w):
        return True
    if j + 1 < len(toks) and _UNIT_RE.search(toks[j + 1].lower):  # "the finance team"
        return True
    return bool(_DEFINITE_RE.match(w)) and not w.endswith("hendes")


@lru_cache(maxsize=16)
def _compile_public(public_names: frozenset[str]) -> re.Pattern[str] | None:
    """One case-insensitive alternation of the allow-listed names, longest first.

    Single-word entries are ignored on purpose: allowing a bare first name would let every
    private person with that first name through.
    """
    alts: list[str] = []
    for name in sorted(public_names, key=len, reverse=True):
        parts = name.split()
        if len(parts) < 2:
            continue
        alts.append(r"\s+".join(re.escape(p) for p in parts))
    if not alts:
        return None
    return re.compile(r"(?<!\w)(?:" + "|".join(alts) + r")(?:s|'s|’s)?(?!\w)", re.IGNORECASE)


def _find_private_people(text: str, toks: list[_Tok], public_names: frozenset[str]) -> bool:
    """True if the text names an identifiable private (non-public) person."""
    masked: set[int] = set()
    public_first: set[str] = set()
    rx = _compile_public(public_names)
    if rx is not None:
        spans = [(m.start(), m.end()) for m in rx.finditer(text)]
        for k, t in enumerate(toks):
            if any(s <= t.start and t.end <= e for s, e in spans):
                masked.add(k)
                public_first.add(t.lower)

    def public_lone(k: int) -> bool:
        # "Karen Frost ... Karen": a bare first name that belongs to a public name mentioned in
        # the same text refers to that person.
        return toks[k].lower in public_first

    n = len(toks)
    k = 0
    while k < n:
        t = toks[k]
        if k in masked:
            k += 1
            continue
        if t.name_shaped and t.lower not in _STOP:
            # A run of capitalised words separated by whitespace only.
            run = [k]
            while (
                run[-1] + 1 < n
                and run[-1] + 1 not in masked
                and toks[run[-1] + 1].name_shaped
                and toks[run[-1] + 1].lower not in _STOP
                and not text[toks[run[-1]].end : toks[run[-1] + 1].start].strip()
                and text[toks[run[-1]].end : toks[run[-1] + 1].start].count("\n") <= 1
            ):
                run.append(run[-1] + 1)
            k = run[-1] + 1
            if _capitalised_run_is_person(run, toks, text, public_lone):
                return True
            continue
        if not t.name_shaped and t.lower in FIRST_NAMES and k not in masked:
            # Lowercase names: chat users often type everything in lowercase.
            if _lowercase_name_is_person(k, toks, text) and not public_lone(k):
                return True
        k += 1
    return False


def _capitalised_run_is_person(
    run: list[int], toks: list[_Tok], text: str, public_lone: Callable[[int], bool]
) -> bool:
    first = toks[run[0]]
    if first.initial and (first.lower in _AMBIGUOUS_NAMES or not _is_first_name(first.lower)):
        # A capital at the start of a sentence says nothing by itself. But a sentence-initial
        # word directly followed by another capitalised word is usually a first name
        # ("Nicolas Dupont har ...", "Pipaluk Ærenlund er ..."), unless it is a role noun, a
        # definite noun, an imperative or another known non-name ("Pædagogen Malou",
        # "Spørg Karen"): then it is dropped and the rest of the run is judged on its own.
        w0 = first.lower
        if len(run) < 2 or _is_org(w0) or _is_place(w0):
            keep = False
        elif w0 in _AMBIGUOUS_NAMES:  # "Hans Christian ..." vs "Per Lindholm"
            keep = _is_surname_like(toks[run[1]].lower)
        else:
            keep = (
                _is_surname_like(toks[run[1]].lower)
                or not (
                    _ROLE_RE.search(w0.split("-")[-1])
                    or _DEFINITE_NOUN_RE.match(w0)
                    or w0 in _SENTENCE_VERBS
                    or _GENITIVE_OR_ADJECTIVE.search(w0)
                )
            )
        if not keep:
            run = run[1:]
            if not run:
                return False
    words = [toks[i].lower for i in run]
    if any(_is_org(w) for w in words):
        return False
    if len(run) >= 2:
        if _is_first_name(words[0]) or _is_surname_like(words[-1]):
            return True
        if any(_is_place(w) for w in words):
            return False
        # A first word in the genitive ("Dagens Medicin") or an adjective ("Kristeligt
        # Dagblad", "Psykiatrisk Afdeling") starts a title or an organisation, not a name.
        if _GENITIVE_OR_ADJECTIVE.search(words[0]):
            return False
        # Two or more capitalised words mid-sentence that are neither organisation nor place:
        # in Danish that is almost always a name. Recall matters more than precision here.
        return True
    i = run[0]
    w = words[0]
    if _is_first_name(w):
        if public_lone(i):
            return False
        # Sentence-initial ambiguous words were dropped above; mid-sentence capitals are names.
        return True
    if _is_place(w):
        return False
    return _role_before(toks, i) or _workplace_after(toks, i, text)


def _lowercase_name_is_person(k: int, toks: list[_Tok], text: str) -> bool:
    w = toks[k].lower
    if k + 1 < len(toks) and not text[toks[k].end : toks[k + 1].start].strip():
        nxt = toks[k + 1].lower
        if nxt in _SURNAMES or (
            not toks[k + 1].name_shaped and _is_surname_like(nxt) and w not in _AMBIGUOUS_NAMES
        ):
            return True
    if w not in _AMBIGUOUS_NAMES:
        return True
    return _role_before(toks, k) or _workplace_after(toks, k, text)


def _has_private_phone(text: str) -> bool:
    for m in _PHONE_RE.finditer(text):
        digits = re.sub(r"\D", "", m.group(0))[-8:]
        # yyyymmdd dates are not phone numbers.
        if re.match(r"(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])$", digits):
            continue
        before = text[max(0, m.start() - 45) : m.start()]
        if _PRIVATE_PHONE_CUE.search(before.lower()):
            return True
        if _ORG_PHONE_CUE.search(before.lower()):
            continue
        # An organisation named just before the number ("ringe til Datatilsynet på 33 19 32 00").
        near = _tokenize(before)[-4:]
        if any(
            _is_org(t.lower) or (t.text.isupper() and len(t.text) >= 2)
            for t in near
        ):
            continue
        return True
    return False


def _has_address(text: str) -> bool:
    for m in _STREET_RE.finditer(text):
        if m.group("num"):
            return True
        if _RESIDENCE_CUE.search(text[max(0, m.start() - 30) : m.start()].lower()):
            return True
    return False


def _has_email(text: str) -> bool:
    return any(m.group(1).lower() not in _ROLE_MAILBOXES for m in _EMAIL_RE.finditer(text))


def _detail_category(text: str, lower: str) -> str | None:
    for cat, rx in _DETAILS:
        if rx.search(lower):
            return cat
        if cat == "political" and _VENSTRE_RE.search(text):
            return cat
    return None


def _normalise(text: str) -> str:
    # NFC so "å" typed as "a" + ring matches; non-breaking and odd spaces become plain spaces.
    text = unicodedata.normalize("NFC", text)
    return re.sub(r"[\u00a0\u2000-\u200b\u202f\u205f\u3000]", " ", text)


def check(text: str, public_names: frozenset[str] = frozenset()) -> GuardResult:
    """Decide whether a question must be refused because it carries personal/sensitive data.

    Args:
        text: the user's message, as received.
        public_names: people named in the magazine (see `public_names_from_corpus`); asking
            about them is fine. Entries with fewer than two words are ignored.

    Returns:
        A `GuardResult`; ``refused`` is True with a reason and a category when the message
        contains a CPR number, a pasted case record, an identifiable private person (or their
        contact data) together with a personal detail, or a named person with their private
        contact details. Never raises with, logs or returns any part of `text`.
    """
    if not isinstance(text, str):
        raise TypeError("guard.check expects a str")
    if not text.strip():
        return _ALLOWED
    text = _normalise(text)
    if _has_cpr(text):
        return _refuse("cpr_number")

    lower = text.lower()
    toks = _tokenize(text)
    person = _find_private_people(text, toks, public_names)
    contact = _has_email(text) or _has_private_phone(text) or _has_address(text)
    born = bool(_BORN_RE.search(lower))
    case_no = bool(_CASE_NO_RE.search(lower))
    record = bool(_RECORD_RE.search(lower))
    if not (person or contact or born or case_no or record):
        # Nothing identifies anyone: keywords alone never refuse, so skip the (slower) detail
        # patterns. This keeps ordinary questions well under a millisecond.
        return _ALLOWED
    detail = _detail_category(text, lower)

    if record and (person or contact or case_no):
        return _refuse("case_record")
    if case_no and (person or detail):
        return _refuse("case_record")
    if record and detail and _PASTED_RE.search(text):
        return _refuse("case_record")
    if detail and (person or contact or born):
        return _refuse(detail)
    if person and contact:
        return _refuse("contact_details")
    return _ALLOWED


# ---------------------------------------------------------------------------------------------
# Allow-list of public people
# ---------------------------------------------------------------------------------------------
_LINEBREAK_HYPHEN = re.compile(r"(\w)-[ \t]*\n[ \t]*([a-zæøå])")


def public_names_from_corpus(page_texts: Iterable[str], people: Iterable[str]) -> frozenset[str]:
    """Build the allow-list of people named in the magazine.

    Args:
        page_texts: the text of every page (raw or cleaned; line-break hyphens are joined).
        people: author/person fields from the issue manifests ("Kasper Edwards, DTU" — the part
            after a comma is an affiliation and is dropped; ";" separates several people).

    Returns:
        Names as written ("Karen Frost", "Lill Palmblad"): the manifest's people plus every run
        of two or more capitalised words in the text that is not an organisation or place, and
        every two-word stretch inside longer runs (so "Billeder Lisbeth Hjort" from a photo
        credit still allows "Lisbeth Hjort"). Over-inclusion is harmless — a non-person in the
        list never matches a private person — so the rule stays simple and derivable: a new
        issue extends the list by re-running this function.
    """
    names: set[str] = set()
    for raw in people:
        for part in (raw or "").split(";"):
            name = " ".join(part.split(",")[0].split())
            if len(name.split()) >= 2:
                names.add(name)
    for page in page_texts:
        page = _LINEBREAK_HYPHEN.sub(r"\1\2", _normalise(page or ""))
        toks = _tokenize(page)
        run: list[_Tok] = []

        def flush() -> None:
            words = [t.text for t in run if not _is_org(t.lower) and not _is_place(t.lower)]
            # Organisation/place words split a run: "Aarhus Kommune" gives nothing.
            if len(words) == len(run) and len(run) >= 2:
                names.add(" ".join(words))
                for a in range(len(run) - 1):
                    names.add(f"{run[a].text} {run[a + 1].text}")

        for t in toks:
            joined = bool(run) and not page[run[-1].end : t.start].strip()
            if t.name_shaped and t.lower not in _STOP:
                if run and not joined:
                    flush()
                    run = []
                run.append(t)
            else:
                flush()
                run = []
        flush()
    return frozenset(names)


# ---------------------------------------------------------------------------------------------
# Refusal text
# ---------------------------------------------------------------------------------------------
# Category names and example questions avoid the trigger vocabulary on purpose: the reply
# names the kind of data in general words and never repeats words the user may have written
# ("sygemeldt", "angst", a diagnosis).
_WHAT_DA = {
    "cpr_number": "et CPR-nummer",
    "contact_details": "navn og kontaktoplysninger på en bestemt person",
    "case_record": "et uddrag af en sag om en bestemt person",
    "health": "helbredsoplysninger om en bestemt person",
    "union_membership": "oplysninger om en bestemt persons fagforeningsforhold",
    "religion": "oplysninger om en bestemt persons religiøse overbevisning",
    "ethnicity": "oplysninger om en bestemt persons etniske oprindelse",
    "sexual_orientation": "oplysninger om en bestemt persons seksuelle orientering eller kønsidentitet",
    "political": "oplysninger om en bestemt persons politiske overbevisning",
    "biometric": "biometriske oplysninger om en bestemt person",
    "criminal": "oplysninger om strafbare forhold for en bestemt person",
    "social_case": "detaljer fra en social sag om en bestemt person",
    "hr_case": "detaljer fra en personalesag om en bestemt medarbejder",
}
_WHAT_EN = {
    "cpr_number": "a CPR number (Danish personal identification number)",
    "contact_details": "a specific person's name together with their contact details",
    "case_record": "an extract of a case file about a specific person",
    "health": "health information about a specific person",
    "union_membership": "information about a specific person's trade union membership",
    "religion": "information about a specific person's religious beliefs",
    "ethnicity": "information about a specific person's ethnic origin",
    "sexual_orientation": "information about a specific person's sexual orientation or gender identity",
    "political": "information about a specific person's political opinions",
    "biometric": "biometric data about a specific person",
    "criminal": "information about criminal matters concerning a specific person",
    "social_case": "details from a social services case about a specific person",
    "hr_case": "details from an HR case about a specific employee",
}
_EXAMPLE_DA = {
    "cpr_number": "Hvordan sikrer vi gode rutiner for databeskyttelse i sagsbehandlingen?",
    "contact_details": "Hvordan skriver jeg et godt og klart brev til en borger?",
    "case_record": "Hvad kendetegner et godt notat i en sag?",
    "health": "Hvordan støtter jeg som leder en medarbejder, der har det svært?",
    "union_membership": "Hvordan samarbejder jeg godt med tillidsrepræsentanten?",
    "religion": "Hvordan skaber jeg plads til forskellighed på arbejdspladsen?",
    "ethnicity": "Hvordan skaber jeg et inkluderende arbejdsmiljø?",
    "sexual_orientation": "Hvordan sikrer jeg en respektfuld tone i teamet?",
    "political": "Hvordan håndterer jeg uenighed og holdninger i teamet?",
    "biometric": "Hvilke regler gælder for adgangssystemer på arbejdspladsen?",
    "criminal": "Hvilke generelle regler gælder for attester ved ansættelse?",
    "social_case": "Hvordan understøtter jeg mine socialrådgivere i svære sager?",
    "hr_case": "Hvordan forbereder jeg en svær samtale med en medarbejder?",
}
_EXAMPLE_EN = {
    "cpr_number": "How do we build good data-protection routines in case work?",
    "contact_details": "How do I write a clear and friendly letter to a citizen?",
    "case_record": "What makes a good case note?",
    "health": "How do I, as a manager, support an employee who is struggling?",
    "union_membership": "How do I work well with the shop steward?",
    "religion": "How do I make room for diversity in the workplace?",
    "ethnicity": "How do I build an inclusive work environment?",
    "sexual_orientation": "How do I keep a respectful tone in the team?",
    "political": "How do I handle disagreement and differing views in the team?",
    "biometric": "What rules apply to access systems at work?",
    "criminal": "What general rules apply to background certificates when hiring?",
    "social_case": "How do I support my social workers in difficult cases?",
    "hr_case": "How do I prepare for a difficult conversation with an employee?",
}


def refusal_text(result: GuardResult, english: bool = False) -> str:
    """The reply to send instead of an answer when `check` refused.

    Says which kind of data was found (never the value), why (KL's guidance on generative AI),
    how to ask instead, and asks the user to delete the message because the chat platform keeps
    its own copy. Built only from fixed text: it cannot contain anything the user wrote.

    Raises:
        ValueError: if `result` is not a refusal.
    """
    if not result.refused or result.category not in CATEGORIES:
        raise ValueError("refusal_text needs a refused GuardResult with a known category")
    cat = result.category
    if english:
        kind = "sensitive personal data" if result.reason == "sensitive_data" else "personal data"
        return (
            f"I can't answer this message: it appears to contain {_WHAT_EN[cat]} ({kind}).\n"
            "Why: KL's guidance on generative AI says that personal data (personoplysninger) and "
            "sensitive personal data (personfølsomme oplysninger) must not be entered into AI "
            "tools, because we cannot be sure where the data ends up.\n"
            "Ask in general terms instead, without names, numbers, contact details or other "
            f'details that point to a specific person — for example: "{_EXAMPLE_EN[cat]}"\n'
            "Please also delete your message from this chat: the chat platform keeps its own "
            "copy of it."
        )
    kind = "personfølsomme oplysninger" if result.reason == "sensitive_data" else "personoplysninger"
    return (
        f"Jeg kan ikke svare på denne besked, fordi den ser ud til at indeholde {_WHAT_DA[cat]} "
        f"({kind}).\n"
        "Hvorfor: KL's vejledning om generativ AI siger, at man ikke må skrive personoplysninger "
        "eller personfølsomme oplysninger ind i AI-værktøjer, fordi vi ikke ved, hvor "
        "oplysningerne ender.\n"
        "Stil i stedet spørgsmålet generelt, uden navne, numre, kontaktoplysninger eller "
        f'andre detaljer, der peger på en bestemt person – fx: "{_EXAMPLE_DA[cat]}"\n'
        "Slet også gerne din besked her i chatten: chatplatformen gemmer sin egen kopi af den."
    )
