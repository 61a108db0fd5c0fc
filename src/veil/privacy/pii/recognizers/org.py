"""Employers and schools: after a cue ("i work at …", "ich arbeite bei …", "je travaille chez …",
"trabajo en …", "lavoro presso …", "i study at …") and names with a legal or school suffix.

This module finds the cues; :mod:`.org_shapes` finds names by their shape wherever they are,
and :mod:`.org_names` reads where the name after a cue ends and whether it can be a name at
all."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import ClassVar

from veil.domain.pii import Entity, EntityType
from veil.privacy.pii.dictionary import (
    RARE_RANK,
    looks_like_word,
    rank,
    words,
)
from veil.privacy.pii.language import split_words
from veil.privacy.pii.lexicon import (
    CALENDAR,
    first_names,
    is_common,
    last_names,
    places,
    towns,
)
from veil.privacy.pii.org_words import (
    LABELS,
    LOWER_KINDS_FIRST,
    ORDINALS,
    QUIT_NOT_EMPLOYER,
    SCHOOL_ENDINGS,
    YEAR_WORDS,
)
from veil.privacy.pii.recognizers.base import TextView, opening_gates, word_start
from veil.privacy.pii.recognizers.org_names import (
    TOKEN,
    capitalised_names_after,
    context_name_end,
    everyday,
    everyday_or_person,
    german_noun,
    is_place,
    loose_name_end,
    lower_everyday,
    lower_org_end,
    name_end,
    name_like,
    person_like,
    possessive_end,
    shouted,
    skip_space,
    unusual,
)
from veil.privacy.pii.recognizers.org_shapes import (
    CAPITALISED_WORDS,
    NAME_ARTICLES,
    kind_scored,
    shaped,
    with_article,
    word_alternation,
)
from veil.privacy.pii.recognizers.word_gate import required_words

_CUE_PATTERN = (
    r"\b(?P<cue>i work at|i work for|work at|working at|works at|work for|working for|"
    r"employed at|employed by|intern at|interning at|job at|i study at|studying at|"
    r"student at|i teach at|"
    r"i go to|go to school at|i attend|attending|i attended|ich besuche die|"
    r"ich besuche das|"
    r"besuche die|besuche das|geh auf die|gehe auf die|geh aufs|gehe aufs|je fréquente|"
    r"je vais à la|je vais au|voy a la|voy al|frequento il|frequento la|frequento l'|"
    r"frequento|vado al|vado alla|ich arbeite bei|arbeite bei|ich arbeite für|arbeite für|"
    r"ich studiere an der|studiere an der|studier an der|ich studiere in|"
    r"je travaille chez|je travaille à|"
    r"je travaille pour|travaille chez|j'étudie à|j’étudie à|trabajo en|trabajo para|"
    r"estudio en|lavoro presso|lavoro per|lavoro da|lavoro alla|lavoro al|studio all'|"
    r"studio alla|studio a|fired from|laid off from|let go from|new job at|started at|"
    r"starting at|"
    r"hired at|hired by|got a job at|covered at|covering at|interview at|interviewing at|"
    r"hab bei|habe bei|angefangen bei|commencé chez|"
    r"trabajar en|trabajar para|trabajando en|lavorare da|lavorare per|lavorare presso|"
    r"new job!*|runs|owns|commute to|commute from [^\W\d][\w -]{0,30}? to|"
    r"geh jetzt auf die|gehe jetzt auf die|je suis chez|j'étais chez|"
    r"(?:je suis|j'étais|avec moi) à(?=\s+(?:la\s|l'))|faccio|fatto|"
    r"closing(?: down)? the|shutting(?: down)? the|"
    # a year of a degree, enrolment (wharf split's first run: seen): "je suis en L3 à …",
    # "en master chez …", "sono iscritta a …", "inscrite à …", "matriculada en …"
    r"en (?:l[123]|m[12]|licence|master|prépa|bts|dut|but)\s+(?:à|a|chez)|"
    r"iscritt[oa] (?:a|al|alla)|inscrite? (?:à|a)|matriculad[oa] en|"
    r"eingeschrieben an der)\s+"
    r"(?:the\s+|die\s+|der\s+|das\s+|la\s+|le\s+|les\s+|el\s+|las\s+|los\s+|il\s+|"
    r"lo\s+|l')?"
)
_CUE = re.compile(word_start(_CUE_PATTERN))
# The general form behind those phrasings: a word of working, studying or playing for a team
# (any inflection: "work", "working", "shifts", "boss", "stage", "curro", "lavoro", "studio"),
# up to three words, then a preposition of affiliation of the same language and the name:
# "quit my job at …", "night shifts at …", "im a cashier at …", "studying nursing at …", "je
# suis en stage chez …", "mi jefe en …", "il mio capo da …". Word and preposition must share a
# language ("a degree in Biology" is English, where "in" is no preposition of affiliation;
# "currently in Tulsa" is no Spanish "curro en"). Places ("je travaille à Lyon") are left to
# the location recognizer; a common word after the preposition ("at night", "en casa") is no
# name.
_AFFILIATION_FORMS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "en": (
        tuple(
            split_words(
                "work job shift intern boss manager supervisor cowork colleague hired employ "
                "fired quit career cashier barista nurse teacher engineer developer student "
                "junior senior freshman sophomore grad stud major degree enrol attend teach play "
                "volunteer apprentic trainee staff hr"
            )
        ),
        ("at", "for", "by", "from"),
    ),
    "de": (
        tuple(
            split_words(
                "arbeit job ausbildung praktik chef kolleg angestellt gekündigt semester schüler "
                "azubi lehrer spiel werkstudent lehrjahr fang pfleger"
            )
        ),
        ("bei", "beim", "an der", "am", "an", "für"),
    ),
    "fr": (
        tuple(
            split_words(
                "travail bosse taf boulot job stage alternan patron collègue embauch démission "
                "étudi prépa master licence enseign joue prof aide-soignant caissi serveu vendeu "
                "poste "
                "infirmi postul commenc"
            )
        ),
        ("chez", "au", "à la", "à", "pour"),
    ),
    "es": (
        tuple(
            split_words(
                "trabaj curr práctica practica jef compañer contrat despid estudi carrera profe "
                "enseñ jueg jug máster master cogid puesto empiez"
            )
        ),
        ("en el", "en la", "en", "para", "al", "a la"),
    ),
    "it": (
        tuple(
            split_words(
                "lavor stage tirocin capo colleg assunt licenziat stud frequent insegn gioc prof "
                "cominci inizi infermier camerier"
            )
        ),
        (
            "presso",
            "da",
            "in",
            "per",
            "al",
            "alla",
            "all'",
            "all’",
            "nel",
            "nella",
            "nell'",
            "nell’",
        ),
    ),
}


def _affiliation_pattern(triggers: set[str]) -> str:
    return (
        r"\b(?P<trigger>"
        + word_alternation(triggers)
        + r")\w*(?:[ \t]+[\w'’-]+){0,3}?[ \t]+(?P<prep>"
        + word_alternation({prep for _, preps in _AFFILIATION_FORMS.values() for prep in preps})
        + r")(?:(?<=['’])|\b)[ \t]*"
        r"(?:the\s+|die\s+|der\s+|dem\s+|la\s+|le\s+|el\s+|il\s+|lo\s+|l'|l’)?"
    )


_AFFILIATION_PATTERN = _affiliation_pattern(
    {stem for stems, _ in _AFFILIATION_FORMS.values() for stem in stems}
)
_AFFILIATION = re.compile(word_start(_AFFILIATION_PATTERN))
# A year of study is the same form after an ordinal ("second year at Ridgemont High", "en
# deuxième année à l'IUT", "al terzo anno al Politecnico"); searched only when one of these
# words is in the message, since "year" alone is no affiliation ("a year at Google" is found
# by "at Google" only with a work word).
_YEAR_AFFILIATION_PATTERN = _affiliation_pattern(set(YEAR_WORDS))
_YEAR_AFFILIATION = re.compile(word_start(_YEAR_AFFILIATION_PATTERN))
# Searched only when _YEAR_AFFILIATION may match (_OPENINGS); the ordinal check before the
# word does the rest.
_YEAR_WORD = re.compile(word_alternation(set(YEAR_WORDS)))


def _english_word(word: str, language: str) -> bool:
    """A word of English that is no word of ``language``, or is more frequent in English
    ("keep", "basic", "cool", "fit" in a French message)."""
    english = rank(word, "en")
    if word not in words("en") and (english is None or english >= RARE_RANK):
        return False
    native = rank(word, language)
    if native is None:
        return word not in words(language)
    return english is not None and english < native


def _same_language(trigger: str, prep: str) -> bool:
    if trigger in YEAR_WORDS:
        return prep in _AFFILIATION_FORMS[YEAR_WORDS[trigger]][1]
    return any(trigger in stems and prep in preps for stems, preps in _AFFILIATION_FORMS.values())


# German puts the verb last: "hab bei … gekündigt", "bei … angefangen".
_AFFILIATION_AFTER = re.compile(
    r"\b(?:beim?|an der|am)\s+([^\W\d_][\w&'’.-]*(?:\s+[^\W\d_][\w&'’.-]*){0,3}?)\s+"
    r"(?:gekündigt|angefangen|gearbeitet|beworben|eingestiegen|unterschrieben|gejobbt|"
    r"rausgeflogen|studiert|promoviert)\b"
)
# Cues that also take everyday places ("i go to bed", "voy a la playa"): the name must be
# capitalised or a school.
_GO_TO = frozenset(
    (
        "i go to", "je vais à la", "je vais au", "voy a la", "voy al", "vado al", "vado alla",
        "geh auf die", "gehe auf die", "geh aufs", "gehe aufs",
    )
)  # fmt: skip
# Cues that also take a person or a place ("je suis chez Marie", "j'étais à Lyon", "faccio la
# spesa"): a capitalised name that is no person's.
_NAME_ONLY = frozenset(
    (
        "je suis à", "j'étais à", "avec moi à", "faccio", "fatto", "geh jetzt auf die",
        "gehe jetzt auf die", "runs", "owns", "closing the", "closing down the", "shutting the",
        "shutting down the",
    )
)  # fmt: skip
# "chez" also names someone's home ("j'étais chez Naïma"): only a kind and its name after it
# ("je suis chez ehpad les tilleuls").
_KIND_ONLY = frozenset(("je suis chez", "j'étais chez"))
# Tenure: a capitalised name (or a lower-case word that is in no word list) after "at", then
# a stretch of months or years ("been at Kestrel Analytics for 9 months now", "at Globex
# since 2019"): the sentence is about belonging somewhere. Only English "at": "bei", "chez",
# "da" also mean someone's home ("chez Marie depuis deux mois").
_TENURE = re.compile(
    r"\bat[ \t]+(?:the[ \t]+)?(?P<name>[^\W\d_][\w&'’.-]*(?:[ \t]+[\w&'’.-]+){0,3}?)[ \t]+"
    r"(?:(?:for|since)[ \t]+(?:(?:almost|over|nearly|about|like|around|more than)[ \t]+)?|"
    # "been at Denny's almost 4 years now" (street split's first run: seen)
    r"(?:almost|nearly|over|about)[ \t]+)"
    r"(?:(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|a few|a couple of|"
    r"several)[ \t]*(?:years?|yrs?|months?|mos?)\b|(?:19|20)\d\d\b)"
)
# A kind of shop or practice typed in lower case before a capitalised name: "farmacia Goya",
# "panadería La Espiga", "trattoria da Mimmo", "bäckerei Schäfer" (harbor split's first run:
# seen); the kind says what the name is.
_LOWER_KIND_NAME = re.compile(
    r"(?<![\w'’])(?P<kind>"
    + word_alternation(set(LOWER_KINDS_FIRST))
    + r")[ \t]+(?:(?:da|de|del|della|des|du|di|la|le|les|el|il|lo|los|las|am|zum|zur)[ \t]+)?"
    r"(?=[A-ZÀ-Þ])"
)
# The words of those kinds, as the message's words are split (speed only).
_LOWER_KIND_WORDS = frozenset(part for kind in LOWER_KINDS_FIRST for part in kind.split("-"))
# Leaving a job names the employer as the object: "i quit Walmart lol", "just quit deloitte".
# A language or nationality ends like one ("English", "Spanish", "Italian", "Japanese").
_NATION = re.compile(r"(?:ish|ian|ese|can)$")
_QUIT = re.compile(
    r"\b(?:quit|quitting|démissionné de|démissionné d'|démissionner de|"
    r"he dejado|dejé|dejar|"
    # being let go, in the other languages (jetty split's first run: seen): "me echaron de
    # X", "me han despedido de X", "mi sono licenziata da X", "s'est fait virer de X"
    r"me (?:echaron|echan|despidieron|han echado|han despedido) de|"
    r"mi sono licenziat[oa] da|mi hanno licenziat[oa] da|"
    r"(?:fait |me suis fait |suis )vir(?:er|ée?) de)"
    r"[ \t]*(?:my[ \t]+job[ \t]+at[ \t]+)?"
    r"(?<=[ \t'])(?:el[ \t]+|la[ \t]+|le[ \t]+|l'|l’)?"
)
# (wharf split's first run: seen) in the other languages: "X hat mir gekündigt", "X m'a pas
# rappelée pour l'entretien", "X m'a embauchée", "X me ha contratado", "X mi ha fatto il
# contratto"
_ACTS_ABROAD = (
    r"hat mir gekündigt|hat mich (?:eingestellt|genommen|abgelehnt|rausgeschmissen|gefeuert|"
    r"entlassen)|m['’]a (?:pas |jamais |toujours pas )?rappel[ée]e? (?:pour|après) (?:l['’]|"
    r"le |mon )?(?:entretien|poste|job|stage)|m['’]a (?:embauch|recrut|licenci)[ée]e?|"
    r"me (?:ha|han) (?:contratad[oa]|despedid[oa]|hecho (?:el|un) contrato)|"
    r"mi ha (?:fatto il contratto|assunt[oa]|licenziat[oa]|rinnovato il contratto)"
)
# What an employer does to an applicant or a worker, after its name: "Subway rejected me",
# "ugh Comcast called me in on my day off", "Ashcombe Lettings let me go".
_EMPLOYER_ACTS = re.compile(
    r"(?P<name>(?:[^\W\d_][\w&'’.-]*[ \t]+){0,3}?[^\W\d_][\w&'’.-]*)[ \t]+(?:rejected me|"
    r"called me in|let me go|laid me off|hired me|fired me|offered me the job|"
    # shifts imposed (jetty split's first run: seen): "Greggs is making me work saturday"
    r"(?:is |are |keeps? |kept )?making me work|made me work|makes me work|"
    r"offered me a job|"
    # (wharf split's first run: seen) of the whole staff: "X just fired half the team"
    r"(?:just )?(?:fired|laid off) (?:half|all|most|everyone|everybody|loads|the whole)|"
    + _ACTS_ABROAD
    + r")\b"
)
# The acts of the other languages alone, searched before the names (speed only).
_EMPLOYER_ACT_ABROAD = re.compile(_ACTS_ABROAD)
# Literals of the other languages' acts, one of which every match holds, read in that
# language's messages only (speed only; the English literals are tested in every message).
_EMPLOYER_ACT_HINT_ABROAD = {
    "de": ("hat mi",),
    "fr": ("m'a", "m’a"),
    "es": ("me ha",),
    "it": ("mi ha",),
}
# A shop or workplace someone is from, or something was bought from: "the girl from Kohl's
# checkout", "bought me flowers from Harrowgate Vets", "Tremaine from Tillbrook Dental Practice
# keeps liking my pics". Read after a word for a person ("guy", "girl") or a first name, or
# after a word of buying; places and people are left to their recognizers.
_FROM = re.compile(r"\bfrom[ \t]+(?:the[ \t]+)?")
_FROM_WHO = frozenset(
    split_words(
        "guy guys girl girls lady ladies man woman dude boy bloke someone somebody people folks "
        "cashier driver manager"
    )
)
_BUYING = frozenset(split_words("bought buy buying ordered order ordering got get"))
# On one's way home from somewhere (wharf split's first run: seen): "walking home from Home
# Depot", "on my way home from NHS"; a capitalised name only, as after a word for a person.
_HOMEWARD = frozenset(
    split_words("walking walk walked driving drive drove heading coming cycling biking way")
)
# Training with a club (wharf split's first run: seen): "entraînement avec Judo Club
# Villeurbanne ce soir", "allenamento con Pallavolo Ostiense", "entreno con CB Estudiantes",
# "training with Millbrook Netball", "training mit dem TSV"; a capitalised name that is no
# person's ("training with Sarah") nor a place's.
_TRAINING = re.compile(
    word_start(
        r"\b(?:training|practice|entraînement|entrainement|entraîne|entraine|allenamento|"
        r"allenamenti|mi alleno|entreno|entrenamiento|entrena|trainiere|trainier)\s+"
        r"(?:with|avec|con|mit|bei|beim)\s+"
        r"(?:the\s+|le\s+|la\s+|el\s+|il\s+|lo\s+|dem\s+|der\s+|l'|l’)?"
    )
)
# An employer as one half of a double life (wharf split's first run: seen): "Whole Foods by
# day, gamer by night", "im Bex. 31. Pret by day"; the name opens its clause. A role is no
# employer ("Nurse by day", "Software Engineer by day"): a role ends like one, or is one of
# these words.
# The same in the other languages: "X le jour, gameuse la nuit", "X de día, gamer de noche",
# "X di giorno, gamer di notte"; read in that language's messages.
_BY_DAY_ABROAD = {"fr": " le jour,", "es": " de día,", "it": " di giorno,"}
_BY_DAY_CLAUSE = re.compile(r"[.!?,;:\n]")
_ROLE_ENDING = re.compile(
    r"(?:er|or|ist|ant|ent|ian|era|ero|ista|ante|ente|ore|ice|iera|iere|ière|eur|euse|ière)s?$"
)
_ROLES = frozenset(
    split_words(
        "nurse mom mum dad mother father wife husband nerd geek cook chef coder dev medic cop "
        "intern temp barista cashier student mama papa maman mamá mamma prof profe médico "
        "medico médecin"
    )
)
# An acronym after a preposition that names where someone works ("chez SFR", "bei KiK",
# "presso ENI"): an employer whatever the message is about ("chez", "bei" name homes only
# before names of people, which are not written in capitals).
_ACRONYM_AFTER = re.compile(
    r"\b(?:[Cc]hez|[Bb]eim?|[Pp]resso)[ \t]+(?P<name>[A-Z][A-Za-z]?[A-Z]{1,4})(?![\w'’-])"
)
_TITLES = frozenset(
    split_words(
        "mr mrs ms miss mx dr prof sir madam herr frau monsieur madame mme mlle señor señora "
        "sr sra signor signora sig"
    )
)
# Tenure in the other languages, with a number of years: "seit 19 jahren bei O2", "après 23
# ans chez Optic 2000", "da 20 anni a Acqua e Sapone", "llevo 3 años en Movistar". The number
# of years makes "bei", "chez", "da" a workplace rather than someone's home; first names are
# left out ("seit 2 jahren bei Anna").
_TENURE_ABROAD = re.compile(
    r"\b(?:(?:seit|nach)[ \t]+\d+[ \t]+jahren[ \t]+beim?|"
    r"(?:après|depuis)[ \t]+\d+[ \t]+ans[ \t]+chez|"
    r"(?:da|dopo)[ \t]+\d+[ \t]+anni[ \t]+(?:a|da|presso|in|al|alla)|"
    r"(?:llevo|después de)[ \t]+\d+[ \t]+años[ \t]+en|"
    # since a year (wharf split's first run: seen): "arbeite seit 2012 bei lufthansa"
    r"seit[ \t]+(?:19|20)\d\d[ \t]+beim?|depuis[ \t]+(?:19|20)\d\d[ \t]+chez|"
    r"desde[ \t]+(?:19|20)\d\d[ \t]+en|"
    r"dal[ \t]+(?:19|20)\d\d[ \t]+(?:a|da|presso|in|al|alla))[ \t]+"
    r"(?:der[ \t]+|la[ \t]+|le[ \t]+|el[ \t]+|l'|l’)?"
)
# "since" of each language, before a year (speed only; read in that language's messages).
_SINCE = {"de": "seit", "fr": "depuis", "es": "desde", "it": "dal "}
# Moving on to another employer, after leaving or tenure in the same message (street split's
# first run: seen): "quit Meijer after 4 years and went to H-E-B", "après 16 ans chez Norauto
# je suis passée chez Optic 2000", "me fui a …", "sono passata da …", "bin zu … gewechselt".
_SWITCHED = re.compile(
    word_start(
        r"\b(?:went to|moved to|switched to|passée? chez|me (?:fui|pasé) a|"
        r"sono passat[oa] (?:a|da|in)|bin (?:zu|zur|zum))[ \t]+(?:the[ \t]+|el[ \t]+|la[ \t]+)?"
    )
)
# An article that belongs to the name: capitalised inside a sentence ("trabajo para El Corte
# Inglés", "je bosse chez La Poste", "i work at The Home Depot") or an elided "l'" glued to it
# ("l'INSA Lyon", "chez L'Oréal"). A lower-case article is the sentence's ("an der Hochschule",
# "a la Universidad"), and so is the article of a contraction ("all'Esselunga", "nell'Udinese").
# Words of a message about work, study or a team, in the five languages: with one of them, a
# name after a preposition of affiliation is an employer, a school or a club.
_CONTEXT_PATTERN = (
    r"\b(?:work\w*|job|jobs|shifts?|rota|boss|manager|hr|hired|fired|interview|salary|coworkers?|"
    r"colleagues?|intern\w*|warehouse|retired|porter|cashier|waitress|waiter|barista|nurse|"
    r"school|uni|college|degree|master'?s?|semester|exams?|class|classes|students?|studying|"
    r"dropped out|graduated|promotion|raise|coach\w*|team|club|league|training|practice|"
    r"appl(?:y|ied|ying)|callbacks?|got into|accepted|gewechselt|virée?|echad[oa]|"
    r"hotline|customer service|cliente|clienti|client|jobangebot|serveuse|serveur|"
    r"gekellnert|kellner\w*|becari[oa]|magazzino|caissière|camarer[oa]|cameriere|"
    r"conocimos|conosciuti|connus|kennengelernt|notice|starting|empiezo|empieza|commence|"
    r"puesto|poste|dejado|dém|démission|pres[ao]|assunt[ao]|staff|christmas party|geschuftet|"
    r"malocht|discount|mitarbeiterrabatt|remise|sconto|descuento|frühschicht|"
    r"spätschicht|nachtschicht|virer|desped\w*|compi|"
    r"arbeit\w*|chef|chefin|schicht\w*|gehalt\w*|"
    r"kolleg\w*|bewerb\w*|ausbildung|praktikum|gekündigt|studium|studier\w*|travail\w*|"
    r"taf|boulot|boss\w*|stage|patron\w*|collègues?|salaire|viré\w*|embauch\w*|fac|école|"
    r"lycée|trabaj\w*|curro|jefe|jefa|turnos?|sueldo|ascenso|compañer\w*|despid\w*|"
    r"facultad|carrera|universidad|lavor\w*|capo|stipendio|colleg[ah]i?|licenzi\w*|"
    r"assunt\w*|università|laurea\w*|esami|"
    # worked hard (wharf split's first run: seen): "en X me tienen explotada"
    r"explotad[oa]s?|sfruttat[oa]|exploitée?s?|ausgebeutet|"
    # training with a club (_TRAINING)
    r"entraînement|entrainement|entraîne|entraine|allenament\w*|mi alleno|entreno|"
    r"entrenamiento|entrena|trainier\w*)\b"
)
_CONTEXT = re.compile(word_start(_CONTEXT_PATTERN))
_AFFILIATED = re.compile(
    word_start(
        r"\b(?:at|for|with|von|out of|graduated from|"
        r"(?P<apply>applied to|applying to|apply to)|got into|accepted (?:at|to|into)|bei|beim|"
        r"für|zu|chez|pour|à|en|para|da|de|presso|per|alla|al|"
        r"dal|(?P<to>went to|goes to|über|about|an|di))\s+"
        r"(?:the\s+|die\s+|der\s+|das\s+|den\s+|le\s+|la\s+|les\s+|el\s+|las\s+|los\s+|"
        r"il\s+|l'|lo\s+)?"
    )
)
# The language of a preposition that only names an organisation in its own language.
_WEAK_LANGUAGE = {"über": "de", "an": "de", "di": "it", "about": "en"}
_LIST_JOINT = re.compile(r",[ \t]*(?:and[ \t]+|or[ \t]+)?|[ \t]+(?:and|or|&)[ \t]+")
_AT = re.compile(r"(?<![\w@])at\s+(?=[A-Z])")
_TEAM_HINT_PATTERN = (
    r"\b(?:fans?|game|match|tifo\w*|soy del|hincha|spielt|gioca|juega|supporte\w*|stadium|"
    r"stadion|"
    r"stadio|estadio|season|derby|cheer|root|socio|dauerkarte|supports?|obsessed|vit|vive|"
    r"fissat[oa]|lost|won|verloren|gewonnen|perdu|gagné|perso|vinto|perder|joue|"
    # coaching a team, its training or group chat: "coaches Riverside Royals", "Ashgrove
    # Otters training", "trainiert die X", "entraîne les X", "entrena a los X", "allena i X"
    r"coach\w*|trainiert|entraîne|entraine|entrena|allena|training|practice|chat)\b"
)
_TEAM_HINT = re.compile(word_start(_TEAM_HINT_PATTERN))
_TEAM_BEFORE = re.compile(
    word_start(
        r"\b(?:fans? (?:of|de|du|del|von|di)|tifo(?:so|sa)?(?: per)?|soy del|soy de|"
        r"hincha (?:del|de)|spielt|gioca|juega|supporte(?:r|rs)? (?:de|du|of)?|cheer for|root for|"
        r"socio del|socio de|season ticket for|dauerkarte (?:für|bei|von)|supports?|"
        r"obsessed with(?= the)|(?:ne )?vit (?:que )?pour(?= l)|vive por(?= el)|"
        r"fissat[oa] con(?= [il])|coach(?:es|ing)?|trainiert(?: die| den)?|entraîne|entraine|"
        r"entrena(?: a)?(?: los| las)?|allena(?: i| gli)?)\s+"
        r"(?:the\s+|le\s+|la\s+|les\s+|el\s+|il\s+|l'|l’|lo\s+)?"
    )
)
_TEAM_AFTER = re.compile(
    r"(?<![\w@#])(?P<name>[A-ZÀ-Þ][\w'’&.-]*?(?: [A-ZÀ-Þ][\w'’&.-]*){0,2}(?: \d{1,4})?)"
    r"(?: (?:game|match|fans?|supporters?)\b|-[Ff]an\b|"
    # (a squad's name, checked in code: "Ashgrove Otters group chat", "Riverside Royals
    # training")
    r"(?P<squad> (?:training|practice|group chat|groupchat)\b)|"
    r"(?P<result> (?:lost|won)\b(?!['’])| hat "
    r"(?:wieder |schon wieder )?(?:verloren|gewonnen)\b| a (?:encore )?(?:perdu|gagné)\b| ha "
    r"(?:perso|vinto|vuelto a perder|perdido|ganado)\b| qui joue\b))"
)

# Jetty split's first run (seen): forms of belonging that name the organisation without a
# preposition of work.
# A label of a kind of place one belongs to before its name: "palestra: CUS Bologna", "uni:
# Bocconi", "work: Tesco" (org_words.LABELS).
_LABELLED = re.compile(r"(?<![\w@#])(?P<label>[^\W\d_]+)[ \t]*:[ \t]*(?=[A-ZÀ-Þ])")
# Joining a gym or club: "joined PureGym in january", "me apunté al Club Natación Ebro", "mi
# sono iscritta alla Virtus", "je me suis inscrite à Basic-Fit", "bin dem TSV beigetreten" is
# verb-last and left out. A capitalised name only: "joined twitter" is a brand used.
_JOINED = re.compile(
    word_start(
        r"\b(?:joined|just joined|me apunté (?:a|al|en)|me he apuntado (?:a|al|en)|"
        r"me apunto (?:a|al|en)|mi sono iscritt[oa] (?:a|al|alla|in)|"
        r"je me suis inscrite? (?:à|au|chez))\s+(?:the\s+|la\s+|el\s+|le\s+|l'|l’)?"
    )
)
# A few minutes from a shop or workplace, said of where one lives or works: "i live like 5 min
# from Costco", "10 mins away from pret", "à 5 min de Décathlon", "a 5 minutos del Mercadona",
# "a 5 minuti dall'Esselunga", "5 minuten von Rewe". Places are the location recognizer's.
_MINUTES = r"(?:\d{1,2}|a few)[ \t]*(?:min|mins|minutes?|minuten|minutos|minuti)"
_MINUTES_FROM = re.compile(
    r"\b(?:"
    + _MINUTES
    + r"(?:[ \t]+(?:walk|drive|away))*[ \t]+(?:from|von|vom)|"
    # "de", "da" are also "of": only after "à", "a" ("con 8 minutos de retraso" is a delay)
    + r"(?<![\w'’])(?:à|a)[ \t]+"
    + _MINUTES
    + r"(?:[ \t]+(?:à pied|en voiture|a piedi|andando|caminando))?[ \t]+(?:de|du|del|de la|"
    r"da|dal|dalla|dall'|dall’))[ \t]+(?:the[ \t]+|la[ \t]+|le[ \t]+|el[ \t]+|l'|l’|der[ \t]+|"
    r"dem[ \t]+)?"
)
# A name, then a year or term of study: "Bocconi, terzo anno, esami a gennaio", "Penn State,
# second year", "Sorbonne, deuxième année", "Complutense, segundo curso", "TU Wien, 3.
# Semester".
_NAME_THEN_YEAR = re.compile(
    r"(?:^|(?<=[.!?;\n]))[ \t]*(?P<name>[A-ZÀ-Þ][\w'’&-]*(?:[ \t]+[A-ZÀ-Þ][\w'’&-]*){0,3})"
    r"[ \t]*[,:-][ \t]*(?P<ordinal>[\w.°º]+)[ \t]+(?:year|anno|año|année|annee|curso|semester|"
    r"semestre|grade)\b"
)
# A school in brackets after a degree: "laureata in economia (Federico II)", "studied law
# (UCL)", "licence de droit (Paris 8)", "grado en ADE (UC3M)", "Bachelor in BWL (LMU)".
_DEGREE_BRACKETS = re.compile(
    r"\b(?:laureat[oa]|laurea|graduated|degree|studied|studying|diploma|studiert|studium|"
    r"bachelor|master|licence|diplômée?|licenciad[oa]|graduad[oa]|grado)\b[^()\n]{0,40}?"
    r"\((?P<name>[A-ZÀ-Þ][^()\n]{0,40})\)"
)
# Those one works with, at the workplace: "nobody at boeing noticed", "everyone at Serco
# knows", and with the name first in the other languages: "en abanca nadie se ha dado cuenta",
# "da sant'orsola nessuno", "chez Decathlon personne", "bei Lidl niemand".
_COLLEAGUES = re.compile(
    word_start(
        r"\b(?:nobody|no one|noone|everyone|everybody|anybody|anyone|only one|only person)"
        r"[ \t]+at[ \t]+"
    )
)
# A room or fixture of a workplace at its name: "stealing my lunch out of the fridge at asda",
# "crying in the break room at Serco", "the staff room at Quarry Bank", "la máquina de café
# de …" is left out (Spanish "de" joins everything).
_FIXTURE_AT = re.compile(
    word_start(
        r"\b(?:fridge|break ?room|staff ?room|stock ?room|canteen|locker room|loading dock|"
        r"front desk|tills?|kitchen) at[ \t]+(?:the[ \t]+)?"
    )
)
# A hospital or school named after a saint, in lower case as chat types it: "i'm at st anne's
# hospital until 5", "she teaches at st mary's primary", "san raffaele hospital".
_SAINTS = re.compile(
    word_start(
        r"\b(?:st\.?|saint|sankt|san|santa)[ \t]+[^\W\d_]{3,}(?:['’]s)?[ \t]+(?:hospital|school|"
        r"college|academy|primary|infirmary|hospice|high|elementary|catholic school|sixth form)\b"
    )
)
# Going out to a place named in English, in a French, Spanish or Italian message: a business
# ("je vais à Basic-Fit ce soir", "je vais à Keep Cool", "voy al Gold's Gym"); the towns of
# these countries are not named in English words.
_GOING_ABROAD = re.compile(
    word_start(r"\b(?:je vais|j'vais|voy|vamos|vado|andiamo)[ \t]+(?:à|au|chez|a|al|da|in)[ \t]+")
)
# Those one works with, in the other languages: the preposition before the workplace and the
# word for nobody after it ("en abanca nadie", "da sant'orsola nessuno").
_COLLEAGUES_ABROAD = {
    "es": ("en ", " nadie"),
    "it": ("da ", " nessuno"),
    "fr": ("chez ", " personne"),
    "de": ("bei ", " niemand"),
}
# Going to a school whose name ends like one (org_words.SCHOOL_ENDINGS): "goes to Penn State".
_GOES_TO = re.compile(word_start(r"\b(?:goes|go|went|going)[ \t]+to[ \t]+"))
# A university by its town, typed in lower case: "went to uni of glasgow", "uni bremen war
# die schlimmste zeit", "università di bologna"; the town must be a known place.
_UNI_OF_PLACE = re.compile(
    word_start(
        r"\b(?:uni|university|universität|université|universidad|università)[ \t]+"
        r"(?:(?:of|de|di|degli studi di)[ \t]+)?(?P<place>[^\W\d_][\w'’-]*)"
    )
)
# Leaving a workplace, said by or of someone (_LEAVERS, or a first name before it).
_LEFT = re.compile(
    r"\b(?:left|a quitté|ai quitté|as quitté|ha lasciato|ho lasciato|hai lasciato)[ \t]+"
    r"(?:the[ \t]+)?"
)
_LEAVERS = frozenset(split_words("i she he they we finally just also elle il j'ai lei lui"))
# Phrasings that name only a team: a place's name after them is the club ("soy del
# Villarreal", "tifo Spezia", "hincha del Cádiz"); a town takes no article in Spanish.
_COACHING = ("coach", "trainiert", "entraîne", "entraine", "entrena", "allena")
_TEAM_ONLY = re.compile(r"tifo|soy del|hincha del|socio del")
# Two literals of being let go in each language's messages, one of which every match holds
# (speed only; the English and older ones are tested in every message).
_LEAVING_ABROAD = {"es": (" echa", "desp"), "it": ("licenziat", "licenziat"), "fr": ("vir", "vir")}


# The words that gate the forms of OrganizationRecognizer._belonging (speed only): a message
# without one of a form's words holds no match of it.
_JOIN_WORDS = frozenset(
    split_words("joined apunté apuntado apunto iscritto iscritta inscrit inscrite")
)
_MINUTE_WORDS = frozenset(split_words("min mins minute minutes minuten minutos minuti"))
_LEFT_WORDS = frozenset(split_words("left quitté lasciato"))
_COLLEAGUE_WORDS = frozenset(
    split_words("nobody noone one everyone everybody anybody anyone person")
)
_SAINT_WORDS = frozenset(split_words("st saint sankt san santa"))
_FIXTURE_WORDS = frozenset(
    split_words(
        "fridge break breakroom staff staffroom stock stockroom canteen locker loading front till "
        "tills kitchen"
    )
)
_GOING_WORDS = required_words(_GOING_ABROAD)[0]
_NOBODY_WORDS = frozenset(split_words("nadie nessuno personne niemand"))
_DEGREE_WORDS = required_words(_DEGREE_BRACKETS)[0]
_YEAR_WORDS = required_words(_NAME_THEN_YEAR)[0]
_GO_WORDS = required_words(_GOES_TO)[1]
_UNI_WORDS = required_words(_UNI_OF_PLACE)[0]
_BELONGING_WORDS = frozenset().union(
    LABELS, _JOIN_WORDS, _DEGREE_WORDS, _YEAR_WORDS, _GO_WORDS, _MINUTE_WORDS, _UNI_WORDS,
    _LEFT_WORDS, _COLLEAGUE_WORDS, _NOBODY_WORDS, _SAINT_WORDS, _GOING_WORDS, _FIXTURE_WORDS,
    _LOWER_KIND_WORDS,
)  # fmt: skip

# The patterns tried on every message, gated by one scan for their openings (speed only: one
# message in five holds any of them, and a scan costs about what one search does).
_OPENINGS = opening_gates(
    {
        "cue": _CUE_PATTERN,
        "affiliation": _AFFILIATION_PATTERN,
        "year": _YEAR_AFFILIATION_PATTERN,
        "context": _CONTEXT_PATTERN,
        "team": _TEAM_HINT_PATTERN,
    },
    length=6,
)

# A form of belonging, read by OrganizationRecognizer._belonging.
_Form = Callable[["OrganizationRecognizer", TextView], list[Entity]]


class OrganizationRecognizer:
    name: ClassVar[str] = "org"
    entity_types: ClassVar[frozenset[EntityType]] = frozenset({EntityType.ORGANIZATION})

    def analyze(self, view: TextView) -> list[Entity]:
        found: list[Entity] = []
        # Every shape of a name (suffix, head word, kind before a name) holds a capital letter
        # after the first character; most chat messages hold none, and then none can match.
        # (a message without a capital is spared the copies: most chat)
        if view.has_upper and view.text[1:] != view.lower[1:]:
            found.extend(shaped(view, self.name))
        gates = _OPENINGS.passed(view.lower)
        if "cue" in gates:
            found.extend(self._cued(view))
        found.extend(self._affiliations(view, gates))
        after = "bei" in view.lower or "studiert" in view.lower
        for match in _AFFILIATION_AFTER.finditer(view.lower) if after else ():
            end = loose_name_end(view, match.start(1))
            if end is not None and end <= match.end(1):
                found.append(Entity(match.start(1), end, EntityType.ORGANIZATION, 0.75, self.name))
        found.extend(self._objects_and_tenure(view))
        found.extend(self._workplaces(view))
        found.extend(self._in_context(view, gates))
        found.extend(self._belonging(view))
        return [with_article(view.text, kind_scored(view, e)) for e in found]

    def _cued(self, view: TextView) -> list[Entity]:
        """The name after a cue of working or studying (``_CUE``)."""
        found = []
        for match in _CUE.finditer(view.lower):
            name_only = match.group("cue") in _NAME_ONLY
            go_to = name_only or match.group(0).strip() in _GO_TO
            lower_start = not view.text[match.end() : match.end() + 1].isupper()
            lower = lower_org_end(view, match.end()) if lower_start else None
            if lower is not None:
                found.append(Entity(match.end(), lower, EntityType.ORGANIZATION, 0.8, self.name))
                continue
            if match.group("cue") in _KIND_ONLY or (name_only and lower_start):
                continue
            end = name_end(view, match.end(), go_to=go_to)
            if name_only and end is not None and person_like(view.lower[match.end() : end]):
                continue
            if end is not None and name_like(view, match.end(), end):
                found.append(Entity(match.end(), end, EntityType.ORGANIZATION, 0.8, self.name))
        return found

    def _team_only_end(self, view: TextView, start: int) -> int | None:
        """A capitalised name after a phrasing that names only a team (``_TEAM_ONLY``), a
        place's name too ("tifo Spezia", "soy del Villarreal", "tifo Olimpia Milano"); a
        first name or surname alone is a person ("tifo Totti")."""
        end = name_end(view, start, go_to=True)
        if end is None:
            return None
        name = view.lower[start:end]
        if is_common(name) or name in CALENDAR:
            return None
        if " " in name and name.rpartition(" ")[2] in places():
            return end  # "Olimpia Milano": a club with its town, whatever its first word
        return None if name.split()[0] in first_names() else end

    def _belonging(self, view: TextView) -> list[Entity]:
        """Forms of belonging without a preposition of work (jetty split's first run: seen):
        a label ("palestra: CUS Bologna"), joining a gym or club, a school in brackets after a
        degree, a name then a year of study, a school gone to, a few minutes from a shop, a
        university by its town, a workplace left, those one works with; each tried only when
        the message holds one of its words (``_BELONGING_WORDS``)."""
        if view.words.isdisjoint(_BELONGING_WORDS):
            return []  # nine messages in ten
        hits = view.words & _BELONGING_WORDS
        found = []
        if view.has_upper:
            for gate, form in self._CAPITALISED_FORMS:
                if not hits.isdisjoint(gate) and (gate is not LABELS or ":" in view.text):
                    found.extend(form(self, view))
        for gate, form in self._LOWER_FORMS:
            if not hits.isdisjoint(gate):
                found.extend(form(self, view))
        return found

    def _fixture_at(self, view: TextView) -> list[Entity]:
        """The workplace a room or fixture is at (``_FIXTURE_AT``): capitalised, or in lower
        case no everyday word ("the fridge at work", "the kitchen at home" are none)."""
        found = []
        for match in _FIXTURE_AT.finditer(view.lower):
            start = match.end()
            if start >= len(view.text):
                continue
            end = context_name_end(view, start)
            if end is not None and self._organisation_name(view, start, end, word_too=False):
                found.append(Entity(start, end, EntityType.ORGANIZATION, 0.6, self.name))
        return found

    def _saints(self, view: TextView) -> list[Entity]:
        """A hospital or school named after a saint (``_SAINTS``)."""
        return [
            Entity(*m.span(), EntityType.ORGANIZATION, 0.7, self.name)
            for m in _SAINTS.finditer(view.lower)
        ]

    def _english_named(self, view: TextView) -> list[Entity]:
        """A place gone to whose capitalised name is all English words, in a message of
        another language (``_GOING_ABROAD``): a business, not a town; above a place's reading
        of the same words."""
        if view.language == "en":
            return []
        found = []
        for start, end in capitalised_names_after(_GOING_ABROAD, view):
            name = view.lower[start:end]
            parts = name.replace("-", " ").replace("'s", "").replace("’s", "").split()
            if (
                is_place(name)
                or name in towns()
                or person_like(name)
                or len(parts) < 2  # "je vais à Cool" is no name
                or not all(_english_word(part, view.language) for part in parts)
            ):
                continue
            found.append(Entity(start, end, EntityType.ORGANIZATION, 0.7, self.name))
        return found

    def _uni_of_place(self, view: TextView) -> list[Entity]:
        """A university by its town in lower case (``_UNI_OF_PLACE``): "uni of glasgow"."""
        return [
            Entity(*m.span(), EntityType.ORGANIZATION, 0.7, self.name)
            for m in _UNI_OF_PLACE.finditer(view.lower)
            if m.group("place") in places() or m.group("place") in towns()
        ]

    def _colleagues(self, view: TextView) -> list[Entity]:
        """The workplace after "nobody at" (``_COLLEAGUES``)."""
        found = []
        for match in _COLLEAGUES.finditer(view.lower):
            found.extend(self._colleague_name(view, match.end(), None))
        return found

    def _colleagues_abroad(self, view: TextView) -> list[Entity]:
        """The workplace before the word for nobody (``_COLLEAGUES_ABROAD``: "en abanca
        nadie")."""
        abroad = _COLLEAGUES_ABROAD.get(view.language)
        if abroad is None or abroad[1] not in view.lower:
            return []
        lower, found = view.lower, []
        preposition, nobody = abroad
        position = lower.find(preposition)
        while position != -1:
            if position == 0 or not lower[position - 1].isalnum():
                start = skip_space(lower, position + len(preposition))
                found.extend(self._colleague_name(view, start, nobody.lstrip()))
            position = lower.find(preposition, position + 1)
        return found

    def _organisation_name(
        self, view: TextView, start: int, end: int, *, word_too: bool = True
    ) -> bool:
        """No person's, no place's, no chat word, no day: what is left is a name. Without
        ``word_too`` a single everyday word is none either ("school: Maths", "joined Twitter");
        with it a school may be one ("Normale, terzo anno", "Politecnico")."""
        name = view.lower[start:end].removesuffix("'s").removesuffix("’s")
        if not word_too and " " not in name and lower_everyday(name, view.language):
            return False
        return not (
            is_place(name)
            or is_common(name)
            or name in CALENDAR
            or name.split()[0] in CALENDAR
            or person_like(name)
            or name in towns()
        )

    def _school_gone_to(self, view: TextView) -> list[Entity]:
        """A capitalised name ending like a school after going to one (``_GOES_TO``): "goes to
        Penn State too", "went to Cardiff Met", "goes to Northwood Sixth Form"."""
        found = []
        for start, end in capitalised_names_after(_GOES_TO, view):
            words = view.lower[start:end].split()
            if (
                len(words) > 1
                and (
                    words[-1] in SCHOOL_ENDINGS
                    or " ".join(words[-2:]) in SCHOOL_ENDINGS
                    # a school named after a saint: "went to St Aidan's"
                    or (words[0] in ("st", "st.", "saint") and words[-1][-2:] in ("'s", "’s"))
                )
            ):
                found.append(Entity(start, end, EntityType.ORGANIZATION, 0.7, self.name))
        return found

    def _left(self, view: TextView) -> list[Entity]:
        """A workplace someone left (``_LEFT``): "when bronagh left IHOP", "she left ulta",
        "elle a quitté Norauto", "ha lasciato Esselunga"; no person, place or everyday word
        ("i left Hannah a note", "left London", "she left home")."""
        found = []
        for match in _LEFT.finditer(view.lower):
            before = view.text[max(0, match.start() - 20) : match.start()].split()
            if not before or not self._leaver(before[-1], view.language):
                continue
            start = match.end()
            if start >= len(view.text):
                continue
            end = context_name_end(view, start)
            if end is not None and self._organisation_name(view, start, end, word_too=False):
                found.append(Entity(start, end, EntityType.ORGANIZATION, 0.6, self.name))
        return found

    @staticmethod
    def _leaver(word: str, language: str) -> bool:
        """Who leaves, before "left": a pronoun, a first name, a capitalised word or one in no
        frequency list ("Precious", "bronagh"); not "turn left", "only left"."""
        lower = word.lower()
        return (
            lower in _LEAVERS
            or lower in first_names()
            or (word[0].isupper() and not is_common(lower))
            or (word.isalpha() and unusual(lower, language) and not lower_everyday(lower, language))
        )

    def _labelled(self, view: TextView) -> list[Entity]:
        """A capitalised name after a label of its kind (``_LABELLED``, org_words.LABELS)."""
        found = []
        for match in _LABELLED.finditer(view.text):
            if match.group("label").lower() not in LABELS:
                continue
            name = CAPITALISED_WORDS.match(view.text, match.end())
            if name is None:
                continue
            start, end = name.span()
            if self._organisation_name(view, start, end, word_too=False):
                found.append(Entity(start, end, EntityType.ORGANIZATION, 0.7, self.name))
        return found

    def _joined(self, view: TextView) -> list[Entity]:
        """A capitalised name after joining (``_JOINED``): a gym or a club."""
        found = []
        for start, end in capitalised_names_after(_JOINED, view):
            if self._organisation_name(view, start, end, word_too=False):
                found.append(Entity(start, end, EntityType.ORGANIZATION, 0.7, self.name))
        return found

    def _degree_brackets(self, view: TextView) -> list[Entity]:
        """A capitalised school in brackets after a degree (``_DEGREE_BRACKETS``)."""
        found = []
        for match in _DEGREE_BRACKETS.finditer(view.text):
            start, end = match.span("name")
            name = view.lower[start:end]
            # several words are a school whatever their first word ("Federico II")
            several = " " in name and not is_place(name)
            if several or (self._organisation_name(view, start, end) and not name.isdigit()):
                found.append(Entity(start, end, EntityType.ORGANIZATION, 0.7, self.name))
        return found

    def _name_then_year(self, view: TextView) -> list[Entity]:
        """A capitalised name opening a sentence before an ordinal year of study
        (``_NAME_THEN_YEAR``): "Bocconi, terzo anno"."""
        found = []
        for match in _NAME_THEN_YEAR.finditer(view.text):
            if match.group("ordinal").lower() not in ORDINALS:
                continue
            start, end = match.span("name")
            name = view.lower[start:end]
            # a school is named like a district or a family ("Bocconi", "Statale"); a first
            # name before a year is a person's ("Hannah, second year")
            if not (
                name.split()[0] in first_names()
                or is_common(name)
                or name.split()[0] in CALENDAR
                or name in towns()
            ):
                found.append(Entity(start, end, EntityType.ORGANIZATION, 0.7, self.name))
        return found

    def _minutes_from(self, view: TextView) -> list[Entity]:
        """A shop or workplace a few minutes from home (``_MINUTES_FROM``): capitalised, or in
        lower case a word that is no everyday word ("5 min from primark"; not "from home")."""
        found = []
        for match in _MINUTES_FROM.finditer(view.lower):
            start = match.end()
            if start >= len(view.text):
                continue
            end = context_name_end(view, start)
            if end is not None and self._organisation_name(view, start, end):
                found.append(Entity(start, end, EntityType.ORGANIZATION, 0.6, self.name))
        return found

    def _colleague_name(self, view: TextView, start: int, nobody: str | None) -> list[Entity]:
        """The workplace after "nobody at", or in the other languages before their word for
        nobody (``_COLLEAGUES_ABROAD``: "en abanca nadie")."""
        if start >= len(view.text):
            return []
        end = context_name_end(view, start)
        # a workplace is often named like a family ("nobody at meijer"); never a first name
        if end is None or view.lower[start:end].split()[0] in first_names():
            return []
        if is_place(view.lower[start:end]) or view.lower[start:end] in towns():
            return []
        if nobody is not None:
            rest = view.lower[end:].lstrip(" ,")
            if not rest.startswith(nobody):
                return []
        return [Entity(start, end, EntityType.ORGANIZATION, 0.6, self.name)]

    def _in_context(self, view: TextView, gates: set[str]) -> list[Entity]:
        """A name after a preposition of affiliation anywhere in a message about work, study
        or a team ("the hr lady at KPMG asked for my social", "seit 3 jahren bei Würth und keine
        gehaltserhöhung", "llevo 3 años en movistar y ni un ascenso"), and a team's name where
        teams are named ("Cubs fan til i die", "watching the Knicks game", "tifo Sampdoria",
        "soy del Betis", "samstag spielt Schalke"). The context is a word of the message, not
        a phrase next to the name: it is what the phrasings of affiliation share."""
        lower = view.lower
        context = "context" in gates and _CONTEXT.search(lower) is not None
        found = self._affiliated(view) if context else []
        # every match of _TRAINING holds a word of _CONTEXT
        if (
            context
            and view.has_upper
            and (
                "train" in lower
                or "practice" in lower
                or "entra" in lower
                or "entren" in lower
                or "allen" in lower
            )
        ):
            found.extend(self._training(view))
        # every match of _AT is the word "at" (speed only)
        if view.language == "en" and view.has_upper and "at" in view.words:
            found.extend(self._at_a_name(view))
        if "team" not in gates or _TEAM_HINT.search(lower) is None:
            return found
        found.extend(self._teams_before(view))
        for match in _TEAM_AFTER.finditer(view.text):
            start, end = match.span("name")
            name = lower[start:end]
            if is_place(name) or is_common(name):
                continue
            if match.group("squad") and not self._squad(name):
                continue
            # "Sarah lost again" is a person; a result is a team's only for a name that is
            # no first name nor surname
            if match.group("result") and person_like(name):
                continue
            # a result is said of a team, whatever else the name could be; so are a training
            # and a group chat of a squad's name
            score = 0.7 if match.group("result") or match.group("squad") else 0.6
            found.append(Entity(start, end, EntityType.ORGANIZATION, score, self.name))
        return found

    @staticmethod
    def _squad(name: str) -> bool:
        """A team's name before its training or group chat: two words or more, the last a
        plural ("Riverside Royals", "Old Mill Wanderers"), none a first name nor a stopword,
        no person's ("Monday Night training", "Sarah Jones practice" are none)."""
        words = name.split()
        return (
            len(words) >= 2
            and words[-1].endswith("s")
            and not words[-1].endswith(("'s", "’s"))
            and not any(is_common(word) or word in CALENDAR for word in words)
            and words[0] not in first_names()
            and not person_like(name)
        )

    def _teams_before(self, view: TextView) -> list[Entity]:
        """A team after a phrasing of support (``_TEAM_BEFORE``); after one that names only
        teams (``_TEAM_ONLY``) a place's name too."""
        lower, found = view.lower, []
        for match in _TEAM_BEFORE.finditer(lower):
            if (
                _TEAM_ONLY.match(lower, match.start())
                and view.text[match.end() : match.end() + 1].isupper()
            ):
                # these phrasings name teams only: above a place's reading of the name
                if (end := self._team_only_end(view, match.end())) is not None:
                    found.append(Entity(match.end(), end, EntityType.ORGANIZATION, 0.7, self.name))
                continue
            end = context_name_end(view, match.end())
            if end is not None and not person_like(lower[match.end() : end]):
                # a team of two words or more that one coaches is named as such, above a
                # person's or a place's reading ("allena i Falchi Rossi")
                coached = match.group().startswith(_COACHING) and " " in lower[match.end() : end]
                score = 0.7 if coached else 0.6
                found.append(Entity(match.end(), end, EntityType.ORGANIZATION, score, self.name))
        return found

    def _objects_and_tenure(self, view: TextView) -> list[Entity]:
        """Leaving a job ("i quit Walmart lol") and tenure ("been at Kestrel Analytics for 9
        months"); each pattern behind a literal check, since most messages hold neither."""
        lower, found = view.lower, []
        abroad = _LEAVING_ABROAD.get(view.language)
        leaving = (
            "quit" in lower
            or "dej" in lower
            or "démission" in lower
            or (abroad is not None and (abroad[0] in lower or abroad[1] in lower))
        )
        for match in _QUIT.finditer(lower) if leaving else ():
            end = loose_name_end(view, match.end())
            word = TOKEN.match(lower, match.end())
            if end is not None and not (
                word is None
                or word.group(0) in QUIT_NOT_EMPLOYER
                or _NATION.search(word.group(0))
                or lower[match.end() : end] in first_names()
            ):
                found.append(Entity(match.end(), end, EntityType.ORGANIZATION, 0.75, self.name))
        years = view.has_digit and (
            "jahr" in lower
            or "ann" in lower
            or "ans" in lower
            or "añ" in lower
            or _SINCE.get(view.language, "since") in lower
        )
        for match in _TENURE_ABROAD.finditer(lower) if years else ():
            end = loose_name_end(view, match.end())
            if end is not None and lower[match.end() : end] not in first_names():
                found.append(Entity(match.end(), end, EntityType.ORGANIZATION, 0.75, self.name))
        if "at " in lower and ("year" in lower or "month" in lower or "since " in lower):
            for match in _TENURE.finditer(lower):
                end = loose_name_end(view, match.start("name"))
                if end is not None and end <= match.end("name"):
                    found.append(
                        Entity(match.start("name"), end, EntityType.ORGANIZATION, 0.75, self.name)
                    )
        if found:
            found.extend(self._switched(view, found[0].end))
        return found

    def _switched(self, view: TextView, after: int) -> list[Entity]:
        """The employer moved on to (``_SWITCHED``) after one left or stayed at: capitalised,
        or one lower-case word that is no everyday word; never a person or a place."""
        found = []
        for match in _SWITCHED.finditer(view.lower, after):
            start = match.end()
            if start >= len(view.text):
                continue
            end = context_name_end(view, start)
            # after leaving or tenure, above a person's reading of an unknown name
            if end is not None and self._organisation_name(view, start, end):
                found.append(Entity(start, end, EntityType.ORGANIZATION, 0.75, self.name))
        return found

    def _workplaces(self, view: TextView) -> list[Entity]:
        """A business named by what happens there or comes from it: "the guy from BT", "chez
        SFR", "Subway rejected me"; each behind a literal check."""
        lower, found = view.lower, []
        if "from " in lower:
            found.extend(self._from_a_business(view))
        if view.has_upper and ("chez " in lower or "bei " in lower or "presso " in lower):
            # three capitals or more name a business before a person's initials ("chez JB")
            found.extend(
                Entity(*m.span("name"), EntityType.ORGANIZATION, 0.75, self.name)
                for m in _ACRONYM_AFTER.finditer(view.text)
                if len(m.group("name")) > 2 and not shouted(m.group("name").lower(), view.language)
            )
        hints = _EMPLOYER_ACT_HINT_ABROAD.get(view.language)
        if (
            "ed me" in lower  # rejected, called, hired, fired, offered
            or "let me go" in lower
            or "me work" in lower
            or "fired" in lower
            or "laid" in lower
            or (
                hints is not None
                and any(map(lower.__contains__, hints))
                and _EMPLOYER_ACT_ABROAD.search(lower) is not None
            )
        ):
            found.extend(self._employer_acts(view))
        if " by day" in lower:
            found.extend(self._by_day(view, " by day"))
        by_day = _BY_DAY_ABROAD.get(view.language)
        if by_day is not None and by_day in lower:
            found.extend(self._by_day(view, by_day))
        return found

    def _training(self, view: TextView) -> list[Entity]:
        """A club one trains with (``_TRAINING``): capitalised, no person's, no place's."""
        found = []
        for start, end in capitalised_names_after(_TRAINING, view):
            if not name_like(view, start, end):
                continue
            name = view.lower[start:end]
            if person_like(name) or is_common(name):
                continue
            found.append(Entity(start, end, EntityType.ORGANIZATION, 0.75, self.name))
        return found

    def _by_day(self, view: TextView, marker: str) -> list[Entity]:
        """An employer opening a clause before "by day" or its language's ``marker``
        (``_BY_DAY_CLAUSE``)."""
        found, lower = [], view.lower
        position = lower.find(marker)
        while position != -1:
            clause = max((m.end() for m in _BY_DAY_CLAUSE.finditer(lower, 0, position)), default=0)
            start = skip_space(lower, clause)
            if start < position and self._by_day_name(view, start, position):
                found.append(Entity(start, position, EntityType.ORGANIZATION, 0.7, self.name))
            position = lower.find(marker, position + len(marker))
        return found

    def _by_day_name(self, view: TextView, start: int, end: int) -> bool:
        """Capitalised words, or a lower-case word that is no everyday word; no role, no
        person, no place."""
        text, name, language = view.text, view.lower[start:end], view.language
        words = text[start:end].split()
        last = name.rpartition(" ")[2].removesuffix("'s").removesuffix("’s")
        if len(words) > 3 or person_like(name) or is_place(name) or words[0].lower() in CALENDAR:
            return False
        # a role: "Nurse by day", "Software Engineer by day"; the word lists of the other
        # languages hold few nouns of trades, so there the ending says it ("Camarera de día",
        # "Infermiera di giorno")
        if last in _ROLES or (
            _ROLE_ENDING.search(last)
            and (language != "en" or lower_everyday(last, language) or not unusual(last, language))
        ):
            return False
        if len(words) > 1:
            return all(word[0].isupper() for word in words)  # "Whole Foods", "Royal Mail"
        if text[start].isupper() and not everyday(name, language):
            return True  # "DoorDash", "NHS"
        # "nando's", "Pret"
        return (
            len(last) > 2
            and not lower_everyday(last, language)
            and (text[start].isupper() or not is_common(name))
        )

    def _from_a_business(self, view: TextView) -> list[Entity]:
        """A name after "from" where a person or a purchase comes from a business."""
        found, lower = [], view.lower
        for match in _FROM.finditer(lower):
            before = lower[max(0, match.start() - 30) : match.start()].split()
            homeward = len(before) > 1 and before[-1] == "home" and before[-2] in _HOMEWARD
            if (
                not before
                or not (
                    before[-1] in _FROM_WHO
                    or before[-1] in first_names()
                    # "Archie Walsh from Trinity College Dublin" (jetty split's first run: seen)
                    or (
                        view.text[match.end() : match.end() + 1].isupper()
                        and before[-1] in last_names()
                    )
                    or any(word in _BUYING for word in before[-3:])
                    or homeward
                )
            ):
                continue
            start = match.end()
            end = context_name_end(view, start)
            if end is None:
                continue
            name = lower[start:end]
            if (
                person_like(name)
                or is_place(name)
                or (" " not in name and everyday_or_person(name, view.language))
            ):
                continue
            # a person from a lower-case word is as often from an app ("the guy from bumble")
            buying = any(word in _BUYING for word in before[-3:])
            if not (buying or view.text[start].isupper() or " " in name or "&" in name):
                continue
            if homeward and not view.text[start].isupper():
                continue
            found.append(Entity(start, end, EntityType.ORGANIZATION, 0.6, self.name))
        return found

    def _possessive_act(self, view: TextView, start: int, end: int) -> Entity | None:
        """A lower-case possessive brand ending the name before an employer's act: "trader
        joe's just fired half the team" (wharf split's first run: seen)."""
        if view.lower[end - 2 : end] not in ("'s", "’s"):
            return None
        for token in TOKEN.finditer(view.lower, start, end):
            if possessive_end(view, token.start()) == end:
                return Entity(token.start(), end, EntityType.ORGANIZATION, 0.75, self.name)
        return None

    def _employer_acts(self, view: TextView) -> list[Entity]:
        """A name before what an employer does to someone ("Subway rejected me"): capitalised
        words, leading everyday words dropped ("Ugh", "So"), or one lower-case word that is no
        everyday word ("ugh argos called me in"); never a person's name."""
        found = []
        for match in _EMPLOYER_ACTS.finditer(view.text):
            start, end = match.span("name")
            if (brand := self._possessive_act(view, start, end)) is not None:
                found.append(brand)
                continue
            for token in TOKEN.finditer(view.text, start, end):
                word = token.group(0).lower()
                last = token.end() == end
                if not (
                    (
                        not last
                        and (not token.group(0)[0].isupper() or everyday(word, view.language))
                    )
                    or is_common(word)
                ):
                    start = token.start()
                    break
                start = token.end()
            name = view.lower[start:end]
            before = view.lower[max(0, start - 12) : start].split()
            if (
                not name
                or person_like(name)
                or is_place(name)
                or (before and before[-1].rstrip(".") in _TITLES)  # "mrs Fairbairn called me in"
            ):
                continue
            if not view.text[start].isupper() and (" " in name or not unusual(name, view.language)):
                continue
            if view.text[start].isupper() and any(
                not w[0].isupper() for w in view.text[start:end].split()
            ):
                continue
            found.append(Entity(start, end, EntityType.ORGANIZATION, 0.75, self.name))
        return found

    def _lower_kind_named(self, view: TextView) -> list[Entity]:
        """A lower-case kind before a capitalised name (``_LOWER_KIND_NAME``); the name is no
        everyday word, day or place alone ("farmacia Central" is a shop, "à la pharmacie
        Lundi" is no name)."""
        found = []
        # read on the text: the kind in lower case (capitalised kinds are
        # _kinds_capitalised's), the name capitalised
        for match in _LOWER_KIND_NAME.finditer(view.text):
            name = CAPITALISED_WORDS.match(view.text, match.end())
            if name is None:
                continue
            words = name.group().lower().split()
            if words[0] in NAME_ARTICLES and len(words) > 1:
                words = words[1:]  # "panadería La Espiga", "brasserie Le Central"
            if is_common(words[0]) or words[0] in CALENDAR:
                continue
            found.append(Entity(match.start(), name.end(), EntityType.ORGANIZATION, 0.8, self.name))
        return found

    def _affiliations(self, view: TextView, gates: set[str]) -> list[Entity]:
        found, lower = [], view.lower
        for word in _YEAR_WORD.finditer(lower) if "year" in gates else ():
            if not self._after_ordinal(lower, word.start()):
                continue
            match = _YEAR_AFFILIATION.match(lower, word.start())
            if (
                match is not None
                and _same_language(match.group("trigger"), match.group("prep"))
                and (end := loose_name_end(view, match.end())) is not None
            ):
                found.append(Entity(match.end(), end, EntityType.ORGANIZATION, 0.75, self.name))
        position = 0
        while "affiliation" in gates and (match := _AFFILIATION.search(lower, position)):
            # a word and a preposition of different languages: look again from the next word
            position = match.end()
            if not _same_language(match.group("trigger"), match.group("prep")):
                position = match.start() + 1
            elif (end := loose_name_end(view, match.end())) is not None:
                found.append(Entity(match.end(), end, EntityType.ORGANIZATION, 0.75, self.name))
        return found

    @staticmethod
    def _after_ordinal(lower: str, start: int) -> bool:
        """A year of study follows an ordinal: "second year at …", "en deuxième année à …"."""
        before = lower[max(0, start - 16) : start].split()
        return bool(before) and before[-1] in ORDINALS

    def _affiliated(self, view: TextView) -> list[Entity]:
        found = []
        for match in _AFFILIATED.finditer(view.lower):
            if (
                match.group().startswith("de ")
                and not view.text[match.end() : match.end() + 1].isupper()
            ):
                continue  # Spanish and French "de" joins nouns: "trabajo de enfermera"
            end = context_name_end(view, match.end())
            if end is None:
                continue
            name = view.lower[match.end() : end]
            if len(name) == 2 and name[0] in "lm" and name[1] in "123":
                continue  # a year of a degree is no school: "je suis en L3 à …"
            if " " not in name and (
                (view.language == "de" and german_noun(name))  # "bei der Arbeit"
                or (match.group("to") and everyday_or_person(name, view.language))
            ):
                continue
            if match.group("to") and not self._weak_name(view, match, name):
                continue
            # one applies to employers and schools before places: "applied to Globex"
            score = 0.7 if match.group("apply") else 0.6
            found.append(Entity(match.end(), end, EntityType.ORGANIZATION, score, self.name))
            if match.group("apply"):
                found.extend(self._listed(view, end))
        return found

    def _listed(self, view: TextView, end: int) -> list[Entity]:
        """The names listed after the first one applied to: "applied to Aramark, Mass General
        and like 20 others", "applied to kilbride joinery and Domino's"."""
        found = []
        for _ in range(3):
            joint = _LIST_JOINT.match(view.lower, end)
            if joint is None or joint.end() >= len(view.text):
                break
            start = joint.end()
            end_or_none = context_name_end(view, start)
            if end_or_none is None or person_like(view.lower[start:end_or_none]):
                break
            end = end_or_none
            found.append(Entity(start, end, EntityType.ORGANIZATION, 0.7, self.name))
        return found

    @staticmethod
    def _weak_name(view: TextView, match: re.Match[str], name: str) -> bool:
        """After a word that mostly joins other things ("about", German "an", Italian "di"),
        in a message about work: a name of its language's, capitalised or of several words, or
        one lower-case word in no word list ("about spreadsheets" is no employer; "das Beste an
        krombacher" names one)."""
        weak = match.group("to")
        if _WEAK_LANGUAGE.get(weak, view.language) != view.language:
            return False  # "dressed as an elf"
        if view.text[match.end() : match.end() + 1].isupper() or " " in name:
            return True
        return not (looks_like_word(name, "en") or looks_like_word(name, view.language))

    def _at_a_name(self, view: TextView) -> list[Entity]:
        """A capitalised name after "at" in English, whatever the message is about: "we met at
        Denny's actually", "i was at Papa John's till 5pm", "at Waffle House of all places".
        Chat is typed in lower case, so a capital there names a place of business or a
        place; places and first names are left to their recognizers."""
        found = []
        for match in _AT.finditer(view.text):
            start = match.end()
            end = name_end(view, start, go_to=False)
            if end is None or not name_like(view, start, end):
                continue
            phrase = view.lower[start:end]
            if phrase in towns() or is_place(phrase) or is_common(phrase):
                continue  # a town is the location recognizer's; "Nottingham Trent" is no town
            if " " not in phrase and phrase.removesuffix("'s") in first_names():
                continue  # "at Sarah's"
            # a name of several capitalised words after "at" is a place of business before it
            # is a person ("at Nottingham Trent"), one word as often a person's place
            score = 0.65 if " " in phrase else 0.55
            found.append(Entity(start, end, EntityType.ORGANIZATION, score, self.name))
        return found

    # The forms of _belonging with their words: capitalised names first, then any case.
    _CAPITALISED_FORMS: ClassVar[tuple[tuple[frozenset[str], _Form], ...]] = (
        (LABELS, _labelled),
        (_JOIN_WORDS, _joined),
        (_DEGREE_WORDS, _degree_brackets),
        (_YEAR_WORDS, _name_then_year),
        (_GO_WORDS, _school_gone_to),
        (_GOING_WORDS, _english_named),
        (_LOWER_KIND_WORDS, _lower_kind_named),
    )
    _LOWER_FORMS: ClassVar[tuple[tuple[frozenset[str], _Form], ...]] = (
        (_MINUTE_WORDS, _minutes_from),
        (_UNI_WORDS, _uni_of_place),
        (_LEFT_WORDS, _left),
        (_COLLEAGUE_WORDS, _colleagues),
        (_NOBODY_WORDS, _colleagues_abroad),
        (_SAINT_WORDS, _saints),
        (_FIXTURE_WORDS, _fixture_at),
    )
