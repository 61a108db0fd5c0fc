"""Where a person's name may be, by the words around it: the cue patterns of
:mod:`.person` ("im …", "call me …", "… texted me", "my sister …", a sign-off, a greeting) and
every match of them in a message (:func:`all_matches`), each pattern tried only where it can
begin or end. Whether the word a cue points at is a name is the recognizer's to decide."""

from __future__ import annotations

import re
from collections.abc import Callable

from veil.privacy.pii.language import split_words
from veil.privacy.pii.recognizers.alternation import factored
from veil.privacy.pii.recognizers.base import opening_gate, word_start
from veil.privacy.pii.recognizers.name_shapes import KIN_AFTER
from veil.privacy.pii.recognizers.word_gate import passes, required_words

# (a possessive "'s" after the name is not part of it: "staying at my aunt hope's")
NAME = r"(?P<name>[^\W\d_][^\W\d_'’-]*(?:-[^\W\d_]+|['’](?!s\b)[^\W\d_]+)?)"


def _cue(cues: str) -> str:
    """A cue phrase, the space after it, and a name (looked ahead at, not consumed)."""
    return r"\b(?:" + cues + r")\s+(?=" + NAME + ")"


# Any word that is not a stopword is a name after these.
_STRONG_CUES = (
    r"my name(?:'s|’s| is)|name's|names|the name's|call me|you can call me|i go by|"
    # someone else's name: "i think his name was gary", "met a guy called mark"
    r"(?:his|her|their) name(?:'s|’s| is| was)|name is|name was|wifes name is|"
    r"(?:my|his|her|their) (?:middle|real|full) name(?:'s|’s| is|,)|"
    r"(?:guy|girl|man|woman|dude|lady|bloke|chick|someone|somebody) (?:called|named)|"
    # the person the writer is seeing ("the guy i'm seeing is …")
    r"(?:guy|girl|man|woman|dude|person|boy) (?:i'm|i’m|im|i am) (?:seeing|dating|talking to) is|"
    r"they call me|(?:everyone|everybody|people|friends|they all) calls? me|ich heiße|"
    r"ich heisse|ich heiß|ich heiss|mein name ist|nenn mich|nennt mich|(?:alle|die) nennen mich|"
    r"je m'appelle|"
    r"je m’appelle|je m appelle|mon nom est|mon prénom est|appelle-moi|appelle moi|moi c'est|"
    r"me llamo|mi nombre es|llámame|llamame|me dicen|mi chiamo|il mio nome è|il mio nome e|"
    r"chiamami|mi chiamano|my (?:boy|girl)friend|my (?:bf|gf|husband|wife|ex|sister|brother|"
    r"mom|mum|dad|boss|roommate|bestie|friend|partner|son|daughter|cousin|neighbou?r)|"
    r"mein (?:freund|mann|bruder|chef)|meine (?:freundin|frau|schwester)|mon (?:copain|mari|"
    r"frère|ami)|ma (?:copine|femme|sœur|soeur|amie)|mi (?:novio|novia|esposo|esposa|hermano|"
    r"hermana|amigo|amiga)|il mio (?:ragazzo|amico)|la mia (?:ragazza|amica)|mio fratello|"
    r"mia sorella"
)

STRONG = re.compile(word_start(_cue(_STRONG_CUES)))

# Self-introductions and greetings: a known first name after these, or a word that is no
# everyday word when the phrase ends or goes on as introductions do ("i'm quinn btw",
# "this is tessa from the gym", "qui è viola"); "i'm tired" is not a name.
_INTRO_CUES = (
    # before "it's" and "c'est", which they start with
    r"(?:it's me|its me|it’s me|c'est moi|soy yo|ich bin's|ich bins|sono io)(?: again| encore|"
    r" otra vez| wieder| di nuovo)?,?|"
    r"i'm|i’m|im|i am|this is|it's|it’s|its|that was|that's|that’s|it was|hi|hey|hello|"
    r"heyy+|yo|hallo|ciao|hola|salut|ich bin die|ich bin der|"
    # chat's "c" for "c'est" after a greeting ("coucou c …")
    r"(?:coucou|salut|slt|cc|bonjour) c|"
    r"bonjour|coucou|ich bin|hier ist|hier spricht|je suis|jsuis|chuis|j'suis|j’suis|c'est|c’est|"
    r"soy|aquí|aqui|sono|"
    r"qui è|qui e"
)

INTRO = re.compile(word_start(_cue(_INTRO_CUES)))

# A message opening with a greeting and a self-introduction ("heyy im ivy lol", "ciao sono
# serena 😘", "coucou c rose"): a word that is also a name is one when the message ends there
# or goes on with a laugh or an emoji, unless it is an adjective ("hi im true lol").
GREETED_INTRO = re.compile(
    # a voice note's label and hesitations first ("audio: eh hola soy luz eh que …")
    r"(?:(?:voice note|audio|vocal|sprachnachricht|nota de voz|vocale|messaggio vocale|"
    r"mensaje de voz|message vocal):\s*)?"
    r"(?:(?:eh|euh|äh|ähm|um|uh|ok|ouais|ja|so|pues|allora|ehm|mmm)[\s,]+)*"
    r"(?:hi+|hey+|hello+|yo|hallo+|ciao+|hola+|salut|coucou|bonjour|cc|slt)[\s,!.]+"
    r"(?:i'm|i’m|im|i am|c'est|c’est|c|soy|sono|ich bin|je suis)\s+"
)

