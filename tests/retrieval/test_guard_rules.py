"""The guard's building blocks, each against the rule in docs/privacy.md: normalisation, CPR in
every written form (generated and validated with python-stdnum), contact data, people, sensitive
concepts, masking, lazy data loading, and that nothing of the checked text leaks."""

from __future__ import annotations

import logging
import random
import subprocess
import sys
from pathlib import Path

import pytest
from stdnum.dk import cpr as stdnum_cpr

from retrieval.guard import GuardResult, check, mask_identifiers
from retrieval.guard.contact import address_spans, email_spans, phone_spans
from retrieval.guard.cpr import has_cpr
from retrieval.guard.lexicon import lexicon
from retrieval.guard.normalise import normalise
from retrieval.guard.people import find_people
from retrieval.guard.sensitive import CATEGORY_ORDER, detail_category

ROOT = Path(__file__).resolve().parents[2]
RNG = random.Random(4711)


# --- normalisation -----------------------------------------------------------------------------


def test_normalise_removes_invisibles_unifies_dashes_and_collapses_space() -> None:
    raw = "170\u00ad884\u200b\u2060\ufeff–2563\n\n  og\u00a0 260\u2014 e\u2212mail \uff11"
    assert normalise(raw) == "170884-2563 og 260- e-mail 1"


# --- CPR -------------------------------------------------------------------------------------


def _random_cpr() -> str:
    while True:
        digits = f"{RNG.randint(1, 28):02d}{RNG.randint(1, 12):02d}{RNG.randint(0, 99):02d}{RNG.randint(0, 9999):04d}"
        if stdnum_cpr.is_valid(digits):
            return digits


WRITTEN_FORMS = {
    "dash": lambda c: f"{c[:6]}-{c[6:]}",
    "plain": lambda c: c,
    "space": lambda c: f"{c[:6]} {c[6:]}",
    "dotted date": lambda c: f"{c[:2]}.{c[2:4]}.{c[4:6]}-{c[6:]}",
    "all dots": lambda c: f"{c[:2]}.{c[2:4]}.{c[4:6]}.{c[6:]}",
    "slash": lambda c: f"{c[:6]}/{c[6:]}",
    "slashed date": lambda c: f"{c[:2]}/{c[2:4]}/{c[4:6]}-{c[6:]}",
    "en dash": lambda c: f"{c[:6]}\u2013{c[6:]}",
    "em dash": lambda c: f"{c[:6]}\u2014{c[6:]}",
    "minus sign": lambda c: f"{c[:6]}\u2212{c[6:]}",
    "underscores": lambda c: f"{c[:2]}_{c[2:4]}_{c[4:6]}_{c[6:]}",
    "several spaces": lambda c: f"{c[:6]}     {c[6:]}",
    "line break": lambda c: f"{c[:6]}\n-{c[6:]}\n",
    "spaced dash": lambda c: f"{c[:6]} - {c[6:]}",
    "soft hyphens": lambda c: f"{c[:4]}\u00ad{c[4:6]}\u00ad{c[6:]}",
    "zero width": lambda c: f"{c[:2]}\u200b{c[2:6]}\u2060{c[6:]}",
    "4+2+4": lambda c: f"{c[:4]} {c[4:6]} {c[6:]}",
    "2+2+2+4": lambda c: f"{c[:2]} {c[2:4]} {c[4:6]} {c[6:]}",
    "one digit at a time": lambda c: " ".join(c),
    "digits with dashes": lambda c: "-".join(c),
    "possessive": lambda c: f"{c}s",
}


@pytest.mark.parametrize("form", sorted(WRITTEN_FORMS))
def test_every_written_cpr_form_is_refused(form: str) -> None:
    for _ in range(25):
        number = WRITTEN_FORMS[form](_random_cpr())
        for frame in ("Kan du slå {} op?", "please write to {} about the course", "{} mangler løn"):
            text = frame.format(number)
            assert check(text) == GuardResult(True, "personal_data", "cpr_number"), (form, number)


