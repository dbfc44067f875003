"""Sensitive details about a person, as concepts with Danish and English wording.

Each category is a list of concepts; each concept is written as word stems that match inside
Danish compounds ("langtidssygemeldt", "alkoholmisbrug", "butikstyveri", "parterapi") and as
everyday phrases ("venter sig", "i lykkelige omstændigheder", "siddet inde", "lost the baby").
Negative look-arounds keep out the innocent words that contain a stem ("arbejdskræfter",
"gældende", "voldsomt", "bedømt", "Kristensen").

A detail only counts when it says something about someone: a keyword inside a phrase that names
a topic ("et oplæg om stress generelt", "the topic was sick leave in general") is a topic, not a
detail (see `detail_category`).
"""
from __future__ import annotations

import re
from collections.abc import Iterator

from .lexicon import lexicon

__all__ = ["CATEGORY_ORDER", "detail_category", "detail_spans"]

_C: dict[str, list[str]] = {
    "health": [
        # illness and sick leave
        (r"\bsyg\b|\bsyge\b(?!pleje|hus|sikring|dagpenge)|sygdom|syge?meld|sygedag|sygeorlov|raskmeld|"
        r"\bsick\b|sickness(?! benefit)|\bill\b|illness|signed off|off work with|"
        r"(?<!u)diagnos|fået konstateret|konstateret (?:med )?\w+|diagnosed"),
        # mental health, therapy
        (r"stress(?!ful)|udbrændt|brændt ud|burn-?out|burned out|burnt out|depress|deprimer|"
        r"(?:\b|s)angst|anxiety|panikanfald|panic attack|\bocd\b|\bptsd\b|traume|trauma|"
        r"psykisk (?:syg|sårbar|ustabil)|psykiske (?:lidelse|problemer)|mental(?:e)? (?:health|illness|sygdom|lidelse|breakdown)|"
        r"nervous breakdown|breakdown|psykiatri|psychiatr|psykose|psychos|skizofren|schizo|"
        r"bipolar|manio|personlighedsforstyr|spiseforstyr|anoreksi|anorexi|bulimi|selvmord|suicid|"
        r"selvskad|self-harm|terapi|therapy|therapist|psykolog|psychologist|psykiater|counsell?ing|"
        r"gået ned med|går ned med|\bmeds\b|medicin|medication|antidepress|lykkepiller|\bpille(?:r|rne|n)?\b|\bpills\b|\bpsyk\b"),
        # diseases and conditions
        (r"kræft(?!er)|cancer|tumor|tumour|kemo|chemo|strålebehandl|radiotherapy|leukæmi|leukemia|"
        r"s[ck]lerose|sclerosis|diabet|sukkersyg|epilep|migræne|migraine|astma|asthma|allergi|"
        r"allerg(?:y|ic)|gigt|arthritis|blodprop|blood clot|\bstroke\b|hjerneblødning|hjerneskade|"
        r"brain injury|hjertesvigt|hjerteanfald|heart attack|hjerteproblem|endometrio|\bpcos\b|"
        r"\bhiv\b|hepatitis|long covid|covid-?19|corona(?:virus)? (?:positiv|smittet)|"
        r"(?<!ko)operer|operation(?!el)|surgery|operated|brækket|broken (?:leg|arm|hip)|"
        r"rygsmerter|ondt i ryggen|back pain|kroniske? smerte|chronic (?:pain|illness|fatigue)|"
        r"handicap|disab|\bblind\b|\bdøv\b|\bdeaf\b|hørenedsæt|kørestol|wheelchair|ordblind|dyslexi|"
        r"\badhd\b|\badd\b(?= diagnos)|autis|asperger|demens|dement|alzheimer|parkinson|"
        r"indlagt|indlæggelse|hospitali|admitted to hospital|på hospitalet|i behandling|"
        r"in treatment|treatment for|undergoing treatment|kvalme|nausea|morning sickness|"
        r"ondt i|smerter|\bpain\b|infektion|infection|influenza|\bflu\b|"
        r"genoptræning|rehabilitation|hjælpemiddel|høreapparat|hearing aid"),
        # pregnancy, fertility, miscarriage
        (r"gravid|pregnan|graviditet|venter sig|venter (?:et )?barn|venter en baby|"
        r"lykkelige omstændigheder|(?:is|she's|she is|er) expecting|expecting a (?:baby|child)|"
        r"\btermin\b|barsel|maternity|abort|miscarr|mistet (?:barnet|babyen|graviditeten|et foster)|"
        r"lost (?:the|her|a) baby|fertilitet|fertility|\bivf\b|insemination|"
        r"fødselsdepression|postnatal|postpartum"),
        # addiction and substances, gambling
        (r"misbrug|substance abuse|(?:drug|alcohol) abuse|alkohol|alcohol|\bdrikker\b|drinks (?:at|during|too|heavily|on)|"
        r"drinking|drukket|\bfuld\b|komme fuld|beruset|\bdrunk\b|påvirket|lugter af (?:øl|sprut|alkohol|vin|hash)|"
        r"smells? of (?:alcohol|beer|booze|wine|cannabis)|sprut|hash|cannabis|kokain|cocaine|"
        r"amfetamin|amphetamine|heroin|metadon|methadone|opioid|\bstoffer\b|\bdrugs\b|narko|"
        r"ludoman|gambling|spilleafhæng|spillegæld|spilleproblem|betting|addict|(?<!u)afhængig|"
        r"afvænning|rehab|antabus|\baa\b|anonyme alkoholikere|alcoholics anonymous|ædru|sober"),
    ],
    "union_membership": [
        (r"fagforening|fagforbund|fagligt organiseret|uorganiseret|kontingent|a-kasse|"
        r"trade union|union member|union dues|\bunion\b|\b3f\b|\bfoa\b|\bhk\b|\bbupl\b|\bdlf\b|"
        r"\bdjøf\b|\bdsr\b|\bkrifa\b|det faglige hus|dansk metal|socialpædagogerne|\blederne\b|"
        r"ingeniørforening|socialrådgiverforening|sygeplejeråd|lærerforening|magisterforening|"
        r"landsforbund|pædagogforbund|serviceforbundet|el-forbund|journalistforbund|"
        r"kristelig fagbevægelse|frie funktionærer|fagbevægelse"),
    ],
    "religion": [
        (r"religi|muslim|islam|kristen(?!sen)|kristne|christianity|(?:a|is|devout) christian|jøde\b|jøder|jødisk|"
        r"jewish|\bjew\b|hindu|sikh|buddhis|katol|catholic|jehova|scientolog|indre mission|"
        r"frikirke|pinsekirke|pinsebevægelse|troende|devout|ateist|atheist|tørklæde|headscarf|"
        r"hijab|niqab|burka|kippa|yarmulke|turban|ramadan|\bfaster\b(?= (?:under|i|til|hver))|fasting|"
        r"moské|mosque|synagog|går i kirke|goes to church|church ?goer|bedetid|bederum|bønnetæppe|"
        r"fredagsbøn|\bbeder\b(?= (?:fem|flere|tre|til|fredag|dagligt|hver))|\bprays?\b|prayer|"
        r"konverte|converted to|halal|kosher|eid\b"),
    ],
    "ethnicity": [
        (r"etnisk|etnicitet|ethnic|\brace\b|racial|racis|hudfarve|skin colou?r|dark-skinned|"
        r"mørk i huden|(?:er|is|er den eneste|the only) (?:sort|black|brun|brown)\b|"
        r"oprindelse|\borigin\b|descent|herkomst|indvandrer|immigrant|flygtning|refugee|"
        r"asylansøger|asylum|efterkommer|andengenerations|second-generation|\broma\b|sigøjner|"
        r"\binuk\b|\binuit\b|grønlænder|greenlander|perker|"
        # nationality nouns always name an origin; adjectives only after "er/is/af/of"
        r"\b(?:kurder|tyrker|somalier|pakistaner|araber|afghaner|iraker|iraner|syrer|"
        r"palæstinenser|libaneser|marokkaner|polak|rumæner|ukrainer|eritreer|etiopier|"
        r"vietnameser|thailænder|filippiner|afrikaner|asiat|kurd|somali)(?:e|er|erne|en)?\b|"
        r"(?:\ber|\bis|\bare|\bvar|\bwas|\baf|\bof|\bsom|\bas|\ba|\ben) (?:\w+ )?(?:kurdisk|tyrkisk|somalisk|"
        r"pakistansk|arabisk|afghansk|irakisk|iransk|syrisk|palæstinensisk|libanesisk|"
        r"marokkansk|polsk|rumænsk|ukrainsk|eritreisk|etiopisk|vietnamesisk|thailandsk|"
        r"filippinsk|afrikansk|grønlandsk|kurdish|turkish|somali|pakistani|arab|afghan|iraqi|"
        r"iranian|syrian|palestinian|lebanese|moroccan|polish|romanian|ukrainian|eritrean|"
        r"ethiopian|vietnamese|thai|filipino|african|asian|greenlandic)\b|"
        r"(?:\ber|\bis|kommer|comes|came) (?:oprindeligt? )?(?:fra|from) (?P<country>[A-ZÆØÅ]\w+)|"
        r"(?:født|born) (?:i|in) (?P<country2>[A-ZÆØÅ]\w+)"),
    ],
    "sexual_orientation": [
        (r"homoseksu|homosexu|\bhomo\b|\bbøsse|lesbisk|lesbian|biseksu|bisexu|\bgay\b|queer|lgbt|"
        r"transkøn|transgender|\btrans\b|nonbinær|non-binary|nonbinary|kønsskifte|skifte køn|"
        r"skifter køn|changing (?:gender|sex)|(?:is|are|er) transitioning|transitioner|kønsidentitet|gender identity|kommet ud som|"
        r"kommer ud som|sprunget ud|came out|coming out|begge (?:mænd|kvinder)|both (?:men|women)|"
        r"samme køn|same-sex|seksualitet|sexuality|seksuel(?:le)? orientering|sexual orientation"),
    ],
    "political": [
        (r"partimedlem|party member|medlem af (?:partiet|\w+partiet)|politisk(?:e)? (?:overbevisning|"
        r"holdning|ståsted|aktiv|engagement)|political (?:views|opinions|beliefs|affiliation)|"
        r"stiller op (?:for|til)|opstillet for|kandidat for|runs for|running for|standing for|"
        r"byrådskandidat|folketingskandidat|lokalbestyrelse|hovedbestyrelse|vælgerforening|"
        r"løbesedler|leaflets|campaigns? for|campaigning|stemmer på|stemte på|votes? for|voted for|"
        r"socialdemokrat|enhedslist|radikale|de konservative|konservative folkeparti|"
        r"dansk folkeparti|\bdf\b|liberal alliance|moderaterne|danmarksdemokrat|alternativet|"
        r"nye borgerlige|kristendemokrat|socialistisk folkeparti|\bsf\b|frie grønne|"
        r"borgernes parti|labour party|\btory\b|\btories\b|\bdemocrats?\b|\brepublicans?\b"),
    ],
    "biometric": [
        (r"fingeraftryk|fingerprint|ansigtsscan|ansigtsgenkend|face scan|facial recognition|"
        r"biometri|biometric|\bdna\b|irisscan|iris scan|retina|stemmegenkend|voice print"),
    ],
    "criminal": [
        (r"straffeattest|criminal record|(?<!be)(?<!for)dømt|\bdom(?:men)? for|fået en dom|fik en dom|"
        r"en dom\b|domfæld|convict|sentenced|sigtet|sigtelse|charged with|tiltal|anholdt|arrest|"
        r"varetægt|politianmeld|anmeldt (?:til|for)|meldt til politiet|reported to (?:the )?police|politisag|"
        r"fængsel|fængsl|prison|jail|siddet inde|sidder inde|\bafson|fodlænke|ankle (?:monitor|tag)|"
        r"\bbøde[rn]?\b|\bfined\b|a fine for|got a fine|vold(?!som)|violen(?:ce|t)|assault|"
        r"\bslår\b|\bslog\b|\bhits?\b (?:his|her|the) (?:wife|kids|children|partner)|"
        r"tyveri|\bstjal|stjålet|stjæler|\bstole\b|stolen|theft|shoplift|steal|røveri|robbery|"
        r"hærværk|vandal|underslæb|embezzl|bedrageri|fraud|svindel|narkotika|narkohandel|"
        r"drug dealing|spritkørsel|spirituskørsel|promillekørsel|drunk driving|drink[- ]driving|"
        r"\bdui\b|frakendt|kriminel|criminal|straffet|straffesag|voldtægt|\brape|overgreb|"
        r"sexual assault|blotter|i retten|court case|on trial|probation|prøveløsladt|"
        r"samfundstjeneste|community service"),
    ],
    "social_case": [
        (r"anbring|anbragt|placed in care|in foster|foster (?:care|home|family|parents)|underretning|"
        r"underrettet|børnefaglig|§ ?50|plejefamilie|plejebarn|aflastningsfamilie|kontanthjælp|"
        r"sanktion|sanction|gæld(?!end)|\bdebts?\b|inkasso|debt collect|bailiff|fogeden|\brki\b|"
        r"hjemløs|homeless|herberg|forsorgshjem|sover i (?:sin |sin egen )?bil|sleeping in (?:his|her|their) car|"
        r"sættes ud|sat ud|smidt ud af|udsættelse|evict|tvangsfjern|omsorgssvigt|neglect|"
        r"vanrøgt|blå mærke|bruises|vold i hjemmet|domestic (?:violence|abuse)|krisecenter|"
        r"women's shelter|forældremyndighed|custody|skilsmisse|divorc|(?:blevet|er) skilt\b|"
        r"bostøtte|førtidspension|fleksjob|ressourceforløb|jobafklaring|sygedagpenge|dagpenge|"
        r"welfare benefit|social assistance|on benefits|sickness benefit|child protection|"
        r"boligstøtte|familiesammenføring|opholdstilladelse|udvisning|deport|residence permit|"
        r"løntilskud|aktivering|ydelseskontor|food bank|fødevarebank|kommer sulten|"
        r"uden madpakke|socialsag|social case|sagsbehandler(?:en)? på (?:hans|hendes)"),
    ],
    "hr_case": [
        (r"advarsel|warning|tjenstlig(?:e)? samtale|afskedig|opsig|opsagt|sagt op|bortvis|\bfyre|"
        r"\bfyret|\bfyring|suspender|suspend|fritstil|hjemsendt|degrader|demot|påtale|"
        r"partshøring|disciplin|tjenestemandssag|sygefravær|fravær(?! af)|fraværssamtale|sygesamtale|"
        r"omsorgssamtale|§ ?56|56-aftale|krænk|harass|chikane|mobbet|mobning|bullied|bullying|"
        r"misconduct|dismiss|\bfired\b|\bfire (?:him|her|them)|terminat|let go(?! of)|grievance|"
        r"absence(?! of)|sick days|performance improvement|løntræk|trukket i løn|firmakort\w* privat|"
        r"klage over (?:ham|hende)|complaint against|personalesag|kommer for sent|mødt for sent|"
        r"came late|late (?:three|3|several) times"),
    ],
}