GREETED_END = re.compile(r"\s*(?:$|[!.?,~]|(?:lol|haha|xx?|eh|euh|äh|ähm|um|uh|erm)\b|[^\w\s])")

ADJECTIVE_NAMES = frozenset(
    split_words("true blue unique precious noble merry sunny major rich urban german sole sereno")
)

# Social verbs and conjunctions: only known first names after these ("with marco").
_WEAK_CUES = (
    # who someone is, whether the reader knows someone ("wait who's kez", "do u know …")
    r"who's|who’s|whos|who is|do u know|do you know|"
    r"with|and|tell|ask|text|met|meet|miss|love|kissed|dating|married|saw|mit|und|avec|et|"
    r"vu|vue|con|y|e|visto|vista|w|w/|ni|"
    # at someone's place, not even someone, do you know someone
    r"chez|en casa de|a casa de|a casa di|nicht mal|nemmeno|neanche|ni siquiera|kennst du|"
    r"tu connais|conoces a|conosci|"
    # a name on a door or a phone: "klingel bei niehaus", "el móvil de maialen", "le numéro
    # de philippine" ("citofono" is left out: "citofono rotto"); missing someone: "mi manchi …"
    r"klingel bei|número de|numéro de|numero di|nummer von|"
    r"móvil de|portable de|handy von|cellulare di|mi manchi|tu me manques|te echo de menos|"
    r"ich vermisse dich|vermiss dich|i blame|me and|me n|n|"
    # "is called" of the other languages ("die neue heißt doris"); the English one names
    # pets and films as often ("my cat is called miso") and is left out
    r"heißt|heisst|s'appelle|s’appelle|se llama|si chiama|"
    # the German perfect tense ("hab emil gestern gesehen"): a known name only, as after a
    # conjunction ("hab frühschicht")
    r"hab grad|hab gerade|habe gerade|hab|habe"
)

WEAK = re.compile(word_start(_cue(_WEAK_CUES)))

# Relations and social acts, a closed class per language: a name follows a kinship or
# relationship noun ("my cousin …", "meine kollegin …", "ma coloc …", "mi prima …", "mia
# cugina …") or a verb of talking to, meeting or greeting someone ("i told …", "ran into …",
# "grüße an …", "j'ai dit à …", "le conté a …", "ho detto a …"). Taken like the social verbs
# above: a known first name, or a word rare in the message's language and English.
SOMEONE_CUES = (
    r"un tal|una tal|un certo|una certa|un certain|une certaine|ein gewisser|eine gewisse|"
    r"a certain"
)