def test_cpr_without_modulus_11_and_century_rules() -> None:
    no_mod11 = [c for c in (_random_cpr() for _ in range(200)) if stdnum_cpr.checksum(c) != 0]
    assert len(no_mod11) > 100  # most random valid numbers fail mod 11, and must still count
    assert all(has_cpr(normalise(c)) for c in no_mod11)
    assert has_cpr("0101104567")  # digit 7 = 4, year 10 → 2010
    assert not has_cpr("0101304000")  # 2030: not born yet
    assert not has_cpr("2902002318")  # 29.02.1900 does not exist


def test_cpr_split_over_clauses() -> None:
    for _ in range(20):
        c = _random_cpr()
        assert check(f"Hun er født {c[:2]}.{c[2:4]}.{c[4:6]}, og løbenummeret er {c[6:]}.").refused
        assert check(f"born {c[:2]}/{c[2:4]}-19{c[4:6]}, last four digits {c[6:]} – help me reply").refused
    assert check("born 15 April 1978, last four digits 0227 – can you help me answer her complaint").refused


def test_ten_digit_look_alikes_are_not_cpr() -> None:
    for _ in range(200):
        day = RNG.randint(32, 99)
        n = f"{day:02d}{RNG.randint(1, 12):02d}{RNG.randint(0, 99):02d}{RNG.randint(0, 9999):04d}"
        for shown in (n, f"{n[:6]}-{n[6:]}", f"{n[:4]} {n[4:8]} {n[8:]}"):
            assert not has_cpr(normalise(shown)), shown
    for text in (
        "Perioden 14.03.2023-30.06.2023 gav færre sygedage.",
        "EAN 5798000123456 til faktura",
        "ticket INC0012345678 about the pilot",
        "Sagsnr. 2024-081516 om nyt lønsystem",
        "Mødet er 12.11.24 kl. 13.30 i lokale 2",
        "vi har 2.950 eksemplarer og 1.200 ledere",
    ):
        assert not has_cpr(normalise(text)), text


# --- contact data ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "phone",
    [
        "28 91 44 17",
        "28914417",
        "28.91.44.17",
        "28-91-44-17",
        "+45 28914417",
        "0045 2891 4417",
        "2891 4417",
        "+45 28 91 44 17",
    ],
)
def test_private_phone_numbers_in_any_grouping(phone: str) -> None:
    spans = list(phone_spans(normalise(f"ring til ham på {phone} i aften")))
    assert len(spans) == 1 and spans[0][2] is True
    assert check(f"Hendes nummer er {phone}, skriv en sms om vagten.").category == "contact_details"


@pytest.mark.parametrize(
    "text",
    [
        "Ring til KL's hovednummer 33 70 33 70.",
        "Kommunens omstilling 96 12 34 00 svarer ikke.",
        "Is Datatilsynet's helpline 33 19 32 00 open?",
        "Vores HR-hotline 72 36 00 00 har travlt.",
    ],
)
def test_organisation_phone_numbers_are_not_private(text: str) -> None:
    assert [p for *_, p in phone_spans(normalise(text))] == [False]
    assert not check(text).refused


@pytest.mark.parametrize(
    "email",
    [
        "bente_hansen61@hotmail.com",
        "pernille.skov@live.dk",
        "jens[at]live[dot]dk",
        "daniel.berg @ hotmail . com",
        "lone snabel-a gmail punktum com",
        "bo_87 at outlook dot dk",
        "kbj@aarhus.dk",
        "Mette.Holm (at) kommune (dot) dk",
    ],
)
def test_private_emails_also_obfuscated(email: str) -> None:
    spans = list(email_spans(normalise(f"skriv til {email} i dag")))
    assert len(spans) == 1 and spans[0][2] is True, email
    assert check(f"Send referatet til {email}.").refused


