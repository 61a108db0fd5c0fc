"""People's names: after a cue ("im sarah", "call me dan", "je m'appelle …", "me llamo …"),
in a sign-off ("xx, jen", "- dan", "bisous, léa"), a greeting ("dan here", "hey, ole hier"),
as a sentence's subject ("tessa says hi"), and capitalised first names anywhere.

Words that are also names (rose, will, may, hope …) are flagged only after a strong cue or when
capitalised after a weak one, or in any case after a cue only a person follows ("ask for bill",
"told ivy", "me n rose", "my roomie april", "april's bday", a doorbell's "citofono …"), as the
subject of what only a person does to the writer ("rose keeps leaving me on read"), beside
another name ("Anjali and rose", "Holly and Poppy are fighting") or before a known surname
("Aurora Ferrari"); never bare ("rose says hi", "xx, grace"). A lower-case gazetteer name
needs one of the contexts above. A word in no gazetteer is a name after a strong cue, or
after a self-introduction ("i'm quinn btw", "qui è viola") or in a sign-off when it is no
everyday word, adjective or participle of the message's language or English
(:mod:`veil.privacy.pii.dictionary`): "i'm tired" is not.

Third parties where a name is expected ("went out with …", "j'ai vu …", "do u think … likes me",
"… hat mir geschrieben", "… no me contesta", "sorry that was … on my phone") take a first name
of any Faker locale that is not a frequent word of the message's language, or a word that the
frequency lists of that language and English both call rare (:meth:`PersonRecognizer._slot_name`).

Names found by shape and position rather than by a cue (a capitalised word in no list, a
sentence's subject, a title, a surname in lower case) are in
:mod:`~veil.privacy.pii.recognizers.name_shapes`; the gazetteers both read are in
:mod:`~veil.privacy.pii.recognizers.names`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import ClassVar

from veil.domain.pii import Entity, EntityType
from veil.privacy.pii.dictionary import (
    FREQUENT_RANK,
    PREDICATE_WORDS,
    RARE_RANK,
    is_frequent,
    is_rare,
    is_unlisted,
    looks_like_word,
    words,
)
from veil.privacy.pii.language import SUPPORTED, split_words
from veil.privacy.pii.lexicon import (
    AMBIGUOUS_NAMES,
    CALENDAR,
    COMMON_WORDS,
    MONTHS,
    is_common,
    is_stopword,
)
from veil.privacy.pii.recognizers.base import TextView, opening_gate, word_start
from veil.privacy.pii.recognizers.name_shapes import KIN_AFTER, NICKNAME, NameShapes
from veil.privacy.pii.recognizers.names import (
    CHAT_WORDS,
    STREET_WORDS,
    NameLexicon,
    mixed_case,
    sentence_starts,
)
from veil.privacy.pii.recognizers.word_gate import passes, required_words

_NAME = r"(?P<name>[^\W\d_][^\W\d_'’-]*(?:[-'’][^\W\d_]+)?)"


def _cue(cues: str) -> str:
    """A cue phrase, the space after it, and a name (looked ahead at, not consumed)."""
    return r"\b(?:" + cues + r")\s+(?=" + _NAME + ")"


# Any word that is not a stopword is a name after these.
_STRONG_CUES = (
    r"my name(?:'s|’s| is)|name's|names|the name's|call me|you can call me|i go by|"
    # someone else's name: "i think his name was gary", "met a guy called mark"
    r"(?:his|her|their) name(?:'s|’s| is| was)|name is|name was|wifes name is|"
    r"(?:my|his|her|their) (?:middle|real|full) name(?:'s|’s| is|,)|"
    r"(?:guy|girl|man|woman|dude|lady|bloke|chick|someone|somebody) (?:called|named)|"
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
_STRONG = re.compile(word_start(_cue(_STRONG_CUES)))
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
    r"bonjour|coucou|ich bin|hier ist|hier spricht|je suis|c'est|c’est|soy|aquí|aqui|sono|"
    r"qui è|qui e"
)
_INTRO = re.compile(word_start(_cue(_INTRO_CUES)))
_INTRO_END = re.compile(
    r"\s*(?:$|[,.!?;:)~]|\s(?:btw|here|from|on|and|&|lol|haha|xx?|hier|aus|von|vom|und|ici|de|du|"
    r"et|del|de|y|aquí|della|dalla|di|da|e|übrigens|d'ailleurs|por cierto|comunque|anyway|"
    r"by the way)\b)"
)
# What goes on after a self-introduction and after no adjective: an age, where the writer is
# from, a new number, a question back ("im hope. 18.", "it's me bill from the party", "c'est
# rose, j'ai changé de numéro", "its summer lol new phone who dis", "ich bin ernst 😊 und du?").
_INTRODUCED = re.compile(
    # a surname, then the name the writer goes by ("soy pilar Castillo pero dime Lupe", "ich
    # heiß Kalle Fuchs aber sag einfach …")
    r"(?:\s+[^\W\d_]+)?\s+" + NICKNAME + r"\b|"
    # an age after a stop ("its june 5" is a date)
    r"\s*[.,!]\s*\d{1,2}\b(?![.,:/]\d)|[^\w]*(?:(?:lol|haha|xd)\s+)?"
    r"(?:from|(?:my )?new (?:phone|number|num)|"
    r"j'ai changé|j’ai changé|nouveau num|nuevo n[úu]mero|neue nummer|nuovo numero|und du|"
    r"et toi|y t[úu]|e tu|and you|and u|btw|by the way|por cierto|übrigens|d'ailleurs|"
    r"comunque)\b"
)
# A message opening with a greeting and a self-introduction ("heyy im ivy lol", "ciao sono
# serena 😘", "coucou c rose"): a word that is also a name is one when the message ends there
# or goes on with a laugh or an emoji, unless it is an adjective ("hi im true lol").
_GREETED_INTRO = re.compile(
    # a voice note's label and hesitations first ("audio: eh hola soy luz eh que …")
    r"(?:(?:voice note|audio|vocal|sprachnachricht|nota de voz|vocale):\s*)?"
    r"(?:(?:eh|euh|äh|ähm|um|uh|ok|ouais|ja|so|pues|allora)[\s,]+)*"
    r"(?:hi+|hey+|hello+|yo|hallo+|ciao+|hola+|salut|coucou|bonjour|cc|slt)[\s,!.]+"
    r"(?:i'm|i’m|im|i am|c'est|c’est|c|soy|sono|ich bin|je suis)\s+"
)
_GREETED_END = re.compile(r"\s*(?:$|[!.?,~]|(?:lol|haha|xx?|eh|euh|äh|ähm|um|uh|erm)\b|[^\w\s])")
_ADJECTIVE_NAMES = frozenset(
    split_words("true blue unique precious noble merry sunny major rich urban german sole sereno")
)
# An age after "… here" ("hii amber here 😊 50f", "hope here, 27"): a self-introduction.
_AGE_AFTER = re.compile(r"[^\w]*\d{1,2}\s?(?:[mfwh]|yo)?\b(?![.,:/]\d)")
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
_WEAK = re.compile(word_start(_cue(_WEAK_CUES)))
# Relations and social acts, a closed class per language: a name follows a kinship or
# relationship noun ("my cousin …", "meine kollegin …", "ma coloc …", "mi prima …", "mia
# cugina …") or a verb of talking to, meeting or greeting someone ("i told …", "ran into …",
# "grüße an …", "j'ai dit à …", "le conté a …", "ho detto a …"). Taken like the social verbs
# above: a known first name, or a word rare in the message's language and English.
_SOMEONE_CUES = (
    r"un tal|una tal|un certo|una certa|un certain|une certaine|ein gewisser|eine gewisse|"
    r"a certain"
)
_SOMEONE = re.compile(r"(?:" + _SOMEONE_CUES + r")\s+")
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
    r"tante|onkel|oma|opa|(?:el|la) (?:abuelo|abuela|tío|tía)|abuelo|abuela|zia|zio|nonna|nonno|"
    # English "called" after a pronoun ("shes called fenella"), a Spanish subject after its
    # verb ("la hizo oihane", "me lo dijo …"), the second of two people ("had lunch with
    # malcolm and jayceon"), someone talked about ("told my therapist about fenella and …")
    r"(?:she's|shes|she’s|he's|hes|he’s|she is|he is) called|"
    r"(?:lo|la|me lo|me la|se lo|se la) (?:hizo|dijo|trajo|puso|dio|[^\W\d_]+ó)|"
    r"(?:with|w/?|avec|con|mit) [^\W\d_][^\W\d_'’-]* (?:and|&|et|y|e|und)|"
    r"about(?= [^\W\d_][^\W\d_'’-]* (?:and|&) )|"
    r"(?:told|telling|texted|texting|(?<!is )(?<!s )(?<!was )called|asked|invited|hugged|"
    r"visiting|send|sent|pay|paid|owe|"
    r"kissing|"
    r"dated|liked|missed|hated|knew|reminds? me of|thanked|helped|picked up|blocked|unfollowed|"
    r"ghosted|dumped|hanging out with|hung out with|talked to|talking to|talk to|ran into|"
    r"call|calling|crushing on|crush on|dreaming about|dreaming of|"
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
    r"(?:" + _SOMEONE_CUES + r"|named (?:[^\W\d_]+ ){1,2}after)|"
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
_RELATION = re.compile(word_start(_cue(_RELATION_CUES)))
# A name on a door: "citofono greco", "klingel bei wolf", "sonnez à l'interphone dupont". A
# surname of the gazetteer in any case ("citofono rotto" is none), or a capitalised word of no
# list; the literals of the message's language gate the scan.
_DOORBELLS = {
    "it": ("citofon", "campanello"),
    "de": ("klingel",),
    "fr": ("sonnette", "interphone"),
    "es": ("timbre",),
}
_DOORBELL = re.compile(
    r"\b(?:citofono|citofonare a|citofona a|campanello|klingel bei|klingeln bei|klingel|"
    r"sonnette|interphone|timbre)\s+" + _NAME + r"\b"
)
_BACK = re.compile(r"\s+back\b")
_PLACE_OR_FIRM_VERBS = ("visiting ", "send ", "sent ", "pay ", "paid ", "owe ")
# Someone addressed or owning something: opening the message before a comma ("nadia, are you
# coming?"), closing it after one ("see you tomorrow, nadia"), and before a possessive "'s"
# ("nadia's party"). Only known first names that are no frequent word (_slot_name, rare=False):
# "ok, …", "today's …" are not.
_VOCATIVE_START = re.compile(_NAME + r"(?=\s*,)")
_VOCATIVE_END = re.compile(r",\s*" + _NAME + r"\s*[!?.]*\s*$")
_POSSESSIVE = re.compile(r"(?<![\w@#])" + _NAME + r"(?=['’]s\b)")
_ADDRESSED = (_VOCATIVE_START, _VOCATIVE_END, _POSSESSIVE)
# Before what only a person has ("forgot Oaklynn's birthday", "stalked temitope's new
# boyfriend"), a possessive takes a slot name, rare and unlisted words included.
_POSSESSED = re.compile(
    r"(?<![\w@#])"
    + _NAME
    + r"(?=['’]s\s+(?:new\s+|old\s+|little\s+|big\s+|ex[\s-]?)?(?:birthday|bday|b-day|"
    r"party|wedding|funeral|mum|mom|mam|dad|parents|family|sister|brother|husband|wife|"
    r"boyfriend|girlfriend|bf|gf|kids|baby|son|daughter|house|place|flat|phone|number|"
    r"mobile|cell|cousin|aunt|uncle|niece|nephew|bestie|roommate|bachelorette|bachelor party|"
    r"hen do|hen party|stag do|baby shower|engagement|graduation)\b)"
)


def _ids(*patterns: re.Pattern[str]) -> frozenset[int]:
    """Patterns as a set of identities: hashing or comparing a compiled pattern hashes or
    compares its source, which costs microseconds for the long cue alternations."""
    return frozenset(map(id, patterns))


_ADDRESSED_IDS = _ids(*_ADDRESSED)


# The four cue families above in one scan instead of four (each pass over a message costs
# about a microsecond whatever it finds). The cue is looked ahead at, so every position is
# tried, as the separate patterns would; a later family that matches at the same position is
# tried there too (:func:`_cue_matches`), so the matches are the families' own.
_CUE_FAMILIES = (
    (_STRONG, _STRONG_CUES),
    (_WEAK, _WEAK_CUES),
    (_RELATION, _RELATION_CUES),
    (_INTRO, _INTRO_CUES),
)
# The gate before the scan: the first characters a cue can open with (one character let
# nearly every word through to the four alternations of some hundreds of cues).
_CUE_GATE = opening_gate("|".join(rf"\b(?:{cues})\s" for _, cues in _CUE_FAMILIES))
_ANY_CUE = re.compile(
    r"\b"
    + _CUE_GATE
    + r"(?="
    + "|".join(
        rf"(?P<family{i}>(?:{cues})\s+{_NAME.replace('?P<name>', '?:')})"
        for i, (_, cues) in enumerate(_CUE_FAMILIES)
    )
    + ")"
)


_FAMILY_INDEX = {f"family{i}": i for i in range(len(_CUE_FAMILIES))}


def _cue_matches(lower: str) -> list[tuple[re.Pattern[str], re.Match[str]]]:
    """Every match of every cue family, as the families' own patterns give them."""
    found = []
    for match in _ANY_CUE.finditer(lower):
        position = match.start()
        # the only named groups are the families', one of which matched
        first = _FAMILY_INDEX[match.lastgroup or ""]
        for pattern, _ in _CUE_FAMILIES[first:]:
            own = pattern.match(lower, position)
            if own is not None:
                found.append((pattern, own))
    return found


