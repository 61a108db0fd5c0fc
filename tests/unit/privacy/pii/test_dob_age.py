from __future__ import annotations

import pytest

from tests.unit.privacy.pii.helpers import of_type
from veil.domain.pii import EntityType
from veil.privacy.pii.recognizers import dob_age
from veil.privacy.pii.recognizers.word_gate import finite_strings

DOB = [
    ("born on 04/12/1998", "04/12/1998"),
    ("my birthday is march 3rd so dont forget", "march 3rd"),
    ("dob 1999-07-21 if u need it", "1999-07-21"),
    ("geboren am 3. März 1998", "3. märz 1998"),
    ("née le 12 avril 1997", "12 avril 1997"),
    ("nací el 5 de mayo de 1996", "5 de mayo de 1996"),
    ("sono nata il 7 luglio 1995", "7 luglio 1995"),
    ("was born in 1998", "1998"),
    # round 4: without a year, ordinals, abbreviations, day/month near a birth word
    ("bday's june 9th, mark it", "june 9th"),
    # (jetty's first run) the article is part of "the Nth of <month>"
    ("b-day on the 9th of june", "the 9th of june"),
    ("born oct 2", "oct 2"),
    ("my birthday is 6/9 lol", "6/9"),
    ("geburtstag: 9.6.", "9.6."),
    ("geb. 9.6.", "9.6."),
    ("am 9. Juni hab ich geburtstag", "9. juni"),
    ("mon anniv c'est le 9/6", "9/6"),
    ("nací el 9 de junio del 2001", "9 de junio del 2001"),
    ("il mio compleanno è il 9 giugno", "9 giugno"),
    # birth years: verb-final German, Jahrgang, "sono del", apostrophes
    ("bin 2001 geboren", "2001"),
    ("jahrgang 01 lol", "01"),
    ("sono del 2001", "2001"),
    ("soy del 01", "01"),
    ("born in '01", "01"),
]
NOT_DOB = [
    "see you on 04/12/2024",
    "the concert is march 3rd",
    "back in 2019 i was shy",
    "happy birthday to my favorite person",
    "i was born to love you",
    "bday party at 7.30",
    "my mom's birthday is tomorrow",
    "happy birthday!! the cake was 6/10",
    "sono del parere che no",
]
AGE = [
    ("i'm 24 and bored", "24"),
    ("my name's dan and i'm 31", "31"),
    ("24f here, kinda shy", "24"),
    ("i'm 24 years old", "24"),
    ("age: 29", "29"),
    ("ich bin 24", "24"),
    ("ich heiße jonas und bin 18", "18"),
    ("j'ai 24 ans", "24"),
    ("tengo 24 años", "24"),
    ("ho 24 anni", "24"),
    ("i'm Zoe, 20, from Leeds", "20"),
    ("i'm 33 btw", "33"),
    ("i'm 21 next month", "21"),
    ("27 and still single lol", "27"),
    ("ich bin Malte und 30", "30"),
    ("me llamo pablo, tengo 40", "40"),
    # round 4: the shapes chat uses, per language
    ("33f, cant sleep", "33"),
    ("33 m here", "33"),
    ("asl? 33 f", "33"),
    ("(33f) looking for pen pals", "33"),
    ("33 yo btw", "33"),
    ("a 33-year-old teacher", "33"),
    ("33 years young", "33"),
    ("just turned 33 yesterday", "33"),
    ("turning 33 in june", "33"),
    ("ill be 33 in 2 weeks", "33"),
    ("im only 33 tho", "33"),
    ("my age is 33", "33"),
    ("how old? 33", "33"),
    ("my sister is 33 and still at home", "33"),
    ("he's 33 i think", "33"),
    ("my 33rd birthday is friday", "33"),
    ("i'm thirty-three and tired", "thirty-three"),
    ("thirty three years old", "thirty three"),
    ("bin gerade 33 geworden", "33"),
    ("ich werde morgen 33", "33"),
    ("meine schwester ist 33", "33"),
    ("33 jahre und kein plan", "33"),
    ("die 33-jährige", "33"),
    ("ich bin dreiunddreißig", "dreiunddreißig"),
    ("je viens d'avoir 33 ans", "33"),
    ("j'aurai 33 ans en mai", "33"),
    ("ma sœur a 33 ans", "33"),
    ("33 ans, célibataire", "33"),
    ("homme de 33 ans", "33"),
    ("moi c'est Nadia, 33 ans", "33"),
    ("j'ai trente-trois ans", "trente-trois"),
    ("acabo de cumplir 33", "33"),
    ("mi hermano tiene 33", "33"),
    ("chica de 33 años", "33"),
    ("tengo treinta y tres años", "treinta y tres"),
    ("ho appena compiuto 33 anni", "33"),
    ("33 anni compiuti oggi", "33"),
    ("mia sorella ha 33 anni", "33"),
    ("una 33enne simpatica", "33"),
    ("ho trentatré anni", "trentatré"),
    # round 6: a bare number opening a message, a conjunction, a word of the writer's life
    ("28 and living in Saskatoon for now", "28"),
    ("hey! 31 and still living with my parents", "31"),
    ("28 and i'm still single", "28"),
    ("34 and a mom of two", "34"),
    ("lol. 28 and unemployed", "28"),
    ("28 und wohne in Kassel", "28"),
    ("28 und noch single", "28"),
    ("28 et je vis à Nantes", "28"),
    ("28 et toujours célibataire", "28"),
    ("28 y vivo en Sevilla", "28"),
    ("28 y sigo soltera", "28"),
    ("28 e vivo a Lecce", "28"),
    ("28 e ancora single", "28"),
]
NOT_AGE = [
    "i'm 20 minutes away",
    "i'm 16 episodes in",
    "i'm 5'11",
    "i'm 30 mins late",
    "we met 10 years ago",
    "i have 20 years of experience",
    "it costs 25€",
    "i ran 10 miles",
    "see you at 10:30",
    "i'm 99% sure",
    "il y a 24 ans",
    "i'm 6 ft 2",
    "the year 2019",
    "5m away",
    "tengo 20 minutos",
    "ho 30 euro",
    "i'm 20 minutes away next to the station",
    "10 and 20 are both fine",
    # round 4: numbers next to age-like words that are not ages
    "room 33 on the left",
    "i'm 15 minutes away",
    "she has 33 years of experience",
    "33 years ago we met",
    "it's 33 degrees out",
    "level 33 and i'm stuck",
    "gate 33 m",
    "the pool is 25 m",
    "top 20 birthday gifts",
    "i'm in my 30s",
    "we're turning 25 pages a day",
    "i'll be 20 minutes late",
    "she's 25 minutes away",
    "twenty people came",
    "i'm twenty minutes away",
    "see you at 23h",
    "ich werde um 20 uhr da sein",
    "bin in 20 minuten da",
    "elle a 21 ans d'expérience",
    "tiene 21 años de experiencia",
    "ha 21 anni di esperienza",
    "il treno ha 20 minuti di ritardo",
    "j'ai trente minutes",
    "hace 25 años que vivo aquí",
    "it's 25 and sunny",
    # a decade by another name
    "tengo 30 y pico y sigo igual",
    "ho 30 e passa anni",
    "she's 30-something",
    "i'm 30ish",
    # round 6: "N and …" that is a count, a score, a time or a fraction
    "10 and 20 minutes",
    "99 and counting",
    "42 and a half hours",
    "15 and still going",
    "15 and rising",
    "20 and working on it",
    "20 und 30 minuten",
    "10 et je reviens",
    "10 y cuarto",
    "30 e lode",
    "12 and living room is a mess",
    "i have 28 and living proof is here",
]