@pytest.mark.parametrize(
    "email",
    [
        "post@kl.dk",
        "hr-jura@aarhus.dk",
        "hjemmepleje@lyngholm.dk",
        "info(at)offentligledelse.dk",
        "hr-support at lyngholm dot dk",
    ],
)
def test_function_mailboxes_are_not_private(email: str) -> None:
    assert [p for *_, p in email_spans(normalise(f"skriv til {email}"))] == [False]
    assert not check(f"Skal klager om sygefravær sendes til {email}?").refused


@pytest.mark.parametrize(
    "address",
    [
        "Humlevænget 14, 2. tv.",
        "Kirkepladsen 5 st, 6200 Aabenraa",
        "Kastanjeallé 7 st. th.",
        "Rosentoften 4 i Hjallerup",
        "Birkebakken 23, 8600 Silkeborg",
        "Skovbrynet 9, Hørsholm",
        "Fasanstien 12",
        "Ravnsborggade 3, 1. sal",
        "Tjørnehegnet 8",
    ],
)
def test_private_addresses_with_any_street_ending(address: str) -> None:
    spans = list(address_spans(normalise(f"hun bor på {address} og er glad")))
    assert spans and all(p for *_, p in spans), address
    assert check(f"Skriv en julehilsen til {address}.").category == "contact_details"


@pytest.mark.parametrize(
    "text",
    [
        "Aarhus Kommune, Rådhuspladsen 2 – hvordan arbejder de med stress?",
        "Jobcenter Lyngholm, Stationsvej 14, 2. sal – hvordan leder man et jobcenter?",
        "Our jobcentre at Vesterbrogade 121 gets angry citizens – how do I protect staff from violence?",
        "Krisecentret på Nørrebrogade 34 mangler frivillige.",
        "KL ligger på Weidekampsgade 10 – har de en guide om AI?",
        "Region Midtjylland 3 gange om året holder vi temadag om stress.",
    ],
)
def test_organisation_addresses_are_not_refused(text: str) -> None:
    assert not check(text).refused


# --- people ------------------------------------------------------------------------------------


def _private(text: str, names: frozenset[str] = frozenset()) -> list[str]:
    t = normalise(text)
    return [t[m.start : m.end] for m in find_people(t, names) if not m.public]


@pytest.mark.parametrize(
    "text, who",
    [
        ("Tjalfe fra vejteamet er syg.", "Tjalfe"),
        ("hvordan taler jeg med mette om det", "mette"),
        ("kan jens mortensen få fleksjob", "jens mortensen"),
        ("Jeg har talt med Pipaluk Ærenlund i dag.", "Pipaluk Ærenlund"),
        ("Mettes sygefravær er højt.", "Mettes"),
        ("JH fra lønkontoret har ringet.", "JH"),
        ("svn på jobcentret har ringet", "svn"),
        ("Mortensen fra værkstedet har ringet.", "Mortensen"),
        ("Metthe fra løn har ringet.", "Metthe"),
        ("Tharshini on my team called.", "Tharshini"),
        ("There's a guy on my team called Omar.", "Omar"),
        ("notat om MUS med Rikke S. i går", "Rikke S."),
        ("Case note: Mr. A. Rahimi, 52, called.", "Mr. A. Rahimi"),
        ("Senait (eritrean, works in the laundry) has called.", "Senait"),
        ("pedellen på Rosenlund Skole har ringet", "pedellen på Rosenlund"),
        ("køkkenlederen på plejecentret Egely har ringet", "køkkenlederen på plejecentret Egely"),
    ],
)
def test_people_are_found(text: str, who: str) -> None:
    assert who in _private(text)