# Earlier categories win when several are present: art. 9/10 data before case details, because
# the refusal should name the most sensitive kind.
CATEGORY_ORDER = [
    "health", "union_membership", "religion", "ethnicity", "sexual_orientation", "political",
    "biometric", "criminal", "social_case", "hr_case",
]
_RX = {cat: re.compile("|".join(f"(?:{p})" for p in _C[cat])) for cat in CATEGORY_ORDER}
# Ethnicity has proper-noun patterns ("fra Somalia"), so it runs on the cased text.
_CASED = {"ethnicity"}

# "Venstre" is a party only when capitalised mid-sentence; lowercase "venstre" means "left".
_VENSTRE = re.compile(r"(?<=[a-zæøå,] )Venstres?\b")

# A keyword that only names a topic: "et oplæg om stress generelt", "the topic was sick leave
# and stress in general", "temadag om sygefravær".
_TOPIC_BEFORE = re.compile(
    r"(?:emnet (?:var|er)|temaet (?:var|er)|the topic (?:was|is)|the theme (?:was|is)|"
    r"(?:oplæg|foredrag|kursus|temadag|konference|webinar|artikel|bog|talk|course|webinar|"
    r"workshop|article|book|seminar|policy|politik) (?:om|on|about|for))[^.!?]{0,60}$"
)
_TOPIC_AFTER = re.compile(r"^[^.!?]{0,40}\b(?:generelt|i almindelighed|in general|generally)\b")