@pytest.mark.parametrize(("text", "expected"), DOB)
def test_dates_of_birth(text: str, expected: str) -> None:
    assert [v.lower() for v in of_type(text, EntityType.DATE_OF_BIRTH)] == [expected]


@pytest.mark.parametrize("text", NOT_DOB)
def test_dates_without_a_birth_context(text: str) -> None:
    assert of_type(text, EntityType.DATE_OF_BIRTH) == []


@pytest.mark.parametrize(("text", "expected"), AGE)
def test_ages(text: str, expected: str) -> None:
    assert of_type(text, EntityType.AGE) == [expected]


@pytest.mark.parametrize("text", NOT_AGE)
def test_numbers_that_are_not_ages(text: str) -> None:
    assert of_type(text, EntityType.AGE) == []


# Round 7: month abbreviations of the five languages, two-digit years, ages of a named relative,
# an age with a time to come, answers to "how old", "N, m, …" and apposition.
DOB_ROUND7 = [
    ("born 3 févr 1990 in lyon", "3 févr 1990"),
    ("née le 4 juil. 88, cancer ascendant lion", "4 juil. 88"),
    ("geboren am 7. mrz 1985", "7. mrz 1985"),
    ("geburtstag: 9 okt 91", "9 okt 91"),
    ("nací el 12 ene 2001", "12 ene 2001"),
    ("mi cumple es el 30 abr., no lo olvides", "30 abr."),
    ("nacida el 5 ago 1993", "5 ago 1993"),
    ("sono nato il 14 ott. 1979", "14 ott. 1979"),
    ("compleanno: 2 lug 94", "2 lug 94"),
    ("nata il 18 set 1990", "18 set 1990"),
    ("bday is jan 4 '99", "jan 4 '99"),
    ("my birthdate is 22 nov 03", "22 nov 03"),
    ("dob: sept 9 88", "sept 9 88"),
    ("my bday is march 3 20 people are coming", "march 3"),
]
NOT_DOB_ROUND7 = [
    "dinner on 5 ago? no, 5 days ago",
    "see you 12 dic, ciao",
    "mi cumple fue hace 5 ago",
    "the meeting moved to 3 sett",
]
AGE_ROUND7 = [
    ("my daughter emma is 17 and already driving", "17"),
    ("my cousin, priya, is 29 now", "29"),
    ("meine tante Gabi ist 61 und fährt noch motorrad", "61"),
    ("mon oncle Marcel a 70 ans", "70"),
    ("mi abuela Carmen tiene 88 años", "88"),
    ("mia zia Rita ha 55 anni", "55"),
    ("29 tomorrow and no plans lol", "29"),
    ("40 in two weeks, send help", "40"),
    ("bald 30 und noch single", "30"),
    ("bientôt 40 ans, ça passe vite", "40"),
    ("30 ans le mois prochain", "30"),
    ("quasi 50 e ancora in forma", "50"),
    ("how old am i?? fine, 38", "38"),
    ("quanti anni ho? 34, boh", "34"),
    ("wie alt ich bin? 40", "40"),
    ("never thought i'd be 45 and renting", "45"),
    ("31, f, from leeds. ask me anything", "31"),
    ("26, Wuppertal, studiere Jura", "26"),
    ("me llamo Ana, 27 años, de Vigo", "27"),
    ("sono di Bari, 33 anni, lavoro in banca", "33"),
    ("31 and still no clue about taxes", "31"),
    ("40 und immer noch keine ahnung", "40"),
]
NOT_AGE_ROUND7 = [
    "my sister also is 20 minutes away",
    "my friend group is 20 people now",
    "i'd be 20 minutes late",
    "almost 30 minutes left",
    "bald 20 uhr",
    "we met at 5, 20 years, wow",
    "how old is it? idk, 20 minutes maybe",
    "10 tomorrow at the office",
    "the price, 20 euros, done",
]