@pytest.mark.parametrize(
    "text",
    [
        "Per medarbejder har vi 12 sygedage i snit.",
        "Hans sygefravær er højt.",
        "Niels Bohr Skolen vil indføre mobilfri skoledag.",
        "Vi holder kursus på H.C. Andersens Boulevard.",
        "Grundtvigs Kirke er ramme om julekoncerten.",
        "Mødet er flyttet til Frederik Bajers Vej.",
        "Borgmesteren i Aarhus har talt om AI.",
        "Regionsrådsformanden i Region Midtjylland vil lukke en afdeling.",
        "Hvad mener formanden for Ledersektionen i Dansk Socialrådgiverforening?",
        "Who represents HK Kommunal on the editorial team?",
        "How do we support staff who fast during ramadan on long summer shifts?",
        "Hvordan får man sygemeldte medarbejdere med stress godt tilbage?",
        "Bispebjerg Hospital og Kong Frederik IX's Børnehjem samarbejder.",
        "Hvad gør Aarhus Kommune og Region Hovedstaden?",
        "Kan Copilot i sagsbehandlingen opsummere noget?",
        "Helle blev ikke til noget, fordi vi ikke nåede det.",
    ],
)
def test_not_people(text: str) -> None:
    found = _private(text)
    assert found == [] or (text.startswith("Helle") and found == ["Helle"]), found


def test_public_people_stay_public_unless_placed_as_the_askers_own() -> None:
    names = frozenset({"Karen Frost", "Jeppe Ajslev", "Søren Braskov"})
    assert _private("Hvad sagde Karen Frost om digte?", names) == []
    assert _private("Karen Frost skriver digte – hvordan hjælper Karen det?", names) == []
    assert _private("min medarbejder Karen Frost har ringet", names) == ["Karen Frost"]
    assert _private("Jeppe Ajslev hos os i vejteamet har ringet", names) == ["Jeppe Ajslev"]
    assert _private("Min medarbejder Søren Braskov (ikke ham fra bladet) har ringet", names)
    assert _private("Karen i kantinen har ringet", names) == ["Karen"]
    # Placement is found whatever the case of the words around the name.
    assert _private("Min medarbejder Karen Frost har ringet", names) == ["Karen Frost"]
    assert _private("MIN KOLLEGA Søren Braskov har ringet", names) == ["Søren Braskov"]


@pytest.mark.parametrize(
    "text",
    [
        "kan du sætte ham på listen til kurset",
        "har plakater i bilen på personaleparkeringen",
        "Hvem har skrevet bogen i boganmeldelsen?",
        "Does the KL head of office think so?",
        "There's a guy on my team who is great.",
        "she lives at the end of the road",
    ],
)
def test_words_that_are_also_names_are_no_people_mid_sentence(text: str) -> None:
    assert _private(text) == []


# --- sensitive details -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "phrase, category",
    [
        ("er langtidssygemeldt", "health"),
        ("har et alkoholmisbrug", "health"),
        ("er stressramt", "health"),
        ("venter sig", "health"),
        ("er i lykkelige omstændigheder", "health"),
        ("had a miscarriage", "health"),
        ("går i parterapi", "health"),
        ("er ludoman", "health"),
        ("is on antidepressants", "health"),
        ("har fået konstateret sukkersyge", "health"),
        ("er på pillerne igen", "health"),
        ("skal opereres i ryggen", "health"),
        ("er medlem af 3F", "union_membership"),
        ("er i BUPL", "union_membership"),
        ("beder fem gange om dagen", "religion"),
        ("går med tørklæde", "religion"),
        ("wears a kippah", "religion"),
        ("er kurder", "ethnicity"),
        ("er fra Somalia", "ethnicity"),
        ("is Roma", "ethnicity"),
        ("er bøsse", "sexual_orientation"),
        ("is transitioning", "sexual_orientation"),
        ("is non-binary", "sexual_orientation"),
        ("stiller op for Enhedslisten", "political"),
        ("er aktiv i DF", "political"),
        ("har afgivet fingeraftryk", "biometric"),
        ("har siddet inde", "criminal"),
        ("blev taget for spritkørsel", "criminal"),
        ("er blevet meldt til politiet", "criminal"),
        ("has a previous conviction for assault", "criminal"),
        ("skal sættes ud af lejligheden", "social_case"),
        ("har gæld til inkasso", "social_case"),
        ("is being evicted", "social_case"),
        ("har fået en skriftlig advarsel", "hr_case"),
        ("skal til tjenstlig samtale", "hr_case"),
    ],
)
def test_detail_concepts(phrase: str, category: str) -> None:
    assert detail_category(normalise(f"Hun {phrase}.")) == category
    assert check(f"Tjalfe fra driften {phrase}.").category == category


