"""The pier split of the PII benchmark corpus: value lists and templates of its own.

Written on 2026-12-07 by a helper who read only the generator framework
(bench/data/pii_corpus.py), the Makefile and pyproject.toml: not the detector, its tests, its
docs, the benchmark results or any other split's module. The templates imitate how people
text in companion chats (slang, typos, no punctuation, run-ons, emoji, voice-note transcripts,
code-switching, third parties, names that are also words). Every value is fictional or a
published test value: hand-written names, real towns and streets with made-up house numbers,
RFC 2606 e-mail and URL domains, published test card numbers, phone numbers re-typed from the
library's example numbers.
"""

from __future__ import annotations

import random
import re


def _words(text: str, separator: str | None = None) -> list[str]:
    return text.split(separator)


# {PERSON} draws from NAMES; {PERSON_F} / {PERSON_M} from NAMES_F / NAMES_M (for "her", "il"…).
NAMES_F = {
    "en": _words(
        "Harper Ivy Skye Autumn Willow Wren Hazel Poppy Felicity Ottilie Eilidh Morven Tegan "
        "Cerys Amara Zainab Anjali Mei Hope Dawn Holly Joy Faith Summer Marigold Rosalind"
    ),
    "de": _words(
        "Lotte Carla Johanna Mathilda Luise Henrike Pia Stine Rieke Rosa Heide Friederike "
        "Gesine Mareike Tabea Ylva Hanne"
    ),
    "fr": _words(
        "Élodie Gaëlle Perrine Sixtine Bertille Lou Salomé Jeanne Prune Rose Claire Constance "
        "Blanche Victoire Ombeline Maïwenn"
    ),
    "es": _words(
        "Alba Luz Paz Blanca Pilar Dolores Amparo Nahia Leire Uxue Nuria Olaia Elena Consuelo "
        "Macarena Itziar"
    ),
    "it": _words(
        "Bianca Gioia Serena Celeste Rebecca Aurora Alice Elisa Camilla Benedetta Asia Nives "
        "Margherita Ginevra Fiamma Speranza"
    ),
}
NAMES_M = {
    "en": _words(
        "Maddox Beckett Silas Jude Lorcan Oisín Fergus Hamish Dewi Kofi Yusuf Rohan Santiago "
        "Bill Frank Rusty Heath Hunter Reggie Otis Cillian Marcus Deshawn Rafi"
    ),
    "de": _words(
        "Emil Anton Paul Theo Karl Enno Tjark Konstantin Vincent Jakob Niklas Helge Arne Kai "
        "Ernst Wolf Bastian Timo"
    ),
    "fr": _words(
        "Aymeric Anatole Côme Eliott Noé Yanis Sacha Malo Pierre Marin Aimé Gatien Quentin "
        "Florian Bastien Killian"
    ),
    "es": _words(
        "Ander Gorka Íñigo Fermín Hernán Bruno Adrián Gael Yeray Txema Rafa Nacho Ángel "
        "Salvador Jesús Borja"
    ),
    "it": _words(
        "Lorenzo Gabriele Riccardo Emanuele Filippo Leonardo Edoardo Tiziano Cosimo Raffaele "
        "Lapo Felice Angelo Fortunato Gennaro Ruggero"
    ),
}
NAMES = {lang: NAMES_F[lang] + NAMES_M[lang] for lang in NAMES_F}
SURNAMES = {
    "en": _words(
        "Whitfield Okafor Pemberton Gallagher Thornton Sinclair Nakamura Baxter Fox Price "
        "Baker Hill Kowalczyk Adeyemi Lindqvist O'Rourke"
    ),
    "de": _words(
        "Brandt Vogt Lindner Ziegler Hartmann Baumann Fuchs Engel Koch Schuster Scholz Jäger "
        "Petersen Nowak"
    ),
    "fr": _words(
        "Girard Mercier Fontaine Chevalier Rousseau Gauthier Leclerc Marchand Lemaire Roux "
        "Faure Blanc Le Goff"
    ),
    "es": _words(
        "Romero Navarro Torres Domínguez Vázquez Gil Moreno Castillo Iglesias Ortega Rubio "
        "Serrano Molina Herrero"
    ),
    "it": _words(
        "Esposito Colombo Ricci Marino Greco Gallo Conti Mancini Costa Giordano Rizzo "
        "Lombardi Moretti Barbieri Fontana"
    ),
}
PLACES = {
    "en": _words(
        "Norwich|Bristol|Swansea|Inverness|Galway|Cork|Portland|Tucson|Boise|Albuquerque|"
        "Savannah|Asheville|Halifax|Winnipeg|Reading|Bath|Brighton|Hull|Milton Keynes|"
        "Kansas City|Fort Worth|Grand Rapids|Adelaide|Wellington",
        "|",
    ),
    "de": _words(
        "Bremen|Hannover|Kassel|Münster|Rostock|Lübeck|Regensburg|Augsburg|Bielefeld|Essen|"
        "Halle|Trier|Ulm|Bonn|Graz|Linz|Basel|Garmisch-Partenkirchen|Frankfurt am Main|"
        "Sankt Pölten",
        "|",
    ),
    "fr": _words(
        "Nice|Tours|Brest|Grenoble|Montpellier|Strasbourg|Dijon|Metz|Reims|Angers|Biarritz|"
        "Saint-Étienne|Aix-en-Provence|Clermont-Ferrand|Bruxelles|Genève|Lausanne",
        "|",
    ),
    "es": _words(
        "Granada|León|Valladolid|Oviedo|Gijón|Cádiz|Córdoba|Murcia|Alicante|Pamplona|"
        "Toledo|Vigo|San Sebastián|Palma de Mallorca|Las Palmas|Ciudad Real",
        "|",
    ),
    "it": _words(
        "Bari|Pisa|Parma|Padova|Trieste|Genova|Perugia|Cagliari|Palermo|Catania|Modena|"
        "Brescia|Udine|Reggio Emilia|La Spezia|Ascoli Piceno|Bolzano",
        "|",
    ),
}
# Employers, shops and gyms: read as organisations by the cue around them ("i work at").
ORGS = {
    "en": _words(
        "Greggs|Nando's|Primark|PureGym|Planet Fitness|Whole Foods|Costco|Boots|Deloitte|"
        "Kaiser Permanente|Wells Fargo|Home Depot|Trader Joe's|Walgreens|Pret|Sainsbury's|"
        "Chipotle|Brightwater Dental|Harlow & Finch|NHS",
        "|",
    ),
    "de": _words(
        "Rewe|Edeka|dm|Rossmann|Aldi Süd|McFit|Fielmann|Zalando|SAP|Lufthansa|Sparkasse|"
        "Hornbach|Kaufland|Vodafone|Bäckerei Kamps",
        "|",
    ),
    "fr": _words(
        "Fnac|Leroy Merlin|Auchan|Monoprix|Basic-Fit|Darty|Orange|Michelin|Sephora|"
        "L'Oréal|Picard|BNP Paribas|Pôle emploi",
        "|",
    ),
    "es": _words(
        "El Corte Inglés|Inditex|Repsol|Mango|Glovo|Eroski|BBVA|Correos|Renfe|Mapfre|Seat|"
        "Mercadillo Hermanos Ruiz|Primor",
        "|",
    ),
    "it": _words(
        "Esselunga|Coop|Eni|Poste Italiane|Trenitalia|Lavazza|Luxottica|Mediaworld|Conad|"
        "Autogrill|Unicredit|Intesa Sanpaolo|Pirelli",
        "|",
    ),
}
SCHOOLS = {
    "en": _words(
        "Hollybrook Academy|Northgate Sixth Form|Boise State|Arizona State|Ridgeview High|"
        "St Aidan's|Glasgow Caledonian|Kingsmead College|UC Davis|Portland Community College",
        "|",
    ),
    "de": _words(
        "TU Dresden|Uni Bremen|Hochschule Osnabrück|FH Aachen|Universität Kassel|"
        "Fachhochschule Kiel|HTW Berlin",
        "|",
    ),
    "fr": _words("Sciences Po|Paris-Dauphine|Sorbonne Nouvelle|Audencia|Skema|EPITA", "|"),
    "es": _words(
        "Complutense|Universidad de Oviedo|Pompeu Fabra|Autónoma|UPV|Universidad de Deusto", "|"
    ),
    "it": _words("Bocconi|Sapienza|Ca' Foscari|Statale|Luiss|Cattolica|Federico II", "|"),
}
TEAMS = {
    "en": _words(
        "Millbrook Rovers|Eastside Harriers|Hackney Wick FC|Riverside Roller Derby|"
        "Pinewood Panthers|Sandhurst Cricket Club",
        "|",
    ),
    "de": _words("TSV Lohne|SV Blau-Weiß Kiel|TuS Ergste|FC St. Pauli|Turnverein Jahn", "|"),
    "fr": _words("AS Cannes|US Ivry|Stade Rennais|RC Lens|ASPTT Nantes", "|"),
    "es": _words("CD Leganés|Real Betis|Club Náutico de Vigo|CB Estudiantes|SD Eibar", "|"),
    "it": _words("Pro Vercelli|Virtus Bologna|Polisportiva Brescia|Rari Nantes Florentia", "|"),
}
STREETS = {
    "en": [
        "{n} Birchwood Close",
        "{n} Kingfisher Way",
        "{n} elm st",
        "{n} Harbour View Rd",
        "{n} Larkspur Ct",
        "{n} sycamore drive",
        "{n} Old Kent Road",
        "{n} N Halsted St",
    ],
    "de": [
        "Kastanienallee {n}",
        "Am Mühlbach {n}",
        "Schillerstr. {n}",
        "Rosenheimer Straße {n}",
        "Im Winkel {n}",
        "uhlandstraße {n}a",
        "Hafenstraße {n}",
    ],
    "fr": [
        "{n} rue Oberkampf",
        "{n} bd Voltaire",
        "{n}, allée des Tilleuls",
        "{n} bis rue du Moulin",
        "{n} impasse des Cerisiers",
        "{n} quai de la Loire",
        "{n} chemin des vignes",
    ],
    "es": [
        "c/ Toledo {n}",
        "C/ Fuencarral {n}, 2ºA",
        "avda. de la Constitución {n}",
        "paseo de Gracia {n}",
        "calle Sierpes {n}",
        "plaza del Pilar {n}",
        "Rúa do Franco {n}",
    ],
    "it": [
        "via dei Mille {n}",
        "viale Monza {n}",
        "corso Vittorio Emanuele {n}",
        "via Tiburtina {n}",
        "piazza Santo Stefano {n}",
        "vicolo del Cinque {n}",
        "via Po {n}",
    ],
}
HANDLES = [
    "wren.the.menace",
    "hazel_nut_22",
    "beckett.jpg",
    "lotte_lottchen",
    "emil.schreibt",
    "prune_et_moi",
    "marin.surf",
    "luz_del_sur",
    "gorka.gtz",
    "bianca_b00",
    "lapo.lapo",
    "sixtine__",
    "nachete_91",
    "kofi.codes",
    "poppy.ploppy",
    "arne_dreht_durch",
    "xx_rosa_xx",
    "gioia.mia",
    "hamish#0420",
    "tinyskye",
]
EMAIL_USERS = [
    "wren.h",
    "lotte.k92",
    "prune.girard",
    "gorka_88",
    "bianca.ricci",
    "kofi.a",
    "hamish.t",
    "sixtine.d",
    "nacho.rubio",
    "heide-fuchs",
    "poppy.okafor01",
]
EMAIL_DOMAINS = [
    "example.com",
    "example.org",
    "example.net",
    "mail.example.com",
    "inbox.example.net",
    "gmx.example",
    "uni.example.org",
]
OBF_EMAILS = {
    "en": [
        "wren dot h at example dot com",
        "kofi.a [at] example.org",
        "hamish.t AT example DOT net",
        "poppy.okafor01 @ example . com",
        "wren.h at example.com",
    ],
    "de": [
        "lotte.k92 (at) example.com",
        "emil punkt b at example punkt org",
        "heide-fuchs ät example.net",
        "lotte.k92 [ät] example [punkt] com",
    ],
    "fr": [
        "prune.girard arobase example.com",
        "sixtine point d at example point org",
        "prune.girard (arobase) example.net",
    ],
    "es": [
        "gorka_88 arroba example.com",
        "nacho punto rubio arroba example punto net",
        "gorka_88 (arroba) example.org",
    ],
    "it": [
        "bianca.ricci chiocciola example.com",
        "lapo punto c at example punto org",
        "bianca.ricci [at] example.net",
    ],
}
URLS = [
    "https://example.com/wren",
    "example.org/lotte-k",
    "www.example.net/prune",
    "https://links.example/gorka",
    "http://bianca.example/portfolio",
    "https://www.example.com/u/kofi.codes?ref=chat",
]
# Published test numbers (Stripe, PayPal and card-network documentation), Luhn-valid.
CARDS = [
    "4000056655665556",
    "5200828282828210",
    "371449635398431",
    "6011000990139424",
    "3566002020360505",
    "4917610000000000",
    "2223003122003222",
]