@pytest.mark.parametrize(("text", "expected"), DOB_ROUND7)
def test_dates_of_birth_round7(text: str, expected: str) -> None:
    assert [v.lower() for v in of_type(text, EntityType.DATE_OF_BIRTH)] == [expected]


@pytest.mark.parametrize("text", NOT_DOB_ROUND7)
def test_not_dates_of_birth_round7(text: str) -> None:
    assert of_type(text, EntityType.DATE_OF_BIRTH) == []


@pytest.mark.parametrize(("text", "expected"), AGE_ROUND7)
def test_ages_round7(text: str, expected: str) -> None:
    assert of_type(text, EntityType.AGE) == [expected]


@pytest.mark.parametrize("text", NOT_AGE_ROUND7)
def test_not_ages_round7(text: str) -> None:
    assert of_type(text, EntityType.AGE) == []


# Round 8 (street split): ages in the past, two ages side by side, a name and "here", sex and
# age in brackets, a birthday then the number, years in slang, and birth years as "je suis de".
DOB_ROUND8 = [
    ("je suis de 1991, la meilleure année", "1991"),
    ("soy de 1987 y no me arrepiento", "1987"),
    ("Baujahr 89, also kein küken mehr", "89"),
    ("proud to be a '97 baby", "97"),
]
NOT_DOB_ROUND8 = [
    "je suis de 1990 à 1995 à Lyon",
    "je suis de 94, val-de-marne",
    "le match de 1998 était fou",
]
AGE_ROUND8 = [
    # the past
    ("when i was 19 i moved to leeds", ["19"]),
    ("she was only 17, we were kids", ["17"]),
    ("ich war 22 als wir zusammenkamen", ["22"]),
    ("j'avais 25 ans quand j'ai déménagé", ["25"]),
    ("tenía 28 cuando nació mi hija", ["28"]),
    ("avevo 30 anni e nessun piano", ["30"]),
    ("er war 40, ich 35", ["40"]),
    # two ages side by side
    ("me 29, her 33, does it matter", ["29", "33"]),
    ("moi 41, elle 38, on s'en fiche", ["38", "41"]),
    ("ich 27, er 30, passt das?", ["27", "30"]),
    ("yo 35 y él 44", ["35", "44"]),
    ("j'ai 31 ans, elle 29, voilà", ["29", "31"]),
    ("i'm 41 going on 14 honestly", ["14", "41"]),
    # a name and "here", a name then the age between commas
    ("Marta here, 34, just moved", ["34"]),
    ("Jonas hier! 27 und neu in der stadt", ["27"]),
    ("i'm Tom Berger, 45, and i love boats", ["45"]),
    ("sono Giulia Neri, 22, studio a Pavia", ["22"]),
    # sex and age in brackets
    ("ragazza (f, 24) cerca amici", ["24"]),
    ("yo (chico, 30) busco amigos", ["30"]),
    ("hi (27, m) from dublin", ["27"]),
    # a birthday then the number
    ("happy bday to me! 35 and feeling it", ["35"]),
    ("c'est mon anniversaire!! 30 et toujours célibataire", ["30"]),
    ("oggi è il mio compleanno! 45 e non li sento", ["45"]),
    ("he's 33 today", ["33"]),
    # years in slang or poetry
    ("ya tengo 40 abriles", ["40"]),
    ("j'ai 50 printemps", ["50"]),
    ("ho 60 primavere", ["60"]),
    ("il fête ses 40 ans samedi", ["40"]),
]
NOT_AGE_ROUND8 = [
    "i feel like i'm 80 today",
    "i was 20 minutes late",
    "she was 15 points ahead when the game ended",
    "ich war 20 km laufen",
    "j'avais 30 euros sur moi",
    "tenía 50 mensajes sin leer",
    "avevo 30 minuti di ritardo",
    "me 10, him 12",
    "score: me 21, him 19 points",
    "give me 20, him 30 euros",
    "here: 25 items in stock, 30 more tomorrow",
    "happy birthday! 30 people came",
    "happy birthday!! 20 minutes until the party",
    "we ate 30 tacos de pastor",
    "(v, 2.1) release notes",
    "build (x, 64) failed",
    "i was 25th in the queue",
    "le film fête ses 30 ans de sortie",
    # a stretch of time opening a sentence, a day after "am"/"on the"
    "got let go today. 25 years and they gave me a box",
    "Fired. 30 years & nothing to show",
    "werd am 15. mal wieder krank",
    "turning in my thesis on the 25th",
]


