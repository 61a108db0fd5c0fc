"""The jetty split: labelled chat-style messages for the PII benchmark.

Written on 2026-12-07 by a helper who read only the generator framework (pii_corpus.py), the
Makefile and pyproject.toml: not the detector, its tests, its docs, the benchmark's results or
any other split. The value lists (names, surnames, places, streets, employers, schools, clubs,
handles, e-mails, URLs) are new and hand-written; every value is fictional, or a published test
value (test card numbers, reserved example domains), or a real town or street name with no
person attached. The templates imitate how people text in companion chats: slang, typos,
missing punctuation, run-ons, emoji, voice-note transcripts, code-switching, lower-case names,
nicknames, third parties, and names that are also ordinary words. About 30% of the messages
carry no PII and are full of distractors.
"""

from __future__ import annotations

import random
import re


def _words(text: str, separator: str | None = None) -> list[str]:
    return text.split(separator)


NAMES_F: dict[str, list[str]] = {
    "en": _words(
        "Harriet Poppy Maisie Darcy Lottie Wren Hazel Ruby Amber Holly Ivy Dawn Joy Mabel "
        "Amara Zainab Siobhan Eilidh Tegan Carys Kat Millie Soph Nat Hope"
    ),
    "de": _words(
        "Marlene Carla Romy Thea Paulina Svea Maren Ricarda Steffi Mareike Gesa Tabea Insa "
        "Heike Rosa Heidi Sonja Biggi Kathi Franzi"
    ),
    "fr": _words(
        "Margot Louise Jeanne Rose Prune Blanche Violette Ophélie Mathilde Agathe Bérénice "
        "Élodie Gwenaëlle Maëva Soraya Yasmine Clem Lulu"
    ),
    "es": _words(
        "Paloma Dolores Soledad Luz Blanca Pilar Esperanza Macarena Inmaculada Maite Amaia "
        "Julieta Carlota Lupe Nati Mari Sol"
    ),
    "it": _words(
        "Serena Bianca Stella Aurora Gioia Letizia Rebecca Benedetta Costanza Ginevra Alessia "
        "Eleonora Vale Chicca Mariasole"
    ),
}
NAMES_M: dict[str, list[str]] = {
    "en": _words(
        "Reggie Alfie Archie Otis Rufus Barney Dexter Monty Cassius Idris Kofi Oisín Hamish "
        "Fergus Deshawn Marcus Trey Brody Chase Hunter Drew Will Benji Robbie"
    ),
    "de": _words(
        "Bastian Hendrik Lennart Kai Ernst Frank Konrad Gregor Anton Emil Benedikt Fabian "
        "Sören Timo Jörg Uwe Basti Flo Matze Kalle Olli August"
    ),
    "fr": _words(
        "Pierre Aurélien Bastien Corentin Quentin Yanis Rayan Killian Gaëtan Antoine Florian "
        "Valentin Marius Noé Olivier Constant Dédé"
    ),
    "es": _words(
        "Ángel Jesús Rodrigo Sergio Adrián Íñigo Borja Nacho Kike Pepe Curro Santi Fermín "
        "Joaquín Rafa Chema Salvador"
    ),
    "it": _words(
        "Felice Fortunato Rocco Gianluca Lorenzo Edoardo Riccardo Filippo Dario Vito "
        "Salvatore Totò Gigi Fabio Stefano"
    ),
}
_UNISEX: dict[str, list[str]] = {
    "en": _words("Lou Stevie Frankie Sasha Jordan Sky"),
    "de": _words("Kim Luca Sascha"),
    "fr": _words("Sacha Dominique Juju"),
    "es": _words("Cruz Ariel"),
    "it": _words("Fede Ale"),
}
NAMES: dict[str, list[str]] = {
    lang: NAMES_F[lang] + NAMES_M[lang] + _UNISEX[lang] for lang in NAMES_F
}
SURNAMES: dict[str, list[str]] = {
    "en": _words(
        "Whitfield Okafor Pennington Holloway Baker Fisher Price Walsh Thornbury Gallagher "
        "Nakamura Abernathy Crowley Figueroa Hale"
    ),
    "de": _words(
        "Krüger Wagner Zimmermann Vogel Fuchs Brandt Lehmann Engel Kaiser Winkler Schuster "
        "Böhm Lange"
    ),
    "fr": _words(
        "Garnier Rousseau Fontaine Chevalier Moreau Lemoine Boucher Mercier Perrin Blanc "
        "Carpentier Meunier"
    ),
    "es": _words(
        "Herrera Castillo Navarro Romero Delgado Iglesias Moreno Cabello Vidal Ortega Prieto "
        "Serrano"
    ),
    "it": _words(
        "Esposito Colombo Ricci Marino Greco Bruno Gallo Conti Costa Fontana Moretti Leone"
    ),
}
PLACES: dict[str, list[str]] = {
    "en": _words(
        "Bristol|Norwich|Swansea|Portland|Tulsa|Sacramento|Albuquerque|Cork|Galway|Halifax|"
        "Brighton|Derby|Reading|Bath|Phoenix|Milwaukee|Aberdeen|Baton Rouge|Salt Lake City|"
        "Newcastle",
        "|",
    ),
    "de": _words(
        "Bremen|Kassel|Würzburg|Rostock|Kiel|Münster|Bielefeld|Oberhausen|"
        "Garmisch-Partenkirchen|Graz|Linz|Bern|Essen|Halle|Siegen|Frankfurt an der Oder",
        "|",
    ),
    "fr": _words(
        "Grenoble|Montpellier|Strasbourg|Brest|Nancy|Tours|Angers|Dijon|Aix-en-Provence|"
        "Saint-Étienne|Besançon|Genève|Bruxelles|La Rochelle",
        "|",
    ),
    "es": _words(
        "Granada|Cádiz|Oviedo|Murcia|Alicante|Valladolid|Santander|León|Toledo|Gijón|"
        "Pamplona|Vigo|Las Palmas|San Sebastián",
        "|",
    ),
    "it": _words(
        "Genova|Padova|Trieste|Bari|Palermo|Cagliari|Perugia|Modena|Parma|Como|Brescia|"
        "Livorno|Siena|Reggio Emilia",
        "|",
    ),
}
STREETS: dict[str, list[str]] = {
    "en": [
        "{n} Elm Grove",
        "{n} Beech Crescent",
        "{n} kingsley rd",
        "{n} W 3rd St",
        "{n} Larkspur Close",
        "{n} Hawthorne Blvd",
        "{n} N Pine St",
        "{n} Mill Lane",
        "apt {n}, 40 Birchwood Ave",
        "flat {n} Harrow Court",
    ],
    "de": [
        "Schillerstraße {n}",
        "Am Mühlbach {n}",
        "Kirchgasse {n}",
        "Goethestr. {n}",
        "Rosenheimer Str. {n}",
        "ringstraße {n}",
        "Lessingweg {n}a",
        "Friedrich-Ebert-Platz {n}",
    ],
    "fr": [
        "{n} rue Pasteur",
        "{n} bd Voltaire",
        "{n} allée des Tilleuls",
        "{n} impasse du Moulin",
        "{n} bis rue Gambetta",
        "{n} chemin des Vignes",
        "{n}, avenue Foch",
    ],
    "es": [
        "c/ Serrano {n}",
        "calle Luna {n}, 3º B",
        "avda. de la Constitución {n}",
        "paseo de Gracia {n}",
        "calle del Pez {n}",
        "plaza de España {n}",
        "camino de Ronda {n}",
    ],
    "it": [
        "via Mazzini {n}",
        "viale dei Mille {n}",
        "via Cavour {n}",
        "corso Vittorio Emanuele {n}",
        "piazza Garibaldi {n}",
        "vicolo del Pozzo {n}",
        "via dei Tigli {n}",
    ],
}
ORGS: dict[str, list[str]] = {
    "en": _words(
        "Halvorsen & Pike|Brightwater Dental|Tidewell Insurance|Costco|Walgreens|"
        "Trader Joe's|Boots|Greggs|Primark|Deloitte|Sainsbury's|Home Depot|Chipotle|Pret|"
        "St Anne's Hospital|Kroger",
        "|",
    ),
    "de": _words(
        "Rewe|Edeka|Kaufland|Rossmann|SAP|Zalando|Bäckerei Ströbel|Sparkasse|Hornbach|"
        "Stadtwerke Kassel|Uniklinik Münster",
        "|",
    ),
    "fr": _words(
        "Leroy Merlin|Fnac|Monoprix|SNCF|BNP Paribas|Sephora|Boulangerie Marchal|La Poste|"
        "Picard|Intermarché",
        "|",
    ),
    "es": _words(
        "El Corte Inglés|Inditex|Repsol|Bankinter|Mapfre|Glovo|Eroski|Correos|Dia|Hospital La Paz",
        "|",
    ),
    "it": _words(
        "Esselunga|Luxottica|Poste Italiane|Unicredit|Autogrill|Eataly|Pirelli|Conad|"
        "Trenitalia|Bar Centrale",
        "|",
    ),
}
SCHOOLS: dict[str, list[str]] = {
    "en": _words(
        "Hollins Park High|Cardiff Met|Northwood Sixth Form|Penn State|UCLA|"
        "Trinity College Dublin|Lakeview Community College|Glenmoor Elementary",
        "|",
    ),
    "de": _words(
        "Uni Mannheim|TU Dresden|LMU|Goethe-Gymnasium|Hochschule Fulda|FH Aachen|Gesamtschule Nord",
        "|",
    ),
    "fr": _words(
        "Sciences Po|Sorbonne|Lycée Jean Moulin|IUT de Lannion|INSA Toulouse|EM Lyon", "|"
    ),
    "es": _words(
        "Complutense|Universidad de Granada|IES Miguel Hernández|UPV|Colegio San Ignacio|Autónoma",
        "|",
    ),
    "it": _words(
        "Bocconi|Politecnico di Torino|Liceo Galilei|Sapienza|Università di Padova|Istituto Volta",
        "|",
    ),
}
TEAMS: dict[str, list[str]] = {
    "en": _words(
        "Planet Fitness|PureGym|Anytime Fitness|Crossfit Ironbark|Riverside Harriers|"
        "Hackney Wick FC|YMCA",
        "|",
    ),
    "de": _words("McFit|FitX|TSV Eintracht Hollenbach|Werder|Boulderwerk|Turnverein Lindau", "|"),
    "fr": _words("Basic-Fit|Fitness Park|AS Tourcoing|Keep Cool|judo club Saint-Michel", "|"),
    "es": _words("Altafit|Basic-Fit|Club Natación Ondarreta|Metropolitan|CD Leganés", "|"),
    "it": _words(
        "Virgin Active|McFit|Polisportiva San Donato|CUS Bologna|Circolo Tennis Parioli", "|"
    ),
}
HANDLES = [
    "wrenny.bb",
    "otis_in_the_wild",
    "kat.naps",
    "amber__rose",
    "its.basti",
    "romy_schlaeft",
    "prune.mp3",
    "aurelien.dlg",
    "paloma_vuela",
    "nacho.mp4",
    "gioia.qualunque",
    "fede_02",
    "trey.bandz",
    "dexter_labb",
    "heike.k93",
    "lottie#4412",
    "monty.mcfly",
    "xx_mabel_xx",
]
EMAIL_USERS = [
    "harriet.w",
    "reggie1994",
    "romy.kr",
    "prune_b",
    "paloma.nav",
    "gigi.esposito",
    "basti.lehmann",
    "amara.o",
    "wren.h",
    "fortunato77",
]
EMAIL_DOMAINS = ["example.com", "example.org", "example.net", "mail.example.com", "gmx.example"]
OBF_EMAILS: dict[str, list[str]] = {
    "en": [
        "harriet dot w at example dot com",
        "reggie1994 [at] example [dot] org",
        "amara.o AT example DOT net",
        "wren(dot)h(at)example(dot)com",
        "reggie 1994 at example dot com",
    ],
    "de": [
        "basti punkt lehmann ät example punkt net",
        "romy.kr [at] example [punkt] org",
        "romy punkt kr at example punkt com",
    ],
    "fr": [
        "prune_b arobase example point com",
        "aurelien (arobase) example.org",
        "prune point b at example point net",
    ],
    "es": [
        "paloma.nav arroba example punto com",
        "nacho arroba example.net",
        "paloma punto nav (arroba) example punto org",
    ],
    "it": [
        "gigi.esposito chiocciola example punto com",
        "fede_02 (chiocciola) example.org",
        "gigi punto esposito at example punto net",
    ],
}
URLS = [
    "https://example.com/wren",
    "example.org/otis-photos",
    "www.example.net/basti/",
    "https://links.example.com/kat",
    "http://example.com/~prune",
]
# Published test card numbers (payment processors' documentation).
CARDS = [
    "4000056655665556",
    "5200828282828210",
    "371449635398431",
    "6011000990139424",
    "3056930009020004",
    "3566002020360505",
]
_MONTHS: dict[str, list[str]] = {
    "en": _words(
        "January February March April May June July August September October November December"
    ),
    "de": _words(
        "Januar Februar März April Mai Juni Juli August September Oktober November Dezember"
    ),
    "fr": _words(
        "janvier février mars avril mai juin juillet août septembre octobre novembre décembre"
    ),
    "es": _words(
        "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre"
    ),
    "it": _words(
        "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre "
        "dicembre"
    ),
}


