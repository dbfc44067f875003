"""Sensitive details about a person, as concepts with Danish and English wording.

The concepts themselves are in concepts.py (and health.py): per category, word stems that match
inside Danish compounds ("langtidssygemeldt", "alkoholmisbrug", "butikstyveri") and everyday
phrases ("venter sig", "siddet inde", "lost the baby"). This module matches them and decides
whether a match says something about someone.

A detail only counts when it says something about someone. A keyword is a topic, not a detail,
inside a phrase that names a topic ("et oplæg om stress generelt", "a dashboard of sick days"),
in what someone says about it, about a group or unit as a whole ("afdelingens samlede
sygefravær", "hvor medarbejdere kan melde sig syge"), or when its subject is an unnamed person
introduced in the same clause ("… at en medarbejder i køkkenet har et alkoholproblem") — see
`detail_category`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from functools import lru_cache

from .concepts import CONCEPTS
from .health import BODY_PARTS_DA
from .lexicon import lexicon
from .origin import origin_spans
from .patterns import NOT_STAFF, is_role

__all__ = ["CATEGORY_ORDER", "detail_category", "detail_spans", "remit_keyword"]

# Earlier categories win when several are present: art. 9/10 data before case details, because
# the refusal should name the most sensitive kind.
CATEGORY_ORDER = [
    "health",
    "union_membership",
    "religion",
    "ethnicity",
    "sexual_orientation",
    "political",
    "biometric",
    "criminal",
    "social_case",
    "hr_case",
]
_RX = {cat: re.compile("|".join(f"(?:{p})" for p in CONCEPTS[cat])) for cat in CATEGORY_ORDER}
# The same concepts compiled one by one: a small pattern keeps the regex engine's literal-prefix
# scan, which one alternation of a whole category loses (health: 1.2 ms → 0.3 ms a message).
_PARTS = {cat: [re.compile(p) for p in CONCEPTS[cat]] for cat in CATEGORY_ORDER}
# Ethnicity has proper-noun patterns ("fra Somalia"), so it runs on the cased text.
_CASED = {"ethnicity"}

# "Venstre" is a party only when capitalised mid-sentence; lowercase "venstre" means "left".
_VENSTRE = re.compile(r"(?<=[a-zæøå,] )Venstres?\b")
# Names that are ordinary words in lower case ("prosa" = prose, "lederne" = the leaders, "radikale
# forandringer"): a union or party only as written with capitals.
_CASED_NAMES = {
    "union_membership": re.compile(
        r"\b(?:PROSA|Prosa)\b|\b(?:i|af|medlem af|meldt ind i|meldt ud af|joined|member of|left) Lederne\b"
    ),
    # (round 13, red team) a vote for a named party, said as what someone did: "stemte på Moderaterne",
    # "voted for Reform" (a capitalised party name; "voted for the proposal" is no party)
    "political": re.compile(
        r"(?<=[a-zæøå,] )Radikale\b|\bDet Radikale\b|\b(?:stemte|stemmer|har stemt) på [A-ZÆØÅ][\wæøå]+|"
        r"\b(?:voted|votes|has voted) (?:for )?(?!The\b)[A-Z][a-z]+\b"
    ),
    # (round 19, red team r20 a) a former first name given as the sex at birth: "Jane er født som Jan"
    "sexual_orientation": re.compile(
        r"\b(?:er|var|was|is) født som [A-ZÆØÅ][a-zæøå]+\b|\b(?:was|is) born as [A-Z][a-z]+\b"
    ),
}

# A keyword that only names a topic: "et oplæg om stress generelt", "the topic was sick leave
# and stress in general", "temadag om sygefravær".
_TOPIC_BEFORE = re.compile(
    r"(?:emnet (?:var|er)|temaet (?:var|er)|the topic (?:was|is)|the theme (?:was|is)|"
    # a document, policy, programme or event *about* a topic: "retningslinjer om stress",
    # "strategy on sick leave", "kampagne mod vold"
    r"(?:oplæg|foredrag|kursus|kurser|temadag|konference|webinar|artikel|artikler|bog|bøger|talk|"
    r"course|workshop|article|book|seminar|policy|politik|retningslinje\w*|vejledning\w*|"
    r"guideline\w*|strategi\w*|strategy|handleplan\w*|plan|indsats\w*|program\w*|projekt\w*|"
    r"model\w*|procedure\w*|regler|rules|undersøgelse\w*|survey|rapport\w*|report|forskning|"
    r"research|studie\w*|study|kampagne\w*|campaign|pjece\w*|materiale\w*|træning|training|"
    r"uddannelse\w*|tema|temaer|notat\w*|memo|note|notes|referat\w*|slides|præsentation\w*|"
    r"presentation|oplæg|guidance|"
    # round 3: data and tools about a topic — "tal for afdelingens sygefravær", "a dashboard of
    # sick days", "an app for reporting sick leave", "a guide on absence conversations"
    r"tal|tallene|oversigt\w*|statistik\w*|opgørelse\w*|data|dashboard\w*|guide\w*|app|appen|"
    r"system\w*|skabelon\w*|template|figures|numbers|statistics|overview|tool|værktøj\w*|"
    r"spørgeskema\w*|questionnaire|måling\w*|registrering\w*|procedure|routine|rutine\w*|"
    r"debatindlæg|indlæg|kronik|debate piece|piece|op-ed|blog post|post|podcast\w*|episode|"
    r"leaflet|flyer|folder|brochure|pamphlet|pjece|opslag|poster|plakat|"
    # round 11: a part of a document on the topic ("the section on sick-leave follow-up")
    r"section|sektion|afsnittet|kapitel\w*|chapter|paragraph|tjekliste\w*|checklist\w*|forældremøde|"
    # round 16 (red team r15): more work products on a topic ("beredskabsplanen for vold", "a session on
    # IVF", "dagsorden til fraværssamtaler", "the reporting line for staff who experience …")
    r"sessions?|sessionen|dagsorden\w*|agenda|\w+planen|\w+politikken|reporting line|hotline|helpline|ordning\w*|scheme|"
    # round 19 (writer AV): a quiz, a contest or an exam on the topic ("won the regional quiz on cardiac arrest")
    r"quiz\w*|konkurrence\w*|competition|contest|eksamen|exam|prøve|prøven|test|testen|certificering\w*|certification) "
    r"(?:om|on|about|for|mod|against|vedrørende|omkring|regarding|over|of|til|på|to)\b|"
    # … and the work of preventing or handling it: "forebyggelse af stress", "prevention of violence"
    r"(?:forebyggelse|prevention|håndtering|bekæmpelse|reduktion|reduction|nedbringelse) (?:af|of)\b|"
    r"\b(?:preventing|tackling|combating|reducing|forebygge|bekæmpe|nedbringe|avoid|avoiding|undgå|undgår) )"
    r"[^.!?]{0,60}$"
)
# What someone says, writes or researches about a topic is not a detail about them: "Hvad
# siger Brené Brown om depression?", "Steffen Bohni advarer om stress", "talk openly about
# anxiety" — unless a pronoun in between makes it about a person ("told me about her cancer").
_SPEECH_ABOUT = re.compile(
    r"\b(?:siger|sagde|mener|skriver|skrev|skrevet|sagt|fortalt|nævnt|beskrevet|talt|forsket|blogget|"
    r"fortæller|anbefaler|anbefalede|nævner|beskriver|written|spoken|blogged|published|publiceret|udgivet|"
    r"forsker|taler|talte|advarer|advarede|sige|skrive|mene|say|says|said|write|writes|wrote|"
    r"udtaler sig|udtalt sig|udtalte sig|commented|comments|spoke|speaks|"
    r"recommend|recommends|suggest|suggests|think|thinks|"
    r"argues|mentions|researches|talks?|talked|speaks?|warns?|warned|asked|asks|spurgte|spørger|discuss|discusses|"
    r"discussed|drøfte|drøfter|drøftede|diskutere|diskuterer|"
    # (round 13, red team) a named colleague asking about a rule: "Kim fra løn spørger, om sygedage …",
    # "har spurgt, hvordan man …", "vil vide, om …", "asked whether we need …"
    r"spurgt|vide|know|wonders|wondering|undrer sig)(?:,? [\w'’-]+){0,5}?,? (?P<prep>om|about(?! to\b)|on|how|hvordan|hvorfor|why|whether|if)\b"
    r"(?:(?!\b(?:hun|han|hans|hendes|sin|sit|sine|she|he|his|her|their|mig|me)\b)[^.!?]){0,60}$"
)
# A statement of policy by someone ("har udtalt, at sygefraværet skal ned", "said that sick leave
# must fall") and someone's job on a topic ("står for fraværssamtalerne", "leads the pregnancy yoga
# class", "wants to discuss sick leave") are about the topic, not about them.
_OWN_AFTER_TOPIC = re.compile(
    r"[\w-]*,?\s+(?:som|which|that|hvad)\s+(?:hun|han|she|he|vedkommende)\s+(?:selv\s+|herself\s+|himself\s+|also\s+|også\s+)?"
    r"(?:har|had|has|har haft|havde|kæmpe\w*|struggled|struggles|escaped|lived|levede|levet|suffered|lider|led|fought|been through|"
    r"gik igennem|gået igennem|overcame|overvandt)\b"
)
_TIME_OF_TREATMENT = re.compile(
    r"\b(?:despite|after|during|since|through|under|efter|trods|siden|gennem)\s+(?:the\s+|his\s+|her\s+|sin\s+|sit\s+|den\s+|det\s+)?$"
)
_OWN_POSSESSIVE_BEFORE = re.compile(r"\b(?:sin|sit|sine|his|her|hans|hendes)\s+(?:[\w-]+\s+)?$")
_STATED_OR_JOB = re.compile(
    r"\b(?:udtalt|udtalte|sagt|sagde|skrevet|skrev|meldt ud|said|stated|announced|wrote),? (?:at|that)\b[^.!?]{0,40}$|"
    r"\b(?:står for|har ansvaret for|ansvarlig for|is in charge of|in charge of|responsible for|leads|runs|"
    r"coordinates|koordinerer|underviser i|teaches|holder (?:åbent hus|oplæg|kursus|møde)\w*(?: \w+){0,2} (?:for|om)|"
    r"wants? to discuss|vil drøfte|vil tage sig af|"
    # round 12 (writer AB): someone's expertise in the topic — "Fatima er mere erfaren med lønindeholdelse"
    r"erfaren med|erfaring med|experienced (?:in|with)|experience (?:in|with)|ekspert i|expert (?:in|on)|specialist i|"
    # round 16 (writer AO): where someone has worked ("erfaring fra et andet krisecenter")
    r"erfaring fra|experience from|experience at|worked (?:at|in)|har arbejdet (?:på|i)|tidligere ansat (?:på|i)|"
    r"specialist in|speciale i|good at|god til|kender til|knows about|arbejder med|works (?:on|with)|"
    # round 11 (red team): explaining, administering or teaching the topic to others
    r"(?<!you )(?<!du )(?:explain\w*|forklar\w*)|administrer\w*|handles|håndterer|undervise (?:\w+ ){0,2}i|underviser (?:\w+ ){0,2}i|"
    r"uddanne (?:[\w'’-]+ ){0,3}i(?: at \w+)?|train\w* (?:\w+ ){0,3}(?:in|on)|teach\w* (?:\w+ ){0,3}(?:about|on))"
    r"(?: (?:the|de|det|den|a|an|en|et|alle|our|vores))?(?: [\w-]+)?\s*$|"
    # (round 16, red team r15) teaching others to notice it: "undervise vores pædagoger i at spotte tegn på omsorgssvigt"
    r"\b(?:undervise|underviser|undervist|lære|lærer|teach\w*|train\w*|uddanne\w*)\b(?: (?!(?:har|er|is|has|was|var|fik|got)\b)[\w-]+){0,3}"
    r" (?:(?:i|in|on|about|om) )?(?:at|to|how to|hvordan (?:man|de|vi)) (?:spotte|spot|opdage|notice|recognise|recognize|genkende|"
    r"håndtere|handle|tale om|talk about)(?: [\w-]+){0,3}\s*$",
    re.IGNORECASE,
)
# (round 17, red team r16) The one who leads the institution whose name holds the keyword: "Lederen af
# Vesterå Krisecenter, Hanne Wulff", "Chefen for Vesterå Arrest", "the director of Vesterå Women's Refuge".
# Read on the text as typed: the institution's name is capitalised, the keyword inside it too.
_LEADS_INSTITUTION = re.compile(
    r"\b(?i:leder|lederen|chef|chefen|direktør|direktøren|forstander|forstanderen|inspektør|inspektøren|"
    r"head|director|manager|chief|governor|warden|"
    # (round 21, red team r22 a) an organisation's officers by title: "Formanden for FOA i Østjylland",
    # "Konsulenten fra Dansk Sygeplejeråd", "the chair of Unite's branch" — the office, not a membership
    r"formanden|næstformanden|the chair|the chairman|the chairwoman|the chairperson|the president|"
    r"konsulenten|the consultant|den faglige sekretær|the organi[sz]er|the official)"
    r"\s+(?i:af|for|of|at|på|fra|from)(?:\s+the)?(?:\s+[A-ZÆØÅ0-9][\w'’-]*){0,3}\s*$"
)
# (round 22, red team r23 a) A union's officers also in compounds, the indefinite and English offices:
# "Forhandlingskonsulenten fra FOA", "formand for 3F's …", "Næstformanden i Socialpædagogerne", "the
# regional officer for Unison", "who chairs the RCN branch" — for unions only: a party's chair is politics.
_UNION_OFFICE_BEFORE = re.compile(
    r"\b(?i:[\w-]+konsulenten|[\w-]*formand|[\w-]*formanden|[\w-]*næstformand|faglig sekretær|"
    r"the (?:regional |branch |area |national |full-time )?(?:officer|organi[sz]er|secretary|president))"
    r"\s+(?i:af|for|of|at|på|fra|from|i|in)(?:\s+the)?(?:\s+[A-ZÆØÅ0-9][\w'’-]*){0,3}\s*$"
    r"|\b(?i:chairs|chaired|leads|runs) the\s*$"
)
# (round 22, red team r23 a) The office after the organisation's name: "Dansk Sygeplejeråds kredsnæstformand",
# "HK Kommunals faglige sekretær", "the GMB branch secretary", "the Unison regional organiser".
_OFFICE_AFTER = re.compile(
    r"^(?:'s|’s|s)?\s+(?:[\w-]+\s+){0,1}?(?:[\w-]*formand(?:en)?|[\w-]*næstformand(?:en)?|faglige? sekretær\w*|"
    r"[\w-]*konsulent(?:en)?|(?:branch |regional |area |national )?(?:secretary|organi[sz]er|officer|chair|president))\b",
    re.IGNORECASE,
)
# (round 16, red team r15) The keyword names what a work product is about when an artefact noun
# follows it ("the sick leave procedure", "the domestic abuse policy") — unless it is someone's.
_ARTEFACT_AFTER = re.compile(
    r"^[\w-]*(?:\s+(?!-(?:\s|$))[\w-]+)?\s+(?:procedure|policy|policies|politik|kampagne|campaign|course|kursus|session|workshop|plan|"
    r"reporting line|hotline|helpline|dagsorden|agenda|skabelon|template|guide|programme|program|forløb|ordning|"
    r"scheme|training|undervisning|oplæg|materiale|pjece|leaflet|tjekliste|checklist|protocol|protokol|"
    r"retningslinje\w*|guidelines?|toolkit|awareness)\b",
    re.IGNORECASE,
)
# (round 16, red team r15) Something organised or provided for a whole group is the organiser's work,
# not a detail about the organiser: "har arrangeret fælles iftar for hele kontoret", "is rewriting the
# sick leave procedure for the whole council", "sat en kampagne i gang om rygestop for alle ansatte".
_ORGANISED = re.compile(
    r"\b(?:arrangeret|arrangerer|arrangerede|arranged|arranging|arranges|booked|booket|booker|bestilt|bestiller|ordered|"
    r"planlagt|planlægger|planned|planning|organi[sz](?:ed|es|ing)|sat (?:[\w-]+ ){0,3}i gang|sætter (?:[\w-]+ ){0,3}i gang|"
    r"set up|sets up|setting up|running|runs|ran|rewriting|rewrites|rewrote|writing|skrevet|skriver|står for|stået for|"
    r"holder|holdt|hosting|hosts|hosted|inviteret|inviterer|invited|lavet|laver|made|making|udarbejdet|udarbejder|drafted|drafting)\b"
    r"(?:(?!\b(?:hun|han|hans|hendes|sin|sit|sine|she|he|his|her|hers)\b)[^.!?;])*$",
    re.IGNORECASE,
)
# Someone on a plan or scheme, or helped by the service, is in it: "is on a flex job scheme", "are on a
# child protection plan", "får hjælp fra Mødrehjælpen" — the artefact and the organisation are the detail.
_ON_IT = re.compile(
    r"\b(?:is|are|was|were|been|er|var|bliver|blev|kommet|sat|put|placed|kept|signed up|tilmeldt|indskrevet) "
    r"(?:on|in|under|på|i|til|onto|into)\s+(?:(?:a|an|the|en|et|sin|sit|his|her|their)\s+)?(?:[\w-]+\s+)?$"
)
_HELP_FROM = re.compile(
    r"\b(?:hjælp|støtte|rådgivning|behandling|help|support|treatment|counselling|counseling|assistance) "
    r"(?:fra|hos|from|at|by|through)\s*$|\b(?:i behandling|in treatment|indskrevet|er kendt) (?:hos|på|at|with)\s*$"
)
_FOR_GROUP_AFTER = re.compile(
    r"^(?:(?!\b(?:hun|han|hans|hendes|sin|sit|sine|she|he|his|her|him|ham|hende)\b)[^.!?;]){0,50}?"
    r"\b(?:for|til|to) (?:hele|alle|the whole|all|everyone|everybody|staff|the team|teamet|kontoret|afdelingen|"
    r"borgerne|borgere|citizens|residents|beboerne|gæsterne|guests|kollegerne|colleagues|medarbejderne|ansatte|"
    r"the (?:office|department|council|staff|residents|citizens|guests)|plejecentret|the care home)\b",
    re.IGNORECASE,
)
# (round 16, red team r15) A capitalised compound mid-sentence ending in an institution's head is an
# organisation's name: "Mads fra Kræftrådgivningen", "aftalen med Alkoholbehandlingen".
_ORG_COMPOUND = re.compile(
    r"(?-i:[A-ZÆØÅ])[\wæøå]*(?:rådgivningen|behandlingen|foreningen|centret|centeret|klinikken|tjenesten|enheden|"
    r"huset|fonden|hjælpen|linjen|kontoret|afdelingen|ambulatoriet|stedet)\b"
)
_NAMED_ORG_TOPICS = frozenset({"health", "social_case", "hr_case", "criminal"})
_IN_PROPER_NAME = re.compile(
    r"(?:(?<=[A-ZÆØÅ][a-zæøå]{2} )|(?<=[A-ZÆØÅ][a-zæøå]{3} )|(?<=[A-ZÆØÅ][a-zæøå]{4} )|(?<=[A-ZÆØÅ][a-zæøå]{5} )|"
    r"(?<=[A-ZÆØÅ][a-zæøå]{6} ))?[A-ZÆØÅ][\wæøå]+(?:s)?(?= [A-ZÆØÅ][a-zæøå]+| (?:Society|Association|Foundation|Forening|Fond))"
)
# A possessive between the topic noun and the keyword makes it about someone again: "en plan for
# hans depression", "a report on her absence".
_OWNER = re.compile(r"\b(?:sin|sit|sine|hans|hendes|deres|his|her|their)\b")
_GENERAL_SENTENCE = re.compile(
    r"(?:^|[.!?:]\s+)(?:generelt|i almindelighed|generally|in general|overall|helt generelt)\b[^.!?]*$", re.IGNORECASE
)
_MARKS_OWN_NEWS = re.compile(
    r"\b(?:to (?:mark|celebrate)|celebrating|marking|for at (?:fejre|markere)|i anledning af|fordi|because|since|now that|nu hvor)\b"
)
_TOPIC_AFTER = re.compile(r"^[^.!?]{0,40}\b(?:generelt|i almindelighed|in general|generally)\b")
# A keyword about a group or a unit as a whole is a topic: "afdelingens samlede sygefravær",
# "the team's absence", "hvor medarbejdere kan melde sig syge", "hvordan vi registrerer fravær",
# "barns sygdom" (a leave scheme), "the overall sick-leave rate".
_AGGREGATE_BEFORE = re.compile(
    r"\b(?:afdelingens|teamets|kommunens|institutionens|skolens|arbejdspladsens|personalets|"
    r"medarbejdernes|de ansattes|ledernes|the team's|the department's|the unit's|our staff's|"
    r"samlede|total|overall|gennemsnitlige|average|generelle|højt|høje|lavt|lave(?!\s+(?:en|et|nogle|ny|nyt)\s)|high|low)\s+"
    # (round 11) a conjunction starts a new predicate: "… than the team average and misses deadlines"
    r"(?:(?!(?:and|og|but|men|or|eller)\b)\w+\s+)?$"
    r"|(?:^|[,.;:]\s*|\b(?:hvor|når|hvis|at|som|der|where|when|if|that|og|and|so|så|alle|all|mange|many|vores|our)\s+)"
    r"(?:medarbejdere|ansatte|kolleger|folk|borgere|brugere|ledere|staff|employees|people|"
    r"workers|users|leaders|everyone) (?:\w+ ){0,3}$"
    r"|\b(?:registrer\w*|måle|måler|opgøre|opgør|indberette\w*|rapportere\w*|record|records|recording|"
    r"track|tracks|tracking|measure|measures|measuring|report on|reporting) (?:\w+ )?$"
    r"|\bbarns?\s+(?:første\s+)?$|\bchild's\s+$"
    # a task of administering the thing: "at godkende fravær", "how to approve sick leave"
    r"|\b(?:godkende|godkender|godkendelse af|approve|approving|approval of|håndtere|håndterer|handle|handling)\s+$"
)
_LEVEL_WORD = re.compile(r"\b(?:højt|høje|lavt|lave|high|low)\s+(?:\w+\s+)?$")
_MEASURED_BODY = re.compile(
    r"(?:blod\w*|lever\w*|kolesterol\w*|cholesterol|blood\w*|sugar|iron|jern\w*|stofskifte\w*|thyroid\w*|puls\w*|"
    r"hæmoglobin\w*|haemoglobin|hemoglobin|tal(?:let)?|levels?)"
)
_AGGREGATE_AFTER = re.compile(
    r"^[\w-]*\s+(?:among|blandt)\s+(?:\w+\s+)?(?:ledere|leaders|managers|medarbejdere|employees|staff|ansatte|"
    r"workers|lærere|teachers|sygeplejersker|nurses|pædagoger|people|danskere|unge|young people|elever|eleverne|pupils|"
    r"students|børn|børnene|children|borgere|citizens)\b"
    # (round 17, red team r16) a figure for a whole unit or area: "the sickness absence for the whole
    # directorate rose to 6.2 %", "… how many council tenants are in rent arrears across the borough"
    r"|^[\w-]*\s+(?:[\w-]+\s+){0,6}?(?:for|in|across|i|på tværs af|blandt)\s+(?:the\s+)?(?:whole|entire|hele|alle|all)\b"
    r"(?!\s+(?:(?:\w+)?dag(?:en|e)?|ugen?|uger|måned(?:en|er)?|året|år|perioden|tiden|weekend(?:en)?|sommer(?:en)?|"
    r"vinter(?:en)?|efteråret|foråret|januar|februar|marts|april|maj|juni|juli|august|september|oktober|november|"
    r"december|days?|weeks?|months?|years?|time|period|summer|winter|spring|autumn|morning|evening|night|nat(?:ten)?|"
    r"morgen(?:en)?|aften(?:en)?|forløbet|livet|life|career|karrieren|vagten|shift|january|february|march|may|june|"
    r"july|october|december|the time)\b)"
    r"|^[\w-]*\s+(?:[\w-]+\s+){0,3}?across the (?:borough|council|municipality|region|organi[sz]ation|country)\b"
)
# (round 17, red team r16) … and a share of a group told before it: "halvdelen af hjemmeplejen har været
# syge", "how many council tenants are in rent arrears"
_SHARE_OF_GROUP = re.compile(
    r"\b(?:halvdelen|en tredjedel|en fjerdedel|flertallet|størstedelen|mange|hvor mange|(?:næsten |over |under )?\d+ ?%|"
    r"half|a third|a quarter|the majority|most|many|how many|(?:almost |over |nearly )?\d+ ?(?:%|per ?cent))"
    r"\s+(?:af|of)?\s*(?:the\s+)?[\w-]+(?:\s+[\w-]+)?\s+(?:har|er|var|have|has|are|were|is)\b[^.!?]{0,30}$"
    r"|\bhow many [\w-]+(?: [\w-]+)? (?:are|were|have|has)\b[^.!?]{0,20}$"
)
# Someone unnamed is the one the detail is about: "Han siger, at en medarbejder i et af
# køkkenerne har et alkoholproblem" — the named person only reports it.
_UNNAMED_SUBJECT = re.compile(
    r"(?P<np>\b(?:en|et|a|an|one|nogen|someone|somebody) (?:af (?:mine|vores|de) |of (?:my|our|the) )?(?:\w+ )?"
    r"(?:medarbejder|kollega|ansat|borger|elev|person|employee|colleague|staff member|worker|resident|"
    r"citizen|pupil|member of staff|member of my team)\w*\b)[^.!?]{0,60}$"
)
_CLAUSE_OR_PRONOUN = re.compile(
    r"[,;]|\b(?:at|that|om|if|whether|han|hun|de|he|she|they|hans|hendes|his|her|him|their|them)\b"
)
# "… is a citizen on our caseload": an indefinite noun after a copula describes the named person.
_COPULA_BEFORE = re.compile(r"\b(?:is|was|er|var|som|as)\s*$")
_CAPITALISED = re.compile(r"(?<![.!?:]\s)(?<!^)\b[A-ZÆØÅ][a-zæøå]+")


# An e-mail address or a web address is where to write or look, not something said about
# someone: "chefgruppen@hk.dk", "www.3f.dk/raad" name no union membership.
_ADDRESSES = re.compile(r"[\w.+-]+@[\w.-]+|\bhttps?://\S+|\bwww\.\S+|\b[\w-]+\.(?:dk|com|org|net|eu|nu)\b\S*")


# (round 23, red team r25 a) A sensitive word in an idiom about a thing, not the person: "high on the new
# rota", "a real addict when it comes to crosswords", "religious about her calendar", "skør med citroner",
# "ondt i maven over vagtplanen", "stjålet billedet", an escape room's prison, a warning from Outlook, a
# diagnosis of a website, "faste møder" (fixed meetings), a subscription cancelled, room "3F".
# (round 26, red team r31 a) hazards a warning may be about ("glatte fortove", "phishing"): such a warning passed on
# is no sanction (also `rule._HAZARD_AFTER`)
HAZARD_WORDS = (
    r"glatte?|glat|is|icy|ice|slippery|phishing|storm\w*|svindel|scam\w*|virus|hedebølge|heat\w*|sne|snow|flood\w*|"
    r"oversvømmelse\w*"
)
_IDIOMS = re.compile(
    # (round 28, red team r35 a) "dømt til at blive kaffeansvarlig": condemned to a chore, not sentenced
    r"\bdømt til at (?!betale|afsone|sidde|udrede)[\w-]+|"
    # (round 28, red team r34 a) a fault diagnosed in a thing: "diagnosed the fault in the server", "stillet diagnosen på det
    # utætte tag"
    r"\bdiagnos\w* (?:the |a |an |det |den |en |et )?(?:[\w-]+ )?(?:fault|problem|issue|error|bug|leak|fejl\w*|problem\w*|"
    r"utæthed\w*)\b|\bdiagnosen på (?:det|den|et|en|the) [\w-]+|"
    # (round 26, red team r31 a) a warning about a hazard passed on, not a disciplinary one
    r"\b(?:(?:a|an|en|et)\s+)?(?:(?:short|brief|kort)\s+)?(?:advarsel|warning)\s+(?:(?:til|to|for)\s+\w+\s+)?(?:om|about|of)\s+"
    r"(?:de |den |det |the )?(?:" + HAZARD_WORDS + r")\b|"
    # (round 26, red team r30 a) a knack or a blind spot: "næse for gode historier", "blind for detaljerne", "a true believer
    # in OKRs"
    r"\b(?:næse|nose|øje|eye|øre|ear|sans|flair) for (?:gode |good |the )?[\w-]+|\bblind (?:for|to) (?:detaljer\w*|details?|"
    r"fejl\w*|mistakes?|egne|sine|his|her|the|de|det)\b|\b(?:true |firm |great )?believer in (?!god\b|allah\b|jesus\b)[\w-]+|"
    r"\btroende på (?!gud\b|allah\b|jesus\b)[\w-]+|"
    r"\b(?:(?:is|was|are|were|so|really|totally|completely|er|var) )?high on (?:the |a |an |our |this |that |her |his )?(?!drugs?\b|coke\b|cocaine\b|heroin\b|speed\b|pills?\b|weed\b|"
    r"cannabis\b|alcohol\b|meth\b|something\b|painkillers?\b|opioids?\b|ketamine\b|mdma\b|ecstasy\b|"
    # (round 27, red team r33 a) … nor the drugs named by slang or brand, nor faith practices
    r"hash\b|spice\b|crack\b|codeine\b|kodein\b|tramadol\b|morphine\b|morfin\b|oxy\w*|benzo\w*|piller\b|smertestillende\b|"
    r"subutex\b|suboxone\b)[\w-]+|"
    r"\b(?:addict|junkie|fiend)s? (?:when it comes to|for) (?!hash\b|spice\b|crack\b|codeine\b|kodein\b|tramadol\b|morphine\b|morfin\b|oxy\w*|benzo\w*|piller\b|smertestillende\b|heroin\b|cocaine\b|kokain\b|alcohol\b|alkohol\b|pills\b|painkillers\b|opioid)[\w-]+|"
    r"\b(?:religious|religiøs) (?:about|omkring|med) (?!(?:the |his |her |sin |den |det )?(?:fredagsbøn\w*|friday prayers?|bøn\w*|prayers?|"
    r"mass|messe\w*|gudstjeneste\w*|sabbat\w*|sabbath|ramadan\w*|faste\w*|fasting|kirke\w*|church|moské\w*|mosque|synagog\w*))[\w-]+|"
    r"\b(?:skør|tosset|vild|crazy|mad|nuts) (?:med|efter|about|for) [\w-]+|"
    r"\b(?:ondt i maven|sommerfugle i maven) (?:over|om|ved tanken)\b|"
    r"\b(?:stjålet|stjal|stjæler|stole|steals|stolen) (?:billedet|showet|the show|the spotlight|opmærksomheden|scenen)\b|"
    r"\bescape ?room\b[^.?!]{0,80}|"
    r"\b(?:advarsel|warning|varsel) (?:fra|from) (?:outlook|systemet|the system|windows|teams|appen|the app|antivirus\w*|"
    r"\w+-?systemet|the (?:\w+ )?software)\b|"
    r"\bdiagno(?:sis|se|sen) (?:of|af|på) (?:the |our |vores |det |den |hele )?[\w-]*(?:intranet|website|hjemmeside|system|"
    r"motor|engine|bil|server|netværk|network|budget|proces|process|side|links?)\w*|\b(?:a |an )?(?:full |fuld |complete )?diagnosis\b(?= and found)|"
    r"\b(?:holder |holde |holdt |har )?faste (?!under\b|efter\b|eller\b|over\b|hele\b|sammen\b|fredag\w*|i\b)[a-zæøå]+(?:er|r|ne)\b|"
    r"\b(?:sagt|opsagt|cancelled|canceled) (?:op )?(?:[–-] )?(?:altså )?(?:sit|sin|hans|hendes|his|her|the) "
    r"(?:abonnement\w*|subscription\w*|avis\w*|newspaper|magazine|mobilabonnement\w*|fitness\w*|gym membership)\b|"
    r"\b(?:lokale|mødelokale|room|rum|etage|floor|sal)\s+\d[a-z]\b|"
    r"\b(?:postkasse\w*|mailbox|inbox|indbakke\w*|disk\w*|drev\w*|kalender\w*|bus(?:sen)?|lokalet|salen|parkeringsplads\w*|"
    r"the (?:room|car park|bus|calendar|disk|drive))\s+(?:er|is|var|was)\s+(?:helt |completely |totally )?(?:fuld|full)\b|"
    # (round 24, red team r26 a) hyperbole: a sudden illness at a price, a bill or a machine ("nearly had a heart
    # attack when she saw the printing bill", "fik et hjertestop, da han så prisen", "et nervesammenbrud over den nye
    # printer"), a broken neck on a task, a sore bottom over a car, money bleeding out
    r"\b(?:(?:nearly|almost|practically|næsten|nærmest|halvt) )?(?:had |got |fik |fået )?(?:a |an |et |en )?"
    r"(?:heart attack|stroke|nervous breakdown|hjertestop|hjerteanfald|blodprop|nervesammenbrud|slagtilfælde|fit)\b"
    r"(?=,? (?:(?:when|da) (?:she|he|they|i|we|hun|han|de|jeg|vi) (?:saw|så|heard|hørte|read|læste|got|fik|opened|åbnede)\b|"
    r"(?:when|da) (?:the|den|det|prisen|regningen|fakturaen) |at the (?:bill|invoice|price|news)))|"
    r"\b(?:nearly|almost|practically|næsten|nærmest|halvt) (?:had |got |fik |fået )?(?:a |an |et |en )?"
    r"(?:heart attack|stroke|nervous breakdown|hjertestop|hjerteanfald|nervesammenbrud|fit)\b(?= over (?:den|det|the) )|"
    r"\b(?:brækkede|brækker|knækkede) nakken på\b|\bondt i (?:numsen|røven|r\w+) over\b|\bbleeding (?:money|cash)\b|"
    # (round 24, red team r27 a) busy "stress på", crazy about a sport, an allergy to a font or a product, about to
    # have a fit over a plan
    r"\b(?:der er )?stress på\b|\bsyg med (?:padel|golf|tennis|fodbold|løb|cykling|håndbold|badminton|yoga|crossfit)\b|"
    r"\ballergi\w* over for (?-i:[A-Z])\w+|\ballergic to (?-i:[A-Z])\w+|"
    r"\bved at få (?:et |en )?(?:hjerteanfald|hjertestop|nervesammenbrud|blodprop) over\b|"
    # (round 25, red team r28 a) laughing fits, and a split mind about a demand
    r"\b(?:dø|døde|død|dør) af grin\b|\bgrineflip\w*|\b(?:dying|died|die) (?:of|with) laughter\b|\bdied laughing\b|"
    r"\bskizofren\w* i (?:sine|sin|sit|hans|hendes|deres) (?:krav|valg|holdning\w*|beslutning\w*|humør|ønsker)\b|"
    r"\bschizophrenic (?:about|in (?:his|her|their) (?:demands|choices|wishes))\b"
)


def _idiom_spans(lower: str) -> tuple[tuple[int, int], ...]:
    """(round 23) The idioms of a message (`_IDIOMS`): a keyword inside one is no detail."""
    return tuple((m.start(), m.end()) for m in _IDIOMS.finditer(lower))


def has_idiom(text: str) -> bool:
    """(round 23) The message uses a sensitive word in an idiom about a thing (`_IDIOMS`): the learned
    signal, which reads the word, is not asked about it."""
    return _IDIOMS.search(text.lower()) is not None


@lru_cache(maxsize=64)
def _address_spans(lower: str) -> tuple[tuple[int, int], ...]:
    """The e-mail and web addresses of a message, found once for all categories."""
    return tuple((m.start(), m.end()) for m in _ADDRESSES.finditer(lower)) if ("@" in lower or "." in lower) else ()


def _inside_other_word(lower: str, start: int) -> bool:
    """A keyword that starts inside a word counts only as the later part of a compound: what
    stands before it in the word (less a linking s or e) must be a word of its own
    ("alkohol|misbrug", "langtid-s|sygemeldt", "præstation-s|angst") — not "assi|stent" in
    "kontorassistent" or "s|angst" in "sangstemme"."""
    a = start
    while a > 0 and (lower[a - 1].isalpha()):
        a -= 1
    prefix = lower[a:start]
    if not prefix:
        return False
    lex = lexicon()
    for cand in (prefix, prefix[:-1] if prefix[-1:] in "se" else prefix):
        if len(cand) >= 2 and (lex.is_ordinary(cand) or lex.is_compound(cand)):
            return False
    return True


# Ordinary words that hold a concept's stem but mean something else (round 7): found by running
# `detail_category` over every ordinary word of retrieval/data/words.txt (57,954 words) and
# reading the 1,039 hits — "eksempel" is no eczema, "bekræfte" no cancer, "til gengæld" no debt,
# "ansigtet"/"langsigtet" nobody charged, "fyren" (the guy) nobody fired. A word that begins with
# one of these is never a detail. tests/retrieval/test_guard_round7.py checks each.
INNOCENT_WORDS = (
    "eksemp",
    "bekræft",
    "kræfter",
    "hestekræft",
    "arbejdskræft",
    "gengæld",
    "tilgengæld",
    "ansigt",
    "kortsigt",
    "langsigt",
    "fyren",
    "fyrene",
    "hospitalit",
    "humanior",
    "indskrænk",
    "indvold",
    "magtmisbrug",
    "mistress",
    "seamstress",
    "multidisciplin",
    "interdisciplin",
    "musikhus",
    "opsigt",
    "pokemon",
    "breddegrad",
    "blæksprut",
    "bombardement",
    "commission",
    "disturb",
    "determinat",
    "dowager",
    "exterminat",
    "sabbatical",
    "stillness",
    "suspender",
    "tiltalende",
    "vestvold",
    "voldemort",
)


def _innocent_word(lower: str, start: int) -> bool:
    a = start
    while a > 0 and lower[a - 1].isalpha():
        a -= 1
    return lower.startswith(INNOCENT_WORDS, a)


def _matches(cat: str, text: str, lower: str) -> Iterator[tuple[int, int]]:
    spans = _address_spans(lower) + _idiom_spans(lower)
    for rx in _PARTS[cat]:
        for m in rx.finditer(lower):
            if any(a <= m.start() and m.end() <= b for a, b in spans):
                continue
            if _inside_other_word(lower, m.start()) or _innocent_word(lower, m.start()):
                continue
            yield m.start(), m.end()
    if cat in _CASED:
        # "er fra Somalia", "born in Pakistan": an origin only when the place is a country.
        countries = lexicon().countries
        for m in _RX[cat].finditer(text):
            country = m.group("country") or m.group("country2")
            if country and country.lower() in countries:
                yield m.start(), m.end()
    if cat == "ethnicity":
        yield from origin_spans(text)
    if cat == "political":
        for m in _VENSTRE.finditer(text):
            yield m.start(), m.end()
    if cat in _CASED_NAMES:
        for m in _CASED_NAMES[cat].finditer(text):
            yield m.start(), m.end()


def detail_spans(text: str) -> list[tuple[int, int, str]]:
    """(start, end, category) of every sensitive keyword in a normalised text."""
    lower = text.lower()
    return [(s, e, cat) for cat in CATEGORY_ORDER for s, e in _matches(cat, text, lower)]


# A keyword inside a compound whose head names a unit, a profession, a policy or a course
# ("misbrugscentret", "demensafdelingen", "alkoholpolitik", "stresscoach", "kræftsygeplejerske")
# or followed by such a noun ("the dementia unit") is a topic, not a detail about anyone.
_TOPIC_HEAD = re.compile(
    r"(?:afdeling|center|centret|centeret|enhed|område|klinik|team|gruppe|hus|huset|tilbud|"
    r"politik|kursus|kurset|kurser|strategi|regler|vejledning|forebyggelse|indsats|konsulent|"
    r"koordinator|coach|sygeplejerske|behandler|læge|psykolog|rådgiver|medarbejder|udvalg|"
    r"uddannelse|projekt|netværk|forening|forbund|unit|ward|clinic|policy|course|team|"
    r"service|services|nurse|programme|program|"
    # round 16 (red team r15): a system, procedure or plan for the thing ("sygefraværssystem")
    r"system|procedure|plan|skabelon|registrering|statistik|samtaleskema|it-system|modul|"
    # (round 21) a field and a caseload: "misbrugsområdet", "fleksjobområdets", "tvangsfjernelsessagerne"
    r"området|områdets|feltet|sager|sagerne|assessments?|"
    # (round 22, red team r24 a) letters and applications of the kind: "sanktionsbreve", "ansøgninger"
    r"brev|breve|brevet|brevene|ansøgning|ansøgninger|ansøgningerne|"
    # (round 23, red team r25 a) a job named by its field: "fængselsbetjent", "gældsrådgivning"
    r"betjent|vagt|vejleder|rådgivning|officer|guard|"
    # (round 29) the kind of meeting in the definite plural: "skal tage fraværssamtalerne" (someone's task, not their absence)
    r"samtalerne|møderne|"
    # (round 29, red team r36 a) a colleague's role for a condition: "diabetes-kontaktpersoner", "demensambassadør"
    r"kontaktperson|ambassadør|nøgleperson|tovholder|superbruger)(?:en|et|erne|ene|s|e|er)?$"
)
_TOPIC_NEXT = re.compile(
    r"^[ -]?(?:unit|ward|team|department|centre|center|clinic|policy|course|services?|nurse|"
    # round 11 (red team): a charity, a fundraiser, storage or a kit for the thing
    r"charit(?:y|ies)|fundraiser|indsamling\w*|safe|storage|opbevaring|kit|supplies|"
    r"programme|program|afdeling\w*|center\w*|politik\w*|kursus\w*|data|statistics|figures|rates?|"
    r"numbers|registration|reporting|records|dashboard|procedures?|rules|regler|statistik\w*|tal|procent|"
    r"data\w*)\b"
)
# (round 11) A staff noun right after the keyword names a job: "debt advisors", "addiction
# counsellors", "the benefits officer" — unless a possessive makes it someone's ("her drug counsellor").
_STAFF_NEXT = re.compile(
    r"^[ -]?(?:advis[oe]rs?|counsell?ors?|officers?|caseworkers?|workers?|consultants?|coordinators?|specialists?|"
    r"experts?|teams?|staff)\b"
)
_WORD_CHARS = re.compile(r"[\w-]")


def _word_around(lower: str, start: int, end: int) -> tuple[str, int]:
    a, b = start, end
    while a > 0 and _WORD_CHARS.match(lower[a - 1]):
        a -= 1
    while b < len(lower) and _WORD_CHARS.match(lower[b]):
        b += 1
    return lower[a:b], b


# A personal pronoun as the subject right before the keyword: "… – hun har haft mange sygedage"
# is said about her, whatever topic word stands earlier in the message.
_PRONOUN_SUBJECT = re.compile(r"\b(?:hun|han|she|he|vedkommende)\b(?: [\w'’-]+){0,3} ?$")


# A plural group described by the condition (round 7): "børn med angst", "medarbejdere med
# stress", "people with diabetes" — nobody in particular.
_GROUP_WITH = re.compile(
    r"(?<!har )(?<!hendes )(?<!hans )(?<!sine )(?<!andre )(?<!other )(?<!her )(?<!his )(?<!has )(?<!have )"
    r"(?<!their )(?<!deres )(?<!to )(?<!tre )(?<!two )(?<!three )"
    r"\b(?:børn|unge|elever|borgere|medarbejdere|ansatte|kolleger|patienter|beboere|familier|forældre|ledere|"
    r"mennesker|personer|folk|children|kids|pupils|students|citizens|employees|staff|colleagues|patients|"
    r"residents|families|parents|leaders|people|persons)\s+(?:med|with|who have|som har|der har)\s+(?:\w+\s+)?$"
)


# (round 33, red team r42 a) … or by a relative clause on the plural group: "unge, som er blevet dømt for indbrud",
# "borgere, der har været i fængsel", "tenants who are in rent arrears", "families where a parent is in prison",
# "familier, hvor mor har en fødselsdepression" — the clause describes the group the unit serves, no one in it.
# "one of our tenants, who has …", "en af vores beboere, der …": one member, picked out
_ONE_OF_GROUP = re.compile(r"\b(?:one of|en af|et af|én af)\s+(?:(?:our|the|my|vores|de|mine|vore)\s+)?(?:[\w-]+\s+)?$")
_GROUP_CLAUSE = re.compile(
    r"\b(?:børn|unge|elever|borgere|patienter|beboere|lejere|familier|forældre|mennesker|personer|brugere|klienter|"
    r"children|kids|pupils|students|citizens|patients|residents|tenants|families|parents|people|clients|users|"
    r"young people|adults|voksne)\s*,?\s+(?:der|som|hvor|(?:who|that)(?!\s+(?:has|is|was)\b)|where)\s+"
    r"(?![^.?!,]*\b(?:han|hun|ham|hende|he|she|him|her)\b)"
    r"[^.?!,]{0,50}$"
)


# (round 9) The message names the unnamed subject afterwards: "… en kollega der har fået en
# depression … Det gælder altså Niels i regnskab", "it's about Gary", "hun hedder Mette".
_NAMED_LATER = re.compile(
    r"(?i:\b(?:det gælder|det drejer sig om|det handler om|it concerns|it's about|it is about|this is about|"
    r"we're talking about|the person is|personen er|(?:hun|han|she|he|vedkommende) hedder|(?:he|she)'s called|"
    r"(?:his|her|their) name is|navnet er))(?:\s+(?:altså|nok|jo|om|in fact|actually))?\s+[A-ZÆØÅ][a-zæøå]"
)


# (round 9) The whole question is said to be for a named person: "hvad siger reglerne om …? Det er
# for slusemester-Jørgen", "rules on phased return … It's for Priya", "… Konkret Ditte fra aftenholdet".
_FOR_NAMED = re.compile(
    r"(?i:\b(?:det er for|det gælder for|it's for|it is for|this is for|jeg spørger for|i'm asking for|asking for|konkret|concretely|specifically))"
    r"[,:]?\s+(?:[a-zæøå]+-)?[A-ZÆØÅ][a-zæøå]"
)


# (round 11, red team) A named person's possessive right before the keyword makes it about them,
# whatever frame stands around it: "afsnittet om Jonas' alkoholmisbrug", "talked to me about
# Freja's eating disorder", "Tariq's absence figures".
_NAMED_POSSESSIVE = re.compile(r"(?-i:\b[A-ZÆØÅ][a-zæøåé]+)(?:'s|’s|s'|'|’|s)\s+$")


def _named_possessive_before(text: str, start: int) -> bool:
    m = _NAMED_POSSESSIVE.search(text[max(0, start - 40) : start])
    if not m:
        return False
    word = re.match(r"[A-ZÆØÅ][a-zæøåé]+", m.group(0))
    assert word is not None
    base = word.group(0).lower()
    lex = lexicon()
    for cand in (base, base[:-1] if base.endswith("s") else base):
        flags = lex.names.get(cand, "")
        if not lex.is_ordinary(cand) and ("F" in flags or ("S" in flags and not lex.is_place(cand))):
            return True
    return False


# (round 11, red team) A staff noun or a unit the person has, gets, sees or attends is a detail
# about them, not their job: "has a gambling counsellor", "fået en benefits officer", "startet på
# en stressklinik", "plads i et alkoholbehandlingstilbud".
_RECEIVES_BEFORE = re.compile(
    r"\b(?:has|have|had|got|gets|given|assigned|sees?|saw|seeing|meets?|met|har|havde|fået|får|fik|ser|så|møder|"
    r"tildelt|startet på|begyndt på|start(?:ed|s)? (?:at|in)|plads (?:i|på)|flyttet ind (?:på|i)|indlagt (?:på|i)|"
    r"indskrevet (?:på|i)|henvist til|visiteret til|admitted to|referred to|enrolled (?:at|in)|placed (?:at|in)|"
    r"moved into|går (?:i|på|til)|attends?)\s+(?:a|an|en|et|the|sin|sit|his|her)\s+(?:[\w-]+\s+)?$"
    # (round 25, writer BO) sessions with someone: "til samtaler hos misbrugskonsulenten", "sessions with the addiction counsellor"
    r"|\b(?:samtaler?|sessions?|appointments?|tid|aftaler?|forløb) (?:hos|med|with|at)\s+(?:(?:a|an|en|et|the|sin|sit|his|her)\s+)?$"
)


# (round 11, red team) Things bought, ordered or put up for a place are supplies, not a detail about
# the one who got them: "Ditte bestilte influenzavacciner til hele afdelingen", "Jonas har sat
# blodtryksmåleren op" — unless they are for someone ("… til hende", "for Jonas").
_SUPPLY_BEFORE = re.compile(
    # (round 32, writer CQ) not the second half of a compound adjective: "a court-ordered supervised visit"
    r"(?<!-)\b(?:bestil\w*|indkøb\w*(?: af)?|købt|købte|ordered|orders|bought|purchased|sat|satte|set up|installed|opsat|hængt)\s+"
    r"(?:(?:nye?|new|the|en|et|a|some|flere|more)\s+)?"
    # (round 16, red team r15) … and the next items of the list: "ordered new wheelchairs and walking frames"
    r"(?:[\w-]+(?:,| og| and| &)\s+(?:(?:nye?|new|flere|more)\s+)?){0,3}$"
)
_FOR_SOMEONE = re.compile(r"^[^.!?]{0,30}\b(?:til|for) (?:ham|hende|him|her|(?-i:[A-ZÆØÅ][a-zæøå]+))\b")


# (round 13, writer AE) Someone taking part in the programme or course is in treatment, not talking
# about a topic: "Dragan is halfway through a 12-week outpatient rehab programme for cocaine", "hun er
# startet på et forløb for angst".
_TAKES_PART = re.compile(
    r"\b(?:halfway through|midway through|is (?:on|in|doing|attending|following|starting|completing)|has (?:started|begun|finished|"
    r"completed|joined|been (?:on|in))|started|began|joined|attends|er (?:i gang med|midt i|startet på|begyndt på|kommet på|kommet i)|"
    r"deltager i|går til|har (?:startet|påbegyndt|afsluttet|gennemført)|gennemfører|er på|"
    # (round 28, red team r34 a) accepted, signed up, offered, on a waiting list
    r"accepted (?:onto|on|into|for)|signed up (?:for|to)|enrolled (?:on|in)|on a waiting list for|(?:been )?offered|"
    r"på venteliste til|(?:har )?fået tilbudt|er optaget på|er tilmeldt|tilmeldt)\b(?:\s+[\w'’-]+){0,5}\s*$",
    re.IGNORECASE,
)


# (round 13, red team) A named colleague's job on the topic: a staff role noun, then the domain it
# works in — "fagkonsulent på anbringelsesområdet", "koordinator for fleksjob", "kontaktperson til
# Alkoholbehandlingen", "sagsbehandler i vores team for anbragte børn", "leder i misbrugsbehandlingen",
# "advises on evictions" — with no finite verb between (so "sygeplejersken på afdelingen er sygemeldt"
# stays a detail).
_ROLE_DOMAIN = re.compile(
    r"\b(?P<role>[\w-]+)\s+(?:på|for|til|i|inden for|med|in|on|for|within|with)\s+(?:(?:vores|our|the|det|den|de)\s+)?"
    r"(?:[\w-]+\s+){0,3}?(?:(?:for|om|on|about|with|med|af|of)\s+)?$",
    re.IGNORECASE,
)
_HAS_IT = re.compile(
    r"\s+(?:med|with)\s+(?:(?:the|a|an|his|her|den|det|en|et|sin|sit|sine|hans|hendes)\s+)?", re.IGNORECASE
)
_FINITE = re.compile(
    r"\b(?:er|var|har|havde|blev|bliver|fik|får|is|was|has|had|got|gets|becomes|became|skal|vil|kan|må|must|will|can)\b",
    re.IGNORECASE,
)
_WORKS_ON = re.compile(
    r"\b(?:advises?|advising|rådgiver|trains? (?:\w+ ){0,3}in|underviser (?:\w+ ){0,3}i|drafted|drafts|udarbejdede|har udarbejdet|"
    # (round 18, red team r18) … a verb, not the title before a name: "vores rådgiver Kenneth Aas har kræft"
    r"organising|organizing|arrangerer|planlægger)\b(?!\s+(?-i:[A-ZÆØÅ][a-zæøå]))(?:\s+[\w'’-]+){0,6}?\s*$",
    re.IGNORECASE,
)


# (round 19, red team r20 a) The counterpart or the field of someone's work: negotiating with a union, the
# contact person to an authority, training in a field — "forhandler med 3F om …", "negotiates with Unison",
# "kontaktperson til Kriminalforsorgen", "efteruddannelse i misbrugsbehandling"
_WORKS_WITH = re.compile(
    r"\b(?:forhandler med|forhandlede med|negotiates? with|negotiated with|negotiating with|kontaktperson (?:til|for)|"
    r"liaison (?:to|with|for)|(?:efter|videre)?uddannelse i|(?:is )?trained in|(?:a|et) kursus i|a course in|"
    # (round 24, red team r27 a) what someone teaches: "underviser vores nattevagter i førstehjælp ved hjertestop"
    r"underviser (?:[\w-]+\s+){0,3}i|teaches (?:[\w-]+\s+){0,3}(?:about|in)|trains (?:[\w-]+\s+){0,3}in)"
    r"(?:\s+[\w'’-]+){0,3}?\s*$",
    re.IGNORECASE,
)

# (round 21, red team r22 a; writer AZ) Someone's remit: the cases, the field or the working group a
# colleague holds or works on ("har fået ansvaret for alle udredninger for ADHD", "sidder med alle sager om
# hjerneskade", "owns every wheelchair assessment", "named contact for all grievances about racism",
# "superbruger på demensområdet", "repræsenterer os i arbejdsgruppen om sygefravær", "arbejder med unge på
# kontanthjælp", "will register staff sick leave") names what the work is about, not a fact about the
# colleague — unless a pronoun or a possessive in between makes it theirs ("ansvaret for sin egen
# sygemelding").
_REMIT = re.compile(
    r"\b(?:ansvaret for|ansvarlig for|responsib(?:le|ility) for|in charge of|(?:named |main )?contact (?:person )?for|"
    r"kontaktperson (?:for|på)|sidder (?:nu |også |fremover )?med|(?<!her )(?<!his )(?<!our )(?<!its )(?<!my )(?<!their )"
    r"(?:owns|owned|owning|own(?= every| all| the))|handles(?= (?:all|every|our|the \w+ (?:cases|calls|claims)))|håndterer(?! vi\b| jeg\b)|"
    r"(?:super ?user|superbruger|konsulent|jurist|consultant|lawyer|specialist|nøgleperson|tovholder|koordinator|coordinator|"
    r"lead) (?:på|for|i|on|in)|"
    r"arbejdsgruppe\w* (?:om|for|vedrørende|på)|working group (?:on|for|about)|(?:udvalg|committee|task force)\w* (?:om|on|for)|"
    r"(?:sager|sagerne|cases|caseload|assessments|udredninger\w*|vurderinger\w*|henvendelser\w*|grievances|complaints|"
    r"referrals?|henvisninger\w*|underretninger\w*|klager\w*) (?:om|on|about|for|of|af|med|vedrørende)|"
    r"arbejder med|works with|working with|present(?:s|ing|ed)? (?:on|about)|holder oplæg om|"
    # (round 22, red team r23 a) a course, a workshop or articles built or sought on a topic: "He's building a
    # course on mental health", "find articles on burnout for Michael", "laver et kursus om stress"
    r"(?:building|preparing|developing|designing|planning|running|runs|ran|teaching|teaches|holds|held|leads|led|bygger|forbereder|"
    r"udvikler|laver|planlægger|holder|underviser på) "
    r"(?:a |an |the |et |en |nyt |ny )?(?:new |nyt |ny )?(?:course|workshop|training|programme|program|module|session|kursus|forløb|"
    r"modul|oplæg) (?:on|about|in|om|i)|(?:articles?|material|reading|artikler|materiale|litteratur) (?:on|about|om)|"
    r"registrere[rs]? (?:alle|al|medarbejdernes|personalets)|register(?:s|ing)? (?:all|staff|the staff's|everyone's))"
    r"(?:\s+(?![\w-]+['’]s\b)(?!(?:hans|hendes|sin|sit|sine|his|her|their|hun|han|she|he|mig|me|my|min|mit|mine|has|have|had|is|was|were|"
    r"been|er|har|var|blev|bliver|fik|got|gets|because|fordi|since|da|men|but|and|og|der|som|who|that|det)\b)[\w'’-]+){0,4}?\s*$",
    re.IGNORECASE,
)

# (round 21) "<Name> fra <unit>": a person's own unit, whose name may hold a keyword ("familieafdelingen",
# "misbrugsteamet"); places of care ("-centret", "-klinikken", "-afsnittet") are left to the care rules.
_NAME_FROM_UNIT = re.compile(
    r"(?-i:\b[A-ZÆØÅ][\wæøå'’-]+) (?:fra|from|i|in|på|at) (?:the |vores |our )?$", re.IGNORECASE
)
_UNIT_WORD = re.compile(
    r"(?:afdeling|afdelingen|enhed|enheden|team|teamet|unit|sektion|sektionen|kontor|kontoret|gruppe|gruppen|"
    r"department|office|section)s?$"
)


# (round 13, red team) A hypothetical about a named colleague discloses nothing: "If Daniel … were
# ever arrested, what would our procedure be?", "Hvis Jonas en dag bliver syg, hvem …?"
_HYPOTHETICAL = re.compile(
    r"\b(?:if|hvis)\b[^.!?]{0,60}\b(?:ever|nogensinde|en dag|one day|were to|skulle)\b[^.!?]{0,60}$", re.IGNORECASE
)


# (round 18, red team r18; docs/privacy.md § 5.13) … unless it says the thing has happened: "again",
# "a new relapse", "like in March", "som hun gjorde sidste år" — a real past fact in a hypothetical frame.
_RECURS = re.compile(
    r"\b(?:again|igen|once more|endnu en gang|et nyt|en ny|nye|another|tilbagefald\w*|relaps\w*|"
    r"(?:like|as|ligesom|som) (?:in|i|last|sidste|da|when|before|før|hun gjorde|han gjorde|she did|he did)\b)",
    re.IGNORECASE,
)


def _hypothetical(lower: str, start: int, end: int) -> bool:
    """The keyword at start:end stands in an if-clause about what might one day happen (see
    `_HYPOTHETICAL`) that does not say it has happened before (`_RECURS`)."""
    if not _HYPOTHETICAL.search(lower[max(0, start - 80) : start]):
        return False
    a = max(lower.rfind(c, 0, start) for c in ".!?")
    b = min([i for i in (lower.find(c, end) for c in ".!?") if i >= 0] or [len(lower)])
    return not _RECURS.search(lower[a + 1 : b])


def _role_domain(text: str, start: int, cat: str) -> bool:
    """The keyword names the domain a staff role works in (see `_ROLE_DOMAIN`): a common-noun
    domain (no place name, no unit number between), and not a party, union or faith — a role for
    one of those is membership ("kandidat for Dansk Folkeparti")."""
    if cat not in _NAMED_ORG_TOPICS:
        return False
    from .context import KIN  # late: context imports the concept words
    from .patterns import is_role

    before = text[max(0, start - 60) : start]
    m = _ROLE_DOMAIN.search(before)
    role = m.group("role").lower() if m else ""
    gap = before[m.end("role") :] if m else ""
    # (round 19) a plain word for a colleague names no domain: "Kollegaen med kørestolen" has it, does not work with it
    generic = bool(re.fullmatch(r"(?:kolleg\w*|medarbejder\w*|colleague\w*|employee\w*|ansat\w*)", role))
    # (round 25, writer BO) a role "with" a health thing right after it has it: "the teacher with the hearing
    # aid", "læreren med høreapparatet" (a domain needs a noun between: "konsulent med speciale i …")
    if m and cat == "health" and _HAS_IT.fullmatch(gap):
        return False
    if (
        m
        and is_role(role)
        and not generic
        and not KIN.match(role)
        and not _FINITE.search(gap)
        and not re.search(r"\d|\b[A-ZÆØÅ]", gap)
    ):
        return True  # a relative is no job: "har en søn på en sikret institution" stays a detail
    return bool(_WORKS_ON.search(before))


# (round 18, red team r18; docs/privacy.md § 5.13) A named person placed at a place of care or
# custody whose name holds the concept is there as a patient, resident or inmate: "til Lise Krog på
# Hospice Djursland", "for Greta Holm, who is still at Skejby's cancer ward", "after her stay at the
# Nightingale Hospital's eating disorder programme" (a job there is said: "sygeplejerske på …").
_PLACED_AT = re.compile(
    r"^\s*(?:,\s*(?:who is|who's|der er|som er|der ligger|who has been|der har været)\s+)?"
    r"(?:still |stadig |now |nu |again |igen )?(?:at|på|in|i|on|(?:back|tilbage|hjem|home|udskrevet|discharged) (?:fra|from))\s+(?:the\s+)?"
    r"(?:[A-ZÆØÅ][\w'’.-]*\s+|[a-zæøå]+(?:'s|’s)\s+){0,3}$"
)
# (round 21) Admission to a named place of care: a course of treatment, a place, a referral.
_ADMITTED_TO = re.compile(
    r"\b(?:(?:startet|begyndt|start\w*|begynd\w*|i|in) (?:et |sit |a |an |her |his )?(?:forløb|behandlingsforløb|course of treatment|programme|program)|"
    r"(?:fået|får|fik|tilbudt|got|been given|offered) (?:en )?(?:plads|a place|a bed|en seng)|"
    r"henvist|referred|indlagt|indskrevet|admitted|optaget)\s+(?:på|i|til|at|in|to)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_STAY_AT = re.compile(
    r"\b(?:her|his|their|sin|sit|hans|hendes) (?:stay|time|tid|ophold|indlæggelse|admission) (?:at|på|i|in)\s+(?:the\s+)?"
    r"(?:[A-ZÆØÅ][\w'’.-]*\s+){0,3}$"
)


def _placed_at_care(text: str, start: int, people: Sequence[tuple[int, int]]) -> bool:
    """The keyword at `start` names the place a named private person stays (see `_PLACED_AT`)."""
    w0 = re.search(r"[\wæøå'’-]*$", text[:start])
    word_start = start - len(w0.group(0)) if w0 else start
    if _STAY_AT.search(text[max(0, word_start - 80) : word_start]):
        return True
    if text[word_start : word_start + 1].isupper() and _ADMITTED_TO.search(text[max(0, word_start - 60) : word_start]):
        return True  # (round 21, red team r22 a) "er startet i et forløb på Stresscentret", "fået plads på Ludomanicentret"
    return any(
        0 <= word_start - e <= 45
        and _PLACED_AT.match(text[e:word_start])
        and not _WORK_CONTACT.search(text[max(0, b - 60) : b])
        for b, e in people
    )


# A place of work right before the keyword: "arbejder nu på et hospice", "works on the cancer ward".
_OUR_UNIT_BEFORE = re.compile(r"\b(?:vi|we)\s+(?:[\w-]+\s+){0,2}?(?:i|på|in|at)\s+$", re.IGNORECASE)
_WORKPLACE_BEFORE = re.compile(
    r"\b(?:arbejder|arbejdede|har arbejdet|works?|worked|working|ansat|employed|job|vikar\w*|vagt\w*|shifts?|"
    r"placement|praktik\w*)\s+(?:nu\s+|now\s+|stadig\s+|still\s+)?(?:på|i|ved|at|in|on|for|hos)\s+"
    r"(?:en|et|the|a|an|vores|our|den|det)?\s*(?:(?!(?:is|er|har|has|was|var|and|og|but|men)\b)[\w'’-]+\s+)?[\w'’-]*$|"
    # … the verb alone when the keyword itself holds the place: "arbejder nu på et hospice"
    r"\b(?:arbejder|arbejdede|har arbejdet|works?|worked|working)\s+(?:nu\s+|now\s+|stadig\s+|still\s+)?$",
    re.IGNORECASE,
)
# (round 18, red team r17) A sensitive word said of an everyday work object or habit is a figure of
# speech: "addicted to spreadsheets", "allergisk over for PowerPoint", "a real criminal when it comes
# to biscuits", "næsten en afhængighed af data". Foods and substances are not on the list: "allergic to
# nuts" is health.
_FIGURATIVE_AFTER = re.compile(
    r"^[\wæøå-]*\s*(?:(?:to|til|of|af|over for|overfor|for|med)\s+(?:the |his |her |sin |sit |sine |all |alle )?(?:[\w-]+\s+)?"
    r"(?:meetings?|møder|mails?|e-?mails|excel|powerpoint|spreadsheets?|regneark|data|numbers|tal|lists?|lister|"
    r"post-its|planning|planlægning|deadlines|paperwork|papirarbejde|bureaucracy|bureaukrati|change|forandring\w*|"
    r"mondays|mandage|work|arbejde\w*|his job|her job|sit job|the gym|fitness|running|løb|crosswords|krydsord|"
    r"puzzles|sudoku|series|serier|netflix|football|fodbold|golf|details|detaljer|order|orden|quality|kvalitet|"
    r"power bi|teams|slack|jira|agendas?|dagsorden\w*|procedures?|processer|rules|regler|his phone|her phone|"
    r"telefonen|mobilen|sin telefon|sin mobil)\b|"
    r"(?:[\w-]+\s+){0,2}(?:when it comes to|når det gælder|når det kommer til)\b)"
)
# (round 20, red team r21 a) A condition said to be "about" something, or "when it comes to" it after a
# comma, is a figure of speech whatever the thing is: "schizophrenic about the rota", "a bit OCD about
# formatting", "en narkoman, når det gælder kaffe"; so is blindness to one's own doings ("blind to her own
# mistakes"). One has a condition, not a condition about something.
_FIGURATIVE_SCOPE = re.compile(
    r"^[\wæøå-]*[\s,]*(?:(?:about|regarding|med hensyn til|angående)\b|(?:[\w-]+\s+){0,2}(?:when it comes to|når det gælder|"
    r"når det kommer til)\b)"
)
_BLIND_TO_OWN = re.compile(
    r"^\s+(?:to|for|over for)\s+(?:his|her|their|sine|sin|sit|egne)\s+(?:own\s+|egne\s+)?[\w'-]+"
)
# … and an addiction to a thing that is no substance, game or food: "addicted to his standing desk",
# "a real addict for our new wellbeing app", "afhængig af sin to-do-liste"
_ADDICTED_TO = re.compile(r"^[\wæøå-]*\s+(?:to|for|af|on|til)\s+(?P<obj>[^.?!,;:–]{1,40})")
_SUBSTANCE = re.compile(
    r"\b(?:alcohol|alkohol\w*|sprit|spiritus|øl|vin|beer|wine|booze|drink\w*|druk|drugs?|stoffer|narko\w*|hash|"
    r"cannabis|weed|kokain|cocaine|heroin|opioid\w*|opiat\w*|pil(?:ler|lerne)|pills?|tablet(?:ter|s)|medicin\w*|medication|"
    r"painkillers?|smertestillende|sovepiller|sleeping|nikotin|nicotine|cigaret\w*|smøger|snus|spil(?:let|lene)?|"
    r"gambling|betting|bets|games?|gaming|casino\w*|porno?\w*|sex|ketamin\w*|amfetamin\w*|speed|ecstasy|mdma|"
    r"benzo\w*|sukker|sugar|mad|food|slik|sweets|energidrik\w*|energy drinks?|kaffe|coffee|koffein|caffeine|"
    r"shopping|internet|phone|telefon\w*|mobil\w*|social media|sociale medier)\b",
    re.IGNORECASE,
)
_ADDICTION_WORD = re.compile(r"^(?:addict\w*|afhængig\w*|hooked)$", re.IGNORECASE)
# (round 18, red team r17) A personnel or placement word whose object is no job and no care: "fyret op
# under grillen", "opsagt sit abonnement", "anbragt i et nyt kontor under ombygningen".
# (round 22, red team r24 a) A keyword that is a homograph here, by the thing it is said of: "stjal showet",
# "dømte pokalfinalen", "a salted hash", "fejldiagnose på printerne", "depressionen fra Nordsøen", "suspended the
# dormant user accounts", "netværket var lammet", "misbrug af vores fælles login".
_HOMOGRAPH_AFTER = re.compile(
    # (round 33, writer CS) a thing given a name in quotes: "er døbt 'Gamle Egon' efter …", "christened 'Big Bertha'"
    r"^(?:(?:blevet|er|bliver|lod sig|was|is|been)\s+)?(?:døbt|christened|baptised|baptized)\s+(?:[\"'‘’“”«»][^\"'‘’“”«»]{1,40}[\"'‘’“”«»])|"
    # (round 31, red team r40 a) sterilising things, not a person: "steriliserer instrumenterne", "sterilised all the jars"
    r"^sterili[sz]\w*\s+(?:alle\s+|all\s+(?:the\s+)?|the\s+|de\s+)?(?:[\w-]+\s+)?(?:[\w-]*(?:erne|ene|et|ne)|instruments?|"
    r"jars|bottles|tools|equipment|utensils|[\w-]*glass\w*)\b|"
    r"^[\wæøå-]*\s+(?:(?:fuldstændig|helt|totally|completely)\s+)?(?:showet|the show|(?:[\w-]*)finalen|(?:[\w-]*)kampen|"
    r"the (?:match|game|final|cup final))\b|"
    r"^[\wæøå-]*\s+(?:på|of|on)\s+(?:alle\s+|all\s+|the\s+)?(?:printer\w*|server\w*|maskine\w*|machines?|systemet|the system|"
    r"netværket|the network|bil(?:en|er|erne)?|computer\w*|pc'?er\w*)\b|"
    r"^[\wæøå-]*\s+(?:fra|over|from|over)\s+(?:nordsøen|atlanten|vest|havet|the north sea|the atlantic|iceland|island)|"
    r"^[\wæøå-]*\s+(?:(?:all|alle)\s+)?(?:(?:the|de)\s+)?(?:dormant |inactive |old |unused |gamle |inaktive )?(?:user |bruger)?"
    r"(?:accounts|konti|kontoer|adgange)\b|"
    r"^[\wæøå-]*\s+(?:af|of)\s+(?:vores\s+|our\s+|det\s+|den\s+|the\s+|a\s+|et\s+)?(?:fælles\s+|shared\s+)?"
    r"(?:login\w*|adgang\w*|access|password\w*|kodeord\w*|kort|cards?|system\w*)\b",
    re.IGNORECASE,
)
# (round 22, red team r24 a) A count of case items a colleague handled is their work's output: "har behandlet 60
# ansøgninger om kontanthjælp", "issued fourteen benefit sanctions", "inddrevet 2 mio. kr. i restancer",
# "drafted eleven redundancy letters" — a number of two or more, then the keyword within a few words.
_WORK_OUTPUT = re.compile(
    r"\b(?:behandle[rt]?|behandlede|processed|processes|processing|issued|issues|issuing|givet|giver|gav|udstedt|"
    r"drafted|drafting|skrevet|skrev|inddrevet|inddrev|inddriver|collected|collects|afgjort|decided|holdt|afholdt|held)\s+"
    r"(?:\d[\d.,]*|to|tre|fire|fem|seks|syv|otte|ni|ti|elleve|tolv|femten|tyve|tredive|fyrre|halvtreds|tres|hundrede|"
    r"two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|twenty|thirty|forty|fifty|"
    r"sixty|hundred|dozens of|snesevis af)\s+(?:[\w.-]+\s+){0,3}?$|"
    # … or the application or case a colleague is to process: "skal behandle ansøgningen om byggetilladelse til den nye moské"
    r"\b(?:behandle[rt]?|behandlede|process(?:es|ed|ing)?|handle[sd]?|vurdere[rt]?|assess(?:es|ed)?)\s+(?:ansøgningen|ansøgninger|"
    r"sagen|klagen|the application|the case|applications)\s+(?:[\w-]+\s+){0,6}?$",
    re.IGNORECASE,
)
_PET_BEFORE = re.compile(
    r"\b(?:hans|hendes|sin|sit|deres|his|her|their|[\w-]+['’]s|[a-zæøå]{3,}s)\s+(?:[\w-]+\s+)?(?:hund|hunden|hest|hesten|kat|katten|kanin|"
    r"marsvin|undulat|papegøje|hvalp|killing|dog|horse|cat|pet|rabbit|puppy|kitten|parrot|"
    # (round 30, red team r38 a) breeds: "Dave's greyhound has arthritis"
    r"greyhound|labrador|terrier|spaniel|collie|poodle|puddel|retriever|budgie|hamster|tortoise|skildpadde)"
    r"(?:\s+(?:har|er|skal|blev|fik|has|is|was|got|had|needs?|must)\b[^.?!,]{0,40})?\s*$"
)
# (round 27) machines people give names to; rule.py reads a name right after one as no person
MACHINE_NOUNS = (
    r"robot\w*|mower|robotplæneklipper\w*|plæneklipper\w*|maskine\w*|machine|printer\w*|støvsuger\w*|vacuum|drone\w*|"
    r"kopimaskine\w*|copier|server\w*"
)
_NAMED_MACHINE = re.compile(
    r"\b(?i:"
    + MACHINE_NOUNS
    + r")\s+[A-ZÆØÅ][a-zæøå]+\s+(?i:keeps?|has|had|is|was|har|er|var|bliver|blev|fik|got)\b[^.?!]{0,30}$"
)
_ARTEFACT_BEFORE = re.compile(
    r"\b(?:regneark|spreadsheet|oversigt\w*|overview|liste|list|rapport|report|skema|template|skabelon|tabel|table)\s+"
    r"(?:over|of|for|om|on|til)\s+(?:[\w-]+\s+)?$"
)
_CODES_AFTER = re.compile(
    # (round 24, writer BM) … or a call or call-out handled at work: "a tough cardiac arrest call", "hjertestopopkaldet"
    r"^[\w-]*\s+(?:codes?|koder|koderne|rates?|satser|calls?|call-outs?|callouts?|opkald\w*|udkald\w*|alarm\w*|"
    r"kørsel|kørsler|runs?|shouts?|jobs?)\b"
)
_ROLE_AT_UNIT = re.compile(
    r"\b([\w-]+)\s+(?:(?:på|i|ved|on|in)\s+(?:the\s+|den\s+|det\s+)?|at\s+the\s+)(?:[\w'’-]+\s+)?$"
)
# … where the keyword names the unit: "demensafsnittet", "the dementia unit", "the psychiatric hospital's entrance"
_UNIT_KEYWORD = re.compile(
    r"^[\w-]*(?:afsnit|afsnittet|afdeling\w*|hospital\w*|sygehus\w*|klinik\w*|center|centret|enhed\w*|"
    r"hjem\w*|bosted\w*|ward|unit|clinic|centre|hospital)\b|^[\w-]+\s+(?:unit|ward|clinic|centre|center|hospital|department)"
)
_UNION_PRODUCT_AFTER = re.compile(
    r"^(?:'s|’s|s)?\s+(?:new |nye |latest |seneste |annual |årlige )?(?:pay claims?|claims?|krav|overenskomstkrav|udspil|"
    r"proposals?|campaigns?|kampagne\w*|reports?|rapport\w*|surveys?|undersøgelse\w*|magazine|fagblad\w*|guide\w*|"
    r"position|holdning\w*|statement|udtalelse\w*|website|hjemmeside\w*)\b"
)
_HOMOGRAPH_BEFORE = re.compile(
    r"(?:salted|password|cryptographic|sha-?\d*|md5|kryptografisk)\s+$|"
    r"\b(?:netværket|systemet|serveren|trafikken|it-systemet|the network|the system|the server|traffic)\s+"
    r"(?:var|er|blev|was|is|got)\s+(?:helt\s+|totally\s+|completely\s+)?$",
    re.IGNORECASE,
)
_NO_CASE_OBJECT = re.compile(
    r"^[\wæøå-]*\s+(?:op\b|(?:sit|sin|sine|his|her|their) (?:[\wæøå-]+ )?(?:abonnement\w*|medlemskab\w*|lejlighed\w*|"
    r"avis\w*|subscription|membership|flat|lease|phone contract|telefonabonnement\w*)|i (?:et|en) (?:nyt |ny |andet |anden |midlertidigt )?"
    r"(?:kontor\w*|lokale\w*|hjørne|bygning\w*|office|room))"
)
# … but a job on special terms is a social-case detail: "ansat i fleksjob", "i løntilskud"
_JOB_SCHEME = re.compile(
    r"(?:fleks|flex|skåne|løntilskud|ressourceforløb|revalidering|jobafklaring|virksomhedspraktik)"
)
# … not someone the asker works with there: "møde med Lise Krog på Psykiatrisk Center Nord"
_WORK_CONTACT = re.compile(
    r"\b(?:møde|mødes|meeting|meet|samarbejd\w*|collaborat\w*|kontakt\w*|contact|ringe|call|mail\w*|aftale|"
    r"interview\w*|kollega\w*|colleague|leder|chef|manager|ansat|works?|arbejder)\b",
    re.IGNORECASE,
)


# (round 22, red team r23 a) A named colleague as the witness or the victim of a crime, or as the one who
# reported it: "skal vidne i en sag om cykeltyveri", "fik stjålet sin telefon", "reported a break-in to the
# police" — the offence is not theirs (GDPR art. 10 is about a person's own offences and convictions).
_WITNESS_OR_VICTIM = re.compile(
    r"\b(?:vidne\w*|witness\w*|victims?|offer for|udsat for(?!\s+(?:en|et|to|tre|fire|\d+|nogle|få)\s+(?:uge|uger|dag|dage|måned|"
    r"måneder|time|timer)\b)|fik stjålet|fået stjålet|har fået stjålet|"
    r"(?:had|got|has had) (?:his|her|their) [\w-]+ stolen|(?:was|were|got) (?:robbed|mugged|burgled|pickpocketed)|"
    r"blev (?:røvet|bestjålet|udsat for)|reported (?:a|an|the|it|them|two|three|some)\b[^.?!]{0,40}\bto the police|"
    r"anmeldte (?:et|en|det|dem|indbruddet|tyveriet|hærværket)\b|politianmeldte (?:et|en|det|dem)\b|"
    r"caught (?:two|three|a|some|the) [\w-]+ (?:spraying|stealing|breaking|vandalising|vandalizing)|"
    r"(?:så|saw) (?:et|en|an?|the) (?:uheld|ulykke|indbrud|tyveri|accident|crash|break-in|theft))\b",
    re.IGNORECASE,
)
# … not when the sentence accuses someone, makes the case their own, or is about violence against them
# (a victim of violence or abuse is a health and social matter: "udsat for vold fra sin mand")
_ACCUSED = re.compile(
    r"\b(?:anklaget|sigtet|mistænkt|accused|suspected|charged|tiltalt|dømt|convicted|anholdt|arrested|"
    r"anmeldt for|reported for|(?:sin|sit|hans|hendes) egen|(?:his|her|their) own|"
    r"vold\w*|overfald\w*|voldtæg\w*|violen\w*|assault\w*|attack\w*|abuse\w*|misbrug\w*|slået|beaten|raped|"
    r"stalk\w*|truet|threatened|threats?)\b",
    re.IGNORECASE,
)


_UNNAMED_OFFICE = re.compile(
    r"(?:\b(?:vores|our|the|den|min|my)\s+(?:[\w-]+\s+)?(?:tillidsrepræsentant|shop steward|union rep)\w*|"
    r"\btillidsrepræsentanten|\bthe (?:shop steward|union rep))\s+(?:for|i|fra|from|in)\s+$"
)
# … unless a name stands in apposition before it: "Vivi, vores tillidsrepræsentant fra FOA"
_NAME_BEFORE_OFFICE = re.compile(
    r"(?-i:\b[A-ZÆØÅ][a-zæøå]+),\s+(?:vores|our|the|den|min|my)\s+(?:[\w-]+\s+)?(?:tillidsrepræsentant|shop steward|union rep)\w*"
    r"(?:\s+(?:for|i|fra|from|in))?\s*$",
    re.IGNORECASE,
)


def _union_before(text: str, start: int) -> list[tuple[int, int, str]]:
    """The union names in the 40 characters before `start` (positions in `text`)."""
    lo = max(0, start - 40)
    return [(lo + a, lo + b, c) for a, b, c in detail_spans(text[lo:start]) if c == "union_membership"]


# (round 31, red team r40 a) … and not when the witness, victim or reporter turns out to be the offender: "men han står selv
# på overvågningen med den", "but the bank statements show the money went into her account", "now been caught selling …"
_ALSO_OFFENDER = re.compile(
    r"\b(?:men|but|og nu|and now|nu|now)\b[^.?!]{0,80}\b(?:selv|himself|herself|themselves|hans|hendes|his|her|he|she|han|hun)\b"
    r"[^.?!]{0,60}\b(?:tog|taget|stjal|stjålet|stjålne|solgt|solgte|sælger|står|fundet|fandt|pocketed|nicked|stole|stolen|took|"
    r"taken|sold|selling|caught|went into|shows?|viser|på overvågningen|on (?:the )?(?:cctv|camera|footage))\b|"
    r"\b(?:fandt vi|we found|found)\b[^.?!]{0,40}\b(?:i (?:hans|hendes) (?:skab|taske|bil)|in (?:his|her) (?:locker|bag|car))\b",
    re.IGNORECASE,
)


def _witness_or_victim(lower: str, start: int, end: int) -> bool:
    """The sentence around a criminal keyword makes the person its witness, victim or reporter."""
    a = max(lower.rfind(". ", 0, start), lower.rfind("? ", 0, start), lower.rfind("! ", 0, start)) + 1
    stops = [i for i in (lower.find(". ", end), lower.find("? ", end), lower.find("! ", end)) if i != -1]
    sentence = lower[a : min(stops) if stops else len(lower)]
    return (
        bool(_WITNESS_OR_VICTIM.search(sentence))
        and not _ACCUSED.search(sentence)
        and not _ALSO_OFFENDER.search(lower[a:])
    )


def witness_or_victim(text: str) -> bool:
    """(round 22) Some sentence of the normalised text makes someone a crime's witness, victim or reporter —
    (round 27, red team r32 a) not when the one named is the one seen doing it ("I witnessed Gary … drinking"),
    (round 31, red team r40 a) nor when the message goes on to make them the offender."""
    return (
        bool(_WITNESS_OR_VICTIM.search(text))
        and not _ACCUSED.search(text)
        and not _SEEN_DOING.search(text)
        and not _ALSO_OFFENDER.search(text)
    )


_SEEN_DOING = re.compile(
    r"\b(?:witnessed|witness|saw|seen|så|observed|observerede|caught)\s+(?-i:[A-ZÆØÅ])[\wæøå]+(?:\s+(?:from|fra|i|in|on|på)\s+"
    r"(?:the\s+)?[\wæøå]+)?\s+(?:[\w]+ing|drikke|ryge|tage|stjæle|slå|sove)\b"
)


# (round 22, red team r24 a) The person's own experience of it, living with it, time off or a plan for it, or
# what came after it: "har selv erfaring med depression", "knows about prison from the inside", "et kursus
# i at leve med kræft", "asked about time off for rehab", "a plan for phased hours after the stroke".
_OWN_EXPERIENCE_BEFORE = re.compile(
    r"(?:\b(?:selv|personlig|egen|egne|first-hand|firsthand|personal|own|lived)\b[^.?!]{0,20}\b(?:erfaring\w*|experience\w*)|"
    r"\b(?:at leve med|lever med|levet med|living with|lives with|lived with)|"
    r"\b(?:time off|fri|orlov|leave|fravær)\s+(?:for|til)|"
    r"\b(?:efter|after)\s+(?:sin|sit|hans|hendes|his|her|the))\s+(?:[\w-]+\s+){0,2}$|"
    # … a Danish definite after "efter": "efter kræftbehandlingen"
    r"\befter\s+$",
    re.IGNORECASE,
)
_OWN_EXPERIENCE_AFTER = re.compile(
    r"^[\w-]*\s+(?:fra sig selv|from the inside|from (?:his|her|their) own life)\b", re.IGNORECASE
)


# (round 24, red team r26 a) The asker's own detail: the clause opens with "jeg"/"I" as its subject and
# names nobody else before the detail ("Jeg er selv sygemeldt med stress, så Lone … overtager", "I'm
# having knee surgery next month, and Oscar … will stand in") — the colleague named after it gets none.
_CLAUSE_BREAK = re.compile(r"[.;:!?,]|\s[–—-]\s|\s(?=(?:and|og|men|but|så|so|while|mens|da|when)\s)", re.IGNORECASE)
_LEADING_CONJUNCTION = re.compile(
    # (round 25, red team r28 a) … and the openings of a reason or time clause: "Efter at jeg selv var indlagt …",
    # "As I'm pregnant, …", "Siden jeg fik konstateret diabetes, …"
    r"(?:og|and|men|but|så|so|da|når|when|while|mens|fordi|because|since|efter at|eftersom|siden|nu hvor|now that|as|after)\s+",
    re.IGNORECASE,
)


# (round 25, red team r28 a) The asker's own unnamed relative as the clause's subject: "Min mor har demens, så …",
# "Min søn har fået diabetes" — the asker's own situation, as their own detail is.
def _inside_quote(text: str, start: int) -> bool:
    """`start` lies inside a quotation: more opening than closing marks before it ("…", «…», “…”) or an odd
    number of straight double quotes."""
    before = text[:start]
    if before.count('"') % 2 == 1:
        return True
    return before.count("“") > before.count("”") or before.count("«") > before.count("»")


# the asker as the object of the detail's verb, never of a verb of telling ("told me", "fortalte mig")
_ME_AS_OBJECT = re.compile(
    r"\b(?:sygemeldt|sygemeldte|sygemelder|signed|put|sat|sendt|sent|henvist|referred|indlagt|admitted|opereret|operated on|"
    r"diagnosticeret|diagnosed)\s+(?:mig|me)\b"
)
# a contrast with someone else's case: "mine 3 sygedage tæller ikke, men Dilan har 22"
_CONTRAST = re.compile(
    r"\b(?:men|but|whereas|hvorimod|mens|while)\s+(?-i:[A-ZÆØÅ])[a-zæøå]+\s+(?:har|has|is|er|had|havde)\b",
    re.IGNORECASE,
)


# (round 30, writer CJ) A pasted message under its sender's label: "From Sina: I'm sorry, my depression is back",
# "Fra: Jonas Holm\nJeg er sygemeldt", "Mads skrev: jeg er gravid"
_SPEAKER_LABEL = re.compile(
    r"\b(?:from|fra|afsender|sender)\s*:?\s+(?-i:[A-ZÆØÅ])[\w.-]*(?:\s+(?-i:[A-ZÆØÅ])[\w.-]*){0,2}\s*(?::|\n)|"
    r"\b(?-i:[A-ZÆØÅ])[\w-]+(?:\s+(?-i:[A-ZÆØÅ])[\w-]+)?\s+(?:skrev|skriver|wrote|writes|texted|sms'ede)\s*:",
    re.IGNORECASE,
)


def _after_speaker_label(text: str, start: int) -> bool:
    """`start` lies in a pasted message under a sender's label, before the paste ends (a rule of dashes or a blank line)."""
    for m in _SPEAKER_LABEL.finditer(text, 0, start):
        if not re.search(r"-{3,}|_{3,}|\n\s*\n", text[m.end() : start]):
            return True
    return False