# What follows German "im" ("in the") as often as a name follows "im" ("i'm"): seasons and
# months.
_GERMAN_AFTER_IM = frozenset(("sommer", "winter", "frühling", "fruehling", "herbst")) | MONTHS
# The strong cues that name a relative, not a name ("my dad …", not "my name is …").
_KIN_CUE = re.compile(
    r"(?:my|mein|meine|mon|ma|mi|il mio|la mia|mio|mia)\s+(?!name|nombre|nome|nom)"
)
# Cues that only a person follows: a word that is also a name ("rose", "hope", "bill") is a
# name after these in any case ("ask for bill", "told ivy", "me n rose", "my roomie april",
# "mi prima soledad", "la mia coinquilina serena", "grüß rosa"), never bare.
_PERSON_ONLY_CUE = re.compile(
    r"(?:ask for|asking for|ask after|frag nach|fragen sie nach|demandez|pregunta por|"
    r"preguntad por|chiedi di|chiedete di|grüß|grüss|told|telling|texted|me n|me and|"
    r"me &|dis à|dites à|dile a|who's|who’s|whos|who is|do u know|do you know|kennst du|"
    r"tu connais|conoces a|conosci|(?:moving|move|moved) in (?:with|w/?)|met|cc|bcc|"
    r"(?:pero|aber)\s+(?:dime|sag einfach|sagt einfach)|"
    r"(?:engaged|married)[?!]*\s+to|(?:verlobt|verheiratet)[?!]*\s+mit|"
    r"(?:fiancée?|mariée?)[?!]*\s+(?:à|avec)|(?:comprometid|prometid|casad)[oa][?!]*\s+con|"
    r"(?:fidanzat|sposat)[oa][?!]*\s+con|"
    # missing someone, greetings from someone ("miss u hazel", "saluti da lorenzo")
    r"miss u|miss you|missing u|missing you|saludos de|saluti da|greetings from|love from|"
    r"grüße von|grüße an|"
    # a relative or a friend ("my roomie …", "my brother is …", "mi prima …")
    r"(?:my|his|her|our|your|ur|their|mein|meine|meinem|meiner|mon|ma|mes|mi|mis|il mio|"
    r"la mia|mio|mia|(?:dad|mum|mom|mam|sister|brother|cousin)['’]s)\s+[^\W\d_]+"
    # "mi compi de piso …", "dad's new gf is called …"
    r"(?:\s+[^\W\d_]+){0,2}(?:\s+is called)?)\s+"
)
# Before a month or a season, what makes it a time ("this summer's party", "last may's").
_TIME_DETERMINERS = frozenset(
    ("this", "last", "next", "that", "every", "each", "since", "until", "till", "in", "of")
)
_ITS_ME = (
    "it's me",
    "its me",
    "it’s me",
    "c'est moi",
    "soy yo",
    "ich bin's",
    "ich bins",
    "sono io",
)
_WITH = ("with ", "w ", "w/ ", "avec ", "con ", "mit ")
# Going out with someone, before "with" and its kin.
_OUTING = frozenset(
    split_words(
        "out dating date sors sort sortie sorti sortir quedado quedé quedo quedamos salgo salí "
        "esco uscito uscita usciamo ausgehen aus"
    )
)
# Names that are modal verbs in lower case ("my sister may come").
_MODALS = frozenset(("may", "will", "can"))
# The most frequent words of a language, which a lower-case name after a cue is not.
_EVERYDAY_RANK = 1_000
_GUARDED_WEAK = re.compile(r"(?:and|und|et|y|e|n|hab|habe)\s")
# Two people joined by a conjunction ("Anjali and rose", "idk if adaeze n keisha"): the one
# next to a name found is a name when it is a first name, a word that is also one included.
_AND = r"\s+(?:and|n|&|und|et|y|e)\s+"
# Two people as a couple or a fight: "Holly and Poppy are fighting", "idk if poppy n hope r a
# thing", "lena und mia sind zusammen", "lucía y paz están juntas", "gioia e vera stanno
# insieme". Both are names when each is a first name (a word that is also one included).
_COUPLE = re.compile(
    r"(?<![\w@#'’-])(?P<a>[^\W\d_][^\W\d_'’-]*)" + _AND + r"(?P<b>[^\W\d_][^\W\d_'’-]*)\s+"
    r"(?:are|r|were|sind|waren|sont|étaient|son|están|estaban|sono|erano|stanno)\s+"
    r"(?:(?:still|back|so|always|now|finally|ancora|de nuevo|wieder|encore)\s+)?"
    r"(?:fighting|dating|a thing|together|engaged|married|arguing|beefing|a couple|zusammen|"
    r"verlobt|verheiratet|ensemble|fiancés|mariés|juntos|juntas|novios|casados|insieme|"
    r"fidanzati|sposati|coming over|coming round|staying over|kommen vorbei|viennent|"
    r"vienen a casa|vengono da me)\b"
)


