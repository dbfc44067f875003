"""Closed word classes the person rules use: sentence-start words, organisation words, group
words, known acronyms, finite verbs after a subject, naming words, non-workplace nouns.

Hand-written on purpose: they are small closed classes of function words and well-known
organisations, not open vocabulary (names, words and places come from data: lexicon.py).
"""

from __future__ import annotations

__all__ = [
    "ACRONYMS",
    "BELIEFS",
    "GROUP",
    "NAMING",
    "NOT_WORKPLACE",
    "OBJECT_PRONOUNS",
    "ORG_WORDS",
    "PERSON_VERBS",
    "STOP",
]

# Capitalised at the start of a sentence for grammatical reasons: never a name by itself.
STOP = frozenset(
    (
        "hvad hvordan hvem hvilke hvilken hvilket hvor hvornår hvorfor hvis når kan skal må vil bør burde er "
        "har havde var bliver blev jeg vi du i de den det der dette denne disse min mit mine vores jeres hun "
        "han hendes deres dens dets en et og men eller så for fra til med om på af at efter før ifølge lav "
        "skriv opsummér opsummer giv find hjælp tak hej kære mvh ja nej også alle flere nogle mange ingen "
        "sådan derfor hvorledes nu her ellers selv både enten what how who whom which where when why if is "
        "are was were can could should would do does did my our your their his her hers i we you they he she "
        "it the a an and but or please hi hello dear thanks thank write draft help give tell make also any "
        "some all no yes none each every both either neither nobody nothing nowhere somebody someone "
        "anybody anyone everybody everyone nogen noget begge hver hvert enhver ingenting "
        "mandag tirsdag onsdag torsdag fredag lørdag søndag monday tuesday wednesday thursday "
        "friday saturday sunday januar februar marts april maj juni juli september oktober november december "
        "january february march june july october may jesus kristus christ gud god allah buddha ramadan "
        "ramadanen eid jul julen christmas easter påske påsken pinse "
        # the magazine's own parts, capitalised at the start of a sentence: "Kolofonen siger …"
        "kolofon kolofonen forsiden bagsiden lederen indholdsfortegnelsen colophon masthead editorial "
        # (round 11) negation and sentence adverbs, which stand where a subject's name would ("borgeren
        # ikke har …"), and weekdays in the plural ("missed eleven Mondays")
        "ikke aldrig altid bare kun lige nok heller endnu stadig allerede snart not never always just only "
        "still already mondays tuesdays wednesdays thursdays fridays saturdays sundays mandage tirsdage "
        "onsdage torsdage fredage lørdage søndage"
    ).split()
)