_RELATION_CUES = (
    r"(?:my|his|her|our|your|ur|their|(?:dad|mum|mom|mam|sister|brother|cousin)['’]s)\s+"
    r"(?:little\s+|big\s+|older\s+|younger\s+|twin\s+|new\s+|"
    r"best\s+|ex[\s-]+)?(?:friend|aunt|uncle|niece|nephew|grandma|grandpa|nan|nana|granny|coworker|co-worker|"
    r"colleague|mate|buddy|bff|crush|date|neighbor|teacher|coach|therapist|stepmom|stepdad|"
    r"stepbrother|stepsister|sis|bro|twin|fiancée?|team lead|manager|supervisor|flatmate|"
    r"housemate|landlord|landlady|dad|mom|mum|father|mother|son|daughter|brother|sister|"
    r"husband|wife|boyfriend|girlfriend|ex|kids'? dad|kids'? mom|roomie|roomy|gf|bf|roommate)"
    # "my brother is …", "my best friend is called …": the relative named
    r"(?:\s+is called|\s+is)?|"
    r"(?:mi|mis)\s+(?:compañer[oa]|compi|compa) de piso|(?:mon|ma)\s+coloc(?:ataire)?|"
    # the name the writer goes by, after the full one ("… pero dime Lupe", "… aber sag
    # einfach Timo")
    # (the English, French and Italian "call me" are strong cues)
    r"(?:pero|aber)\s+(?:dime|sag einfach|sagt einfach)|"
    # engaged or married to someone ("engaged?? to drew", "verlobt mit …", "fiancée à …")
    r"(?:engaged|married)[?!]*\s+to|(?:verlobt|verheiratet)[?!]*\s+mit|"
    r"(?:fiancée?|mariée?)[?!]*\s+(?:à|avec)|(?:comprometid|prometid|casad)[oa][?!]*\s+con|"
    r"(?:fidanzat|sposat)[oa][?!]*\s+con|"
    # someone copied in ("cc Hazel"), brought home to meet the family ("bring kofi home")
    r"cc|bcc|(?:bring|brought|bringing)(?=\s+[^\W\d_]+\s+home\b)|"
    # at someone's place: "bin grad bei steffi", "sono a Genova da eleonora"
    r"(?:bin|war|bleib|bleibe|schlafe|übernachte)\s+(?:(?:grad|gerade|noch|heute|jetzt)\s+)?bei|"
    r"(?:sono|sto|ero|resto|dormo|ceno)\s+(?:a\s+[^\W\d_]+\s+)?da|"
    r"(?:this|that) (?:guy|girl|dude|woman|man|lady)|mon mec|ma meuf|mamie|papi|tonton|tata|"
    # a kinship title before a name, without a possessive ("aunt bronwen", "Grandma yetunde",
    # "el abuelo elías", "Opa helmut", "tante …", "nonna …")
    r"aunt|auntie|aunty|uncle|grandma|grandpa|granny|grandad|granddad|nana|"
    r"tante|onkel|oma|opa|(?:el|la) (?:abuelo|abuela|tío|tía)|abuelo|abuela|tía|tío|zia|zio|"
    r"nonna|nonno|"
    # English "called" after a pronoun ("shes called fenella"), a Spanish subject after its
    # verb ("la hizo oihane", "me lo dijo …"), the second of two people ("had lunch with
    # malcolm and jayceon"), someone talked about ("told my therapist about fenella and …")
    r"(?:she's|shes|she’s|he's|hes|he’s|she is|he is) called|"
    r"(?:lo|la|me lo|me la|se lo|se la) (?:hizo|dijo|trajo|puso|dio|[^\W\d_]+ó)|"
    r"(?:with|w/?|avec|con|mit) [^\W\d_][^\W\d_'’-]* (?:and|&|et|y|e|und)|"
    r"about(?= [^\W\d_][^\W\d_'’-]* (?:and|&) )|"
    # thinking of, falling for or crying over someone ("cant stop thinking about …"), a match
    # on a dating app ("tinder match …, 39"), a friend or a coworker without a possessive
    # ("bestie … is pregnant", "coworker … keeps …")
    r"(?:thinking|thought) about|falling for|fell for|crying over|cried over|"
    r"(?:tinder|hinge|bumble|app) (?:match|date)|bestie|bff|coworker|co-worker|"
    # whose birthday it is ("per il compleanno di …", "por el cumple de …", "pour
    # l'anniversaire de …", "zum geburtstag von …"), what to say to someone ("no sé qué
    # decirle a …", "quoi dire à …", "cosa dire a …")
    r"(?:compleanno|cumple|cumpleaños|anniversaire|anniv|geburtstag) (?:di|de|von)|"
    r"(?:decirle|decir|dire|dirle|écrire|escribirle) (?:a|à)|"
    # a love abbreviation before the one it is for, then a stop ("tvb rosa, a domani", "tq
    # amparo, mañana hablamos", "hdl rosa, bis morgen", "ily jade!")
    r"(?:ily|ilysm|ilu|hdl|hdgdl|tvb|tvtb|tq|tqm|tkm|jtm)(?=\s+[^\W\d_]+\s*(?:[,!.]|$))|"
    # someone who still calls the writer by a name ("my mum still calls me …")
    r"(?:still|always|only) calls? me|nennt mich (?:immer )?noch|m'appelle toujours|"
    r"m’appelle toujours|me sigue llamando|mi chiama ancora|"
    r"(?:told|telling|texted|texting|(?<!is )(?<!s )(?<!was )called|asked|invited|hugged|"
    r"visiting|send|sent|pay|paid|owe|"
    r"kissing|"
    r"dated|liked|missed|hated|knew|reminds? me of|thanked|helped|picked up|blocked|unfollowed|"
    r"ghosted|dumped|hanging out with|hung out with|talked to|talking to|talk to|ran into|"
    r"call|calling|crushing on|crush on|dreaming about|dreaming of|"
    # a crush in the other languages ("ich steh auf …", "je craque pour …", "estoy colada
    # por …", "ho una cotta per …")
    r"(?:steh|stehe|stehst) (?:voll |total |so )?auf|(?:craque|craqué|craquer) pour|"
    r"(?:colgad|colad|pillad)[oa] por|cotta per|"
    r"bumped into|broke up with|hooked up with|gonna see|going to see|seeing|meeting|"
    r"can't stand|cant stand|dreamt about|dreamed about|thanks|thank you|thx|marrying|"
    r"marry|date|ask for|asking for|ask after|(?:moving|move|moved) in (?:with|w/?))|"
    # someone asked for at a door or on the phone ("ask for …", "frag nach …", "demande …",
    # "pregunta por …", "chiedi di …"), greeted ("grüß … von mir")
    r"(?:frag nach|fragen sie nach|demandez|pregunta por|preguntad por|chiedi di|chiedete di|"
    r"(?:grüß|grüss)(?!\s+(?:an|von)\s))|"
    r"(?:danke|merci|gracias|grazie|rêvé de|soñé con|sognato)|"
    # someone named to the reader ("un tal Bustamante", "a certain …", "ein gewisser …"),
    # someone a pet or a child is named after ("named my dog after dustin")
    r"(?:" + SOMEONE_CUES + r"|named (?:[^\W\d_]+ ){1,2}after)|"
    # someone remembered ("do u remember osric from school?")
    r"(?:do u remember|do you remember|u remember|te acuerdas de|ti ricordi di|"
    r"tu te souviens de|erinnerst du dich an)|"
    # missing someone; greetings from someone ("miss u lachlan", "saludos de camila", "saluti
    # da …", "dis bonjour à …")
    r"(?:miss u|miss you|missing u|missing you|saludos de|saluti da|greetings from|"
    r"love from|bonjour à|salut à)|"
    r"(?:mein|meine|meinem|meiner)\s+(?:cousin|cousine|tante|onkel|oma|opa|kollege|kollegin|"
    r"nachbar|nachbarin|mitbewohner|mitbewohnerin|bester freund|beste freundin|sohn|tochter|"
    r"kumpel|kumpeline|"
    r"mutter|vater|ex)|(?:grüße|grüß|gruß|grüsse)\s+(?:an|von)|(?:treffe|treff|besuche|frag)|"
    r"(?:mon|ma|mes)\s+(?:cousin|cousine|tante|oncle|pote|collègue|voisin|voisine|coloc|père|"
    r"mère|fils|fille|meilleure amie|meilleur ami|chef|patron|patronne|ex)|(?:dit|parlé|écrit|"
    r"demandé|bisous|bises|parle|parle plus|parlé plus|dis|dites)\s+à|"
    r"(?:croisé|rencontré|embrassé|invité|salue|appelé)|"
    r"(?:mi|mis)\s+(?:primo|prima|tío|tía|tio|tia|abuelo|abuela|compañero|compañera|jefe|jefa|"
    r"vecino|vecina|hijo|hija|madre|padre|mejor amigo|mejor amiga|ex|colega|compi)|"
    r"(?:dije|conté|vi|conocí|llamé|saluda|besos|dile|pregúntale|escribí|hablé|ver|veo)\s+a|"
    r"(?:quedé|hablé|salí)\s+con|"
    r"(?:il mio|la mia|mio|mia)\s+(?:cugino|cugina|zio|zia|nonno|nonna|collega|capo|vicino|"
    r"vicina|figlio|figlia|madre|padre|migliore amica|migliore amico|ex|coinquilino|"
    r"coinquilina)|(?:detto|scritto|chiesto)\s+a|(?:ho chiamato|ho visto|ho incontrato|"
    r"saluta|salutami|uscita con|uscito con|ho conosciuto)"
)

