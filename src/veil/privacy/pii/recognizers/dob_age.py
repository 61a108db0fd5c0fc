"""Dates of birth (a date near a birth word) and age statements ("i'm 24", "24f", "j'ai 24 ans").

A date alone is not personal; only a birth context makes it a date of birth. A bare number
after "i'm" is an age only when it is a plausible age and the sentence goes on as an age
statement does ("i'm 24 and …", "i'm 24, …"), so "i'm 20 minutes away", "i'm 16 episodes in",
times, prices, durations and heights stay untouched.
"""

from __future__ import annotations

import re
from typing import ClassVar

from veil.domain.pii import Entity, EntityType
from veil.privacy.pii.dictionary import is_frequent
from veil.privacy.pii.lexicon import CALENDAR, MONTHS
from veil.privacy.pii.recognizers.base import LiteralGates, TextView, word_start
from veil.privacy.pii.recognizers.word_gate import (
    Gate,
    finite_strings,
    passes,
    required_words,
    words_of,
)

_MONTHS = (
    r"jan(?:uary|uar|vier)?|feb(?:ruary|ruar)?|févr(?:ier)?|fevrier|mar(?:ch)?|märz|mars|"
    r"apr(?:il)?|avril|may|mai|june?|juni|juin|july?|juli|juillet|aug(?:ust)?|août|aout|"
    r"sep(?:t|tember)?|septembre|oct(?:ober)?|okt(?:ober)?|octobre|nov(?:ember|embre)?|"
    r"dec(?:ember)?|dez(?:ember)?|décembre|decembre|enero|febrero|marzo|abril|mayo|junio|"
    r"julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre|gennaio|febbraio|aprile|"
    r"maggio|giugno|luglio|settembre|ottobre|dicembre|"
    # the abbreviations of the five languages, typed with or without their dot: "févr",
    # "juil", "déc", "mär", "mrz", "ene", "abr", "dic", "febbr", "sett", "ott", "lug"
    r"janv|fevr|avr|juil|déc|mär|mrz|ene|abr|dic|febbr|febr|sett|ott|lug|giu|magg"
)
# Abbreviations that are also words ("ago", "set", "gen", "mag"; Italian "ag." for agosto,
# quay's first run, seen): a month only before a year.
_MONTHS_BEFORE_YEAR = r"ago|ag|set|gen|mag"
_YEAR = r"(?:19|20)\d{2}"
# A two-digit year after a day and a month ("feb 15 76", "15 mars 95", "10 juillet 01",
# "march 3 '95"), not a count or a time ("march 3 20 people", "may 5 10:30").
_SHORT_YEAR = r"['’]?\d{2}(?![\d:.,/]\d|\s*(?:%|h\b|uhr|people|persons?|leute|min|minutes?))"
_DATE = re.compile(
    rf"\b(?:\d{{1,2}}[./-]\d{{1,2}}[./-](?:{_YEAR}|\d{{2}})|{_YEAR}-\d{{2}}-\d{{2}}|"
    # (jetty split's first run: seen) an English ordinal "of" a month with its article, "dob
    # is the 21st of march": the article belongs to the date's noun phrase
    rf"(?:the\s+(?=\d{{1,2}}(?:st|nd|rd|th)\s+of\s))?"
    rf"\d{{1,2}}(?:st|nd|rd|th|\.|er|º|°)?\s+(?:of\s+|de\s+)?(?:(?:{_MONTHS})\.?"
    rf"(?:,?\s+(?:de\s+|del\s+)?(?:{_YEAR}|{_SHORT_YEAR}))?|"
    rf"(?:{_MONTHS_BEFORE_YEAR})\.?,?\s+(?:de\s+|del\s+)?(?:{_YEAR}|{_SHORT_YEAR}))|"
    rf"(?:{_MONTHS})\.?\s+(?:the\s+)?\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+(?:{_YEAR}|{_SHORT_YEAR}))?)"
    rf"(?!\w)"
)
# Day and month without a year ("3/14", "14.3.", "14/3"): a date only right next to a birth
# word, and only when one reading is a real day and month ("7.30" is a time).
_SHORT_DATE = re.compile(r"(?<![\d./-])(\d{1,2})([./-])(\d{1,2})(\.)?(?![\d/-]|\.\d)")
_BIRTH = re.compile(
    r"\b(?:born|birthday|birthdate|birth date|bday|b-day|b'day|dob|d\.o\.b|date of birth|"
    r"geboren|geburtstag|geb\.|"
    r"geburtsdatum|née?|naissance|anniversaire|anniv|nacid[oa]|nací|nacimiento|cumpleaños|"
    r"cumple|nat[oa]|nascita|compleanno)"
)
_BORN_YEAR = re.compile(
    rf"\b(?:born|geboren|née?|nací|nacid[oa]|nat[oa])\s+(?:in\s+|im\s+jahr\s+|en\s+|el\s+|"
    # a preposition and an article or "year": "nací en el 1971", "en el año 1990", "nata nel
    # lontano 1990" is not taken
    rf"nel\s+|in\s+the\s+year\s+|en\s+(?:el\s+)?(?:año\s+|l'an\s+|l’an\s+)|en\s+el\s+|"
    rf"nell'anno\s+|nell’anno\s+)?({_YEAR})\b"
    # verb-final German, Jahrgang, and "I'm from '95" in Italian and Spanish
    rf"|\b(?:bin|ich bin)\s+((?:19|20)?\d{{2}})\s+geboren\b|\bjahrgang\s+['’]?((?:19|20)?\d{{2}})\b"
    rf"|\b(?:sono|soy)\s+del\s+['’]?((?:19|20)?\d{{2}})\b(?!\s*(?:%|[.,:/]\d))"
    rf"|\b(?:born|né|née|nata|nato|nací)\s+(?:in\s+|en\s+|nel\s+)?['’](\d{{2}})\b"
    # "je suis de 1994", "soy de 1994" (a full year only: "je suis de 94" is a département),
    # "Baujahr 94", "a '94 baby"
    rf"|\b(?:je suis|soy)\s+de\s+({_YEAR})\b(?!\s*(?:à|au|a|-|–)\s)"
    rf"|\bbaujahr\s+['’]?((?:19|20)?\d{{2}})\b|\ban?\s+['’]?((?:19|20)?\d{{2}})\s+baby\b"
)
# Both behind a look-ahead on their first letters (speed only, the same matches).
_BIRTH = re.compile(word_start(_BIRTH.pattern))
_BORN_YEAR = re.compile(word_start(f"(?:{_BORN_YEAR.pattern})"))
# Words of which every match of _BORN_YEAR holds one: a set lookup before its scan (speed only)
_BORN_YEAR_WORDS: Gate = required_words(_BORN_YEAR)
# (dock split's first run: seen) a birth year as what one is, opening the message or a
# sentence: "1994 baby here", "'94 baby and proud" (not "2000 baby wipes": "baby" ends the
# phrase), and the Italian "sono classe 1990", "sono della classe '88" (a year, the school's
# "classe 3B" has one digit)
_YEAR_BABY = re.compile(
    r"(?:^\W*|[.!?]\s+)['’]?((?:19|20)\d{2}|(?<=['’])\d{2})\s+baby\b"
    r"(?=\s*(?:$|[^\w\s]|here|and|&|lol|btw|but|so|too|myself|tbh)(?!\w))"
    r"|\b(?:sono|siamo|sei|è|io)\s+(?:della\s+)?classe\s+['’]?((?:19|20)?\d{2})\b(?!\s*[%.,:/]\d)"
)
_YEAR_BABY_WORDS = frozenset({"baby", "classe"})
# A number is not an age when a unit, a measure or a count noun follows it.
_NOT_UNIT = (
    r"(?!\s*(?:%|°|'|’|\"|min|mins|minutes?|minuten|sec|secs|seconds?|hours?|hrs?|h\b|"
    r"stunden|heures?|horas?|ore\b|days?|tage|jours|días|dias|giorni|weeks?|wochen|semaines|"
    r"semanas|settimane|months?|monate|mois|meses|mesi|km|kms|miles?|meters?|metres?|m\b|cm|"
    r"kg|kgs|kilos?|lbs?|pounds?|ft|feet|inch|euros?|bucks|dollars?|€|\$|£|pages?|episodes?|"
    r"degrees?|grad|grados|gradi|people|persons?|leute|personnes|personas|persone|points?|"
    r"punkte|%|x\b|k\b|[./:,]\d|"
    # a German ordinal before a noun of a sequence: "im 36. semester", "im 3. stock", "im 12.
    # lehrjahr" ("im" is also the English "i'm")
    r"\.\s*(?:\w*semester|\w*jahr|stock|etage|klasse|jahrhundert|monat|woche|runde|level|"
    r"platz|kapitel|staffel|folge|teil|mal)\b|"
    # "30-something" is a decade, not an age: "30 y pico", "30 e passa", "30 et quelques"
    r"-?something|-?ish\b|y pico|y tantos|e passa|e qualcosa|et quelques|und ein paar))"
)
_NOT_UNIT_AFTER = re.compile(_NOT_UNIT)
# What may follow a bare age: the end, punctuation or an emoji, or a discourse word.
_AFTER_AGE = (
    _NOT_UNIT + r"(?=\s*(?:$|[^\w\s'’]|(?:and|&|btw|lol|lmao|haha|hehe|now|too|but|so|from|"
    r"here|tho|though|rn|i|im|i'm|already|yet|soon|myself|as|if|in|on|next|this|tomorrow|y|e|et|und|"
    r"aber|ok|single|living|male|female|guy|girl|woman|man|dude|f|m|nb|bi|gay|straight|"
    r"married|yo|yrs|aus|de|da|di|du|ya|déjà|ormai|oggi|heute|"
    r"jetzt|maintenant|ahora|adesso|todavía|ancora|noch|immer|still|xx|xd|today|hoy|"
    # (jetty split's first run: seen) chat's "n" for "and" and the question back: "im 37 n
    # u", "i'm 40 wbu", "im 22 u?"
    r"n|u|you|wbu|hbu|wby|hby|"
    r"going on)\b))"
)
_YEARS = r"(?:years?|yrs?|jahre|jährig|ans|años|anni)"
# A word of a state after "i'm", which no name ends with: "im done.", "i'm back."
_NOT_A_STATE = "".join(
    rf"(?<!\b{word})"
    for word in (
        "done", "back", "home", "out", "off", "here", "there", "ok", "okay", "fine", "good",
        "sorry", "tired", "sure", "in", "up", "late", "ready", "sick", "free", "bored", "dead",
        "lost", "so", "not", "over", "down", "away", "awake", "busy", "full", "broke", "alive",
    )
)  # fmt: skip
# A height with its unit: "170 cm", "1.75m", "1,80 m", "1m80", "5'11", "5’6\"", "6 ft 2", "6
# foot" ("5'" alone is also minutes, "1,80" a price)
_STRICT_HEIGHT = (
    r"(?:1\d{2}\s*cm\b|[12][.,]\d{2}\s*m\b|1\s*m\s*\d{2}\b|[4-7]\s*['’]\s*\d{1,2}"
    r"(?:\s*(?:\"|''|”))?|[4-7]\s*(?:ft|foot|feet)\b(?:\s*\d{1,2}\b(?:\s*(?:in|inches)\b)?)?)"
)
# A height: "170 cm", "1.75m", "1,80", "5'11", "5’6\"", "6 ft 2", "6 foot"
_HEIGHT = (
    r"(?:1\d{2}\s*cm|[12][.,]\d{2}\s*m?|[4-7]\s*(?:'|’|ft|foot|feet)\s*(?:\d{1,2}\s*(?:\"|''|”|in\b|"
    r"inches\b)?)?)"
)
# A guess between two ages, neither a measure (quay split's first run: seen): "asked if im 48
# or 23"; the second is taken by _NEXT_AGE.
_OR_AGE = rf"(?=\s+(?:or|oder|ou|o)\s+\d{{2}}\b{_NOT_UNIT})"
# A past age goes on with "when": "i was 19 when …", "ich war 22 als …"
_PAST_WHEN = r"(?=\s+(?:when|als|quand|lorsque|cuando|quando)\b)"
# "25 years", "25 anni": an age, unless what follows says it is a stretch of time.
_YEARS_AGE = (
    rf"\s*{_YEARS}\b(?!\s*(?:of|de|d'|d’|di|del|ago|her|fa|later|später|lang|after|before|"
    # (a stretch of time after which: "sono qui, 20 anni dopo", "20 ans après")
    r"dopo|después|despues|après|danach|"
    r"experience|erfahrung|expérience|experiencia|esperienza|in|im|at|en|a|à|ensemble|together|"
    # a difference of ages, not an age: "she's 20 years older", "20 jahre älter", "20 ans de
    # plus", "20 años más", "20 anni più"
    r"older|younger|älter|jünger|plus|más|mas|più|"
    r"zusammen|juntos|insieme|now|since|seit|depuis|desde|da)\b)"
)
# Kinship and relationship nouns: "my brother is 24", "mon frère a 24 ans", "mia cugina ha 24 anni"
_KIN = (
    r"(?:(?:little|big|older|younger|twin|best|kleine|große|grosse|petite?|grande?|"
    r"piccol[oa]|mayor|menor)\s+)?(?:brother|sister|bro|sis|mom|mum|mother|dad|father|son|"
    r"daughter|kid|bf|gf|boyfriend|girlfriend|husband|wife|partner|ex|friend|bestie|cousin|"
    r"aunt|uncle|niece|nephew|grandma|grandpa|roommate|crush|boss|neighbou?r|bruder|schwester|"
    r"mutter|mama|vater|papa|sohn|tochter|freund|freundin|mann|frau|cousine|oma|opa|chef|"
    r"chefin|frère|frere|sœur|soeur|mère|père|fils|fille|copain|copine|mari|femme|ami|amie|"
    r"pote|mec|meuf|hermano|hermana|madre|padre|hijo|hija|novio|novia|marido|esposo|esposa|"
    r"mujer|primo|prima|amigo|amiga|fratello|sorella|figlio|figlia|ragazzo|ragazza|marito|"
    r"moglie|cugino|cugina|amico|amica|"
    # the wider family and the people one lives or works with
    r"stepson|stepdaughter|stepmom|stepdad|grandson|granddaughter|coworker|colleague|tante|"
    r"onkel|enkel|enkelin|neffe|nichte|kollege|kollegin|oncle|tonton|tata|tatie|neveu|nièce|"
    r"mamie|papi|coloc|collègue|tía|tío|tia|tio|abuela|abuelo|sobrino|sobrina|compañero|"
    r"compañera|zia|zio|nonna|nonno|nipote|collega)"
)
# A name between the relative and the verb: "my son tunde is 32", "mein bruder Jonas ist 30",
# "ma tante Audrey a 58 ans", "mi hija Lucía tiene 19", "my son, omar, is 58". Not the verb
# itself (so "my son is 32" keeps its shorter reading) and not a word of time or degree.
_KIN_NAME = (
    r"(?:,?\s+(?!(?:is|ist|a|ha|tiene|now|also|still|just|only|auch|jetzt|aussi|también|anche|"
    r"already|who|que|che|der|die|qui)\b)[^\W\d_]{2,}(?:-[^\W\d_]+)?,?)?"
)
_PERSON_SUBJECT = (
    r"(?:he|she|he's|she's|hes|shes|he is|she is|"
    rf"(?:my|his|her|our|your|ur) {_KIN}{_KIN_NAME}(?: is|'s|’s)|er ist|"
    rf"(?:mein|meine|sein|seine|ihr|ihre|dein|deine) {_KIN}{_KIN_NAME} ist|"
    rf"(?:il|elle|(?:mon|ma|son|sa|ton|ta) {_KIN}{_KIN_NAME}) a|"
    rf"(?:él|ella|(?:mi|su|tu) {_KIN}{_KIN_NAME}) tiene|"
    rf"(?:lui|lei|(?:mio|mia|suo|sua|tuo|tua) {_KIN}{_KIN_NAME}) ha)"
)
# A number opening a message (or a sentence, or after a greeting: "hey! 28 and …").
_OPENING_AGE = r"(?:^\W*(?:(?:hi|hey|hello|hallo|salut|coucou|hola|ciao)\b[\W_]*)?|[.!?]\s+)"
# What a bare "N and …" goes on with when N is the writer's age: the writer's life or state,
# per language: where they live, work or study, their relationship or family status, being
# alone or bored, optionally after "i"/"ich"/"je"/"yo"/"io" (with "am"/"bin"/"suis"/"sono")
# and an adverb of time ("still", "already", "noch", "toujours", "todavía", "sigo", "ancora").
# A closed class on purpose: what follows a count is also a verb or an adjective ("99 and
# counting", "15 and rising", "10 and done", "42 and a half hours", "10 and 20 minutes"), so an
# open "-ing word" or "any first-person verb" would take scores, streaks and times.
_LIFE = (
    r"(?:(?:(?:(?:i'?m|i’m|i am|i|ich bin|ich|je suis|je|j'|j’|yo soy|yo|io sono|io|sono|soy)\s*)?"
    r"(?:(?:still|already|now|just|newly|happily|recently|finally|currently|noch|immer noch|"
    r"schon|jetzt|endlich|frisch|toujours|déjà|encore|enfin|maintenant|todavía|aún|ya|sigo|"
    r"sigue|ahora|recién|ancora|già|ora|finalmente|appena)\s+)?"
    r"(?:liv(?:e|es|ing)|work(?:s|ing)?|stud(?:y|ying|ent)|single|taken|married|engaged|"
    # a milestone of one's own life (quay split's first run: seen): "23 and just got my
    # first tattoo", "41 and just moved out", "30 and finally learned to swim"
    r"(?<=just )(?:got|found|started|moved|bought|had|became|left|quit|lost|began|[a-z]+ed)\b|"
    r"(?<=finally )(?:got|found|started|moved|bought|had|became|left|quit|[a-z]+ed)\b|"
    r"divorced|separated|widowed|retired|unemployed|jobless|pregnant|dating|raising|lonely|"
    r"bored|broke|a (?:mom|mum|dad|mother|father|single|student|grandma|grandpa|widow(?:er)?)|"
    r"wohne|lebe|arbeite|studiere|ledig|verheiratet|geschieden|verlobt|vergeben|schwanger|"
    r"arbeitslos|rentner(?:in)?|student(?:in)?|azubi|mama|papa|"
    r"vis|habite|bosse|travaille|étudie|célibataire|mariée?|divorcée?|fiancée?|pacsée?|maman|"
    r"étudiante?|enceinte|retraitée?|au chômage|en couple|seule?|"
    r"vivo|trabajo|estudio|curro|solter[oa]|casad[oa]|divorciad[oa]|comprometid[oa]|"
    r"jubilad[oa]|embarazada|estudiante|mamá|viviendo|trabajando|estudiando|en paro|"
    r"abito|lavoro|studio|sposat[oa]|divorziat[oa]|fidanzat[oa]|pensionat[oa]|incinta|mamma|"
    r"studente(?:ssa)?|disoccupat[oa])(?![\w-])"
    # "20 and working on it" is progress, "2 and living room" a room, not a life
    r"(?!\s+on\s+(?:it|that|this)\b|\s+rooms?\b))"
    # "25 and still no idea …", "40 und immer noch keine ahnung", "30 et toujours pas …",
    # "30 y sigo sin …", "30 e ancora non …": still, then a negation (a count goes on "and
    # still going", "and still rising")
    r"|(?:still|yet|noch|immer noch|noch immer|toujours|encore|todavía|aún|sigo|ancora)\s+"
    r"(?:no|not|nothing|never|don'?t|can'?t|haven'?t|nicht|kein\w*|nie|pas|jamais|rien|sin|"
    r"nunca|non|mai)\b)"
)
# Adverbs between the verb and an age: "i'm only 24", "ich bin schon 30" (_OLD_ADVERB, in the
# writer's pattern); (dock split's first run: seen) more of them, up to two, in a pattern of
# their own behind a word gate on them (_NEW_ADVERB): "i'm literally 48 and …", "i'm still 29
# and single", "ich bin echt 30", "j'ai déjà 30 ans", "tengo ya 30 años", "ho quasi 40 anni"
_OLD_ADVERB = (
    r"(?:only|just|almost|nearly|barely|already|now|nur|erst|schon|fast|seulement|solo|sólo)"
)
_NEW_ADVERB = (
    r"(?:literally|actually|really|basically|technically|officially|finally|still|legit|"
    r"lowkey|honestly|seriously|also|bald|jetzt|noch|mittlerweile|inzwischen|bereits|"
    r"wirklich|echt|tatsächlich|eigentlich|offiziell|endlich|auch|buchstäblich|juste|déjà|"
    r"presque|bientôt|enfin|littéralement|vraiment|officiellement|aussi|ya|casi|literalmente|"
    r"apenas|recién|realmente|oficialmente|también|già|quasi|ormai|letteralmente|appena|"
    r"davvero|ufficialmente|finalmente|anche)"
)
_ADVERBS = rf"(?:{_OLD_ADVERB}\s+)?{_NEW_ADVERB}\s+(?:(?:{_OLD_ADVERB}|{_NEW_ADVERB})\s+)?"
# The writer, someone with "was", the person spoken to (the verbs of the first age pattern)
_WRITER_VERB = (
    r"\b(?<!like )(?<!as if )(?<!though )(?:i'?m|i’m|i am|im|ich bin|bin|"
    r"i was|he was|she was|ich war|war ich|er war|sie war|bin ich|j'avais|j’avais|"
    r"j'en avais|j’en avais|il avait|elle avait|en avait|tenía|tenia|tenías|tenias|avevo|"
    r"aveva|ne avevo|"
    # the writer and others together: "friends since we were 15", "als wir 15 waren" is
    # verb-final and not taken, "on avait 15 ans", "teníamos 15", "avevamo 15 anni"
    r"we were|wir waren|waren wir|on avait|nous avions|teníamos|teniamos|avevamo|"
    # (wharf split's first run: seen) the person spoken to: "wait ur 23?? i thought u were
    # way younger", "you're 40 and still …", "du bist 23?", "bist du 30?", "t'as 23 ?"
    r"ur|you'?re|you’re|youre|you are|u r|u are|du bist|bist du|t'as|t’as)\s+"
)
_WRITER_TAIL = rf"(?:{_AFTER_AGE}|{_YEARS_AGE}|{_PAST_WHEN}|{_OR_AGE})"
_AGE_PATTERNS_WRITTEN = (
    # the writer: "i'm 24 and …", "im only 24 tho", "ich bin 24", "bin 24 und …" (not a
    # likeness: "i feel like i'm 80 today", "as if i'm 12"); round 8, the past: "when i was 33
    # i …", "ich war 58 als …", "j'avais 32 ans quand …", "il en avait 41", "tenía 50 cuando
    # …", "avevo 50 anni", "lui ne aveva 34"; and "bin ich 26"
    re.compile(
        _WRITER_VERB
        # (wharf split's first run: seen) a height first, then the age: "i'm 170 cm and 28 if
        # that matters", "i'm 5'11 and 33", "i'm 6 ft 2 and 45", "ich bin 1,80 und 28"
        + rf"(?:{_HEIGHT}\s*,?\s*(?:and|&|und|et|y|e)\s+)?"
        rf"(?:{_OLD_ADVERB}\s+)?(\d{{2}}){_WRITER_TAIL}"
    ),
    # a name, then the age: "i'm Tom, 24 …"; round 8, two words between commas: "im Ramon
    # Akhtar, 53, from …"
    re.compile(
        rf"\b(?:i'?m|i’m|i am|im|ich bin|ich heiße|ich heisse|je suis|jsuis|j'suis|j’suis|chui|"
        rf"chuis|soy|sono|me llamo|"
        rf"mi chiamo|je m'appelle|moi c'est)\s+[^\W\d_]+(?:(?:,|\s+(?:and|und|et|y|e))\s*"
        rf"(\d{{2}})(?:{_AFTER_AGE}|{_YEARS_AGE})|"
        # (wharf split's first run: seen) a profile's stops: "im hamza. 29. nurse …", not a
        # state ("im done. 20. then bed")
        rf"(?=\s*\.\s*\d\d){_NOT_A_STATE}\s*\.\s*(\d{{2}})\s*[.,](?!\d)|\s+[^\W\d_]+\s*,\s*(\d{{2}})\s*,(?!\s*\d))"
    ),
    # someone else: "my brother is 24", "she's 24 and …", "mon frère a 24 ans", "tiene 24 años"
    re.compile(rf"\b{_PERSON_SUBJECT}\s+(\d{{2}})(?:{_AFTER_AGE}|{_YEARS_AGE})"),
    # the number first: "24 years old", "24yo", "24 years young", "24 jahre alt", "25 geworden",
    # "25 anni compiuti", "24enne", "24-jährige"
    re.compile(
        # (not "for 19 yrs", "für 12 jahre", "pour 10 ans": a stretch of time)
        r"\b(\d{2})(?<!\bfor \d\d)(?<!\bfür \d\d)(?<!\bpour \d\d)(?<!\bpor \d\d)"
        r"(?<!\bper \d\d)\s*(?:(?:-\s*)?(?:years?[\s-]*old|yrs?[\s-]*old|y/o|y\.o\.?|yo|yrs?)\b|"
        r"years\s+young\b|jahre alt\b|j\. alt\b|(?:geworden|compiuti|compiute|cumplidos)\b|"
        r"-?\s*(?:enne|jährige?[rn]?)\b)"
    ),
    # "23 and single", "28 and living in …", "28 und wohne in …", "28 et je vis à …", "28 y
    # vivo en …", "28 e vivo a …": a bare number opening a message (or after a greeting), a
    # conjunction, then a word of the writer's life or state (see _LIFE)
    re.compile(_OPENING_AGE + r"(\d{2})\s*(?:,|and|&|y|e|und|et)\s*" + _LIFE),
    # a message or clause opening with an age: "25 anni, Parma", "24 yo", "{age} jahre und …"
    # (not "… today. 23 years and they gave me a box": English "N years" opening a clause is
    # an age only as "years old" or "years young"; dock split's first run, seen: "we're
    # over. 34 years down the drain", "36 years together would be crazy")
    re.compile(
        rf"(?:^|[.!?;]\s+)(\d{{2}})(?!\s*(?:years?|yrs?)\b(?![\s-]*(?:old|young)\b)){_YEARS_AGE}"
    ),
    # turning, turned, will be: "just turned 30", "turning 25 next week", "werde nächste
    # woche 25", "wurde gestern 25", "cumplo 25 el mes que viene", "ho appena compiuto 25
    # anni", "j'aurai 25 ans"
    re.compile(
        rf"\b(?:turning|turned|turn|turns|i'?ll be|ill be|i will be|gonna be|going to be|"
        rf"werde|wird|werd|wurde|wurd|cumplo|cumplí|cumple|cumplió|cumplir|compio|compie|compiuto|"
        rf"compiuta|compiro|compirò|j'aurai|j’aurai|aurai|aura|d'avoir|d’avoir|fête mes|"
        # would be: "never thought id be 40 and single", "ich wäre 40", "j'aurais 40 ans"
        rf"i'?d be|i’d be|ich wäre|wäre ich|j'aurais|j’aurais|tendría|tendria|avrei|"
        rf"feier|feiere|feiert (?:seinen|ihren)|fête ses|fêter ses|fêtera ses|celebra sus|"
        rf"celebró sus|festeggia i suoi|festeggerà i suoi)\s+(?:\w+\s+){{0,2}}?"
        # (a number after "am", "on the", "le", "el", "il" is a day: "werd am 3.5. 53")
        rf"(?<!\bam )(?<!\bon )(?<!\bthe )(?<!\ble )(?<!\bel )(?<!\bil )(\d{{2}})\b"
        rf"{_NOT_UNIT}(?!\s*(?:uhr|h\b|:))"
        # an anniversary of something: "fête ses 30 ans de carrière"
        r"(?!\s*(?:ans|años|anni|jahre)\s+(?:de|d'|d’|di|del)\b)"
    ),
    # an answer to how old, in the same message: "how old do u think i am? ok fine, 43"
    re.compile(
        r"\b(?:how old|wie alt|quel [âa]ge|cu[áa]ntos años|quanti anni)\b[^?\n]{0,30}\?+"
        r"[^\d?\n]{0,20}?(?<!\d)(\d{2})\b(?!\w)" + _NOT_UNIT
    ),
    re.compile(r"\b(?:age|aged|alter|âge|edad|età|eta)\s*[:=]?\s*(\d{2})\b"),
    # "24f", "24 m here", "f24", "m/24", "(24f)"
    re.compile(r"(?:^|[\s(\[,])(\d{2})/?(?:f|m|ftm|mtf|nb|w)\b(?![\w'’/])"),
    # spaced, "24 f", only opening the message or after "asl": "24 m" is also a length
    re.compile(
        r"(?:\basl\W*|^\W*)(\d{2})\s(?:f|m|w|nb)\b"
        r"(?![\w'’/]|\s+(?:away|long|tall|high|wide|deep))"
    ),
    re.compile(r"(?:^|[\s(\[,])(?:f|m|w|h)\s?/?(\d{2})\b(?!\w)"),
    # "tengo 40", "ho 25": a bare number after "have" ends the message or the clause
    # (jetty split's first run: seen) and French chat's "jai" for "j'ai": "jai 21"
    re.compile(rf"\b(?:tengo|ho|j'ai|j’ai|jai)\s+(\d{{2}}){_AFTER_AGE}"),
    re.compile(
        rf"\b(?:j'ai|j’ai|j ai|jai|tengo|ho|ich bin|bin|cumplo|cumplí|compio|(?<!y )a|ha|tiene|"
        rf"tienes|hai|as|bist|ist|avoir|eu)\s+(\d{{2}}){_YEARS_AGE}"
    ),
    # a person of some age: "chico de 24 años", "ragazza di 24 anni", "homme de 24 ans"
    re.compile(
        r"\b(?:guy|girl|man|woman|dude|lady|chic[oa]|hombre|mujer|chaval[a]?|ragazz[oa]|uomo|"
        r"donna|homme|femme|mec|meuf|fille|garçon|gars|mann|frau|typ|junge|mädchen|"
        r"âgée?|agée?)\s+(?:de|di|von|of)\s+(\d{2})\b" + _NOT_UNIT
    ),
    # a birthday's number is an age: "my 30th birthday", "mes 30 ans", "meinen 30. geburtstag"
    re.compile(
        r"(?:\b(?:my|his|her|your|ur|our|mein\w*|sein\w*|ihr\w*|mi|su|tu|il mio|il suo)\s+"
        r"(\d{2})(?:st|nd|rd|th|\.)?|\b(\d{2})(?:st|nd|rd|th|\.))\s*(?:birthday|bday|b-day|"
        r"geburtstag|cumpleaños|compleanno)\b"
    ),
    re.compile(r"\b(?:mes|mis|i miei|meine[nm]?)\s+(\d{2})\s*(?:ans|años|anni|jahre|\.)"),
    # "(24 f)", "age is 24"
    re.compile(r"\((\d{2})\s/?(?:f|m|w|nb)\)"),
    re.compile(r"\b(?:my age|age|alter|l'âge|la edad|l'età)\s+(?:is|ist|est|es|è)\s+(\d{2})\b"),
    # "35, m, aus Österreich", "46, f, from leeds": an age, a sex letter, then more
    re.compile(r"^\W*(\d{2})\s*,\s*(?:m|f|w|h|nb)\s*,"),
    # "51, bad kreuznach, arbeite bei …", "27, Halle, studiere …": an age opening the message,
    # up to three words, then a word of the writer's life (see _LIFE)
    re.compile(r"^\W*(\d{2})\s*,\s*(?:[^\W\d_][\w'’-]*\s*){1,3},\s*" + _LIFE),
    # an age between commas: "soy de Badajoz, 21 años, y …", "moi c'est Jean-Luc, 30 ans, …"
    # (not English "years": ", 20 years, …" is as often a stretch of time)
    re.compile(r",\s*(\d{2})\s*(?:ans|años|anni|jahre)\s*(?=,|[.!?]|$)"),
    # 22: a name and "here" opening the message, then the age: "Deja here!! 28, nurse at …",
    # "Anna hier, 31, …", "Léa ici : 24 …"
    re.compile(
        r"^\W*(?:[^\W\d_][\w'’-]*\s+){1,2}(?:here|hier|ici|aquí|aqui|qui)\b[\s!.,:~-]*"
        r"(\d{2})(?=\s*(?:,|[.!?]|$|and\b|und\b|et\b|y\b|e\b))" + _NOT_UNIT
    ),
    # 23: sex and age in brackets: "(f, 23)", "(chica, 32)", "(w, 23)", "(23, m)"
    re.compile(
        r"\((?:f|m|w|h|nb|girl|guy|boy|woman|man|chica|chico|mujer|hombre|ragazza|ragazzo|"
        r"donna|uomo|frau|mann|femme|homme|fille|mec|meuf|gars)\s*[,/]\s*(\d{2})\s*\)"
        r"|\((\d{2})\s*[,/]\s*(?:f|m|w|h|nb)\s*\)"
    ),
    # 24: a birthday, then the number: "Happy birthday to me!!! 42 today", "es mi cumple!! 39
    # y …", "hab heute geburtstag!! 48 und …"
    re.compile(
        r"\b(?:birthday|bday|b-day|geburtstag|cumpleaños|cumple|compleanno|anniversaire|anniv)"
        r"(?:\s+(?:to me|an mich|à moi|a mí|a mi|a me))?\s*[!.]+\s*(\d{2})"
        rf"(?:{_AFTER_AGE}|{_YEARS_AGE})"
    ),
    # 25: years in slang or poetry: "tengo 30 tacos", "30 primaveras", "30 abriles", "30 printemps",
    # "30 primavere", "30 Lenze"
    # (jetty split's first run: seen) the diminutive and more slang: "18 añitos y …", "30
    # pirulos", "j'ai 30 balais", "40 piges", "30 Jährchen"; not a stretch of time ("hace 20
    # añitos", "depuis 10 piges", "seit 20 Jährchen")
    re.compile(
        r"\b(?<!hace )(?<!desde )(?<!durante )(?<!depuis )(?<!pendant )(?<!il y a )(?<!seit )"
        r"(?<!vor )(?<!für )(?<!da )(?<!per )(\d{2})\s+(?:tacos|abriles|primaveras|primavere|"
        r"printemps|lenze|añitos|anitos|pirulos|balais|piges|jährchen)\b"
        r"(?!\s+(?:de|di|d'|d’|von|of)\b)"
    ),
    # 26-29 (quay split's first run: seen)
    # 26: what a dating profile says: "her bio says 47 and from Bromley", "sein profil sagt
    # 30", "son profil dit 25 ans", "su perfil dice 30", "il suo profilo dice 30"
    re.compile(
        r"\b(?:bio|profile|profil|perfil|profilo)\s+(?:says|said|sagt|dit|dice|diceva)\s+"
        r"(?:she's\s+|he's\s+|she is\s+|he is\s+|they're\s+)?"
        rf"(\d{{2}})(?:{_AFTER_AGE}|{_YEARS_AGE})"
    ),
    # 27: an age too old or too young for something: "is 26 too old to start uni?", "with 40
    # too old for this", "mit 30 zu alt", "à 30 ans trop vieille", "con 40 demasiado mayor"
    re.compile(
        r"\b(\d{2})(?:\s*(?:years?|yrs?|jahren|ans|años|anni))?\s+(?:(?:is|are|am)\s+)?"
        r"(?:too|so|zu|trop|demasiado|troppo)\s+(?:old|young|alt|jung|vieux|vieille|jeune|"
        r"mayor|viejo|vieja|joven|vecchio|vecchia|giovane)\b"
    ),
    # 28: someone's age in Spanish, bare, where a clause ends: "tiene 22 y es de Tui", "tienes
    # 30, no?" (not "tiene 20 minutos": what follows is a conjunction or a stop)
    re.compile(r"\b(?:tiene|tienes)\s+(\d{2})(?=\s*(?:[,.!?;]|$|y\b|e\b|pero\b|o\b))"),
    # 29: one's details in a message: "my details: Dean Entwistle, 31, 50 Holme Lane", "meine
    # daten: lena meier, 29, …"; a name of two words between the colon and the age (not any
    # list after a colon: "scores: team alpha, 21, …")
    re.compile(
        r"\b(?:details|detail|info|infos|datos|daten|dati|données|coordonnées|contact)\b"
        r"[^:.!?\n]{0,30}[:\-–]\s*[^\W\d_][\w'’-]*\s+[^\W\d_][\w'’-]*\s*,\s*(\d{2})\s*,(?!\s*\d{1,2}\b(?!\s+[^\W\d_]))"
    ),
    # 30-32 (jetty split's first run: seen)
    # 30: reaching an age: "just hit 33 and nothing changed", "i finally hit the big 40",
    # "hab die 40 geknackt", "passé le cap des 40 ans", "acabo de llegar a los 40", "ho
    # superato i 40"; in English the writer's only, at the message's start or after "i"
    # ("the temperature hit 30 today" is no age)
    re.compile(
        r"(?:^\W*|\b(?:i|i've|i’ve|ive|i have|i'm|i’m|im)\s+)(?:just\s+|finally\s+|"
        r"officially\s+|about to\s+|almost\s+|nearly\s+|gonna\s+|going to\s+)?"
        rf"(?:hit|hitting|reached|reaching)\s+(?:the\s+big\s+)?(\d{{2}})(?:{_AFTER_AGE}|{_YEARS_AGE})"
        r"|\b(?:die|meine)\s+(\d{2})\s+geknackt\b"
        r"|\b(?:le\s+cap|la\s+barre)\s+des\s+(\d{2})\s*ans\b"
        rf"|\b(?:llegu[ée]|llegar|llegado|llego|llega)\s+a\s+los\s+(\d{{2}})(?:{_AFTER_AGE}|{_YEARS_AGE})"
        r"|\b(?:(?:raggiunto|superato)\s+(?:i|gli)|(?:arrivat[oa]|arrivare|arrivo)\s+(?:ai|agli))"
        rf"\s+(\d{{2}})(?:{_AFTER_AGE}|{_YEARS_AGE})"
    ),
    # 31: one's own age after talk of age: "age is just a number but mine is 42", "what's
    # everyone's age? mine's 30", "alter ist nur eine zahl, meins ist 42", "l'âge ? le mien
    # c'est 42", "la edad … la mía es 42", "l'età … la mia è 42"
    re.compile(
        r"\b(?:age|ages|alter|âge|edad|età)\b[^\n]{0,60}?\b(?:mine(?:\s+is|'s|’s)|"
        r"mein(?:e)?s(?:\s+ist)?|le\s+mien(?:\s+c'est|\s+c’est|\s+est)?|"
        r"la\s+mía(?:\s+es)?|la\s+mia(?:\s+è)?)\s*:?\s*"
        rf"(\d{{2}})(?:{_AFTER_AGE}|{_YEARS_AGE})"
    ),
    # 32: the age in brackets after the writer or a relative: "me (31) and my husband (34)",
    # "my sister (24) says …", "ich (29) und mein freund (31)", "ma sœur (24)", "mi novio
    # (30)", "mia sorella (19)"; a name before it is taken in _introduced
    re.compile(
        r"\b(?:i|me|myself|ich|je|moi|yo|io|"
        r"(?:my|his|her|our|mein\w*|sein\w*|ihr\w*|ma|mon|sa|son|mi|su|mia|mio|sua|suo)\s+"
        rf"{_KIN})\s*\((\d{{2}})\)"
    ),
    # 33 (dock split's first run: seen): an adverb of _NEW_ADVERB between the verb and the
    # age, after the writer's verbs (as in the first pattern), "tengo", "ho", "j'ai" (as in
    # "tengo 40"), and the verbs of "have N years" (not German "ist": "das ist schon 20 jahre
    # so" is a stretch of time)
    re.compile(
        rf"{_WRITER_VERB}{_ADVERBS}(\d{{2}}){_WRITER_TAIL}"
        rf"|\b(?:tengo|ho|j'ai|j’ai|jai)\s+{_ADVERBS}(\d{{2}}){_AFTER_AGE}"
        rf"|\b(?:j'ai|j’ai|j ai|jai|tengo|ho|cumplo|cumplí|compio|(?<!y )a|ha|tiene|tienes|"
        rf"hai|as)\s+{_ADVERBS}(\d{{2}}){_YEARS_AGE}"
    ),
)
# 26: a person by a noun, then their age (harbor split's first run: seen): "the guy from
# bumble is 20", "der typ von gestern ist 30", "le mec du bar a 30 ans", "el chico de tinder
# tiene 25", "il ragazzo della palestra ha 27 anni"; per language its article and verb (the
# English "a" is an article, so French only), up to three words between
_MAN = (
    r"(?:guy|girl|man|woman|dude|lady|boy|typ|kerl|mann|frau|mädchen|junge|mec|gars|meuf|"
    r"fille|type|nana|chic[oa]|tío|tía|hombre|mujer|chaval[a]?|ragazz[oa]|tizi[oa]|tipo|"
    r"uomo|donna)"
)
_BETWEEN = r"(?:\s+(?!(?:is|ist|a|tiene|ha|and|und|et|y|e)\b)[\w'’-]+){0,3}"
_MAN_SUBJECT = re.compile(
    word_start(
        rf"\b(?:(?:the|this|that) {_MAN}{_BETWEEN}(?:\s+is|'s|’s)|(?:der|die|dieser|diese) "
        rf"{_MAN}{_BETWEEN}\s+ist|(?:le|la|ce|cet|cette) {_MAN}{_BETWEEN}\s+a|"
        rf"(?:el|la|este|esta|ese|esa) {_MAN}{_BETWEEN}\s+tiene|"
        rf"(?:il|la|lo|quel|quella|questo|questa) {_MAN}{_BETWEEN}\s+ha)"
        rf"\s+(\d{{2}})(?:{_AFTER_AGE}|{_YEARS_AGE})"
    )
)
# 27: a person met or seen, then the age between commas and where they are from or what they
# do (harbor split's first run: seen): "met a guy at the pub, 48, from Alabama", "hab im bus
# nen typen kennengelernt, 21, aus wittenberg", "conocí a un chico en el bar, 43, de …"
_MAN_COMMA_AGE = re.compile(
    word_start(
        r"\b(?:guy|girl|man|woman|dude|lady|boy|typ(?:en)?|kerl|mann|frau|mädchen|jungen?|mec|"
        r"gars|meuf|fille|type|nana|chic[oa]|tío|tía|hombre|mujer|chaval[a]?|ragazz[oa]|"
        r"tizi[oa]|tipo|uomo|donna)\b[^.!?\n,]{0,40},\s*(\d{2})\s*,\s*"
        r"(?:(?:from|aus|von|de|du|d'|d’|di|da|del|works?|working|does|arbeitet|macht|studiert|"
        r"trabaja|estudia|hace|lavora|studia|fa|travaille|bosse|fait|étudie|lives|wohnt|vive|"
        r"habite|abita|single|married|divorced|ledig|verheiratet|geschieden|célibataire|"
        r"soltero|soltera|casad[oa]|single|sposat[oa])\b"
        # (dock split's first run: seen) or a height: "met a guy at the gym, 31, 6 ft 2"
        rf"|{_STRICT_HEIGHT})"
    )
)
# 28: someone's age with "already", the subject a word that is no frequent word (a name, in
# any case: "can u believe kimberley is 33 already", "X is already 40", "lena ist schon 30",
# "X a déjà 40 ans", "X ya tiene 30", "X ha già 30 anni"; not "it is 10 already", "the score
# is 20 already": the subject is checked in analyze)
_ALREADY = re.compile(
    word_start(
        r"\b([^\W\d_]+(?:-[^\W\d_]+)?)\s+(?:is\s+(\d{2})\s+already\b|(?:is|'s|’s)\s+already\s+"
        r"(\d{2})|ist\s+(?:schon|bereits)\s+(\d{2})|a\s+déjà\s+(\d{2})(?=\s*ans\b)|"
        r"(?:ya\s+tiene|tiene\s+ya)\s+(\d{2})|ha\s+già\s+(\d{2}))\b"
    )
)
# (a noun after a determiner is no name: "the queue is 20 already")
_DETERMINER_BEFORE = re.compile(
    r"\b(?:the|a|an|my|your|ur|our|his|her|their|this|that|der|die|das|mein|meine|le|la|les|"
    r"mon|ma|el|los|las|mi|il|lo|gli|mio|mia)\s+$"
)
# Every match of _ALREADY holds one of these as a word: each stands between blanks, or a blank
# and "\b" ("is 33 already."). A set lookup, not a scan (speed only, the same matches).
_ALREADY_WORDS = frozenset({"already", "schon", "bereits", "déjà", "ya", "già"})
# Every match of _MAN_SUBJECT holds a noun of _MAN after a space and before a blank or the
# apostrophe of "'s"; _MAN_COMMA_AGE's nouns are read off it. Each pattern is tried only on a
# message holding one of its nouns as a word (speed only, the same matches).
_MAN_PATTERNS: tuple[tuple[re.Pattern[str], frozenset[str]], ...] = (
    (_MAN_SUBJECT, required_words(rf" {_MAN}[\s'’]")[0]),
    (_MAN_COMMA_AGE, required_words(_MAN_COMMA_AGE)[0]),
)
# (jetty split's first run: seen) a message opening with a name and the age in brackets, then
# what one says of oneself: "darcy (27) Aberdeen", "Lena (31) aus Köln", "hey! Inès (24)"; the
# name is checked in _introduced (no frequent word: not "chapter (12)", "update (14)")
# (dock split's first run: seen) a greeting typed with its last letter stretched: "hiii",
# "heyyy", "hellooo", "hallooo", "holaaa", "ciaooo"
_GREETING = r"^\W*(?:(?:hi+|hey+|hello+|hallo+|salut|coucou|hola+|ciao+)\b[\W_]*)?"
_BRACKETED_NAME = re.compile(
    _GREETING + r"([^\W\d_][\w'’-]*)(?:\s+[^\W\d_][\w'’-]*)?\s*\((\d{2})\)(?!\s*[\d%])"
)
# (jetty split's first run: seen) an introduction opening the message, the name, then the bare
# age: "hi im Will 24 Newcastle lol", "ich bin Jonas 27 aus Kiel", "jsuis léa 24 …", "soy
# Ana 30", "sono Luca 25"; the name is checked in _introduced (not "im on 24", "im level 20")
_NAMED_AGE = re.compile(
    _GREETING + r"(?:i'?m|i’m|i am|im|ich bin|je suis|jsuis|j'suis|j’suis|soy|sono|me llamo|"
    r"mi chiamo|je m'appelle|je m’appelle|ich heiße|ich heisse|my name is|my name's)\s+"
    r"([^\W\d_][\w'’-]*)"
    # (dock split's first run: seen) an emoji, a mark or a chat filler between the name and the
    # age: "sono Marta 😊 40 anni, di …", "ich bin Jonas 👋 59, aus …", "i'm Jen lol 24, …";
    # each step takes one character that is no letter or digit, or one filler, after blanks
    r"(\s+|(?:\s*(?:[^\w\s]|_|lol|haha|hehe|btw|xd|xx)){1,6}\s*)"
    r"(\d{2})\b" + _NOT_UNIT + r"(?!\s*\d)"
)
# With a gap, a bare age goes on as an age does (not "im done!! 20 more pages"); before "anni",
# "años", "ans" or "Jahre" that are no stretch of time any word may stand for the name ("soy
# estrella 😊 48 años": names that are words too), "years" in English being as often a stretch
_GAP_AFTER_AGE = re.compile(rf"(?:{_AFTER_AGE}|{_YEARS_AGE})")
_FOREIGN_YEARS_AGE = re.compile(_YEARS_AGE.replace(_YEARS, "(?:ans|años|anni|jahre)", 1))
# (dock split's first run: seen) an age beside a height, as profiles list them: "5'6, 19, big
# into gaming", "170 cm, 57, …", "Glen, 39, 170 cm, lives in …", "24, 1,80 m, aus Köln",
# "Hugo, 29, 1m80, vit à …"; the height with its unit ("1,80" alone is also a price), the
# age between commas or before the end or a conjunction, and no third number after it ("1.80
# m, 20, 30 and 40" is a list)
_AGE_BY_HEIGHT = re.compile(
    rf"{_STRICT_HEIGHT}\s*,\s*(\d{{2}})\b{_NOT_UNIT}(?!\s*,\s*\d)"
    r"(?=\s*(?:,|[.!?]|$|and\b|&|und\b|et\b|y\b|e\b))"
    rf"|(?:^\W*|[^\W\d_]\s*,\s*)(\d{{2}})\s*,\s*{_STRICT_HEIGHT}"
)
# Every match above holds a comma then two digits, or opens the message with two digits, and a
# height's unit after a digit: a search opening on the literal "," (cheap) or a match at the
# start, then a search for the unit, before the pattern's (speed only, the same matches)
_COMMA_TWO_DIGITS = re.compile(r",\s*\d\d")
_OPENING_TWO_DIGITS = re.compile(r"\W*\d\d")
_HEIGHT_UNIT = re.compile(r"\d\s*(?:cm|m|'|’|ft|foot|feet)")
# (dock split's first run: seen) a dating match or date by name, the age between commas: "my
# hinge match Glen, 39, lives in …", "mein match Jonas, 31, …", "mon match Hugo, 29, …", "mi
# match Pablo, 33, …", "il mio match Marco, 35, …", "my date Carl, 41, …"; the name is
# checked in analyze (no day or month, and no frequent word or capitalised: not "my date
# today, 20, …", "the match Saturday, 21, …")
_MATCH_AGE = re.compile(
    r"\b(?:match|matched with|date)\s+([^\W\d_][\w'’-]*)\s*,\s*(\d{2})\b"
    + _NOT_UNIT
    + r"(?=\s*(?:,|[.!?]|$|and\b|&|und\b|et\b|y\b|e\b))"
)
_MATCH_WORDS = frozenset({"match", "matched", "date"})
# A name, then the age between commas and where the person lives, is from or works, or their
# status, as a profile or a description reads: "Glen, 39, from Halifax", "my coworker Dana, 45,
# lives in Leeds", "Malte, 31, aus Kiel", "Gaspard, 29, vit à Lille", "Gonzalo, 33, vive en
# Vigo", "Tancredi, 35, di Bari"; found from the comma (a search opening on a literal), the
# name read back from it and checked in analyze as _MATCH_AGE's
_COMMA_AGE_ABOUT = re.compile(
    r",\s*(\d{2})\s*,\s*(?:from|lives|living|based|works|working|single|married|divorced|"
    r"aus|wohnt|lebt|arbeitet|studiert|ledig|verheiratet|geschieden|"
    r"de|d'|d’|vit|habite|travaille|bosse|célibataire|mariée?|divorcée?|"
    r"vive|trabaja|estudia|solter[oa]|casad[oa]|divorciad[oa]|"
    r"di|abita|lavora|studia|sposat[oa]|divorziat[oa])(?![\w'’])"
)
_NAME_BEFORE = re.compile(r"(?<![\w'’-])([^\W\d_][\w'’-]*)\s*$")
# An age opening the message, and a time to come: "37 next month and …",
# "30 tomorrow", "30 ans le mois prochain", "bald 30", "bientôt 30 ans", "almost 40 and …"
_OPENING_FUTURE = re.compile(
    r"\W*(?:(?:hi|hey|hello|hallo|salut|coucou|hola|ciao)\b[\W_]*)?"
    r"(?:(?:soon|almost|nearly|bald|fast|bientôt|presque|pronto|casi|presto|quasi)"
    rf"\s+(\d{{2}})(?:{_AFTER_AGE}|{_YEARS_AGE})|(\d{{2}})(?:\s*{_YEARS})?,?\s+"
    r"(?:(?:next|nächste[nrs]?|kommende[nrs]?|this coming)\s+(?:week|month|year|woche|monat|"
    r"jahr)|tomorrow|morgen|übermorgen|demain|mañana|domani|in (?:a|one|two|three|\d) "
    r"(?:days?|weeks?|months?)|in \w+ (?:tagen|wochen|monaten)|dans \w+ (?:jours|semaines|"
    r"mois)|en \w+ (?:días|dias|semanas|meses)|(?:tra|fra) \w+ (?:giorni|settimane|mesi)|"
    r"(?:le mois|la semaine|l'année|l’année|l'an|l’an) prochaine?|"
    r"(?:el|la) (?:mes|semana|año) que viene|el (?:próximo|proximo) (?:mes|año)|"
    r"(?:il mese|la settimana|l'anno|l’anno) prossim[oa])\b)"
)