# Whether two words may be joined by a conjunction (one scan, cheaper than the literals).
_CONJOINED = re.compile(r" (?:and|n|&|und|et|y|e) ")


# What every match holds after its verb, as one scan (speed only).
_COUPLE_HINT = re.compile(
    r"fighting|dating|a thing|together|engaged|married|arguing|beefing|a couple|zusammen|"
    r"verlobt|verheiratet|ensemble|fiancés|mariés|junt[oa]s|novios|casados|insieme|"
    r"fidanzati|sposati|coming|staying|kommen|viennent|vienen|vengono"
)
_CONJUNCTIONS = tuple(f" {word} " for word in ("and", "n", "&", "und", "et", "y", "e"))
_PARTNER_AFTER = re.compile(_AND + _NAME + r"\b")
_PARTNER_BEFORE = re.compile(r"(?<![\w@#'’-])" + _NAME + _AND + r"$")
# Sign-offs at the end of a message: "xx, jen", "love u - dan", "bisous, léa", "lg ole".
_SIGN_OFF = re.compile(
    r"(?:(?:^|[\s,.!?])(?:x+|xo+|xoxo|love|love (?:you|u|ya)(?: lots)?|lots of love|luv|cheers|"
    r"thanks|thx|"
    r"hugs|kisses|bye|lg|vg|liebe grüße|grüße|gruß|bussi|kuss|bisous|bises|bisou|gros bisous|"
    r"besos|besitos|un besito|un beso|abrazos|un abrazo|saludos|un bacio|baci|bacioni|un abbraccio|"
    r"saluti)[\s,.!]*(?:[-–—~]\s*)?|(?:^|\s)[-–—~]\s*)"
    + _NAME
    # after the name, stops and emoji ("love u wren ❤️")
    + r"\s*[!.?)]*\s*(?:[^\w\s,;:'’-]+\s*)*$"
)
# Fillers and time words before a sentence's subject: "omg tessa just texted me", "Today duc
# told me", "Last night kane and I", "Franchement adrien abuse", "Sinceramente jonay se pasa".
_FILLER_WORDS = (
    r"omg|lol|ugh|so|and|but|also|wait|ok|okay|yeah|ya|btw|"
    r"wsh|digga|alter|raga|bueno|cmq|update:?|ngl|tbh|honestly|basically|literally|"
    r"apparently|anyway|total que|bref|allora|tja|today|tonight|yesterday|last night|"
    r"this morning|"
    r"franchement|honnêtement|sinceramente|onestamente|ehrlich gesagt|ehrlich|"
    r"heute|gestern|aujourd'hui|hoy|ayer|anoche|oggi|ieri|"
    # a voice note's hesitations ("voice note: ok so um basically …")
    r"um+|uh+|erm|eh+|euh|äh+m?|ehm"
)
# A voice note's label ("voice note: ok so um basically nat called me").
_VOICE_NOTE = r"(?:(?:voice note|voice memo|audio|vocal|sprachnachricht|nota de voz|vocale):\s*)?"
_FILLERS = _VOICE_NOTE + r"(?:(?:" + _FILLER_WORDS + r")[\s,!.:]+){0,4}"
# A filler is no subject ("franchement ça me manque").
_FILLER_SET = frozenset(_FILLER_WORDS.replace(":?", "").split("|"))
# A known first name as the subject that opens a sentence: "omg tessa just texted me",
# "lasse hat mir geschrieben", "izan no me contesta". Only gazetteer names count here.
_SUBJECT = re.compile(
    _FILLERS
    + _NAME
    + r"\s+(?:says|said|just|keeps|kept|texted|called|told|asked|wants|wanted|thinks|thought|"
    r"likes|liked|loves|hates|is|was|has|had|doesn't|didn't|won't|can't|never|always|still|"
    r"got|went|came|left|hat|ist|war|sagt|sagte|schreibt|schrieb|will|kommt|meint|findet|mag|"
    r"liebt|m'a|m’a|a|est|dit|veut|vient|ne|n'a|n’a|no|me|dice|dijo|está|quiere|tiene|nunca|"
    r"non|mi|ha|è|vuole|viene|mai|arrive|arriva|llega|arrives|comes)\b"
)
# Someone doing something to the writer, as a sentence's subject or after "think", "if" …:
# "do u think niall likes me?", "jette hat mir geschrieben", "nolwenn m'a écrit", "izan no me
# contesta". No copula or auxiliary ("Presidio is …", "Faker has …"): a rare word may follow
# these too (see :meth:`PersonRecognizer._slot_name`).
_SOCIAL_VERBS = (
    r"\s+(?:says|said|keeps|kept|texted|called|told|asked|wants|wanted|likes|liked|loves|"
    r"hates|misses|doesn't|didn't|won't|never|hat mir|hat mich|schreibt|schrieb|sagt|sagte|"
    r"meint|m'a|m’a|ne m|no me|me dijo|me escribió|me llamó|me ha|dice|dijo|non mi|mi ha|"
    r"ha detto|thinks|thought|always|doesnt|didnt|wont|"
    # a verb aimed at the writer ("bought me", "cheated on me", "will text me", "me pidió"),
    # the writer's partner ("… and i"), an object pronoun before a verb in the Romance
    # languages ("… la trompait", "… la tradisce", "… le pone") and verbs of complaint
    r"(?:will\s+)?[^\W\d_]+(?:\s+(?:on|up|in|out))?\s+me|and i|and me|& i|n i|"
    r"(?:just|literally|always|never|still|is|was|keeps)\s+[^\W\d_]+\s+me|"
    # someone's age, where someone lives ("… is 53", "… vive por el centro")
    r"(?:is|turned|turns)\s+\d{1,2}(?![\d.,:/-])|vive|vit|lebt|wohnt|abita|"
    # what the writer feels about someone ("honestly dédé is so cute")
    r"is (?:so |really |literally |lowkey |actually )?(?:cute|sweet)|"
    r"me\s+[^\W\d_]+i?ó|abuse|exagère|se pasa|exagera|esagera|übertreibt|"
    # someone known from a place ("… from the gym asked", "… from accounts keeps")
    r"from|"
    # greetings passed on ("xabier te manda saludos", "gianluca ti saluta", "maïwenn te
    # passe le bonjour", "lotta lässt grüßen")
    r"te manda saludos|te manda un beso|ti saluta|te passe le bonjour|te salue|lässt grüßen|"
    r"lässt dich grüßen"
)
_SOCIAL_ACT = _FILLERS + _NAME + _SOCIAL_VERBS + r")\b"
_SUBJECT_SOCIAL = re.compile(_SOCIAL_ACT)
_SUBJECT_SOCIAL_CUED = re.compile(
    word_start(
        r"\b(?:think|thinks|thought|guess|bet|hope|know|if|cuz|cause|because|bc|coz|when|"
        r"maybe|that|why does|why did|why is|why would|does|did|believe|"
        r"glaubst|glaube|denkst|crois|creo|crees|pensi|penso|que|che|dass)\s+"
        r"(?:du\s+|que\s+|che\s+)?"
    )
    + _SOCIAL_ACT[:-3]
    # after "que", "che": an object pronoun before a verb ("que oumar la trompait", "che furio
    # la tradisce"); opening a sentence the same shape is an imperative ("mandami la …")
    + r"|(?:la|le|lo|gli|les)\s+[^\W\d_]{3,})\b"
)
_SOCIAL = _ids(_SUBJECT_SOCIAL, _SUBJECT_SOCIAL_CUED, _POSSESSED)
_SUBJECTS = _ids(_SUBJECT, _SUBJECT_SOCIAL, _SUBJECT_SOCIAL_CUED)
# What only a person does to the writer: a word that is also a name is a name as its subject
# ("rose keeps leaving me on read", "omg Grace just liked my pic", "faith said hi", "tía, paz
# me ha escrito", "Celeste mi ha bloccata", "Jade m'a ghostée"); "hope keeps me going" is not.
_HUMAN_ACT = re.compile(
    r"\s+(?:(?:just|literally|always|never|still|finally|also)\s+)?(?:"
    r"texted me|told me|asked me|called me|messaged me|asked if i|"
    # what someone says of themselves ("Drew said he's 58")
    r"said (?:he|she)(?:'s|’s| is| was)|"
    r"won'?t stop (?:texting|calling|messaging) me|wants to (?:meet|see|date|talk to) (?:u|you|me)|"
    r"keeps? (?:leaving|texting|calling|ignoring|ghosting|messaging)"
    r" me|liked my|blocked me|ghosted me|dumped me|unfollowed me|from\s+.{1,40}?\basked me|"
    r"m'a (?:écrit|ghost|bloqu|appel|dit)|m’a (?:écrit|ghost|bloqu|appel|dit)|"
    r"me ha (?:escrito|bloqueado|llamado|dicho)|mi ha (?:scritto|bloccat|chiamat|detto)|"
    r"hat mir geschrieben|hat mich (?:blockiert|angerufen|geghostet))"
)
# Greetings passed on, capitalised only ("Rose said hi"; "rose says hi" is no name).
_GREETING = re.compile(
    r"\s+(?:(?:said|says|sends|sent) (?:hi|hello|hey)|is (?:so |really |literally )?cute|"
    r"te manda saludos|ti saluta|"
    r"te passe le bonjour|lässt grüßen)\b"
)
# The writer's own relative or friend before a name ("my landlord …", "il mio ex …").
_OWN_RELATIVE = re.compile(
    r"(?:my|his|her|our|your|ur|their|mein|meine|meinem|meiner|mon|ma|mes|mi|mis|il mio|"
    r"la mia|mio|mia)\s"
)
# A pronoun taking the name up: "had coffee with ruby and she cried", "saw Grace but she …".
_PRONOUN_AFTER = re.compile(
    r"\s+(?:(?:and|but|n|&|cuz|bc|because|und|aber|et|mais|y|pero|e|ma)\s+)?"
    # (not French "il": "vu rose il y a deux jours")
    r"(?:she|he|sie|er|elle|ella|él|lei|lui)\s"
)
# A name beside the writer's relative it names: "Wren my sister is visiting", "hazel, my
# roommate", "lena meine schwester kommt", "lucía mi prima".
_APPOSED = re.compile(_FILLERS + _NAME + KIN_AFTER.pattern)
# Words that are also names and open a sentence before a relative as something else: a verb
# ("hope my sister is ok", "Will my mum mind?") or a time ("sunday my sister is visiting").
_NOT_APPOSED = frozenset(
    frozenset(split_words("will may can hope mark bill chase drew grant pat rob miss guy frank"))
    | {"summer", "autumn", "spring", "winter"}
    | (CALENDAR - {"dawn"})  # "dawn my sister …" is no time without "at"
    | MONTHS
)
# Someone known from a place, a team or a class, then what they did ("gallagher from
# accounting asked me out", "Drew from work keeps liking my pics", "Weber aus der Buchhaltung
# hat mich gefragt", "Martin du boulot m'a invitée"): a surname alone, in any case.
_FROM_PLACE = re.compile(
    _FILLERS + _NAME + r"\s+(?:from|aus|von|du|de la|del|dal|della|dalla)\s+(?:[^\W\d_]+\s+){1,3}?"
    # ("m" before "'a": the word gate reads words of letters only)
    r"\b(?:asked|keeps|kept|texted|called|messaged|liked|likes|invited|told|slid|added|"
    r"followed|wants|hat|m(?=['’]a)|me|mi)\b"
)
# A profile line: a name and an age in brackets opening the message ("darcy (27) Aberdeen",
# "Lena (31) münchen"); a count is no name ("Messages (12)").
_PROFILE = re.compile(_NAME + r"\s*\(\d{1,2}\)")
_KNOWN_ONLY = _ids(*_ADDRESSED, _SUBJECT, _SUBJECT_SOCIAL, _SUBJECT_SOCIAL_CUED, _POSSESSED)
# "dan here", "hi there, tessa here", "hey, ole hier", at the start of a message.
_HERE = re.compile(
    r"^(?:(?:hi+|hey|heyy+|hello|yo|hallo|hola|ciao|salut|coucou|na|moin|servus)"
    r"(?: there)?[\s,!.]+)?"
    r"(?:(?P<its>it's|it’s|its|it is|this is|c'est|c’est)\s+)?"
    + _NAME
    # "again" only after "it's": "its X here again", "its X again", not "Monday again huh"
    + r"\s+(?:here|hier|ici|(?(its)again|(?!)))\b"
)
# A name before kisses closing the message: "night babe. love you. grace xx".
_KISSED = re.compile(r"(?:^|(?<=[.!?,])\s*)" + _NAME + r"\s+(?:x+|xo+|xoxo)\s*[!.]*\s*$")
# In a sign-off, the kisses, the dash or the word before a word that is also a name ("xx
# ruby", "- holly", "un bacio, felice"); "thanks, will" and "bye summer" are not enough.
_KISS_OFF = re.compile(r"\bx+\b|xo|[-–—~]|bacio|bes[oi]|bisou|bises|kuss|bussi|hugs|kisses")
# The writer's partner ("kane and i …") and the writer's own surname ("Pickering is my
# married name", "quintero ist mein nachname", "Rossi è il mio cognome"); not "middle name",
# which idioms take ("Trouble is my middle name").
_LEADING = re.compile(
    _NAME + r"\s+(?:and i|and me|& i|n i|und ich|et moi|y yo|e io|"
    r"is my (?:married|maiden|last|real|family|full) name|"
    r"is my surname|ist mein (?:nachname|familienname|name)|es mi apellido|"
    r"è il mio cognome|e il mio cognome|c'est mon nom|est mon nom)\b"
)
# A sign-off closes the message, and its words fit in this many characters before the last
# word ("love you lots - ", "liebe grüße, ").
_SIGN_OFF_REACH = 24
_APOSTROPHE_S = re.compile(r"['’]s\b")
_KISSES = re.compile(r"x+|xo+|xoxo")
# The words of _SIGN_OFF, for _may_sign_off.
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
# second).
_SIGN_OFF_HINT = re.compile(
    r"x|[-–—~]|love|luv|cheers|thanks|thx|hugs|kisses|bye|lg|vg|grüße|gruß|bussi|kuss|bis|"
    r"bes|abrazo|saludos|bac|abbraccio|saluti"
)
_HERE_HINT = re.compile(r"here|hier|ici|again")
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
_SURNAME_WORD = r"(?:Mc|Mac|O['’])?[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]+(?:-[A-Z][a-z]+)?"
_COMMA = re.compile(r",\s+")