RELATION = re.compile(word_start(_cue(_RELATION_CUES)))

# Someone addressed or owning something: opening the message before a comma ("nadia, are you
# coming?"), closing it after one ("see you tomorrow, nadia"), and before a possessive "'s"
# ("nadia's party"). Only known first names that are no frequent word (_slot_name, rare=False):
# "ok, …", "today's …" are not.
_VOCATIVE_START = re.compile(NAME + r"(?=\s*,)")

_VOCATIVE_END = re.compile(r",\s*" + NAME + r"\s*[!?.]*\s*$")

_POSSESSIVE = re.compile(r"(?<![\w@#])" + NAME + r"(?=['’]s\b)")

ADDRESSED = (_VOCATIVE_START, _VOCATIVE_END, _POSSESSIVE)

# Before what only a person has ("forgot Oaklynn's birthday", "stalked temitope's new
# boyfriend"), a possessive takes a slot name, rare and unlisted words included.
POSSESSED = re.compile(
    r"(?<![\w@#])"
    + NAME
    + r"(?=['’]s\s+(?:new\s+|old\s+|little\s+|big\s+|ex[\s-]?)?(?:birthday|bday|b-day|"
    r"party|wedding|funeral|mum|mom|mam|dad|parents|family|sister|brother|husband|wife|"
    r"boyfriend|girlfriend|bf|gf|kids|baby|son|daughter|house|place|flat|phone|number|"
    r"mobile|cell|cousin|aunt|uncle|niece|nephew|bestie|roommate|bachelorette|bachelor party|"
    # what someone wears, posts or keeps ("i still have glen's hoodie", "Ravi's instagram")
    r"hoodie|jumper|sweater|jacket|instagram|insta|snapchat|tiktok|"
    r"hen do|hen party|stag do|baby shower|engagement|graduation)\b)"
)

# At someone's place, the possessive closing a clause ("the party is at Ivy's, 85 …",
# "sleeping at jade's tonight"); taken as POSSESSED.
AT_PLACE = re.compile(
    r"(?<=\bat )"
    + NAME
    + r"(?=['’]s\s*(?:[,.!?]|$|(?:tonight|tomorrow|later|till|until|again|this weekend)\b))"
)


def ids(*patterns: re.Pattern[str]) -> frozenset[int]:
    """Patterns as a set of identities: hashing or comparing a compiled pattern hashes or
    compares its source, which costs microseconds for the long cue alternations."""
    return frozenset(map(id, patterns))


# The four cue families above in one scan instead of four (each pass over a message costs
# about a microsecond whatever it finds). The cue is looked ahead at, so every position is
# tried, as the separate patterns would; a later family that matches at the same position is
# tried there too (:func:`_cue_matches`), so the matches are the families' own.
_CUE_FAMILIES = (
    (STRONG, _STRONG_CUES),
    (WEAK, _WEAK_CUES),
    (RELATION, _RELATION_CUES),
    (INTRO, _INTRO_CUES),
)

# The gate before the scan: the first characters a cue can open with (one character let
# nearly every word through to the four alternations of some hundreds of cues).
_CUE_GATE = opening_gate("|".join(rf"\b(?:{cues})\s" for _, cues in _CUE_FAMILIES))

_FAMILIES = (
    _CUE_GATE
    + r"(?="
    + "|".join(
        rf"(?P<family{i}>(?:{cues})\s+{NAME.replace('?P<name>', '?:')})"
        for i, (_, cues) in enumerate(_CUE_FAMILIES)
    )
    + ")"
)

# The scan is from the character before a word, over the message after a space, not from
# "\b" over the message (speed only): a pattern that opens with a class is searched for its
# characters in C, one that opens with "\b" is tried at every position. Every cue opens with a
# word character (test_person_speed checks it), so a cue is at a word boundary exactly when a
# non-word character precedes it, and the space stands before the first word; the cues'
# look-behinds ("(?<!is )called") end in a space, which the one before the message cannot be
# part of. The cue alternations are grouped by first character (:func:`.factored`).
_ANY_CUE = re.compile(factored(r"\W" + _FAMILIES))

_FAMILY_INDEX = {f"family{i}": i for i in range(len(_CUE_FAMILIES))}