def _before_person(lower: str, end: int, people: Sequence[tuple[int, int]]) -> bool:
    """The word holding the detail that ends at `end` stands right before a person's name."""
    word_end = end + len(re.match(r"[\wæøå-]*", lower[end:]).group(0))  # type: ignore[union-attr]
    return any(word_end < s <= word_end + 2 for s, _ in people)


def _clause_of(lower: str, start: int) -> str:
    """The clause around `start` (see `_CLAUSE_BREAK`)."""
    before = max((m.end() for m in _CLAUSE_BREAK.finditer(lower, 0, start)), default=0)
    after = _CLAUSE_BREAK.search(lower, start)
    return lower[before : after.start() if after else len(lower)]


# (round 25) a group the asker has is many people, none of them the asker: "my team lost …", "mit hold har …"
_GROUP_NOUN = re.compile(
    r"^(?:team|teams|hold|holdet|afdeling\w*|department|unit|staff|gruppe\w*|group|people|folk|crew|kolleg\w*|colleagues?|"
    r"medarbejdere|ansatte|employees|elever|pupils|students|børn|kids|borgere|residents|beboere|klienter|clients|patienter|patients)$"
)
_OTHER_PERSON_OBJECT = re.compile(r"\b(?:hende|ham|dem|him|her|them)\b")
_MY_KIN_SUBJECT = re.compile(
    r"(?:^|[.;:!?]\s*|\b(?:og|and|men|but|fordi|because|since|siden|as|da)\s+)(?:min|mit|mine|my)\s+(?:egen\s+|own\s+|lille\s+|little\s+)?"
    r"(?:mor|far|søn|datter|mand|kone|barn|børn|bror|søster|mother|father|mum|mom|dad|son|daughter|husband|wife|child|kids|"
    r"children|brother|sister)\s+(?:[\w'’-]+\s+){0,3}$",
    re.IGNORECASE,
)
# (round 25, red team r28 a) A detail the asker shares with a named colleague is theirs too: "I'm going through IVF, same
# as Claire in legal", "Jeg er selv i 3F, og det samme er Bo", "I'm in Unison, and so is Marcus".
_SHARED_WITH = re.compile(
    r"\b(?:same as|just like|like|ligesom|as is|as does|so is|so does|så er|det samme (?:er|gælder(?: for)?|har)|"
    r"og (?:det )?samme (?:er|gælder(?: for)?|har))\s+"
    # (round 27, red team r32 a) a time compared, not a person: "ligesom sidste år", "just like last spring"
    r"(?!(?:sidste|forrige|i fjor|last|i (?:19|20)\d\d|in (?:19|20)\d\d|dengang|then|before|før|tidligere|previously|every|hvert|hver)\b)",
    re.IGNORECASE,
)
_SAME_AFTER = re.compile(
    r"\b(?:too|also|as well|the same(?: thing)?|same situation|exactly that|through that|through it|samme situation|det samme|"
    r"også|ligeså|lige så|his now|hers now|with hers|with his|on them too|samme båd|same boat)\b",
    re.IGNORECASE,
)
_ASKER_SUBJECT = re.compile(
    # (round 26, red team r30 a) and the asker by a formal or joking name: "Undertegnede", "yours truly", "muggins here"
    r"(?:undertegnede\b|yours truly\b|muggins(?: here)?\b|den her leder\b|denne leder\b|this (?:leader|manager) here\b|jeg\b|i(?:'m|’m|'ve|’ve|'d|’d|'ll|’ll)\b|i (?:am|have|had|was|will|got|get|need|caught|broke|fell|went|suffer\w*|myself)\b)",
    re.IGNORECASE,
)
_OTHER_PERSON = re.compile(
    r"\b(?:han|hun|ham|hende|hans|hendes|sin|sit|sine|de|dem|deres|he|she|him|his|her|they|them|their|"
    r"min|mit|mine|my|vores|our)\b",
    re.IGNORECASE,
)