# Words that make a capitalised span an organisation, an institution, a party, a product or a
# title — not a person.
ORG_WORDS = frozenset(
    (
        # unions by name (round 3): "in FOA and the rest in Krifa" names organisations, not people
        "foa krifa bupl dlf djøf dsr hk 3f prosa ftf lederne "
        "dansk danske danmarks det den nationale offentlig offentlige ledelse ledelses kl nfa dtu kommune "
        "kommunes kommuner kommunernes region regionen regioner regionernes stat staten styrelsen ministeriet "
        "ministerium forvaltning universitet universitets universitetshospital hospital sygehus skole "
        "gymnasium akademi institut instituttet center centret centre fond fonden selskab selskabet forlag "
        "forlaget parti partiet forening foreningen forbund forbundet landsforbund landsforening "
        "hovedorganisation fagbevægelsens akademikerne lederne kirke kirken folkekirken politi politiet "
        "domstol byret landsret højesteret rigsrevisionen datatilsynet arbejdstilsynet ombudsmanden "
        "folketinget regeringen byrådet kommunalbestyrelsen socialdemokratiet venstre enhedslisten "
        "enhedslistens radikale konservative moderaterne alternativet danmarksdemokraterne liberal alliance "
        "sf borgerlige kristendemokraterne jehovas vidne vidner islam koranen bibelen jobcenter jobcentret "
        "borgerservice microsoft google copilot chatgpt openai gemini bard claude siri alexa cortana outlook teams word excel "
        "powerpoint slack aula kmd netcompany apple facebook linkedin zoom windows bing føtex netto rema "
        "bilka mental health act council service services agency department ministry university school "
        "institute foundation association party church company group authority office board committee centre "
        "center trust union labour conservative conservatives democrats democrat republicans republican "
        "national european europe first aid human resources town hall city nord syd øst vest midt north south "
        "east west central care home nursery ward kong dronning prins prinsesse king queen prince princess "
        "sankt skt saint st court tribunal ombudsman commission parliament supreme"
    ).split()
)
NAMING = frozenset(("hedder hed named called kaldet kaldes aka navn name nicknamed kælenavn øgenavn nickname").split())
# Group words: the subject of "folk fra HR er …" is no one person.
GROUP = frozenset(
    (
        "folk people everyone everybody someone somebody nogen man begge both alle andre others staff "
        "kolleger kollegerne one en et nogle some any two to tre three several many most half halvdelen flere "
        "mange de they we vi "
        # round 9: schemes and firms are the subject of "X in the job centre has …", not people
        "project projektet projekt programme program pilot scheme initiative ordningen indsatsen firma firmaet "
        "company rengøringsfirmaet vikarbureauet bureauet leverandøren supplier contractor"
    ).split()
)
NOT_WORKPLACE = frozenset(
    (
        "morgen morgenen aften aftenen weekenden ferien foråret efteråret vinteren sommeren starten "
        "slutningen løbet øvrigt stedet forvejen forbindelse helhed general particular fact case addition "
        "short total person public time order advance "
        # (round 11, red team) where someone was read about is no workplace: "Kasper Edwards fra artiklen"
        "artiklen artikel article bladet magasinet magazine interviewet interview nummeret issue podcasten "
        "temaet forsiden"
    ).split()
)
# Known acronyms: capital letters that are no person's initials.
ACRONYMS = frozenset(
    (
        "ai it hr kl eu fn med mus apv tr amr su sfo ppr bupl foa hk djøf dsr lo fh nfa dtu ku au sdu cbs ruc "
        "aau atp skat dr tv pc sms gdpr dpo ceo cfo cto coo id ngo vive kora ok lms esdh sosu uu stu fgu vuc "
        "kkr bbr cpr cvr ean pdf cv usa uk dk oecd who ikt dgi dbu dsb kmd sas ptsd adhd add ocd ms aa pip "
        "faq mf ft mr mrs ms dr st jr sr ib"
    ).split()
)
# Finite verbs that follow a person as the subject ("Helle har", "Bo er", "Ryan told").
PERSON_VERBS = frozenset(
    (
        "er har var havde blev bliver skal kan vil må fik får sagde siger fortalte fortæller spurgte spørger "
        "mener synes tror ved føler græder drikker lugter kommer kom ringede ringer skrev skriver gik går "
        "sidder sad bor boede arbejder arbejdede mangler nægter beder bad faster bærer lider døde tog tager "
        "holder fylder startede starter stopper is has was had got gets told tells said says asked asks feels "
        "drinks keeps wears wants needs lives works worked died came comes went goes joined left sits takes "
        "took"
        " mistede mister mistet fødte sover sov spiller spillede ryger røg lever levede græd slog stjal kører kørte mødte "
        "lost loses sleeps slept plays played smokes smoked gambles drank stole drives drove"
        # round 10: English modals and negated auxiliaries, and verbs of conduct ("Ben won't come",
        # "Mo didn't show", "Sanne glemmer")
        " won't can't didn't doesn't isn't wasn't hasn't hadn't wouldn't couldn't will would can could "
        "did does refuses refused fails failed misses missed forgets forgot glemmer glemte nægtede kunne ville "
        "skulle gjorde gør"
        # (round 22, writer BC) "Lykke venter sig igen", "Storm laver kun halvt så mange …"
        " venter ventede laver lavede expects expecting"
        # (round 29, writer CE) verbs of practice: "Siosaia prays at noon …"
        " prays prayed fasts fasted beder bad"
    ).split()
)
PERSON_VERBS |= {w.replace("'", "’") for w in PERSON_VERBS if "'" in w}  # typographic apostrophes too

# Beliefs written with a capital in English ("a Muslim manager", "as a Christian"): never a name.
BELIEFS = frozenset(
    (
        "muslim muslims christian christians jew jews jewish hindu hindus buddhist buddhists catholic catholics "
        "protestant lutheran orthodox mormon mormons atheist agnostic evangelical pentecostal baptist quaker "
        "shia sunni sikh sikhs islamic"
    ).split()
)

# Object pronouns that can stand before "fra …" ("ham fra lageret" = him from the warehouse).
OBJECT_PRONOUNS = frozenset("ham hende dem os mig dig sig him her them us me you".split())