def _ordinal(day: int) -> str:
    suffixes = {1: "st", 2: "nd", 3: "rd"}
    suffix = "th" if 10 <= day % 100 <= 20 else suffixes.get(day % 10, "th")
    return str(day) + suffix


def dob(r: random.Random, lang: str) -> str:
    """A date of birth typed the way people type one in `lang` (the template gives the context)."""
    day, month, year = r.randint(1, 28), r.randint(1, 12), r.randint(1966, 2006)
    name = _MONTHS[lang][month - 1]
    low = name.lower()
    short = f"{year % 100:02d}"
    forms: dict[str, list[str]] = {
        "en": [
            f"{month:02d}/{day:02d}/{year}",
            f"{day}/{month}/{short}",
            f"{low} {_ordinal(day)}",
            f"{day} {low} {year}",
            f"{name[:3].lower()} {day} {short}",
            f"the {_ordinal(day)} of {low}",
            f"{name} {day}, {year}",
            f"{month}-{day}-{short}",
        ],
        "de": [
            f"{day:02d}.{month:02d}.{year}",
            f"{day}.{month}.{short}",
            f"{day}. {name} {year}",
            f"{day}. {low}",
            f"{day}.{month}.{year}",
        ],
        "fr": [
            f"{day:02d}/{month:02d}/{year}",
            f"{'1er' if day == 1 else day} {name} {year}",
            f"{'1er' if day == 1 else day} {name}",
            f"{day}/{month}/{short}",
        ],
        "es": [
            f"{day:02d}/{month:02d}/{year}",
            f"{day} de {name} de {year}",
            f"{day} de {name}",
            f"{day}-{month}-{short}",
            f"{day} de {name} del {short}",
        ],
        "it": [
            f"{day:02d}/{month:02d}/{year}",
            f"{day} {name} {year}",
            f"{day} {name}",
            f"{day}/{month}/{short}",
            f"{day} {name} del {short}",
        ],
    }
    return r.choice(forms[lang])