def _after_commas(lower: str) -> list[re.Match[str]]:
    """A subject before a verb aimed at the writer opening a clause after a comma: "mark my
    words, amrit will text me", "apparently, kieron says …"."""
    return [m for c in _COMMA.finditer(lower) if (m := _SUBJECT_SOCIAL.match(lower, c.end()))]


# What a message closing with kisses ends with ("xx", "xo", "xx!", "xoxo ").
_KISS_ENDS = frozenset("xo!. ")


def _kissed(lower: str) -> bool:
    return lower.rstrip(" !.").endswith(("x", "xo", "xoo"))


def _greeted(match: re.Match[str]) -> bool:
    """A self-introduction right after a greeting opening the message, closing it or before a
    laugh or an emoji (see _GREETED_INTRO)."""
    greeting = _GREETED_INTRO.match(match.string)
    return (
        greeting is not None
        and greeting.end() == match.start("name")
        and match.group("name") not in _ADJECTIVE_NAMES
        and _GREETED_END.match(match.string, match.end("name")) is not None
    )


_Add = Callable[[tuple[re.Pattern[str], re.Match[str]]], None]


def _all_matches(
    lower: str, starts: list[int], words: frozenset[str]
) -> list[tuple[re.Pattern[str], re.Match[str]]]:
    """Every match of every cue pattern, with the pattern it is a match of, each tried only
    where it can begin or end. Written out pattern by pattern: this runs on every message, and
    a loop that looked up how to try each pattern cost a fifth of the recognizer."""
    matches = _cue_matches(lower)
    add = matches.append
    if passes(words, _LEADING_WORDS) and _LEADING_HINT.search(lower) is not None:
        _at_starts(_LEADING, lower, starts, add)
    if _SIGN_OFF_HINT.search(lower) is not None:
        _sign_offs(lower, add)
    if lower[-1:] in _KISS_ENDS and _kissed(lower):  # kisses close the message
        _anywhere(_KISSED, lower, add)
    if _HERE_HINT.search(lower) is not None:  # anchored at the message's start
        _at_starts(_HERE, lower, [0], add)
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
            add((_SUBJECT_SOCIAL, match))
    return matches