@pytest.mark.parametrize(("text", "expected"), DOB_ROUND8)
def test_dates_of_birth_round8(text: str, expected: str) -> None:
    assert [v.lower() for v in of_type(text, EntityType.DATE_OF_BIRTH)] == [expected]


@pytest.mark.parametrize("text", NOT_DOB_ROUND8)
def test_not_dates_of_birth_round8(text: str) -> None:
    assert of_type(text, EntityType.DATE_OF_BIRTH) == []


@pytest.mark.parametrize(("text", "expected"), AGE_ROUND8)
def test_ages_round8(text: str, expected: list[str]) -> None:
    assert of_type(text, EntityType.AGE) == expected


@pytest.mark.parametrize("text", NOT_AGE_ROUND8)
def test_not_ages_round8(text: str) -> None:
    assert of_type(text, EntityType.AGE) == []


# Round 9 (after the harbor split's first run, so seen): a person by a noun as the subject, a
# person met then the age between commas, "we were", a name with "already", "en el" before a
# birth year; and a German ordinal before a noun of a sequence is no age.
AGE_ROUND9 = [
    ("im 31 and the guy from bumble is 20", ["20", "31"]),
    ("the man in the photo is 25 and single", ["25"]),
    ("der typ von gestern ist 30 und wohnt in köln", ["30"]),
    ("le mec du bar a 30 ans", ["30"]),
    ("el chico de tinder tiene 25", ["25"]),
    ("il ragazzo della palestra ha 27 anni", ["27"]),
    ("met a guy at the pub, 48, from leeds, works in insurance", ["48"]),
    ("hab im bus nen typen kennengelernt, 21, aus jena, macht was mit autos", ["21"]),
    ("j'ai rencontré une fille au bar, 26, de lyon", ["26"]),
    ("conocí a un chico en el bar, 43, de lugo, trabaja en seguros", ["43"]),
    ("ho conosciuto un ragazzo al bar, 35, di bari", ["35"]),
    ("we've been friends since we were 15 and she still borrows my stuff", ["15"]),
    ("on avait 16 ans quand on s'est rencontrés", ["16"]),
    ("wir waren 15 und total verliebt", ["15"]),
    ("teníamos 17 cuando nos conocimos", ["17"]),
    ("avevamo 18 anni", ["18"]),
    ("can u believe kimberley is 33 already", ["33"]),
    ("can u believe kerry-ann is 56 already", ["56"]),
    ("lena ist schon 30 und wohnt in bremen", ["30"]),
    ("sophie a déjà 40 ans", ["40"]),
    ("lucía ya tiene 30", ["30"]),
    ("giada ha già 30 anni", ["30"]),
]
NOT_AGE_ROUND9 = [
    "Ich studier an der FH Aachen, im 31. Semester",
    "wir wohnen im 12. stock",
    "the guy at the shop is 20 minutes away",
    "paid the guy, 20, and left",
    "the girl next door is 20 km away",
    "we were 20 minutes late",
    "it is 10 already, hurry",
    "the score is 20 already",
    "the queue is 20 already",
    "ha già 30 euro sul conto",
    "met a guy at the pub, 20, 30 minutes from here",
]
DOB_ROUND9 = [
    ("nací en el 1971, o sea que ya voy pa vieja", "1971"),
    ("nací en el año 1990", "1990"),
]