def _cue_matches(lower: str) -> list[tuple[re.Pattern[str], re.Match[str]]]:
    """Every match of every cue family, as the families' own patterns give them."""
    found: list[tuple[re.Pattern[str], re.Match[str]]] = []
    for match in _ANY_CUE.finditer(" " + lower):
        # the scan's positions are one past the message's
        _family_matches(lower, match.start(), match, found)
    return found


def _family_matches(
    lower: str,
    position: int,
    match: re.Match[str],
    found: list[tuple[re.Pattern[str], re.Match[str]]],
) -> None:
    """The families' own matches at ``position``, from the first one the scan found there."""
    # the only named groups are the families', one of which matched
    first = _FAMILY_INDEX[match.lastgroup or ""]
    for pattern, _ in _CUE_FAMILIES[first:]:
        own = pattern.match(lower, position)
        if own is not None:
            found.append((pattern, own))


# Two people joined by a conjunction ("Anjali and rose", "idk if adaeze n keisha"): the one
# next to a name found is a name when it is a first name, a word that is also one included.
AND = r"\s+(?:and|n|&|und|et|y|e)\s+"

# Sign-offs at the end of a message: "xx, jen", "love u - dan", "bisous, léa", "lg ole".
SIGN_OFF = re.compile(
    r"(?:(?:^|[\s,.!?])(?:x+|xo+|xoxo|love|love (?:you|u|ya)(?: lots)?|lots of love|luv|cheers|"
    r"thanks|thx|"
    r"hugs|kisses|bye|lg|vg|liebe grüße|grüße|gruß|bussi|kuss|bisous|bises|bisou|gros bisous|"
    r"besos|besitos|un besito|un beso|abrazos|un abrazo|saludos|un bacio|baci|bacioni|un abbraccio|"
    r"saluti)[\s,.!]*(?:[-–—~]\s*)?|(?:^|\s)[-–—~]\s*)"
    + NAME
    # after the name, stops and emoji ("love u wren ❤️")
    + r"\s*[!.?)]*\s*(?:[^\w\s,;:'’-]+\s*)*$"
)

# Fillers and time words before a sentence's subject: "omg tessa just texted me", "Today duc
# told me", "Last night kane and I", "Franchement adrien abuse", "Sinceramente jonay se pasa".
FILLER_WORDS = (
    r"omg|lol|ugh|so|and|but|also|wait|ok|okay|yeah|ya|btw|"
    r"wsh|digga|alter|raga|bueno|cmq|update:?|ngl|tbh|honestly|basically|literally|"
    r"lmao+|lmfao|bruh|i swear|bon|alors|genre|mdr|oye|senti|tipo|mark my words|"
    r"apparently|anyway|total que|bref|allora|tja|today|tonight|yesterday|last night|"
    r"this morning|"
    r"franchement|honnêtement|sinceramente|onestamente|ehrlich gesagt|ehrlich|"
    r"heute|gestern|aujourd'hui|hoy|ayer|anoche|oggi|ieri|"
    # a voice note's hesitations ("voice note: ok so um basically …")
    r"um+|uh+|erm|eh+|euh|äh+m?|ehm"
)

# A voice note's label ("voice note: ok so um basically nat called me").
_VOICE_NOTE = r"(?:(?:voice note|voice memo|audio|vocal|sprachnachricht|nota de voz|vocale):\s*)?"

_FILLERS = _VOICE_NOTE + r"(?:(?:" + FILLER_WORDS + r")[\s,!.:]+){0,4}"

# A known first name as the subject that opens a sentence: "omg tessa just texted me",
# "lasse hat mir geschrieben", "izan no me contesta". Only gazetteer names count here.
SUBJECT = re.compile(
    _FILLERS
    + NAME
    + r"\s+(?:says|said|just|keeps|kept|texted|called|told|asked|wants|wanted|thinks|thought|"
    r"likes|liked|loves|hates|is|was|has|had|doesn't|didn't|won't|can't|never|always|still|"
    r"got|went|came|left|hat|ist|war|sagt|sagte|schreibt|schrieb|will|kommt|meint|findet|mag|"
    r"liebt|m'a|m’a|a|est|dit|veut|vient|ne|n'a|n’a|no|me|dice|dijo|está|quiere|tiene|nunca|"
    r"non|mi|ha|è|vuole|viene|mai|arrive|arriva|llega|arrives|comes)\b"
)

# What only a person does or is, in the five languages: a word that is also a name is one as
# its subject (person._HUMAN_ACT), and a first name of middling frequency too (_SOCIAL_VERBS).
ONLY_A_PERSON = (
    # saying the same thing again and again ("Grace keeps saying 'let's get coffee'")
    r"keeps (?:saying|asking)|sagt (?:ständig|immer)|(?:n'arrête|n’arrête|arrête) pas de dire|"
    r"no para de decir|continua a dire|"
    # pregnant ("bestie joy is pregnant", "rosa ist schwanger", "… est enceinte")
    r"is pregnant|ist schwanger|est enceinte|está embarazada|è incinta|"
    # what someone is to the writer ("honestly rob is the only one who gets me", "mom says
    # Frank is a bad influence")
    r"is the only one who|ist (?:der|die) einzige,? (?:der|die)|est (?:le|la) seule? qui|"
    r"es (?:el|la) únic[oa] que|è (?:l'unic[oa]|l’unic[oa]) che|"
    r"is (?:such )?a bad influence|ist ein schlechter einfluss|(?:a|est) une mauvaise influence|"
    r"es una mala influencia|è una cattiva influenza|"
    # someone asked where they are ("wsh pierre t'es où", "jannik wo bist du")
    r"t'es où|t’es où|tes où|t'es ou|wo bist du|dónde estás|donde estas|dove sei|"
    r"where (?:are|r) (?:you|u)|"
    # someone's well-being, taken up by a pronoun ("i hope Rose is ok, she hasnt posted",
    # "j'espère que X va bien, elle …", "spero che X stia bene, lei …")
    r"(?:is (?:ok|okay|alright|fine)|va bien|esté bien|está bien|stia bene|sta bene|"
    r"geht es gut|gehts gut|geht's gut),?\s+(?:she|he|shes|hes|elle|il|ella|él|lei|lui|sie|er)\b"
)

