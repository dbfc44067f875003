"""The sensitive-detail concepts, category by category, as regular-expression stems (lower case).

Each category is a list of concepts. A concept is written as stems that match inside Danish
compounds and inflections ("langtidssygemeldt", "alkoholmisbrug", "butikstyveri") and as
everyday phrases, Danish and English. Round 3 enumerated each category's concept space
systematically (docs/privacy.md § 4) instead of adding words a failed message happened to use:
e.g. social case = housing (eviction, arrears, homelessness, shelters, sleeping at others'),
money (debt, collection, wage garnishment, benefits and schemes, sanctions), family (care
orders, notifications, contact arrangements, custody, family treatment, foster care, domestic
violence, refuges).

Negative look-arounds keep out the innocent words that contain a stem ("arbejdskræfter",
"gældende", "voldsomt", "bedømt", "Kristensen"). The matching, the topic exceptions and the
category order live in sensitive.py; health's structured vocabulary in health.py.
"""

from __future__ import annotations

from .health import HEALTH_PATTERNS

__all__ = ["CONCEPTS"]

CONCEPTS: dict[str, list[str]] = {
    "health": [
        # round 33 (red team r42 a): a recovery programme by its steps
        r"\b(?:12|tolv|twelve)[- ](?:steps|trin)\b|\b12-trins\w*|\b(?:the|de) (?:12|twelve|tolv) (?:steps|trin)\b",
        # round 30 (red team r39 a, released): electroconvulsive therapy
        r"\belektrochok\w*|\belectroconvulsive\b|\bect(?:-behandling)?\b(?= (?:hver|every|treatment|behandling))|"
        # round 30 (writers CK, CL, released): under the influence on duty, benzos, a month of pregnancy by its number, spirits
        # drunk
        r"\bpåvirket (?:på|under|i) (?:vagt|arbejde\w*|tjeneste\w*|job\w*)\b|\bvar påvirket\b|\bunder the influence\b|"
        r"\b(?:on|tager|takes|taking|bruger) benzos?\b|\bbenzodiazepin\w*|\b(?:gået|er) i (?:\d{1,2}\.|femte|sjette|syvende|ottende|"
        r"fjerde|tredje) måned\b|\bdrinking (?:\w+ )?(?:vodka|whisky|whiskey|gin|rum|spirits)\b|\bdrikker (?:vodka|whisky|sprut|snaps)\b|"
        # round 30 (red team r38 a, released): medication by its INN stem or its class after a verb of taking; health in slang
        # and idiom; named mental-health services
        r"\b(?:is on|are on|was on|been on|takes|taking|took|tager|tog|får|fik|er på|started on|startet på|sat på)\s+(?:\w+\s+)?"
        r"(?:[a-z]{3,}(?:xifen|ifene|apine|idone|azepam|azolam|oxetine|traline|pramine|triptyline|olol|pril|sartan|statin|prazole|"
        r"dipine|triptan|gliptin|gliflozin|tinib|platin|trigine|tiracetam|peridol|afaxine|orphine|codone|xaban|gabalin)|"
        r"betablokker\w*|beta ?blockers?|blodfortyndende\w*|blood thinners?|antidepressiva|antidepressants?|lykkepiller|"
        r"sovepiller|sleeping pills|antipsykoti\w*|antipsychotics?|lithium|litium)\b|"
        r"\beating (?:problem|issue|disorder)s?\b|\bwater on the knee\b|\bden store c\b|\bthe big c\b|"
        r"\b(?:ser|se|går hos|går til|sees|seeing|sees a|visits) (?:en |a )?psykiater\w*|\b(?:sees|seeing|visits) a psychiatrist\b|"
        r"\blagt (?:begge |det ene |et )?(?:knæ|knæet|hofter|hoften|hofte) om\b|\b(?:knee|hip) replacements?\b|\bnew (?:knee|hip)\b|"
        r"\bon the pop\b|\b(?:indskrevet i|går i|tilknyttet|forløb i) opus\b|\bopus-?(?:behandling|forløb)\w*|"
        r"\bcommunity treatment order\b|\b(?:on|under) (?:a |his |her |their )?cto\b|\bkolonien filadelfia\b|"
        # round 30 (writers CI, CJ, released): not wanting to live in other words, taking one's own life in any tense,
        # a birth ahead
        r"\bikke (?:orker|gider|vil|kan) (?:at )?leve (?:mere|længere)\b|\b(?:orker|gider|vil|kan) ikke (?:at )?leve (?:mere|længere)\b|\bdoesn'?t want to (?:live|be here) (?:any ?more|any longer)\b|"
        r"\b(?:taking|takes) (?:his|her|their) own life\b|\bskal føde\b|\bdue to give birth\b|\bføder (?:i|til|om)\b",
        # round 29 (red team r37 a, released): sterilisation, a coil fitted, a malignant mole, methadone, transitioned
        r"\bsteriliser\w*|\bsterilis(?:ed|ation)\b|\b(?:coil|spiral) (?:fitted|sat op|oplagt)\b|\bfået (?:en )?spiral\b|"
        r"\bmalignant\b|\bmodermærke\w*|\bmetadon\w*|\bmethadone\b|"
        r"\b(?:has|have|he's got|she's got|they've got|har|er) (?:got )?type[ -]?[12]\b(?![ -]?(?:error|fejl))",
        # round 29 (red team r36 a, released): cancer spread or palliative care, hair lost after treatment, check-ups at a
        # hospital department, sexual abuse in childhood
        r"\bmetasta\w*|\bpalliat\w*|\bmistet (?:sit|hans|hendes) hår\b|\blost (?:his|her|their) hair\b|\befter (?:kuren|kemoen|strålerne)\b|"
        r"\bgår til (?:kontrol|behandling|undersøgelse|scanning|opfølgning) (?:på|hos|i)\b|\b(?:goes|went) (?:for|to) (?:check-?ups?|scans?|treatment) (?:at|on)\b|"
        r"\bincest\w*|\budsat for (?:seksuelle )?overgreb\b|\b(?:sexually )?abused as a (?:child|boy|girl)\b",
        # round 28 (red team r35 a): the body said instead of a diagnosis, a closed ward, a pregnancy in euphemism, a child and
        # adolescent mental health service and a private clinic by their names
        r"\bkeeps? fainting\b|\b(?:besvimer|besvimede)\b|\bfået (?:en )?sonde\b|\bfeeding tube\b|\bfjernet (?:det ene |begge )?bryst\w*|"
        r"\bmastektomi\w*|\bmastectomy\b|\blå på lukket afdeling\b|\bpå lukket (?:psykiatrisk )?afdeling\b|"
        r"\b(?:skal have|venter) en lille (?:ny|en)\b|\bstorken kommer\b(?! til (?!(?:hende|ham|dem|os|jer|familien)\b)\w)|\bexpecting a little one\b|\bcamhs\b|\bthe priory\b",
        # round 28 (writers CC, CD, released): an operation ahead ("skal opereres for")
        r"\b(?:skal|skulle|blev|bliver|er blevet) opereres\b|\bopereres for\b|\bhaving (?:an )?operation (?:on|for)\b",
        # round 28 (red team r34 a): staying sober in Danish idiom
        r"\b(?:holde|holder|holdt) sig tør\b|\btørlagt\b",
        # round 28 (writers CA, CB, released): scabies; the wish to die in euphemism ("not wanting to be here", "a dark place")
        r"\bfnat\b|\bscabies\b|\b(?:not|ikke (?:at )?)\s?(?:wanting|ville|want) (?:to )?(?:be|være) (?:here|her)(?: (?:anymore|any more|mere|længere))?\b|"
        r"\b(?:in|into) (?:a |such a )?(?:really |very |pretty )?dark place\b|\bet (?:rigtig |meget )?mørkt sted\b",
        # round 27 (red team r33 a): drugs by brand or slang, high on a drug, an addict for a drug, a drink "over the thirst",
        # a due date, services by their names
        r"\b(?:on |takes |tager |får )(?:subutex|suboxone|metadon|methadone|antabus|antabuse|campral|naltrexon\w*)\b|"
        r"\bhigh on (?:hash|weed|cannabis|spice|coke|cocaine|speed|drugs|pills|ketamine|mdma|ecstasy|crack|heroin)\b|"
        r"\b(?:addict|junkie|afhængig) (?:for|of|af) (?:codeine|kodein|pills|piller|opioid\w*|morphine|morfin|tramadol|oxy\w*|benzo\w*|"
        r"heroin|cocaine|kokain|painkillers|smertestillende)\b|\ben tår over tørsten\b|"
        r"\b(?:is|'s|er) due (?:any day(?: now)?|next month|in (?:january|february|march|april|may|june|july|august|september|"
        r"october|november|december))\b|\bhar termin\b|"
        r"\b(?:alcoholics|narcotics|overeaters|gamblers|cocaine) anonymous\b|\blivslinien\b|\blænke(?:ambulatori\w*|n)\b|\blænken\b|"
        r"\bblå kors\b|\bringgården\b|\bhald ege\b|\bstrangeways\b|\bwormwood scrubs\b|\bvestre fængsel\b|\bhorserød\b",
        # round 27 (writers BY, BZ, released): IVF by its letters, a problem with the bottle
        r"\b(?:ivf|icsi|iui)(?:[- ](?:treatment|appointments?|behandling\w*|forløb\w*))?\b|"
        r"\b(?:problems?|issues?) with the bottle\b|\b(?:hits|hitting|on|fond of) the bottle\b|\bglad (?:for|i) flasken\b|"
        r"\bproblemer med flasken\b",
        # round 27 (red team r32 a): a visit at the psychiatric ward, drinking spirits at work
        r"\b(?:besøgte|besøgt|besøger|besøge|visited|visiting|visit) (?:\w+ ){0,3}?(?:på|i|at|in|on) (?:psykiatrien|den lukkede|"
        r"the psychiatric (?:ward|unit|hospital)|the (?:closed|locked) ward)\b|"
        r"\b(?:drinking|drank|drinks|drikke|drikker|drak) (?:vodka|whisky|whiskey|gin|rum|sprut|spiritus|snaps|beer|øl|wine|vin|"
        r"alcohol|alkohol)\b(?=[^.?!]{0,40}\b(?:at work|on (?:the )?(?:job|shift)|in the (?:van|truck|car|office|depot)|på arbejde\w*|"
        r"i (?:bilen|vognen|kantinen|arbejdstiden|frokostpausen)|on duty|during (?:work|the shift)))",
        # round 27 (writer BX, released): the mind in everyday euphemism
        r"\b(?:har det|har haft det|havde det|går det|gik det) (?:ikke )?(?:så |særlig |helt |rigtig |meget )?(?:godt|skidt|dårligt|"
        r"svært|tungt|op og ned) (?:oven i hovedet|i hovedet|psykisk|mentalt|på sjælen|med nerverne)\b|"
        r"\b(?:not (?:doing )?(?:so |too |very )?(?:well|great|good)|struggling|in a bad (?:way|place)) (?:in the head|mentally|"
        r"upstairs|with (?:his|her|their) nerves)\b",
        # round 26 (writers BS, BT, released): a lump in any organ, turning up high or drunk, pregnancy in slang,
        # a confused state in a case note, hoarding
        r"\b(?:knude|knuder|bule|svulst|skygge|tumor) (?:i|på) (?:lungen|lungerne|tarmen|nyren|leveren|brystet|halsen|maven|"
        r"hovedet|hjernen|armhulen|bugspytkirtlen|prostata|skjoldbruskkirtlen|æggestokken|livmoderen|blæren)\b|"
        r"\b(?:lump|tumou?r|growth|shadow|mass) (?:in|on) (?:his|her|their|the) (?:lungs?|bowel|kidney|liver|breast|brain|armpit|"
        r"pancreas|prostate|thyroid|ovary|womb|bladder)\b|"
        r"\b(?:møder|mødte|mødt|kommer|kom|dukker|dukkede) (?:\w+ )?(?:skæv|stiv|fuld|beruset|påvirket|høj|bimlet) (?:ind|op|på arbejde)\b|"
        r"\b(?:turns?|turned|turning|shows?|showed|rocks?|rocked) up (?:\w+ )?(?:high|stoned|drunk|pissed|hammered|wasted|off (?:his|her) face)\b|"
        r"\b(?:up the duff|bun in the oven|in the family way|knocked up|preggers|up the spout)\b|"
        r"\b(?:fremstår|fremstod|virker|virkede|appears|appeared) (?:\w+ )?(?:forvirret|desorienteret|dement|confused|disoriented)\b|"
        r"\bude af stand til at (?:forstå|klare sig|tage vare på sig selv)\b|"
        # (round 27, red team r32 a) not hoarding things ("hoarding all the good staplers")
        r"\b(?:signs of |tegn på )?(?:hoarding(?! (?:all|the|every|some|any|his|her|their|our|of|up)\b)|samlemani\w*|hoarder)\b|"
        # round 26 (red team r31 a): a stammer; a stay at a named treatment or psychiatric place
        r"\bstammer\b(?! (?:fra|from|tilbage))|\bstutter\w*|"
        r"\b(?:knee|hip|shoulder|back) (?:operations?|surgery|replacements?)\b|\b(?:knæ|hofte|skulder|ryg)operation\w*|\bny hofte\b|"
        r"\b(?:the priory|montebello|hald ege|risskov|sct\.? hans|sankt hans hospital)\b|"
        # (round 26, writers BU, BV, released) radiation treatment; a family's Orthodox feast is religion (below)
        r"\bradiation (?:treatment|therapy)\b|\bradiotherapy\b|\bstrålebehandling\w*|"
        # (round 26) a heavy drinker, back from a closed ward
        r"\b(?:heavy|problem|secret|binge|hard|big) drinker\b|\bdrinks too much\b|\bdrikker (?:alt )?for meget\b|"
        r"\b(?:tilbage fra|hjem fra|udskrevet fra|back from|discharged from) (?:den lukkede|the (?:closed|locked|psychiatric) ward)\b",
        # round 24 (writers BM, BN, released): cut oneself, wanting to die, hearing badly, clean for a number of days,
        # a psychotic episode
        r"\bskar sig (?:selv|i armen|i armene)\b|\bcut (?:himself|herself|themselves)\b|"
        r"\b(?:wanting|wants|wanted|want) to die\b|\b(?:ville|vil|gerne ville) dø\b|\blyst til at dø\b|\bønsker at dø\b|"
        r"\btager sit eget liv\b|\bhører dårligt\b|\bser dårligt\b|"
        r"\b(?:been |is |stayed )?(?:clean|sober|ædru) (?:i )?\d+ (?:days|dage|weeks|uger|months|måneder)\b|"
        # (round 25, red team r27 a) sobriety in everyday words, and a body part or sense as the reason for something
        r"\b(?:venter på|waiting for|on the list for|på venteliste til) (?:en |a |an )?(?:donor\w*|ny (?:nyre|lever)|new (?:kidney|liver|heart)|"
        r"transplant\w*)\b|\bdonornyre\w*|\b(?:kaster|throws?|threw) op efter (?:hvert|hver|alle)\b|\bvomit\w* after (?:every|each)\b|"
        # (round 31, writer CN, released) … and drinking again in idiom: "on the sauce again", "back on the bottle"
        r"\b(?:on|hitting|back on) the (?:sauce|bottle|booze)\b|\bdrinking again\b|\b(?:drikker|drukket) igen\b|"
        r"\bbegyndt at drikke igen\b|\b(?:off the (?:booze|drink|sauce|bottle)|on the wagon|(?:been|is|stayed) dry (?:for|since)|stopped drinking(?! (?:coffee|tea|fizzy|soda|cola|energy|juice|milk|water|diet)\b)|"
        r"holdt op med at drikke(?! (?:kaffe|te|sodavand|cola|energidrik\w*|juice|mælk|vand)\b)|"
        r"stoppet med at drikke(?! (?:kaffe|te|sodavand|cola|energidrik\w*|juice|mælk|vand)\b)|(?:været|er) tør (?:i|siden))\b|"
        r"\b(?:pga\.?|på grund af|because of|due to) (?:hans|hendes|sine|sin|sit|his|her|their) (?:dårlige )?(?:øjne|syn|hørelse|ryg|knæ|"
        r"hofte|hjerte|nerver|helbred|eyes|eyesight|hearing|back|knees?|hip|heart|nerves|health)\b|"
        r"\bpsykotisk\w*(?! over\b)|\bpsychotic\b(?! about\b)",
        # round 24 (red team r26 a): what someone can no longer do, a doctor's restriction, light duties; a treatment
        # programme by its length; a scan of the head
        r"\bkan (?:ikke|ikke længere) (?:sidde|stå|gå|løfte|bære|køre bil|se|høre|bøje sig)\b[^.?!]{0,30}\b(?:mere|længere|ad gangen)\b|"
        r"\bcan (?:no longer|not|n't|'t) (?:sit|stand|walk|lift|carry|drive|see|hear|bend)\b(?=[^.?!]{0,40}\b(?:any ?more|for more than|after|since|because))|"
        r"\b(?:kun|only) (?:kan bruge|can use) (?:den ene|one) (?:arm|hånd|hand|leg|ben|øje|eye)\b|"
        r"\b(?:ifølge|efter) (?:sin|hans|hendes) (?:læge|lægeerklæring)\b|\bon (?:his|her|their) (?:doctor|gp)'?s? (?:orders|advice)\b|"
        r"\bskåne(?:job|hensyn|opgave\w*|funktion\w*)\b|\blight[- ]dut(?:y|ies)\b|\bafter (?:his|her) (?:accident|fall|operation)\b|"
        r"\bwhat happened to (?:his|her) (?:eyesight|hearing|back|knee|hip|heart)\b|"
        r"\b(?:come|came|coming) out of (?:a|the) (?:\d+-day |\d+ day |\w+-week )?(?:programme|program|treatment|rehab)\b|"
        r"\b\d+[- ]day (?:programme|program|treatment)\b|"
        r"\b(?:scanning|scannet|skanning)(?:en)? af (?:hovedet|hjernen|maven|brystet|ryggen|lungerne|hjertet)\b|\b(?:brain|head|ct|mri|pet) scan\b",
        # round 23 (writers BI, BJ, released): slang for a closed psychiatric ward, recovery from an addiction
        r"\b(?:indlagt|røget ind|kommet ind|havnet|ligger|er|var) på den lukkede\b|\bin recovery\b|\b(?:been|is|stayed) (?:sober|clean) (?:for|since)\b|\b(?:har været|er) ædru (?:i|siden)\b",
        # round 22 (writers BA, BB, released): a drinking problem as one word
        r"\bdrikkeproblem\w*|\bdrinking problem\b",
        # round 22 (red team r24 a): a gambler, recovering or not
        r"\b(?:recovering |compulsive |problem )?gamblers?\b|\bludoman\w*",
        # round 22 (red team r23 a): a walking aid, incontinence, a stoma
        r"\bgår med (?:stok|rollator|krykker)\b|\bwalks? with (?:a |the )?(?:cane|stick|walking stick|walking frame|frame|crutches|rollator)\b|\brollator\w*|\bkan ikke (?:længere )?holde på (?:vandet|tis|urinen)\b|\bcan'?t (?:hold|control) (?:his|her|their) (?:water|bladder|bowels)\b|\binkontinen\w*|\bincontinen\w*|\bpose på maven\b|\bstomi\w*|\bstoma\b|\b(?:colostomy|ileostomy)\w*",
        # round 21 (writers AY, AZ and red team r22 a, released): drink without an object, someone's drinking by a pronoun, pregnancy by trimester or month, seizures and mood medication in slang, a licence withdrawn on medical grounds, a memory clinic)
        r"\b(?:been|was|is|were|caught|seen|started|keeps?) drinking(?= (?:on|at|in|during|before|after|while|again|twice|every)\b|[.,!?]|$)|(?:(?<=\bhis )|(?<=\bher )|(?<=\btheir )|(?<=\bhans )|(?<=\bhendes ))(?:heavy |excessive |constant )?(?:drinking|druk|drikkeri)\b|\b(?:i|in) (?:sit|sin|hendes|her|the|første|andet|tredje|first|second|third) (?:første |andet |tredje |first |second |third )?trimester\b|\bi (?:\w+ )?(?:syvende|ottende|sjette|femte|fjerde|niende) måned\b|\b(?:seven|eight|six|five) months (?:pregnant|gone)\b|\bepi-?anfald\w*|\b(?:krampe|krampe)anfald\w*|\bseizures?\b|\btager (?:noget|piller|medicin) (?:for|mod) (?:humøret|nerverne|angsten|søvnen)\b|\b(?:takes|on) (?:something|pills|meds) for (?:his|her|the) (?:mood|nerves)\b|\b(?:inddraget|frataget) (?:sit |sin |hans |hendes )?kørekort\w* af lægen\b|\bkørekort\w* (?:inddraget|frataget) af lægen\b|\bdoctor (?:has )?(?:taken|revoked|withdrawn) (?:his|her) (?:driving )?licen[cs]e\b|\bmemory clinic\b|\b(?:referred|admitted) to (?:the |a |an )?(?:[\w\'-]+ ){0,2}(?:clinic|ward|unit|specialist|consultant)\b|\b(?:henvist|indlagt) (?:til|på) (?:en |et |den |det )?(?:[\w-]+ ){0,2}(?:klinik\w*|afsnit\w*|speciallæge\w*|udredning\w*)|\bhukommelsesklinik\w*|\bcochlear implant\w*|\bcochlear-?implant\w*|\bhøreapparat\w*|\bhearing aids?\b",
        # round 20 (red team r21 a): recovery groups by name, detention, drink by slang, suicide by euphemism, an overdose
        (
            r"\banonyme overspisere\b|\bovereaters anonymous\b|\bgamblers anonymous\b|\banonyme alkoholikere\b|\bsectioned\b|\btvangsindlag\w*|\bsmell(?:s|ing)? of booze\b|\bbooze on (?:him|her|them)\b|\b(?:ikke kan|ikke kunne|can't|cannot) se (?:nogen|en) vej ud\b|\bingen vej ud\b|\bafskedsbre\w*|\btage sit (?:eget )?liv\b|\bending it all\b|\bend it all\b|\btake (?:his|her|their) own life\b|\boverdosis\b|\boverdose[sd]?\b"
        ),
        # round 19 (red team r20 a): illness and treatment in slang and euphemism
        (
            r"\bthe big c\b|\bhører stemmer\b|\bhøre stemmer\b|\bhearing voices\b|\bhears voices\b|\bhad a procedure\b|\bhaving a procedure\b|\bfik foretaget (?:et|en) (?:\w+ )?(?:indgreb|operation)\b|\bfriend of bill\b"
        ),
        # round 18 (red team r17 half a): trying to conceive, a community psychiatric nurse, a cancer nurse, a
        # gender clinic by its known names
        r"\bttc\b|\btrying (?:for a baby|to conceive)\b|\bcpn(?:'s)?\b|\bcommunity psychiatric nurse\b|\bmacmillan nurse\b",
        # round 18 (writer AT, released): drunkenness in Danish nouns
        r"\bberuselse\w*|\bberuset\b|\bintoxicated\b",
        # round 18 (writer AS, released): trouble swallowing
        r"\bsynkebesvær\w*|\bdysfagi\w*|\bdysphagia\b|\b(?:difficulty|trouble|problems?) swallowing\b",
        # round 18 (red team r18 half a): a stay at a hospice, where someone is at the end of life (the
        # hospice as an organisation that acts is no one's detail: "the hospice did not call them")
        # (round 31, writer CN, released) not a whole group's place: "kage til alle på hospicet", "everyone at the hospice"
        r"(?<!\balle )(?<!\bos )(?<!everyone )(?<!everybody )(?<!personalet )(?<!kollegerne )(?<!de andre )"
        r"\b(?:på|at|in|i|til|to|fra|from)\s+(?!(?:alle|os|everyone|everybody|all of us|personalet|kollegerne|de andre)\s+"
        r"(?:her\s+)?(?:på|at|i|in)\s)(?:the\s+|et\s+|a\s+)?(?:[\w'’]+\s+){0,2}?hospice\w*",
        # round 16 (red team r14 half a): recovery groups and care teams by name, withdrawal by its sign
        (
            r"\b(?:goes to|går til|attends|går i) (?:na|ca|ga)\b|\bnarcotics anonymous\b|\banonyme narkomaner\b|"
            r"\bgets the shakes\b|\bhar (?:morgen)?rystelser\b|\bshakes until\b|"
            r"\b(?:is )?under the (?:community )?mental health (?:team|services)\b|\btilknyttet (?:distriktspsykiatrien|psykiatrien)\b"
        ),
        # round 16 (writers AO, AP; red team r15 half a): drink without an object at a place of
        # work, slang for a drinker, an injury that cost a body part, a child in a hospice
        (
            r"\bdrikker (?:i|på|nede i|ude i|oppe i) (?:kælderen|værkstedet|garagen|skuret|bilen|toilettet|omklædningsrummet|"
            r"depotet|pauserummet|kantinen|vagten|arbejdstiden)\b|\bdrinks? (?:in|at) (?:the|his|her) (?:basement|cellar|shed|"
            r"workshop|van|car|depot|locker room|break room)\b|\balki(?:s|en)?\b|\balkis\b|\bboozer\b|\bdrunkard\b|"
            r"\b(?:lost|mistede|mistet) (?:two|three|\w+|to|tre|en|et|\d) (?:fingers?|fingre|tæer|toes?|arms?|arm|ben|legs?|hånd|hand|øje|eye)\b|"
            r"\b(?:ligger|er indlagt|is|are) (?:på|at|in) (?:the )?(?:børne)?hospice\w*\b|\bchildren's hospice\b|\bbørnehospice\w*|"
            # taken or admitted to a psychiatric or emergency unit, the unit word included (it is no job here)
            r"\b(?:taken|admitted|brought|sent|rushed|committed|sectioned) (?:in)?to (?:the |a |an )?(?:psychiatric|psych|mental health|"
            r"emergency|intensive care|cardiac|oncology|acute)(?: [\w-]+)?(?: unit| ward| department| clinic| room)?\b|"
            r"\b(?:indlagt|tvangsindlagt|kørt|bragt|akut indlagt) (?:på|til) (?:den |det )?(?:lukkede |åbne )?(?:psykiatrisk\w*|psykiatrien|"
            r"skadestuen|akutmodtagelsen|intensiv\w*)(?: [\w-]+)?(?: afsnit| afdeling| skadestue| modtagelse)?\b"
        ),
        # round 13 (red team r13, half a): twins expected, a stillbirth, a carer or aids for someone's disability
        (
            r"\b(?:skal have|venter|får|expecting|is having|having) tvillinger\b|\b(?:expecting|is having|having) twins\b|"
            r"\bstillbirth\w*|\bstillborn\b|\bdødfød\w*|\b(?:has|have|with) a (?:personal )?carer\b|"
            r"\b(?:tilkendt|bevilget|fået) (?:\w+ )?hjælpemidler\b|\bhandicaphjælper\w*"
        ),
        # round 13 (writers AD, AE, AF, released): a suicide attempt and a miscarriage in everyday words,
        # illness by euphemism ("under the weather", the doctor extending the note), drink by idiom
        # ("har det svært med flasken", "fell off the wagon", "lugter af sprit")
        (
            r"\b(?:tage|tog|taget|tager) sit (?:eget )?liv\b|\b(?:kill|killed|kills) (?:him|her|them)sel(?:f|ves)\b|"
            r"\b(?:end|ended|ending) (?:his|her|their) (?:own )?life\b|\bufødte barn\w*|\bmistede (?:\w+ )?(?:barnet|babyen|fosteret)\b|"
            r"\blost (?:the|her|their|a) (?:baby|pregnancy)\b|\bunder the weather\b|\bdoctor (?:keeps|has) (?:extending|extended|renewing|renewed)\b|"
            r"\bsick ?notes?\b|\b(?:forlænge[rt]?|forlængede) (?:\w+ )?(?:sygemelding\w*|sygemeldingen)\b|"
            r"\b(?:svært|problemer|kamp|kæmper) med flasken\b|\bhang til flasken\b|\b(?:fell|falling|fallen|falls) off the wagon\b|"
            r"\bsmelling of (?:alcohol|beer|booze|wine|drink|cannabis|weed)\b|\blugte[rt]? af (?:sprit|alkohol|spiritus|øl|vin|druk|hash)\b|"
            r"\b(?:manic|manisk\w*) (?:phase|episode|periode|fase)\b|\bin a manic\b|"
            r"\bhernia\b|\b(?:lyske|navle|ar)brok\w*|\bbrokoperation\w*|\b(?:has|have|had|got) an? (?:\w+ )?operation (?:booked|scheduled|planned|next)\b|"
            r"\bskal (?:\w+ )?opereres\b|\ber blevet opereret\b"
        ),
        # round 12 (released pool): treatments and conditions by name, pregnancy by maternity wear,
        # addiction recovery in everyday words
        (
            r"\bgastric bypass\b|\bmavebypass\w*|\bfedmeoperation\w*|\bcpap\b|\bhypoglyk\w*|\bhypoglyc\w*|"
            r"\bhæmofili\w*|\bh(?:a)?emophilia\b|\blangtidssyg\w*|\bptsd\b|\bптср\b|"
            r"\bmaternity (?:uniform|clothes|trousers|wear|dress)\w*|\bventetøj\b|\bgraviditetstøj\b|"
            r"\b(?:is|has been|been|er|har været) (?:\w+ )?clean (?:for|i) (?:a|an|\w+) (?:year|month|week|år|måned|uge)\w*|"
            r"\bmedical cert(?:ificate)?s?\b|\bfit note\b|\bis in recovery\b|\ber i (?:misbrugs|alkohol|stof|afvænnings)behandling\b"
        ),
        # round 12 (writers AA, AB, released): a disorder by its adjective ("en længerevarende psykisk
        # lidelse"), drugs in slang ("was high at work", "pain killers"), confusion and falls in old age
        (
            r"\b(?:psykisk\w*|fysisk\w*|kronisk\w*|længerevarende|alvorlig\w*|mental|chronic) (?:lidelse\w*|disorder|condition)\b|"
            r"\b(?:was|is|were|got|be|being|seemed|looked|var|er|virkede|blev) (?:\w+ )?(?:high|stoned|skæv|påvirket|intoxicated)\b(?! (?:af|by|of|på|school|priority|level|standard|risk|season|street|enough|up))|"
            r"\bpain ?killers?\b|smertestillende|\b(?:er blevet|is getting|has become|has got|virker|seems) (?:meget |mere |very |more |so )?"
            r"(?:forvirret|glemsom|dement|confused|forgetful)\b|\b(?:falder|falls|keeps falling) (?:ofte|tit|hele tiden|often|a lot)\b"
        ),
        # round 11 (writer AC, released): a named condition by its head noun ("has sickle cell disease",
        # "har en sjælden sygdom"), an operation in short ("knee op"), rehab, pain crises, a pregnancy
        # in euphemism ("en lille en på vej", "a bun in the oven")
        (
            r"\b(?:has|have|had|got|diagnosed with|suffers? from|suffering from|living with|lives with)\s+(?:a |an )?"
            r"(?:[\w-]+\s+){0,2}(?:disease|syndrome|disorder)\b|"
            r"\bhar (?:fået )?(?:konstateret )?(?:en |et )?(?:\w+ )?\w*(?:sygdom|syndrom|lidelse)\b(?! i (?:familien|afdelingen))|"
            r"\b(?:knæ|hofte|ryg|skulder|brok|hernia|knee|hip|back|shoulder|cataract|gall ?bladder)[- ]?op\b|"
            r"\brehab\b|\bpain cris[ie]s\b|smertekriser?|\bdoctor'?s note\b|\bmedical certificate\b|"
            r"(?:en lille|a little one) (?:en )?(?:på vej|on the way)|bun in the oven|i lykkelige omstændigheder"
        ),
        # round 11 (writer Z): the addiction association by its everyday name
        r"\b(?:i|hos|med|fra|til|ved) lænken\b|lænkeforening\w*|\bat lænken\b",
        # round 11 (red team): a named person's drinking ("Gareth's drinking", "Gareths druk")
        r"(?<=['’]s )(?:heavy |excessive )?(?:drinking|boozing)\b|(?<=s' )(?:drinking|boozing)\b|"
        r"(?<=\ws )(?:druk|drikkeri|drukkenskab)\b",
        # round 11 (released writers V and Z): the forms and rules of sickness absence by their
        # names (the doctor's statement LÆ 265/285, the 120-day rule, the § 56 agreement in
        # English), a midwife's appointment, a diagnosis code with its decimal (ICD-10 "F32.1")
        (
            r"\blæ ?(?:265|285|205|125)\b|120[- ]?dag(?:es|e|s)?[- ]?regl|120-day rule|"
            r"\bsection 56\b|\b§ ?56[- ](?:agreement|arrangement|aftale)|"
            # a midwife as someone's appointment, not as a job ("vores jordemoder Tove", "jordemoderkonsultationen")
            r"\b(?:til|hos|ved) jordemoder(?:en)?\b|jordemoder(?:besøg|tid|samtale)|[-–:] ?jordemoder\b|"
            r"\bmidwife(?:'s)? (?:appointment|visit|check)|\b(?:sees?|seeing|saw|visit(?:s|ing)?|with) (?:a|the|her) midwife\b|"
            r"(?<![\w.])[a-tv-z]\d\d\.\d{1,2}(?![\w.])|"
            r"\b(?:icd-?10|diagnosekode|diagnosis code)\b|mutism\w*|mutisme|"
            r"\bfailed (?:a |the |his |her )?(?:breath|drug|alcohol) test|\bblæst positiv"
        ),
        # round 10 (writers R and W): drink by euphemism, a treatment institution that names the
        # category, a therapist visited, sight and hearing in English
        (
            r"problemer med flasken|(?:for )?glad for flasken|trouble with (?:the )?(?:bottle|drink)|hitting the bottle|"
            r"\bpå blå kors\b(?! genbrug| butik)|\bblå kors' behandling|\b(?:at|in|to) blue cross (?:treatment|rehab|clinic|centre)|"
            r"\b(?:goes|going|went|has been going) to (?:a |the |his |her |their )?(?:psychologist|psychiatrist|therapist|counsell?or)\b(?!-)|"
            r"(?:is|was|being|became|has become|is now) (?:partially sighted|visually impaired|hard of hearing)|sight loss|losing (?:his|her|their) sight|hearing loss|"
            # writer Y: a therapist in slang, HIV prevention by brand, a German sick note
            r"(?:his|her|their|a|the|to) shrink\b(?! the| our| it| costs| budget)|shrink appointments?|\bprep\b(?= (?:pills?|medication|tablets|treatment))|"
            r"\bon prep\b(?!\s+(?:today|tonight|duty|shift|this|for|in|at|until|til|rota))|"
            r"krankschreibung|krankgeschrieben|arbeitsunfähig"
        ),
        # round 8 (red team): birth and nursing, examinations and compulsory admission, sickness-absence
        # instruments, worn out, the autism spectrum
        (
            r"\bnyt hjerte\b|\bny (?:nyre|lever|hofte)\b|\bnew (?:heart|kidney|liver|hip)\b|"
            r"(?:kommet|kom|came|come) (?:\w+ )?(?:hjem )?(?:fra|from|out of|back from) (?:\w+ )?(?:hospital\w*|sygehus\w*|rigshospitalet)|"
            r"kejsersnit|caesarean|c-section|\bammer\b|amning|ammepause|breastfeed|pumpe (?:mælk|ud)|pump (?:milk|breast)|"
            r"kikkertundersøg|colonoscop|endoscop|gastroscop|biopsi|biopsy|scanning for|"
            r"tvangsindlagt|tvangsindlæg|sectioned|involuntarily admitted|"
            r"mulighedserklæring|fastholdelsesplan|arbejdsprøvning|arbejdsprøve|fit note|phased return|"
            r"\bnedslidt|worn out (?:physically|and can)|on the (?:autism )?spectrum|in recovery from"
        ),
        # illness and sick leave
        (
            # round 6 (red team): suicide, disability and pregnancy in everyday words
            r"\bmrsa\b|\bcovid\b|\bcorona\b|tage sit eget liv|taget sit eget liv|take (?:his|her|their) own life|took (?:his|her|their) own life|"
            r"funktionsnedsættelse|funktionsnedsat|udviklingshæmme|handicap|disabilit|disabled|"
            r"venter (?:nummer|barn nummer) (?:to|tre|\d)|on mat(?:ernity)? leave|på barsel|barselsorlov|"
            r"\bsyg\b|\bsyge\b(?!pleje|hus|sikring|dagpenge)|sygdom|syge?meld|sygedag|sygeorlov|raskmeld|"
            r"\bsick\b(?! of\b| and tired\b| to death of\b)|\bsick(?:leave|note|days?)\b|sickness(?! benefit)|\bill\b(?!-)|illness|signed off|off work with|"
            r"(?<!u)diagnos|fået konstateret|blevet konstateret|konstateret med|diagnosed|"
            r"inkontinen|incontinen|stomi\b|stomipose|colostomy|ostomy"
        ),
        # mental health, therapy (the professions "psykolog", "ergoterapeut" are no detail)
        (
            r"stress(?!ful)|udbrændt|brændt ud|burn-?out|burned out|burnt out|depres|deprimer|"
            r"angst|anxiety|panikanfald|panic attack|\bocd\b|\bptsd\b|traume|trauma|"
            r"psykisk (?:syg|sårbar|ustabil|dårligt|skrøbelig)|psykiske (?:lidelse|problemer)|"
            r"mental(?:e)? (?:health (?:issues|problems|condition)|illness|sygdom|lidelse|breakdown)|"
            r"nervous breakdown|(?:had|having|has|suffered|suffering|off with|after) (?:a |an )?(?:\w+ )?breakdown|"
            r"sammenbrud|psykiatrisk (?:patient|diagnose|indlæggelse)|psykose|"
            r"psychos|skizofren|schizo|bipolar|manio|personlighedsforstyr|spiseforstyr|anoreksi|"
            r"anorexi|bulimi|selvmord|suicid|selvskad|self-harm|"
            r"(?:par|psyko|samtale|kognitiv |misbrugs|gruppe)terapi|(?:i|går i|går til|starte i|begyndt i|er i) terapi|"
            r"in therapy|(?:couples|cognitive|group) therapy|therapy sessions|"
            r"(?:går til|gå til|gik til|hos (?:en )?|til (?:en )?|sees? (?:a )?|seeing (?:a )?)"
            r"(?:psykolog|psykiater|psychologist|psychiatrist|therapist|terapeut|counsell?or)|"
            r"gået ned med|går ned med|\bmeds\b|medicin(?!sk)|medication|antidepress|lykkepiller|"
            r"\bpiller(?:ne)?\b(?! ved\b)|\bpills\b|\bpsyk\b"
        ),
        # diseases and conditions
        (
            r"kræft(?!er)|cancer|tumor|tumour|kemo|chemo|strålebehandl|radiotherapy|leukæmi|leukemia|"
            r"s[ck]lerose|sclerosis|diabet|sukkersyg|epilep|migræne|migraine|astma|asthma|allergi|"
            r"allerg(?:y|ic)|gigt|arthritis|blodprop|blood clot|\bstroke\b|hjerneblødning|hjerneskade|"
            r"brain injury|hjertesvigt|hjerteanfald|heart attack|hjerteproblem|endometrio|\bpcos\b|"
            r"\bhiv\b|hepatitis|long covid|covid-?19|corona(?:virus)? (?:positiv|smittet)|"
            r"(?<!ko)opereret|opereres|skal opereres|(?:en|sin|hans|hendes|stor) operation|"
            r"surgery|operated on|brækket|broken (?:leg|arm|hip|wrist)|"
            r"rygsmerter|ondt i ryggen|back pain|kroniske? smerte|chronic (?:pain|illness|fatigue)|"
            r"handicap|disab|\bblind\b(?! vinkel| vinkler|e vinkler)|\bdøv\b(?! over for| for| overfor)|\bdeaf\b|hørenedsæt|kørestol|wheelchair|ordblind|dyslexi|"
            r"\badhd\b|autis|asperger|demens|dement|alzheimer|parkinson|"
            r"indlagt|indlæggelse|hospitali|admitted to hospital|in hospital with|"
            r"admitted to (?:a |the |our |my |his |her )?(?:\w+ )?(?:hospital|ward|unit|clinic|psychiatric)|i behandling (?:for|med)\b|(?:i|under) behandling hos (?:en )?(?:\w*læge|psykolog|psykiater|\w*klinik)|in treatment|treatment for|undergoing treatment|"
            r"kvalme|nausea|morning sickness|ondt i|smerter|infektion|infection|influenza|\bflu\b|"
            r"høreapparat|hearing aid|"
            # a psychiatric ward or unit, and absence counted in days or periods: "spent three weeks
            # in a psychiatric ward", "has been off 31 days this year", "fire sygeperioder"
            r"psykiatrisk(?:e)? (?:afdeling|afsnit|hospital|center|skadestue|akutmodtagelse)|"
            r"psychiatric (?:ward|unit|hospital|department|clinic|emergency|care|treatment|help|admission)|"
            # round 6: autoimmune disease, crisis help
            r"autoimmun\w*|krisehjælp|krisepsykolog|crisis (?:counsell?ing|help|support)|"
            # everyday and slang words for care, drugs, drink, self-harm and a few diseases
            r"(?:sees?|seeing|saw|visits?) (?:a |the |her |his )?shrink|\bshrinks?\b (?:every|each|twice|once|weekly)|"
            r"(?:using|uses|used|takes|taking|took|on) (?:\w+ )?speed\b(?! (?:bump|limit|camera|of|up|dating|reading))|"
            r"\btager speed\b|"
            r"fuld på (?:job|jobbet|arbejde|arbejdet|vagt|vagten)|drunk (?:at|on) (?:work|the job|shift|duty)|"
            r"skære?r? i sig selv|skåret i sig selv|cutting (?:herself|himself|themselves)|"
            r"(?:has|have|had|har|havde|with|med|diagnosed with|(?:of|af|for|with|med|from|fra) (?:his|her|their|hans|hendes|sin|deres)) ms\b(?! (?:teams|office|word|excel|forms|365|dynamics))|"
            r"syge(?:periode|forløb|episode)|fraværsperiode|"
            r"\b(?:har haft|havde|har|has had|had|has) (?:\w+ ){0,2}(?:syge|fraværs)dage\b|"
            r"\b(?:has had|had|has taken|took) (?:\w+ ){0,2}(?:sick days|days off sick|sick leave days)\b|"
            r"\b(?:been|was|is|er|var|været) (?:off|absent|away sick|fraværende|sygemeldt|syg)(?: \w+){0,2} "
            r"(?:\d+|en|et|to|tre|fire|fem|seks|syv|otte|ni|ti|one|two|three|four|five|six|seven|eight|nine|ten|"
            r"\w+teen|twenty\w*|thirty\w*|forty\w*|\w+tyve|tredive|fyrre) (?:days|dage|weeks|uger|måneder|months)"
        ),
        # the systematic health vocabulary (body part × condition, named conditions by system,
        # procedures, aids, events): health.py
        *HEALTH_PATTERNS,
        # pregnancy, fertility, miscarriage
        (
            r"gravid|pregnan|graviditet|venter sig|venter (?:et )?barn|venter en baby|venter tvillinger|"
            r"lykkelige omstændigheder|(?:er|var|blevet) i omstændigheder|in the family way|bun in the oven|eating for two|knocked up|"
            r"på vej med (?:en lille|nummer (?:to|tre|\d))|"
            r"expecting (?:a baby|a child|twins|her (?:first|second|third))|"
            r"(?:is|she's|she is) expecting(?= and|,|\.|$)|\btermin\b|\babort(?:en)?\b|abortion|miscarr|"
            r"mistet (?:barnet|babyen|graviditeten|et foster)|aborter\w*|lost (?:the|her|a) baby|fertilitet|"
            r"fertility|\bivf\b|insemination|fødselsdepression|postnatal|postpartum"
        ),
        # addiction and substances, gambling
        (
            r"misbrug|substance abuse|(?:drug|alcohol) abuse|alkohol|alcohol|"
            r"drikker (?:for meget|igen|på arbejde|i arbejdstiden|hver dag|dagligt|alkohol|øl|vin|sprut)|"
            r"begyndt at drikke|drinks (?:at|during|too|heavily|on|every)|heavy drinking|drinking problem|"
            r"drinking (?:again|at work|before work|on the job|heavily|on (?:shift|duty)|during (?:shifts?|work)|"
            r"in the morning)|drikker på (?:vagt|vagten|job|jobbet)|drukket|"
            r"\b(?:kom|komme|kommer|var|er|mødte|møder) (?:\w+ )?fuld\b|\bfuld på arbejde|stangfuld|beruset|\bdrunk\b|"
            r"påvirket(?! af)|lugter af (?:øl|bajere?|guldøl|sprut|alkohol|vin|hash|druk)|stinker af (?:øl|bajere?|sprut|alkohol|druk)|"
            r"smells? of (?:alcohol|beer|booze|wine|cannabis)|sprut|\bhash\b|cannabis|kokain|cocaine|"
            r"amfetamin|amphetamine|heroin|metadon|methadone|opioid|"
            r"(?:tager|bruger|tog|ryger|sælger|handler med) (?:\w+ )?stoffer|narkotiske stoffer|\bdrugs\b|narko|"
            r"ludoman|gambling|spilleafhæng|spillegæld|spilleproblem|betting|addict|(?<!u)afhængig|"
            r"afvænning|rehab|antabus|\baa\b|anonyme alkoholikere|alcoholics anonymous|ædru|sober"
        ),
        # round 3: health in lay words — trouble with a body part or the mind, symptoms, care
        # events, investigations, treatment that follows an event
        (
            r"(?:ondt|problemer|dårligt?|besvær|gener|døjer|bøvl|skavanker?) (?:med|i) (?:\w+ )?(?:hjertet|ryggen|"
            r"knæet|knæene|hoften|maven|nakken|skulderen|hovedet|lungerne|nerverne|psyken|helbredet|blodtrykket|"
            r"hukommelsen|synet|hørelsen|balancen|vejrtrækningen)|"
            r"\b(?:bad|dodgy|weak|gammy|bum|dicky|wonky) (?:back|knees?|hips?|heart|chest|lungs|nerves|shoulder)|"
            # (round 25) the same in Danish: "sin dårlige ryg", "et skidt knæ"
            r"\b(?:dårlig|dårlige|dårligt|skidt|skidte|svag|svage|svagt) (?:ryg|ryggen|knæ|knæet|hofte|hofter|hjerte|hjertet|lunger|nerver|skulder|mave)\b|"
            r"\b(?:back|knee|hip|heart|nerves)(?:'s| has| is)? (?:gone|went|going|giving (?:out|up)|playing up|packed up)|"
            r"laid up|flat on (?:his|her|their) back|sengeliggende|bedridden|"
            r"\bfaint(?:s|ed|ing)\b|\bbesvimer\b|had a fit\b|\b(?:has|had|have|having|gets?|got|getting|his|her|their|epileptic) fits\b|"
            r"struggl\w* to breathe|short of breath|can't breathe|åndenød|hoster (?:hele|konstant|blod)|"
            r"going blind|losing (?:his|her|their) (?:memory|sight|hearing|mind)|memory loss|"
            r"hukommelsen (?:svigter|er dårlig|er væk)|glemmer (?:\w+ ){0,2}(?:aftaler|alting)|"
            # round 8: an ambulance as someone's event, not the service ("ambulance routes", "ventetid på ambulancen")
            r"(?:hentet|kørt|taget|bragt|fragtet|taken|rushed|carried|came|left|kom|blev|sendt|sent|went) (?:\w+ ){0,2}"
            r"(?:af|med|by|in|i|away in|off in|væk i|væk med) (?:an |en |the )?ambulance\w*|"
            r"(?:ringe|ringede|tilkaldte|tilkalde|call|called|phoned) (?:\w+ )?(?:efter |for )?(?:en |an |the )?ambulance|painkillers?|smertestillende|"
            r"morfin|morphine|sovepiller|sleeping pills|"
            r"psykisk (?:skidt|ned|nede|langt nede|i knæ)|har det (?:psykisk )?(?:skidt|dårligt|elendigt) (?:psykisk|med sig selv)|"
            r"\bgræder (?:hver|hele|tit|ofte|i pauserne|på toilettet)|\bcries (?:every|all|at (?:her|his) desk)|"
            r"\bcrying (?:every|all the|at (?:her|his) desk)|"
            r"gået ned med flaget|knækket (?:igen|helt|sammen)|\ber (?:helt )?knækket\b|"
            r"ramt af (?:en )?(?:stress|depression|angst|sygdom)|"
            r"under udredning|udredes for|bliver udredt|being (?:assessed|investigated|tested) for|"
            r"(?:hans|hendes|his|her|sine|sit) (?:prøvesvar|test results|scanningssvar|blodprøver?)|biopsi|biopsy|"
            r"(?:knude|bule|svulst) i (?:brystet|halsen|maven|hovedet)|lump in (?:her|his) (?:breast|neck)|"
            r"(?:had|has|got|fik|har|fået) (?:\w+ )?covid|senfølger|"
            r"efter (?:sin|hans|hendes) (?:ulykke|blodprop|operation|hjerneblødning|fødsel)|"
            r"since (?:his|her) (?:accident|stroke|operation|surgery)|"
            # therapy and psychiatric care in everyday words, relapse
            r"(?:in|started|starts|attending|attends|goes to|going to|having|has|began|begun|couples|marriage|grief|"
            r"family|trauma|addiction|bereavement) counsell?ing|samtaleforløb|"
            r"\bhos (?:distrikts|børne- og unge|børne-unge)?psykiatrien|"
            r"(?:hans|hendes|sin) (?:behandler|psykolog|psykiater|terapeut)|(?:his|her) (?:therapist|psychiatrist|counsell?or)|"
            r"\brelapse[sd]?\b|tilbagefald"
        ),
        # pregnancy, childbirth and fertility in everyday words
        (
            r"skal (?:være|blive) (?:mor|far)\b|bliver (?:mor|far) (?:i|til)\b|(?:going to be|will be|becoming) a "
            r"(?:mum|mom|mother|dad|father)\b|"
            r"\b(?:er|is|she's) (?:\w+ )?(?:uger|weeks|måneder|months) (?:henne|along|gone)\b|"
            r"\b(?:er|is) i (?:\d+\.|første|anden|tredje|fjerde|femte|sjette|syvende|ottende|niende) måned\b|"
            r"bun in the oven|bolle i ovnen|baby on the way|little one on the way|der kommer en lille|"
            r"bule på maven|baby bump|\bdue date\b|(?:she's|she is|hun er) due\b|"
            r"\bexpecting (?:in|this|next|around|a|her|their|twins|again)\b|\bexpecting\b(?=\s*[(,.;:!?]|\s*$|\s+-)|"
            r"\bbarsel(?!s?(?:politik|regler|fond|udligning|reglerne|politikken))|maternity leave|fødselsorlov|"
            r"graviditetsorlov|"
            r"lost (?:her|the|a|their) (?:pregnancy|baby|unborn)|mistet (?:sit|sin|deres|et) (?:barn|baby|foster|graviditet)|"
            r"mistede (?:barnet|babyen)|mistede (?:sit|sin|deres|et) (?:barn|baby|foster)|dødfødt|stillborn|"
            r"fertilitetsbehandl|fertility (?:treatment|clinic)|ægoplægning|egg retrieval|"
            r"freez\w* (?:her |my |their )?eggs|egg freezing|nedfrys\w* (?:sine |hendes )?æg|fryse (?:sine )?æg|"
            r"forsøger at blive gravid|trying (?:for a baby|to get pregnant|to conceive)|"
            # round 7: "er gået hen og blevet med barn", "with child", "i lykkelige omstændigheder"
            r"\b(?:blevet|blev|er|bliver|gået hen og blevet) med barn\b|\bwith child\b|lykkelige omstændigheder|"
            r"in the family way|knocked up"
        ),
        # round 9 (writer Q): someone's health named as theirs ("struggling with his mental health",
        # "hendes psykiske helbred"), drink as "a thing", a baby "i ovnen"
        (
            r"\b(?:his|her|their) (?:mental |physical |psychological )?health\b(?! and safety| (?:and|&) safety)|"
            r"\b(?:hans|hendes|sit|deres) (?:psykiske |fysiske |mentale )?helbred\b|"
            r"\b(?:drinking|alcohol|booze) (?:thing|issue|habit|problem)|drikkevaner|drukproblem|"
            # writers T and U: medicines by name, scans and examinations ahead, lab values, cerebral palsy,
            # spirits on the breath, weeks away
            r"\b(?:ritalin|concerta|elvanse|medikinet|strattera|sertralin|zoloft|cipralex|citalopram|escitalopram|"
            r"fluoxetin|prozac|venlafaxin|lithium|quetiapin|seroquel|olanzapin|abilify|insulin\w*|metformin|ozempic|wegovy)\b|"
            r"\bskal til (?:\w+ )?(?:\w*scanning|\w*undersøgelse|\w*operation|\w*kontrol|\w*behandling)\b|nakkefold|nuchal|"
            r"\bhba1c\b|\bblodsukker|\bblood sugar\b|\bkolesterol|\bcholesterol\b|"
            r"cerebral parese|cerebral palsy|\bspastiker|spastisk lammelse|"
            r"lugter af sprit|\bvaklede rundt\b|"
            r"\b(?:været|var|er) væk (?:i )?(?:\d+|en|to|tre|fire|fem|seks) (?:uger|dage|måneder)\b(?! (?:på|i|on|til) (?:ferie|kursus|orlov|udlandet|holiday|barsel|uddannelse))|"
            # writer S: Norwegian and Swedish spellings, ALS, drunk at a party
            r"\bsykmeld\w*|\bsjukskriv\w*|utbrenthet|utbrändhet|\b(?:fået|har|med|with|has|diagnosed with) als\b|"
            r"\b(?:været|blevet|blev) (?:\w+ )?fuld\b|"
            r"\boff (?:work |sick )?with (?:his|her|their|a|an) (?:bad |sore |injured )?"
            r"(?:back|knee|hip|shoulder|neck|heart|nerves|chest|stomach|foot|leg|arm|wrist)\b|"
            r"\b(?:en )?lille i ovnen\b"
        ),
        # round 8: someone's drinking named as theirs
        (
            r"\b(?:his|her|their) (?:drinking|boozing)\b|\b(?:hans|hendes) (?:druk|drikkeri|drikkeproblem)|\bdrikkeri|"
            r"skredet ud i druk|\bpå druk\b|\bi druk\b"
        ),
        # round 8: gambling by its venues and sites
        (
            r"\bbet365|paddy power|betfair|unibet|\boddset\b|danske spil|\bkasino|\bcasino(?!-)|spilleautomat|"
            # round 29 (writer CE, released): the machines by their everyday names
            r"\b(?:on|playing|plays|played) the (?:pokies|slots|fruit machines?|one-armed bandits?)\b|\bpokies\b|"
            r"slot machines?|fruit machines?|bookmaker|\bbookie"
        ),
        # addiction and gambling in everyday words
        (
            r"(?:ryger|røget|røg|ryge) (?:\w+ ){0,3}(?:joints?|hash|pot|weed|skunk|crack)|smok\w* (?:\w+ ){0,3}(?:weed|pot|joints?|cannabis|skunk|crack)|"
            r"\bsniffer\b|\bsnorts?\b|\bsnorting\b|lines of (?:coke|cocaine|speed)|"
            r"(?:using|uses|used|on|does|doing|did|takes|taking|took|tager|tog|bruger|brugte) "
            r"(?:\w+ )?(?:coke|blow|molly|mdma|ecstasy|ketamin\w*|lsd|svampe|shrooms|kokain)\b|"
            r"tørlagt|afrusning|\bdetox|hænger på flasken|drikker (?:sig|om morgenen|hver)|"
            r"\bdrikker\b(?=\s*[,.!?;]|\s+-\s|\s*$|\s+(?:og|igen|meget|for meget|hele tiden)\b)|\bdrinks\b(?=\s*[,.!?;]|\s+-\s|\s*$)|"
            r"tømmermænd|hangover|hung ?over|\bkom (?:\w+ )?(?:stiv|skæv|høj) (?:på|til|ind)\b|"
            r"(?:failed|positive|positiv) (?:\w+ )?(?:drug|alcohol|narko|alkohol|urin)[ -]?(?:test|prøve)|"
            r"on the wagon|off the wagon|"
            r"(?:gamble[sd]?|gambling|spiller|spillet|spillede) (?:\w+ ){0,3}(?:penge|opsparing|løn|savings|wages)|"
            r"\bbets?\b (?:on|every|at|during|online)|odds(?:en)? på|online casino|\bcasino|spilleautomat|fruit machines?|"
            r"spiller (?:\w+ ){0,2}(?:på nettet|online|på heste|på fodbold|poker)|gamblers anonymous|"
            # the products of gambling: "scratch cards and online slots", "skrabelodder", "betting apps"
            r"skrabelod|scratch ?cards?|online[ -]slots?|slot ?machines?|(?:spiller|plays?|playing) (?:\w+ )?slots\b|spillemaskine|"
            r"enarmede tyveknægte|bookmaker|betting[ -]?(?:app|site|konto|account)|spilleside|"
            r"\bspiller (?:\w+ )?odds\b|\bodds(?:app|spil)\w*|\bpoker\b|\broulette\b|\bblackjack\b|sportsbetting|sports betting|væddemål|wagers?\b|"
            r"lån(?:e|t)? penge (?:af|hos) (?:\w+ )?kolleg|borrow(?:s|ed|ing)? money from|lend (?:him|her|them) money"
        ),
    ],
    "union_membership": [
        # round 30 (red team r38 a, released): a union card carried, a picket line not crossed
        r"\bcarr(?:y|ies|ied) (?:a|an|his|her|their) (?:[\w-]+ )?(?:union )?card\b|\bunion card\b|\bfagforeningskort\w*|"
        r"\b(?:won'?t|will not|refuses to|wouldn'?t) cross (?:a|the) picket\b",
        # round 30 (writer CJ, released): a seat on one's union branch's board
        r"\b(?:on|in) the (?:board|committee) of (?:his|her|their|my|the local|a local) union(?: branch| club)?\b|"
        r"\bbestyrelsen (?:i|for) (?:sin|hans|hendes|min|den lokale) (?:\w+ )?fagforening\w*",
        # round 29 (writer CE, released): a union club or delegate of one's own, started or held
        r"\b(?:start|starts|started|starting|set up|sets up|form|forms|formed|stifte|stifter|stiftede|starte|starter|startede) "
        r"(?:a|an|en|et) (?:\w+ )?(?:union club|union branch|fagforeningsklub|tillidsmandsklub)\b|"
        r"\b(?:was|is|has been|var|er|har været) (?:a|an|en) (?:[\w-]+ )?(?:union delegate|union organi[sz]er|delegate for the union)\b|"
        r"\b(?:was|is|has been) (?:a|an) [A-Za-z]{2,6} (?:delegate|organi[sz]er)\b(?=[^.?!]{0,60}\bunion)",
        # round 28 (red team r35 a): a strike committee, a picket line, a blockade during a lockout
        r"\bstrejkekomit\w*|\bstrike committee\b|\bpicket(?:ing)? line\b|\bstrejkevagt\w*|\bblokade\w*[^.?!]{0,40}\blockout\w*",
        # round 27 (writer BZ, released): a yellow union, switching unions
        r"\b(?:yellow union|gul fagforening|gule fagforening\w*|switched (?:from [\w-]+ )?to (?:a|another|the) (?:\w+ )?union|"
        r"skiftet (?:fra [\w-]+ )?til (?:en|et|den) (?:\w+ )?fagforening)\b",
        # round 27 (writer BW, released): the Irish-English perfect "is after joining the union"
        r"\b(?:is|was|are|were|'s) (?:just )?after joining (?:the|a|his|her|their) (?:\w+ )?(?:union|fagforening)\b",
        # round 26 (writer BV, released): someone's own union asked to come; unions of seafarers and industry
        r"\b(?:co-?søfart|co-?industri|metal maritime|dansk el-?forbund|blik og rør)\b",
        r"\b(?:asked|called|brought|contacted|bedt|ringet til|kontaktet|taget) (?:\w+ )?(?:his|her|their|hans|hendes|sin) "
        r"(?:union|fagforening)\b",
        # round 23 (red team r25 a): unions the lists lacked, and a union named then called one
        r"\bblik og rør\b|\bblik- og rørarbejderforbundet\b|\bdansk el-?forbund\b|\bmalerforbundet\b|\bfødevareforbundet\b|\bnnf\b|"
        r"\bteknisk landsforbund\b|\bpharmadanmark\b|\bfarmakonomforeningen\b|\btandlægeforeningen\b|\blægeforeningen\b|"
        r"\bdanske bioanalytikere\b|\bkonstruktørforeningen\b|\bmaskinmestrenes forening\b|\bdansk told ?(?:og|&) ?skatteforbund\b|"
        r"\b(?:medlem af|meldt ind i|meldt ud af|member of|joined|left) (?-i:Lederne)\b|\b(?:joined|member of|medlem af) [\w'’ -]{2,30},? (?:the |a |en |et )?(?:[\w'’-]+ )?(?:union|fagforening)\b",
        # round 22 (red team r23 a): the union acting for someone — their union rep, a companion from the union
        r"\b(?:his|her|their|\w+['’]s) (?:union |unison |unite |gmb |rcn |unison's )?(?:union rep|rep from the union|steward from the union)\b|\b(?:his|her|their|\w+['’]s) (?-i:Unison|Unite|GMB|RCN|UNISON) (?:rep|representative|steward)\b|\bbisidder fra (?:forbundet|fagforeningen|sin fagforening|sit forbund|\w+forbundet|foa|3f|hk|bupl|dsr|dlf)\b",
        # round 18 (red team r17 half a): membership said with "in"/"med i", a union of several words
        r"\b(?:is in|is a member of|joined|er med i|er medlem af|meldt sig ind i) unite\b|"
        r"\b(?:er med i|meldt (?:sig )?ind i|medlem af) (?:[\wæøå]+ ){1,3}(?:forbund|forbundet)\b",
        # round 16 (writer AP; red team r15 half a): a union by its full name (an organisation named by
        # an occupation in the plural: "Kommunale Tjenestemænd og Overenskomstansatte"), a teachers' union
        # by acronym, paid time for union duties
        (
            r"(?:meldt ind i|member of the|joined the) (?:[\wæøå]+ (?:og |and |of )?){0,4}[\wæøå]*"
            r"(?:tjenestemænd|overenskomstansatte|arbejdere|funktionærer|lærere|pædagoger|sygeplejersker|workers|teachers|nurses)\b|"
            r"\b(?:neu|nasuwt|unison|unite|gmb|rcn|usdaw)\b(?= member| rep|[^.?!]{0,40}\bunion)|"
            # round 28 (writer CC, released): an Irish union by its letters
            r"\b(?:in|joined|member of|left) (?:siptu|inmo|fórsa|forsa|cwu)\b|"
            r"\bunion (?:duties|activities|time|work|meetings?)\b|\bfacility time\b|\bfaglige? (?:arbejde|hverv)\b|\bfagligt aktiv\b"
        ),
        # round 11 (writer AC, released): a professional association by its trade ("Dansk Tandplejerforening")
        r"\b(?:medlem af|meldt ind i|meldt ud af) (?:dansk |danske )?\w+(?:er|ist|og|ør|ske|ter)forening(?:en)?\b",
        # round 11 (writer Z): a union's elected representative at work names the union
        r"tillidsrepræsentant (?:for|i) (?:hk|foa|3f|dlf|bupl|dsr|fag og arbejde|socialpædagogerne|dm|djøf|krifa|lederne)\b|"
        r"\b(?:shop steward|union rep(?:resentative)?) for (?:the )?(?:hk|foa|3f|unison|unite|gmb|\w+ union)\b",
        # round 11 (writer Z): a union named by its members' trade, with an apostrophe
        r"\bmember of (?:the )?(?:[\w'’-]+ ){1,3}union\b",
        (
            # round 6: a union named in separate words or in English
            r"dansk psykolog ?forening|psychological association|\bunite\b(?= (?:the union|union|and|member)| and has)|"
            r"member of (?:the )?(?:\w+ )?(?:union|association of)|"
            r"fagforening|fagforbund|fagligt organiseret|uorganiseret|fagforeningskontingent|"
            r"kontingent til|a-kasse|trade union|union member|union dues|union rep|"
            r"(?:in|member of|joined|left|join|leave) (?:a |the |her |his |their )?(?!european )(?:[\w'’-]+ ){0,2}?union\b|"
            r"\b3f\b|\bfoa\b|\bhk\b|\bbupl\b|\bdlf\b|\bdjøf\b|\bdsr\b|\bkrifa\b|det faglige hus|"
            r"dansk metal|socialpædagogerne|unison\b|\bgmb\b|\brcn\b|"
            r"(?:medlem af|meldt ind i|meldt ud af|member of|joined|left) (?:\w+ )?\w*(?:forbund|forbundet|rådet)\b|"
            r"lærerforening|sygeplejeråd|ergoterapeutforening|fysioterapeuter|jordemoderforening|"
            r"socialrådgiverforening|magisterforening|politiforbund|fængselsforbund|finansforbund|"
            r"kost og ernæringsforbund|"
            r"ingeniørforening|socialrådgiverforening|sygeplejeråd|lærerforening|magisterforening|"
            r"landsforbund|pædagogforbund|serviceforbundet|el-forbund|journalistforbund|"
            r"kristelig fagbevægelse|frie funktionærer|fagbevægelse|"
            # (round 22, writer BC) "er med i Radiograf Rådet": a professional council that is a union
            r"radiograf ?rådet|\bradiographers? council\b"
        ),
        # round 3: (non-)membership and its everyday words
        (
            # round 9 (writer Q): a union by its acronym next to membership ("a DM member", "DM-medlem",
            # "medlem af IDA") — acronyms that are also other words count only there
            r"\b(?:dm|ida|cf|ff|fh|lo|ftf|dsr|hk|foa|3f|bupl|dlf|djøf|krifa|prosa|fof)[- ](?:member|medlem|medlemmer)\b|"
            r"\b(?:member of|medlem af|meldt ind i|meldt ud af|joined|left|in) (?:the )?(?:dm|ida|cf|ff|prosa)\b|"
            r"(?:ikke|aldrig) (?:\w+ )?(?:i|medlem af) (?:nogen |en )?(?:fagforening|a-kasse)|"
            r"(?:isn't|is not|not|never) (?:\w+ )?(?:in|a member of|member of) (?:any |a )?union|"
            r"\bin any union|skruebrækker|\bscab\b|gul fagforening|yellow union|union card|fagforeningskort"
        ),
    ],
    "religion": [
        # round 30 (writer CL, released): a Pentecostal church in Swedish and Danish
        r"\bpingstkyrkan\b|\bpingstförsamling\w*|\bpinsekirke\w*|\bpinsemenighed\w*|\bpentecostal\w*",
        # round 30 (red team r38 a, released): born again
        r"\bborn again\b|\bgenfødt kristen\b",
        # round 29 (red team r37 a, released): a belief said with "tror på", leaving a church
        r"\btror på (?:reinkarnation|genfødsel|sjælevandring|gud|allah|jesus)\b|\bbelieves? in (?:reincarnation|god|allah)\b|"
        # (round 30: "the" alone was read as the church: "left the meeting", "keeps leaving the door open")
        r"\b(?:left|leaving|meldt sig ud af|meldte sig ud af) (?:the )?(?:folkekirken|kirken|church)\w*(?: of [\w ]{3,20})?\b",
        # round 28 (writer CD, released): daily prayers by their count
        r"\bpray(?:s|ing)? (?:\w+ ){0,2}(?:five|5) times a day\b|\bbeder (?:\w+ ){0,2}(?:fem|5) gange (?:om|i) dagen\b",
        # round 27 (red team r33 a): Friday prayers
        r"\b(?:fredagsbøn\w*|friday prayers?|jumu'?ah|jummah)\b",
        # round 27 (writer BY, released): an elder or a deacon of a church, a free church, refusing Sunday work
        r"\b(?:church|kirke|menigheds|congregation|chapel) (?:elder|deacon|warden)s?\b|\b(?:kirkeældste|menighedsrådsmedlem\w*|"
        r"diakon\w*)\b|\b(?:free church|frikirke\w*)\b|\brefuses? to work (?:on )?sundays\b|\bvil ikke arbejde om søndagen\b",
        # round 26 (red team r31 a): a headscarf, a turban, a skullcap worn
        r"\b(?:med|with|bærer|går med|wears?|wearing) (?:et |en |a |the )?(?:tørklæde|headscarf|hijab|turban|kalot|kippa|kippah|yarmulke)\b",
        # round 26 (writer BU, released): an Orthodox feast or faith
        r"\b(?:ortodoks\w* (?:påske|jul|kristen\w*|kirke\w*|tro)|orthodox (?:easter|christmas|christian|church|jew\w*|faith))\b",
        # round 21 (writer AZ, released): religion shown by a symbol worn and talk of God with others)
        r"\bgår med (?:et )?(?:stort |synligt )?kors\b|\btaler om gud\b|\btalks? about god\b|\bmissionerer\b|\bproselyti[sz]\w*",
        # round 20 (red team r21 a): fasting told by when one eats
        (
            r"\b(?:ikke spiser|spiser ikke|doesn't eat|does not eat|won't eat|fast(?:er|ing|s)?) (?:\w+ ){0,3}(?:før|until|before|indtil) (?:solnedgang|sunset|mørkets frembrud|dark)\b"
        ),
        # round 19 (red team r20 a): religious practice by its feasts and by prayer at work
        (
            r"\bnavratri\b|\bdiwali\b|\bvaisakhi\b|\byom kippur\b|\bbeder (?:på|i) (?:kontoret|arbejdet|frokostpausen|pausen)\b|\b(?:begyndt|begun|started) at bede\b|\bprays (?:at work|in the office|in the break)\b|\borange order\b"
        ),
        # round 18 (red team r17 half a): Jehovah's Witnesses' place of worship
        r"\bkingdom hall\b|\brigssal(?:en)?\b",
        # round 18 (writer AS, released): confession and mass
        r"\b(?:goes|go|went|going) to (?:confession|mass)\b|\bskriftemål\w*|\bgår til (?:skrifte|messe)\b",
        # round 16 (writer AP): last rites, a priest, imam or rabbi asked for by someone
        (
            r"\b(?:asking|asks|asked|wants|beder|bad|ønsker|vil have) (?:for )?(?:a |en |to see a )?(?:priest|præst|imam|rabbi|rabbiner|chaplain)\b|"
            r"\blast rites\b|\bden sidste olie(?:else|ning)\b"
        ),
        # round 8: worship and symbols in everyday words
        (
            r"\blds\b|latter-day saint|jehovas? vidne|jehovah'?s witness|bærer (?:et )?kors\b|wears a (?:cross|crucifix)|"
            r"\baf religiøse (?:grunde|årsager)\b|\bfor religious reasons\b|\bspiser ikke svinekød\b|\bikke spiser svinekød\b|"
            r"\b(?:doesn't|does not|won't) eat pork\b|"
            r"tager til lourdes|goes to lourdes|valfart|går i kirke hver|goes to church every|beder (?:fem|5) gange|prays five times"
        ),
        # affiliation: religions, denominations, belief and non-belief
        (
            # round 6: religious communities by their official names
            r"mosaisk trossamfund|jewish community|islamisk trossamfund|trossamfund|"
            r"religi|muslim|islam|kristen(?!sen)|kristne|christianity|(?:a|is|devout) christian|"
            r"\bjøde\b|jøder|jødisk|jewish|\bjew\b|judais|jødedom|hindu|sikh|buddhis|katol|catholic|"
            r"protestant|ortodoks (?:kristen|jøde|jødisk|muslim)|orthodox (?:christian|jew)|jehova|"
            # round 7: an orthodox or oriental church by its nation ("serbisk-ortodoks", "Coptic")
            r"(?:serbisk|græsk|russisk|koptisk|etiopisk|eritreisk|syrisk|armensk|ukrainsk|rumænsk|bulgarsk|georgisk)"
            r"[- ]ortodoks|(?:serbian|greek|russian|coptic|ethiopian|eritrean|syriac|armenian|ukrainian|romanian|"
            r"bulgarian|georgian|eastern) orthodox|\bkopter\b|\bkoptisk|\bcoptic\b|"
            r"scientolog|indre mission|indremission|frikirke|pinsekirke|pinsemenighed|pinsebevægelse|"
            r"pentecostal|baptist|adventist|evangelical|mormon|bahá|bahai|asatro|\bshia|\bshiit|"
            r"\bsunni|alevit|ahmadi|salafi|troende|devout|believer|ateist|atheist|agnostiker|agnostic|"
            r"praktiserende (?:muslim|kristen|katolik|jøde|hindu|buddhist)|practi[cs]ing (?:muslim|"
            r"christian|catholic|jew|hindu|buddhist|sikh)|"
            r"konverte\w* til (?:islam|kristendom|jødedom|katolicisme|buddhisme|hinduisme|\w+ tro)|"
            r"converted to (?:islam|christianity|judaism|catholicism|buddhism|hinduism)|"
            r"(?:sin|sit|hans|hendes|deres) tro\b|(?:his|her|their) faith\b|"
            r"tror på gud|believes? in god|\bgud\b(?= (?:har|vil|siger))"
        ),
        # practice: prayer, fasting, sabbath, worship, scripture, dress, diet, holy days, rites
        (
            r"\bbeder\b(?! (?:om|dig|mig|os|ham|hende|jer|dem|alle|kollegerne|medarbejderne|borgeren|"
            r"chefen|lederen|jeg|du|vi|de|han|hun))|\bbede(?:r)? (?:sin|sine|sit|en|fem|sine daglige) bøn|"
            r"\bbøn(?:nen)?\b|(?<!med )(?<!grønne )(?<!kaffe)(?<!kidney )\bbønner(?:ne)?\b(?! og| i| til| med)|bønnetid|bedetid|bederum|bønnetæppe|fredagsbøn|"
            r"\bprays?\b|praying|prayer|says? grace|"
            r"holder (?:faste|fasten|ramadan|sabbat)|(?<!hans )(?<!hendes )(?<!min )(?<!sin )(?<!din )\bfaster\b(?= (?:under|i|til|hver|om|en stor del|det meste|hele))|\b(?:er|is) (?:streng(?:t)? )?(?:ortodoks|orthodox)\b(?! (?:i|in|om|about|tilgang|approach))|"
            r"\bfasting\b|\bfasts\b|sabbat|shabbat|sabbath|"
            r"moské|moske|mosque|synagog|\btempel\b|\btemple\b|gurdwara|går i kirke|går i kirken|"
            r"til gudstjeneste|til messe|\bgoes to church|church ?goer|\bmass\b(?= (?:every|on|each))|"
            r"(?:goes|go|went|going) to mass\b|"
            r"koran|quran|\bbiblen\b|\bthe bible\b|\btora\b|torah|"
            r"tørklæde|headscarf|hijab|niqab|burka|kippa|kalot|yarmulke|turban|"
            r"covers? her hair|head ?covering|hovedbeklædning|kors om halsen|"
            r"halal|kosher|spiser ikke svinekød|(?:doesn't|does not|won't) eat pork|"
            r"ramadan|\beid\b|id-fest|diwali|yom kippur|hanukkah|chanukka|pesach|passover|"
            # (round 31, writer CM, released) the festivals of further faiths, kept as a practice like the ones above
            r"\bdashain\b|\btihar\b|\bholi\b(?= (?:festival|fest|og|and|with|med))|\bvesak\b|\bwesak\b|gurpurab|guru nanak|"
            r"\bpurim\b|\bsukkot\b|\bløvhyttefest|rosh hashana|\bshavuot\b|\bmawlid\b|\bbaisakhi\b|"
            r"(?:blevet|er|bliver|lod sig|ladet sig) døbt\b|baptis|baptiz|hajj|pilgrimsrejse|pilgrimage|"
            r"missioner|proselyti|prædiker for|preaches to"
        ),
    ],
    "ethnicity": [
        # round 27 (writer BY, released): someone's dark skin
        r"\b(?:hans|hendes|sin|his|her|their) (?:mørke|sorte|brune|dark|black|brown) (?:hud|hudfarve|skin)\b",
        # round 26 (writer BV, released): Travellers and Roma by everyday words
        r"\b(?:irish traveller\w*|traveller (?:community|family|families|site)|(?:'s|is|are) an? traveller|gypsy|gipsy|sigøjner\w*|"
        r"romanichal)\b",
        # round 24 (writer BN, released): skin colour said of someone ("too dark", "mørk i huden")
        r"\b(?:too|for) (?:dark|black|brown|mørk|sort|brun)\b|\bmørk i huden\b|\bdark[- ]skinned\b|\bhudfarve\w*|\bskin colou?r\b",
        # round 22 (writer BD, released): the first or only one of a colour or origin
        r"\b(?:first|only|første|eneste) (?:black|brown|asian|arab|sorte|brune|asiatiske|arabiske)\b",
        # round 21 (writer AZ, released): an accent said to be foreign (a nationality's accent is origin.py's)
        r"\b(?:foreign|udenlandsk|fremmed) (?:accent|dialekt|dialect)\b",
        # round 16 (red team r14 half a): Irish and Scottish Travellers are an ethnic group
        (
            r"\b(?:is|are|er) (?:a |an |en )?(?:irish )?travellers?\b|\b(?:irish|scottish) travellers?\b|\btraveller (?:community|family|background)\b"
        ),
        # round 12 (writer AB, released): a slur for Roma
        (r"\bgypsy\b|\bgypsies\b|\bsigøjner\w*"),
        # round 10: racist name-calling that names the origin it targets
        (
            r"\bpaki\b|\bperker\w*|racial slurs?|racist (?:names|slurs|abuse|remarks)|racistiske (?:øgenavne|bemærkninger|tilråb|kommentarer)"
        ),
        # round 8: indigenous peoples
        (
            r"\bsamisk|\bsámi|\bsami\b|\bsamer\b|māori|\bmaori|\binuk\b|\binuit|aboriginal|first nations|"
            r"\b(?:er|är|is|is a|er en) (?:rom|roma|romani|sigøjner)\b|\broma(?:-| )?(?:baggrund|background|family|familie)|\bsigøjner|"
            # (round 25, red team r27 a) peoples without a state of their own, which the country data cannot name
            r"\b(?:er|is|is an?|er en|var|was|som|as an?) (?:\w+ )?(?:tamil|tamiler|uigur|uighur|uyghur|pashtun|pashtuner|pathan|"
            r"hazara|hazaraer|rohingya|yazidi|yezidi|jezidi|assyrer|assyrian|berber|amazigh|baluch|belutsjer|tatar|tatarer|"
            r"druse|druze|kopter|copt)\b|"
            r"\b(?:tamil|uigur\w*|uighur|uyghur|pashtun\w*|hazara|rohingya|yazidi|yezidi|jezidi|assyr\w*|berber|amazigh|baluch)"
            r"(?:sk|ske|isk|iske)? (?:baggrund|background|family|familie|origin|oprindelse|herkomst|descent)"
        ),
        (
            # round 6: "nydansker", "a new Dane"
            r"nydansker|new dane|anden etnisk baggrund|different ethnic background|"
            r"etnisk|etnicitet|ethnic|racial|racis|(?:his|her|their) race|hudfarve|skin colou?r|"
            r"dark-skinned|mørk i huden|\b(?:er|is|er den eneste|the only) (?:sort|black)\b|"
            r"\b(?:\w+sk|\w+isk|udenlandsk|anden) (?:oprindelse|herkomst|baggrund)|"
            r"of \w+ (?:origin|descent|background)|(?:ethnic|national) origin|"
            r"\b(?:er|is|was|var|som|as an?|en|kom til danmark som) (?:\w+ )?(?:indvandrer|immigrant|"
            r"flygtning|refugee|asylansøger|asylum seeker|efterkommer)|andengenerations|"
            r"second-generation|\broma\b|\bromani\b|\brom(?:a|er)? (?:people|folk)|sigøjner|\binuk\b|\binuit\b|grønlænder|greenlander|perker|"
            # nationality nouns always name an origin; adjectives only after "er/is/af/of"
            r"\b(?:kurder|tyrker|somalier|pakistaner|araber|afghaner|iraker|iraner|syrer|"
            r"palæstinenser|libaneser|marokkaner|polak|rumæner|ukrainer|eritreer|etiopier|"
            r"vietnameser|thailænder|filippiner|afrikaner|asiat|kurd|somali)(?:e|er|erne|en)?\b|"
            r"(?:\ber|\bis|\bare|\bvar|\bwas|\baf|\bof) (?:\w+ )?(?:kurdisk|tyrkisk|somalisk|"
            r"pakistansk|arabisk|afghansk|irakisk|iransk|syrisk|palæstinensisk|libanesisk|"
            r"marokkansk|polsk|rumænsk|ukrainsk|eritreisk|etiopisk|vietnamesisk|thailandsk|"
            r"filippinsk|afrikansk|grønlandsk|kurdish|turkish|somali|pakistani|arab|afghan|iraqi|"
            r"iranian|syrian|palestinian|lebanese|moroccan|polish|romanian|ukrainian|eritrean|"
            r"ethiopian|vietnamese|thai|filipino|african|asian|greenlandic)\b|"
            r"(?:\ber|\bis|kommer|comes|came) (?:oprindeligt? )?(?:fra|from) (?P<country>[A-ZÆØÅ]\w+)|"
            r"(?:født|born) (?:i|in) (?P<country2>[A-ZÆØÅ]\w+)"
        ),
        # round 3: skin colour and race said of someone
        (
            r"\b(?:who's|who is|som er|der er|he's|she's|he is|she is|is|er) (?:\w+ )?(?:black|sort|brown|brun|"
            r"mixed[- ]race|biracial|non-white|ikke-hvid|af blandet herkomst)\b|"
            r"the only (?:non-white|black|brown)|den eneste (?:sorte|brune|mørke|ikke-hvide)|"
            r"(?:hans|hendes|deres) hudfarve|(?:his|her|their) skin\b"
        ),
    ],
    "sexual_orientation": [
        # round 33 (red team r42 a): a gender transition told by the pronouns someone now uses with a new name
        r"\b(?:bruge|bruger|use|uses|go by|goes by)\s+(?:pronomenerne\s+)?(?:hun/hende|han/ham|she/her|he/him)\b",
        # round 30 (red team r38 a, released): the old euphemism
        r"\bfriend of dorothy\b",
        # round 30 (writer CI, released): gender-affirming care in English
        r"\bgender[- ]affirming\b",
        # round 29 (red team r37 a, released): transitioned, a name changed across gender
        r"\btransitioned\b|\bskiftet navn fra\b|\bchanged (?:his|her|their) name from\b",
        # round 29 (red team r36 a, released): a legal gender change, puberty or hormone blockers
        r"\b(?:skiftet|ændret|changed|changing) (?:sit |his |her |their )?(?:juridiske? |legal )?(?:køn|gender)\b|\bjuridisk kønsskifte\b|"
        r"\blegal gender\b|\b(?:hormone|puberty) blockers?\b|\bhormonblokker\w*",
        # round 32 (red team r41 a): a legal gender marker changed
        r"\bkønsmarkør\w*|\bgender marker\b|\bjuridisk(?:e)? køn\b",
        # round 28 (writer CC, released): a same-sex partner said in so many words
        r"\b(?:his|hans) (?:partner|kæreste) (?:is|er) (?:a man|en mand)\b|\b(?:her|hendes) (?:partner|kæreste) (?:is|er) "
        r"(?:a woman|en kvinde)\b|\bhis husband\b|\bher wife\b|"
        # round 32 (writer CQ, released): … or in a relative clause after "han/hun har en kæreste"
        r"\b(?:han|he)\b[^.!?]{0,40}\b(?:kæreste|partner|ægtefælle|samlever)\b,? (?:som|der|who) (?:også |also )?(?:er|is) (?:en |a )?(?:mand|man)\b|"
        r"\b(?:hun|she)\b[^.!?]{0,40}\b(?:kæreste|partner|ægtefælle|samlever)\b,? (?:som|der|who) (?:også |also )?(?:er|is) (?:en |a )?(?:kvinde|woman)\b",
        # round 23 (writer BI, released): the pronoun someone asks to be called by ("vil kaldes 'hen'", "goes by they/them")
        r"\b(?:kaldes|kaldt|omtales som|omtalt som|tiltales som|be called|be referred to as|goes by|go by|uses)\s+['\"‘’“”«»]?(?:hen|they|they/them|ze|xe|hen/hen)\b|\b(?:pronomen|pronoun)(?:et|s)? (?:hen|they/them)\b|"
        # round 29 (writer CF, released): the pronoun asked for in quotes ("har bedt os bruge 'de'", "asked us to use 'they'")
        r"\b(?:bruge|bruger|brug|sige|skrive|use|using|call (?:him|her|them))\s+['\"‘’“”«»](?:de|hen|they|them)['\"‘’“”«»]",
        # round 20 (red team r21 a): swinging
        (r"\bswinger\w*"),
        # round 18 (red team r17 half a): gender identity clinics by name
        r"\b(?:the )?tavistock\b|\bsexologisk klinik\b|\bcenter for kønsidentitet\b|\bgender (?:identity )?clinic\b",
        # round 27 (writer BX, released): the name someone was known by before, and asking to use the other sex's
        # toilet or changing room ("som vi tidligere kendte som Mads, har bedt om at blive kaldt Maja")
        r"\b(?:tidligere|før|førhen|engang|indtil nu|formerly|previously|once|until now) (?:\w+ ){0,2}?(?:kendt|kendte|kaldt|kaldte|"
        r"known|called) (?:som |as )?[\wæøå]+,? (?:\w+ ){0,6}?(?:kaldt|kaldes|hedde|called|known as|go by|goes by)\b|"
        r"\b(?:vil|ønsker at|har bedt om at|beder om at|må|wants to|asked to|has asked to|may) (?:\w+ )?(?:bruge|benytte|use) "
        r"(?:dame|herre|kvinde|mande|pige|drenge)(?:toilet|omklædning)\w*|\b(?:wants to|asked to|has asked to|may) use the "
        r"(?:women's|ladies'?|men's|gents'?|girls'?|boys'?) (?:toilets?|loos?|bathroom|changing rooms?)\b",
        # round 18 (writer AS, released): a first name changed, said of a colleague ("der før hed Mikkel og nu
        # hedder Mika", "used to be called Mark and is now Maria") — a change of gender identity
        (
            r"\b(?:før|tidligere|førhen|engang) hed [\wæøå]+,? (?:og )?(?:nu |i dag )?hedder [\wæøå]+|"
            r"\b(?:used to be called|was called|formerly known as|formerly called) \w+,? (?:and )?(?:is )?now (?:called |goes by )?\w+"
        ),
        # round 16 (red team r14 half a): a relationship of three
        (r"\bthrouple\b|\bin a triad\b|\btrekantsforhold\b"),
        # round 12 (released pool): attraction said plainly
        (r"\b(?:er|is) (?:til|into) (?:kvinder|mænd|piger|drenge|women|men|girls|guys)\b"),
        # round 8: dating apps and relationships in everyday words
        (
            r"\bgrindr\b|åbent forhold|open relationship|polyamor|"
            # writer S: sex with someone of the same sex, pronouns asked for
            r"\b(?:haft |have |had |has )?sex med en (?:anden )?(?:mand|kvinde)\b|\b(?:had |has |having )?sex with (?:another )?(?:man|men|woman|women)\b|"
            r"\bkaldt hen\b|\bhen/hen\b|\bthey/them\b|\b(?:sine|hans|hendes|nye) pronomen\w*|\b(?:his|her|their|new) pronouns\b|"
            r"(?:kan lide|tiltrukket af|går på|dater) både mænd og kvinder|(?:likes|into|dates|attracted to) both men and women"
        ),
        # round 7: a same-sex spouse said with the pronoun ("hun er blevet gift med sin kone")
        (
            r"\bhun\b[^.?!]{0,40}\b(?:sin|hendes) (?:kone|hustru|veninde og kone)\b|\bshe\b[^.?!]{0,40}\bher wife\b|"
            r"\bhan\b[^.?!]{0,40}\b(?:sin|hans) (?:mand|ægtemand)\b|\bhe\b[^.?!]{0,40}\bhis husband\b"
        ),
        # orientation
        (
            # round 6: "er til kvinder/mænd", "into guys"
            r"\ber til (?:kvinder|mænd|piger|drenge|begge køn)\b|\binto (?:guys|girls|men|women)\b|"
            r"homoseksu|homosexu|\bhomo\b|\bbøsse(?!\s+op\b)(?!n\s+(?:op|i|på|ved)\b)|lesbisk|lesbian|\blebbe|biseksu|bisexu|panseksu|"
            r"pansexu|aseksu|asexu|heteroseksu|heterosexu|\bgay\b|queer|lgbt|"
            r"seksualitet|sexuality|seksuel(?:le)? orientering|sexual orientation|sexliv|seksualliv|sex life"
        ),
        # gender identity
        (
            r"transkøn|transgender|\btrans\b|transkvinde|transmand|transperson|transseksu|transsexu|"
            r"nonbinær|non-binær|non-binary|nonbinary|kønsskift|skifte køn|sex change|sex-change|gender reassignment|skifter køn|kønsbekræftende|"
            r"kønsidentitet|gender identity|genderfluid|gender-fluid|genderqueer|agender|kønsflydende|kønsneutral|"
            r"changing (?:gender|sex)|(?:is|are|er) transitioning|gender transition|kønsmæssig\w* transition|"
            r"transitioner|\btransitioning\b|(?:her|his|their|hendes|hans|sin|social|medical|socialt|medicinsk) transition\b|identificerer sig som|identifies as|"
            r"født som (?:mand|kvinde|dreng|pige)|born (?:a )?(?:male|female|man|woman|boy|girl)|"
            r"assigned (?:male|female)|pronomen|pronouns|they/them|de/dem|\bhen/hen\b|"
            r"hormonbehandling|hormone (?:treatment|therapy)"
        ),
        # partner of the same sex, coming out
        (
            r"kæreste,? (?:som|der) også er (?:en )?(?:kvinde|mand)|(?:his|hans) boyfriend|"
            r"(?:her|hendes) girlfriend|married to a (?:man|woman)|gift med en (?:mand|kvinde)|"
            r"(?:de|they) er (?:to|begge) (?:mænd|kvinder)|(?:they are|they're) (?:both |two )?(?:men|women)\b|"
            r"begge (?:mænd|kvinder)|both (?:men|women)|samme køn|same-sex|same sex|"
            r"kommet ud som|kommer ud som|(?<!træerne er )(?<!træer er )(?<!blomsterne er )(?<!bøgen er )(?<!bladene er )(?<!knopperne er )sprunget ud|sprang ud|springer ud(?= som|[.,!?]|$| på| over)|"
            r"(?:came|come|coming|comes) out (?:as|to)\b|came out\b(?= (?:last|this|recently|at work))|"
            r"ud af skabet|out of the closet"
        ),
        # a romantic or sexual relationship of someone (sex life, art. 9): "Maja og Camilla er
        # kærester", "they are dating", "har et forhold til", "having an affair"
        (
            r"\ber kærester\b|\bvar kærester\b|blevet kærester|har et forhold (?:til|med)|"
            r"har (?:en )?affære|(?:are|were) (?:a couple|dating|together)\b|dating (?:each other|a )|"
            r"in a relationship with|having an affair|has an affair|sleeping with|går i seng med|"
            r"seeing each other\b|ser hinanden privat"
        ),
        # round 3: a same-sex spouse by a possessive pronoun, bisexuality, gendered facilities,
        # a former name
        (
            r"\bhans (?:mand|ægtemand)\b|\bhendes (?:kone|hustru)\b|\bhis husband\b|\bher wife\b|"
            r"\b(?:'s|is|er|she's|he's) bi\b|\bbi-?curious|"
            r"(?:drengenes|pigernes|herrernes|damernes|mændenes|kvindernes) (?:omklædningsrum|toilet|toiletter|bad)|"
            r"(?:boys'|girls'|men's|women's|ladies') (?:changing room|toilets?|locker room)|"
            r"(?:used to be|was (?:once|formerly)) called|hed tidligere|deadname|dead name|"
            r"vil (?:gerne )?kaldes\s+['\"‘“]?(?:de|hen|dem)\b|wants to be called\s+['\"‘“]?(?:they|them)\b|"
            r"(?:bruger|uses) (?:pronomenet|the pronoun)|"
            # a partner whose gender differs from the expected one, by the pronouns around it
            r"\bboyfriend\b[^.!?]*\b(?:him|his|he)\b|\b(?:he|he's|his)\b[^.!?]*\bboyfriend\b|"
            r"\bgirlfriend\b[^.!?]*\b(?:she|her|hers)\b|\b(?:she|she's|her)\b[^.!?]*\bgirlfriend\b"
        ),
    ],
    "political": [
        # round 30 (writer CK, released): standing for a list at an election, chairing a party's branch by its name, leafleting
        r"\bstiller op (?:for [\w-]+ )?(?:ved|til) (?:\w+)?valg\w*|\b(?:local |branch )?(?:chair|chairman|chairwoman|treasurer|secretary) "
        r"of the (?:local )?(?:[\w-]+ ){0,2}(?:left|right|party|greens|labour|liberals?|conservatives?|democrats?|socialists?)\b|"
        r"\bleafleting\b",
        # round 30 (writer CI, released): a seat on a party's board, a candidacy for a council for a party
        r"\b(?:local )?party board\b|\bboard of (?:his|her|their|the local|a local|the) (?:\w+ )?party\b|"
        r"\bpartiets (?:lokal)?bestyrelse\w*|\bbestyrelsen for (?:sit|hans|hendes|det lokale|et) (?:\w+ )?parti\w*|"
        r"\bcandidate for (?:the )?(?:\w+ )?council for\b|\bkandidat (?:til|i) (?:byrådet|kommunalbestyrelsen|regionsrådet) for\b|"
        # (round 31, writer CN, released) a candidate for a party, however the party is described
        r"\b(?:a |the )?(?:local |lokal )?(?:candidate|kandidat) for (?:a|the|et|partiet|det)\b[^.?!]{0,40}?\b(?:party|parti\w*)\b",
        # round 29 (red team r36 a, released): a vote by colour or party said of someone, activism for a movement or campaign
        r"\bstemmer (?:rødt|blåt|grønt|på (?:[\w-]+ ){0,2}(?:partiet|listen|venstre|socialdemokratiet|enhedslisten|de radikale))\b|"
        r"\b(?:er |is )?aktiv i (?:[\w-]+ ){0,3}(?:bevægelse\w*|parti\w*|nej til eu|folkebevægelsen)\b|"
        r"\b(?:slogans|leaflets|posters|plakater|løbesedler) (?:for|til) (?:the |a |en |et )?(?:[\w-]+ ){0,3}(?:campaign|party|kampagne\w*|parti\w*|bevægelse\w*)\b|"
        r"\bcampaign(?:s|ing|ed)? for (?:a |the |an )?(?:[\w-]+ ){0,2}(?:party|parti|candidate|kandidat|movement)\b|\bthe party['’]s posters?\b",
        # round 28 (red team r35 a): campaigning for a candidate
        r"\bleafleting for\b|\bdeler (?:valg)?løbesedler ud for\b|\bcampaigning for (?:the |a )?(?:[\w-]+ )?candidate\b",
        # round 27 (red team r33 a): activist groups by name
        r"\b(?:sidste generation|extinction rebellion|just stop oil|letzte generation)\b",
        # round 26 (writer BV, released): election material handed out, in the perfect
        r"\b(?:delt|uddelt|handed|given) (?:\w+ )?(?:valgmateriale|valgfoldere|campaign leaflets|election leaflets)\b|"
        r"\bvalgmateriale (?:for|fra) (?:et|sit|partiet|[\wæøå]+partiet)\b",
        # round 26 (writer BS, released): a candidate at an election
        r"\b(?:a |the )?candidate for (?:the )?[\w-]+(?: party)? (?:in|at) the (?:\w+ )?(?:election|elections)\b|"
        r"\b(?:standing|running) for (?:the )?[\w-]+(?: party)? (?:in|at) the (?:\w+ )?(?:election|elections)\b|"
        r"\b(?:stiller op|opstillet|kandidat) (?:for [\w-]+ )?(?:til|ved) (?:regionsrådsvalget|kommunalvalget|byrådsvalget|"
        r"folketingsvalget|europaparlamentsvalget|valget)\b",
        # round 24 (writer BN, released): a party's election material handed out
        r"\b(?:partiets|et partis|a party's|the party's) (?:valgmateriale|valgfoldere|foldere|pjecer|leaflets|flyers|campaign material)\b|"
        r"\b(?:deler|delte|uddeler|hands out|handed out|handing out) (?:\w+ )?(?:valgmateriale|valgfoldere|campaign leaflets|election leaflets)\b",
        # round 23 (red team r25 a): an office in a party's local branch, a local list, a demonstration
        # attended, leaflets handed out, a petition started — whatever the party or cause is called
        r"\b(?:kasserer|formand|næstformand|bestyrelsesmedlem|sekretær|treasurer|chair|chairman|secretary) (?:i|for|of|in) (?:\w+s |the \w+ )?(?:lokalafdeling|lokalforening|partiforening|vælgerforening|local branch|local party|constituency party)\w*\b|"
        r"\bborgerliste\w*|\b(?:stiller op|stillede op|runs? for|ran for|is standing) (?:til|for) (?:byrådet|kommunalbestyrelsen|regionsrådet|folketinget|kommunalvalget|the council|council|parliament|election)\b|"
        r"\b(?:was|were|var|went|gik|deltog) (?:(?:seen|spotted|photographed|filmed|set|spottet|fotograferet|filmet) )?"
        r"(?:at|på|til|to|i|with) (?:the |a |en |den |et )?(?:[\w-]+ )?(?:demonstration\w*|protest(?:march)?\w*|rally)\b|"
        # round 32 (writer CQ, released): a political leaning by its place on the wing
        r"\b(?:far|extreme|hard)[- ](?:right|left)(?:[- ]wing)?\b|\b(?:højre|venstre)(?:ekstrem|radikal|fløj)\w*|"
        r"\b(?:handing out|hands out|handed out|deler|delte|uddeler|uddelte|distributing) (?:\w+ )?(?:leaflets|flyers|pamphlets|løbesedler|foldere)\b|"
        r"\b(?:signed|underskrev|startede|started|starter) (?:a |the |en |et )?(?:petition|underskriftindsamling)\w*",
        # round 22 (writers BA, BB, released): a rally of a side, a seat on a council for a party
        r"\b(?:opposition|political|party|election|campaign|protest|anti-government|government) (?:rally|rallies|march)\b|\b(?:sits?|sat|sitting|serves?|served) (?:on|in) (?:a |the )?(?:local |town |city |municipal |regional |district |parish )?council for (?:his|her|their|a|the) (?:\w+ )?party\b|\bfor (?:his|her|their) party\b|\bfor (?:sit|hans|hendes) parti\b|\bsidder i (?:byrådet|kommunalbestyrelsen|regionsrådet|folketinget) for\b",
        # round 21 (red team r22 a): activism for a movement)
        r"\baktiv i (?:\w+)?bevægelsen\b|\bactive in the \w+ movement\b|\b(?:klima|climate)aktivist\w*|\bdeler (?:flyers|løbesedler) for\b",
        # round 19 (writer AV, released): collecting signatures or recruiting for a party or a list
        (
            r"\b(?:collect\w*|gather\w*|samle\w*|indsaml\w*) (?:\w+ ){0,2}(?:signatures|underskrifter|vælgererklæringer) "
            r"(?:for|til) (?:a |an |the |et |det |sit |his |her )?(?:new |nyt |ny )?(?:\w+ )?(?:party|parti\w*|list|liste\w*)\b|"
            r"\bvælgererklæring\w*|\b(?:recruit\w*|hverve\w*) (?:\w+ ){0,3}(?:to|til) (?:a |the |et |det )?(?:\w+ )?(?:party|parti\w*)\b"
        ),
        # round 18 (writer AS, released): a local branch of a party chaired or run by someone
        (
            r"\b(?:chairs?|chaired|chairing|leads?|runs?|sits? on the board of) (?:the )?(?:local )?(?:branch|constituency association|ward party) "
            r"of (?:a |the |his |her )?(?:\w+ )?(?:political )?party\b|\b(?:lokalformand|kredsformand)\b|"
            r"\bformand for (?:\w+ )?(?:lokalafdeling|partiforening|vælgerforening|kredsforening)\w*"
        ),
        # round 16 (writer AP): political posting named by its side
        (
            r"\b(?:posts?|posting|shares?|sharing|deler|poster|lægger) (?:[\w-]+ ){0,2}(?:political|politisk\w*|partipolitisk\w*|"
            r"pro-\w+|anti-\w+|højreorienteret|venstreorienteret|right-wing|left-wing) (?:content|posts?|opslag|indhold|material|materiale)\b"
        ),
        # round 8: demonstrations and activism
        (
            r"(?:medlem af|meldt ind i|member of|joined|stemmer på|votes? for|aktiv i|active in|stiller op for|runs? for) "
            r"(?:det |the )?(?:socialdemokratiet|venstre|dansk folkeparti|sf|socialistisk folkeparti|enhedslisten|"
            r"radikale venstre|radikale|konservative|konservative folkeparti|liberal alliance|nye borgerlige|alternativet|"
            r"moderaterne|danmarksdemokraterne|borgernes parti|kristendemokraterne|frie grønne|social democrats|"
            r"red-green alliance|danish people's party)\b|"
            r"demonstrerede|demonstrationen mod|demonstration (?:mod|for|imod)|protest march|"
            r"(?:went|go|goes) (?:on|to) (?:the |a )?(?:[\w-]+ ){0,2}(?:march|demo|protest)\b|"
            r"\bxr activist|extinction rebellion|klimaaktivist|climate activist|\baktivist|\bactivist"
        ),
        (
            r"(?:member of|joined|left|campaigns? for|active in|volunteers? for|canvass\w* for|votes? for) "
            r"(?:the )?(?!(?:staff|christmas|summer|office|leaving|birthday|works|xmas|team|retirement|farewell|welcome) )(?:[\w'’-]+ ){0,3}"
            r"(?<!staff )(?<!christmas )(?<!summer )(?<!office )(?<!leaving )(?<!birthday )(?<!xmas )(?<!team )party\b"
            r"(?! (?:committee|planning|group|budget|fund|team))|(?:medlem af|meldt ind i|meldt ud af|aktiv i|stemmer på) "
            r"(?:\w+ ){0,2}\w*parti(?:et)?\b|"
            r"partimedlem|party member|medlem af (?:partiet|\w+partiet)|politisk(?:e)? (?:overbevisning|"
            r"holdning|ståsted|aktiv|engagement)|political (?:views|opinions|beliefs|affiliation)|"
            r"stiller op (?:for \w+|til (?:byrådet|folketinget|regionsrådet|kommunalvalget|"
            r"regionsvalget|folketingsvalget|valget|kommunalbestyrelsen))|opstillet for|"
            r"kandidat for (?:\w+partiet|enhedslisten|venstre|socialdemokratiet|\bsf\b|\bdf\b|de \w+)|"
            r"(?:running|runs|standing|stands|ran|stood) for (?:the )?(?:council|mayor|parliament|"
            r"office|election|\w+ party|sf|df|venstre|labour)|"
            r"byrådskandidat|folketingskandidat|hovedbestyrelse|vælgerforening|løbesedler|"
            r"campaign(?:s|ing)? for (?:the )?(?:\w+ )?(?:party|labour|tories|democrats|republicans|election)|"
            r"stemmer på|stemte på|(?:voted|votes|vote) for (?:the )?(?:\w+ )?(?:party|labour|tories|"
            r"democrats|republicans|sf|df|venstre)|"
            r"socialdemokrat|enhedslist|de radikale|radikale venstre|de konservative|konservative folkeparti|"
            r"dansk folkeparti|\bdf\b|liberal alliance|moderaterne|danmarksdemokrat|alternativet|"
            r"nye borgerlige|kristendemokrat|socialistisk folkeparti|\bsf\b|frie grønne|"
            r"borgernes parti|labour party|\btory\b|\btories\b|\bdemocrats?\b|\brepublicans?\b|"
            # (round 25, red team r27 a) small and past parties, and any party someone is said to be in
            r"stram kurs|klaus riskær|veganerpartiet|fremskridtspartiet|kristeligt folkeparti|centrum-?demokrat\w*|"
            r"retsforbundet|\bukip\b|reform uk|green party|lib ?dems?|liberal democrats|\bsnp\b|plaid cymru|"
            r"\b(?:er med i|er medlem af|is (?:a )?member of|is in)\s+(?:det |the )?(?!(?:staff|christmas|summer|office|leaving|birthday|"
            r"xmas|team|julefrokost|sommerfest)\w*(?:partiet| party))\w+(?:partiet| party)\b(?! (?:committee|planning|group|budget))"
        ),
        # round 3: parties by name in English and Danish, youth wings, local party work
        (
            r"people's party|social democrats?\b|red-green alliance|\bthe conservatives\b|conservative party|"
            r"socialist people's party|(?:member of|for|joined|in) the greens\b|green party|denmark democrats|"
            r"the moderates|venstres ungdom|\bvu\b|konservativ ungdom|radikal ungdom|\bsfu\b|"
            r"youth wing|ungdomsparti|partiforening|valgplakat|election posters?|election leaflets|"
            r"canvass(?:es|ed|ing)?\b"
        ),
    ],
    "biometric": [
        (
            r"fingeraftryk|fingerprint|ansigtsscan|ansigtsgenkend|face scan|facial recognition|"
            r"biometri|biometric|\bdna\b|irisscan|iris scan|retina|stemmegenkend|voice print"
        ),
    ],
    "criminal": [
        # round 33 (red team r42 a): violence against a person in plain verbs ("slog min medarbejder", "punched a
        # colleague", "truede hende med en kniv"); touching colleagues against their will
        r"\b(?:slog|sparkede|kvalte|skubbede|nikkede en skalle til|punched|kicked|slapped|strangled|headbutted|assaulted|attacked)\s+"
        r"(?:min|mit|mine|vores|en|et|ham|hende|dem|my|our|a|an|him|her|them)\b(?:\s+(?:\w+\s+)?"
        r"(?:medarbejder\w*|kolleg\w*|pædagog\w*|assistent\w*|hjælper\w*|sygeplejerske\w*|chauffør\w*|colleague\w*|"
        r"staff|worker\w*|nurse\w*|driver\w*|carer\w*|teacher\w*|lærer\w*))?(?!\s+(?:op|til|fast|an|up|off|out)\b)|"
        r"\btruede\s+(?:\w+\s+){0,3}?med\s+(?:en\s+)?(?:kniv|pistol|våben|tæsk|bank)\b|\bthreatened\s+(?:\w+\s+){0,3}?with\s+a\s+(?:knife|gun|weapon)\b|"
        r"\brører ved (?:dem|hende|ham|os|kolleger\w*|pigerne|kvinderne)\b|\btouch(?:es|ed|ing)? (?:them|her|him|colleagues|the women)\b|"
        r"\bsends? (?:them|her|him) messages about (?:their|her|his) bod(?:y|ies)\b",
        # round 30 (writer CL, released): charged or arrested in the perfect or past passive, Danish charges
        r"\b(?:has been|have been|was|were|got|been) charged with\b(?! (?:leading|running|managing|organi[sz]ing|overseeing|"
        r"coordinating|the task|responsibility|planning))|\b(?:has been|have been|was|were|got) arrested\b|\bsigtet for\b|"
        r"\btiltalt for\b",
        # round 30 (red team r38 a, released): "inside" for prison; youth justice and safeguarding services by name
        r"\b(?:was|been|were) inside (?:for )?(?:\d+|a|one|two|three|four|five|six|several|many) (?:years?|months?)\b|"
        r"\bwas inside for\b|\byouth offending (?:team|service)\b|\b(?:attends|at|with|under) the yot\b|\bmarac\b",
        # round 29 (red team r37 a, released): a passport held by the police, an electronic tag, taking the employer's goods
        r"\b(?:passport|pas(?:set)?) (?:held|confiscated|taken|frataget|inddraget)\b|\b(?:fået|had) (?:sit |his |her )?pas(?:sport)? "
        r"(?:frataget|held|taken)\b|\b(?:is|he's|she's|was) (?:electronically )?tagged\b|\bfodlænke\w*|"
        r"\btaget (?:\w+ ){0,3}fra (?:lageret|arbejdet|depotet|værkstedet) med hjem\b|\btaken (?:\w+ ){0,3}home from (?:the )?(?:stores|depot|warehouse)\b",
        # round 29 (red team r36 a, released): an anti-social behaviour order, a case pending in court, bail
        r"\b(?:an|has an|had an|got an) asbo\b|\b(?:har|fik|har fået) en (?:rets)?sag (?:kørende )?(?:i|ved) (?:byretten|landsretten|retten)\b|"
        r"\b(?:on|out on|granted) bail\b|\bløsladt mod kaution\b|\b(?:court hearing|retsmøde) (?:next|on|i|på|om)\b",
        # round 28 (red team r35 a): an investigation or a suspicion pending, misconduct in plain words, a prison by its name,
        # the police at someone's home
        r"\bunder (?:undersøgelse|mistanke) for\b|\bunder (?:investigation|suspicion) for\b|\bbeing (?:looked at|investigated) for\b|"
        r"\bfalsifie[sd]\b|\bforfalsk\w*|\bbestikkelse\w*|\bbrib(?:e|es|ed|ery)\b|\bhmp [a-z]+\b|\b(?:siddet|sidder|sad) i vestre\b|"
        r"\bpolice (?:were|was|came|turned up) (?:at|to) (?:[\w'’]+ )?(?:house|home|flat)\b|\bpolitiet (?:var|kom) (?:hjemme )?hos\b",
        # round 28 (writer CC, released): taking money from a fund or a till
        r"\b(?:taking|took|takes|stealing|stole|steals|helping (?:himself|herself) to) (?:cash|money|funds) (?:from|out of)\b|"
        r"\b(?:tager|tog|har taget|stjæler|stjal) penge (?:fra|af|i|ud af)\b",
        # round 28 (red team r34 a): a young offenders' institution
        r"\byoung offenders'? institution\b|\bungdomsfængsel\w*|\bsikrede? institution\w*",
        # round 27 (writer BY, released): moved to the secure wing after a fight; receiving stolen goods
        r"\b(?:moved|sent|put) (?:to|into|in) (?:the )?(?:secure|closed|isolation|segregation) (?:wing|unit|cell)\b|\bhæleri\b|"
        r"\breceiving stolen goods\b",
        # round 27 (red team r32 a): someone's sentence or conviction
        r"\b(?:hans|hendes|sin|his|her|their) (?:dom|straf|fængselsstraf|betingede dom|ubetingede dom|conviction|prison sentence|"
        r"jail term|criminal record)\b",
        # round 27 (red team r32 a): a driving ban; an arrest in the definite
        r"\banholdelse(?:n|r|rne)?\b",
        r"\bdriving ban\b|\bbanned from driving\b|\bfrakendt (?:sit |sit kørekort|kørekortet)|\bkørselsforbud\b",
        # round 26 (red team r31 a): prison in idioms and by a named prison
        r"\b(?:sidder på statens regning|på statens regning|doing time|serving time|afsoner|afsoning\w*|\bhmp [a-z]+|her majesty's prison|"
        r"his majesty's prison|vestre fængsel|horserød|herstedvester|nyborg statsfængsel|statsfængsel\w*)\b|"
        # round 26 (writer BS, released): removed by the police
        r"\b(?:removed|escorted|taken away|led away|hauled off|picked up|arrested) by (?:the )?police\b|"
        # (round 26, red team r30 a) community service, probation, a tag and a curfew
        r"\b(?:community (?:order|service|payback)|unpaid work (?:order|on a community)|samfundstjeneste\w*|"
        r"(?:has|have|had|with|har|his|her|hans|hendes|sin) (?:a |an |en )?(?:probation officer|tilsynsførende)|"
        r"tilsynsførende (?:fra|i) kriminalforsorgen|on a tag|tagged and on (?:a )?curfew|fodlænke\w*|ankle tag)\b|"
        r"\b(?:fjernet|hentet|ført væk|ført bort|anholdt|afhentet|taget med) af politiet\b|"
        r"\bpolitiet (?:kom og )?(?:hentede|fjernede|anholdt|tog) (?:ham|hende)\b",
        # round 24 (red team r26 a): leaving a gang through an exit programme
        r"\b(?:biker gang|rocker(?:gruppe|klub|miljø)\w*|bandemiljø\w*|bande(?:medlem|miljø)\w*|gang member\w*)\b|"
        r"\b(?:exit ?programme|exit ?program|exitprogram\w*|bandeexit)\b",
        # round 22 (red team r23 a): buying or selling drugs
        r"\b(?:buying|bought|buys|selling|sold|sells|dealing) (?:weed|drugs|hash|cannabis|cocaine|coke|pills|speed|ecstasy)\b|\b(?:køber|købte|købt|sælger|solgte|solgt|handler med) (?:hash|stoffer|kokain|coke|piller|amfetamin|narko)\b",
        # round 22 (writers BA, BB, released): drink-driving in English
        r"\b(?:drink|drunk)[- ]?driving\b|\bdriving (?:while|whilst) (?:drunk|intoxicated|under the influence)\b|\bdriving under the influence\b",
        # round 21 (red team r22 a, writer AZ, released): prison idioms and release, a charge in the passive)
        r"\bsad inde\b|\bsiddet inde\b|\b(?:er|blev|bliver|været|var) (?:lige |netop |nu |just )?(?:blevet )?løsladt\b|\breleased from (?:prison|jail)\b|\bdid time\b|\bserved time\b|\bspent (?:a|two|three|\w+) (?:years?|months?) in (?:prison|jail|[A-Z][a-z]+ (?:prison|jail))\b|\ber blevet sigtet\b|\bblevet sigtet\b|\bhar en dom\b|\bfået en dom\b|\b(?:tager|tog|sniffer|bruger) (?:lidt |noget )?\"?(?:sne|snow|coke|kokain)\"?",
        # round 20 (red team r21 a): sentences served in the community and by tag, prison slang, an investigation
        (
            r"\bcommunity order\b|\bon a tag\b|\belectronic(?:ally)? tag\w*|\bfodlænke\w*|\bin the nick\b|\b(?:being|been|is) investigated for\b|\bunder investigation for\b|\bon remand\b|\bi varetægt\w*|\bvaretægtsfængsl\w*|\bsamfundstjeneste\b|\bkendt af politiet\b"
        ),
        # round 19 (red team r20 a): a sentence in slang and a suspended sentence
        (
            r"\b(?:doing|did|serving|served) (?:a )?(?:stretch|time|bird)\b|\ba stint inside\b|\bguest of (?:his|her) majesty\b|\b(?:fået|fik|har) en betinget(?: dom\w*)?(?=\s*[.,;:!?]|\s*$|\s+(?:for|på|i|og|and)\b)|\bbetinget dom\w*|\bsuspended sentence\b"
        ),
        # round 18 (red team r17 half a): drink-driving by its abbreviation
        r"\b(?:a |two |three |\d+ |several )?duis?\b(?! (?:process|team))",
        # round 16 (writer AO; red team r15 half a): drink at the wheel or the helm, a trial date
        (
            r"\b(?:sejle|sejlede|sejler|sejlet|køre|kørte|kører|kørt|cykle|cyklede) (?:\w+ )?fuld\b|"
            r"\b(?:drunk|drinking) (?:at the (?:wheel|helm)|in charge of)\b|"
            r"\bdomsforhandling\w*|\bretssag(?:en)? mod\b|\b(?:skal|er indkaldt) (?:\w+ )?i (?:by|lands)retten\b|"
            r"\b(?:in|at|before) the (?:magistrates'?|crown|district) court\b|\bindbrud\w*|\bburglary\b|dyremishandling|animal cruelty"
        ),
        # round 13 (writers AD, AE, released): a record said as one ("has a record for burglary", "a criminal
        # record"), probation said as the person's officer
        (
            r"\b(?:has|had|have|with|got) a (?:criminal |police )?record\b|\b(?:criminal|police) record\b|\ba record for \w+|"
            r"\bplettet straffeattest\b|\bstraffet for\b|\b(?:his|her|their|\w+'s) probation officer\b|\bprøveløsladt\w*|"
            r"\bkørt uden kørekort\b|\bkøre uden kørekort\b|\b(?:frataget|mistet) (?:sit |sin )?(?:kørekort|kortet)\b"
        ),
        # round 12 (released pool): a sentence served, an ankle tag, a weapon taken by the police
        (
            r"\bsiddet på statens regning\b|\bon (?:a |an )?(?:electronic )?tag\b|\bfodlænke\w*|\bankle (?:tag|monitor)\b|"
            r"\bfrataget (?:sit|sin|hans|hendes) (?:\w+)?våben\w*|\bweapons? (?:was |were )?(?:seized|confiscated)\b"
        ),
        # round 11 (writer AC, released): a certificate that is not clean
        (
            r"(?:børne|straffe)attest\w* [^.?!]{0,60}\b(?:er )?(?:ikke ren|plettet|med noget på|ikke blank)|"
            # (round 33, writer CS) a certificate that showed a case: "Børneattesten … viste en sag fra 2015"
            r"(?:børne|straffe)attest\w*\s+(?:[\w-]+\s+){0,6}?(?:viste|indeholdt|rummede|afslørede)\s+(?:en |et |to |flere )?"
            r"(?:gammel |gamle |ældre )?(?:sag|sager|anmærkning\w*|dom|domme|forhold|bøde)\b|"
            r"(?:criminal record|police check|dbs check|background check) (?:\w+ ){0,3}(?:is )?(?:not clean|came back (?:with something|flagged|positive))"
        ),
        # round 11 (writers V and Z): a certificate with a remark on it, the probation service
        (
            r"(?:børne|straffe)attest(?:en)? med (?:en )?anmærkning|anmærkning på (?:sin |hans |hendes )?(?:børne|straffe)attest|"
            r"(?:child protection|criminal record|police) (?:check|certificate) (?:with|showed|came back with) (?:a |an )?(?:remark|note|entry|conviction)|"
            r"\b(?:his|her|their|with (?:a|the)) probation officer|\b(?:sin|hans|hendes) tilsynsførende\b|"
            r"tilsynsførende (?:fra|i|hos) kriminalforsorgen|"
            # (round 18, red team r18) meetings with the probation service
            r"\bprobation (?:appointments?|meetings?|visits?)\b|\bmøder? (?:hos|i|med) kriminalforsorgen\b|"
            # (round 25, red team r27 a) a sentence and its conditions in everyday words: "got fourteen days for the thing
            # with the car", "is on licence until spring", "har fået udgang hver anden weekend"
            r"\b(?:got|gets|given|was given|fik|fået|får) (?:\w+ )?(?:days|weeks|months|years|dage|dages|uger|måneder|år)"
            r"(?= (?:for (?:the thing|that thing|what (?:he|she|they) did|det med|det der|hvad (?:han|hun) gjorde)|inside|"
            r"in prison|in jail|behind bars|i fængsel|i spjældet|ubetinget|betinget)\b)|"
            r"\bon licen[cs]e (?=until|till|for|since|and|after)|\b(?:har|fik|får|fået|har fået) (?:\w+ )?udgang\b|"
            # (round 25, writer BQ) caught taking what is not theirs: "caught on CCTV siphoning diesel from the depot tank"
            r"\bcaught (?:\w+ ){0,4}(?:stealing|siphoning|pocketing|nicking|taking money|taking cash|shoplifting|fiddling)\b|"
            r"\b(?:taget|grebet|fanget|filmet) i at (?:stjæle|tappe|tage penge|hugge|snyde)\b|\bsiphon\w* (?:\w+ )?(?:diesel|fuel|petrol|benzin)\b|"
            # (round 25, red team r29 a) a court's first hearing, police questioning, a claim fiddled
            r"\bgrundlovsforhør\w*|\bquestioned by (?:the )?police\b|\bafhørt af politiet\b|\bfiddl\w* (?:\w+ )?(?:his|her|their) (?:\w+ )?"
            r"(?:claims?|expenses|mileage|timesheets?|books)\b|\bfiflet med (?:sin|sit|sine) (?:\w+ )?(?:kørselsgodtgørelse|"
            r"timesedler|regnskab|udlæg|bilag)\w*"
        ),
        # round 10 (writers R and W): the corrections system's own words for a person's status —
        # an inmate, a release on parole or probation for an offence, a stalking case with the police
        (
            r"\bden indsatte\b|\bindsatte (?:på|i) (?:afdeling|afsnit|fængsl|arrest)|\binmate\b|"
            r"prøveløsl\w*|løsladelsesplan\w*|\bløslad(?:t|es) (?:fra|efter) (?:fængsl|arrest|afsoning)\w*|released from (?:prison|jail|custody)|"
            r"\bon parole\b|\bparoled\b|parole (?:officer|board|hearing|conditions)|\bon probation for (?!(?:the |a |an |another |\w+ )?(?:first |next |more )?"
            r"(?:\d+|one|two|three|four|six|twelve|months?|weeks?|years?|a while|the (?:role|job|post|position))\b)|"
            r"stalkersag|stalker[ -]sag|(?:has|have|had|har|fået) (?:a |en )?stalker\b|being stalked|stalked by|stalket af|bliver stalket|"
            r"(?:for|of|with|committed) arson|brandstift\w*"
        ),
        # round 8: English and Danish everyday words for a caution, a sentence served, fiddling
        (
            r"cautioned by (?:the )?police|got a (?:police )?caution|(?:did|done|served) (?:\w+ ){0,2}(?:months|years) inside|"
            r"\bsat inde\b|siddet inde|afsonet|afsoner|fiddl\w+ (?:his|her|the|their) (?:expenses|books|timesheets?)|"
            r"\banmäld\w*|misshandel|\bgripen\b|häktad|"
            r"fusker? med (?:sine|hans|hendes|kørsels|time)\w*"
        ),
        (
            # round 6: registers, cautions, a lost licence after drinking, taking money
            r"sex offenders? register|sexualforbryderregist|caution for (?:possession|assault|theft)|"
            r"mistede (?:sit |kørekortet|kørekort)|lost (?:his|her) (?:driving )?licen[cs]e|"
            r"(?:har )?(?:taget|tage|tager|tog) penge (?:fra|af|i|op af) (?:kassen|kasse|kollegerne|firmaet)|took money (?:from|out of) the (?:till|cash)|"
            r"straffeattest|criminal record|(?<!be)(?<!for)dømt|\bdom(?:men)? for|fået en dom|fik en dom|"
            r"en dom\b|domfæld|(?<!with )(?<!great )(?<!real )(?<!deep )convict|sentenced|sigtet|sigtelse|charged with(?! (?:organi[sz]|arrang|plann|running|leading|the task|responsib|\w+ing\b))|tiltal|anholdt|arrest|"
            r"varetægt|politianmeld|anmeldt (?:til|for)|meldt til politiet|reported to (?:the )?police|"
            r"politisag|fængsel|fængsl|prison|jail|siddet inde|sidder inde|\bafson|fodlænke|"
            r"ankle (?:monitor|tag)|\bbøde[rn]?\b|\bfined\b|a fine for|got a fine|vold(?!som|gift)|"
            r"violen(?:ce|t)|assault|slår (?:ham|hende|dem|børnene|barnet|sin|sine|konen|manden)|"
            r"(?:far|mor|faren|moren) slår|slog (?:ham|hende|dem|barnet|børnene|sin)|"
            r"\bhits?\b (?:his|her|the) (?:wife|kids|children|partner|husband)|"
            r"tyveri(?!alarm|sikr|forsikr)|\bstjal|stjæler|\bstjæle\b|\bstole (?:from|money|the|a|an|his|her|their|cash|goods)\b|\bsteals?\b|theft|shoplift|røveri|robbery|"
            r"hærværk|vandal|underslæb|embezzl|bedrageri|fraud|svindel|narkotika|narkohandel|"
            r"drug dealing|spritkørsel|spirituskørsel|promillekørsel|drunk driving|drink[- ]driving|"
            r"\bdui\b|frakendt|kriminel|criminal|straffet|straffesag|voldtægt|\brape|overgreb|"
            r"sexual assault|blotter|i retten|court case|on trial|prøveløsladt|"
            r"samfundstjeneste|community service"
        ),
        # round 3: police and court events and everyday offences
        (
            r"promille|stoppet (?:af politiet|med \d)|picked up by (?:the )?police|taken in by (?:the )?police|"
            r"politiet (?:kom|blev tilkaldt|hentede|har hentet|afhørte|ransagede)|police (?:were|was) called|"
            r"called the police on|under efterforskning|efterforskes|being investigated|under investigation|"
            r"investigated (?:by|for)|(?:suspended|prison|jail|custodial) sentence|betinget (?:dom|fængsel)|"
            r"bødeforlæg|fartbøde|speeding (?:fine|ticket)|klip i kørekortet|"
            r"caught (?:\w+ ){0,2}(?:stealing|taking(?! the last| a (?:nap|break)| the lift| photos| pictures| notes)|shoplifting|"
            r"with (?:drugs|a knife))|\bstealing\b|\bstjålet\b|"
            r"spjældet|afsonet|afsoner|fængslet|knivstik|stabbed|slåskamp|\boverfald(?:et|s)?\b|assaulted|"
            r"anmeldelse (?:til|hos) politiet|politianmeldelse|politirapport|police report|"
            r"retsmøde|court (?:hearing|date)|\bin custody\b|did time|served time|doing time|"
            r"(?:for|was|were|been) dealing\b|dealt drugs|drug dealer|\bpusher\b"
        ),
    ],
    "social_case": [
        # round 33 (red team r42 a): a social case by its document or service ("en udsættelsesbegæring", "a care plan from
        # the council", "a support worker from the council")
        r"\budsættelsesbegæring\w*|\bcare plan\b|\bsupport worker from\b|\b(?:has|have|got|har|fået) (?:a |en )?(?:support worker|bostøtte\w*|støttekontakt\w*)\b",
        # round 32 (red team r41 a): a social-law section standing for the benefit or the placement ("har fået bevilget
        # § 96 BPA", "bor på et § 107-tilbud", "får hjælp efter § 83"), protection status, bailiff cases, seizure
        r"(?<![\d.])§ ?(?:32|36|41|42|44|45|50|51|52|54|58|76|81|82|83|84|85|86|94|95|96|97|98|99|100|101|102|103|104|105|"
        r"107|108|110|111|112|113|114)(?:\s?a|\s?b)?(?!\d)(?:-tilbud\w*|-bolig\w*|-forløb\w*|-undersøgelse\w*|-ordning\w*)?"
        r"(?![.,]\d)(?!\s*(?:i|in|of|af) (?:arbejdsmiljø|funktionær|ferie|forvaltnings|offentligheds|persondata)\w*)|"
        r"\bsection (?:17|20|47)\b(?= (?:support|assessment|accommodation|plan|child|care))|"
        r"\b(?:midlertidig |temporary )?(?:beskyttelsesstatus|protection status)\b|\budlændingestyrelsen\b|\bimmigration (?:office|service|interview)\b|"
        r"\bfogedretten\b|\bfogeden\b|\budlæg i (?:sin|sit|hans|hendes|deres)\b|\bbailiffs?\b|\bseized (?:his|her|their)\b",
        # round 31 (writer CM, released): a crisis centre in English, as "krisecenter" and "women's shelter" below
        r"\b(?:lives|living|staying|stays|moved|moving|is) (?:\w+ ){0,2}(?:in|into|at|to) (?:a|the) (?:women'?s )?crisis cent(?:re|er)\b",
        # round 30 (writers CK, CL, released): benefits cut, a child left alone at night
        r"\b(?:benefits?|ydelse\w*|kontanthjælp\w*|dagpenge\w*|allowance) (?:were|was|has been|have been|er blevet|blev) "
        r"(?:cut|stopped|sanctioned|reduced|stoppet|nedsat|trukket|frataget)\b|\b(?:is|was|are|were|being|gets?) left alone "
        r"(?:at night|overnight|for days|all night)\b|\bladt alene (?:om natten|hjemme om natten|i flere dage)\b",
        # round 30 (red team r38 a, released): children removed, contact visits, a child-in-need plan, a pupil referral unit
        r"\bfået (?:børnene|sine børn|sit barn|barnet|ungerne) fjernet\b|\bhad (?:his|her|their) (?:kids|children|child) "
        r"(?:taken|removed)\b|\bhar samvær (?:med|hver)\b|\bcin plan\b|\bchild in need plan\b|\bchild protection plan\b|"
        r"\bpru (?:place|placement)\b|\bpupil referral unit\b",
        # round 28 (red team r35 a): benefits by their names, no fixed abode, selling a street paper
        r"\bseniorpension\w*|\buniversal credit\b|\bpersonal independence payment\b|\b(?:gets|on|receives|claims) pip\b|"
        r"\buden fast bopæl\b|\bsælger hus forbi\b|\bsells? the big issue\b",
        # round 28 (writers CC, CD, released): seen at a food bank, supervised contact with a child
        r"(?:(?<=\bat the )|(?<=\bat a ))food ?bank\b|\bi madbanken\b|\bfødevarebank\w*|\bmadbank\w*|\bovervåget samvær\w*|"
        r"\bsamvær\w*[^.?!]{0,60}\b(?:overvåget|under opsyn)\b|\bsupervised (?:contact|visits?|access)\b",
        # round 28 (red team r34 a): a referral to children's services
        r"\b(?:been |was |were |is )?referred to (?:the )?(?:children's|child|family) (?:services|social care|social services)\b",
        # round 27 (writer BZ, released): reported to the municipality over one's children
        r"\breported (?:him|her|them) to (?:the )?(?:municipality|council|social services|child protection)\b|"
        r"\b(?:underrettet|anmeldt) (?:ham|hende|dem)? ?(?:til )?kommunen\b|\blavet en underretning (?:om|på)\b",
        # round 27 (red team r32 a): a resource programme or work assessment in English
        r"\b(?:resource|work capability|work ability) (?:programme|program|course|assessment)\b|\bon (?:benefits|welfare|the dole)\b",
        # round 27 (writer BX, released): negative or honour-related social control, forced marriage
        r"\b(?:æresrelatere\w*|negativ(?:e)? social(?:e)? kontrol|social kontrol fra (?:familien|sin familie|hendes familie|hans familie)|"
        r"honou?r[- ](?:related|based) (?:violence|control|conflict|abuse)|negative social control|tvangsægteskab\w*|"
        r"forced marriage|gift bort|married off|gift mod (?:sin|hendes|hans) vilje|married against (?:her|his|their) will)\b",
        # round 26 (writers BU, BV, released): children arriving unwashed and hungry, foster care
        r"\b(?:unwashed|uvaskede?|beskidte?|dirty) (?:and|og) (?:hungry|sultne?)\b|\b(?:hungry|sultne?) (?:and|og) (?:unwashed|uvaskede?|"
        r"beskidte?|dirty)\b|\b(?:arrives?|arrived|kommer|kom|møder|mødte) "
        r"(?:\w+ ){0,3}(?:unwashed|uvaskede?|uden mad|without (?:food|breakfast|lunch))\b|"
        r"\b(?:kommet|anbragt|placeret|er|is|was|went|gone) (?:i|into|in) (?:familiepleje|plejefamilie|netværkspleje|foster care)\b|"
        r"\bfoster (?:family|home|parents)\b|"
        # round 26 (writer BS, released): contact with one's child withdrawn
        r"\b(?:har|have|får|fik|has|had) (?:ikke (?:længere |mere )?|intet |ingen )samvær\b|"
        # (round 26, red team r30 a) a family therapist from the municipality visits
        r"\bfamiliebehandler\w*|\bfamily (?:support )?worker visits\b|\bfamilierådgiver\w* (?:kommer|besøger)\b|\bmistet (?:sit |retten til |sin ret til )?samvær\b|"
        r"\b(?:lost|no longer (?:has|have)) (?:his |her |their )?(?:visitation|contact) rights\b",
        # round 24 (red team r26 a): food aid, money that does not last the month
        r"\bpengene (?:ikke slår til|ikke rækker|ikke strækker)\b|\b(?:can't|cannot|can not) make ends meet\b|"
        r"\b(?:food ?bank|fødevarebank\w*|madhjælp\w*|madkasse\w* fra)\b|\bhenter mad (?:hos|fra) (?:kirkens korshær|frelsens hær|\w+ (?:korshær|hær))\b",
        # round 22 (writer BC, released): rent unpaid, the bailiff
        r"\bfogedsag (?:på|mod|varslet)\b|\bfogedsagen\b|\b(?:har|fik|fået) (?:en |sin )?fogedsag\b|\bvarslet (?:en )?fogedsag\b|\bhuslejerestance\w*|\bhuslejen (?:er )?ikke (?:blevet )?betalt\b|\bikke betalt (?:sin |hans |hendes )?husleje\w*|\bunpaid rent\b|\brent arrears\b|\beviction notice\b",
        # round 22 (writers BA, BB, released): violence at home in everyday words
        r"\b(?:bliver|blev|er blevet|bli'r) (?:\w+ )?slået (?:derhjemme|hjemme|af (?:sin|sit|hendes|hans) (?:mand|kone|kæreste|partner|samlever|far|mor|søn))\b|\bpartnervold\b|\b(?:gets|got|is being|was|is) (?:\w+ )?(?:hit|beaten) (?:at home|by (?:her|his|their) (?:husband|wife|partner|boyfriend|girlfriend))\b|\b(?:her|his|their) (?:husband|wife|partner|boyfriend|girlfriend) (?:hits|beats|abuses) (?:her|him|them)\b|"
        # (round 31) a child hit by a parent at home: "says his father hits him", "hendes mor slår hende"
        r"\b(?:her|his|their) (?:father|mother|dad|mum|mom|stepfather|stepmother|stepdad|parents?) (?:hits?|beats?|abuses?|hurts?) (?:her|him|them)\b|"
        r"\b(?:hans|hendes|deres) (?:far|mor|stedfar|stedmor|forældre|fars kæreste|mors kæreste) (?:slår|tæsker|sparker|slog|tævede) (?:ham|hende|dem)\b",
        # round 20 (red team r21 a): financial administration and guardianship, help with rent, a young person in care
        (
            r"\bøkonomisk administration\b|\bunder administration\b|\bværge(?:n|r|mål\w*)?\b|\blegal guardian\w*|\bguardianship\b|\bhjælp til (?:huslejen|sin husleje|hans husleje|hendes husleje)\b|\bhelp with (?:the |his |her |their )?rent\b|\b(?:is|was|has been) in care\b|\bin (?:foster|local authority) care\b"
        ),
        # round 18 (red team r17 half a): a debt relief order, legal aid for the socially vulnerable
        r"\b(?:on|has|got) a dro\b|\bdebt relief order\b|\bden sociale retshjælp\b|\bsociale retshjælp\b",
        # round 18 (writer AS, released): children left alone
        (
            r"\b(?:boys?|girls?|kids|children|child|børn\w*|drenge\w*|pige\w*)\b[^.?!]{0,30}\b(?:are|is|were|was|bliver|er|var) "
            r"(?:left|efterladt) (?:home )?alone\b|\b(?:alene hjemme|passer sig selv) (?:om natten|hele natten|om aftenen)\b"
        ),
        # round 16 (red team r15 half a): benefits by slang
        (
            r"\bon (?:the )?(?:social|dole|benefits|welfare)\b|\bclaims? (?:benefits|universal credit|jobseeker'?s allowance)\b|"
            r"\bis on universal credit\b|\bpå (?:bistand|overførselsindkomst|kontanthjælp|sygedagpenge)\b|"
            # (round 18, red team r18) benefits lost
            r"\b(?:lose|loses|lost|losing|mister|mistede|miste[tr]?) (?:his|her|their|sin|sine|sit) (?:benefits|ydelse\w*|"
            r"kontanthjælp\w*|dagpenge|sygedagpenge|bostøtte|boligstøtte|housing benefit)\b"
        ),
        # round 18 (red team r18, half a): debt counselling for someone
        (
            r"\b(?:brug for|fået|får|henvist til|hjælp fra) (?:en |sin )?gældsrådgiv\w*|\b(?:needs?|needed|got|sees|saw) (?:a )?debt (?:adviser|advisor|counsell?or)\b"
        ),
        # round 13 (red team r13, half a): rent someone cannot pay
        (
            r"\b(?:kan ikke|kunne ikke|ikke kan|ikke kunne|can't|cannot|couldn't|could not) (?:længere |no longer )?(?:betale|pay) (?:sin |sit |his |her |the )?(?:husleje\w*|rent)\b"
        ),
        # round 12 (released pool): help from a charity, a caseworker of one's own, no food at home
        (
            r"\bkirkens korshær\b|\bfrelsens hær\b|\bsalvation army\b|\bfood ?bank\w*|\bmadbank\w*|"
            r"\b(?:has been given|has got|got|now has|har fået|har nu) (?:a|an|en) (?:[\w-]+ ){0,2}"
            r"(?:benefits officer|caseworker|case worker|social worker|crime worker|support worker|sagsbehandler|"
            r"socialrådgiver|kontaktperson|bostøttemedarbejder|mentor fra kommunen)\b|"
            r"\b(?:has|have|har) (?:no|ikke noget|ingen) (?:food|mad) (?:at home|derhjemme|hjemme)\b|"
            r"\b(?:sleeps|sover) (?:all day|hele dagen)\b"
        ),
        # round 12 (writer AB, released): neglect told by its signs, a report of concern in English
        (
            r"\b(?:report|reports|notification) of concern\b|\b(?:usually|always|often|tit|altid|ofte) (?:hungry|sulten)\b|"
            r"\b(?:leaves|lader) (?:him|her|them|ham|hende|dem) (?:\w+ ){0,4}(?:alone|alene|all day|hele dagen|every day|hver dag)\b|"
            r"\bikke tør (?:tage |gå )?hjem\b|\b(?:is|are) (?:afraid|scared) to go home\b"
        ),
        # round 8: credit records, benefits and help by their everyday names
        (
            r"betalingsanmærkning|\brki\b|universal credit|food parcels?|madposer? fra|temporary accommodation|"
            # writer S: eviction in words, residence status
            r"\b(?:sat|smidt) ud af (?:sin|sit|hans|hendes|deres) (?:lejlighed|bolig|hus|værelse)|\bevicted\b|"
            r"opholdstilladelse|\basylansøg\w*|\bflygtningestatus|\budvisning\w*|\budvist\b|residence permit|"
            r"\basylum (?:seeker|application|claim|interview|case|hearing)|\basylsamtale|\basylsag|refugee status|\bdeport(?:ed|ation)\b|"
            r"hjemløseherberg|nødbolig|midlertidig bolig|familieafdelingen|har en sag (?:i|hos) (?:familie|social|børne)"
        ),
        (
            # round 6: charities and schemes, children in kinship care, borrowing money
            r"mødrehjælpen|frelsens hær|kirkens korshær|food bank|revalidering|støttekontaktperson|"
            r"(?:børn|barn|kids|children) i pleje hos|kinship care|skyldnere|låner penge|borrows? money|"
            # round 6: a social worker or caseworker of one's own, benefits received, unpaid rent,
            # money taken from a person, violence in a relationship
            r"(?:has|have|got|gets) (?:a |her |his |their )?(?:own )?(?:social ?worker|case ?worker)|"
            r"har (?:fået )?(?:en |sin )?(?:egen )?(?:sagsbehandler|socialrådgiver)\b|"
            r"benefits? top-?up|(?:gets?|receives?|getting|receiving) (?:\w+ ){0,2}benefits?\b|"
            r"ikke (?:har )?betalt (?:sin |hendes |hans |deres )?husleje|(?:hasn't|has not|didn't|did not) paid? (?:the |her |his )?rent|"
            r"tager (?:hendes|hans|deres) (?:pension|penge|opsparing)|tak(?:es|ing) (?:her|his|their) (?:pension|money|savings)|"
            r"voldelig(?:e)? (?:skilsmisse|partner|kæreste|mand|kone|forhold|ægteskab)|violent (?:divorce|partner|husband|wife|relationship|marriage)|"
            r"anbring|anbragt|placed in care|in foster|foster (?:care|home|family|parents)|underretning|"
            r"\bneglect\b|neglected (?:child|children|kids|twins|son|daughter|boy|girl|baby)|omsorgssvigt|"
            r"børnefaglig|§ ?50|plejefamilie|plejebarn|aflastningsfamilie|kontanthjælp|"
            r"sanktion|sanction|arrears|huslejerestance|restance|lønindeholdelse|gæld(?!e\b|er\b|end)|\bdebts?\b|inkasso|debt collect|bailiff|(?<!havne)(?<!skov)(?<!sogne)(?<!by)fogeden|\brki\b|"
            r"hjemløs|homeless|herberg|forsorgshjem|sover i (?:sin |sin egen )?bil|"
            r"\b(?:slog|slår|tæsker|tævede|sparkede) (?:moren|faren|mor|far|sin kone|sin mand|sin kæreste|konen|manden|"
            r"børnene|barnet)\b|\b(?:hit|hits|beat|beats|beating) (?:his wife|her husband|the mother|the father|their mum|their mom|"
            r"the kids|the children)\b|politiet (?:var|kom) (?:\w+ )?(?:hjemme hos|ud til) (?:dem|familien|hende|ham)|"
            r"police (?:came|were called|went) (?:\w+ )?to (?:their|the family's|her|his) (?:home|house|flat)|"
            r"sleeping in (?:his|her|their) car|sættes ud|sat ud|smidt ud af|(?:tvangs|foged)udsættelse|udsættelse (?:af|fra) (?:\w+ )?(?:lejlighed|bolig|lejemål|hjem)\w*|udsættelsessag|evict|"
            r"tvangsfjern|(?:frataget|fjernet|taget fra) (?:\w+ )?(?:sine|sit|hendes|hans|deres) (?:\w+ )?(?:børn|barn|søn|datter)|"
            r"taken into care|children (?:removed|taken)|lost custody|omsorgssvigt|neglect|vanrøgt|blå mærke|bruises|vold i hjemmet|"
            r"domestic (?:violence|abuse)|krisecenter|women's shelter|forældremyndighed|custody|"
            r"skilsmisse|divorc|(?:blevet|er) skilt\b|bostøtte|førtidspension|fleksjob|"
            r"ressourceforløb|jobafklaring|sygedagpenge|dagpenge|welfare benefit|social assistance|"
            r"on benefits|sickness benefit|child protection|boligstøtte|familiesammenføring|"
            r"opholdstilladelse|udvisning|\bdeport|residence permit|løntilskud|aktivering|ydelseskontor|"
            r"food bank|fødevarebank|kommer sulten|uden madpakke|socialsag|social case|"
            # round 29 (red team r36 a, released): no money for food, stateless, sleeping in a car in the past tense
            r"\b(?:har|have|has) ikke råd til (?:mad|husleje|medicin|tandlæge)|can'?t afford (?:food|the rent|rent|to eat)|"
            # round 29 (red team r37 a, released): tolerated stay, leave to remain, a youth benefit, a debt adviser seen, pay docked
            r"\btålt ophold\b|\bleave to remain\b|\bungeydelse\w*|\bsees (?:the |a |her |his )?(?:council'?s )?debt advis[eo]r\b|"
            r"\b(?:pay|wages|løn(?:nen)?) (?:was |were |got |has been |blev )?(?:docked|trukket|nedsat)\b|\bhad (?:his|her|their) pay docked\b|"
            r"\bstatsløs\w*|\bstateless\b|\b(?:sovet|slept|has been sleeping) i (?:sin|sit|hans|hendes) (?:bil|varevogn)\b|"
            r"\b(?:slept|has been sleeping) in (?:his|her|their) (?:car|van)\b|"
            r"sagsbehandler(?:en)? på (?:hans|hendes)|"
            # (round 33, writer CT) homelessness in everyday words: where someone sleeps that is no home, and no money at all
            r"\bsover (?:nu |stadig |om natten )?(?:i (?:en |et |sin |sit )?(?:[\w-]*hytte|campingvogn|skur|telt|trappeopgang\w*|kælder(?:en)?)|"
            r"på (?:gaden|en bænk|bænke|gulvet hos|sofaen hos|skiftende sofaer)|hos (?:skiftende )?(?:venner|en ven|bekendte))\b|"
            r"\bsleeps? (?:rough|in (?:a|his|her|the) (?:shed|tent|caravan|stairwell|allotment \w+)|on (?:the streets?|a bench|friends'? sofas?|a friend'?s sofa))\b|"
            r"(?<!vi )(?<!we )(?<!de )(?<!they )\b(?:har|has) (?:ingen|no) (?:penge|money)\b(?! (?:til|for|to|i|in|left in) )|\bpenniless\b|\bflat broke\b|"
            # (round 25, writer BR) wages taken for debt
            r"\bwages (?:are |were |is |being |have been )*garnished\b|\bgarnish(?:ment|ed|ing)\b|attachment of earnings|lønindeholdelse\w*|"
            r"\bccj\b|county court judgment|\bsleeping in (?:his|her|their) (?:van|car)\b(?! (?:during|on|in) (?:the |his |her |their )?(?:lunch ?)?breaks?)|\bsover i (?:sin|sit) (?:bil|varevogn)\b|"
            r"\bfamilieretshuset\b|\bfamily court\b|\bretssag\w* om (?:hans|hendes|sin|sit|sine) (?:søn|datter|børn|barn)\b|"
            # (round 25, red team r27 a) a scheme's abbreviation and care received at home, said of someone
            r"\b(?:er|is|går) (?:i|på|on|in) (?:\w+ )?(?:jaf|føp|fleksjob\w*|seniorpension)\b|"
            r"\b(?:får|fik|fået|modtager|gets|got|receives|is on|has) (?:\w+ )?(?:hjemmehjælp|hjemmepleje|madordning|mad udbragt|"
            r"meals on wheels|home help|home care|a carer|personal care)\b"
        ),
        # contact restrictions from police, court or the municipality
        (
            r"tilhold|kontaktforbud|opholdsforbud|samværsforbud|overvåget samvær|støttet samvær|"
            r"restraining order|no-contact order|supervised (?:contact|visits?)|"
            r"(?:må ikke|ikke må|not allowed to|isn't allowed to|is not allowed to|banned from|forbudt at) "
            r"(?:længere )?(?:hente|se|kontakte|besøge|komme i nærheden af|pick up|see|contact|visit|"
            r"go near)(?: \w+){0,2} (?:sit barn|sine børn|sin søn|sin datter|his|her|their|the child|"
            r"the children|barnet|børnene)"
        ),
        # round 3: housing — eviction, arrears, homelessness, staying with others, shelters
        (
            r"smidt ud|sat på gaden|kicked (?:him|her|them) out|thr(?:ew|own) (?:him|her|them) out|thrown out of|"
            r"mistet (?:sin|sit|deres) (?:bolig|lejlighed|hus|hjem)|lost (?:his|her|their) (?:flat|home|house|apartment|housing)|"
            r"(?:ingen|uden) (?:fast )?(?:adresse|bolig|sted at bo|tag over hovedet)|"
            r"no (?:fixed )?(?:address|abode|place to live|roof over)|"
            r"couch-?surf|sofa-?surf|sover (?:på sofaen |på gulvet )?hos |"
            r"sleep(?:s|ing)? (?:at|on|in) (?:friends'|a friend's|his \w+'s|her \w+'s) (?:places?|sofa|couch|floor)|"
            r"sleeps? in (?:his|her|their) (?:car|van)(?! (?:during|on|in) (?:the |his |her |their )?(?:lunch ?)?breaks?)|sover i (?:sin|sine|en) (?:bil|varevogn)|"
            r"(?:bor|boet|living|lives|staying|stays) (?:\w+ ){0,2}(?:på|i|in|at) (?:et |a )?(?:vandrehjem|herberg|hostel)|"
            r"\bshelter\b(?! for)|\brefuge\b|kvindehus|botilbud|tvangsauktion|forced sale|repossess|foreclos|"
            r"skylder (?:\w+ ){0,3}(?:husleje|penge|skat|skattestyrelsen|kreditorer|banken|\d)|"
            r"owes? (?:\w+ ){0,2}(?:money|rent|tax|\d|the bank|his landlord|her landlord)|"
            r"husleje(?:n)? (?:\w+ ){0,2}(?:restance|skyld|ubetalt)|behind (?:on|with) (?:the |his |her )?(?:rent|payments|bills)|"
            r"can't (?:make|pay) (?:the |his |her )?rent|eviction|evicted|fogedforretning"
        ),
        # money — debt, collection, garnishment, benefits and schemes
        (
            r"kviklån|payday loans?|forbrugslån|gældssanering|debt relief|personlig konkurs|bankrupt|"
            r"trukket i lønnen|træk i lønnen|garnish|registreret i rki|dårlig betaler|bad credit|"
            r"uddannelseshjælp|integrationsydelse|selvforsørgelses|enkeltydelse|boligsikring|"
            r"housing (?:benefit|allowance|support)|flex ?job|wage subsidy|early retirement pension|"
            r"disability pension|unemployment benefit|jobseeker'?s allowance|universal credit|social security|"
            r"on (?:a )?(?:benefits?|welfare)|på (?:kontanthjælp|dagpenge|overførselsindkomst)"
        ),
        # family — care orders, institutions, family treatment, contact, custody, fleeing violence
        (
            r"sikret (?:institution|afdeling)|secure (?:youth |children's )?(?:unit|institution|home)|"
            r"døgninstitution|opholdssted|anbringelsessted|børnesag|familiebehandling|"
            r"social services (?:are|is|were|got) involved|socialforvaltningen (?:er|har)|"
            r"(?:notification|report) to (?:the )?social services|(?:reported|notified) (?:to )?(?:the )?social services|"
            r"samvær med (?:sin|sine|hans|hendes) |samværs(?:ordning|weekend|aftale|sag)|\btil samvær\b|"
            r"skilsmissesag|familieretshus|(?:ved at |skal )?bl(?:i|iver)ve? skilt|getting (?:a )?divorced?|"
            r"going through (?:a |the )?divorce|"
            r"mærker,? (?:efter|der ligner|som ligner) (?:slag|vold)|ligner slag|marks? (?:that look like|from) "
            r"(?:blows|beatings|being hit)|fled (?:to|from) (?:a |the |her |his )?(?:\w+ )?(?:husband|wife|partner|centre|center|refuge|shelter)|"
            r"flygtet fra (?:sin|hans|hendes)|"
            r"(?:his|her|their) (?:son|daughter|kids|children|child) (?:is|are|was|were) (?:in|at) (?:a |an )?"
            r"(?:secure|foster|care|youth)"
        ),
    ],
    "hr_case": [
        # round 33 (red team r42 a): a suspension in plain words ("bedt X om at blive hjemme, mens vi undersøger", "asked
        # to stay at home on full pay until …") and a warning abbreviated ("fået en adv.")
        r"\b(?:bedt|bad|beder|sendt|sendte)\s+(?:\w+\s+){0,4}?(?:om at\s+)?(?:blive|holde sig|gå)\s+hjem(?:me)?\b[^.?!]{0,40}\b(?:mens|indtil|til)\b|"
        r"\b(?:asked|told|sent)\s+(?:\w+\s+){0,4}?(?:to\s+)?(?:stay|remain|go)\s+(?:at\s+)?home\b[^.?!]{0,40}\b(?:while|until|pending|on full pay)\b|"
        r"\b(?:fået|fik|give|giver|gav|givet)\s+(?:en\s+)?(?:skriftlig\s+|mundtlig\s+|sidste\s+)?adv\.",
        # round 32 (red team r41 a): a personnel sanction told by its effect — pay, an allowance, duties, keys or tasks
        # taken away — and a place on a redundancy list
        r"\bfrataget (?:sin|sit|sine|hans|hendes)\b|\b(?:har |fik |fået )?(?:sin|sit|sine|hans|hendes) \w+ frataget\b|"
        r"\bmistet (?:sit|sin|sine) \w*(?:tillæg|ansvar|opgaver|nøgle\w*|adgang)\b|\bnedsat i løn\b|\blønnedgang\b|"
        r"\bstripped of (?:his|her|their)\b|\b(?:salary|pay|wages?) (?:was |were |got |has been |have been )?docked\b|"
        r"\bhad (?:his|her|their) (?:salary|pay|wages?) docked\b|\blost (?:his|her|their) [\w-]*(?: [\w-]+)? (?:allowance|bonus|supplement)\b|"
        r"\bredundancy (?:list|shortlist)\b|\b(?:på|on) (?:the )?(?:listen|sparelisten|afskedigelseslisten|the list)\b[^.?!]{0,40}\b"
        r"(?:ryger|afskediges|fyres|skal gå|skal ud|go|be let go|made redundant)\b|\b(?:afskedigelses|spare)listen\b",
        # round 31 (writers CM, CN, released): complaints said of the person in a relative clause or counted before a
        # plan; an admitted breach of duty
        r"\b(?:som|der|that|who|whom) (?:\w+ ){0,3}(?:har|have|has|had|havde) (?:\w+ )?(?:klaget|complained) (?:over|about)\b|"
        r"\befter (?:\w+ )?(?:\d+|to|tre|fire|fem|flere|gentagne) (?:\w+ )?klager\b|\bafter (?:\w+ )?(?:\d+|two|three|four|five|several|repeated) (?:\w+ )?complaints\b|"
        r"\b(?:admitted|confessed to|owned up to|indrømmet at have|indrømmede at have|tilstod at have|tilstået at have) "
        r"(?:\w+ ){0,2}(?:copying|faking|falsifying|forging|fiddling|padding|stealing|taking|skipping|kopieret|forfalsket|"
        r"fusket|stjålet|taget|snydt|sprunget over|pjækket)\b",
        # round 30 (writer CL, released): a warning in Swedish
        r"\b(?:skriftlig|muntlig) varning\b|\bfått en varning\b",
        # round 30 (red team r38 a, released): reprimanded in idiom, sent home indefinitely
        r"\bhauled over the coals\b|\bcarpeted by\b|\bgot a dressing[- ]down\b|\bsendt hjem på ubestemt tid\b|"
        r"\bsent home (?:indefinitely|until further notice)\b",
        # round 30 (writer CJ, released): lying about or cheating with one's hours or absence
        r"\b(?:løjet|lyver|løj|lyvet) om (?:sine|sin|sit|hans|hendes) (?:\w+ )?(?:timer|fravær|sygdom|arbejdstid|kørsel|timeseddel|overarbejde)\b|"
        r"\blie[sd]? about (?:his|her|their) (?:\w+ )?(?:hours|timesheets?|absence|sickness|mileage|overtime)\b|"
        r"\bsnydt med (?:sine |sin |sit )?(?:timer|timesedlen|timesedler|kørsel\w*|arbejdstid\w*)\b",
        # round 28 (red team r35 a): misconduct without HR words — the council's card for private purchases, pictures of a
        # resident shared, filmed shouting at a citizen, moved to other tasks after complaints, the fraud team's interview
        r"\bkommunens (?:kredit)?kort til private\b|\bcouncil'?s (?:credit )?card for (?:private|personal)\b|"
        r"\bsendt billeder af en (?:beboer|borger|patient|elev)\b|\bfilmet\b[^.?!]{0,40}\bmens (?:hun|han) råbte\b|"
        r"\bsat til andre opgaver efter\b|\bfraud team\b",
        # round 28 (writer CD, released): late a counted number of times
        r"\b(?:late|for sent) (?:\w+ ){0,2}(?:\d+|two|three|four|five|six|seven|eight|nine|ten|to|tre|fire|fem|seks|syv|otte|"
        r"ni|ti) (?:times|gange)\b",
        # round 28 (writer CC, released): letting someone go, a probation review, a contract not extended
        r"\blade (?!det\b|den\b|os\b|være\b)(?:[\w-]+ ){1,3}gå(?= efter| på grund| pga| nu\b|[.,?!]|$)|\bprobation review\b|"
        r"\bprøvetidssamtale\w*|\bnot (?:to )?(?:extend|renew)(?:ing)? (?:his|her|their) (?:contract|probation)\b|"
        r"\bikke (?:at )?forlænge (?:hans|hendes|deres) (?:kontrakt|ansættelse|prøvetid)\b",
        # round 28 (writer CA, released): a plan for someone's shortcomings ("en handleplan for manglende tempo")
        # round 29 (red team r36 a, released): notice of dismissal given or proposed
        r"\b(?:er |blevet )?(?:varslet|indstillet til) (?:en )?(?:afsked\w*|opsigelse|bortvisning)\b|\bpartshøring om (?:afsked|opsigelse)\b|"
        r"\b(?:ending|terminating|end) (?:[\w-]+['’]s |his |her |their )employment\b|\b(?:trial|probation(?:ary)?) period (?:runs|ends|is up)\b|"
        r"\b(?:handleplan|handlingsplan|udviklingsplan|forbedringsplan|opfølgningsplan|action plan|improvement plan)\w* (?:for|on|about|om) "
        r"(?:manglende|for lav\w*|for langsom\w*|dårlig\w*|lack of|poor|insufficient|low)\b",
        # round 27 (writers BY, BZ, released): a performance improvement plan, letting someone go after the probation
        r"\bperformance improvement plan\b|\bforbedringsplan\w*|\blade (?:\w+ ){1,2}gå (?:efter|i|under) prøvetiden\b|"
        r"\blet (?:\w+ ){1,2}go (?:after|during|at the end of) (?:the |his |her )?probation\b",
        # round 26 (red team r31 a): a dressing-down
        r"\b(?:dressing-?down|bollocking|told off by|skideballe|en opsang|reprimande|reprimand(?:ed)?)\b",
        # round 26 (writers BU, BV, released): a formal meeting booked with someone, their union asked to attend
        r"\b(?:formal|disciplinary|formelt|formel) (?:meeting|møde|samtale) (?:with|med) (?:him|her|ham|hende)\b|\btjenstlig samtale\b",
        # round 26 (writers BS, BT, released): a plan made for someone, complaints about someone, falling behind,
        # a threat against staff
        r"\b(?:handleplan|handlingsplan|udviklingsplan|opfølgningsplan|action plan|improvement plan)\w*\b[^.?!]{0,40}\bfor (?:ham|hende|him|her)\b|"
        # round 29 (writer CE, released): not getting through one's own cases or tasks
        r"\b(?:ikke|aldrig|sjældent) når (?:sine|sin|hans|hendes) (?:sager|opgaver|mål|deadlines?|tal)\b|"
        r"\b(?:doesn't|does not|never|can't|cannot) (?:get through|keep up with|finish) (?:his|her|their) (?:cases|caseload|tasks|targets)\b|"
        r"\b(?:der er|er blevet|blev|bliver) klaget over (?:ham|hende)\b|\b(?:has been|was|were|have been) complained about\b|"
        r"\b[\w-]+'s (?:\w+ )?complaints? from (?:tenants|residents|citizens|parents|patients|customers|users|neighbours|colleagues)\b|"
        r"\b(?:halter|hænger) (?:langt |meget |fortsat |stadig )?bagefter\b|\b(?:is|keeps|has been) (?:falling|lagging) behind with (?:his|her)\b|"
        r"\btruet med at (?:melde|anmelde|slå|sagsøge)\b|\bthreatened to (?:report|sue|hit|hurt|kill)\b",
        # round 24 (writer BN, released): a performance plan for someone
        r"\bperformance (?:improvement )?plan\b|\bpræstationsplan\w*|\bforbedringsplan\w*",
        # round 24 (red team r26 a): a measure inside a text to send — access or a code blocked, taken off shifts
        # pending HR, hours cut for conduct, told not to come in while something is looked into
        r"\b(?:adgang\w*|alarmkode\w*|kode\w*|access\w*|login|key ?card)\b[^.?!]{0,30}\b(?:er|bliver|is|will (?:stay|be)|stays|has been) "
        r"(?:spærret|lukket|blocked|suspended|revoked|frozen|deactivated|disabled)\b|"
        r"\bpending (?:hr|an? (?:inquiry|review|audit|hearing)|the (?:inquiry|review|audit|hearing))\b|"
        r"\bwhile the (?:audit|investigation|inquiry|review) (?:of|into) (?:his|her|their)\b|"
        r"\b(?:hours|timer|vagter|shifts) (?:are being|is being|bliver|er blevet|have been|has been) (?:cut|reduced|skåret ned|reduceret)\b"
        r"[^.?!]{0,30}\b(?:because of|på grund af|pga\.?) (?:his|her|their|hans|hendes|deres)\b|"
        r"\b(?:remove|fjern|tag) \w+ (?:from|fra|af) (?:all|alle)\b[^.?!]{0,40}\b(?:with immediate effect|med øjeblikkelig virkning|pending|indtil videre)\b|"
        r"\bskal ikke (?:møde ind|møde på arbejde|komme ind|komme på arbejde)\b[^.?!]{0,30}\b(?:i morgen|før|indtil|vi ringer)\b|"
        r"\b(?:samtale|møde) med [^.?!]{0,40}\b(?:og|and) (?:sin|hans|hendes|his|her) (?:tillidsrepræsentant|bisidder|union rep\w*)\b",
        # round 23 (red team r25 a): a measure taken against someone after an incident, without HR words — a
        # role or a right taken away, sent home until an investigation, keys handed in, not made permanent
        r"\bikke længere (?:skal |må |kan )?(?:være|have|lede|køre|stå for|undervise|passe)\b[^.?!]{0,60}\b(?:efter|pga\.?|på grund af)\b|"
        r"\b(?:won't|will not|is not going to|isn't going to|no longer|not going to) (?:be )?(?:leading|lead|supervising|supervise|running|managing|teaching|driving|in charge of)\b[^.?!]{0,60}\b(?:any ?more|after|following|because of)\b|"
        r"\b(?:hand in|return|give back|handed in|returned) (?:his|her|their) (?:keys|badge|pass|access card|key card)\b|\baflevere (?:sine|sin|sit) (?:nøgler|nøglekort|adgangskort|kort)\b|"
        r"\buntil the investigation\b|\bpending (?:an|the) investigation\b|\bindtil (?:undersøgelsen|sagen) er\b|\bfri med løn,? indtil\b|\bfritaget for tjeneste\b|"
        r"\bikke (?:bliver|blive) fastansat\b|\b(?:bliver|blev) ikke fastansat\b|\b(?:won't|will not|isn't going to) be (?:made permanent|kept on)\b|"
        r"\bfrataget\b[^.?!]{0,40}\b(?:retten|adgangen|tilladelsen)\b",
        # round 23 (red team r25 a): misconduct told as a story — the employer's things sold or kept, a relative's
        # firm given work, citizens' data taken home, one's own pay changed, the till fiddled
        r"\b(?:solgt|sælger|solgte|sold|selling|sells)\b[^.?!]{0,25}\b(?:kommunens|skolens|regionens|arbejdspladsens|firmaets|institutionens|the (?:council|school|municipality|company|hospital|trust|depot)'?s)\b|"
        r"\bkeep(?:ing|s)? the (?:cash|money|proceeds)\b|\bbeholdt pengene\b|\bfiddl\w* (?:with )?the (?:till|books|accounts|expenses|figures)\b|\bcook(?:ed|ing)? the books\b|"
        r"\b(?:sin|sit|hans|hendes) (?:søsters|brors|fars|mors|svogers|svigerindes|kones|mands|sons|datters|kærestes|families) (?:firma|virksomhed|selskab)\b|"
        r"\b(?:his|her|their) (?:sister's|brother's|father's|mother's|wife's|husband's|son's|daughter's|partner's|family's) (?:firm|company|business)\b|"
        r"\bborgerdata\b[^.?!]{0,40}\bprivat\w*|\b(?:citizens'?|residents'?|patients'?|clients'?) (?:personal )?data\b[^.?!]{0,40}\b(?:private|personal|own) (?:usb|laptop|phone|e-?mail|drive)\b|"
        r"\b(?:ændret|ændrede|rettet|rettede) (?:sin|sit|sine) egen (?:løn|timeseddel|timer|tillæg)\b|\bchanged (?:his|her|their) own (?:pay|salary|wages|timesheet|hours)\b|"
        r"\b(?:doing|does|did|done) (?:his|her|their) (?:online |private )?(?:trading|shopping|gambling|betting|side business)\b[^.?!]{0,25}\b(?:during|in) work(?:ing)? hours\b",
        # round 22 (writers BE, BF, released): complaints counted, a collaboration ended, probation extended
        r"\b(?:\d+|to|tre|fire|flere|several|two|three|four) klager (?:fra [\w-]+ )?over\b|\b(?:stoppe|ophøre|afslutte|opsige) samarbejdet\b|\b(?:end|terminate) (?:the|our) (?:collaboration|contract) with (?:him|her)\b|\bforlænget prøvetiden\b|\bprøvetiden forlænget\b|\bforlænge (?:hans|hendes|sin) prøvetid\b",
        # round 22 (writers BC, BD, released): output measured against the others
        r"\b(?:laver|lavede|når|nåede|gennemfører|klarer) kun (?:halvt så mange|halvt så meget|halvdelen så mange)\b|\b(?:does|did|completes|manages|handles) only half as many\b|\bhalf as many \w+ as the (?:others|rest)\b",
        # round 33 (writer CT): a contract said not to be renewed in the passive: "at hendes kontrakt ikke bliver forlænget"
        r"\b(?:kontrakt|ansættelse|vikariat|tidsbegrænsede ansættelse)\w*\s+ikke\s+(?:bliver\s+|blive\s+|skal\s+|vil\s+blive\s+)?forlænge[st]?\b|"
        # round 22 (red team r23 a): a personnel case without its HR words — a contract not renewed, a
        # probation extended or failed, a last chance given, a duty or an access withdrawn after an incident
        r"\bforlænger ikke (?:\w+s|hans|hendes|sin|sit) (?:vikariat|kontrakt|ansættelse|tidsbegrænsede \w+)\w*|\b(?:not|won't|aren't|are not|we're not|we are not|isn't) (?:going to )?renew(?:ing)? (?:his|her|their|\w+'s) (?:fixed-term |temporary |short-term )?(?:contract|post|appointment)\b|\bnot (?:to )?confirm (?:his|her|their|\w+'s) (?:appointment|post|position)\b|\bforlænget (?:sin|sit|hans|hendes) prøvetid\b|\bextend(?:ed|ing)? (?:his|her|their) probation\b|\bfail(?:ed|s)? (?:his|her|their) probation\b|\bbestod ikke (?:sin|hans|hendes) prøvetid\b|\bone more (?:no-show|strike|mistake|late arrival|slip|incident) and (?:he|she|they)(?:'s|'re| is| are) out\b|\bsidste gang,? (?:han|hun) [^.?!]{0,40}\bellers er det slut\b|\bfrataget (?:ansvaret|opgaverne|opgaven|adgangen|nøglerne|sin adgang|sit ansvar)\b|\b(?:taken|removed|stood down) (?:off|from) (?:the rota|duties|duty|the trips|trips|the team)\b|\bmå\b[^.?!]{0,40}\bikke længere (?:være alene|tage med|køre|arbejde alene|have ansvaret)\b|\bcan'?t go on (?:any )?(?:trips|outings|visits) until\b|\bnot allowed to be alone with\b",
        # round 21 (writer AZ, released): a performance process and repeated errors)
        r"\b(?:start|begin|open|initiate|indlede|starte|åbne)\w* (?:a |an |et |en )?(?:formal )?(?:performance|capability|improvement|præstations|performance-)(?:[ -]?(?:process|procedure|plan|review|case|forløb|sag|samtale))\b|\bkeeps? making (?:errors|mistakes)\b|\blaver (?:hele tiden|konstant|igen og igen|gentagne gange) fejl\b",
        # round 20 (red team r21 a): a tightened follow-up, a last chance
        (r"\bskærpet (?:forløb|opfølgning)\b|\bsidste chance\b|\blast chance\b"),
        # round 16 (writer AO; red team r15 half a): a negotiated departure and the process before it,
        # dispensing errors counted, a person called to a talk again
        (
            r"\bexit package\b|\bsettlement agreement\b|\bcompromise agreement\b|\bseverance (?:pay|package|deal)\b|"
            r"\bfratrædelses(?:ordning|aftale|godtgørelse|pakke)\w*|\bcapability (?:process|procedure|hearing|meeting)\b|"
            r"\bfejldispenser\w*|\bfejlmedicin\w*|\bmedicineringsfejl\w*|\bmedication errors\b|"
            r"\b(?:har været|været|er kaldt|kaldt|er indkaldt) til (?:en |endnu en |\w+ )?samtale (?:to|tre|fire|flere|\d) gange\b|"
            r"\bnæste indkaldelse\b"
        ),
        # round 13 (red team r13, half a): leave during an investigation, a meeting about someone's errors
        (
            r"\bgarden leave\b|\b(?:indkaldt|called in|summoned) (?:til|to) (?:et |a |en )?(?:møde|samtale|meeting)\b[^.?!]{0,30}\b"
            r"(?:fejl|errors|mistakes|adfærd|conduct|performance)\b|\b(?:sine|hans|hendes|his|her|their) (?:mange |many )?(?:fejl|errors|mistakes)\b"
        ),
        # round 13 (writers AE, AF, released): a plan to improve someone's performance
        (
            r"\b(?:put|putting|place|placing) (?:him|her|them|\w+) on an? (?:performance )?(?:improvement plan|pip)\b|"
            r"\b(?:performance|improvement) plan for (?:him|her|them)\b|\bforbedringsplan for (?:ham|hende|dem)\b|"
            # (round 15, writer AM) "vi har sat Henrik … på en forbedringsplan", "ends her employment"
            r"\b(?:sat|sætte|sætter|sættes|placeret)\b[^.?!]{0,50}\bpå (?:en )?(?:forbedringsplan|skærpet opfølgning)\b|"
            r"\b(?:ends?|ending|terminates?|terminating) (?:his|her|their) employment\b|"
            r"\bperformance[- ](?:issues?|problems?)\b|\b(?:ikke lever|lever ikke) op til (?:\w+ )?(?:kravene|målene|forventningerne|\w+målene|\w+kravene)\b|"
            r"\b(?:isn't|is not|aren't|not) (?:\w+ )?good enough\b|\b(?:full of|riddled with) (?:errors|mistakes)\b"
        ),
        # round 12 (released pool): complaints told about the person, a dismissal in their past,
        # work output measured against the team
        (
            r"\b(?:have|has|had) complained (?:about|that) (?:our |their |my )?(?:[\w-]+ ){0,2}(?-i:[A-ZÆØÅ])|"
            r"\bnamed (?:our |my |their )?(?:[\w-]+ ){0,3}(?-i:[A-ZÆØÅ])[\w-]+(?: [A-ZÆØÅ][\w-]+)? in (?:their |several )?complaints?\b|"
            r"\b(?:utilfredse?|unhappy|dissatisfied) (?:med|with) (?-i:[A-ZÆØÅ])|"
            r"\b(?:er|blev|is|was) (?:blevet )?indberettet\b|\bgot sacked\b|\bwas sacked\b|\bblev fyret fra\b|"
            r"\b(?:output|produktion|productivity) is (?:half|a third|far below)\b|\bnår kun halvdelen af\b|"
            r"\b(?:laver|makes) (?:konstant|constantly|hele tiden|always) (?:fejl|mistakes|errors)\b|"
            r"\b(?:har fået|fik|received|has received|got|has had) (?:sin|hans|hendes|his|her|en|a|an) (?:\w+ )?(?:klage|complaint)\b|"
            r"\bwarning letters?\b|\badvarselsbrev\w*|\bdismissal letters?\b|\bafskedigelsesbrev\w*|"
            r"\b(?:consistently|constantly|always) late\b"
        ),
        # round 12 (writer AA, released): a named person's work not getting done, told as a habit
        # ("får aldrig sine ruter færdige", "never finishes his rounds", "glemmer hele tiden at …")
        (
            r"\b(?:får|gør|bliver) aldrig (?:sine|sit|sin|hans|hendes|\w+) (?:\w+ )?(?:færdig\w*|lavet|gjort)\b|"
            r"\bnever (?:finishes|completes|gets|does) (?:his|her|their) (?:\w+ )?(?:done|finished|rounds|routes|work|tasks|shifts?)\b|"
            r"\b(?:glemmer|forgets) (?:altid|hele tiden|konstant|always|constantly|all the time) (?:at|to)\b"
        ),
        # round 11 (writer AC, released): too slow, or twice the average, at one's own work
        (
            r"\b(?:er|is) (?:simpelthen |alt |just |simply |far )?(?:for|too) (?:langsom|slow)\b|"
            r"\b(?:dobbelt|tre gange|halvt) så (?:højt|lavt|langsomt|mange|få|lang tid) som (?:gennemsnittet|de andre|resten)\b|"
            r"\b(?:twice|three times|half) (?:as (?:slow|long|high|many)|the (?:average|others))\b"
        ),
        # round 11 (writer Z): absence told as a pattern of missed days or shifts, a no-show
        (
            r"\b(?:missed|misset|skipped|skippet|pjækket fra) (?:\w+ ){0,2}(?:mondays|fridays|shifts|vagter|mandage|fredage|"
            r"workdays|arbejdsdage|mødedage)\b|\budebl(?:ev|iver|evet)\b|"
            r"\b(?:sine|hans|hendes|his|her|their) (?:\w+ )?(?:journaler|notater|sager|rapporter|records|notes|reports|cases) "
            r"(?:er|is|are) (?:\w+ )?(?:fulde? af fejl|full of (?:errors|mistakes))"
        ),
        # round 10: a named person on the list of those to be let go
        (
            r"redundancy list|lay-?off list|(?:top|head) of the (?:cut|firing) list|fyringslisten|afskedigelseslisten|"
            r"sparelisten over (?:medarbejdere|navne)"
        ),
        # writer S: complaints received, a dismissal under way, sexual messages or remarks
        (
            # writers T and U: complaints filed, a warning meeting, the weakest on the team
            r"\b(?:filed|lodged|made|raised|submitted|indgivet|sendt) (?:\w+ )?(?:complaints?|klager?) (?:about|against|over)\b|"
            r"\bwarning (?:meeting|interview)\b|\badvarsels(?:møde|samtale)|\bthe weakest (?:on|in) the team\b|"
            r"\bden svageste på holdet\b|\bforgets bookings\b"
        ),
        (
            r"\b(?:fået|har fået|haft|received|got|had|has had) (?:\w+ ){0,2}(?:klager|complaints)\b|"
            r"\bdismissing\b|\bin the middle of (?:a |the )?dismissal\b|"
            r"\bsexual (?:messages|comments|remarks|advances|texts|jokes)\b|\bseksuelle (?:beskeder|kommentarer|tilnærmelser|sms)|"
            r"\bsex(?:ede|ed)? (?:\w+ )?(?:beskeder|messages)\b|\btouched (?:her|him) (?:arm|leg|back|inappropriately)|"
            r"\brørt (?:ved )?(?:hende|ham) (?:upassende|på låret)|\bsovet på vagt|\bslept on (?:duty|shift)|\bsleeping on duty\b"
        ),
        # round 9 (writer Q): warnings counted, cases past their deadline, output below the rest,
        # rough handling of those in one's care
        (
            r"\b(?:had|has had|have had|received|got|fået|haft|har fået) (?:\w+ ){0,2}(?:warnings|advarsler)\b|"
            r"\bmiss(?:es|ed|ing)? (?:every|each|all|alle|hver|most) (?:\w+ )?deadline|"
            r"\b(?:sager|cases|opgaver|tasks) (?:\w+ ){0,2}over (?:fristen|frist|deadline)|\bover (?:the )?deadline on (?:\d+|many|most)|"
            r"\bleverer (?:\w+ )?(?:ikke|ingenting|intet)\b|\b(?:output|production|produktion) (?:is|er) (?:\w+ )?(?:below|under)|"
            r"\b(?:hårdhændet|hårdhændede)\b|\b(?:being |was |is )?rough (?:with|during|on|handling)|\brough handling\b|"
            r"\bcomplain(?:ed|s|t)? about (?:\w+ ){0,3}(?:being|for being)\b|"
            r"\bklage[rt]? over (?:\w+ ){0,3}(?:for at være|for at have)\b"
        ),
        # round 8: reprimands and exits in idioms, poor performance in everyday words
        (
            r"complaint (?:\w+ ){0,4}about (?:his|her|their) (?:tone|conduct|behaviou?r|attitude|language|manner)|"
            r"klage (?:\w+ ){0,4}over (?:hans|hendes) (?:tone|opførsel|adfærd|sprogbrug)|"
            r"(?:colleagues|kolleger\w*) (?:have |has |har )?(?:complained|klaget) (?:about|over) (?:him|her|ham|hende)|"
            r"below standard|under niveau|not delivering|leverer ikke|(?:cases|sager) (?:are|er) \w+ (?:months|måneder) (?:behind|bagud)|"
            r"\blangsom og laver fejl|laver fejl i \w+ hele tiden|(?:de andre|the others) er trætte af (?:ham|hende)|"
            r"irettesættelse|løftet pegefinger|final written|written up|walked out of the building|escorted out|"
            r"miss(?:es|ing|ed)? (?:\w+ )?deadlines|misser (?:\w+ )?deadlines|struggling to keep up|kan ikke følge med i sine|"
            r"lav kvalitet i (?:sine|hans|hendes) (?:sager|opgaver)|(?:clients|citizens|borgerne) (?:keep )?complain(?:s|ing)? about (?:him|her)|"
            r"borgerne klager over (?:ham|hende)|laver ikke sit arbejde|(?:doesn't|does not) do (?:his|her) job|"
            r"lyver om (?:det|sine|hvad)|lies about (?:it|his|her)"
        ),
        (
            # round 6: non-renewal, dismissal and discipline in paraphrase, UK slang
            r"ikke forlænget (?:sin |hans |hendes )?(?:ansættelse|kontrakt)|won't have (?:his|her|their) contract (?:extended|renewed)|"
            r"ikke længere ansat (?:pga|på grund|fordi)|no longer employed (?:here )?(?:due|because)|"
            r"flyttet til en anden afdeling efter klager|moved to another (?:team|department) after complaints|"
            r"\bsacked\b|gardening leave|performance managed|samtale om (?:sin|hans|hendes) opførsel|"
            r"conversation about (?:his|her) conduct|"
            # round 6: an accusation, and dismissal of someone named
            r"accused of|anklaget for|beskyldt for|suspected of|mistænkt for|"
            r"dismiss(?:ed|ing)? (?:[\w'-]+ ){1,3}for\b|"
            r"advarsel(?!\w* (?:ud )?om (?!(?:ham|hende|sin|sit|hans|hendes)\b))|(?:a|an|her|his|final|written|verbal|formal|first|second|third|last) warning(?! (?:about|of) (?!(?:him|her|his|their)\b))|"
            r"warning letter|tjenstlig(?:e)? samtale|afskedig|opsig|opsagt|sagt op|bortvis|\bfyre(?!r op| op|de op)|"
            r"\bfyret|\bfyring|suspender|suspended|fritstil|hjemsendt|degrader|demot|påtale|"
            r"partshøring|disciplinær|disciplinary|tjenestemandssag|sygefravær|fravær(?! af)|"
            r"fraværssamtale|sygesamtale|omsorgssamtale|§ ?56|56-aftale|krænk|harass|chikane|mobbet|"
            r"mobning|bullied|bullying|misconduct|dismiss(?:ed|al|ing)? (?:him|her|them|for)|"
            r"being dismissed|was dismissed|dismissal|\bfired\b|\bfire (?:him|her|them)|"
            r"terminated|termination|let go(?! of)|grievance|absence(?! of)|sick days|"
            r"performance improvement|løntræk|trukket i løn|firmakort\w* privat|"
            r"klage over (?:ham|hende)|complaint against|personalesag|"
            r"(?:kommer|kom|mødt|møder) for sent (?:\w+ )?(?:\d+|ni|flere|mange|tre|fire|fem|seks|gentagne) gange|"
            r"late (?:\w+ )?(?:three|four|five|several|many|\d+) times|"
            # round 7 (writer L, half a): poor performance and the talks it has brought
            r"laver (?:\w+ )?(?:mange|for mange|flere|grove|gentagne) fejl|makes? (?:\w+ )?(?:too many|many|repeated|serious) "
            r"mistakes|(?:fået|haft|holdt) (?:en|to|tre|flere|gentagne|\d) (?:\w+ )?samtaler? (?:om|med hende om|med ham om)\b|"
            r"(?:had|been given|got) (?:two|three|several|repeated|\d) (?:\w+ )?(?:talks|conversations|meetings) about\b|"
            r"underperform|dårlige præstationer|poor performance|"
            r"klager? over (?:sin|hans|hendes|deres) (?:opførsel|adfærd|optræden|sprogbrug|tone)|"
            # misuse of the case systems: looking someone up without a case
            r"(?:slået|slog|slår|slå) (?:\w+ ){0,4}op i (?:\w+ )?(?:sags|journal|fag|cpr)\w*|"
            r"look(?:ing|ed|s)? up (?:[\w'-]+ ){0,4}in (?:our|the) (?:\w+ )?(?:case|records?|journal|patient) (?:system|files?)|"
            r"snag\w* i (?:\w+ )?(?:sager|journaler|systemet)|snooping|uberettiget opslag|unauthori[sz]ed (?:access|look-?ups?)|"
            r"complaints? (?:about|over|regarding) (?:his|her|their) (?:conduct|behaviou?r|attitude|language|tone)"
        ),
        # round 3
        (
            r"\b(?:let|letting|lets) (?:\w+ ){1,5}go\b(?! of| ahead| through| home| early| at \d| before| after| to\b)|"
            r"warnings? issued|issued (?:\w+ )?(?:a |with a )?warning|(?:got|gets|received|given) (?:a |\w+ )?warnings?\b|"
            r"fritaget for (?:tjeneste|arbejde|arbejdet|sine opgaver)|relieved of (?:duty|his duties|her duties)|"
            r"(?:placed|put|sent) on (?:administrative |garden )?leave|sent home pending|"
            r"probation (?:won't|will not|is not|isn't) (?:be )?(?:extended|renewed)|prøvetid(?:en)? (?:forlænges ikke|ophører)|"
            r"contract (?:won't|will not|is not|isn't) (?:be )?renewed|performance (?:improvement )?plan\b|\bpip\b"
        ),
    ],
}