def retype_phone(r: random.Random, phone: str, lang: str) -> str:
    """Re-type a formatted number the way people do: run together, dotted, 00 for +, pairs."""
    style = r.random()
    if style < 0.35:
        return phone
    if style < 0.55:
        return re.sub(r"[\s\-().]", "", phone)
    if style < 0.7 and phone.startswith("+"):
        return "00" + phone[1:]
    if style < 0.85:
        separator = r.choice(["-", " "] if phone.startswith("+") else [".", "-", " "])
        return re.sub(r"[\s\-]+", separator, phone.replace("(", "").replace(")", ""))
    if phone.startswith("+"):
        return phone
    digits = re.sub(r"\D", "", phone)
    if lang == "fr" or len(digits) % 2 == 0:
        return " ".join(digits[i : i + 2] for i in range(0, len(digits), 2))
    return f"{digits[:3]} {digits[3:6]} {digits[6:]}"


# {TYPE} is a labelled slot ({PERSON_F}/{PERSON_M} agree with she/he, {SCHOOL} and {TEAM} are
# organizations); {time} {price} {dur} {height} {count} {year} are unlabelled distractors.
PII_TEMPLATES: dict[str, list[str]] = {
    "en": [
        "heyy im {PERSON_F} lol sorry for the late reply",
        "its {PERSON_M} btw from the app",
        "names {PERSON} but u can call me whatever",
        "hii {PERSON_F} here 😊 {AGE}f",
        "{AGE}f looking for someone to talk to at night",
        "{AGE}m, {LOCATION}, bored af",
        "asl? {AGE} f {LOCATION}",
        "im {AGE} n u",
        "turning {AGE} on friday and i feel ancient",
        "just hit {AGE} and nothing changed lmao",
        "i'll be {AGE} in like two weeks",
        "{AGE} yrs old and still scared of the dark",
        "how old r u? im {AGE}",
        "age is just a number but mine is {AGE} 😅",
        "so i'm {PERSON} {SURNAME}, like officially, but nobody calls me that",
        "my full name is {PERSON} {SURNAME} dont google me pls",
        "{PERSON_F} my sister is visiting this weekend so i'll be quiet",
        "my ex {PERSON_M} texted me happy birthday like nothing happened",
        "ugh {PERSON_M} from work keeps liking my old pics",
        "my coworker {PERSON_F} said i look tired today which ok rude",
        "me n {PERSON} got matching tattoos last night 💀",
        "{PERSON_F} and {PERSON_F} are coming over for wine",
        "my mum keeps asking when i'll bring {PERSON_M} home",
        "dad's new gf is called {PERSON_F} and she's nice actually",
        "i told {PERSON_F} everything and she just laughed",
        "mr {SURNAME} gave me detention in year 9 and i still think about it",
        "dr {SURNAME} says my blood pressure is fine",
        "my landlord {SURNAME} wont fix the heating",
        "{SURNAME} from accounting asked me out 😳",
        "my boss is literally called {PERSON_M} {SURNAME} and he's a nightmare",
        "{PERSON_M} asked if i'd go to prom with him and i said maybe",
        "had coffee with {PERSON_F} and she cried the whole time",
        "voice note: ok so um basically {PERSON_F} called me and she was like are u coming "
        "and i was like no",
        "[voice message] hey babe its me {PERSON_F} um call me back when youre free ok bye",
        "(transcribed) yeah so i'm at {ORGANIZATION} until like {time} then i'm free",
        "transcript: uh my number is {PHONE} yeah thats it",
        "text me {PHONE}",
        "my cell {PHONE} dont give it to anyone",
        "new phone who dis lol its {PERSON} my new number is {PHONE}",
        "call me on {PHONE} after {time} my roommate sleeps early",
        "whatsapp me {PHONE} i never check this app",
        "{PHONE} thats my work phone so only texts pls",
        "ok here {PHONE} dont be weird",
        "email me at {EMAIL} i check it more",
        "{EMAIL} is my private one",
        "send the pics to {EMAIL} not my work mail",
        "my email is {OBF_EMAIL} (the app blocks it otherwise)",
        "its {OBF_EMAIL} lol",
        "i live at {ADDRESS}, the blue door",
        "im at {ADDRESS} come thru",
        "package goes to {ADDRESS}, {LOCATION}",
        "moved into {ADDRESS} last month and the neighbours are loud",
        "uber drop me at {ADDRESS} pls",
        "from {LOCATION} but living in {LOCATION} now",
        "{LOCATION} girl born and raised",
        "im in {LOCATION} till sunday wanna meet",
        "flying back to {LOCATION} tomorrow morning 😭",
        "my parents live in {LOCATION} so i go home most weekends",
        "never been to {LOCATION} is it nice",
        "insta is {HANDLE}",
        "add me {HANDLE} on snap",
        "{HANDLE} thats my tiktok",
        "find me on discord {HANDLE}",
        "follow {HANDLE} its my private",
        "my spotify is {HANDLE} we should make a playlist",
        "hmu {HANDLE}",
        "i'm {HANDLE} everywhere basically",
        "telegram {HANDLE} if this app dies",
        "i work at {ORGANIZATION} as a cashier dont judge",
        "just finished my shift at {ORGANIZATION} im dead",
        "got the job at {ORGANIZATION}!!!!",
        "{ORGANIZATION} is making me work saturday again",
        "quit {ORGANIZATION} today no regrets",
        "i'm a nurse at {ORGANIZATION}",
        "i go to {SCHOOL}, second year",
        "dropped out of {SCHOOL} lol long story",
        "studying psych at {SCHOOL}",
        "met her at {SCHOOL} in freshman year",
        "i play for {TEAM} on sundays",
        "see u at {TEAM} later? leg day",
        "im at {TEAM} rn so replies will be slow",
        "joined {TEAM} in january and i actually go",
        "my bday is {DOB} so mark ur calendar",
        "born {DOB} if ur into astrology",
        "dob is {DOB} for the booking",
        "{DOB} is my birthday btw",
        "i was born on {DOB} in {LOCATION}",
        "born in {YEAR_DOB} so im basically old",
        "card {CREDIT_CARD} exp 09/28 dont steal lol",
        "heres my card for the subscription {CREDIT_CARD}",
        "send it to my account {IBAN} thx",
        "my iban {IBAN} for the concert tickets",
        "ssn {US_SSN} for the apartment form, is that safe to send here?",
        "the form wants my social, its {US_SSN}",
        "my ip is {IP_ADDRESS} why does the game say im banned",
        "router says {IP_ADDRESS} idk",
        "my page {URL} pls dont share",
        "{URL} is my little art blog",
        "i'm {PERSON_F}, {AGE}, from {LOCATION}, i like cats and bad movies",
        "hi im {PERSON_M} {AGE} {LOCATION} lol",
        "{PERSON_F} ({AGE}) {LOCATION}",
        "my brother {PERSON_M} works at {ORGANIZATION} and he can get us in",
        "my bff {PERSON_F} goes to {SCHOOL} too",
        "saw {PERSON_M} at {TEAM} and he ignored me",
        "can u send the link to {EMAIL} and cc {PERSON_F}",
        "if i dont answer call {PERSON_F} she's my roommate {PHONE}",
        "so {PERSON_M} said he's {AGE} but he looks way older lol",
        "lol my little sis {PERSON_F} just turned {AGE}",
        "im honestly obsessed w {PERSON_M} hes so sweet",
        "{PERSON} {SURNAME} from {SCHOOL} slid into my dms",
        "its me again, {PERSON}, i changed my number",
        "wait are u {PERSON_M}'s cousin??",
        "xoxo {PERSON_F}",
        "ok gn ily - {PERSON_F}",
        "mrs {SURNAME} next door keeps bringing me soup 🥺",
        "hey {PERSON} its been ages how r u",
        "moving in w {PERSON_M} in {LOCATION} next month eek",
        "we r going to {LOCATION} for {PERSON_F}'s bachelorette",
        "hes from {LOCATION} and has the cutest accent",
        "i live like 5 min from {ORGANIZATION} on {ADDRESS}",
        "omg {PERSON_F} {SURNAME} is engaged?? to {PERSON_M}??",
    ],
    "de": [
        "hey bin {PERSON_F} 😊",
        "ich bin die {PERSON_F} aus der gruppe",
        "moin, {PERSON_M} hier",
        "{AGE}w aus {LOCATION}",
        "bin {AGE} und komm aus {LOCATION}",
        "werde nächste woche {AGE} oh gott",
        "ich bin {AGE} jahre jung haha",
        "mein ex {PERSON_M} hat mich schon wieder angeschrieben",
        "meine kollegin {PERSON_F} nervt so",
        "frau {SURNAME} von nebenan hat geklingelt",
        "herr {SURNAME} ist mein chef und voll streng",
        "ich heiß {PERSON} {SURNAME} aber sag einfach {PERSON}",
        "meine nummer {PHONE} schreib per whatsapp",
        "ruf an unter {PHONE} ab {time}",
        "mail: {EMAIL}",
        "schreib mir an {OBF_EMAIL}",
        "ich wohn in der {ADDRESS} in {LOCATION}",
        "komm vorbei {ADDRESS}, 2. stock",
        "arbeite bei {ORGANIZATION} an der kasse",
        "hab heut bei {ORGANIZATION} gekündigt",
        "{SCHOOL} ist echt stressig grad",
        "trainiere bei {TEAM} dreimal die woche",
        "geboren am {DOB}",
        "hab am {DOB} geburtstag",
        "insta {HANDLE}",
        "folg mir {HANDLE}",
        "überweis mir das auf {IBAN} bitte",
        "meine iban: {IBAN}",
        "sprachnachricht: ja also ich bin grad bei {PERSON_F} in {LOCATION} und äh komm später",
        "{PERSON_M} und ich waren gestern im kino, voll schön",
        "lg {PERSON_F}",
        "bin grad in {LOCATION} bei meinen eltern",
        "mein bruder {PERSON_M} wohnt jetzt in {LOCATION}",
        "my name is {PERSON_M} aber ich bin aus {LOCATION} lol",
        "meine kreditkarte ist {CREDIT_CARD} kannst du das bestellen?",
        "jahrgang {YEAR_DOB}, also nicht mehr ganz frisch",
    ],
    "fr": [
        "coucou c {PERSON_F} 😘",
        "moi c'est {PERSON_M}, {AGE} ans",
        "jsuis {PERSON_F} jai {AGE} ans",
        "{AGE}f, {LOCATION}",
        "j'vais avoir {AGE} ans la semaine pro",
        "mon ex {PERSON_M} m'a écrit hier soir",
        "ma pote {PERSON_F} dit que t'es mignon",
        "mon collègue {PERSON_M} est relou",
        "madame {SURNAME} la voisine m'a gardé un colis",
        "je m'appelle {PERSON_F} {SURNAME} mais appelle-moi {PERSON_F}",
        "mon 06 c'est {PHONE}",
        "appelle moi au {PHONE} après {time}",
        "mon mail {EMAIL}",
        "écris à {OBF_EMAIL}",
        "j'habite {ADDRESS}, {LOCATION}",
        "viens au {ADDRESS}, digicode 4B",
        "je bosse chez {ORGANIZATION}",
        "j'ai démissionné de {ORGANIZATION} mdr",
        "je suis en L2 à {SCHOOL}",
        "je vais à {TEAM} ce soir",
        "née le {DOB}",
        "mon anniv c'est le {DOB}",
        "insta: {HANDLE}",
        "ajoute moi sur snap {HANDLE}",
        "mon iban c'est {IBAN}",
        "vocal: euh ouais salut c'est {PERSON_F} euh rappelle moi quand tu peux bisous",
        "je suis sur {LOCATION} ce week-end",
        "je viens de {LOCATION} mais j'habite à {LOCATION}",
        "{PERSON_M} et moi on s'est séparés",
        "bisous {PERSON_F}",
        "honestly {PERSON_M} is so cute, il m'a invitée au resto",
        "ma carte {CREDIT_CARD} passe pas, bizarre",
    ],
    "es": [
        "holaa soy {PERSON_F} 😊",
        "me llamo {PERSON_M}, tengo {AGE}",
        "{AGE} añitos y ni un novio jaja",
        "cumplo {AGE} el sábado",
        "{AGE}m de {LOCATION}",
        "mi ex {PERSON_M} me volvió a escribir",
        "mi compi de piso {PERSON_F} ronca fatal",
        "la señora {SURNAME} del tercero me odia",
        "soy {PERSON_F} {SURNAME} pero dime {PERSON_F}",
        "mi cel es {PHONE}",
        "llámame al {PHONE} a partir de las {time}",
        "mándame un correo a {EMAIL}",
        "mi correo: {OBF_EMAIL}",
        "vivo en {ADDRESS}, {LOCATION}",
        "estoy en {ADDRESS} ven ya",
        "curro en {ORGANIZATION} de cajera",
        "me echaron de {ORGANIZATION} hoy",
        "estudio en {SCHOOL}",
        "entreno en {TEAM} casi todos los días",
        "nací el {DOB}",
        "mi cumple es el {DOB}",
        "sígueme en insta {HANDLE}",
        "mi tiktok {HANDLE}",
        "mi iban es {IBAN}",
        "audio: eh hola soy {PERSON_F} eh que ya estoy llegando vale un beso",
        "ahora estoy en {LOCATION} con {PERSON_F}",
        "soy de {LOCATION} pero vivo en {LOCATION}",
        "{PERSON_M} y yo lo dejamos",
        "besos, {PERSON_F}",
        "mi abuela {PERSON_F} hace unas croquetas brutales",
        "my boyfriend {PERSON_M} es de {LOCATION} y habla super rápido",
        "pásame el dinero, la tarjeta es {CREDIT_CARD}",
    ],
    "it": [
        "ciaoo sono {PERSON_F} 😘",
        "mi chiamo {PERSON_M} e ho {AGE} anni",
        "{AGE} anni, {LOCATION}",
        "compio {AGE} anni domenica",
        "{AGE}f da {LOCATION}",
        "il mio ex {PERSON_M} mi ha scritto di nuovo",
        "la mia collega {PERSON_F} è insopportabile",
        "la signora {SURNAME} del piano di sopra urla sempre",
        "sono {PERSON_F} {SURNAME} ma chiamami {PERSON_F}",
        "il mio numero {PHONE} scrivimi su whatsapp",
        "chiamami al {PHONE} dopo le {time}",
        "la mia mail è {EMAIL}",
        "scrivimi a {OBF_EMAIL}",
        "abito in {ADDRESS}, {LOCATION}",
        "sono in {ADDRESS}, citofona",
        "lavoro da {ORGANIZATION} come commessa",
        "mi sono licenziata da {ORGANIZATION}",
        "faccio il secondo anno, {SCHOOL}",
        "palestra: {TEAM}, tutti i giorni",
        "sono nata il {DOB}",
        "il mio compleanno è il {DOB}",
        "seguimi su ig {HANDLE}",
        "{HANDLE} su tiktok",
        "il mio iban {IBAN}",
        "vocale: ehm ciao sono {PERSON_F} niente ti volevo dire che arrivo tardi",
        "sono a {LOCATION} da {PERSON_F}",
        "sono di {LOCATION} ma vivo a {LOCATION}",
        "{PERSON_M} e io ci siamo lasciati",
        "baci, {PERSON_F}",
        "my ex {PERSON_M} lavora da {ORGANIZATION} lol",
        "carta {CREDIT_CARD}, mi fai l'abbonamento?",
    ],
}
CLEAN_TEMPLATES: dict[str, list[str]] = {
    "en": [
        "see u at {time} ok?",
        "that hoodie was {price} i'm broke now",
        "waited {dur} for my food smh",
        "im {height} so heels are a no",
        "i have {count} tabs open and i'm scared",
        "back in {year} i had the worst haircut",
        "will u still love me if i was a worm",
        "may i be honest? i'm nervous",
        "i hope ur ok, ur quiet today",
        "my heart is full of joy rn",
        "have a little faith in me",
        "that amber light at sunset was so pretty",
        "ruby red nails again lol",
        "the holly on the door is fake",
        "dawn is my favourite time tbh",
        "got a starbucks and a croissant for breakfast",
        "binged netflix for {dur} no regrets",
        "drinking a red bull at {time} was a mistake",
        "my iphone is at {count}% pls hurry",
        "ordered a big mac and regretted it",
        "need new air forces, these are done",
        "the new cologne smells amazing",
        "french toast for dinner bc im an adult",
        "turkey sandwich again lol",
        "bought a danish from the bakery",
        "champagne problems am i right",
        "the library closes at {time}",
        "downtown was packed last night",
        "i'm at the gym, text u after",
        "home sweet home finally",
        "i'm {count} weeks into couch to 5k",
        "we've been talking for {count} days and i already like u",
        "{count} years together would be crazy",
        "my cat is {count} pounds of attitude",
        "my sleep schedule is so bad lately",
        "chase your dreams or whatever lol",
        "i drew a little cat for u",
        "the bill came to {price} between us",
        "reading is my comfort thing",
        "took a bath and feel human again",
        "hunter green is my colour",
        "the derby is on tv later",
        "pat pat pat 🥺",
        "my frank opinion? pineapple belongs on pizza",
        "summer of {year} was the best",
        "i'm 5'4 on a good day",
        "im 2 drinks in lol",
        "{time} and still awake 😩",
        "haha ok fine u win",
        "brb charging my phone",
    ],
    "de": [
        "wir sehen uns um {time}",
        "das hat {price} gekostet 😭",
        "ich hab {count} minuten gewartet",
        "ich bin 1,68 und trag trotzdem absätze",
        "im ernst, ich vermiss dich",
        "ich sag es frank und frei: ich mag dich",
        "das kleid ist rosa und ich liebe es",
        "im mai fahren wir weg",
        "hab grad einen berliner gegessen",
        "trink nen red bull und dann los",
        "wir gehen heute essen",
        "beim spieleabend will ich unbedingt siegen",
        "{count} folgen am stück, sorry not sorry",
        "im jahr {year} war ich so peinlich",
        "bin gleich beim bäcker",
        "gute nacht, schlaf schön",
    ],
    "fr": [
        "on se voit à {time}?",
        "ça m'a coûté {price} mdr",
        "j'ai attendu le bus {count} minutes",
        "je fais 1m62 donc bon",
        "j'ai mangé trois prunes et une olive",
        "la rose sur la table est fanée",
        "je bois un orangina en terrasse",
        "moutarde de dijon sur tout, toujours",
        "on a fait trois tours de manège",
        "c'est trop nice ce que tu dis",
        "{count} épisodes d'affilée oups",
        "en {year} j'étais encore au lycée",
        "bonne nuit, fais de beaux rêves",
        "je suis crevée, à demain",
    ],
    "es": [
        "nos vemos a las {time}",
        "me costó {price} jaja",
        "esperé {count} minutos al autobús",
        "mido 1,70 más o menos",
        "qué soledad sin ti",
        "tengo unos dolores de cabeza horribles",
        "la luz del salón se fundió",
        "una paloma entró por la ventana",
        "me tomé un colacao y a dormir",
        "jesús qué susto",
        "compré una granada en el mercado",
        "llevo {count} días sin dormir bien",
        "en {year} era muy tímida",
        "buenas noches, descansa",
        "qué calor hace hoy",
    ],
    "it": [
        "ci vediamo alle {time}",
        "l'ho pagato {price}",
        "ho aspettato {count} minuti",
        "sono alta 1,65",
        "che gioia vederti",
        "sono felice oggi",
        "il cielo è pieno di stelle",
        "un panino al prosciutto di parma e sono a posto",
        "mi bevo uno spritz",
        "sono serena adesso",
        "{count} anni fa ero un'altra persona",
        "nel {year} ero timidissima",
        "buonanotte, sogni d'oro",
        "la nutella è finita 😭",
        "come stai oggi?",
    ],
}