# Someone doing something to the writer, as a sentence's subject or after "think", "if" …:
# "do u think niall likes me?", "jette hat mir geschrieben", "nolwenn m'a écrit", "izan no me
# contesta". No copula or auxiliary ("Presidio is …", "Faker has …"): a rare word may follow
# these too (see :meth:`PersonRecognizer._slot_name`).
_SOCIAL_VERBS = (
    r"\s+(?:says|said|keeps|kept|texted|called|told|asked|wants|wanted|likes|liked|loves|"
    r"hates|misses|doesn't|didn't|won't|never|hat mir|hat mich|schreibt|schrieb|sagt|sagte|"
    r"meint|m'a|m’a|ne m|no me|me dijo|me escribió|me llamó|me ha|dice|dijo|non mi|mi ha|"
    r"ha detto|thinks|thought|always|doesnt|didnt|wont|nn mi|keeps saying|keeps asking|"
    # a verb aimed at the writer ("bought me", "cheated on me", "will text me", "me pidió"),
    # the writer's partner ("… and i"), an object pronoun before a verb in the Romance
    # languages ("… la trompait", "… la tradisce", "… le pone") and verbs of complaint
    r"(?:will\s+)?[^\W\d_]+(?:\s+(?:on|up|in|out))?\s+me|and i|and me|& i|n i|"
    r"(?:just|literally|always|never|still|is|was|keeps)\s+[^\W\d_]+\s+me|"
    # someone's age, where someone lives ("… is 53", "… vive por el centro")
    r"(?:is|turned|turns)\s+\d{1,2}(?![\d.,:/-])|vive|vit|lebt|wohnt|abita|"
    # what the writer feels about someone ("honestly dédé is so cute")
    r"is (?:so |really |literally |lowkey |actually )?(?:cute|sweet)|" + ONLY_A_PERSON + r"|"
    # someone cute in the other languages ("kevin ist so süß", "X est trop mignon", "X es
    # tan mono", "X è troppo carino"; the English one is above)
    r"(?:ist|est|es|è) (?:so|trop|tan|muy|troppo|così) (?:süß|cute|mignon|mignonne|mono|mona|"
    r"carino|carina|guapo|guapa)|"
    r"me\s+[^\W\d_]+i?ó|abuse|exagère|se pasa|exagera|esagera|übertreibt|"
    # someone known from a place ("… from the gym asked", "… from accounts keeps")
    r"from|"
    # greetings passed on ("xabier te manda saludos", "gianluca ti saluta", "maïwenn te
    # passe le bonjour", "lotta lässt grüßen")
    r"te manda saludos|te manda un beso|ti saluta|te passe le bonjour|te salue|lässt grüßen|"
    r"lässt dich grüßen"
)

_SOCIAL_ACT = _FILLERS + NAME + _SOCIAL_VERBS + r")\b"

SUBJECT_SOCIAL = re.compile(_SOCIAL_ACT)

SUBJECT_SOCIAL_CUED = re.compile(
    word_start(
        r"\b(?:think|thinks|thought|guess|bet|hope|know|if|cuz|cause|because|bc|coz|when|"
        r"maybe|that|why does|why did|why is|why would|does|did|believe|"
        r"glaubst|glaube|denkst|crois|creo|crees|pensi|penso|que|che|dass|"
        # what someone else says of a person ("mom says dwayne is a bad influence")
        r"says|said|swears|reckons|hoffe|ojalá|"
        # a voice note opening with the writer, then someone ("hey it's me um frank said …")
        r"it's me|its me|it’s me)\s+"
        r"(?:du\s+|que\s+|che\s+)?"
    )
    + _SOCIAL_ACT[:-3]
    # after "que", "che": an object pronoun before a verb ("que oumar la trompait", "che furio
    # la tradisce"); opening a sentence the same shape is an imperative ("mandami la …")
    + r"|(?:la|le|lo|gli|les)\s+[^\W\d_]{3,})\b"
)

# A name beside the writer's relative it names: "Wren my sister is visiting", "hazel, my
# roommate", "lena meine schwester kommt", "lucía mi prima".
APPOSED = re.compile(_FILLERS + NAME + KIN_AFTER.pattern)

# Someone known from a place, a team or a class, then what they did ("gallagher from
# accounting asked me out", "Drew from work keeps liking my pics", "Weber aus der Buchhaltung
# hat mich gefragt", "Martin du boulot m'a invitée"): a surname alone, in any case.
FROM_PLACE = re.compile(
    # (a surname may come between: "miles Baker from hr emailed me"; the place may take five
    # words: "rob from the Riverside Royals group chat keeps …")
    _FILLERS + NAME + r"(?:\s+[^\W\d_]+)?\s+(?:from|aus|von|du|de la|del|dal|della|dalla)\s+"
    r"(?:[^\W\d_]+\s+){1,6}?"
    # ("m" before "'a": the word gate reads words of letters only)
    r"\b(?:asked|keeps|kept|texted|called|messaged|emailed|liked|likes|invited|told|slid|added|"
    r"followed|wants|hat|m(?=['’]a)|me|mi)\b"
)