# The same, behind a look-ahead on their first characters (speed only, same matches).
_AGE_PATTERNS = tuple(re.compile(word_start(p.pattern)) for p in _AGE_PATTERNS_WRITTEN)
# Literals every match of a pattern holds (by its index above): a pattern is searched only
# when one of them is in the message (speed only, same matches). The patterns not listed
# open with a pronoun, a kin noun or a single letter, which nearly every message holds, and
# are always searched.
_AGE_GATES: dict[int, tuple[str, ...]] = {
    0: (
        "i'm",
        "i’m",
        "i am",
        "im",
        "bin",
        "was",
        "war",
        "avai",
        "avions",
        "tení",
        "teni",
        "avev",
        "were",
        "ur ",
        "you",
        "bist",
        "u r",
        "u are",
        "t'as",
        "t’as",
    ),
    1: (
        "i'm",
        "i’m",
        "i am",
        "im",
        "ich",
        "suis",
        "chui",
        "soy",
        "sono",
        "llamo",
        "chiamo",
        "appelle",
        "moi c",
    ),
    3: (
        "year",
        "yr",
        "y/o",
        "y.o",
        "yo",
        "jahre alt",
        "j. alt",
        "geworden",
        "compiut",
        "cumplidos",
        "enne",
        "jährig",
    ),
    6: (
        "turn",
        "ll be",
        "will be",
        "gonna be",
        "going to be",
        "werd",
        "wird",
        "wurd",
        "cumpl",
        "compi",
        "aura",
        "avoir",
        "fête",
        "d be",
        "wäre",
        "tendr",
        "avrei",
        "feier",
        "celebr",
        "festegg",
    ),
    12: ("tengo", "ho", "j'ai", "j’ai", "jai"),
    13: ("year", "yr", "jahr", "jähr", "ans", "año", "anni"),
    14: ("de", "di", "von", "of"),
    22: ("here", "hier", "ici", "aquí", "qui"),
    5: ("year", "yr", "jahr", "jähr", "ans", "año", "anni"),
    7: ("how old", "wie alt", "quel âge", "quel age", "ntos años", "quanti anni"),
    8: ("age", "alter", "âge", "edad", "età", "eta"),
    15: ("birthday", "bday", "b-day", "geburtstag", "cumpleaños", "compleanno"),
    16: ("mes", "mis", "miei", "meine"),
    17: ("(",),
    18: ("age", "alter", "âge", "edad", "età"),
    19: (",",),
    20: (",",),
    21: ("ans", "año", "anni", "jahre"),
    23: ("(",),
    24: ("birthday", "bday", "b-day", "geburtstag", "cumple", "compleanno", "anniv"),
    25: (
        "tacos",
        "abriles",
        "primaver",
        "printemps",
        "lenze",
        "añito",
        "anito",
        "pirulo",
        "balais",
        "piges",
        "jährchen",
    ),
    26: ("bio", "profil", "perfil"),
    27: ("too", "zu", "trop", "demasiado", "troppo", "so "),
    28: ("tiene",),
    29: ("detail", "info", "dat", "données", "coordonnées", "contact"),
    30: (
        "hit",
        "reach",
        "geknackt",
        "des",
        "a los",
        "raggiunt",
        "superat",
        "arriv",
    ),
    31: ("mine", "meins", "meines", "mien", "mía", "mia"),
    32: ("(",),
}
assert all(
    any(literal in _AGE_PATTERNS_WRITTEN[index].pattern for literal in literals)
    for index, literals in _AGE_GATES.items()
), "a gate no longer matches its pattern's index"
# Patterns whose every match holds a word of _BIRTH ("birthday", "bday", "geburtstag",
# "cumple", "compleanno", "anniv" …)
_BIRTHDAY_PATTERNS = frozenset({15, 24})
_AGE_GATE_SCAN = LiteralGates(_AGE_GATES)
# Words of which every match of a pattern holds one (by its index), read off the pattern
# (:func:`~.word_gate.required_words`, one set where it reads several): a pattern is tried only
# when the message holds one of them, a set lookup before the literal gates (speed only, the
# same matches). Two are read off a part every match holds, where a group or an optional
# character hides the word's edges from the reader: "24f", "24/m" hold the sex as a word after
# the digits or "/" ("24ftm" too), and "f24", "m/24", "w 24" the letter after the message's
# start, a blank, a bracket or a comma (no word character) and before a blank, "/" or the
# digits; and the adverbs of the last (33), which the reader does not find behind its verbs.
_AGE_WORDS: dict[int, frozenset[str]] = {
    index: gate[0]
    for index, pattern in enumerate(_AGE_PATTERNS_WRITTEN)
    if (gate := required_words(pattern))
} | {
    9: required_words(r"[\d/](?:f|m|ftm|mtf|nb|w)\b")[0],
    11: required_words(r"(?<!\w)(?:f|m|w|h)[\s/\d]")[0],
    # every match holds one of _NEW_ADVERB between blanks
    33: required_words(rf"\s{_NEW_ADVERB}\s")[0],
}
_BY_WORD: dict[str, frozenset[int]] = {
    word: frozenset(index for index, words in _AGE_WORDS.items() if word in words)
    for word in frozenset().union(*_AGE_WORDS.values())
}
# "23 and single", "28, et je vis …": a conjunction or a comma after the two digits, the first
# of the blanks and of ",", "and", "&", "y", "e", "und", "et" after them (speed only: a search
# that opens on a digit class is cheap, the pattern's opening alternatives are not)
_LIFE_AFTER_AGE = re.compile(r"\d\d\s*[,a&yeu]")
_PRECHECKS: dict[int, re.Pattern[str]] = {4: _LIFE_AFTER_AGE}
# The patterns without a literal gate, without a word gate (each passes that gate always)
_NO_LITERAL_GATE = frozenset(range(len(_AGE_PATTERNS))) - frozenset(_AGE_GATES)
_NO_WORD_GATE = frozenset(range(len(_AGE_PATTERNS))) - frozenset(_AGE_WORDS)
_GATE_WORDS = frozenset(_BY_WORD)
_OTHER = r"(?:him|her|he|she|lui|elle|él|ella|lei|er|sie)"
_AND = r"\s*(?:[,;/&]\s*(?:(?:and|y|e|et|und)\s+)?|(?:and|y|e|et|und)\s+)"
# Two ages side by side, the writer's then another's: "me 38, him 46", "yo 22, él 21", "io 37,
# lui 19", "moi 30, lui 40", "ich 25, er 31"
_PAIR = re.compile(
    word_start(
        rf"\b(?:me|moi|yo|io|ich)\s+(\d{{2}}){_NOT_UNIT}{_AND}{_OTHER}\s+(\d{{2}})\b{_NOT_UNIT}"
    )
)
# A second age right after one found: "j'ai 55 ans, lui 49", "im 26 going on 49"
# (quay split's first run: seen) a correction, "im 34 btw, not 37 like my profile says", "ich
# bin 26, nicht 28 wie im profil", "j'ai 26 ans, pas 48", "tengo 26, no 46", "ho 26 anni, non
# 25"; a guess, "asked if im 48 or 23"; someone else's age, "i'm 23 and bronwen is 53"
_NEXT_AGE = re.compile(
    r"(?:\s*(?:years?(?:\s+old)?|yrs?|yo|ans|años|anni|jahre))?"
    rf"(?:{_AND}{_OTHER}\s+|\s+going\s+on\s+|(?:\s+btw)?\s*,?\s*(?:not|nicht|pas|no|non)\s+|"
    r"\s+(?:or|oder|ou|o)\s+|"
    r"\s+(?:and|und|et|y|e)\s+[^\W\d_][\w'’-]*\s+(?:is|ist|est|a|tiene|ha)\s+)"
    rf"(\d{{2}})\b{_NOT_UNIT}"
)
_NUMBER_WORD = (
    r"(?:thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|(?:twenty|thirty|forty|"
    r"fifty|sixty|seventy|eighty|ninety)(?:[- ]?(?:one|two|three|four|five|six|seven|eight|"
    r"nine))?|dreizehn|vierzehn|fünfzehn|sechzehn|siebzehn|achtzehn|neunzehn|(?:(?:ein|zwei|"
    r"drei|vier|fünf|sechs|sieben|acht|neun)und)?(?:zwanzig|dreißig|dreissig|vierzig|fünfzig|"
    r"sechzig|siebzig|achtzig|neunzig)|treize|quatorze|quinze|seize|dix-sept|dix-huit|dix-neuf|"
    r"(?:vingt|trente|quarante|cinquante|soixante)(?:[- ](?:et[- ])?(?:un|deux|trois|quatre|"
    r"cinq|six|sept|huit|neuf))?|trece|catorce|quince|dieciséis|dieciseis|diecisiete|"
    r"dieciocho|diecinueve|veinte|veinti(?:uno|ún|dós|dos|trés|tres|cuatro|cinco|séis|seis|"
    r"siete|ocho|nueve)|(?:treinta|cuarenta|cincuenta|sesenta)(?: y (?:uno|un|dos|tres|cuatro|"
    r"cinco|seis|siete|ocho|nueve))?|tredici|quattordici|quindici|sedici|diciassette|"
    r"diciotto|diciannove|(?:venti|ventu|trenta|trent|quaranta|quarant|cinquanta|cinquant|"
    r"sessanta|sessant)(?:uno|due|tré|tre|quattro|cinque|sei|sette|otto|nove)?)\b"
)
# Every age pattern above holds a number of exactly two digits; every number word one of these.
# The two digits come first and the look-behind after them (the same matches as
# "(?<!\d)\d{2}(?!\d)"): a pattern opening with a class is searched by the engine's fast skip to
# that class, one opening with a look-behind is tried at every position (speed only).
_TWO_DIGITS = re.compile(r"\d\d(?<!\d\d\d)(?!\d)")
# (German "-zehn" and Spanish "quince" were missing until 2026-12-07: "ich bin dreizehn" and
# "tengo quince años" went unread; test_dob_age checks that every number word holds one.)
_NUMBER_WORD_HINT = re.compile(
    r"(?:teen|twent|thirt|fort|fift|sixt|sevent|eight|ninet|zehn|zig|ßig|ssig|vingt|trente|"
    r"quarant|cinquant|soixant|treize|quatorze|quinze|quince|seize|dix-|trece|catorce|dieci|"
    r"veint|treinta|cuarenta|cincuenta|sesenta|dici|tredici|sedici|venti|ventu|trent|sessant)"
)
# Ages in words: "i'm twenty-four", "turning thirty", "j'ai vingt-cinq ans", "tengo veinticinco
# años", "ho venticinque anni", "ich bin dreißig", "twenty four years old".
_WORD_AGES = (
    re.compile(
        r"\b(?:i'?m|i’m|i am|im|he's|she's|he is|she is|ich bin|bin|er ist|sie ist|turning|"
        r"turned|turn|i'?ll be|ill be|werde|wurde|j'ai|j’ai|il a|elle a|tengo|tiene|cumplo|cumplí|"
        r"ho|ha|compio|compiuto)\s+(?:only\s+|just\s+|gerade\s+|appena\s+)?"
        rf"({_NUMBER_WORD})(?:{_AFTER_AGE}|{_YEARS_AGE})"
    ),
    re.compile(rf"\b({_NUMBER_WORD})[\s-]*(?:years?[\s-]*old|yrs?[\s-]*old|y/o|yo)\b"),
)