# The words every match of these patterns holds one of (speed only, read off the patterns).
_LEADING_WORDS = required_words(_LEADING)
_SUBJECT_WORDS = required_words(_SUBJECT)
_SUBJECT_SOCIAL_WORDS = required_words(_SUBJECT_SOCIAL)
_SUBJECT_SOCIAL_CUED_WORDS = required_words(_SUBJECT_SOCIAL_CUED)
_APPOSED_WORDS = required_words(_APPOSED)
_FROM_PLACE_WORDS = required_words(_FROM_PLACE)


def _subjects(
    lower: str, starts: list[int], words: frozenset[str], social: bool, add: _Add
) -> None:
    """Someone as a sentence's subject (``_SUBJECT``, ``_SUBJECT_SOCIAL``) or after a verb of
    thinking (``_SUBJECT_SOCIAL_CUED``)."""
    if passes(words, _SUBJECT_WORDS):
        _at_starts(_SUBJECT, lower, starts, add)
    if social:
        _at_starts(_SUBJECT_SOCIAL, lower, starts, add)
    if passes(words, _SUBJECT_SOCIAL_CUED_WORDS):
        _anywhere(_SUBJECT_SOCIAL_CUED, lower, add)


def _shaped_matches(
    lower: str, starts: list[int], words: frozenset[str]
) -> list[tuple[re.Pattern[str], re.Match[str]]]:
    """A name beside a relative, known from a place, or before an age in brackets (each
    gated again: the caller tries this only when one of the gates passes)."""
    matches: list[tuple[re.Pattern[str], re.Match[str]]] = []
    add = matches.append
    if passes(words, _APPOSED_WORDS):
        _at_starts(_APPOSED, lower, starts, add)
    if passes(words, _FROM_PLACE_WORDS):
        _at_starts(_FROM_PLACE, lower, starts, add)
    if "(" in lower:
        _at_starts(_PROFILE, lower, [0], add)
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
        for match in _SIGN_OFF.finditer(lower, max(0, last - _SIGN_OFF_REACH)):
            add((_SIGN_OFF, match))


def _possessives(lower: str, add: _Add) -> None:
    """The possessive forms, tried at the word before each apostrophe-s."""
    for pattern in (_POSSESSIVE, _POSSESSED):
        for apostrophe in _APOSTROPHE_S.finditer(lower):
            match = pattern.match(lower, _word_before(lower, apostrophe.start()))
            if match is not None:
                add((pattern, match))


_FULL_NAME = re.compile(
    r"(?<![\w@#-])([^\W\d_][^\W\d_'-]+(?:-[^\W\d_]+)?) (" + _SURNAME_WORD + r")\b"
)
_NATIONALITY = re.compile(r"(?:ian|ese|ish|ais|aise|ano|ana|isch|ean|can)$")
_CAPITALISED = re.compile(r"(?<![\w@#])[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]+(?:[-'][A-Z][a-z]+)?\b")
# After a first name, with its particles: "Celeste De Simone", "Nicol La Rosa", "ewen Le
# Floch", "sukhwinder Van der Berg", "leticia van der Berg".
_SURNAME = re.compile(
    r"\s+((?:(?:De|Del|Della|Di|Da|Du|Dos|Le|La|Lo|Van|Von|Ter|Ten|van|von|der|den|ter|ten)\s+)"
    r"{0,2}" + _SURNAME_WORD + r")\b"
)
# A word of letters that is not part of a handle, an e-mail address or a URL.
_LETTERS = re.compile(r"[^\W\d_]{3,}")
_WORD = re.compile(r"(?<![\w@#./_-])[^\W\d_]{3,}(?![\w@/_-]|\.\w)")