# A profile line: a name and an age in brackets opening the message ("darcy (27) Aberdeen",
# "Lena (31) münchen"); a count is no name ("Messages (12)").
PROFILE = re.compile(NAME + r"\s*\(\d{1,2}\)")

# "dan here", "hi there, tessa here", "hey, ole hier", at the start of a message.
HERE = re.compile(
    r"^(?:(?:hi+|hey|heyy+|hello|yo|hallo|hola|ciao|salut|coucou|na|moin|servus)"
    r"(?: there)?[\s,!.]+)?"
    r"(?:(?P<its>it's|it’s|its|it is|this is|c'est|c’est)\s+)?"
    + NAME
    # "again" only after "it's": "its X here again", "its X again", not "Monday again huh"
    + r"\s+(?:here|hier|ici|(?(its)again|(?!)))\b"
)

# A name before kisses closing the message: "night babe. love you. grace xx".
KISSED = re.compile(r"(?:^|(?<=[.!?,])\s*)" + NAME + r"\s+(?:x+|xo+|xoxo)\s*[!.]*\s*$")

# The writer's partner ("kane and i …") and the writer's own surname ("Pickering is my
# married name", "quintero ist mein nachname", "Rossi è il mio cognome"); not "middle name",
# which idioms take ("Trouble is my middle name").
LEADING = re.compile(
    # after fillers, a known first name only ("so Bill and i r officially over")
    _FILLERS + NAME + r"\s+(?:and i|and me|& i|n i|und ich|et moi|y yo|e io|"
    r"is my (?:married|maiden|last|real|family|full) name|"
    r"is my surname|ist mein (?:nachname|familienname|name)|es mi apellido|"
    r"è il mio cognome|e il mio cognome|c'est mon nom|est mon nom)\b"
)

# A sign-off closes the message, and its words fit in this many characters before the last
# word ("love you lots - ", "liebe grüße, ").
_SIGN_OFF_REACH = 24

_APOSTROPHE_S = re.compile(r"['’]s\b")

_KISSES = re.compile(r"x+|xo+|xoxo")

# The words of SIGN_OFF, for _may_sign_off.
_SIGN_OFF_WORDS = frozenset(
    (
        "love", "love you", "love u", "love ya", "love you lots", "love u lots", "love ya lots",
        "lots of love", "luv", "cheers", "thanks", "thx", "hugs", "kisses", "bye", "lg", "vg",
        "liebe grüße", "grüße", "gruß", "bussi", "kuss", "bisous", "bises", "bisou",
        "gros bisous", "besos", "besitos", "un besito", "un beso", "abrazos", "un abrazo",
        "saludos",
        "un bacio", "baci", "bacioni", "un abbraccio", "saluti",
    )
)  # fmt: skip

# What every match of these patterns holds: a message without it is not searched (speed
# only). A sign-off holds a kiss, a dash or a sign-off word (its first word, or for "un …" its
# second). (Every alternative opens with a literal, dashes included, so that the engine
# searches for their first characters at once.)
_SIGN_OFF_HINT = re.compile(
    r"x|-|–|—|~|love|luv|cheers|thanks|thx|hugs|kisses|bye|lg|vg|grüße|gruß|bussi|kuss|bis|"
    r"bes|abrazo|saludos|bac|abbraccio|saluti"
)

# The word that closes HERE, a whole word (after a blank, before a word boundary): one of the
# message's words (speed only; the word gate cannot read HERE's conditional group).
_HERE_WORDS = frozenset(("here", "hier", "ici", "again"))

_LEADING_HINT = re.compile(
    r"and i|and me|& i|n i|und ich|et moi|y yo|e io|name|surname|apellido|cognome|nom\b"
)


def _may_sign_off(lower: str, last: int) -> bool:
    """Whether the words before the message's last word can close a sign-off: a dash, or one
    of the sign-off words ("xx", "love u", "liebe grüße", "bisous"); a set lookup instead of
    the pattern's scan, which tries every sign-off at each of the last positions."""
    before = lower[max(0, last - _SIGN_OFF_REACH) : last].rstrip(" ,.!")
    if before and before[-1] in "-–—~":
        return True
    words = before.split()
    if not words:
        return False  # the last word opens the message, or only blanks come before it
    return any(" ".join(words[-count:]) in _SIGN_OFF_WORDS for count in (1, 2, 3)) or bool(
        _KISSES.fullmatch(words[-1])
    )


def _text_end(lower: str) -> int:
    """Where the message's last word ends, before stops and emoji."""
    end = len(lower.rstrip(" !.?)"))
    while end > 0 and not lower[end - 1].isalnum() and lower[end - 1] not in ",;:'’-":
        end -= 1
    return end


def _word_before(lower: str, end: int) -> int:
    start = end
    while start > 0 and (lower[start - 1].isalpha() or lower[start - 1] in "-'’"):
        start -= 1
    return start


# A capitalised surname, Scottish, Irish ("McGillivray", "MacPhail", "O'Rourke") and
# hyphenated ones included.
SURNAME_WORD = r"(?:Mc|Mac|O['’])?[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]+(?:-[A-Z][a-z]+)?"