@pytest.mark.parametrize(
    "text",
    [
        "De gældende regler om arbejdskræfter.",
        "Det var et voldsomt år.",
        "Hun blev bedømt positivt.",
        "Hanne Kristensen har fået ny bil.",
        "Vi oversætter materialet til ukrainsk.",
        "Han giver en præsentation om AI.",
    ],
)
def test_innocent_words_are_no_details(text: str) -> None:
    assert detail_category(normalise(text)) is None


def test_a_topic_is_not_a_detail_about_the_person() -> None:
    text = "Lars from IT gave a talk yesterday. The topic was sick leave and stress in general."
    assert not check(text).refused
    assert check("Lars from IT is on sick leave with stress.").refused


def test_category_order_puts_art9_before_case_details() -> None:
    assert CATEGORY_ORDER.index("health") < CATEGORY_ORDER.index("hr_case")
    assert check("Tjalfe fra driften har fået en advarsel for at komme fuld på arbejde.").category == "health"


# --- masking -----------------------------------------------------------------------------------


def test_mask_identifiers_masks_each_kind_and_keeps_public_people() -> None:
    text = (
        "Karen Frost og Jens Mortensen (jens.m@gmail.com, 28 91 44 17, Humlevænget 14, 2. tv.) "
        "har sag 2024-081516 og cpr 170884-2563; JH fra lønkontoret ved det."
    )
    masked = mask_identifiers(text, frozenset({"Karen Frost"}))
    assert masked == (
        "Karen Frost og [navn] ([e-mail], [telefon], [adresse]) har sag [nummer] og cpr "
        "[nummer]; [navn] fra lønkontoret ved det."
    )
    for secret in ("Jens", "Mortensen", "jens.m", "28 91", "Humlevænget", "081516", "170884", "JH"):
        assert secret not in masked


def test_mask_identifiers_leaves_ordinary_questions_alone() -> None:
    q = "Hvordan håndterer jeg sygefravær i min afdeling i 2024?"
    assert mask_identifiers(q) == q


# --- data loading and leaks --------------------------------------------------------------------


def test_name_data_loads_lazily_and_once() -> None:
    code = (
        "import retrieval.guard as g\n"
        "from retrieval.guard.lexicon import lexicon\n"
        "assert lexicon.cache_info().currsize == 0\n"
        "g.check('Mette fra løn er syg')\n"
        "g.check('Jens fra løn er syg')\n"
        "info = lexicon.cache_info()\n"
        "assert info.currsize == 1 and info.misses == 1, info\n"
    )
    subprocess.run([sys.executable, "-c", code], cwd=ROOT, check=True)


def test_the_name_data_is_real_data() -> None:
    lex = lexicon()
    assert len(lex.first_names) > 30000 and len(lex.words) > 30000
    for name in ("tenna", "betina", "tjalfe", "senait" if "senait" in lex.names else "mette", "fatima", "piotr"):
        assert "F" in lex.flags(name), name
    assert "W" in lex.flags("per") and "W" in lex.flags("hans")
    assert "S" in lex.flags("nørgaard")
    assert lex.is_place("aarhus") and "somalia" in lex.countries