def _opening_words(pattern: str) -> frozenset[str]:
    """The first word of every string ``pattern`` matches: its characters up to the first
    space or hyphen, each such head a single word as :func:`words_of` splits."""
    heads = {re.split(r"[ -]", string, maxsplit=1)[0] for string in finite_strings(pattern)}
    if not all(words_of(head) == {head} for head in heads):
        raise ValueError("a number word's head is not one word")
    return frozenset(heads)


# Every match of _WORD_AGES holds a number word after a blank (or "\b" before its first letter)
# and before "\b" (it ends on a letter): its head, up to a space or hyphen inside it, is then one
# of the message's words, so a message holding none of these heads holds no age in words: a
# set lookup before the hint's scan (speed only, the same matches).
_NUMBER_WORD_HEADS = _opening_words(_NUMBER_WORD)


def _word_gates_passed(words: frozenset[str]) -> set[int]:
    """The indices of the age patterns whose word gate (``_AGE_WORDS``) a message passes."""
    passed: set[int] = set()
    for word in words & _GATE_WORDS:
        passed |= _BY_WORD[word]
    return passed


def _tried(lower: str, words: frozenset[str], birth: bool) -> list[int]:
    """The indices of the age patterns a message passes every gate of, in order: its literal
    gate, its word gate, a birth word for a birthday's patterns (searched once for the dates)
    and its cheap search. Set operations instead of a test of each pattern (speed only)."""
    tried = (_AGE_GATE_SCAN.passed(lower) | _NO_LITERAL_GATE) & (
        _word_gates_passed(words) | _NO_WORD_GATE
    )
    if not birth:
        tried -= _BIRTHDAY_PATTERNS
    return sorted(
        index
        for index in tried
        if (precheck := _PRECHECKS.get(index)) is None or precheck.search(lower) is not None
    )