_COMMA = re.compile(r",\s+")


def _after_commas(lower: str) -> list[re.Match[str]]:
    """A subject before a verb aimed at the writer opening a clause after a comma: "mark my
    words, amrit will text me", "apparently, kieron says …"."""
    return [m for c in _COMMA.finditer(lower) if (m := SUBJECT_SOCIAL.match(lower, c.end()))]


# What a message closing with kisses ends with ("xx", "xo", "xx!", "xoxo ").
_KISS_ENDS = frozenset("xo!. ")


def _kissed(lower: str) -> bool:
    return lower.rstrip(" !.").endswith(("x", "xo", "xoo"))


_Add = Callable[[tuple[re.Pattern[str], re.Match[str]]], None]


def all_matches(
    lower: str, starts: list[int], words: frozenset[str]
) -> list[tuple[re.Pattern[str], re.Match[str]]]:
    """Every match of every cue pattern, with the pattern it is a match of, each tried only
    where it can begin or end. Written out pattern by pattern: this runs on every message, and
    a loop that looked up how to try each pattern cost a fifth of the recognizer."""
    matches = _cue_matches(lower)
    add = matches.append
    if passes(words, _LEADING_WORDS) and _LEADING_HINT.search(lower) is not None:
        _at_starts(LEADING, lower, starts, add)
    if _SIGN_OFF_HINT.search(lower) is not None:
        _sign_offs(lower, add)
    if lower[-1:] in _KISS_ENDS and _kissed(lower):  # kisses close the message
        _anywhere(KISSED, lower, add)
    if not words.isdisjoint(_HERE_WORDS):  # anchored at the message's start
        _at_starts(HERE, lower, [0], add)
    social = passes(words, _SUBJECT_SOCIAL_WORDS)
    _subjects(lower, starts, words, social, add)
    # the addressed forms need a comma, the possessive an apostrophe-s: a scan of the message
    # for the literal is ~10x cheaper than the pattern, which tries a name at every word
    comma = "," in lower
    if comma:
        _at_starts(_VOCATIVE_START, lower, starts, add)
        _anywhere(_VOCATIVE_END, lower, add)
    if "'s" in lower or "’s" in lower:
        _possessives(lower, add)
    if comma and social:
        for match in _after_commas(lower):
            add((SUBJECT_SOCIAL, match))
    return matches


# The words every match of these patterns holds one of (speed only, read off the patterns).
_LEADING_WORDS = required_words(LEADING)
_SUBJECT_WORDS = required_words(SUBJECT)
_SUBJECT_SOCIAL_WORDS = required_words(SUBJECT_SOCIAL)
_SUBJECT_SOCIAL_CUED_WORDS = required_words(SUBJECT_SOCIAL_CUED)
APPOSED_WORDS = required_words(APPOSED)
FROM_PLACE_WORDS = required_words(FROM_PLACE)


def _subjects(
    lower: str, starts: list[int], words: frozenset[str], social: bool, add: _Add
) -> None:
    """Someone as a sentence's subject (``SUBJECT``, ``SUBJECT_SOCIAL``) or after a verb of
    thinking (``SUBJECT_SOCIAL_CUED``)."""
    if passes(words, _SUBJECT_WORDS):
        _at_starts(SUBJECT, lower, starts, add)
    if social:
        _at_starts(SUBJECT_SOCIAL, lower, starts, add)
    if passes(words, _SUBJECT_SOCIAL_CUED_WORDS):
        _anywhere(SUBJECT_SOCIAL_CUED, lower, add)


def shaped_matches(
    lower: str, starts: list[int], words: frozenset[str]
) -> list[tuple[re.Pattern[str], re.Match[str]]]:
    """A name beside a relative, known from a place, or before an age in brackets (each
    gated again: the caller tries this only when one of the gates passes)."""
    matches: list[tuple[re.Pattern[str], re.Match[str]]] = []
    add = matches.append
    if passes(words, APPOSED_WORDS):
        _at_starts(APPOSED, lower, starts, add)
    if passes(words, FROM_PLACE_WORDS):
        _at_starts(FROM_PLACE, lower, starts, add)
    if "(" in lower:
        _at_starts(PROFILE, lower, [0], add)
    return matches


def _at_starts(pattern: re.Pattern[str], lower: str, starts: list[int], add: _Add) -> None:
    """A pattern tried only where a sentence opens (:func:`~.names.sentence_starts`): a scan
    that tries a name at every word costs more than the few places a sentence opens."""
    for start in starts:
        match = pattern.match(lower, start)
        if match is not None:
            add((pattern, match))


def _anywhere(pattern: re.Pattern[str], lower: str, add: _Add) -> None:
    for match in pattern.finditer(lower):
        add((pattern, match))


def _sign_offs(lower: str, add: _Add) -> None:
    """A sign-off closes the message: tried from a little before its last word only."""
    last = _word_before(lower, _text_end(lower))
    if _may_sign_off(lower, last):
        for match in SIGN_OFF.finditer(lower, max(0, last - _SIGN_OFF_REACH)):
            add((SIGN_OFF, match))


def _possessives(lower: str, add: _Add) -> None:
    """The possessive forms, tried at the word before each apostrophe-s."""
    for pattern in (_POSSESSIVE, POSSESSED, AT_PLACE):
        for apostrophe in _APOSTROPHE_S.finditer(lower):
            match = pattern.match(lower, _word_before(lower, apostrophe.start()))
            if match is not None:
                add((pattern, match))