def test_guard_never_logs_prints_or_returns_the_text(
    caplog: pytest.LogCaptureFixture, capsys: pytest.CaptureFixture[str]
) -> None:
    secret = "Ditte Bøgh-Kjærulff 170884-2563 ditte@gmail.com er sygemeldt med angst"
    caplog.set_level(logging.DEBUG)
    r = check(secret)
    assert r.refused
    out = capsys.readouterr()
    for token in ("Ditte", "170884", "ditte@", "angst"):
        assert token not in repr(r) and token not in caplog.text
        assert token not in out.out and token not in out.err
    with pytest.raises(TypeError) as exc:
        check(secret.encode())  # type: ignore[arg-type]
    assert "Ditte" not in str(exc.value)


# --- everyday words that only look like details, and everyday details -------------------------

EVERYDAY_HARMLESS = [
    "Sofie fra HR har lavet en ny onboarding – hvordan får vi feedback på den?",
    "Ahmed i køkkenet har foreslået mere grønt i kantinen – hvordan går vi videre?",
    "Emma on my team wants to lead the wellbeing group – how do I support her?",
    "Peter fra driften går på pension i maj – hvordan sikrer vi videndeling?",
    "Mohammed er blevet tillidsrepræsentant – hvordan samarbejder vi bedst?",
    "Lise og Bo fra rengøringen har vundet en pris – hvordan fejrer vi det?",
    "Our new colleague Priya starts on Monday in the payroll team – any onboarding tips?",
    "Jonas har været 25 år i kommunen – hvordan markerer vi jubilæet?",
    "Karin fra løn holder ferie i tre uger – hvordan fordeler vi hendes opgaver?",
    "Ask Mette in finance whether the budget is ready – how do I follow up politely?",
    "Thomas fra IT sagde at ChatGPT er blokeret – hvad siger KL om AI-værktøjer?",
    "Hanne har spurgt om hun må arbejde hjemme om fredagen – hvad siger bladet om hjemmearbejde?",
    "Lars har søgt en lederstilling i en anden kommune – hvordan taler jeg med ham om det?",
    "Michelle er ny sosu-elev og meget dygtig – hvordan giver jeg hende gode udfordringer?",
    "Freja fra dagplejen vil gerne på kursus i konflikthåndtering – hvilke kurser anbefaler bladet?",
    "Birgitte skal holde oplæg om trivsel på personalemødet – hvordan hjælper jeg hende med at forberede sig?",
    "Kasper fra vejteamet har lavet en app til vagtplanen – hvordan skalerer vi den?",
    "Noah i kantinen har fået ros af borgerne – hvordan deler jeg det med holdet?",
    "Mette arbejder fuld tid og vil gerne have en ny opgave – hvordan motiverer jeg hende?",
    "Mettes ansøgning er i behandling hos HR – hvor lang tid tager det typisk?",
    "Lars fra psykiatrien har fået ny stilling som teamleder – gode råd til onboarding?",
    "Mette fra demensafdelingen vil starte en læsegruppe – hvordan støtter jeg det?",
    "Jens har skrevet vores nye alkoholpolitik – hvordan implementerer vi den?",
    "Karin drikker kaffe hele dagen og er altid i godt humør – hvordan beholder jeg sådan en medarbejder?",
    "Mette kom for sent til mødet i dag pga. trafikken – hvordan laver jeg bedre mødestart?",
    "Lars said the report came out yesterday – where can I read it?",
    "Jens konverterer alle vores skabeloner til PDF – er der et bedre værktøj?",
    "Our operations manager Sarah wants a new rota tool – what do leaders recommend?",
    "Mette er påvirket af omstruktureringen, men hun klarer sig godt – hvordan anerkender jeg det?",
    "Lars slår op i systemet hver morgen – kan AI hjælpe med det?",
    "Mette er kandidat for teamlederstillingen – hvordan laver vi en fair proces?",
    "Jens ran a race for charity last weekend – how do I celebrate staff achievements?",
    "Mette is expecting my answer on the budget by Friday – how do I prioritise?",
    "Lars er psykolog i PPR og vil holde oplæg om trivsel – hvordan planlægger vi det?",
    "Mette underviser flygtninge i dansk – hvordan giver jeg hende mere tid?",
    "Kasper kommer fra Aarhus og starter på mandag – gode introduktionsforløb?",
    "Hanne er ergoterapeut og vil have nye hjælpemidler til borgerne – hvem godkender indkøb?",
    "Lone og lederne i hjemmeplejen har lavet en ny vagtplan – hvordan evaluerer vi den?",
    "Sarah is on probation until May as a new team lead – what should her 90 days look like?",
    "Mette har fået en stor opgave med budgettet – hvordan aflaster jeg hende?",
    "Jens from the union gave a talk on the new agreement – where can I read more?",
]
EVERYDAY_SENSITIVE = [
    "Lone fra økonomi er gået ned med stress og sover ikke",
    "Thyge i kantinen drikker for meget og kommer fuld på arbejde",
    "egon fra vejteamet har fået konstateret kræft",
    "Aase på 2. sal er gravid med tvillinger",
    "Bjarke is on medication for his bipolar disorder",
    "Oda fra rengøringen er blevet sigtet for tyveri",
    "Mohammed fra lageret beder fem gange om dagen",
    "min medarbejder Birgit er medlem af Enhedslisten og stiller op til byrådet",
    "Lasse fra IT er blevet anholdt",
    "Svend har fået en skriftlig advarsel for at komme fuld på arbejde",
    "Henny er blevet sat ud af sin lejlighed og bor nu på herberg",
    "Tove fra løn har været til fraværssamtale",
    "Yasmin er kurder og bliver drillet",
    "Frode er bøsse og bliver holdt udenfor",
]