# … unless the message introduces the asker by name ("Jeg hedder Hanne Winther …", "– Graham Petersen, Head of
# Workshops"): then the detail is an identifiable person's, the asker's own (§ 1), and refused as before.
_SELF_NAMED = re.compile(
    r"\b(?:jeg hedder|mit navn er|my name is|this is|it's|it is|det er|i'm|i’m|i am|jeg er|her er)\s+(?-i:[A-ZÆØÅ])[\wæøå]+|"
    # (round 25) a forwarded mail's header: its "jeg" is the sender
    r"\b(?:fra|from|afsender|sender)\s*:\s*(?-i:[A-ZÆØÅ])[\wæøå-]+\s+(?-i:[A-ZÆØÅ])[\wæøå-]+|"
    r"\b(?:hilsen|mvh|regards|cheers|best|thanks|tak)\W+(?-i:[A-ZÆØÅ])[\wæøå]+|"
    r"^\W*(?:hi|hej|hello)?\W*(?-i:[A-ZÆØÅ])[\wæøå]+ here\b|[–—-]\s*(?-i:[A-ZÆØÅ])[\wæøå]+\s+(?-i:[A-ZÆØÅ])[\wæøå]+\s*,",
    re.IGNORECASE,
)
# … and a verb of thinking or a pointing word makes the clause a report on someone else ("jeg tror det er demens")
# (round 26, red team r30 a) What the asker heard of, was told, suspects or received papers about is someone else's:
# "Karsten fra lageret – jeg har mistanke om et alkoholproblem", "I've received a bailiff notice about unpaid rent"
_LEARNED_OF = re.compile(
    r"\b(?:hørt om|heard about|heard of|been told about|told about|fået at vide|fået besked om|mistanke om|suspicion of|suspect|"
    r"bekymring for|worried about|concern about)\b|"
    r"\b(?:modtaget|received|got|fået|had)\s+(?:\w+\s+){0,3}(?:papir\w*|papers|letter|brev\w*|notice|besked|sygemelding\w*|"
    r"underretning\w*|report|rapport\w*|notat\w*|mail|e-mail|indkaldelse\w*)\b",
    re.IGNORECASE,
)
_DOCUMENT_AFTER = re.compile(
    r"^[\w\s-]{0,30}?\b(?:appointment letter|letter|brev\w*|notice|papir\w*|papers|indkaldelse\w*|sygemelding\w*)\b",
    re.IGNORECASE,
)
# (round 26, red team r30 a) the asker's own detail told to a named colleague: "Should I tell Mikkel in planning that
# I'm pregnant", "Hvordan forklarer jeg Trine, at jeg har migræne"
_TOLD_THAT_I = re.compile(
    r"\b(?:tell|telling|told|explain|inform|message|mention|say|saying|write|fortælle|fortæller|forklare|forklarer|sige|siger|"
    r"nævne|skrive|informere|besked)\b[^.?!]{0,60}\b(?:that|at)\s+(?:i|jeg)\b[^.?!,]{0,40}$",
    re.IGNORECASE,
)
_REPORTS_ON = re.compile(
    r"\b(?:tror|synes|mener|frygter|tænker|gætter|think|believe|suspect|fear|guess|worry|worried|bekymret|"
    r"det|dette|it|that|this)\b",
    re.IGNORECASE,
)


