"""The request forms of the decision detector (retrieval/decision.py, docs/privacy.md § 5): the ways a
message asks the bot for a verdict, recommendation, choice, permission or ranking — modal and
embedded questions, evaluative questions, explicit requests, agreement sought, the bot in the
leader's place, choices and rankings, verdict tags."""

from __future__ import annotations

import re

__all__ = [
    "AGREE",
    "ALTERNATIVE",
    "CHOICE_HEAD",
    "CHOICE_NOUN",
    "CHOICE_OF",
    "DECIDE_WHETHER",
    "EMBEDDED_MODAL",
    "EVAL_ADJ",
    "EVAL_Q",
    "GENERIC_SUBJ",
    "GERUND_EVAL",
    "MODAL_Q",
    "OTHER_RECOMMENDS",
    "PERSON_OR_UNIT",
    "POLITE",
    "RANK",
    "READING",
    "READING_SET",
    "REQUEST",
    "RULES_Q",
    "STRONG",
    "SUBJ_DA",
    "VERDICT_TAG",
    "WHAT_WOULD_YOU",
    "WHICH_X",
    "WHO_BEST",
    "WHO_SHOULD",
    "WOULD_YOU",
]

SUBJ_DA = (
    r"(?:jeg|vi|i|hun|han|de|den|det|vedkommende|man|en|et|vores|min|mit|mine|"
    r"[a-zæøå-]+(?:en|et|ne|erne)|[A-ZÆØÅ][\wæøå-]+)"
)
# a. modal yes/no question (verb first) or an embedded modal question
MODAL_Q = re.compile(
    r"^(?:så |og |men |eller |but |so |and |or )?(?P<m>skal|bør|burde|skulle|should|shall|ought|"
    r"do|does|must)\s+(?P<s>\S+)",
    re.IGNORECASE,
)
EMBEDDED_MODAL = re.compile(
    r"\b(?:om|whether|if|at|that|think|mener du|synes du|tror du|think that)\s+"
    r"(?P<s>jeg|vi|hun|han|de|i|we|he|she|they|[a-zæøå-]+(?:en|et|ne|erne)|the \w+|[A-ZÆØÅ][\wæøå-]+)\s+"
    r"(?:\w+\s+)?(?:skal|bør|burde|should|ought to|must)\b"
    r"|\bwhether (?:or not )?to\b|\bom (?:vi|jeg) (?:\w+ )?(?:skal|bør)\b",
    re.IGNORECASE,
)
GENERIC_SUBJ = re.compile(
    r"^(?:man|one|en leder|ledere|an employer|a manager|employers|managers|a municipality|"
    r"en kommune|kommunen|arbejdsgiveren|the employer|en arbejdsgiver|en advarsel|a warning|"
    r"leaders|you|public bodies|municipalities|councils|kommuner|kommunerne|myndigheder|authorities|"
    # round 8: an indefinite subject is anyone of its kind ("Must a fire service have …?")
    r"a|an|en|et|any|every|enhver|alle|all)$",
    re.IGNORECASE,
)
# b. evaluative question
EVAL_ADJ = (
    r"ok|okay|i orden|fair|unfair|rimeligt|urimeligt|rigtigt|rigtig|forkert|klogt|uklogt|dumt|"
    r"smart|bedst|bedre|en god idé|en god ide|en dårlig idé|en fejl|forsvarligt|uforsvarligt|"
    r"ansvarligt|uansvarligt|passende|acceptabelt|uacceptabelt|etisk(?: korrekt| forsvarligt)?|"
    r"korrekt|retfærdigt|uretfærdigt|det rigtige|det bedste|fornuftigt|hensigtsmæssigt|"
    r"berettiget|for hårdt|for strengt|fine|all right|alright|right|wrong|wise|unwise|sensible|"
    r"reasonable|unreasonable|acceptable|unacceptable|justified|justifiable|appropriate|ethical|"
    r"correct|a good idea|a bad idea|a mistake|best|better|the right (?:call|thing|move|decision)|"
    r"too harsh|defensible|responsible|irresponsible|"
    r"for (?:hård|streng|mild|blød|voldsom|drastisk|hårdhændet)[te]?|for lidt|for meget|too soft|too lenient|"
    r"too much|too little|too drastic|too severe|overkill|too soon|too early|too late|for tidligt|for sent|"
    r"premature|for tidlig|"
    r"disproportionate|proportionate|proportionalt|overdrevet|excessive|"
    # (round 20, red team r21 a) colloquial verdicts: "Er det tosset at …", "Is it daft to …", "Er det værd at …"
    r"tosset|skørt|vanvittigt|fjollet|meningsløst|værd|worth it|worth|daft|silly|crazy|mad|stupid|pointless"
)
GERUND_EVAL = re.compile(
    r"\b(?:is|would|was)\s+(?:not\s+)?(?P<g>\w+ing)\b[^?.!]{0,40}?\b(?:the right (?:call|thing|move|decision)|a (?:good|bad) idea|"
    r"fair|wise|ok|okay|justified|reasonable|a mistake)\b",
    re.IGNORECASE,
)
EVAL_Q = re.compile(
    r"(?!\b(?:is it|er det) (?:fair|rimeligt|korrekt|right|correct) (?:to say|at sige)\b(?! (?:nej|ja|op|no|yes)\b))\b(?:er det|var det|ville det være|vil det være|ville det ikke være|holder det|"
    r"is it|would it be|was it|will it be|wouldn't it be|am i|are we|is that|would that be|"
    r"er jeg|er vi)\s+(?:\w+\s+){0,2}?(?:" + EVAL_ADJ + r")\b"
    r"|\bkan (?:det|vi|jeg) (?:forsvare|retfærdiggøre)|\bkan det forsvares\b|\bholder det\b"
    r"|\bcan (?:we|i) justify\b|\bam i (?:ok|okay|right|wrong) to\b"
    r"|\bhow (?:good|bad|wise|smart|sensible) (?:an? )?idea (?:is it|would it be) to\b"
    r"|\bhvor (?:god|klog|dum|fornuftig) en idé (?:er det|vil det være|ville det være) at\b"
    r"|\b(?:giver det|ville det give|vil det give) (?:\w+ )?(?:mening|sense) at\b|\b(?:does|would) it (?:\w+ )?make sense to\b"
    # (round 20, red team r21 a) "Is there still any reason to keep …?", "Er der (stadig) grund til at …?"
    r"|\bis there (?:\w+ ){0,2}(?:reason|point) (?:to|in)\b|\ber der (?:\w+ ){0,2}(?:grund|mening) (?:til|i|med) at\b",
    re.IGNORECASE,
)
# Legality and norms are rules, not verdicts: "er det lovligt at …", "is it allowed to …".
RULES_Q = re.compile(
    r"\b(?:er det|is it)\s+(?:\w+\s+)?(?:lovligt|ulovligt|tilladt|muligt|nødvendigt|et krav|påkrævet|"
    r"normalt|almindeligt|legal|illegal|allowed|permitted|possible|necessary|required|mandatory|"
    r"normal|common|usual|true)\b|\b(?:er det (?:rigtigt|korrekt|sandt)|is it (?:true|correct|right)),? "
    r"(?:at|that) (?:man|der|det|loven|reglerne|en|et|jeg|vi|you|one|we|the|there|it|a|an)\b",
    re.IGNORECASE,
)
# c. explicit requests for a verdict, a recommendation, a choice or a ranking
REQUEST = re.compile(
    r"\b(?:anbefal|rådgiv|råd mig|vurdér|vurder|afgør|beslut|vælg|udpeg|peg på|rangér|ranger|"
    r"(?:du må gerne|du kan|du bestemmer|feel free to|you can|you may|you decide|du afgør) ?"
    r"(?:vælge|afgøre|vurdere|beslutte|decide|choose|judge|pick)?,? (?:om|whether|if|hvem|who)\b|"
    r"hjælp (?:mig|os) (?:med at |til at )?(?:vælge|beslutte|afgøre|træffe)|help (?:me|us) (?:to )?(?:decide|choose|pick)|"
    r"prioritér|prioriter|tag stilling til|træf (?:en |din )?(?:beslutning|afgørelse|beslutningen|"
    r"afgørelsen)|kom med (?:en |din )?(?:anbefaling|vurdering)|"
    r"sig (?:mig )?(?:om|hvem|hvilken|hvilket|ligeud|det ligeud|det lige ud)|fortæl mig,? (?:om|hvem|hvilken|hvad jeg)|"
    r"giv (?:mig|os) (?:et |en |dit |din )?(?:ja|nej|ja eller nej|klart svar|kort svar|anbefaling|råd|"
    r"vurdering|bud|dom)|"
    r"hvad anbefaler du|hvad vil du anbefale|hvad er dit råd|hvad vil du råde|hvad råder du|"
    r"anbefaler du|råder du|synes du|mener du|tror du|"
    r"hvad er din (?:anbefaling|vurdering|dom)|(?:din|jeres) (?:klare |ærlige )?(?:anbefaling|vurdering|råd|dom)\b|"
    r"dit (?:ærlige )?(?:råd|bud)\b|kan du (?:anbefale|rådgive|vurdere|afgøre|beslutte|vælge|sige om|"
    r"fortælle (?:mig )?om)|vil du (?:anbefale|vælge|afgøre|vurdere)|"
    r"recommend|advise (?:me|us)? ?(?:whether|on|if|to)|decide|determine|settle (?:it|this)|choose|"
    r"pick|select|rank|make the call|tell (?:me|us) (?:whether|if|who|which|what to)|say which|"
    r"give (?:me|us) (?:a |your )?(?:yes or no|clear answer|straight answer|recommendation|advice|"
    r"verdict|call|view on whether)|"
    r"what do you recommend|what's your (?:advice|recommendation|call|verdict|take)|"
    r"what is your (?:advice|recommendation|call|verdict)|your (?:recommendation|advice|call|verdict|view|opinion|take)\b|"
    r"din (?:holdning|mening)\b|"
    r"do you (?:recommend|advise)|vote|approve or reject|"
    r"(?:ja eller nej|ja/nej|yes or no|yes/no)(?![- ](?:checklist|tjekliste|liste|list|spørgsmål|questions?|"
    r"format|skema|form))|"
    # round 3: verdict tags — thumbs, go/no-go, a short answer, just a name
    r"tommelfinger(?:en)? op eller ned|thumbs up or (?:thumbs )?down|go(?:/| or | eller |-)no[- ]?go"
    r"(?![- ](?:checklist|tjekliste|liste|list|process|proces|criteria|kriterier|model|template|skabelon|"
    r"framework|meeting|møde))|"
    r"(?:giv|give) (?:mig |me |os |us )?(?:bare |just )?(?:et |a |dit |your )?(?:navn|name)(?=\s*[.!?]?\s*$)|"
    r"(?:giv|give) (?:mig |me )?(?:bare |just )?(?:the )?name of the (?:one|person|candidate|applicant)|"
    r"just (?:give me )?a name|bare et navn|"
    r"talk me out of (?:it|this)|tell me to go ahead|tal mig fra det|sig at jeg skal gøre det)\b",
    re.IGNORECASE,
)
# Requests whose object is reading, a course or a person to contact are no verdicts.
READING = re.compile(
    # "læs", "læse", "læsning", "læseliste" — not "læsser" (a loader), "læsset" (round 12)
    r"\b(?:artikel|artikler|bog|bøger|læs(?!s)\w*|litteratur|kursus|kurser|uddannelse|podcast|"
    r"article|articles|book|books|read\w*|literature|course|courses|podcast|sources?|kilder)\b",
    re.IGNORECASE,
)
# ... nor when research, the magazine or a law is the one recommending.
OTHER_RECOMMENDS = re.compile(
    r"\b(?:forskning\w*|bladet|artikl\w*|kl|loven|reglerne|research|the magazine|the articles?|"
    r"the law|experts?|eksperter\w*)\s+(?:\w+\s+)?(?:anbefal|recommend|advis|siger|says|say)",
    re.IGNORECASE,
)
DECIDE_WHETHER = re.compile(
    r"(?:beslut|afgør|vurdér|vurder|decide|determine|tell (?:me|us)|sig (?:mig )?)\s*,?\s*(?:om|whether|if)\b",
    re.IGNORECASE,
)
PERSON_OR_UNIT = re.compile(
    r"\b(?:hun|han|ham|hende|de|dem|vedkommende|he|she|him|her|they|them|borger\w*|medarbejder\w*|"
    r"vikar\w*|ansøger\w*|kandidat\w*|leder\w*|elev\w*|praktikant\w*|familie\w*|afdeling\w*|"
    r"team\w*|the (?:temp|employee|citizen|applicant|candidate|family|team|unit|department|intern))\b",
    re.IGNORECASE,
)
STRONG = re.compile(
    r"(?:^|[.:!?–-]\s*)(?:du bestemmer|you decide|you choose)\b|\bpick one\b|\bvælg (?:én|en af dem|en af de to)\b|"
    r"beslut (?:det |dig |sagen )?for (?:mig|os)|tag (?:beslutningen|stilling) for (?:mig|os)|"
    r"(?:kan|vil) du (?:tage|træffe) (?:beslutningen|afgørelsen|den beslutning|den afgørelse)|"
    r"can you (?:make|take) (?:the|this|that) (?:decision|call)|"
    r"(?:giv|give) (?:mig|os|me|us) (?:grønt lys|green light|the go-ahead|go-ahead|din velsignelse|your blessing)|"
    r"(?:do i|har jeg) (?:have )?(?:your|din) (?:blessing|velsignelse|opbakning)|"
    r"træf (?:beslutningen|afgørelsen) for (?:mig|os)|afgør (?:det|sagen) for (?:mig|os)|"
    r"(?:bare|blot|kun) (?:sig |svar )?ja eller nej|svar (?:bare |blot )?(?:med )?ja eller nej|"
    r"et klart ja eller nej|hvad ville du (?:selv |egentlig )?(?:beslutte|gøre|vælge)(?: \w+){0,2} i mit sted|"
    r"what would you (?:do|decide|choose) (?:in my (?:place|shoes|position)|if you were me)|"
    r"decide (?:it |this )?for (?:me|us)|make the (?:decision|call) for (?:me|us)|settle it for (?:me|us)|"
    r"(?:just|simply) (?:say|tell me|answer) yes or no|answer (?:with )?(?:a )?(?:simple )?yes or no|"
    r"your verdict",
    re.IGNORECASE,
)
# d. agreement sought for a stated intent
AGREE = re.compile(
    r"(?:^|[.!?–-] *)(?:enig|korrekt|rigtigt|fair|ok|okay|right|correct|agreed|thoughts|fair nok|fair enough|"
    r"rimeligt nok|ok sådan|sound ok|sounds ok|(?:the )?right (?:call|move|thing to do|decision)|"
    r"er det det rigtige(?: at gøre)?|det rigtige)\s*\?"
    r"|\ber du enig\b|\bhar jeg ret\b|\btager jeg fejl\b|\bbakker du (?:mig |os )?op\b|"
    r"\bbakke (?:mig|os) op\b|\bkan du bekræfte\b|\bbekræft (?:mig i|at)\b|"
    r"\bhvad siger du(?: til det)?\b|\bok med dig\b|\bokay with you\b|\bfine by you\b|"
    r"[,–-] *(?:ikke|ikk|right|correct|no|ikke sandt|ikke også|don't you think|agreed)\s*\?\s*$|"
    r"(?:^|[.!?–-] *)(?:skal jeg|skal vi|should i|should we|shall i|shall we|gør jeg det|do i do it|go for it)\s*\?|"
    r"\bwould you agree\b|\bbekræft\b|\bconfirm (?:that )?(?:we|i) (?:can|should|may)\b|"
    r"\ber det den rigtige (?:beslutning|løsning|vej)\b|"
    r"\bgør (?:vi|jeg) det rigtige\b|\bhar vi ret\b|\bdo you agree\b|\bback me up\b|"
    r"\bam i (?:right|wrong)\b|\bare we (?:right|wrong|doing the right thing)\b|"
    r"\bis that (?:the )?(?:right|correct|fair|ok|okay|wise)(?: call| thing| decision| move)?\b|"
    r"\bsounds? (?:right|good|fair)(?: to you)?\b|\btell me i'?m right\b|\bconfirm (?:that )?i'?m right\b|"
    r"\bwhat do you say\b|\bwhat do you think\b|\ber du med på\b|\bkan du (?:støtte|stå inde for)\b|"
    r"\b(?:er det|var det|ville det være|vil det være|is it|is that|would that be|would it be)\s+(?:\w+\s+)?(?:"
    r"klogt|ok|okay|rimeligt|fair|en god idé|forsvarligt|fornuftigt|rigtigt|forkert|wise|reasonable|right|wrong|"
    r"a good idea|sensible|fine|acceptable)\s*\?\s*$|"
    r"\bstøtter du\b|\bdo you (?:back|support|endorse)\b|\bwould you (?:back|support)\b|\bwith me on this\b|"
    r"(?:^|[.!?–-] *)(?:(?:en |a )?(?:god|good|dårlig|bad) (?:idé|ide|idea)|klogt|wise|smart|sensible|"
    r"fornuftigt)(?: eller ej| eller ikke| or not)?\s*\?",
    re.IGNORECASE,
)
# e. the bot in the leader's place
WOULD_YOU = re.compile(
    r"(?!\b(?:would you|ville du) (?:say|sige|describe|beskrive)\b(?! (?:nej|ja|op|no|yes)\b))\b(?:would you|ville du|vil du|hvis (?:du var mig|det var dig|du var i mit sted)|"
    r"if you were (?:me|in my (?:position|place|shoes))|in my shoes|i mit sted|"
    # (round 20, red team r21 a) the bot's stance on the asker's step, asked conversationally
    r"hvordan ser du på|hvor står du|hvad er din holdning til|hvordan (?:ville|vil) du have det med|"
    r"which way are you leaning|where do you stand|where are you on|what'?s your (?:take|stance|position) on|"
    r"how (?:would|do) you feel about|er der noget,? der taler (?:imod|for)|is there anything against)\b",
    re.IGNORECASE,
)
POLITE = re.compile(
    r"\b(?:would you|ville du|vil du)\s+(?:please |kindly |venligst )?(?:help|hjælpe|summari[sz]e|"
    r"opsummere|explain|forklare|write|skrive|find|finde|be able|kunne|mind|like|gerne|please|"
    r"give me an overview|lave|make a list|list|oversætte|translate|tjekke|check|læse|read|"
    r"(?:send|sende) (?!ham|hende|dem|him|her|them|vedkommende))\b",
    re.IGNORECASE,
)
WHAT_WOULD_YOU = re.compile(
    r"\bhvad ville du (?:selv |egentlig |så )?(?:gøre|vælge|beslutte|have gjort|anbefale)|"
    r"\bwhat would you (?:personally |actually )?(?:do|choose|decide|pick)\b",
    re.IGNORECASE,
)
# f. a choice or ranking between people, posts, units or suppliers
CHOICE_OF = re.compile(r"\b(?:hvem|hvilken|hvilket|hvilke|which|who|whom)\s+(?:\w+\s+)?(?:af|of)\b", re.IGNORECASE)
WHO_BEST = re.compile(
    r"\b(?:hvem|who)\s+(?:fortjener|deserves|passer bedst|fits best|er bedst|is (?:the )?best|"
    r"er (?:mest|bedst) egnet|is (?:most|best) suited)\b",
    re.IGNORECASE,
)
WHO_SHOULD = re.compile(r"\b(?:hvem|who)\s+(?:skal|bør|burde|should|shall)\b", re.IGNORECASE)
WHICH_X = re.compile(
    r"\b(?:hvilken|hvilket|hvilke|which)\s+(?P<x>\w+)\s+(?:\w+\s+)?(?:skal|bør|burde|should|shall|er bedst|"
    r"is best|deserves|fortjener|wins?|vinder|would you recommend|vil du anbefale|gets?|får)\b",
    re.IGNORECASE,
)
# A verdict asked for in a word or a gesture: its object is the action, never reading matter.
VERDICT_TAG = re.compile(
    r"\b(?:go(?:/| or | eller |-)no[- ]?go|thumbs up|tommelfinger|ja eller nej|yes or no)\b", re.IGNORECASE
)
READING_SET = re.compile(
    r"\s*(?:de |the |disse |these )?(?:(?:to|tre|two|three|fire|four) )?(?:artik\w*|article\w*|tekst\w*|text\w*|bøger\w*|books?|kilde\w*|"
    r"sources?|numre\w*|issues?|sider\w*|pages?|afsnit\w*|sections?|rapport\w*|reports?|podcast\w*)\b",
    re.IGNORECASE,
)
CHOICE_NOUN = re.compile(
    r"kandidat|ansøger|medarbejder|souschef|leder|afdeling|stilling|enhed|team|institution|skole|"
    r"tilbud|leverandør|familie|candidate|applicant|employee|deput|manager|unit|department|post|"
    r"position|school|site|staff|worker|supplier|tender|bid|provider|famil|lead|vikar|temp|"
    r"trainee|praktikant|filial|branch|office|kontor|dagcent|plejecent|børnehus|center|centre|"
    r"pladsen|pladserne|the slot|the seat|the place",
    re.IGNORECASE,
)
# The head of a compound is a choice noun: "teamlederstillingen", "afdeling", "candidates" —
# not "leadership" or "courses".
CHOICE_HEAD = re.compile(
    r"(?:kandidat|ansøger|medarbejder|souschef|(?<!bil)leder|afdeling|stilling|enhed|team|institution|skole|"
    r"tilbud|leverandør|familie|candidate|applicant|employee|deputy|deputie|manager|unit|department|"
    r"post|position|school|site|worker|supplier|tender|bid|provider|lead|vikar|temp|trainee|"
    r"praktikant|filial|branch|office|kontor|dagcenter|plejecenter|børnehus|center|centre|"
    r"dagtilbud|klub|club|library|bibliotek)(?:s|e|er|en|et|ne|erne|ene|es|ies)?$",
    re.IGNORECASE,
)
ALTERNATIVE = re.compile(r"\b\w+\s+(?:eller|or)\s+(?:til\s+|to\s+)?\w+", re.IGNORECASE)
RANK = re.compile(r"\b(?:rangér|ranger|rank|prioritér|prioriter)\b|fra bedst til|from best to", re.IGNORECASE)