def _clause(lower: str, start: int, end: int) -> tuple[int, int]:
    """Bounds of the clause around ``[start, end)``: a short date needs its birth word in the
    same clause ("happy birthday!! the cake was 6/10" is no birthday)."""
    low = max(lower.rfind(mark, 0, start) for mark in _CLAUSE_MARKS) + 1
    ends = [found for mark in _CLAUSE_MARKS if (found := lower.find(mark, end)) != -1]
    return low, min(ends, default=len(lower))


_CLAUSE_MARKS = "!?;\n"  # not ".": "geb. 14.3." is one clause


def _plausible(match: re.Match[str]) -> bool:
    """Day and month in either order for "/" and "-", day first for "." ("7.30" is a time)."""
    first, second = int(match.group(1)), int(match.group(3))
    if match.group(2) == ".":
        return 1 <= first <= 31 and 1 <= second <= 12
    return (1 <= first <= 31 and 1 <= second <= 12) or (1 <= first <= 12 and 1 <= second <= 31)


def _a_name(text: str, word: str, start: int, language: str) -> bool:
    """Whether ``word`` (lower-cased, at ``start``) may be someone's name before their age: no
    day or month, and capitalised (not in German, which capitalises its nouns) or no frequent
    word of English or the message's language."""
    if word in CALENDAR or word in MONTHS:
        return False
    if language != "de" and text[start].isupper():
        return True
    return not any(is_frequent(word, other) for other in {"en", language})