@pytest.mark.parametrize("text", EVERYDAY_HARMLESS)
def test_named_people_with_harmless_everyday_words_are_allowed(text: str) -> None:
    # "fuld tid", "i behandling hos HR", "psykiatrien" as a workplace, "alkoholpolitik",
    # "came out" (a report), "konverterer til PDF", "påvirket af", "kandidat for stillingen" …
    assert not check(text).refused


@pytest.mark.parametrize("text", EVERYDAY_SENSITIVE)
def test_named_people_with_everyday_sensitive_details_are_refused(text: str) -> None:
    assert check(text).refused


KEYWORDS_WITH_PROPER_NOUNS = [
    "Hvornår gælder 120-dages-reglen i funktionærloven?",
    "Hvilke regler gælder for gæld til kommunen?",
    "Hvordan håndterer vi sygefravær i Region Syddanmark?",
    "Kan ChatGPT hjælpe med at skrive en advarsel?",
    "Hvad siger Arbejdstilsynet om stress?",
    "Hvad mener FOA om sygefravær blandt sosu-assistenter?",
    "Gælder Funktionærloven ved langvarig sygdom?",
    "What does WHO say about burnout?",
    "Er MUS-samtaler gode til at opdage stress?",
    "Hvordan bruger Lyngholm Kommune trivselstrappen mod sygefravær?",
    "I Danmark er sygefraværet steget – hvorfor?",
    "Vi bruger Microsoft Teams til fraværssamtaler – er det ok?",
    "Hvad siger Sundhedsstyrelsen om alkohol på arbejdspladsen?",
    "Mindfulness mod stress – virker det?",
    "Kan vi bruge Enneagrammet, når vi skal give advarsler?",
    "What does Harvard Business Review say about burnout among managers?",
    "Should we offer Headspace to staff with anxiety?",
    "Our Wellbeing Week focuses on stress and sleep – any ideas?",
    "Does the Working Environment Act cover psychological violence?",
    "Hvad er Fleksjobreformen, og hvad betyder den for ledere?",
    "Hvad betyder GDPR for underretninger?",
    "Hvordan håndterer Jobcenter Nord sanktioner i kontanthjælpen?",
    "Kan jeg bruge Copilot til at skrive et svar til en borger om kontanthjælp?",
    "Hvordan arbejder Kriminalforsorgen med ledelse af fængselsbetjente?",
    "Hvad siger Folketinget om anbringelser af børn?",
    "Kan Aula bruges til at sende underretninger?",
    "Hvad skriver Ugebrevet A4 om sygefravær?",
    "Hvordan leder man i Grønland, hvor mange medarbejdere er inuit?",
    "Hvad mener Socialdemokratiet om kontanthjælpsloftet?",
    "Hvordan taler jeg med Enhedslisten i byrådet om besparelser på psykiatrien?",
    "Is it normal that Gen Z employees talk openly about anxiety?",
    "What does Brené Brown say about vulnerability and depression at work?",
    "Hvad siger Mette Frederiksen om psykiatrien?",
    "Kan Netcompany hjælpe os med en AI-løsning til fraværsregistrering?",
    "Hvordan bruger Holstebro Kommune AI i sagsbehandlingen af kontanthjælp?",
    "Efter Corona-nedlukningen steg sygefraværet – hvad gør vi?",
    "Hvad siger bladet om Jobcentrets arbejde med sygedagpenge?",
    "Hvad er en § 56-aftale, og hvornår giver den mening?",
]