# (round 24, writer BN) … but a person who spoke of their own wish or state speaks of themselves: "Ruairidh …
# talked about wanting to die", "fortalte om at ville stoppe", "talked about his drinking"
_OWN_AFTER_SPEECH = re.compile(
    r"\s*(?:wanting|being|having|feeling|going|at ville|at være|at have|at føle|his|her|their|sin|sit|sine|hans|hendes)\b",
    re.IGNORECASE,
)


# (round 24, red team r27 a) … or the asker's own possessive right before it: "Efter min blodprop har Lone …",
# "With my chemo starting next month, Olivia will …", "Min egen skilsmisse fylder meget"
_MY_BEFORE = re.compile(
    # (round 25, red team r27 a) … also a noun of the asker's with the detail after it: "under min sygemelding med stress"
    r"\b(?:min|mit|mine|my)(?:\s+(?:egen|eget|egne|own))?\s+(?:[\w-]+\s+)?(?:(?:med|with|for|mod|against)\s+)?$",
    re.IGNORECASE,
)
# A person the detail describes, right after it: "min [gravide] kollega", "my [Muslim] colleague", "min [autistiske] medarbejder"
_PERSON_NOUN_AFTER = re.compile(
    r"^[\w-]*\s+(?:[\w-]+\s+)?(?:kollega\w*|colleague\w*|medarbejder\w*|employee\w*|praktikant\w*|trainee\w*|elev\w*|"
    r"apprentice\w*|vikar\w*|assistent\w*|assistant\w*|frivillig\w*|volunteer\w*|souschef\w*|deputy|teamleder\w*)\b"
)
# (round 25, red team r27 a) "As a practising Catholic myself, …", "Som troende muslim selv …": the asker's own
_AS_MYSELF = re.compile(r"\b(?:as an?|being an?|som)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
_MYSELF_AFTER = re.compile(r"^[\w-]*\s+(?:myself|selv)\b", re.IGNORECASE)


_ANIMAL_SUBJECT = re.compile(
    r"\b(?:kat|katten|hund|hunden|hest|hesten|kanin|kaninen|hvalp|hvalpen|pony|ponyen|cat|dog|horse|pony|puppy|rabbit)\s+"
    r"(?:(?:har|has|had|havde|er|is|was|var|fik|got|har fået|has got|has been)\s+)(?:[\w-]+\s+){0,2}$|"
    # (round 31, red team r40 a) a building work or a project in its Nth month, no pregnancy: "tilbygningen er gået i 3. måned"
    # — the work itself the subject, no person between ("Projektlederen Maja er gravid" stays hers)
    r"\b(?:byggeriet|tilbygningen|projektet|renoveringen|ombygningen|udbuddet|forløbet|the (?:project|build|"
    r"construction|refurbishment|extension|pilot))(?:\s+(?:her|nu|now|here))?\s+(?:er|is|has)\s+$|"
    # (round 31, red team r40 a) farm animals about to give birth: "Hoppen på rideskolen skal føde", "Koen skal føde i morgen"
    # only the definite forms: "får", "so", "ko" are also verbs and words ("Katrine får angstanfald")
    r"\b(?:hoppen|koen|grisen|soen|fåret|geden|kvien|the (?:mare|cow|pig|sow|ewe|goat|heifer))"
    r"(?:\s+(?:på|i|at|on|in)\s+[\w-]+)?(?:\s+(?:skal|will|is (?:about|due) to|is going to|er ved at|kommer til at))?\s+$|"
    # … and a treatment given to "den"/"it", which is no person: "for at give den insulin"
    r"\b(?:give|giver|gav|givet|giving|gives|gave)\s+(?:den|det|it)\s+$"
)
_NAMED_TEAM_BEFORE = re.compile(
    r"\b(?:(?-i:[A-ZÆØÅ])[a-zæøå]+s|(?-i:[A-Z])[a-z]+['’]s)\s+(?:team|teams|hold|afdeling|department|unit|gruppe|group|"
    r"section|sektion)\b(?![^.?!]*\b(?:she|he|hun|han|her|his|hendes|hans|him|ham|hende)\b)[^.?!]{0,40}$"
)
_UNION_ACTS_AFTER = re.compile(
    r"(?:['’]s)?\s*(?:lokalafdeling|kreds|afdeling|lokalkontor|branch|office|region)?\w*\s+(?:kommer|kom|ringede|ringer|skrev|"
    r"skriver|holder|holdt|comes|came|called|calls|rang|wrote|writes|will|is coming|presents)\b"
)


def _role_after(text: str, end: int) -> bool:
    """The word right after `end` is a role or person noun ("Roma colleague Dragan": a group's word, not a name)."""
    m = re.match(r"\s*([\wæøå-]+)", text[end:])
    return bool(m and is_role(m.group(1).lower()))


def _askers_own(text: str, start: int, people: Sequence[tuple[int, int]], possessive: bool = True) -> bool:
    """The detail at `start` is said of the asker in their own clause (see _ASKER_SUBJECT): the clause
    opens with the asker and names no one else, before or after the detail; or the asker's own
    possessive stands right before it (`_MY_BEFORE`; not with `possessive=False`)."""
    lower = text.lower()
    # (round 27, red team r32 a) "I'm Muslim myself" says what the asker is, not who: no self-naming
    if any(not detail_spans(m.group(0)) for m in _SELF_NAMED.finditer(text)):
        return False
    if _inside_quote(text, start) or _after_speaker_label(text, start):
        return False  # (round 25) "Amira skrev: 'jeg har været på skadestuen …'": the quoted "jeg" is the speaker
    for shared in _SHARED_WITH.finditer(lower, start, min(len(lower), start + 100)):
        if any(shared.end() <= s < shared.end() + 30 for s, _ in people):
            return False
    # (round 25, red team r29 a) … or a colleague named after it who has the same: "… og Mette fra løn har også", "Kyle
    # from the depot is on them too", "Naomi went through the same thing", "Jimmy er i samme situation"
    for s_, e_ in people:
        seg = lower[e_ : e_ + 90].split(".")[0]
        same = _SAME_AFTER.search(seg)
        # (round 26, red team r30 a) "… and Zara from planning has also finished the new rota": another matter
        if (
            s_ > start
            and same
            and (
                len(re.split(r"[,;?!]", seg[same.end() :])[0].split()) <= 2
                or re.search(r"\b(?:same|samme|that|det|it|them|dem|too|også)\b", seg[same.end() :])
            )
        ):
            return False
    if _MY_KIN_SUBJECT.search(lower[max(0, start - 40) : start]) and not any(
        max(0, start - 40) <= s < start for s, _ in people
    ):
        return True
    if (
        _AS_MYSELF.search(lower[max(0, start - 30) : start])
        and _MYSELF_AFTER.match(lower[start:])
        # (round 27, red team r32 a) … unless a named person is the clause's subject: "Som tidligere alkoholiker selv har Bo …"
        and not any(start < s_ < start + 40 and "," not in lower[start:s_] for s_, _ in people)
    ):
        return True
    if (
        _ME_AS_OBJECT.search(lower[max(0, start - 40) : start + 40])
        and not any(lower.rfind(".", 0, start) < s_ < start + 60 for s_, _ in people)
        # (round 27, red team r32 a) "He sent me a text saying he's in detox": a third person is the detail's subject
        and not re.search(r"\b(?:he|she|han|hun)(?:['’]s)?\b[^.?!]*$", lower[max(0, start - 40) : start])
        and not _OTHER_PERSON_OBJECT.search(_clause_of(lower, start))
    ):
        return True  # (round 25, red team r29 a) the asker as the object: "Lægen har sygemeldt mig", "sat mig til ro efter operationen"
    # (round 26, red team r31 a) a named colleague and the asker as one subject: "Både Gitte fra løn og jeg har …",
    # "Søren fra driften og jeg er begge …", "Both Lena from housing and I are …"
    both = re.search(r"\b(?:og|and)\s+(?:jeg|i)\b[^.?!]{0,60}$", lower[max(0, start - 100) : start])
    if both and any(max(0, start - 100) <= s_ < max(0, start - 100) + both.start() for s_, _ in people):
        return False
    told = _TOLD_THAT_I.search(lower[max(0, start - 120) : start])
    if told:
        tail = re.split(r"\b(?:that|at)\s+(?=(?:i|jeg)\b)", told.group(0))[-1]
        if not re.search(
            r"\b(?:han|hun|ham|hende|hans|hendes|he|she|him|his|her|they|them|their|de|dem|deres)\b", tail
        ) and not re.search(r"\b(?:know|knew|heard|ved|vidste|hørt|kender|kendte)\b", tail):
            # (round 27, red team r32 a) what the asker knows or heard of is the other one's: "… that I know about the custody case"
            return True  # "Should I tell Mikkel in planning that I'm pregnant": the asker's own detail
    contrast = bool(_CONTRAST.search(text))
    my = _MY_BEFORE.search(lower[max(0, start - 25) : start]) if (possessive or not contrast) else None
    if my and re.search(r"\b(?:bekymring|worry|concern|mistanke|suspicion|fornemmelse|hunch)\b", my.group(0)):
        my = None  # "min bekymring for druk": the asker's worry about someone's drinking
    if my and _PERSON_NOUN_AFTER.match(lower[start : start + 50]):
        my = None  # (round 31, red team r40 a) "min gravide kollega", "my diabetic colleague": the detail is the colleague's
    if my and not any(is_role(w) or _GROUP_NOUN.match(w) for w in re.findall(r"[a-zæøå-]+", my.group(0))):
        return True  # "min medarbejders stress" is someone else's: a role after the possessive
    lo = max(0, start - 60)
    before = lower[lo:start]
    cut = max((m.end() for m in _CLAUSE_BREAK.finditer(before)), default=0)
    if cut == 0 and lo > 0:
        return False  # the clause began further back than we look
    after = _CLAUSE_BREAK.search(lower, start)
    clause_end = after.start() if after else len(lower)
    if any(lo + cut <= s < clause_end for s, _ in people):
        return False  # "Jeg skal lave en alkoholbehandlingsaftale med Dennis": someone else in the clause
    words = before[cut:].lstrip()
    lead = _LEADING_CONJUNCTION.match(words)
    if lead is not None:
        words = words[lead.end() :]
    subject = _ASKER_SUBJECT.match(words)
    if subject is None:
        return False
    rest = words[subject.end() :]
    # (round 25) the asker acting on someone is no detail of the asker's: "Jeg overvejer at opsige hende"
    acted_on = lower[start:clause_end]
    if _LEARNED_OF.search(rest) or (
        re.search(r"\b(?:modtaget|received|got|fået)\b", rest) and _DOCUMENT_AFTER.match(lower[start:])
    ):
        return False
    return (
        len(rest.split()) <= 6
        and not _OTHER_PERSON_OBJECT.search(acted_on)
        and not _OTHER_PERSON.search(rest.replace("myself", "").replace("selv", ""))
        and not _REPORTS_ON.search(rest)
        and not any(is_role(w) for w in re.findall(r"[a-zæøå-]+", rest))  # "jeg har en medarbejder med stress"
    )


# (round 26, red team r30 a) a keyword inside a proper name: a surname ("Tom Gay", "Søren Vold") or a place named after
# someone ("Sankt Lukas Hospice", "Margaret Dunn Women's Refuge")
_BODY_NAME = re.compile(r"(?:råd|forbund|forening|parti|party|association|union|fængsel|prison)\w*$", re.IGNORECASE)
_CARE_PLACE_NOUN = re.compile(
    r"^(?-i:[A-ZÆØÅ])(?i:ospice|efuge|risecent\w*|entre|enter|entret|jem|jemmet|ome|ospital|linik\w*|linic|ehab)$"
)
_ADMITTED_BEFORE = re.compile(
    r"\b(?:moved into|moving into|checked into|admitted to|indlagt på|flyttet ind på|flytter ind på|kommet på|is at|er på|lies at|"
    r"ligger på|back from|hjem fra|tilbage fra)\b[^.?!]{0,40}$",
    re.IGNORECASE,
)
_TITLE_WORD = re.compile(r"(?-i:[A-ZÆØÅ][a-zæøå]+)(?:['’]s)?$")
# a detail inside a supposition about cover: "Hvis Jonas fra IT blev syg, hvem skulle så tage over?", "Suppose Gareth were
# off sick for a month – how should we cover?"
_SUPPOSED_BEFORE = re.compile(
    r"\b(?:hvis|if|suppose|supposing|imagine|forestil dig|lad os sige|antag|say)\b[^.?!]{0,60}\b(?:blev|skulle|were|was|got|fell|"
    r"broke|brækkede|would|became)\b[^.?!]{0,25}$",
    re.IGNORECASE,
)
_COVER_PLAN = re.compile(
    r"\b(?:plan b|beredskab\w*|contingency|backup|back-up|cover|dække|tage over|take over|stand in|afløser\w*|vikar\w*)\b",
    re.IGNORECASE,
)
# work done on a thing for a care place or a service: "fixes the locks at the secure psychiatric unit", "reparerer
# kørestole for hjemmeplejens borgere", "kører blodprøver ud til lægehusene"
_WORK_ON_BEFORE = re.compile(
    r"\b(?:fix(?:es|ed)?|repair(?:s|ed)?|reparerer|reparerede|deliver(?:s|ed)?|leverer|leverede|kører (?:\w+ )?ud|drives (?:\w+ )?to|"
    r"clean(?:s|ed)|gør rent(?: (?:på|i))?|maintain(?:s|ed)?|vedligeholder|install(?:s|ed)?|installerer|"
    r"(?:sets?|setting) up (?:the |a |an |new )?(?:wi-?fi|printers?|network|computers?|pcs?|screens?|equipment|internet|phones?|"
    r"system|server|lights?|furniture)|"
    r"(?:sætter|satte|sat) (?:(?:en|et|den|det|nye?|nyt) ){0,2}(?:printer|wi-?fi|netværk|skærm\w*|computer\w*|pc'?er|lys|lamper|møbler|"
    r"hylder|telefon\w*|system\w*) op|"
    r"paint(?:s|ed)?|maler|servicerer|replac(?:es|ing)|udskifter)\b[^.?!,]{0,45}$",
    re.IGNORECASE,
)
# (round 26, red team r31 a) a service for a group: "startet en gruppe for gravide med angst", "a knitting circle for people
# living with dementia", "helped dozens of prison leavers into flats"
_FOR_GROUP_BEFORE = re.compile(
    r"\b(?:gruppe|group|circle|kreds|klub|club|tilbud|service|café|cafe|kursus|course|forløb|workshop|hold|ordning|scheme|"
    r"netværk|network)\w*\s+(?:for|til)\s+(?:[\w'’-]+\s+){0,2}(?:people|folk|mennesker|men|women|mænd|kvinder|unge|børn|familier|"
    r"families|borgere|citizens|patients|patienter|gravide|seniorer|ældre|leavers|users|brugere|mums|mødre|fædre|dads|parents|"
    r"forældre)\b(?:[\w'’-]+\s+){0,3}$|\b(?:dozens|hundreds|scores) of\s+(?:[\w-]+\s+){0,2}$|\b(?:snesevis|hundredvis) af\s+(?:[\w-]+\s+){0,1}$",
    re.IGNORECASE,
)
# (round 27, red team r32 a) an election inside the workplace or a school: no party politics
_INTERNAL_ELECTION = re.compile(
    r"\b(?:med|su|tr|amr|samarbejdsudvalg\w*|tillidsrepræsentant\w*|arbejdsmiljørepræsentant\w*|elevråd\w*|personaleforening\w*|"
    r"medarbejderrepræsentant\w*|bestyrelses)[- ]?valg\w*|\b(?:staff council|works council|student council|union rep|staff rep|"
    r"employee representative|safety rep)\w*\s+(?:vote|election|ballot)s?\b"
)
# (round 27, red team r33 a) a colleague's service to a group or at a place of care: volunteering, coaching, singing,
# cooking for, visiting
# (round 28, red team r35 a) a colleague's work for a group with the condition: "kører dialysepatienter", "wheels patients
# to chemo", "skifter stomiposer hos tre borgere", "kører de ældre til genoptræning", "holder graviditetsgrupper"
_SERVES_GROUP_VERB = re.compile(
    r"\b(?:kører|drives|takes|wheels|transports|bringer|følger|skifter|changes|holder|runs|leads|underviser|teaches|coaches|"
    # (round 29, red team r36 a) … vaccinates, treats, helps, nurses, teaches on a course
    r"træner|fået\s+(?:\d+|mange|flere|alle)\s+(?:borgere|patienter|beboere|brugere|ældre)|vaccineret|vaccinerer|vaccinated|vaccinates|behandler|behandlet|treats|treated|hjælper|hjulpet|helps|helped|"
    r"plejer|plejet|nurses|nursed|undervise|teach|teaching)\s+"
    r"(?:[\w'’-]+\s+){0,4}$",
    re.IGNORECASE,
)
_GUIDE_FOR = re.compile(
    r"\b(?:skabelon|template|vejledning|guide|procedure|politik|policy|tjekliste|checklist)\w* (?:til|for|om|on|about) $",
    re.IGNORECASE,
)
_PROJECT_STARTED = re.compile(
    r"\b(?:launched|started|startet|opened|åbnet|set up|founded|stiftet|organises|organizes|arrangerer|runs|driver|har startet|"
    r"volunteers? at|volunteering at|frivillig (?:på|i|ved))\s+"
    r"(?:sin|sit|sine|hans|hendes|her|his|their|a|an|en|et|the|den|det)\s+(?:[\w-]+\s+)?$",
    re.IGNORECASE,
)
# (round 30, red team r38 a) A detail that describes a plural group of people, whatever the colleague does for them:
# "de muslimske beboere", "the blind residents", "Muslim staff", "kørestolsbrugerne", "beboerne med demens", "mødre med
# fødselsdepression" — unless someone is counted among them ("one of the Muslim staff", "en af beboerne med demens").
_PLURAL_PEOPLE = (
    r"(?:residents|beboere|beboerne|staff|kolleger|kollegerne|colleagues|patients|patienter|patienterne|borgere|borgerne|"
    r"brugere|brugerne|users|elever|eleverne|pupils|students|children|kids|børn|børnene|mødre|mødrene|mothers|mums|fathers|"
    r"dads|fædre|parents|forældre|forældrene|families|familier|familierne|ældre|people|folk|mennesker|medarbejdere|"
    r"medarbejderne|employees|members|medlemmer|medlemmerne|clients|klienter|klienterne|kunder|kunderne|customers|guests|"
    r"gæster|gæsterne|visitors|besøgende|deltagere|deltagerne|participants|workers|unge|teenagers|pensioners|pensionister)"
)
# in "for/til the … group", the word before the group noun is an adjective, never a function word
_NOT_BETWEEN = (
    r"(?!(?:fra|from|til|to|for|af|of|med|with|ved|mod|against|om|about|by|hos|and|og|or|eller|but|men|at|på|on|in|i|"
    r"their|his|her|hans|hendes|deres|sine|sin|sit|the|de|den|det|a|an|en|et)\s)"
)
_GROUP_AFTER_DETAIL = re.compile(rf"[\w'’-]*\s+{_PLURAL_PEOPLE}\b")
_GROUP_WITH_BEFORE = re.compile(
    rf"(?<!\bhans )(?<!\bhendes )(?<!\bhis )(?<!\bher )(?<!\btheir )(?<!\bderes )(?<!\bsine )\b{_PLURAL_PEOPLE}\s+(?:med|with|who have|who are|som har|der har|som er|der er|living with|on)\s+(?:[\w'’-]+\s+){{0,2}}$"
)
_THING_FOR_PLURAL = re.compile(
    rf"(?:\s+[\w-]+){{0,2}}\s+(?:for|til)\s+(?:(?:de|the|vores|our|alle|all)\s+)?{_NOT_BETWEEN}[\w-]+\s+{_PLURAL_PEOPLE}\b"
)
# someone's own children or parents: "Jens har to børn med autisme", "Jens' forældre med demens"
_OWN_KIN_BEFORE = re.compile(
    r"(?:\b(?:har|has|have|had|havde|hans|hendes|his|her|their|deres|sine)|['’]s?)\s+(?:[\w-]+\s+)?$"
)
_COURSE_ON_BEFORE = re.compile(
    r"\b(?:kursus|kurset|kurser|efteruddannelse\w*|videreuddannelse\w*|forløb\w*|course|training|module|modul\w*|workshop\w*|"
    r"seminar\w*|certificate|diploma)\s+(?:i|om|in|on|about)\s+(?!(?:sin|sit|sine|hans|hendes|his|her|their)\b)"
    # a course for those who have it is theirs: "et kursus i at leve med sklerose", "a course on living with MS"
    r"(?!(?:at )?leve med|living with|coping with|at mestre|at håndtere)(?:[\w-]+\s+){0,3}$"
)
_ADDICT_OF_A_THING = re.compile(
    r"(?:\b(?-i:[A-ZÆØÅ])[\w-]*|\b[\wæøå]+)-(?:narkoman|misbruger|junkie|addict)\w*|"
    r"\b(?-i:[A-Z])[\w-]*(?<!Alcohol)(?<!Drug)(?<!Heroin)(?<!Gambling)(?<!Sex)(?<!Porn) addict\b"
)
_SPEAKER_FROM_PLACE = re.compile(r"\b(?:fra|from)\s+(?:the\s+)?(?-i:[A-ZÆØÅ])?[\w\s'’()-]{0,40}$")
_GIVES_A_TALK = re.compile(
    r"\b(?:holder (?:et )?oplæg|holde (?:et )?oplæg|taler (?:om|for|til)|skal tale|is talking|talks to|speaks|gives a talk|"
    r"giving a talk|kommer til vores|kommer og taler|underviser|is presenting|præsenterer)\b"
)
_PLURAL_USER_WORD = re.compile(r"(?:brugere|brugerne|patienter|patienterne)$")  # not "-ramte": "den stressramte Merete"
_COUNTED_AMONG = re.compile(
    r"\b(?:one of|en af|et af|blandt|among|amongst|like the other|ligesom de andre)\s+(?:[\w'’-]+\s+){0,3}$"
)


def _of_a_group(lower: str, start: int, end: int, people: Sequence[tuple[int, int]] = ()) -> bool:
    """The detail at start:end describes a plural group of people, and nobody is counted among them or named in
    apposition to them ("Vores kolleger med diabetes, Mads og Kirsten, …")."""
    word, word_end = _word_around(lower, start, end)
    if any(
        0 <= s - word_end <= 30
        and re.fullmatch(
            r"[\w\s]*,\s*(?:som|such as|like|fx|f\.eks\.|e\.g\.|blandt andre|including)?\s*", lower[word_end:s]
        )
        for s, _ in people
    ):
        return False
    if re.search(
        r"\b(?:startet på|started on|accepted onto|joined|deltager i|går på|er på|tilmeldt|optaget på|is on|attends|går til|"
        r"signed up for|meldt sig til)\b[^.?!]{0,40}$",
        lower[max(0, start - 60) : start],
    ):
        return False  # a course or group the person joined is theirs: "startet på et kursus for folk med spillegæld"
    if re.search(
        r"\b(?:is|er|was|var|are|seems|virker)\s+(?:too |for |very |meget |så )?$", lower[max(0, start - 15) : start]
    ):
        return False  # a predicate on someone: "is too dark for their children"
    word_start = word_end - len(word)
    before = lower[max(0, word_start - 45) : word_start]
    if re.search(
        r"\b(?:are|er|were|var)\s+(?:the|our|vores|de|my|mine)\s+(?:\w+\s+)?(?:two|three|four|to|tre|fire|only|eneste|\d)\b[^.?!]{0,30}$",
        lower[max(0, start - 50) : start],
    ):
        return False  # (round 30, red team r39 a) named people said to be the group: "Tanja and Lise are our two pregnant …"
    if _COUNTED_AMONG.search(before) or re.search(
        r"\b(?:hans|hendes|his|her|their|deres|sin|sine|sit|[\w-]+['’]s)\s+$", before
    ):
        return False  # … nor someone's own relatives: "hendes muslimske forældre"
    if _GROUP_AFTER_DETAIL.match(lower[end : end + 35]) and not re.match(
        r"[\w'’-]*\s+(?:is|er|was|var|has|har)\b", lower[end:]
    ):
        group_start = lower.rfind(" ", 0, start) + 1
        return not _COUNTED_AMONG.search(lower[max(0, group_start - 45) : group_start])
    if word and _PLURAL_USER_WORD.search(word) and word_end > end:
        return True
    if _THING_FOR_PLURAL.match(lower[word_end : word_end + 50]) and not re.search(
        r"(?:steward|rep|representative|delegate|repræsentant|formand|chair\w*|leader|leder|member|medlem)$", word
    ):
        return True  # a thing for the group: "halalmad til de muslimske beboere", "the prayer room for Muslim staff"
    with_before = _GROUP_WITH_BEFORE.search(before)
    return with_before is not None and not _OWN_KIN_BEFORE.search(before[: with_before.start()])


_SERVED_GROUP = re.compile(
    r"\b(?:patients|patienter|borgere|citizens|residents|beboere|ældre|elderly|clients|klienter|team|holdet|grupper|groups|"
    r"børn|children|deltagere|participants)\b",
    re.IGNORECASE,
)
_SERVES_BEFORE = re.compile(
    r"\b(?:(?:volunteers|volunteering|volunteered|is a volunteer|er frivillig|frivillig \w+) (?:at|for|with|in|på|i|hos|ved)|"
    r"(?:coaches|coaching|coached|træner) (?:a |an |et |en |the )?(?:\w+ )?(?:team|hold|club|klub)|(?:sings?|synger|sang)(?: (?:in|at|for|i|på))?|"
    r"laver mad (?:til|for)|cooks? for|cooking for|besøgsven|visiting friend|befriends?|befriender|mentor for|reads? to|læser (?:op )?for|"
    r"plays? (?:music|piano|guitar) (?:for|at)|spiller (?:musik|klaver|guitar) (?:for|på))\b(?:(?!\b(?:er|is|has|har|was|var|blev|got|fik)\b)[^.?!,]){0,55}$",
    re.IGNORECASE,
)
# (round 27, red team r32 a) a study, a thesis, a book or an award for work on a topic
_STUDY_ON_BEFORE = re.compile(
    r"\b(?:phd|ph\.d\.?|master'?s|masters|speciale\w*|thesis|afhandling\w*|dissertation|bachelor\w*|opgave\w*|research|forskning\w*|"
    r"book|bog|documentary|dokumentar\w*|podcast|award|pris|prize|work|arbejde|indsats)\s+(?:(?:on|about|om|with|med|for|mod|against|"
    r"into|i)\s+)(?:[\w'’-]+\s+){0,3}$",
    re.IGNORECASE,
)
# the unit's work against others or for the council: "attends the family court twice a week for the council", "gets
# county court judgments against tenants"
_ON_BEHALF_AFTER = re.compile(
    r"^[^.?!]{0,40}\b(?:for the council|for kommunen|on behalf of|på vegne af|against (?:tenants|citizens|debtors|residents|families)|"
    r"mod (?:lejere|borgere|skyldnere|familier))\b",
    re.IGNORECASE,
)


# (round 33, red team r42 a; docs/privacy.md § 4.22) Words of a detail used for something else, stated generally:
# a thing stolen from someone is a crime against them, not by them ("Ib's telefon blev stjålet"); a thing broken is
# no fracture ("har brækket plæneklipperen"); captivated or caught by someone who is no police ("fængslet af oplægget",
# "anholdt af en journalist") and a chore as a "sentence" ("dømt til at stå for kaffen") are figures of speech; a
# sports sanction is no expulsion ("udvist i firmafodbolden", "udvisningsboksen", "sent off"); an absence said to be a
# holiday, a course or a conference is no sickness ("Jonas' fravær i uge 7 er vinterferie").
_STOLEN_THING = re.compile(
    r"\b(?:telefon|mobil|pung|cykel|taske|bil|computer|pc|nøgle|nøgler|jakke|phone|mobile|wallet|purse|bike|bicycle|bag|car|"
    r"laptop|keys?|coat|jacket)(?:en|et|er|erne|s)?\s+(?:blev|er blevet|var blevet|was|got|has been|had been)\s+(?:\w+\s+)?$"
)
_BROKEN_THING = re.compile(
    r"^(?:brækket|brækkede|brækker)\s+(?:den |det |de |the |a |an |en |et |vores |our |min |mit |sin |sit )?(?:[\w-]+ )?"
    r"(?P<obj>[\w-]{4,})"
)
_NOT_POLICE_AGENT = re.compile(
    r"^(?:fængslet|fængslede|anholdt|captivated|arrested)\s+(?:af|by)\s+(?!(?:politiet|politi|betjent\w*|the police|police|officers?)\b)"
)
_CHORE_SENTENCE = re.compile(
    r"^(?:dømt|idømt|sentenced|condemned)\s+(?:til|to)\s+(?:at\s+)?(?:[\w-]+\s+){0,2}?(?:stå for|lave|vaske|bage|hente|købe|"
    r"give|rydde|tage|washing|wash|make|bake|buy|coffee|kaffe\w*|kage\w*|opvask\w*|cake|washing-up|dishes|tea)\b"
)
_SPORTS_SANCTION = re.compile(
    r"^(?:udvisningsboks\w*|udvist\w*\s+(?:i|fra|under)\s+(?:[\w-]+\s+)?[\w-]*(?:fodbold|håndbold|hockey|kamp|turnering|"
    r"bold|match|spil)\w*|sent off\b|red card\b|sin bin\b)"
)
_BET_LOST_OR_WON = re.compile(r"\b(?:tabte|vandt|taber|vinder|lost|won|loses|wins)\s+(?:et\s+|a\s+|the\s+)?$")
_ABSENCE_EXPLAINED = re.compile(
    r"^(?:fravær|absence|absent)\w*\b[^.?!]{0,50}\b(?:ferie\w*|vinterferie|sommerferie|efterårsferie|holiday|vacation|"
    r"kursus|course|konference\w*|conference|seminar\w*|studietur|tjenesterejse|business trip|efteruddannelse|training)\b"
)


def _lookalike_r33(lower: str, start: int, end: int, cat: str) -> bool:
    """The round-33 look-alikes (see `_STOLEN_THING` and the patterns after it)."""
    here = lower[start : end + 80]
    if cat == "criminal" and _STOLEN_THING.search(lower[max(0, start - 40) : start]):
        return True
    broken = _BROKEN_THING.match(here)
    if (
        cat == "health"
        and broken
        # a body part, also as the first part of a word ("håndleddet", "kravebenet"), or someone's own: a fracture
        and not re.search(
            rf"\b(?:{BODY_PARTS_DA}|{_BODY_WORDS})|\b(?:hans|hendes|sin|sit|sine|his|her|their|deres)\b",
            broken.group(0),
        )
    ):
        return True
    if cat == "criminal" and (_NOT_POLICE_AGENT.match(here) or _CHORE_SENTENCE.match(here)):
        return True
    if cat == "health" and _BET_LOST_OR_WON.search(lower[max(0, start - 25) : start]):
        return True  # "tabte væddemålet", "won the bet": one bet, no gambling
    if cat in ("social_case", "hr_case", "criminal") and _SPORTS_SANCTION.match(here):
        return True
    return cat in ("hr_case", "health") and bool(_ABSENCE_EXPLAINED.match(here))


# Body parts beyond health.BODY_PARTS_DA's stems (matched as word beginnings, so "håndleddet" and "armen" are read there):
# Danish words the stems lack and the English ones.
_BODY_WORDS = (
    r"anklen|ribben|kraveben|tå|lårben|skinneben|leg|wrist|hand|foot|ankle|hip|back|nose|jaw|rib|collarbone|shoulder|elbow|"
    r"knee|toe|skull|neck|his|her"
)


def _about_topic(text: str, start: int, end: int, cat: str = "", people: Sequence[tuple[int, int]] = ()) -> bool:
    lower = text.lower()
    if _lookalike_r33(lower, start, end, cat):
        return True
    if people and _OWN_AFTER_TOPIC.match(lower[end : end + 70]) and any(s_ < start for s_, _ in people):
        return False  # (round 27, red team r33 a) "foredrag om spiseforstyrrelser, som hun har kæmpet med": her own
    if _PROJECT_STARTED.search(lower[max(0, start - 40) : start]) and re.match(
        r"[\w-]*\s?(?:indsamling\w*|café\w*|cafe\w*|event\w*|løb\w*|walk|run|fundraiser|campaign|kampagne\w*)",
        lower[start : end + 15],
    ):
        return True  # (round 29, red team r36 a) a project the colleague started or serves at: "sin kræftindsamling"
    sentence_start = max(text.rfind(c, 0, start) for c in ".!?") + 1
    named_in_sentence = any(sentence_start <= s_ < start for s_, _ in people)
    last_named = max((e_ for s_, e_ in people if sentence_start <= s_ < start), default=-1)
    if (
        last_named >= 0
        and _THEIR_OWN_BEFORE.search(lower[max(0, start - 20) : start])
        and not _OTHER_PERSON_NOUN.search(lower[last_named:start])
    ):
        return False  # (round 28, red team r34 a) "arbejde med sin PTSD", "his work on his drinking": the named person's own
    prev = re.search(r"([\wæøåÆØÅ'’-]+) $", text[max(0, start - 40) : start])
    words = text[start : start + 40].split(" ")
    word = words[0].rstrip(".,;:!?")
    if prev and len(word) >= 3 and _TITLE_WORD.match(word) and _TITLE_WORD.match(prev.group(1)):
        given = set(lexicon().flags(prev.group(1).lower())) & {"m", "f"}
        # (round 27, red team r32 a) … a surname the name data know: "Re: Anna Pregnant", "Mette Gravid" are subject lines
        if (
            given
            and not _BODY_NAME.search(word)
            and "S" in lexicon().flags(word.lower().removesuffix("'s").removesuffix("’s"))
        ):
            return True  # a surname: "Tom Gay", "Søren Vold"
        if (
            _CARE_PLACE_NOUN.match(word) or (len(words) > 1 and _CARE_PLACE_NOUN.match(words[1].rstrip(".,;:!?")))
        ) and not (_ADMITTED_BEFORE.search(lower[max(0, start - 70) : start])):
            return True  # a place named after someone: "Sankt Lukas Hospice", "Sister Agnes Rehab Centre"
    if _SUPPOSED_BEFORE.search(lower[max(0, start - 90) : start]) and _COVER_PLAN.search(lower):
        return True
    if _WORK_ON_BEFORE.search(lower[max(0, start - 60) : start]) or _ON_BEHALF_AFTER.match(lower[end:]):
        return True
    if _FOR_GROUP_BEFORE.search(lower[max(0, start - 60) : start]):
        return True
    if cat == "political" and _INTERNAL_ELECTION.search(lower[start : end + 60]):
        return True  # (round 27, red team r32 a) "valgmateriale til MED-valget", "leaflets for the staff council vote"
    if cat == "health" and _ADDICT_OF_A_THING.search(text[max(0, start - 30) : end + 12]):
        return True  # (round 30, red team r39 a) "en ægte Lego-narkoman", "a self-confessed Post-it addict": a fan, no addict
    if (
        cat in ("health", "sexual_orientation", "social_case", "criminal")
        and _SPEAKER_FROM_PLACE.search(lower[max(0, start - 60) : start])
        # the detail names the institution: "Sexologisk Klinik", "the fertility clinic", "fertilitetsklinikken"
        and re.match(
            r"[\w-]*?(?:klinik|clinic|center|centre|centret|hospital|sygehus|afdeling|ambulatori|unit|service|rådgivning)",
            lower[start : end + 25].replace(" ", ""),
        )
        and _GIVES_A_TALK.search(lower)
    ):
        return (
            True  # (round 30, red team r39 a) "Pia Holm fra Sexologisk Klinik holder oplæg …": where the speaker works
        )
    # "shop steward for the FOA members": his office, not a group's
    if cat != "union_membership" and _of_a_group(lower, start, end, people):
        return True
    if _COURSE_ON_BEFORE.search(lower[max(0, start - 60) : start]):
        return (
            True  # (round 30, red team r38 a) a course's subject: "kurset i førstehjælp ved overdosis", "forløbet om …"
        )
    served = _SERVES_GROUP_VERB.search(lower[max(0, start - 50) : start])
    if served and (
        _SERVED_GROUP.search(served.group(0))
        or re.match(
            r"[\w-]*\s?(?:[\w-]+\s)?(?:patient\w*|grupper|poser|team|hold(?:et)?|borgere|citizens|residents|beboere|børn|children|"
            r"deltagere|participants)\b",
            lower[start : end + 25],
        )
    ):
        return True  # (round 28, red team r35 a) the colleague serves a group with the condition
    if cat == "social_case" and re.search(
        r"\b(?:volunteers? there|er frivillig (?:der|dér|deroppe)|handing out|hands out|deler (?:\w+ )?ud)\b",
        lower[end : end + 90],
    ):
        return True  # (round 29, red team r36 a) "seen at the food bank handing out parcels – she volunteers there"
    if _SERVES_BEFORE.search(lower[max(0, start - 70) : start]):
        return (
            True  # (round 27, red team r33 a) a colleague's service to a group: "volunteers at the night shelter for …"
        )
    if _STUDY_ON_BEFORE.search(lower[max(0, start - 60) : start]):
        return True  # (round 27, red team r32 a) "writing her PhD on dementia", "an award for his work with homeless young people"
    if any(
        s <= start
        and end <= e
        and " " not in text[s:e]
        and set(lexicon().flags(text[s:e].lower())) & {"m", "f"}
        and not _role_after(text, e)
        for s, e in people
    ):
        return True  # (round 24, writer BN) a person's own given name is no detail about them: "Sunniva in 2.f won …"
    if _ANIMAL_SUBJECT.search(lower[max(0, start - 40) : start]):
        return True  # (round 25, red team r27 a) an animal's illness: "Bentes kat har fået sukkersyge", "Gemma's horse has colic"
    team = _NAMED_TEAM_BEFORE.search(text[max(0, start - 60) : start])
    if team and any(
        s0 < max(0, start - 60) + team.start() <= e0 + 20
        and re.search(r"\s(?:på|ved|i|hos|at|in|on|fra|from)\s", text[s0 : max(0, start - 60) + team.start()])
        for s0, e0 in people
    ):
        team = None  # (round 27, writer BX) the unit is where the person named before it works: "Afdelingslederen på VUC Lindås afdeling"
    owner = team and re.match(r"[\wæøåÆØÅ]+?(?=['’]?s\b)", team.group(0))
    # (round 26, red team r30 a) … unless the owner is named again as the one the detail is about: "Sallys team asks when
    # Sally is back from the psychiatric ward"
    if team and not (owner and re.search(r"\b" + re.escape(owner.group(0)) + r"\b", team.group(0)[owner.end() + 2 :])):
        return True  # (round 24, red team r27 a) a unit's total under its leader's name: "Bentes team har haft 8 % sygefravær"
    if (
        cat == "union_membership"
        and re.search(r"\b(?:fra|from)\s*$", lower[max(0, start - 8) : start])
        and _UNION_ACTS_AFTER.match(lower[end : end + 50])
    ):
        return True  # (round 24, red team r27 a) someone from the union who comes, calls or presents acts for it
    if people and _askers_own(text, start, people):
        return True
    remit = _REMIT.search(lower[max(0, start - 80) : start])
    if remit and (
        _TIME_OF_TREATMENT.search(lower[max(0, start - 25) : start])
        or (
            re.search(r"(?:håndterer|handles)\s*$", remit.group(0))
            and re.match(r"[\wæøå-]*(?:en|et)\b", lower[start:])
            and cat == "health"
        )
    ):
        remit = (
            None  # (round 27, red team r32 a) "despite the chemo", "under kemoen", "håndterer depressionen": their own
        )
    if remit:
        return True  # (round 21) a colleague's remit: "har ansvaret for alle udredninger for ADHD"
    if _GUIDE_FOR.search(lower[max(0, start - 40) : start]):
        return True  # (round 29, red team r36 a) a template or a guide for the thing: "skal lave en skabelon til advarsler"
    if people and (
        _OWN_EXPERIENCE_BEFORE.search(lower[max(0, start - 60) : start]) or _OWN_EXPERIENCE_AFTER.match(lower[start:])
    ):
        return False
    role_at = _ROLE_AT_UNIT.search(lower[max(0, start - 50) : start])
    if (
        role_at
        and is_role(role_at.group(1))
        and not NOT_STAFF.search(role_at.group(1))
        and _UNIT_KEYWORD.match(lower[start:])
    ):
        return True  # (round 22, red team r24 a) "vores nye sygeplejerske på demensafsnittet": where a role works
    if _placed_at_care(text, start, people):
        return False
    if cat in ("hr_case", "social_case") and _NO_CASE_OBJECT.match(lower[end : end + 50]):
        return True  # (round 18) "fyret op under grillen", "opsagt sit abonnement", "anbragt i et nyt kontor"
    pet = _PET_BEFORE.search(lower[max(0, start - 60) : start])
    # (round 27, red team r32 a) … unless the owner is named again as the one: "Tinas hund er død og Tina er sygemeldt"
    if pet and not _named_between(people, max(0, start - 60) + pet.end() - len(pet.group(0)) + 4, start):
        return True
    if _NAMED_MACHINE.search(text[max(0, start - 60) : start]):
        return True  # (round 27, red team r32 a) "our new robot mower Bob keeps having seizures": a machine's fault  # (round 22, red team r24 a) "hans hund har fået kræft": the pet's health, not the owner's
    if _ARTEFACT_BEFORE.search(lower[max(0, start - 40) : start]) or _CODES_AFTER.match(lower[end : end + 30]):
        return True  # (round 22) "et regneark over sygedagpengerefusion", "sick-pay codes": a work object
    if cat == "union_membership" and _UNION_PRODUCT_AFTER.match(lower[end : end + 50]):
        return True  # (round 22) "Unison's new pay claim": the union's own text, not a membership
    if _WORK_OUTPUT.search(lower[max(0, start - 80) : start]) and not _OWNER.search(lower[max(0, start - 30) : start]):
        return True  # (round 22) a count of case items handled, or the application to be processed
    if _HOMOGRAPH_AFTER.match(lower[start : end + 60]) or _HOMOGRAPH_BEFORE.search(lower[max(0, start - 40) : start]):
        return True  # (round 22) a homograph by the thing it is said of
    if cat in ("health", "criminal") and _FIGURATIVE_AFTER.match(lower[end : end + 50]):
        return True  # (round 18) "addicted to spreadsheets", "allergic to PowerPoint", "a criminal when it comes to biscuits"
    word, word_end = _word_around(lower, start, end)
    scope = _FIGURATIVE_SCOPE.match(lower[end : end + 50]) or (
        word == "blind" and _BLIND_TO_OWN.match(lower[word_end:])
    )
    if cat in ("health", "criminal", "social_case") and scope and not detail_spans(text[end : end + 90]):
        return True  # (round 20) "schizophrenic about the rota", "en narkoman, når det gælder kaffe" (not "a note about migraines")
    if cat == "health" and _ADDICTION_WORD.match(word):
        obj = _ADDICTED_TO.match(lower[end : end + 60])
        if obj and not _SUBSTANCE.search(obj.group("obj")) and not detail_spans(obj.group("obj")):
            return True  # (round 20) "addicted to his standing desk", "afhængig af sin to-do-liste"
    if _WORKPLACE_BEFORE.search(lower[max(0, start - 50) : start]) and not _JOB_SCHEME.match(lower, start):
        return True  # (round 18) where someone works is no detail about them: "arbejder nu på et hospice"
    if _OUR_UNIT_BEFORE.search(lower[max(0, start - 40) : start]) and re.match(r"[\w-]*(?:en|et)\b", lower[start:]):
        return True  # (round 22, writer BC) the asker's own unit: "Vi er 12 i bostøtten", "fejrer vi det i bostøtten"
    if _NAME_FROM_UNIT.search(text[max(0, start - 40) : start]) and _UNIT_WORD.search(word):
        return True  # (round 21, red team r22 a) "Lone fra familieafdelingen": the unit someone works in
    if _WORKS_WITH.search(lower[max(0, start - 50) : start]):
        return True  # (round 19) the counterpart or field of their work: "forhandler med 3F", "uddannelse i misbrugsbehandling"
    if _FOR_NAMED.search(text[end:]):
        return False
    if _named_possessive_before(text, start):
        return False
    if _named_after(people, text, end):
        return False
    if any(s < start < e for s, e in people) and _UNIT_IN_KEYWORD.search(text[start:end]):
        return True  # (round 12) the place of a role: "the secretariat leader at the psychiatric department"
    if (
        _SUPPLY_BEFORE.search(lower[max(0, start - 30) : start])
        and not _FOR_SOMEONE.match(text[end : end + 40])
        # (round 12, writer AB) "sat en §50-undersøgelse i gang": started, not supplied
        and not re.match(r"[\w-]*\s+i gang\b", lower[end : end + 40])
    ):
        return True
    on_it = _ON_IT.search(lower[max(0, start - 40) : start])
    if (
        cat in _NAMED_ORG_TOPICS
        and not on_it
        and _ARTEFACT_AFTER.match(lower[end : end + 40])
        and not _OWNER.search(lower[max(0, start - 15) : start])
    ):
        return True
    organised = _ORGANISED.search(_clause(lower, start))
    if organised and _MARKS_OWN_NEWS.search(_clause(lower, start)[organised.start() :]):
        organised = None  # (round 27, red team r32 a) "organised cake for the office to mark a year clean from heroin"
    if organised and (
        _FOR_GROUP_AFTER.match(lower[end : end + 80])
        or _FOR_GROUP_AFTER.match(_clause(lower, start)[organised.start() :])
    ):
        return True
    if cat in _NAMED_ORG_TOPICS and start > 2 and not re.search(r"[.!?:]\s*$", text[:start]):
        w0 = re.search(r"[\wæøå-]*$", text[:start])
        word_start = start - len(w0.group(0)) if w0 else start
        if (
            _ORG_COMPOUND.match(text, word_start)
            and not on_it
            and not _HELP_FROM.search(lower[max(0, word_start - 40) : word_start])
        ):
            return True
    before = lower[max(0, start - 80) : start]
    someone_else = _INDEFINITE_PERSON.search(before)
    if someone_else and not _named_between(people, start - len(before) + someone_else.start(), start):
        return True  # (round 12, red team) "… says a boy there is being bullied for his religion": an unnamed one
    if _PRONOUN_SUBJECT.search(before):
        return False
    # (round 28, writer CA) "meeting Kadri Tamm … to talk about ending her employment": a topic cue, but the detail
    # carries the possessive of the person named before it in the sentence
    theirs = named_in_sentence and bool(_THEIR_POSSESSIVE.search(lower[max(0, start - 12) : end]))
    topic = _TOPIC_BEFORE.search(before)
    if (
        topic
        and not theirs
        and not _OWNER.search(before[topic.start() :])
        # (round 30, writer CL) … nor when the person follows the detail's noun: "notes for the disciplinary hearing with J.K.H."
        and not any(
            0 <= s - end <= 30 and re.search(r"\b(?:with|med|against|mod|of|af)\s+$", lower[end:s]) for s, _ in people
        )
        and not _named_between(people, start - len(before) + topic.start(), start)
        and not (
            people
            and re.match(
                # (round 28, red team r34 a) … also a course, scheme or group the person joined: "accepted onto a course
                # for women recovering from …", "startet på et kursus for folk med spillegæld"
                r"(?:program\w*|plan|handleplan\w*|indsats\w*)\b|(?:kursus\w*|kurser|course\w*|scheme\w*|forløb\w*|gruppe\w*|"
                r"group\w*|ordning\w*|tilbud\w*)\b[^.?!]{0,30}?\b(?:for|til)\b",
                before[topic.start() :],
            )
            and _TAKES_PART.search(before[: topic.start()])
        )
    ):
        return True
    # (round 27, red team r32 a) … not when a named person stands before the detail in its sentence: "Tom in payroll has
    # bipolar disorder – I'm asking in general terms", "Generelt er Bo fra lageret ofte fuld"
    if _TOPIC_AFTER.match(lower[end : end + 40]) and not named_in_sentence:
        return True
    if _GENERAL_SENTENCE.search(lower[max(0, start - 120) : start]) and not named_in_sentence:
        return True  # (round 22, writer BE) "… Ronja Hvid. Generelt er der meget stress i afdelingen": the general case
    if _role_domain(text, start, cat) or _hypothetical(lower, start, end):
        return True
    elided = re.match(r"-\s+(?:og|eller|and|or)\s+([\w-]+)", lower[end : end + 40])
    if elided and (_TOPIC_HEAD.search(elided.group(1)) or _STAFF_NEXT.match(" " + elided.group(1))):
        return True  # (round 13) "alkohol- og rusmiddelkonsulent": the elided compound's head names a job
    aggregate = _AGGREGATE_BEFORE.search(before[-60:])
    if aggregate and any(0 <= start - len(before[-60:]) + aggregate.start() - e_ <= 1 for _, e_ in people):
        aggregate = (
            None  # (round 27, red team r32 a) "Ravi's overall absence", "Priya's total sick days": one person's total
        )
    if aggregate and _LEVEL_WORD.search(aggregate.group(0)) and _MEASURED_BODY.match(lower[start:end]):
        aggregate = None  # (round 22, red team r24 a) "har højt blodtryk", "høje levertal": a reading of one body
    apposed = any(0 < s_ - end <= 45 and _APPOSED_NAMES.fullmatch(text[end:s_]) for s_, _ in people)
    if (
        aggregate or _AGGREGATE_AFTER.match(lower[end : end + 60]) or _SHARE_OF_GROUP.search(before[-80:])
    ) and not apposed:
        return True
    if _GROUP_WITH.search(before[-40:]) and not apposed:
        return True  # "hvordan vi arbejder med børn med angst": a group described by the condition
    group_clause = _GROUP_CLAUSE.search(before[-70:])
    if group_clause and not apposed and not _ONE_OF_GROUP.search(before[-70:][: group_clause.start() + 1][-30:]):
        return True  # (round 33, red team r42 a) "arbejder med unge, som er blevet dømt for …", "tenants who are in …"
    unnamed = _UNNAMED_SUBJECT.search(before)
    gap = text[max(0, start - 80) + unnamed.end("np") : start] if unnamed else ""
    described = unnamed and _COPULA_BEFORE.search(before[: unnamed.start("np")])
    if unnamed and re.search(r",\s*$", text[: max(0, start - 80) + unnamed.start("np")]):
        np_at = max(0, start - 80) + unnamed.start("np")
        if any(0 <= np_at - e_ <= 2 for _, e_ in people):
            unnamed = None  # (round 27, red team r32 a) "Kim, a colleague from stores with a gambling problem": Kim
    if (
        unnamed
        and not described
        and not _CAPITALISED.search(gap)
        and not _CLAUSE_OR_PRONOUN.search(gap.lower())
        and not _NAMED_LATER.search(text[end:])
    ):
        return True
    if (
        people
        and _OWN_POSSESSIVE_BEFORE.search(lower[max(0, start - 25) : start])
        and any(s_ < start for s_, _ in people)
    ):
        return (
            False  # (round 27, red team r32 a) "wants to discuss his drinking", "forklarede sin sygemelding": their own
        )
    speech = _SPEECH_ABOUT.search(before)
    if speech and (
        any(s_ <= start - len(before) + speech.start() < e_ for s_, e_ in people)
        or re.search(r"\b(?:let'?s|lad os|so to|så at)\s+(?:just\s+|bare\s+)?$", before[: speech.start()])
    ):
        speech = None  # (round 27) the name is the word ("Said from the warehouse"), or a figure of speech ("let's just say")
    # (a person after the verb is the speaker, "hvad siger skolelederen på X om …"; after "om" the subject)
    if (
        speech
        and _OWN_AFTER_SPEECH.match(lower[start - len(before) + speech.end("prep") : start + 20])
        and any(s < start - len(before) + speech.start() for s, _ in people)
    ):
        return False
    stated = _STATED_OR_JOB.search(before)
    if (
        stated
        and re.search(r",? (?:at|that)\b", stated.group(0))
        and _named_between(people, start - len(before) + stated.start(), start)
    ):
        stated = None  # (round 28, writer CA) "flere har sagt, at Flemming fra nattevagten "drikker på jobbet"": of him
    if (
        speech and not theirs and not _named_between(people, start - len(before) + speech.end("prep"), start)
    ) or stated:
        return True
    if (text[start : start + 1].isupper() or text[start : start + 1].isdigit()) and _LEADS_INSTITUTION.search(
        text[max(0, start - 80) : start]
    ):
        return True
    if (
        cat == "union_membership"
        and text[start : start + 1].isupper()
        and (_OFFICE_AFTER.match(text[end : end + 50]) or _UNION_OFFICE_BEFORE.search(text[max(0, start - 80) : start]))
    ):
        return True
    if (
        cat == "union_membership"
        and not _NAME_BEFORE_OFFICE.search(text[max(0, start - 70) : start])
        and (
            _UNNAMED_OFFICE.search(lower[max(0, start - 60) : start])
            or (
                re.match(r"(?:tillidsrepræsentant|shop steward|union rep)", lower[start:end])
                and re.search(r"\b(?:vores|our|the|den|min|my)\s+(?:[\w-]+\s+)?$", lower[max(0, start - 30) : start])
            )
        )
    ):
        return True  # (round 22) "vores tillidsrepræsentant for 3F", "tillidsrepræsentanten fra 3F": the office, unnamed (§ 4.11)
    if (
        cat == "political"
        and re.match(r"(?:kreds|lokal)\w*formand", lower[start:end])
        and any(c == "union_membership" and 0 <= start - e <= 3 for _, e, c in _union_before(text, start))
    ):
        return True  # (round 22) "BUPL's kredsformand": a union's office, not a party's
    if cat == "criminal" and _witness_or_victim(lower, start, end):
        return True
    # Inside an organisation's name: "Kræftens Bekæmpelse", "the Danish Cancer Society" (a union,
    # party or faith named is itself the detail: "medlem af Nye Borgerlige")
    if (
        cat in _NAMED_ORG_TOPICS
        and text[start : start + 1].isupper()
        and _IN_PROPER_NAME.match(text[max(0, start - 30) : start + 40], min(start, 30))
        # (round 27, red team r33 a) … unless the whole name is the detail: "goes to Overeaters Anonymous"
        and not re.match(r"[\w ]*\b(?:anonymous|anonyme)\b", lower[start:end])
        # (round 28, red team r35 a) … nor when someone has been inside it: "has been in HMP Durham", "har siddet i Vestre"
        and not re.search(
            r"\b(?:has been|had been|was|is|were|sad|sidder|har siddet|been|stayed) (?:in|i|at|på) $",
            lower[max(0, start - 25) : start],
        )
        # (round 30, writer CJ) … nor when the capitalised word is an adjective before a person's name: "Stressramte Solveig"
        and not _before_person(lower, end, people)
    ):
        return True
    word, word_end = _word_around(lower, start, end)
    head = word[end - start + (start - (word_end - len(word))) :] if word else ""
    if len(head) >= 3 and _TOPIC_HEAD.search(head) and not _RECEIVES_BEFORE.search(lower[max(0, start - 40) : start]):
        return True
    if (
        cat in _NAMED_ORG_TOPICS
        and _STAFF_NEXT.match(lower[word_end : word_end + 25])
        and not _OWNER.search(lower[max(0, start - 12) : start])
        and not _RECEIVES_BEFORE.search(lower[max(0, start - 40) : start])
    ):
        return True  # (round 11) "my debt advisors", "the addiction counsellors": a job, not a detail
    return bool(_TOPIC_NEXT.match(lower[word_end : word_end + 25]))


def _clause(lower: str, start: int) -> str:
    """The clause before `start`: from the last sentence end, up to 120 characters."""
    before = lower[max(0, start - 120) : start]
    return re.split(r"[.!?;]\s", before)[-1]


_THEIR_POSSESSIVE = re.compile(r"\b(?:her|his|hendes|hans|sin|sit|sine)\b")
# (round 28) another person between the named one and "his/her": "the caretaker … says a boy there is bullied for his religion"
_OTHER_PERSON_NOUN = re.compile(
    r"\b(?:a|an|en|et|one|some|the|den|det|hans|hendes|his|her|sin|sit)\s+(?:[\w-]+\s+)?(?:boy|girl|visitor|citizen|child|kid|"
    r"son|daughter|husband|wife|partner|brother|sister|mother|father|resident|patient|pupil|student|customer|guest|man|woman|"
    r"dreng|pige|borger|besøgende|barn|søn|datter|mand|kone|bror|søster|mor|far|beboer|elev|kunde|gæst|kvinde)\b"
)
_THEIR_OWN_BEFORE = re.compile(r"\b(?:sin|sit|sine|his|her|hans|hendes)\s+(?:own\s+|egen\s+|eget\s+)?$")
# (round 28, red team r34 a) names in apposition to a group with the condition: "Our staff with epilepsy, Ben and Olu, …"
_APPOSED_NAMES = re.compile(
    r"[^.?!,]{0,25},\s*(?:som|such as|like|fx|f\.eks\.|e\.g\.|nemlig|namely)?\s*(?:[A-ZÆØÅ][\w-]+\s+(?:og|and)\s+)?$"
)


def _named_between(people: Sequence[tuple[int, int]], a: int, b: int) -> bool:
    """(round 12, writer AB) A private person the finder found stands between a topic or speech
    cue and the keyword: "spurgte om Birgitte Vang stadig får førtidspension", "et notat vedrørende
    medarbejderen Grethe Lauridsen, hvis fravær …" — the words are about that person."""
    # a name right before the keyword is its eponym ("Hodgkins lymfom"), not the person it is about
    return any(a <= s and e < b - 1 for s, e in people)


_UNIT_IN_KEYWORD = re.compile(
    r"\b(?:department|ward|unit|clinic|centre|center)\b|(?:afdeling|afsnit|klinik|center)\w*$", re.I
)
_INDEFINITE_PERSON = re.compile(
    r"\b(?:a|an|en|et|one|some)\s+(?:[\w-]+\s+)?(?:boy|girl|visitor|citizen|child|kid|resident|patient|pupil|student|"
    r"customer|guest|man|woman|dreng|pige|borger|besøgende|barn|beboer|patient|elev|kunde|gæst|mand|kvinde)\s+"
    r"(?:there\s+|der\s+|here\s+|her\s+)?(?:is|was|has|had|says|said|er|var|har|havde|blev|siger|sagde)\b[^.?!;,]*$"
)


def _named_after(people: Sequence[tuple[int, int]], text: str, end: int) -> bool:
    """(round 12, red team) The keyword is the named person's: "the drinking problem of Tom Riley",
    "det lange fravær hos Henning Lund", "angsten hos Louise Krag"."""
    return any(
        end <= s < end + 40 and re.fullmatch(r"[\w-]*(?:\s+[\w-]+){0,2}?\s+(?:of|hos|for|af|til)\s+", text[end:s])
        for s, _ in people
    )


def remit_keyword(text: str) -> bool:
    """(round 21) Every sensitive keyword in the normalised text stands in a colleague's remit ("ansvaret for
    alle sager om hjerneskade", `_REMIT`): the rules read them as the work's topic, and the learned signal and
    the classifier, which read a message's words, are not asked to read them again as a detail."""
    lower = text.lower()
    starts = [start for cat in CATEGORY_ORDER for start, _ in _matches(cat, text, lower)]
    return (
        bool(starts)
        and all(
            _REMIT.search(lower[max(0, start - 80) : start])
            # (round 22) … or a count of case items the colleague handled (`_WORK_OUTPUT`)
            or (
                _WORK_OUTPUT.search(lower[max(0, start - 80) : start])
                and not _OWNER.search(lower[max(0, start - 30) : start])
            )
            or _PET_BEFORE.search(lower[max(0, start - 60) : start])
            for start in starts
        )
    )


def only_askers_own(text: str, people: Sequence[tuple[int, int]], possessive: bool = True) -> bool:
    """(round 24) The message's sensitive words are all said of the asker in their own clause
    (`_askers_own`): the learned signal, which reads the whole message, is not asked about the people
    in it. (round 25) `possessive=False` counts only clauses whose subject is the asker or their
    relative — for the whole-message classifier, which also reads what the words leave unsaid ("mine 3
    sygedage tæller ikke, men Dilan har 22")."""
    lower = text.lower()
    spans = [(start, end) for cat in CATEGORY_ORDER for start, end in _matches(cat, text, lower)]
    if any(is_role(w) for start, end in spans for w in re.findall(r"[a-zæøå-]+", lower[start:end])):
        return False  # (round 25) "Jeg har en sagsbehandler, der hedder …": a role the asker has, not their detail
    return bool(spans) and all(_askers_own(text, start, people, possessive) for start, _ in spans)


def detail_category(text: str, people: Sequence[tuple[int, int]] = ()) -> str | None:
    """The most sensitive category said about someone in a normalised text, or None. `people`:
    where the private people the finder found stand (a cue before one of them is no topic cue)."""
    lower = text.lower()
    for cat in CATEGORY_ORDER:  # most sensitive first: the first real hit decides
        for start, end in _matches(cat, text, lower):
            if not _about_topic(text, start, end, cat, people):
                return cat
    return None