_MONTHS = {
    "en": _words(
        "january february march april may june july august september october november december"
    ),
    "de": _words(
        "januar februar märz april mai juni juli august september oktober november dezember"
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
    suffix = {1: "st", 2: "nd", 3: "rd"}.get(day % 10 if day not in (11, 12, 13) else 0, "th")
    return f"{day}{suffix}"


def dob(r: random.Random, lang: str) -> str:
    """A date of birth typed the way people in each language type one."""
    day, month, year = r.randint(1, 28), r.randint(1, 12), r.randint(1964, 2007)
    yy = f"{year % 100:02d}"
    mon = _MONTHS[lang][month - 1]
    if r.random() < 0.3:
        mon = mon.capitalize()
    forms = {
        "en": [
            f"{month}/{day}/{year}",
            f"{month}/{day}/{yy}",
            f"{day:02d}/{month:02d}/{year}",
            f"{mon} {_ordinal(day)}",
            f"{_ordinal(day)} {mon} {year}",
            f"{_ordinal(day)} of {mon}",
            f"{mon[:3]} {day} '{yy}",
            f"{mon} {day} {year}",
            f"{year}-{month:02d}-{day:02d}",
        ],
        "de": [
            f"{day}.{month}.{year}",
            f"{day:02d}.{month:02d}.{yy}",
            f"{day}. {mon}",
            f"{day}. {mon} {year}",
            f"{day}.{month}.",
            f"{day:02d}.{month:02d}.{year}",
        ],
        "fr": [
            f"{'1er' if day == 1 else day} {mon} {year}",
            f"{'1er' if day == 1 else day} {mon}",
            f"{day:02d}/{month:02d}/{year}",
            f"{day}/{month}/{yy}",
        ],
        "es": [
            f"{day} de {mon} de {year}",
            f"{day} de {mon}",
            f"{day}/{month}/{year}",
            f"{day:02d}-{month:02d}-{yy}",
            f"{day}/{month}/{yy}",
        ],
        "it": [
            f"{day} {mon} {year}",
            f"{day} {mon}",
            f"{day:02d}/{month:02d}/{year}",
            f"{day}/{month}/{yy}",
            f"{day}-{month}-{year}",
        ],
    }[lang]
    return r.choice(forms)


_COUNTRY_CODES = {"en": "1", "de": "49", "fr": "33", "es": "34", "it": "39"}


def _styles(nsn: str, lang: str) -> list[str]:
    """Ways of typing one national significant number, per language."""
    cc = _COUNTRY_CODES[lang]
    if lang == "en":
        a, b, c = nsn[:3], nsn[3:6], nsn[6:]
        return [
            f"({a}) {b}-{c}",
            f"{a}.{b}.{c}",
            f"{a}-{b}-{c}",
            f"{a} {b} {c}",
            f"1-{a}-{b}-{c}",
            f"+1 ({a}) {b} {c}",
            f"{a}{b}{c}",
        ]
    if lang == "de":
        p, rest = nsn[:4], nsn[4:]
        return [
            f"0{p} {rest}",
            f"0{p}/{rest}",
            f"0{p}-{rest}",
            f"+49 {p} {rest}",
            f"+49 (0){p} {rest}",
            f"0049 {p}{rest}",
            f"0{p} {rest[:3]} {rest[3:]}",
        ]
    if lang == "fr":
        pairs = [nsn[1:3], nsn[3:5], nsn[5:7], nsn[7:]]
        return [
            "0" + nsn[0] + " " + " ".join(pairs),
            "0" + nsn[0] + "." + ".".join(pairs),
            "0" + nsn,
            "0" + nsn[0] + "-" + "-".join(pairs),
            f"+33 {nsn[0]} " + " ".join(pairs),
            f"+33 (0){nsn[0]} " + " ".join(pairs),
            f"0033 {nsn}",
        ]
    if lang == "es":
        return [
            f"{nsn[:3]} {nsn[3:6]} {nsn[6:]}",
            f"{nsn[:3]} {nsn[3:5]} {nsn[5:7]} {nsn[7:]}",
            nsn,
            f"+34 {nsn[:3]} {nsn[3:6]} {nsn[6:]}",
            f"0034 {nsn}",
            f"+{cc}-{nsn}",
        ]
    return [
        f"{nsn[:3]} {nsn[3:]}",
        f"{nsn[:3]} {nsn[3:6]} {nsn[6:]}",
        f"{nsn[:3]}-{nsn[3:]}",
        f"{nsn[:3]}/{nsn[3:]}",
        f"+39 {nsn[:3]} {nsn[3:]}",
        f"0039 {nsn}",
        f"+39{nsn}",
    ]


def retype_phone(r: random.Random, phone: str, lang: str) -> str:
    """Re-type a library-formatted number the way people type theirs."""
    if r.random() < 0.25:
        return phone
    digits = re.sub(r"\D", "", phone)
    cc = _COUNTRY_CODES[lang]
    if phone.startswith("+"):
        nsn = digits[len(cc) :]
    elif lang in ("de", "fr"):
        nsn = digits[1:]  # the trunk 0
    else:
        nsn = digits
    return r.choice(_styles(nsn, lang))


PII_TEMPLATES = {
    "en": [
        # introductions and sign-offs
        "heyy its {PERSON} lol from earlier",
        "ok so my name is actually {PERSON} not what my profile says",
        "{PERSON} here 👋 sorry for the late reply",
        "u can call me {PERSON}, everyone does",
        "real name {PERSON} {SURNAME} but dont google me lmao",
        "im {PERSON_F}, {AGE}, kinda new to this app",
        "names {PERSON_M} btw forgot to say",
        "its ya boy {PERSON_M} 😎",
        "lol {PERSON} is my middle name actually",
        "my mum still calls me {PERSON} when shes mad",
        "xoxo {PERSON}",
        "ttyl, {PERSON} 💕",
        "babe its me {PERSON_F} i lost my phone so using my friends",
        "my name isnt {PERSON} lol its {PERSON}",
        "{PERSON} my love 💘 goodnight",
        "voice note transcript: hey um its {PERSON} uh just wanted to say goodnight",
        "[voice message] so yeah {PERSON_M} was like no way and i was like yes way",
        "sorry autocorrect lol its {PERSON} not {PERSON}",
        "u dont even know my name... its {PERSON_F}",
        "im {PERSON_M} {SURNAME}, nice to finally talk properly",
        "this is {PERSON_F}s phone btw not {PERSON_M}",
        # third parties
        "my bestie {PERSON_F} says im obsessed with u",
        "{PERSON_F} from work wont stop talking about her wedding",
        "my ex {PERSON_M} texted me at {time} like nothing happened",
        "my sister {PERSON_F} is moving in w her bf",
        "coworker {PERSON} stole my lunch again i swear",
        "my landlord mr {SURNAME} wants the rent by friday",
        "dr {SURNAME} said my bloods are fine",
        "the neighbour {PERSON_M} {SURNAME} keeps parking in my spot",
        "{SURNAME} from accounting is so annoying",
        "me n {PERSON} broke up for real this time",
        "my therapist {PERSON_F} thinks i should journal",
        "ugh {PERSON} and {PERSON} are fighting in the group chat again",
        "my aunt {PERSON_F} turns {AGE} tomorrow",
        "do u think {PERSON} still thinks about me",
        "{PERSON} liked my story 😳",
        "my roomie {PERSON_F} {SURNAME} borrowed my charger and vanished",
        "coach {SURNAME} made us run laps for an hour",
        "mrs {SURNAME} next door brought soup 🥹",
        "talked to {PERSON} about u, dont be mad",
        "so i told {PERSON_F} what u said and she LOST it",
        "my step dad {PERSON_M} {SURNAME} is a cop",
        "my oma {PERSON_F} sends u her love",
        "habibi {PERSON_M} keeps saying yalla lol",
        "{PERSON_M} from the gym asked for my number wtf",
        "my boss {PERSON_F} made me cry in the walk in fridge",
        "went on a date w {PERSON_M} and he brought his mom",
        "i still dream about {PERSON} sometimes",
        "omg {PERSON_F} es tan linda, like seriously",
        "me and {PERSON_M} {SURNAME} went to prom together lol",
        "{SURNAME} the plumber finally came",
        "professor {SURNAME} gave me a c+",
        "{PERSON_F}'s baby shower is saturday",
        "{PERSON_M} and his stupid motorbike",
        "my cousin {PERSON} got engaged!!!",
        "if {PERSON} texts u dont answer",
        "grandpa {PERSON_M} passed last year, still hurts",
        # ages
        "{AGE}f lonely lol",
        "{AGE}/m/{LOCATION}",
        "{AGE} yo btw hope thats ok",
        "i just turned {AGE} and i feel ancient",
        "age is {AGE} if u were wondering",
        "turning {AGE} on saturday send help",
        "im {AGE} going on 15 mentally lmao",
        "almost {AGE} 😭",
        "{AGE}yrs young 😂",
        "{AGE} m, single, pretty chill",
        "me? {AGE}. u?",
        "i'm {AGE} years old but i still sleep w a teddy",
        "age {AGE}, height {height}",
        "{AGE} next month and still no clue what im doing",
        "F{AGE} here",
        "im {AGE} n my back already hurts",
        "u asked how old i am, {AGE} 🙈",
        "lol i'm literally {AGE}",
        # e-mail
        "email me at {EMAIL} ok",
        "my email {EMAIL} send the pics there",
        "its {EMAIL} all lowercase",
        "{EMAIL} is my school email dont use that one",
        "send it to {OBF_EMAIL} so the bot doesnt eat it",
        "email is {OBF_EMAIL}",
        "drop me a line {EMAIL}",
        "ok new email: {EMAIL}",
        "voice to text: my email is {OBF_EMAIL}",
        "mail the tickets to {EMAIL} pls",
        "{EMAIL}←that's me",
        # phone
        "my number {PHONE} text dont call",
        "{PHONE} thats me",
        "txt me on {PHONE} whenever",
        "whatsapp {PHONE}",
        "ring me {PHONE} after {time}",
        "new phone who dis lol its {PHONE} now",
        "my cell is {PHONE} but i never pick up",
        "if u ever need me {PHONE} 24/7",
        "signal: {PHONE}",
        "{PERSON_F}'s number is {PHONE} if u need her",
        "call {PHONE} and ask for {PERSON}",
        "mob {PHONE}",
        "emergency contact: {PERSON_F} {PHONE}",
        "my work phone is {PHONE}, personal one is dead",
        # addresses
        "im at {ADDRESS} come get me",
        "my addy is {ADDRESS}, {LOCATION}",
        "send the package to {ADDRESS} pls pls pls",
        "uber to {ADDRESS} rn",
        "party at mine {ADDRESS} bring snacks",
        "i moved!! new place is {ADDRESS}",
        "the house on {ADDRESS} with the blue door thats me",
        "{ADDRESS} {LOCATION} if u wanna send a postcard",
        "im staying at my moms, {ADDRESS}",
        "my mom {PERSON_F} lives at {ADDRESS}",
        "door code is on the fridge, {ADDRESS}",
        # places
        "from {LOCATION} but live in {LOCATION} now",
        "{LOCATION} born and raised",
        "anyone else here from {LOCATION}??",
        "just landed in {LOCATION} 🛬",
        "moving to {LOCATION} next month for uni",
        "visiting my dad in {LOCATION} this weekend",
        "its raining in {LOCATION} as usual",
        "{LOCATION} girl at heart",
        "grew up outside {LOCATION}, tiny town",
        "ever been to {LOCATION}? its where i live",
        "im like 20 min from {LOCATION}",
        "road trip to {LOCATION} w {PERSON}",
        "stuck in {LOCATION} airport for {dur}",
        "my whole family is in {LOCATION} so i go back every xmas",
        # handles
        "add me {HANDLE}",
        "snap is {HANDLE}",
        "{HANDLE} on ig, i post my cat a lot",
        "my insta {HANDLE} follow back pls",
        "find me on tiktok as {HANDLE}",
        "discord {HANDLE} we can vc",
        "my gamertag is {HANDLE}",
        "{HANDLE} thats my main, the other one is private",
        "u can dm me at {HANDLE}",
        "twitter/x: {HANDLE}",
        "my spotify is {HANDLE} if u wanna see my playlists",
        "telegram {HANDLE}",
        "bsky {HANDLE}",
        "search {HANDLE}",
        "{PERSON_F}'s insta is {HANDLE} go look",
        # organisations
        "i work at {ORGANIZATION} its fine i guess",
        "shift at {ORGANIZATION} til close 😩",
        "just got hired by {ORGANIZATION}!!!",
        "my manager at {ORGANIZATION} is a nightmare",
        "quit {ORGANIZATION} today, feels amazing",
        "been at {ORGANIZATION} {count} years now",
        "im a cashier at {ORGANIZATION}",
        "{ORGANIZATION} pays me peanuts",
        "interview with {ORGANIZATION} tmrw wish me luck",
        "my dad works for {ORGANIZATION}",
        "signed up at {ORGANIZATION} finally, leg day tmrw",
        "my friend {PERSON_F} works at {ORGANIZATION} she can get u in",
        "{PERSON_M} from {ORGANIZATION} asked me out 😳",
        "i go to {SCHOOL}",
        "final year at {SCHOOL} finally",
        "{SCHOOL} alumni here lol",
        "i teach year 9 at {SCHOOL}",
        "dropped out of {SCHOOL} tbh",
        "i play for {TEAM}",
        "training with {TEAM} tonight",
        "i coach the under 10s at {TEAM}",
        # dates of birth
        "my birthday is {DOB}",
        "bday {DOB} write it down",
        "born {DOB} at like 3am apparently",
        "dob: {DOB}",
        "born {DOB} in {LOCATION}",
        "{DOB} is my birthday dont forget it again",
        "its my bday on {DOB}",
        "born in {YEAR_DOB} so do the math",
        "{YEAR_DOB} baby 😎",
        "i'm a {YEAR_DOB} kid",
        # money, ids, network
        "card {CREDIT_CARD} cvv is on the back lol",
        "pay w my card {CREDIT_CARD} i trust u",
        "{CREDIT_CARD} thats my visa dont tell anyone",
        "send rent to {IBAN}",
        "my iban for the concert tix {IBAN}",
        "bank details {IBAN} ref pizza",
        "ssn {US_SSN} for the lease form",
        "they asked for my social, its {US_SSN}",
        "my ip is {IP_ADDRESS} is that bad",
        "join my minecraft server {IP_ADDRESS}",
        "look {URL}",
        "my linktree {URL}",
        "my blog {URL} dont judge",
        # several at once
        "{PERSON_F} {SURNAME}, {AGE}, {LOCATION}",
        "{PERSON_M} here, {AGE}, work at {ORGANIZATION}, live in {LOCATION}",
        "hi im {PERSON_F} lol {AGE} from {LOCATION} and i have {count} cats",
        "me and {PERSON_M} are going to {LOCATION} for his bday",
    ],
    "de": [
        "hey ich bins {PERSON}",
        "bin {PERSON_F} 😊 {AGE} und neu hier",
        "ich heiß {PERSON_M} aber alle nennen mich {PERSON_M}",
        "na du, hier ist {PERSON_F}",
        "lg {PERSON}",
        "mein ex {PERSON_M} hat mir wieder geschrieben ey",
        "meine beste freundin {PERSON_F} findet dich süß",
        "frau {SURNAME} von nebenan hat schon wieder geklingelt",
        "mein vermieter herr {SURNAME} will die kaution nicht zurückgeben",
        "war heute bei dr. {SURNAME}, alles gut",
        "{PERSON_M} {SURNAME} aus meiner klasse hat mich angeschrieben",
        "mein kollege {PERSON_M} nervt so",
        "meine schwester {PERSON_F} zieht nach {LOCATION}",
        "die {PERSON_F} aus dem gym hat mich angequatscht",
        "der {PERSON_M} is voll süß",
        "kennst du {PERSON_M} {SURNAME}? das is mein cousin",
        "bin {AGE} und wohn in {LOCATION}",
        "{AGE}, w, aus {LOCATION}",
        "werd nächste woche {AGE} 🙈",
        "ich bin {AGE} jahre jung lol",
        "jahrgang {YEAR_DOB}",
        "hab am {DOB} geburtstag",
        "geb. {DOB}",
        "mein geburtstag ist der {DOB}",
        "meine nummer {PHONE} schreib mir einfach",
        "whatsapp: {PHONE}",
        "ruf an unter {PHONE} wenn was is",
        "meine mail {EMAIL}",
        "schreib an {OBF_EMAIL}",
        "adresse: {ADDRESS}, {LOCATION}",
        "komm vorbei, {ADDRESS}, klingel zweimal",
        "wohn jetzt {ADDRESS} in {LOCATION}",
        "komme ursprünglich aus {LOCATION}",
        "bin grad in {LOCATION} bei meinen eltern",
        "arbeite bei {ORGANIZATION} im lager",
        "hab nen neuen job bei {ORGANIZATION}",
        "ich studier an der {SCHOOL}",
        "spiel handball beim {TEAM}",
        "insta {HANDLE}",
        "folg mir auf tiktok {HANDLE}",
        "mein snap ist {HANDLE}",
        "überweis mir die {price} auf {IBAN}",
        "meine iban {IBAN}",
        "{PERSON_F} aus {LOCATION}, {AGE}, single",
        "sprachnachricht: äh ja hier ist {PERSON} ähm ruf mich mal an {PHONE}",
        "mein chef bei {ORGANIZATION} heißt {PERSON_M} und ist ein idiot",
        "meine oma {PERSON_F} wird {AGE}, hab noch kein geschenk",
        "bin {AGE} geworden 🥳",
        "server läuft auf {IP_ADDRESS}",
        "mein blog {URL}",
    ],
    "fr": [
        "coucou moi c'est {PERSON} 😘",
        "jsuis {PERSON_F}, {AGE} ans",
        "on m'appelle {PERSON_M} mais mon vrai prénom c'est {PERSON_M}",
        "bisous {PERSON}",
        "mon ex {PERSON_M} m'a bloquée partout mdr",
        "ma pote {PERSON_F} dit que t'es mignon",
        "mon coloc {PERSON_M} fait trop de bruit",
        "madame {SURNAME} ma voisine m'a encore engueulée",
        "le proprio m. {SURNAME} veut augmenter le loyer",
        "rdv chez le dr {SURNAME} demain",
        "{PERSON_F} {SURNAME} de ma classe m'a ajoutée",
        "la {PERSON_F} elle m'a saoulée",
        "{PERSON_M} du taf m'a invitée à boire un verre",
        "j'ai {AGE} ans et j'habite à {LOCATION}",
        "{AGE} ans, célib, {LOCATION}",
        "j'vais avoir {AGE} ans samedi",
        "née en {YEAR_DOB}",
        "mon anniv c'est le {DOB}",
        "né le {DOB} à {LOCATION}",
        "mon num c'est le {PHONE}",
        "appelle moi {PHONE}",
        "mon num {PHONE} envoie un texto",
        "mon mail {EMAIL}",
        "écris moi sur {OBF_EMAIL}",
        "j'habite {ADDRESS}, {LOCATION}",
        "passe au {ADDRESS} ce soir",
        "ma mère {PERSON_F} habite {ADDRESS}",
        "je viens de {LOCATION} à la base",
        "je suis sur {LOCATION} ce week-end",
        "je bosse chez {ORGANIZATION}",
        "j'ai eu le taf chez {ORGANIZATION} !!",
        "je suis en master à {SCHOOL}",
        "je joue en club, {TEAM}, le mercredi",
        "mon insta c {HANDLE}",
        "ajoute moi sur snap {HANDLE}",
        "mon rib {IBAN}",
        "vire moi les sous sur {IBAN} stp",
        "message vocal: euh salut c'est {PERSON} rappelle moi au {PHONE}",
        "mon frère {PERSON_M} a eu {AGE} ans hier",
        "j'suis {PERSON_M} et j'suis de {LOCATION} wesh",
        "c'est mon site {URL}",
        "on fête mes {AGE} ans vendredi",
    ],
    "es": [
        "holaa soy {PERSON} 😊",
        "me llamo {PERSON_F} y tengo {AGE} años",
        "{PERSON} por aquí, perdona la tardanza",
        "besitos, {PERSON}",
        "mi ex {PERSON_M} me escribió otra vez 🙄",
        "mi mejor amiga {PERSON_F} dice que eres guapo",
        "mi compi de piso {PERSON_M} no limpia nunca",
        "la señora {SURNAME} del quinto es una cotilla",
        "el casero, el sr. {SURNAME}, no me devuelve la fianza",
        "tengo cita con la dra. {SURNAME} el lunes",
        "{PERSON_M} {SURNAME} de mi clase me habló",
        "la {PERSON_F} me tiene harta",
        "{PERSON_M} del curro me invitó a una caña",
        "tengo {AGE} tacos jaja",
        "cumplo {AGE} el sábado 🎉",
        "{AGE} añitos y sigo sin saber cocinar",
        "nací en el {YEAR_DOB}",
        "mi cumple es el {DOB}",
        "nacida el {DOB}",
        "mi número es el {PHONE}",
        "escríbeme al wasap {PHONE}",
        "llámame {PHONE} cuando salgas",
        "mi correo {EMAIL}",
        "mi mail es {OBF_EMAIL}",
        "vivo en {ADDRESS}, {LOCATION}",
        "pásate por {ADDRESS} esta noche",
        "soy de {LOCATION} de toda la vida",
        "ahora estoy en {LOCATION} con mis padres",
        "mi madre {PERSON_F} vive en {LOCATION}",
        "curro en {ORGANIZATION}",
        "me han cogido en {ORGANIZATION}!!",
        "estudio en la {SCHOOL}",
        "juego en el {TEAM}",
        "mi insta {HANDLE}",
        "agrégame en snap {HANDLE}",
        "hazme un bizum o a la cuenta {IBAN}",
        "mi iban {IBAN}",
        "audio: eh hola soy {PERSON} eh llámame al {PHONE} vale",
        "mi hermano {PERSON_M} tiene {AGE} y sigue en casa",
        "oye {PERSON_F}, tu amiga {PERSON_F} me cae fatal",
        "mira mi web {URL}",
        "{AGE} y soltera, qué le vamos a hacer",
    ],
    "it": [
        "ciaoo sono {PERSON} 😘",
        "mi chiamo {PERSON_F}, ho {AGE} anni",
        "qui {PERSON}, scusa il ritardo",
        "un abbraccio, {PERSON}",
        "il mio ex {PERSON_M} mi ha riscritto 🙄",
        "la mia migliore amica {PERSON_F} dice che sei carino",
        "il mio coinquilino {PERSON_M} non lava mai i piatti",
        "la signora {SURNAME} del terzo piano è pettegola",
        "il padrone di casa, il sig. {SURNAME}, vuole l'affitto",
        "domani vado dalla dott.ssa {SURNAME}",
        "{PERSON_F} {SURNAME} della mia classe mi ha scritto",
        "la {PERSON_F} mi ha fatto arrabbiare",
        "{PERSON_M} del lavoro mi ha chiesto di uscire",
        "ho {AGE} anni e vivo a {LOCATION}",
        "{AGE}enne annoiata cerca chiacchiere",
        "faccio {AGE} anni sabato",
        "classe {YEAR_DOB}",
        "il mio compleanno è il {DOB}",
        "nata il {DOB} a {LOCATION}",
        "il mio numero {PHONE}",
        "scrivimi su whatsapp al {PHONE}",
        "chiamami {PHONE} quando esci",
        "la mia mail {EMAIL}",
        "scrivimi a {OBF_EMAIL}",
        "abito in {ADDRESS}, {LOCATION}",
        "passa da me in {ADDRESS} stasera",
        "mia mamma {PERSON_F} abita in {ADDRESS}",
        "sono di {LOCATION}",
        "adesso sto a {LOCATION} dai miei",
        "lavoro da {ORGANIZATION}",
        "mi hanno presa da {ORGANIZATION}!!",
        "studio alla {SCHOOL}",
        "mi alleno con la {TEAM}",
        "il mio ig {HANDLE}",
        "seguimi su tiktok {HANDLE}",
        "mandami i soldi sull'iban {IBAN}",
        "iban {IBAN} causale pizza",
        "vocale: ehm ciao sono {PERSON} richiamami al {PHONE}",
        "mio fratello {PERSON_M} ha {AGE} anni ma sembra un bambino",
        "ehi {PERSON_M}, hai visto {PERSON_F} ieri?",
        "guarda il mio sito {URL}",
        "ho appena compiuto {AGE} anni 🎂",
    ],
}

CLEAN_TEMPLATES = {
    "en": [
        "im {height} and wear heels anyway lol",
        "{count} unread msgs and theyre all from my mom",
        "watching greys anatomy again, season {count}",
        "ordered a big mac and {count} nuggets",
        "it's {time} and i'm still awake",
        "that jacket was {price} i'm broke now",
        "slept for {dur} and still tired",
        "back in {year} i had a flip phone",
        "my phone is at {count}% pray for me",
        "hope is a dangerous thing lol",
        "grace? never heard of her, i'm so clumsy",
        "will you be my valentine 🥺",
        "drinking a coke zero rn",
        "my jordans finally arrived 😍",
        "the sky is so pink tonight",
        "dawn is my least favorite time of day",
        "my french is so rusty",
        "frank question: do u like me",
        "holly jolly christmas on repeat already",
        "had a boston cream donut, 10/10",
        "playing mario kart till {time}",
        "pink pony club is stuck in my head",
        "bingeing stranger things instead of sleeping",
        "love island finale tonight!!",
        "{count} days till summer break",
        "its {price} for a coffee now?? insane",
        "i ran {count}k this morning",
        "my flight is {dur}",
        "we've been talking for {count} weeks 🥹",
        "my bf is {height} and i'm tiny lol",
        "mood: 🫠",
        "lol same",
        "u up?",
        "brb charging",
        "baking banana bread at {time}",
        "jack of all trades master of none",
        "bill split {count} ways is {price} each",
        "ginger tea and a blanket",
        "sunny today finally ☀️",
        "need a new pair of vans",
        "pumpkin spice latte is back 🎃",
        "ikea shelves took {dur} to build",
        "prime day got me again",
        "netflix and chill? lol jk",
        "my iphone {count} is dying",
        "turkey sandwich and a jersey to match",
        "brussels sprouts are underrated fight me",
        "champagne and french fries at {time}",
        "episode {count} had me crying",
        "meeting at {time} in room {count}",
        "{count} missed calls from unknown numbers",
        "my screen time was {dur} yesterday 💀",
        "born ready 💅",
        "my birthday wish is for u to text back",
        "autumn leaves hit different",
        "i'm in my villain era",
        "the office is the best show ever, {count} rewatches",
        "its giving main character",
        "ok but summer nights is a banger",
        "the joker was so good tho",
        "i'm {count} chapters into that book",
        "the bus was {dur} late again",
        "joy division on vinyl 🖤",
        "faith no more concert was wild",
        "gotta go to the dentist at {time} ugh",
        "mile {count} of my walk 😮‍💨",
        "pay day is the {count}th thank god",
        "i weigh less than my dog lol",
        "my thoughts are so loud tonight",
        "can we just talk about nothing",
    ],
    "de": [
        "bin um {time} da",
        "kostet {price} ey wucher",
        "hab {dur} gepennt",
        "bin {height} groß lol",
        "hab {count} ungelesene nachrichten",
        "{year} war echt ein komisches jahr",
        "ist das dein ernst 😂",
        "hab hunger wie ein wolf",
        "mein neues kleid ist rosa 💕",
        "morgen spaziergang durch die heide",
        "trink grad nen red bull, brauch energie",
        "tatort läuft gleich",
        "bin bei folge {count} von dark",
        "die bahn hat {dur} verspätung, typisch",
        "hab mir nen döner für {price} geholt",
        "wiener würstchen zum abendbrot lol",
        "berliner mit marmelade 🍩",
        "gute nacht, träum was schönes",
        "hdl ❤️",
        "schatz bist du noch wach?",
        "mein akku ist bei {count}%",
        "hab {count} kilo abgenommen",
    ],
    "fr": [
        "on se capte à {time} ?",
        "ça m'a coûté {price} mdr",
        "j'ai dormi {dur}",
        "je fais {height}",
        "j'ai {count} messages non lus",
        "en {year} j'étais au lycée",
        "t'es pas sérieux 😂",
        "j'ai mangé une prune au goûter",
        "la rose de mon jardin a fleuri",
        "le ciel est bien clair ce soir",
        "je regarde plus belle la vie",
        "un croissant et un café à {time}",
        "mon train a {dur} de retard",
        "bonne nuit mon cœur",
        "jsp quoi faire ce soir",
        "mdrrr t'es trop bête",
        "crème brûlée ou mousse au chocolat ?",
        "je bois un perrier",
        "la pierre de mon collier est tombée",
        "la constance c'est la clé",
        "saison {count} de lupin trop bien",
    ],
    "es": [
        "quedamos a las {time}?",
        "me costó {price} 😭",
        "dormí {dur}",
        "mido {height}",
        "tengo {count} mensajes sin leer",
        "en {year} estaba en el insti",
        "qué paz hay en casa hoy",
        "apaga la luz que me deslumbras",
        "el sol pega fuerte hoy",
        "tengo dolores de cabeza toda la semana",
        "me tomé una tortilla de patatas",
        "estoy viendo la casa de papel",
        "me pido una mahou y unas bravas",
        "mi tren lleva {dur} de retraso",
        "buenas noches cariño",
        "jajaja qué dices",
        "ensalada rusa para cenar",
        "me compré unas converse blancas",
        "tengo el móvil al {count}%",
        "vamos a la playa el finde?",
        "hoy es mi santo jaja",
    ],
    "it": [
        "ci vediamo alle {time}?",
        "l'ho pagato {price}",
        "ho dormito {dur}",
        "sono alta {height}",
        "ho {count} messaggi non letti",
        "nel {year} andavo ancora al liceo",
        "che gioia vederti felice",
        "oggi mi sento serena",
        "il cielo è celeste stasera",
        "ho preso una nutella gigante",
        "sto guardando mare fuori",
        "un cappuccino e un cornetto alle {time}",
        "il treno ha {dur} di ritardo",
        "buonanotte amore",
        "ahahah ma che dici",
        "insalata russa stasera",
        "pizza margherita o marinara?",
        "ho il telefono al {count}%",
        "andiamo al mare sabato?",
        "la neve è bianchissima stamattina",
        "sono {count} giorni che piove",
    ],
}