@pytest.mark.parametrize(("text", "expected"), AGE_ROUND9)
def test_ages_round9(text: str, expected: list[str]) -> None:
    assert of_type(text, EntityType.AGE) == expected


@pytest.mark.parametrize("text", NOT_AGE_ROUND9)
def test_not_ages_round9(text: str) -> None:
    assert of_type(text, EntityType.AGE) == []


@pytest.mark.parametrize(("text", "expected"), DOB_ROUND9)
def test_dates_of_birth_round9(text: str, expected: str) -> None:
    assert of_type(text, EntityType.DATE_OF_BIRTH) == [expected]


# Round 10 (the quay split's first run, seen): guesses and corrections between two ages,
# someone's age after the writer's, a profile's age, "too old", Spanish "tiene N", one's details.
AGE_ROUND10 = [
    ("lol the manager asked if im 48 or 23. rude either way", ["48", "23"]),
    ("im 34 btw, not 37 like my profile says oops", ["34", "37"]),
    ("ich bin 26, nicht 28 wie im profil steht, sorry", ["26", "28"]),
    ("j'ai 26 ans, pas 48 comme sur mon profil", ["26", "48"]),
    ("tengo 32, no 56 como pone en el perfil", ["32", "56"]),
    ("ho 30 anni, non 40 come c'è scritto sul profilo", ["30", "40"]),
    ("so i'm 23 and bronwen is 53 and her mum hates me", ["23", "53"]),
    ("omg she messaged me and her bio says 47 and from Bromley", ["47"]),
    ("is 26 too old to start uni? asking for me", ["26"]),
    ("mit 30 zu alt für sowas?", ["30"]),
    ("hice match con un chico, tiene 22 y es de Tui", ["22"]),
    ("23 and just got my first tattoo!! it hurt like hell", ["23"]),
    ("41 and finally moved out", ["41"]),
    ("my details so u remember: Dean Entwistle, 31, 50 Holme Lane", ["31"]),
]
DOB_ROUND10 = [
    ("il mio compleanno è il 11 ag. '64 e nessuno se lo ricorda", "11 ag. '64"),
]
NOT_DOB_ROUND10 = [
    "il compleanno è tra 11 ag. e settembre",
    "ho compiuto gli anni 3 ag fa",
]
NOT_AGE_ROUND10 = [
    "he is 15 or 20 minutes late",
    "it takes 15 or 20 minutes",
    "tiene 20 minutos de retraso",
    "tiene 20 euros en la cuenta",
    "order: coffee black, 14, done",
    "scores: team alpha, 21, team beta, 18",
    "15 and counting",
    "20 and 30 minutes",
    "the battery is 20 too low",
    "the profile says 20 minutes ago",
    "10 and just worked",
]