def _matches(cat: str, text: str, lower: str) -> Iterator[tuple[int, int]]:
    for m in _RX[cat].finditer(lower):
        yield m.start(), m.end()
    if cat in _CASED:
        # "er fra Somalia", "born in Pakistan": an origin only when the place is a country.
        countries = lexicon().countries
        for m in _RX[cat].finditer(text):
            country = m.group("country") or m.group("country2")
            if country and country.lower() in countries:
                yield m.start(), m.end()
    if cat == "political":
        for m in _VENSTRE.finditer(text):
            yield m.start(), m.end()


def detail_spans(text: str) -> list[tuple[int, int, str]]:
    """(start, end, category) of every sensitive keyword in a normalised text."""
    lower = text.lower()
    return [(s, e, cat) for cat in CATEGORY_ORDER for s, e in _matches(cat, text, lower)]


def _about_topic(text: str, start: int, end: int) -> bool:
    before = text[max(0, start - 80) : start].lower()
    return bool(_TOPIC_BEFORE.search(before) or _TOPIC_AFTER.match(text[end : end + 40].lower()))


def detail_category(text: str) -> str | None:
    """The most sensitive category said about someone in a normalised text, or None."""
    lower = text.lower()
    for cat in CATEGORY_ORDER:  # most sensitive first: the first real hit decides
        for start, end in _matches(cat, text, lower):
            if not _about_topic(text, start, end):
                return cat
    return None
