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

The cue patterns and where they match are in :mod:`~veil.privacy.pii.recognizers.person_cues`;
this module decides whether the word a cue points at is a name.

Names found by shape and position rather than by a cue (a capitalised word in no list, a
sentence's subject, a title, a surname in lower case) are in
:mod:`~veil.privacy.pii.recognizers.name_shapes`; the gazetteers both read are in
:mod:`~veil.privacy.pii.recognizers.names`.
"""

from __future__ import annotations

import re
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
from veil.privacy.pii.recognizers.base import TextView
from veil.privacy.pii.recognizers.name_shapes import KIN_AFTER, NICKNAME, NameShapes
from veil.privacy.pii.recognizers.names import (
    CHAT_WORDS,
    STREET_WORDS,
    NameLexicon,
    mixed_case,
    sentence_starts,
)
from veil.privacy.pii.recognizers.person_cues import (
    ADDRESSED,
    ADJECTIVE_NAMES,
    AND,
    APPOSED,
    APPOSED_WORDS,
    AT_PLACE,
    FILLER_WORDS,
    FROM_PLACE,
    FROM_PLACE_WORDS,
    GREETED_END,
    GREETED_INTRO,
    HERE,
    INTRO,
    KISSED,
    LEADING,
    NAME,
    ONLY_A_PERSON,
    POSSESSED,
    PROFILE,
    RELATION,
    SIGN_OFF,
    SOMEONE_CUES,
    STRONG,
    SUBJECT,
    SUBJECT_SOCIAL,
    SUBJECT_SOCIAL_CUED,
    SURNAME_WORD,
    WEAK,
    all_matches,
    ids,
    shaped_matches,
)
from veil.privacy.pii.recognizers.word_gate import passes

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
    r"(?:from|(?:my )?new (?:phone|number|num)|save (?:this|my) (?:one|number|num)|"
    r"j'ai changé|j’ai changé|nouveau num|nuevo n[úu]mero|neue nummer|nuovo numero|und du|"
    r"et toi|y t[úu]|e tu|and you|and u|btw|by the way|por cierto|übrigens|d'ailleurs|"
    r"comunque)\b"
)

# An age after "… here" ("hii amber here 😊 50f", "hope here, 27"): a self-introduction.
_AGE_AFTER = re.compile(r"[^\w]*\d{1,2}\s?(?:[mfwh]|yo)?\b(?![.,:/]\d)")

_SOMEONE = re.compile(r"(?:" + SOMEONE_CUES + r")\s+")

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
    r"sonnette|interphone|timbre)\s+" + NAME + r"\b"
)

_BACK = re.compile(r"\s+back\b")

# Someone's role at the writer's wedding, with a surname or without ("Summer Fox was my maid
# of honor", "Lena ist meine Trauzeugin", "Léa était ma témoin", "Lucía fue mi dama de honor",
# "Giulia è la mia testimone"): a first name, a word that is also one included.
_WEDDING = re.compile(
    r"(?<![\w@#'’-])(?P<name>[^\W\d_]+)(?:\s+(?P<surname>[^\W\d_]+))?\s+"
    r"(?:was|is|will be|war|ist|wird|était|est|sera|fue|es|será|era|è|sarà)\s+"
    r"(?:my|mein|meine|ma|mon|mi|la mia|il mio|mia|mio)\s+"
    r"(?:maid of honou?r|matron of honou?r|bridesmaid|best man|groomsman|trauzeugin|trauzeuge|"
    r"brautjungfer|demoiselle d'honneur|demoiselle d’honneur|témoin|dama de honor|madrina|"
    r"padrino|damigella d'onore|damigella d’onore|damigella|testimone)\b"
)

# One of them a word of every match but "best man" (speed only).
_WEDDING_WORDS = frozenset(
    split_words(
        "maid matron bridesmaid groomsman trauzeugin trauzeuge brautjungfer demoiselle "
        "témoin dama madrina padrino damigella testimone"
    )
)

_PLACE_OR_FIRM_VERBS = ("visiting ", "send ", "sent ", "pay ", "paid ", "owe ")

_ADDRESSED_IDS = ids(*ADDRESSED)

# What follows German "im" ("in the") as often as a name follows "im" ("i'm"): seasons and
# months.
_GERMAN_AFTER_IM = frozenset(("sommer", "winter", "frühling", "fruehling", "herbst")) | MONTHS

# The strong cues that name a relative, not a name ("my dad …", not "my name is …").
_KIN_CUE = re.compile(
    r"(?:my|mein|meine|mon|ma|mi|il mio|la mia|mio|mia)\s+(?!name|nombre|nome|nom)"
)

# What follows a verb after a relative, not a name ("my boss hates me", "my ex texted 'hey'").
_OBJECT_AFTER = re.compile(r"\s+(?:me|him|her|us|them|mich|mir|moi|mi)\b|\s+['\"‘“]")

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
    # texting someone, a friend or a coworker without a possessive, a match on a dating app,
    # whose birthday it is, what to say to someone, love before a name, the name the writer
    # is still called by (see person_cues._RELATION_CUES)
    r"text|bestie|bff|coworker|co-worker|(?:tinder|hinge|bumble|app) (?:match|date)|"
    r"(?:compleanno|cumple|cumpleaños|anniversaire|anniv|geburtstag) (?:di|de|von)|"
    r"(?:decirle|decir|dire|dirle|écrire|escribirle) (?:a|à)|"
    r"(?:ily|ilysm|ilu|hdl|hdgdl|tvb|tvtb|tq|tqm|tkm|jtm)|(?:still|always|only) calls? me|"
    r"nennt mich (?:immer )?noch|m'appelle toujours|m’appelle toujours|me sigue llamando|"
    r"mi chiama ancora|"
    # the Spanish personal "a" after a verb of meeting or telling ("vi a esperanza")
    r"(?:dije|conté|vi|conocí|llamé|saluda|escribí|hablé)\s+a|"
    # blocking someone; a kinship title without a possessive ("mamie prudence", "nonna rosa")
    r"blocked|unfollowed|ghosted|aunt|auntie|aunty|uncle|grandma|grandpa|granny|grandad|"
    r"mamie|papi|tonton|tata|tante|onkel|oma|opa|(?:el|la) (?:abuelo|abuela|tío|tía)|tía|tío|"
    r"zia|zio|nonna|nonno|"
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

# Cues of what the writer feels, after which a thing is as likely as a person ("crying over
# spilt milk", "thinking about work"): a first name only.
_FEELING_CUES = (
    "crying over",
    "cried over",
    "thinking about",
    "thought about",
    "falling for",
    "fell for",
)

# With someone since a year: a couple ("je suis avec jean depuis 2011", "sto con rosa dal
# 1995", "with will since 2019").
_SINCE = re.compile(r"\s+(?:since|depuis|desde|dal|seit)\s+(?:(?:19|20)\d\d|'\d\d)\b")

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

# Two people as a couple or a fight: "Holly and Poppy are fighting", "idk if poppy n hope r a
# thing", "lena und mia sind zusammen", "lucía y paz están juntas", "gioia e vera stanno
# insieme". Both are names when each is a first name (a word that is also one included).
_COUPLE = re.compile(
    r"(?<![\w@#'’-])(?P<a>[^\W\d_][^\W\d_'’-]*)" + AND + r"(?P<b>[^\W\d_][^\W\d_'’-]*)\s+"
    r"(?:(?:are|r|were|sind|waren|sont|étaient|son|están|estaban|sono|erano|stanno|"
    # back together ("X et Y se sont remis ensemble", "X e Y sono tornati insieme", "X and Y
    # got back together", "X und Y sind wieder zusammen")
    r"se sont|got|have got|han vuelto a estar|si sono)\s+"
    r"(?:(?:still|back|so|always|now|finally|ancora|de nuevo|wieder|encore|remis|remises|"
    r"tornati|tornate|rimessi|rimesse)\s+)?"
    r"(?:fighting|dating|a thing|together|engaged|married|arguing|beefing|a couple|zusammen|"
    r"verlobt|verheiratet|ensemble|fiancés|mariés|juntos|juntas|novios|casados|insieme|"
    r"fidanzati|sposati|coming over|coming round|staying over|kommen vorbei|viennent|"
    r"vienen a casa|vengono da me)|"
    # back together or apart, in one verb ("X y Y volvieron", "X and Y broke up")
    r"volvieron|han vuelto|lo dejaron|broke up|split up|se sont séparés|se sont quittés|"
    r"si sono lasciati|haben sich getrennt|haben schluss gemacht)\b"
)

# Whether two words may be joined by a conjunction (one scan, cheaper than the literals).
_CONJOINED = re.compile(r" (?:and|n|&|und|et|y|e) ")

# What every match holds after its verb, as one scan (speed only).
_COUPLE_HINT = re.compile(
    r"fighting|dating|a thing|together|engaged|married|arguing|beefing|a couple|zusammen|"
    r"verlobt|verheiratet|ensemble|fiancés|mariés|junt[oa]s|novios|casados|insieme|"
    r"fidanzati|sposati|coming|staying|kommen|viennent|vienen|vengono|volvieron|han vuelto|"
    r"lo dejaron|broke up|split up|séparés|quittés|lasciati|getrennt|schluss gemacht"
)

_CONJUNCTIONS = tuple(f" {word} " for word in ("and", "n", "&", "und", "et", "y", "e"))

_PARTNER_AFTER = re.compile(AND + NAME + r"\b")

_PARTNER_BEFORE = re.compile(r"(?<![\w@#'’-])" + NAME + AND + r"$")

# A filler is no subject ("franchement ça me manque").
_FILLER_SET = frozenset(FILLER_WORDS.replace(":?", "").split("|"))

_SOCIAL = ids(SUBJECT_SOCIAL, SUBJECT_SOCIAL_CUED, POSSESSED, AT_PLACE)

_SUBJECTS = ids(SUBJECT, SUBJECT_SOCIAL, SUBJECT_SOCIAL_CUED)

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
    r" me|(?:sent|sends) me|said ['‘\"“]|said (?:he|she)(?:'ll|’ll|'d|’d| will| would)|"
    # sent the writer something ("me mandó …", "mi ha mandato …", "hat mir … geschickt")
    r"me (?:mandó|envió)|mi ha (?:mandato|inviato)|hat mir [^\W\d_]+ [^\W\d_]+ geschickt|"
    r"liked my|" + ONLY_A_PERSON + r"|blocked me|ghosted me|dumped me|unfollowed me|"
    r"from\s+.{1,40}?\basked me|"
    r"m'a (?:écrit|ghost|bloqu|appel|dit|pas|encore|envoyé)|"
    r"m’a (?:écrit|ghost|bloqu|appel|dit|pas|encore|envoyé)|"
    r"(?:non|nn) mi (?:risponde|caga|scrive)|me ha (?:escrito|bloqueado|llamado|dicho)|"
    r"mi ha (?:scritto|bloccat|chiamat|detto|ghostat|lasciat|invitat)|"
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
    r"\s+(?:(?:tbh|ngl|lol|honestly)\s+)?(?:(?:and|but|n|&|cuz|bc|because|und|aber|et|mais|y|"
    r"pero|e|ma)\s+)?"
    # (not French "il": "vu rose il y a deux jours")
    r"(?:she|he|sie|er|elle|ella|él|lei|lui|shes|hes|she's|he's|she’s|he’s)\s"
)

# Words that are also names and open a sentence before a relative as something else: a verb
# ("hope my sister is ok", "Will my mum mind?") or a time ("sunday my sister is visiting").
_NOT_APPOSED = frozenset(
    frozenset(split_words("will may can hope mark bill chase drew grant pat rob miss guy frank"))
    | {"summer", "autumn", "spring", "winter"}
    | (CALENDAR - {"dawn"})  # "dawn my sister …" is no time without "at"
    | MONTHS
)

_KNOWN_ONLY = ids(*ADDRESSED, SUBJECT, SUBJECT_SOCIAL, SUBJECT_SOCIAL_CUED, POSSESSED, AT_PLACE)

# In a sign-off, the kisses, the dash or the word before a word that is also a name ("xx
# ruby", "- holly", "un bacio, felice"); "thanks, will" and "bye summer" are not enough.
_KISS_OFF = re.compile(r"\bx+\b|xo|[-–—~]|bacio|bes[oi]|bisou|bises|kuss|bussi|hugs|kisses")


def _greeted(match: re.Match[str]) -> bool:
    """A self-introduction right after a greeting opening the message, closing it or before a
    laugh or an emoji (see GREETED_INTRO)."""
    greeting = GREETED_INTRO.match(match.string)
    return (
        greeting is not None
        and greeting.end() == match.start("name")
        and match.group("name") not in ADJECTIVE_NAMES
        and GREETED_END.match(match.string, match.end("name")) is not None
    )


_FULL_NAME = re.compile(
    r"(?<![\w@#-])([^\W\d_][^\W\d_'-]+(?:-[^\W\d_]+)?) (" + SURNAME_WORD + r")\b"
)

_NATIONALITY = re.compile(r"(?:ian|ese|ish|ais|aise|ano|ana|isch|ean|can)$")

_CAPITALISED = re.compile(r"(?<![\w@#])[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]+(?:[-'][A-Z][a-z]+)?\b")

# After a first name, with its particles: "Celeste De Simone", "Nicol La Rosa", "ewen Le
# Floch", "sukhwinder Van der Berg", "leticia van der Berg".
_SURNAME = re.compile(
    r"\s+((?:(?:De|Del|Della|Di|Da|Du|Dos|Le|La|Lo|Van|Von|Ter|Ten|van|von|der|den|ter|ten)\s+)"
    r"{0,2}" + SURNAME_WORD + r")\b"
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
        if passes(words, APPOSED_WORDS) or passes(words, FROM_PLACE_WORDS) or "(" in lower:
            found.extend(self._shaped_names(view, starts))
        found.extend(self._capitalised(view))
        found.extend(self._surnamed(view, starts))
        found.extend(self._unmistakable(view))
        if not words.isdisjoint(_WEDDING_WORDS) or "best man" in lower:
            found.extend(self._wedding_party(view))
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
        # a first name that is a word of middling frequency ("victor", "costanza") is one in
        # a couple; an everyday word is not
        return self._slot_name(word, view.language) or (
            word in self._slot
            and not is_common(word)
            and not any(is_frequent(word, lang, _EVERYDAY_RANK) for lang in {view.language, "en"})
        )

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

    def _wedding_party(self, view: TextView) -> list[Entity]:
        """Someone's role at the writer's wedding (_WEDDING): a first name, with the
        capitalised word after it as the surname when it is no stopword."""
        found = []
        text = view.text
        for match in _WEDDING.finditer(view.lower):
            word, start = match.group("name"), match.start("name")
            capitalised = text[start].isupper()
            if not (
                self._word_name(word, capitalised)
                or self._names.first_name(word, view.language)
                or (capitalised and self._named_word(word, capitalised))
            ):
                continue
            end = match.end("name")
            surname = match.group("surname")
            if surname is not None:
                if not text[match.start("surname")].isupper() or is_stopword(
                    surname, view.language
                ):
                    continue  # "Lucía sí fue mi …": no surname, and no name's place
                end = match.end("surname")
            found.append(Entity(start, end, EntityType.PERSON, 0.7, self.name))
        return found

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
        lower = view.lower
        # Six words or more give the stopword vote enough to go on (see _unmistakable_name).
        reliable = lower.count(" ") >= 5
        # Each word judged once, and the message scanned only for those judged names (speed
        # only: the judgement does not depend on where the word is).
        names = {
            word
            for word in self._candidates(view)
            if len(word) > 2 and self._unmistakable_name(word, view.language, reliable)
        }
        if not names:
            return []
        return [
            Entity(*match.span(), EntityType.PERSON, 0.6, self.name)
            for match in _WORD.finditer(lower)
            if match.group() in names
        ]

    def _candidates(self, view: TextView) -> frozenset[str]:
        """The first names among the message's runs of letters (shorter runs than _WORD's
        three letters may be among them: they match no word there)."""
        if view.lower.isascii():
            # (speed only) in ASCII a run of letters is one of view.words, which need not be
            # split again; outside it view.words splits at letters beyond its class ("yeşim")
            return self._slot.intersection(view.words)
        return self._slot.intersection(_LETTERS.findall(view.lower))

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

    def _named_word(self, word: str, capitalised: bool) -> bool:
        """A capitalised first name that is also a frequent word of some language ("Grazia",
        "Marina"), taken as the subject of what only a person does ("senti Grazia mi ha
        detto …")."""
        return (
            capitalised
            and word in self._slot
            and not is_common(word)
            and not is_frequent(word, "en", _EVERYDAY_RANK)
        )

    @staticmethod
    def _person_only(pattern: re.Pattern[str], match: re.Match[str]) -> bool:
        """Whether a cue is one only a person follows (see _PERSON_ONLY_CUE, _KISS_OFF)."""
        if pattern is KISSED or pattern is SIGN_OFF:
            # after a message that ends a sentence ("Miss you. - holly"); a sign-off alone
            # ("xx, grace", "- hope") or after words ("mark my words - bill") is not enough
            if not match.string[: match.start()].rstrip().endswith((".", "!", "?")):
                return False
            return pattern is KISSED or (
                _KISS_OFF.search(match.string, match.start(), match.start("name")) is not None
            )
        if id(pattern) not in _KNOWN_ONLY and (
            KIN_AFTER.match(match.string, match.end("name")) is not None
            or _PRONOUN_AFTER.match(match.string, match.end("name")) is not None
        ):
            return True  # "call hazel she's my roommate", "with ruby and she cried"
        if pattern is INTRO:
            # "it's me, hazel", or a self-introduction that goes on as one
            return (
                match.group().startswith(_ITS_ME)
                or _INTRODUCED.match(match.string, match.end("name")) is not None
                or _greeted(match)
            )
        if pattern is HERE:
            # an age after it, or "its … again" ("hi its ruby again sorry about …")
            return (
                _AGE_AFTER.match(match.string, match.end()) is not None
                or match.group("its") is not None
            )
        if pattern is WEAK and match.group().startswith(_WITH):
            # going out with someone: "je sors avec rose", "he quedado con alba"
            before = match.string[max(0, match.start() - 12) : match.start()].split()
            return (bool(before) and before[-1] in _OUTING) or (
                _SINCE.match(match.string, match.end("name")) is not None
            )
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
        if pattern is not RELATION:
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
        for pattern, match in all_matches(lower, starts, view.words):
            strong = pattern is STRONG or pattern is LEADING
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
                pattern is RELATION
                and word in self._last
                and _SOMEONE.fullmatch(match.group()) is not None
                and (capitalised or match.group().startswith(("un tal ", "una tal ")))
            )
            if not person_only and self._ruled_out(view, pattern, match, capitalised=capitalised):
                continue
            if id(pattern) in _KNOWN_ONLY:
                if (
                    self._known_only(pattern, word, view.language)
                    or (
                        (pattern is POSSESSED or pattern is AT_PLACE)
                        and self._owner(word, lower, start)
                    )
                    or (
                        id(pattern) in _SUBJECTS
                        and (
                            self._word_name(word, capitalised)
                            or self._named_word(word, capitalised)
                        )
                        and (
                            _HUMAN_ACT.match(lower, end) is not None
                            or (capitalised and _GREETING.match(lower, end) is not None)
                        )
                    )
                ):
                    found.append(Entity(start, end, EntityType.PERSON, 0.7, self.name))
                continue
            if not capitalised and self._verb_after_relative(pattern, match, view.language):
                continue  # "my dad made me", "my boss hates me": a verb after a relative
            if self._first_name_only(pattern, match, person_only=person_only):
                continue  # "hehe xx", "crying over spilt milk", "so tired and i …"
            if (
                not person_only
                and not self._acceptable(word, view.language, capitalised, strong=strong)
                and not (
                    capitalised
                    and pattern is RELATION
                    and self._named_relative(match, view.language)
                )
            ):
                if pattern is INTRO and not _INTRO_END.match(lower, end):
                    continue
                # After "its" (possessive as often as "it's") and a conjunction ("rectification
                # and erasure"), only a known first name: a rare word there is rarely one.
                guarded = (pattern is INTRO and match.group().startswith("its ")) or (
                    pattern is WEAK and _GUARDED_WEAK.match(match.group())
                )
                loose = pattern is not WEAK and pattern is not RELATION and not guarded
                if not (
                    (loose and self._unknown_name(word, view.language))
                    or self._slot_name(
                        word,
                        view.language,
                        rare=not guarded,
                        unlisted=pattern is RELATION or pattern is HERE,
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

    def _verb_after_relative(
        self, pattern: re.Pattern[str], match: re.Match[str], language: str
    ) -> bool:
        """A lower-case word after a relative that is its verb, not a name: a frequent word
        ("my dad made me", "my cousin works at …"), or one of the 20,000 most frequent before
        an object ("my boss hates me", "my ex texted 'hey'")."""
        word = match.group("name")
        if pattern is not STRONG or word in self._first or not _KIN_CUE.match(match.group()):
            return False
        if is_frequent(word, language) or is_frequent(word, "en"):
            return True
        return _OBJECT_AFTER.match(match.string, match.end("name")) is not None and (
            is_frequent(word, language, RARE_RANK) or is_frequent(word, "en", RARE_RANK)
        )

    def _first_name_only(
        self, pattern: re.Pattern[str], match: re.Match[str], *, person_only: bool
    ) -> bool:
        """Where only a first name is taken: before kisses ("hehe xx"), after a cue of what the
        writer feels ("crying over spilt milk") and for the writer's partner after a filler
        ("so tired and i …")."""
        if match.group("name") in self._first:
            return False
        if pattern is KISSED or (pattern is RELATION and match.group().startswith(_FEELING_CUES)):
            return not person_only
        return pattern is LEADING and match.start("name") != match.start()

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
        for pattern, match in shaped_matches(view.lower, starts, view.words):
            start = match.start("name")
            word = match.group("name")
            if self._shaped(pattern, word, view.language, view.text[start].isupper()):
                found.append(Entity(start, match.end("name"), EntityType.PERSON, 0.7, self.name))
        return found

    def _shaped(
        self, pattern: re.Pattern[str], word: str, language: str, capitalised: bool
    ) -> bool:
        """A name beside a relative (APPOSED), known from a place (FROM_PLACE) or before an
        age in brackets (PROFILE): a word that is also a name unless a verb or a time there,
        a first name, a known surname (the form from a place is said of surnames alone), or
        where the construction says it all, a word no list calls frequent."""
        if word in AMBIGUOUS_NAMES:
            return self._word_name(word, capitalised) and (
                pattern is not APPOSED or word not in _NOT_APPOSED
            )
        if is_common(word) or is_stopword(word, language) or word in _FILLER_SET:
            return False
        if self._names.first_name(word, language):
            return True
        if word in self._last and (capitalised or pattern is FROM_PLACE):
            return True
        if pattern is FROM_PLACE and word in self._core:
            # a common first name that is also a word of middling frequency ("paco del curro
            # me invitó"), not an everyday one
            return not any(is_frequent(word, lang, _EVERYDAY_RANK) for lang in {language, "en"})
        return pattern is PROFILE and self._slot_name(word, language, unlisted=True)

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