@pytest.mark.parametrize(("text", "expected"), AGE_ROUND10)
def test_ages_round10(text: str, expected: list[str]) -> None:
    assert sorted(of_type(text, EntityType.AGE)) == sorted(expected)


@pytest.mark.parametrize("text", NOT_AGE_ROUND10)
def test_not_ages_round10(text: str) -> None:
    assert of_type(text, EntityType.AGE) == []


@pytest.mark.parametrize(("text", "expected"), DOB_ROUND10)
def test_dates_of_birth_round10(text: str, expected: str) -> None:
    assert of_type(text, EntityType.DATE_OF_BIRTH) == [expected]


@pytest.mark.parametrize("text", NOT_DOB_ROUND10)
def test_not_dates_of_birth_round10(text: str) -> None:
    assert of_type(text, EntityType.DATE_OF_BIRTH) == []


# Round 11 (the wharf split's first run, seen): the person spoken to ("ur 23??"), a height
# before the age ("i'm 170 cm and 28"), a profile's stops ("im kai. 27. …").
AGE_ROUND11 = [
    ("wait ur 31?? i thought u were younger", ["31"]),
    ("you're 45 and still single lol", ["45"]),
    ("du bist 23? echt?", ["23"]),
    ("i'm 180 cm and 27 if that matters", ["27"]),
    ("i'm 5'9 and 31 btw", ["31"]),
    ("i'm 6 ft 1 and 38, hope that's ok", ["38"]),
    ("i'm 1.68m and 24 if that matters", ["24"]),
    ("ich bin 1,80 und 28", ["28"]),
    ("im kai. 27. nurse by day, gamer by night", ["27"]),
]
NOT_AGE_ROUND11 = [
    "ur 20 minutes late",
    "you're 50 percent right",
    "you are 15 minutes away",
    "im done. 20. then bed",
    "i'm back. 30, 40 left",
    "i'm 180 cm and 75 kg",
]


@pytest.mark.parametrize(("text", "expected"), AGE_ROUND11)
def test_ages_round11(text: str, expected: list[str]) -> None:
    assert sorted(of_type(text, EntityType.AGE)) == sorted(expected)


@pytest.mark.parametrize("text", NOT_AGE_ROUND11)
def test_not_ages_round11(text: str) -> None:
    assert of_type(text, EntityType.AGE) == []


def test_every_number_word_passes_the_hint() -> None:
    # The hint gates the number-word patterns: a number word it misses is never read.
    strings = finite_strings(dob_age._NUMBER_WORD)
    missed = sorted(s for s in strings if dob_age._NUMBER_WORD_HINT.search(s) is None)
    assert missed == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ich bin dreizehn und meine schwester ist siebzehn", "dreizehn"),
        ("er ist neunzehn jahre alt", "neunzehn"),
        ("tengo quince años", "quince"),
    ],
)
def test_number_words_the_hint_used_to_miss(text: str, expected: str) -> None:
    assert expected in of_type(text, EntityType.AGE)