@pytest.mark.parametrize("text", KEYWORDS_WITH_PROPER_NOUNS)
def test_keywords_next_to_organisations_products_places_and_quoted_authors_are_allowed(text: str) -> None:
    # Organisations, laws, products, places and what a named author *says about* a topic are
    # no private person with a detail.
    assert not check(text).refused


def test_every_question_in_the_repo_question_sets_is_answered_and_not_flagged() -> None:
    import json

    from retrieval.decision import is_decision_request

    path = Path(__file__).resolve().parent / "data/dev-2024-03.jsonl"
    cases = [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]
    assert len(cases) >= 5
    for case in cases:
        if case["kind"] in ("answerable", "out_of_scope"):
            assert not check(case["question"]).refused, case["id"]
            assert not is_decision_request(case["question"]), case["id"]


UNIQUE_ROLES_WITH_DETAILS = [
    "Afdelingslederen på Skovbrynet Plejecenter har fået en advarsel",
    "Skolelederen på Nørre Alslev Skole er sygemeldt med stress",
    "Lederen af børnehaven Solstrålen er gravid",
    "Forstanderen på Egely er sigtet for vold",
    "the principal of Hillside School has cancer",
    "Rektor på Aarhus Katedralskole er blevet anholdt",
    "Køkkenchefen i Café Solsikken drikker på arbejdet",
    "Pedellen på Lindeskolen har fået en bøde for spritkørsel",
    "The manager of Greenfield Care Home was arrested yesterday",
    "Sekretæren på Rådhusskolen er i behandling for kræft",
    "den nye afdelingssygeplejerske på afsnit 4 i Hvidovre er gravid",
    "Chefen for Vej og Park i Lyngholm er blevet skilt og drikker",
    "the only male nurse on ward 7 is transitioning",
]


@pytest.mark.parametrize("text", UNIQUE_ROLES_WITH_DETAILS)
def test_a_unique_role_at_a_named_place_identifies_a_person(text: str) -> None:
    assert check(text).refused


@pytest.mark.parametrize(
    "text",
    [
        "Skolelederen i Odense skal spare – hvad siger bladet om ledelse i sparetider med stress?",
        "Hvad siger skolelederen på Vestervang Skole om stress blandt lærerne?",
        "Formanden for KL har kritiseret sanktionerne i kontanthjælpen.",
        "The head of Troldehøj nursery started walking meetings – good idea?",
    ],
)
def test_roles_that_are_not_identifying_or_talk_about_a_topic_are_allowed(text: str) -> None:
    assert not check(text).refused