class PersonRecognizer:
    name: ClassVar[str] = "person"
    entity_types: ClassVar[frozenset[EntityType]] = frozenset({EntityType.PERSON})

    def __init__(self) -> None:
        self._names = names = NameLexicon()
        self._shapes = NameShapes(names)
        self._first, self._core, self._last = names.first, names.core, names.last
        self._places, self._slot = names.places, names.slot

    def analyze(self, view: TextView) -> list[Entity]:
        lower = view.lower
        starts = sentence_starts(lower)
        found = self._cued(view, starts)
        words = view.words
        if passes(words, _APPOSED_WORDS) or passes(words, _FROM_PLACE_WORDS) or "(" in lower:
            found.extend(self._shaped_names(view, starts))
        found.extend(self._capitalised(view))
        found.extend(self._surnamed(view, starts))
        found.extend(self._unmistakable(view))
        for doorbell in _DOORBELLS.get(view.language, ()):
            if doorbell in lower:
                found.extend(self._doorbell(view))
                break
        shapes = self._shapes
        found.extend(shapes.proper(view))
        found.extend(shapes.opening_subject(view, starts))
        found.extend(shapes.titled(view))
        if view.language == "en":
            found.extend(shapes.bare_possessives(view))
        elif view.language == "es":
            found.extend(shapes.personal_a(view))
        conjoined = _CONJOINED.search(lower) is not None
        if conjoined and _COUPLE_HINT.search(lower) is not None:
            found.extend(self._couple(view))
        if found and conjoined:
            found.extend(self._partners(view, found, starts))
        return shapes.with_lowercase_surnames(view, found)

    def _couple(self, view: TextView) -> list[Entity]:
        found: list[Entity] = []
        for match in _COUPLE.finditer(view.lower):
            spans = [match.span("a"), match.span("b")]
            if all(self._coupled(view, *span) for span in spans):
                found.extend(Entity(*span, EntityType.PERSON, 0.6, self.name) for span in spans)
        return found

    def _coupled(self, view: TextView, start: int, end: int) -> bool:
        word = view.lower[start:end]
        if word in AMBIGUOUS_NAMES:
            return self._word_name(word, view.text[start].isupper())
        return self._slot_name(word, view.language)

    def _partners(self, view: TextView, found: list[Entity], starts: list[int]) -> list[Entity]:
        """The other of two people joined by a conjunction, next to a name found; a word that
        is also a name not capitalised where a sentence opens ("Grace and Frankie", a show)."""
        partners: list[Entity] = []
        lower = view.lower
        covered = {(entity.start, entity.end) for entity in found}
        matches = []
        for start, end in covered:
            if lower.startswith(_CONJUNCTIONS, end):
                matches.append(_PARTNER_AFTER.match(lower, end))
            if lower.endswith(_CONJUNCTIONS, 0, start):
                matches.append(_PARTNER_BEFORE.search(lower, max(0, start - 32), start))
        for match in matches:
            if match is None or match.span("name") in covered:
                continue
            if self._partner(view, match, starts):
                covered.add(match.span("name"))
                partners.append(Entity(*match.span("name"), EntityType.PERSON, 0.6, self.name))
        return partners

    def _partner(self, view: TextView, match: re.Match[str], starts: list[int]) -> bool:
        word, start = match.group("name"), match.start("name")
        if word in AMBIGUOUS_NAMES:
            return word in self._slot and (
                word not in _MODALS if view.text[start].islower() else start not in starts
            )
        # a word of no list only beside "and", "n", "&": Italian "e", Spanish "y" join clauses
        # as often ("per 6 heures e ora …")
        joined = match.group().strip()
        rare = joined.startswith(("and ", "n ", "& ")) or joined.endswith((" and", " n", " &"))
        return self._slot_name(word, view.language, rare=rare)

    def _doorbell(self, view: TextView) -> list[Entity]:
        found = []
        for match in _DOORBELL.finditer(view.lower):
            start, end = match.span("name")
            word = match.group("name")
            if len(word) < 3 or is_common(word) or is_stopword(word, view.language):
                continue
            if word in self._last or (
                view.text[start].isupper() and self._names.no_word(word, view.language)
            ):
                found.append(Entity(start, end, EntityType.PERSON, 0.7, self.name))
        return found

    def _unmistakable(self, view: TextView) -> list[Entity]:
        """First names that are no word of any of the five languages, in any case and any
        phrasing: "told ottilie about u", "ayer quedé con nazaret". A name the frequency lists
        rank among the 20,000 most frequent words of any supported language ("mark", "lasse",
        "nate"), a name in a word list, a place or an ambiguous name needs a context above."""
        candidates = self._slot.intersection(_LETTERS.findall(view.lower))
        if not candidates:
            return []
        found = []
        # Six words or more give the stopword vote enough to go on (see _unmistakable_name).
        reliable = view.lower.count(" ") >= 5
        for match in _WORD.finditer(view.lower):
            word = match.group()
            if word in candidates and self._unmistakable_name(word, view.language, reliable):
                found.append(Entity(*match.span(), EntityType.PERSON, 0.6, self.name))
        return found

    def _known_only(self, pattern: re.Pattern[str], word: str, language: str) -> bool:
        """Subjects take gazetteer names (and, before a verb aimed at the writer, slot names);
        the addressed and possessive forms slot names only."""
        if id(pattern) in _ADDRESSED_IDS:
            return self._slot_name(word, language, rare=False)
        return self._subject(word, language) or (
            id(pattern) in _SOCIAL and self._slot_name(word, language, unlisted=True)
        )

    def _word_name(self, word: str, capitalised: bool) -> bool:
        """A word that is also a first name ("rose", "hope", "Will"): the modal verbs only
        capitalised ("my sister may come")."""
        if word not in AMBIGUOUS_NAMES:
            return False
        if word in _MODALS:
            return capitalised
        return word in self._slot

    @staticmethod
    def _person_only(pattern: re.Pattern[str], match: re.Match[str]) -> bool:
        """Whether a cue is one only a person follows (see _PERSON_ONLY_CUE, _KISS_OFF)."""
        if pattern is _KISSED or pattern is _SIGN_OFF:
            # after a message that ends a sentence ("Miss you. - holly"); a sign-off alone
            # ("xx, grace", "- hope") or after words ("mark my words - bill") is not enough
            if not match.string[: match.start()].rstrip().endswith((".", "!", "?")):
                return False
            return pattern is _KISSED or (
                _KISS_OFF.search(match.string, match.start(), match.start("name")) is not None
            )
        if id(pattern) not in _KNOWN_ONLY and (
            KIN_AFTER.match(match.string, match.end("name")) is not None
            or _PRONOUN_AFTER.match(match.string, match.end("name")) is not None
        ):
            return True  # "call hazel she's my roommate", "with ruby and she cried"
        if pattern is _INTRO:
            # "it's me, hazel", or a self-introduction that goes on as one
            return (
                match.group().startswith(_ITS_ME)
                or _INTRODUCED.match(match.string, match.end("name")) is not None
                or _greeted(match)
            )
        if pattern is _HERE:
            return _AGE_AFTER.match(match.string, match.end()) is not None
        if pattern is _WEAK and match.group().startswith(_WITH):
            # going out with someone: "je sors avec rose", "he quedado con alba"
            before = match.string[max(0, match.start() - 12) : match.start()].split()
            return bool(before) and before[-1] in _OUTING
        if id(pattern) in _KNOWN_ONLY:
            return False
        if match.group().startswith(_PLACE_OR_FIRM_VERBS):
            # "pay … back", "owe … back": a person, not a bill or a firm
            return _BACK.match(match.string, match.end("name")) is not None
        return _PERSON_ONLY_CUE.fullmatch(match.group()) is not None

    def _owner(self, word: str, lower: str, start: int) -> bool:
        """A word that is also a name before what only a person has ("april's bday", "Jack's
        phone"), unless a determiner makes it a time ("this summer's party")."""
        if word not in AMBIGUOUS_NAMES or word not in self._slot:
            return False
        before = lower[max(0, start - 8) : start].split()
        return not before or before[-1] not in _TIME_DETERMINERS

    def _ruled_out(
        self, view: TextView, pattern: re.Pattern[str], match: re.Match[str], *, capitalised: bool
    ) -> bool:
        if match.group().startswith("im ") and (
            view.language == "de" or match.group("name") in _GERMAN_AFTER_IM
        ):
            return True  # German "im" is "in the", not "i'm" (a short message's language
            # is often told wrong: "Steyr im sommer")
        if mixed_case(view.text[match.start("name") : match.end("name")]):
            return True  # "OpenBao", "spaCy": a product, not a person
        # "grüße an alle" in a message too short to tell its language; "mia nonna abita a …"
        # (a verb of middling frequency) unless a name; "mi jefe pedro" is a name however
        # frequent in Spanish
        word = match.group("name")
        if word in _FILLER_SET:
            return True
        if pattern is not _RELATION:
            return False
        if capitalised:
            # "visiting Accra", "pay Visa": a capitalised word of no list is a place or a firm
            # as often as a person after these
            return match.group().startswith(_PLACE_OR_FIRM_VERBS) and not self._names.first_name(
                word.lower(), view.language
            )
        if word in self._core and not is_common(word) and word not in AMBIGUOUS_NAMES:
            return False
        limit = FREQUENT_RANK if word in self._slot else RARE_RANK
        return any(is_frequent(word, language, limit) for language in SUPPORTED)

    def _unmistakable_name(self, word: str, language: str, reliable: bool) -> bool:
        if word in AMBIGUOUS_NAMES or is_common(word) or word in self._places:
            return False
        # No word of the message's language or English: beyond the 20,000 most frequent words
        # of both. In a message long enough for its language to be known, other languages only
        # down to their 5,000 most frequent words, which names reach there because they are
        # names ("leopold", "beatrix" in German); a short message is often detected wrongly
        # ("stasera esco con …" reads as Spanish, and "esco" is Italian "I go out", rank 6,039).
        if is_frequent(word, language, RARE_RANK) or is_frequent(word, "en", RARE_RANK):
            return False
        other_limit = FREQUENT_RANK if reliable else RARE_RANK
        if any(is_frequent(word, other, other_limit) for other in SUPPORTED):
            return False
        # A known name is judged by the word lists alone, not by endings that make "winifred"
        # or "emily" look like a participle or an adverb.
        return word not in words("en") and word not in words(language)

    @staticmethod
    def _surname_after_word(match: re.Match[str], starts: list[int], language: str) -> bool:
        """A word that is also a name before a capitalised surname: opening a sentence not
        before an everyday word ("Grace Church is …", "May Day"), in lower case only before
        one that is no everyday word ("hazel Robinson", not "summer Camp")."""
        last = match.group(2).lower()
        if match.group(1)[0].isupper():
            return match.start() not in starts or not is_frequent(last, "en")
        return not is_frequent(last, "en") and not is_frequent(last, language)

    def _surnamed(self, view: TextView, starts: list[int]) -> list[Entity]:
        """ "becca Brooks", "Declan Carter": any word followed by a capitalised known surname."""
        if not view.has_upper:
            return []
        found = []
        language = view.language
        for match in _FULL_NAME.finditer(view.text):
            first, last = match.group(1).lower(), match.group(2).lower()
            if is_common(last) or (last in AMBIGUOUS_NAMES and last not in self._last):
                continue
            if is_common(first) or first in self._places or _NATIONALITY.search(first):
                continue
            if (
                first in AMBIGUOUS_NAMES
                and last in self._last
                and self._word_name(first, match.group(1)[0].isupper())
                and self._surname_after_word(match, starts, language)
            ):
                # a word that is also a name before a capitalised known surname: "Aurora
                # Ferrari", "do u know Hope Brown"; opening a sentence not before an everyday
                # word ("Grace Church is …", "May Day")
                found.append(Entity(*match.span(), EntityType.PERSON, 0.6, self.name))
                continue
            capitalised = match.group(1)[0].isupper()
            # "dan" and "tom" are frequent words only as names; "sister" is a first name in
            # some locale and an everyday word here (extended names leave those out)
            first_name = self._names.first_name(first, language)
            known_first = (first in self._first or first_name) and first not in AMBIGUOUS_NAMES
            if not (known_first or (capitalised and self._names.no_word(first, language))):
                continue  # "sister Grayson", "beim Bäcker", "ejecute Python": a word first
            unlisted_pair = capitalised and is_unlisted(first, language)
            if last in self._last or (
                (first_name or unlisted_pair) and self._names.no_word(last, language)
            ):
                # a known surname, or a known first name and a capitalised word of no
                # language ("cosimo Mastrangelo", "rüdiger Kettler")
                found.append(Entity(*match.span(), EntityType.PERSON, 0.6, self.name))
        return found

    def _cued(self, view: TextView, starts: list[int]) -> list[Entity]:
        found = []
        lower, text = view.lower, view.text
        for pattern, match in _all_matches(lower, starts, view.words):
            strong = pattern is _STRONG or pattern is _LEADING
            start, end = match.span("name")
            word = match.group("name")
            capitalised = text[start].isupper()
            person_only = (
                word in AMBIGUOUS_NAMES
                and self._word_name(word, capitalised)
                and self._person_only(pattern, match)
            ) or (
                # "un tal valdivia", "ein gewisser Krause": a known surname, however frequent
                # a word; in lower case after the Spanish only ("a certain young man")
                pattern is _RELATION
                and word in self._last
                and _SOMEONE.fullmatch(match.group()) is not None
                and (capitalised or match.group().startswith(("un tal ", "una tal ")))
            )
            if not person_only and self._ruled_out(view, pattern, match, capitalised=capitalised):
                continue
            if id(pattern) in _KNOWN_ONLY:
                if (
                    self._known_only(pattern, word, view.language)
                    or (pattern is _POSSESSED and self._owner(word, lower, start))
                    or (
                        id(pattern) in _SUBJECTS
                        and self._word_name(word, capitalised)
                        and (
                            _HUMAN_ACT.match(lower, end) is not None
                            or (capitalised and _GREETING.match(lower, end) is not None)
                        )
                    )
                ):
                    found.append(Entity(start, end, EntityType.PERSON, 0.7, self.name))
                continue
            if (
                pattern is _STRONG
                and not capitalised
                and _KIN_CUE.match(match.group())
                and word not in self._first
                and (is_frequent(word, view.language) or is_frequent(word, "en"))
            ):
                continue  # "my dad made me", "my cousin works at …": a verb after a relative
            if pattern is _KISSED and not person_only and word not in self._first:
                continue  # "hehe xx": before kisses, a first name only
            if (
                not person_only
                and not self._acceptable(word, view.language, capitalised, strong=strong)
                and not (
                    capitalised
                    and pattern is _RELATION
                    and self._named_relative(match, view.language)
                )
            ):
                if pattern is _INTRO and not _INTRO_END.match(lower, end):
                    continue
                # After "its" (possessive as often as "it's") and a conjunction ("rectification
                # and erasure"), only a known first name: a rare word there is rarely one.
                guarded = (pattern is _INTRO and match.group().startswith("its ")) or (
                    pattern is _WEAK and _GUARDED_WEAK.match(match.group())
                )
                loose = pattern is not _WEAK and pattern is not _RELATION and not guarded
                if not (
                    (loose and self._unknown_name(word, view.language))
                    or self._slot_name(
                        word,
                        view.language,
                        rare=not guarded,
                        unlisted=pattern is _RELATION or pattern is _HERE,
                    )
                ):
                    continue
            found.append(
                Entity(
                    start,
                    self._with_surname(text, end),
                    EntityType.PERSON,
                    0.85 if strong else 0.7,
                    self.name,
                )
            )
        return found

    def _named_relative(self, match: re.Match[str], language: str) -> bool:
        """A capitalised word after the writer's relative ("my landlord Crowley", "il mio ex
        Totò"): a known surname, or a word that is no everyday word (beyond the 5,000 most
        frequent) of the message's language or English, no place and no nationality."""
        if _OWN_RELATIVE.match(match.group()) is None:
            return False
        word = match.group("name")
        if is_common(word) or word in self._places or _NATIONALITY.search(word) is not None:
            return False
        return word in self._last or not (
            is_frequent(word, language, FREQUENT_RANK) or is_frequent(word, "en", FREQUENT_RANK)
        )

    def _shaped_names(self, view: TextView, starts: list[int]) -> list[Entity]:
        found = []
        for pattern, match in _shaped_matches(view.lower, starts, view.words):
            start = match.start("name")
            word = match.group("name")
            if self._shaped(pattern, word, view.language, view.text[start].isupper()):
                found.append(Entity(start, match.end("name"), EntityType.PERSON, 0.7, self.name))
        return found

    def _shaped(
        self, pattern: re.Pattern[str], word: str, language: str, capitalised: bool
    ) -> bool:
        """A name beside a relative (_APPOSED), known from a place (_FROM_PLACE) or before an
        age in brackets (_PROFILE): a word that is also a name unless a verb or a time there,
        a first name, a known surname (the form from a place is said of surnames alone), or
        where the construction says it all, a word no list calls frequent."""
        if word in AMBIGUOUS_NAMES:
            return self._word_name(word, capitalised) and (
                pattern is not _APPOSED or word not in _NOT_APPOSED
            )
        if is_common(word) or is_stopword(word, language) or word in _FILLER_SET:
            return False
        if self._names.first_name(word, language):
            return True
        if word in self._last and (capitalised or pattern is _FROM_PLACE):
            return True
        return pattern is _PROFILE and self._slot_name(word, language, unlisted=True)

    def _acceptable(self, word: str, language: str, capitalised: bool, *, strong: bool) -> bool:
        if word in AMBIGUOUS_NAMES:
            return capitalised or strong
        if len(word) < 2 or word in COMMON_WORDS or is_stopword(word, language):
            return False
        if strong:
            # "toi et moi c'est fini": an everyday word after "c'est" is no name
            everyday = word not in self._slot and is_frequent(word, language, _EVERYDAY_RANK)
            return capitalised or not (is_common(word) or everyday)
        if word in self._first:
            # a name that is an everyday word here only when capitalised ("sono alta")
            return not is_common(word) and (
                capitalised
                or (
                    word not in PREDICATE_WORDS.get(language, ())
                    and (word in self._core or not is_frequent(word, language, _EVERYDAY_RANK))
                )
            )
        if capitalised and word in self._slot and not is_common(word):
            # a first name that is also a word somewhere ("Asia", "Pau"), capitalised; in
            # German only when no frequent German word ("und Lasse": "lasse" is "I let")
            return language != "de" or not is_frequent(word, "de")
        # An unknown capitalised word after "i'm", "tell", "with" …: a name unless it is a
        # place or a nationality ("I'm Italian"), a word of the message's language or English
        # ("and Netflix") or, in German, which capitalises every noun, any word at all.
        return (
            capitalised
            and language != "de"
            and ("-" not in word or self._names.compound(word, language))  # not "Saint-Gobain"
            and not is_common(word)
            and word not in self._places
            and _NATIONALITY.search(word) is None
            and not is_frequent(word, language, RARE_RANK)
            and not is_frequent(word, "en", RARE_RANK)
        )

    def _subject(self, word: str, language: str) -> bool:
        # Known names only: a word in no gazetteer opening a sentence is as often a verb or a
        # brand ("escríbeme a …" with too few stopwords to tell the language).
        names = self._core if language == "de" else self._first
        if "-" in word:
            return self._names.compound(word, language)
        return word in names and word not in AMBIGUOUS_NAMES and not is_common(word)

    def _slot_name(
        self, word: str, language: str, *, rare: bool = True, unlisted: bool = False
    ) -> bool:
        """A name where one is expected ("went out with …", "sorry that was … on my phone"):
        a first name of any Faker locale of the five languages that is not a frequent word of
        the message's language or English ("nate" yes; "kino" in German no), or a word rare
        in both ("nolwenn", "unai": :func:`~veil.privacy.pii.dictionary.is_rare`)."""
        if (
            len(word) < 3
            or not word.replace("-", "").isalpha()
            or word in AMBIGUOUS_NAMES
            or word in CHAT_WORDS
            or is_common(word)
            or is_stopword(word)
        ):
            return False
        if "-" in word and word not in self._slot:  # "isla-rose", "soo-jin" where one is expected
            return self._names.compound(word, language, unnamed=rare)
        if word in self._slot:
            return self._names.first_name(word, language)
        # a nationality's ending ("italiana") in a word of no language at all is a name's
        # ("farzana", "rukhsana") where the social and relation slots expect one
        return (
            rare
            and word not in self._places
            and (
                _NATIONALITY.search(word) is None
                or (unlisted and self._names.no_word(word, language))
            )
            and (is_rare(word, language) or (unlisted and self._unlisted(word, language)))
        )

    @staticmethod
    def _unlisted(word: str, language: str) -> bool:
        """A word of no frequency or small word list ("kieron", "persephone", which Wikipedia's
        list holds) without an adjective's or participle's ending ("licenziata", "dégoûtée")."""
        if not is_unlisted(word, language):
            return False
        listed = word in words(language) or word in words("en")
        return listed or not (looks_like_word(word, language) or looks_like_word(word, "en"))

    def _unknown_name(self, word: str, language: str) -> bool:
        """A word in no gazetteer that may still be a name where a name is expected: not an
        everyday word, adjective or participle of ``language`` or English, not a place, not a
        nationality ("i'm quinn" yes; "i'm starving", "soy nueva", "sono stanchissima" no)."""
        return (
            len(word) > 2
            and word.isalpha()  # "- topic-one" is no signature
            and word not in AMBIGUOUS_NAMES
            and word not in CHAT_WORDS
            and not is_common(word)
            and not looks_like_word(word, language)
            # "c'est fini"; a first name unless among the everyday words ("ich bin lasse", not
            # "sono alta")
            and not is_frequent(
                word, language, _EVERYDAY_RANK if word in self._slot else FREQUENT_RANK
            )
            and word not in self._places
            and _NATIONALITY.search(word) is None
            and word.strip("xo") != ""
        )

    def _capitalised(self, view: TextView) -> list[Entity]:
        if not view.has_upper:
            return []
        found = []
        text, lower = view.text, view.lower
        # The extended gazetteer only in English, whose word list is large enough to have
        # filtered it: "Esco" (Italian "I go out") is a name in some locale.
        names = self._first if view.language == "en" else self._core
        for match in _CAPITALISED.finditer(text):
            start, end = match.span()
            word = lower[start:end]
            # "Jean-Marc", "Marc-Antoine": a name of two first names
            double = (
                "-" in word
                and word not in names
                and all(part in names and not is_common(part) for part in word.split("-"))
            )
            if not double and (word not in names or word in AMBIGUOUS_NAMES or is_common(word)):
                continue
            if word in self._places and not _SURNAME.match(text, end):
                continue
            score = 0.7 if self._has_surname(text, end) else 0.6
            found.append(
                Entity(start, self._with_surname(text, end), EntityType.PERSON, score, self.name)
            )
        return found

    def _has_surname(self, text: str, end: int) -> bool:
        match = _SURNAME.match(text, end)
        return match is not None and not is_common(match.group(1).lower().rsplit(None, 1)[-1])

    def _with_surname(self, text: str, end: int) -> int:
        match = _SURNAME.match(text, end)
        if match is None:
            return end
        surname = match.group(1).lower().rsplit(None, 1)[-1]  # "De Simone": "simone"
        if (
            is_common(surname)
            or surname in STREET_WORDS
            or (surname in self._places and surname not in self._last)
        ):
            return end
        return match.end()