class DobAgeRecognizer:
    name: ClassVar[str] = "dob_age"
    entity_types: ClassVar[frozenset[EntityType]] = frozenset(
        {EntityType.DATE_OF_BIRTH, EntityType.AGE}
    )

    def analyze(self, view: TextView) -> list[Entity]:
        lower = view.lower
        found = []
        # Cheap gates first: most messages hold no number word and no two-digit number.
        if not view.words.isdisjoint(_NUMBER_WORD_HEADS) and _NUMBER_WORD_HINT.search(lower):
            found = [
                Entity(*match.span(1), EntityType.AGE, 0.7, self.name)
                for pattern in _WORD_AGES
                for match in pattern.finditer(lower)
            ]
        if not view.has_digit:
            return found
        birth = _BIRTH.search(lower) is not None
        found.extend(self._dates(lower, view.words, birth))
        if _TWO_DIGITS.search(lower):
            found.extend(self._ages(lower, view.words, birth, view.language))
            found.extend(self._introduced(view.text, lower, view.language))
            found.extend(self._profiles(view.text, lower, view.words, view.language))
        return found

    def _dates(self, lower: str, words: frozenset[str], birth: bool) -> list[Entity]:
        found: list[Entity] = []
        for match in _BORN_YEAR.finditer(lower) if passes(words, _BORN_YEAR_WORDS) else ():
            group = next(index for index, value in enumerate(match.groups(), 1) if value)
            found.append(Entity(*match.span(group), EntityType.DATE_OF_BIRTH, 0.7, self.name))
        for match in _YEAR_BABY.finditer(lower) if not words.isdisjoint(_YEAR_BABY_WORDS) else ():
            group = 1 if match.group(1) else 2
            found.append(Entity(*match.span(group), EntityType.DATE_OF_BIRTH, 0.7, self.name))
        if not birth:
            return found
        for match in _DATE.finditer(lower):
            if self._near_birth(lower, match.start(), match.end()):
                found.append(Entity(*match.span(), EntityType.DATE_OF_BIRTH, 0.85, self.name))
        for match in _SHORT_DATE.finditer(lower):
            low, high = _clause(lower, *match.span())
            if _plausible(match) and self._near_birth(lower, match.start(), match.end(), low, high):
                found.append(Entity(*match.span(), EntityType.DATE_OF_BIRTH, 0.75, self.name))
        return found

    @staticmethod
    def _near_birth(
        lower: str, start: int, end: int, low: int | None = None, high: int | None = None
    ) -> bool:
        """A birth word before the date (40 characters, or from ``low``), or right after it in
        verb-final phrasings ("ich hab am 3. März geburtstag", "march 3rd is my bday")."""
        low = max(0, start - 40) if low is None else max(low, start - 40)
        high = min(len(lower), end + 25) if high is None else min(high, end + 25)
        return (
            _BIRTH.search(lower, low, start) is not None
            or _BIRTH.search(lower, end, high) is not None
        )

    def _pairs(self, lower: str, found: list[Entity]) -> list[Entity]:
        """Two ages side by side (``_PAIR``) and an age right after one found (``_NEXT_AGE``)."""
        pairs: list[Entity] = []
        # the writer's pronoun first (plain substring tests, speed only)
        pronoun = "me " in lower or "moi " in lower or "yo " in lower or "io " in lower
        for match in _PAIR.finditer(lower) if pronoun or "ich " in lower else ():
            pairs.extend(
                Entity(*match.span(group), EntityType.AGE, 0.75, self.name)
                for group in (1, 2)
                if 13 <= int(match.group(group)) <= 99
            )
        for entity in [*found, *pairs]:
            following = _NEXT_AGE.match(lower, entity.end)
            if following is not None and 13 <= int(following.group(1)) <= 99:
                pairs.append(Entity(*following.span(1), EntityType.AGE, 0.75, self.name))
        return pairs

    def _people(self, lower: str, words: frozenset[str], language: str) -> list[Entity]:
        """Someone's age by a noun for a person (``_MAN_SUBJECT``, ``_MAN_COMMA_AGE``) or a
        name with "already" (``_ALREADY``), each behind a word gate (speed only)."""
        found: list[Entity] = []
        for pattern, gate in _MAN_PATTERNS:
            if not words.isdisjoint(gate):
                found.extend(
                    Entity(*match.span(1), EntityType.AGE, 0.75, self.name)
                    for match in pattern.finditer(lower)
                    if 13 <= int(match.group(1)) <= 99
                )
        if not words.isdisjoint(_ALREADY_WORDS):
            found.extend(self._already(lower, language))
        return found

    def _already(self, lower: str, language: str) -> list[Entity]:
        """Someone's age with "already" (``_ALREADY``) when the subject is no frequent word of
        English or the message's language (a name, not "it" or "the score")."""
        found = []
        for match in _ALREADY.finditer(lower):
            subject = match.group(1)
            group = next(index for index, value in enumerate(match.groups()[1:], 2) if value)
            if (
                13 <= int(match.group(group)) <= 99
                and _NOT_UNIT_AFTER.match(lower, match.end(group)) is not None
                and not any(is_frequent(subject, other) for other in {"en", language})
                and _DETERMINER_BEFORE.search(lower, 0, match.start()) is None
            ):
                found.append(Entity(*match.span(group), EntityType.AGE, 0.7, self.name))
        return found

    def _introduced(self, text: str, lower: str, language: str) -> list[Entity]:
        """An age right after a name opening the message (``_BRACKETED_NAME``, ``_NAMED_AGE``):
        the name is capitalised inside the sentence or no frequent word of English or the
        message's language (a name, not "chapter (12)" or "im on 24"). German capitalises
        its nouns, so there only the second test holds ("ich bin Mitte 20" is a decade)."""
        found = []
        for pattern in (_BRACKETED_NAME, _NAMED_AGE) if "(" in lower else (_NAMED_AGE,):
            match = pattern.match(lower)
            if match is None:
                continue
            age = match.lastindex or 0
            if not 13 <= int(match.group(age)) <= 99:
                continue
            if pattern is _NAMED_AGE and not match.group(2).isspace():
                # a gap between the name and the age (see _GAP_AFTER_AGE)
                if _FOREIGN_YEARS_AGE.match(lower, match.end(age)) is not None:
                    found.append(Entity(*match.span(age), EntityType.AGE, 0.7, self.name))
                    continue
                if _GAP_AFTER_AGE.match(lower, match.end(age)) is None:
                    continue
            name = match.group(1)
            capitalised = language != "de" and match.start(1) > 0 and text[match.start(1)].isupper()
            if capitalised or not any(is_frequent(name, other) for other in {"en", language}):
                found.append(Entity(*match.span(age), EntityType.AGE, 0.7, self.name))
        return found

    def _profiles(
        self, text: str, lower: str, words: frozenset[str], language: str
    ) -> list[Entity]:
        """An age beside a height (``_AGE_BY_HEIGHT``), a dating match's age by name
        (``_MATCH_AGE``) and a name's age between commas before where they live or what they
        do (``_COMMA_AGE_ABOUT``), the names checked by :func:`_a_name`. All but an opening
        age by a height hold a comma then two digits: one cheap search gates them (speed
        only, the same matches)."""
        found: list[Entity] = []
        comma = "," in lower and _COMMA_TWO_DIGITS.search(lower) is not None
        if not comma and _OPENING_TWO_DIGITS.match(lower) is None:
            return found
        if _HEIGHT_UNIT.search(lower) is not None:
            for match in _AGE_BY_HEIGHT.finditer(lower):
                group = 1 if match.group(1) else 2
                if 13 <= int(match.group(group)) <= 99:
                    found.append(Entity(*match.span(group), EntityType.AGE, 0.7, self.name))
        if not comma:
            return found
        if not words.isdisjoint(_MATCH_WORDS):
            found.extend(
                Entity(*match.span(2), EntityType.AGE, 0.7, self.name)
                for match in _MATCH_AGE.finditer(lower)
                if 13 <= int(match.group(2)) <= 99
                and _a_name(text, match.group(1), match.start(1), language)
            )
        for match in _COMMA_AGE_ABOUT.finditer(lower):
            name = _NAME_BEFORE.search(lower, max(0, match.start() - 40), match.start())
            if (
                name is not None
                and 13 <= int(match.group(1)) <= 99
                and _a_name(text, name.group(1), name.start(1), language)
            ):
                found.append(Entity(*match.span(1), EntityType.AGE, 0.7, self.name))
        return found

    def _ages(
        self, lower: str, words: frozenset[str], birth: bool, language: str = "en"
    ) -> list[Entity]:
        found = []
        for index in _tried(lower, words, birth):
            pattern = _AGE_PATTERNS[index]
            # a pattern anchored at the message's start is matched there only (speed only)
            matches = (
                filter(None, [pattern.match(lower)])
                if pattern.pattern.startswith("^")
                else pattern.finditer(lower)
            )
            for match in matches:
                group = next(index for index, value in enumerate(match.groups(), 1) if value)
                if 13 <= int(match.group(group)) <= 99:
                    found.append(Entity(*match.span(group), EntityType.AGE, 0.75, self.name))
        found.extend(self._people(lower, words, language))
        found.extend(self._pairs(lower, found))
        # matched at the message's start only: searching after every "." costs a scan of
        # the message (~1 µs) for a rare phrasing
        future = _OPENING_FUTURE.match(lower)
        if future is not None:
            group = 1 if future.group(1) else 2
            if 13 <= int(future.group(group)) <= 99:
                found.append(Entity(*future.span(group), EntityType.AGE, 0.75, self.name))
        return found
