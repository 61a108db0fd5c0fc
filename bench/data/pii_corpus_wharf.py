"""The wharf split: a fifth split written without reading the engine, its tests or its figures.

Written on 2026-12-07 by a helper that read only the generator framework (pii_corpus.py), the
Makefile and pyproject.toml: not the detector, its tests, its docs, the benchmark's results or
any other split module. Names, surnames, places, employers, schools, clubs, handles and every
template are new and hand-written from how people text in companion chats: slang, typos, no
punctuation, run-on messages, voice-note transcripts, code-switching, names in every position
of a sentence, lower-case names, nicknames, full names, surnames alone, third parties, names
that are also words (Will, Rose, Hope, Summer, Dolores, Gioia, Ernst...), employers and shops
named without any cue, and ages given as "29f", "29/m/Bath", "turning 29". The clean messages
are full of the same words used as words, brands used as products, times, prices, durations,
heights, counts and years. Its first run measures how the detector generalises.

Every value is fictional or a published test value: e-mails and URLs mostly on RFC 2606
domains, card numbers from payment processors' published test lists, phone numbers and IBANs
from the framework (valid by metadata or checksum only), re-typed here the way people type them.
"""

from __future__ import annotations

import random


def _words(text: str, separator: str | None = None) -> list[str]:
    return text.split(separator)


# First names, nicknames included; many are also ordinary words in their language.
NAMES = {
    "en": _words(
        "Will Rose Hope Grace Summer April Mark Bill Dawn Faith Hunter Skye Autumn Ruby Poppy "
        "Holly Ivy Jack Sunny Reggie Marcus Tobi Adaeze Chidi Kwame Yusuf Zainab Aaliyah "
        "Deshawn Keisha Anjali Rohan Siobhan Eoin Oisín Morag Fraser Lachlan Harper Maddox "
        "Bex Jojo Tash Ollie Gav Kez Benji Alfie Hamza Amara Leilani Yuki Mei-Ling Xavier"
    ),
    "de": _words(
        "Emil Paul Frank Ernst Rosa Kai Heide Helga Ulrike Dörte Kerstin Sabine Uwe Jürgen "
        "Mehmet Ayşe Emre Leyla Dragan Ivana Piotr Konstantin Lotte Mila Carla Elias Anton "
        "Johanna Luisa Charlotte Fabian Katrin Sven Bastian Steffi Basti Flo Caro Vroni Sepp"
    ),
    "fr": _words(
        "Rose Marine Pierre Prune Blanche Violette Victor Adèle Lison Mathilde Héloïse Yasmine "
        "Karim Mehdi Sofiane Aurélien Gaëlle Rémi Cyril Noémie Lou Jade Axel Bastien Sandrine "
        "Thierry Fatou Moussa Aya Céleste Marius Quentin Audrey Nono Juju Steph Mimi"
    ),
    "es": _words(
        "Rosa Dulce Pilar Luz Paz Blanca Consuelo Amparo Dolores Soledad Esperanza Alba Nieves "
        "Sergio Adrián Raúl Óscar Manolo Paco Pepe Maite Leire Jon Asier Xabi Yolanda Lupe Mari "
        "Chus Nacho Fran Kike Rafa Santi Nuria Montse Jordi Oriol"
    ),
    "it": _words(
        "Rosa Serena Gioia Felice Stella Luna Bianca Celeste Vera Benedetta Marco Luca Lorenzo "
        "Riccardo Edoardo Gabriele Alessia Elisa Aurora Ginevra Marta Valentina Salvatore "
        "Gennaro Ciro Carmela Assunta Tonino Peppe Gigi Totò Fabrizio Stefano Emanuele Debora"
    ),
}
# For templates that agree with "she", "his", "la", "el"...
NAMES_F = {
    "en": _words(
        "Rose Hope Grace Summer April Dawn Faith Skye Autumn Ruby Poppy Holly Ivy Adaeze "
        "Zainab Aaliyah Keisha Anjali Siobhan Morag Harper Bex Jojo Tash Kez Amara Leilani Yuki"
    ),
    "de": _words(
        "Rosa Heide Helga Ulrike Dörte Kerstin Sabine Ayşe Leyla Ivana Lotte Mila Carla Johanna "
        "Luisa Charlotte Katrin Steffi Caro Vroni"
    ),
    "fr": _words(
        "Rose Marine Prune Blanche Violette Adèle Lison Mathilde Héloïse Yasmine Gaëlle Noémie "
        "Lou Jade Sandrine Fatou Aya Céleste Audrey Juju Mimi"
    ),
    "es": _words(
        "Rosa Dulce Pilar Luz Paz Blanca Consuelo Amparo Dolores Soledad Esperanza Alba Nieves "
        "Maite Leire Yolanda Lupe Mari Nuria Montse"
    ),
    "it": _words(
        "Rosa Serena Gioia Stella Luna Bianca Celeste Vera Benedetta Alessia Elisa Aurora "
        "Ginevra Marta Valentina Carmela Assunta Debora"
    ),
}
NAMES_M = {
    "en": _words(
        "Will Mark Bill Hunter Jack Sunny Reggie Marcus Tobi Chidi Kwame Yusuf Deshawn Rohan "
        "Eoin Oisín Fraser Lachlan Maddox Ollie Gav Benji Alfie Hamza Xavier"
    ),
    "de": _words(
        "Emil Paul Frank Ernst Kai Uwe Jürgen Mehmet Emre Dragan Piotr Konstantin Elias Anton "
        "Fabian Sven Bastian Basti Flo Sepp"
    ),
    "fr": _words(
        "Pierre Victor Karim Mehdi Sofiane Aurélien Rémi Cyril Axel Bastien Thierry Moussa "
        "Marius Quentin Nono"
    ),
    "es": _words(
        "Sergio Adrián Raúl Óscar Manolo Paco Pepe Jon Asier Xabi Chus Nacho Fran Kike Rafa "
        "Santi Jordi Oriol"
    ),
    "it": _words(
        "Felice Marco Luca Lorenzo Riccardo Edoardo Gabriele Salvatore Gennaro Ciro Tonino "
        "Peppe Gigi Totò Fabrizio Stefano Emanuele"
    ),
}
SURNAMES = {
    "en": _words(
        "Okafor Nguyen Patel O'Brien Kowalski Fitzgerald Whitaker Mensah Baker Fisher Hunter "
        "Price Walsh Singh Abernathy Lloyd McAllister Brown"
    ),
    "de": _words(
        "Yılmaz Kowalczyk Wagner Schulte Brandt Krüger Vogel Fuchs Wolf Klein Lange Jansen "
        "Petersen Nowak Schröder Haas"
    ),
    "fr": _words(
        "Girard Rousseau Fontaine Lemoine Benali Traoré Moreau Leroy Chevalier Dupont Boulanger "
        "Garnier Mercier"
    ),
    "es": _words(
        "Fernández Rodríguez Ruiz Navarro Iglesias Castillo Herrera Moreno Delgado Vidal Aguirre "
        "Echeverría Blanco Cortés Pastor Molina Serrano"
    ),
    "it": _words(
        "Esposito Ferrari Colombo Ricci Marino Greco Bruno Gallo Conti De Luca Costa Fontana "
        "Moretti Barbieri Lombardi Rinaldi Caruso"
    ),
}
# Cities, towns, districts, regions and countries; several are also words (Reading, Bath,
# Essen, Nice, Tours, Granada, León, Como, Prato).
PLACES = {
    "en": _words(
        "Leicester|Milton Keynes|Stoke-on-Trent|Bristol|Cardiff|Glasgow|Belfast|Galway|"
        "Bury St Edmunds|Portland|Sacramento|Tulsa|Phoenix|Savannah|Reading|Bath|Nottingham|"
        "Melbourne|Auckland|Brooklyn|Queens|Hackney|Croydon|Scotland|Wales|Texas|Ohio|"
        "Vancouver|Halifax|Swindon|Jacksonville|Lagos|Manila",
        "|",
    ),
    "de": _words(
        "Bochum|Dortmund|Essen|Halle|Kiel|Rostock|Mannheim|Heidelberg|Kassel|Würzburg|"
        "Regensburg|Frankfurt am Main|Castrop-Rauxel|Neukölln|Kreuzberg|Bayern|Graz|Linz|"
        "Salzburg|Bern|Basel|Husum|Bielefeld|Gelsenkirchen|Bad Homburg|St. Pauli|Ostfriesland",
        "|",
    ),
    "fr": _words(
        "Nice|Tours|Angers|Brest|Metz|Nancy|Grenoble|Montpellier|Strasbourg|Dijon|Reims|"
        "Aix-en-Provence|Saint-Étienne|Clermont-Ferrand|La Rochelle|Bretagne|Bruxelles|Genève|"
        "Lausanne|Montréal|Dakar|Vincennes|Montreuil|Saint-Denis|Le Havre|Corse",
        "|",
    ),
    "es": _words(
        "Granada|Córdoba|Cádiz|Murcia|Alicante|Santander|Oviedo|Gijón|Vigo|A Coruña|Pamplona|"
        "San Sebastián|Alcalá de Henares|L'Hospitalet|Lavapiés|Vallecas|Tenerife|Lanzarote|"
        "Andalucía|Asturias|Buenos Aires|Ciudad de México|Lima|Bogotá|Medellín|Montevideo|"
        "Santiago|León|Jaén",
        "|",
    ),
    "it": _words(
        "Bari|Palermo|Catania|Genova|Padova|Trieste|Parma|Modena|Reggio Emilia|Perugia|Pisa|"
        "Livorno|Cagliari|Sardegna|Sicilia|Rimini|Udine|Trento|Bolzano|La Spezia|Como|Monza|"
        "Brescia|Prato|San Donà di Piave|Quarto Oggiaro|Trastevere|Pescara|Salerno|Lugano",
        "|",
    ),
}
# Employers and shops; some are also words or first names (Boots, Otto, Penny, Netto,
# Orange, Quick, Dia, Seat, Coop, Tim, Leonardo).
ORGS = {
    "en": _words(
        "Greggs|Primark|Sainsbury's|Boots|Pret|Nando's|Walgreens|Kroger|Home Depot|Chick-fil-A|"
        "Wells Fargo|Deloitte|Accenture|NHS|Royal Mail|Whole Foods|Trader Joe's|DoorDash|"
        "Barclays|Vodafone|JD Sports|Wetherspoons|Kaiser Permanente|FedEx|Chipotle|"
        "Hartwell & Pike|Brightline Dental|Copperleaf Studios|Northgate Vets",
        "|",
    ),
    "de": _words(
        "Rewe|Edeka|dm|Rossmann|Kaufland|Telekom|SAP|BASF|Zalando|Lufthansa|Sparkasse|"
        "Commerzbank|Otto|Penny|Netto|Hornbach|Charité|BVG|Douglas|McFit|Deichmann|Porsche|"
        "Continental|Autohaus Brinkmann|Kita Sonnenschein",
        "|",
    ),
    "fr": _words(
        "Monoprix|Fnac|Auchan|Leclerc|Orange|SNCF|La Poste|Sephora|Kiabi|Darty|Picard|"
        "Leroy Merlin|BNP Paribas|Société Générale|Crédit Agricole|L'Oréal|Michelin|Danone|"
        "Quick|Franprix|Intermarché|France Travail|Capgemini|Ubisoft|Doctolib",
        "|",
    ),
    "es": _words(
        "El Corte Inglés|Inditex|Pull&Bear|Dia|Eroski|Santander|BBVA|CaixaBank|Repsol|Movistar|"
        "Renfe|Correos|Glovo|Telepizza|Mapfre|Bershka|Stradivarius|Alsa|Seat|Mahou|Iberdrola|"
        "Vips|100 Montaditos|Cabify|Banco Sabadell",
        "|",
    ),
    "it": _words(
        "Esselunga|Coop|Conad|Eurospin|Poste Italiane|Trenitalia|Unicredit|Intesa Sanpaolo|"
        "Luxottica|Pirelli|Lavazza|Autogrill|Tim|Mediaworld|Unieuro|OVS|Calzedonia|Benetton|"
        "Eni|Leonardo|Ducati|Feltrinelli|Mondadori|Despar|Tigotà|Eataly|Generali",
        "|",
    ),
}
SCHOOLS = {
    "en": _words(
        "Ridgeway Academy|St Bede's|Lincoln High|Westfield College|UCLA|NYU|King's College|"
        "Leeds Beckett|Oxford Brookes|Ohio State|Bristol Uni|UCL|Durham Uni|Arizona State|"
        "Coventry University|Glasgow Caledonian",
        "|",
    ),
    "de": _words(
        "LMU|TU Berlin|Uni Köln|Goethe-Gymnasium|Gesamtschule Nord|RWTH|Hochschule Fulda|"
        "FH Aachen|KIT|HU Berlin|Uni Mannheim|Berufsschule 3",
        "|",
    ),
    "fr": _words(
        "Sciences Po|Sorbonne|Paris-Saclay|lycée Jean Moulin|IUT de Lannion|ESSEC|HEC|"
        "Lyon 2|Université de Lille|EM Lyon|Epitech|INSA",
        "|",
    ),
    "es": _words(
        "Complutense|UAM|UPV|Universidad de Granada|IES Cervantes|Colegio San José|ESADE|"
        "UNED|Pompeu Fabra|Deusto|ICADE|IES Juan de la Cierva",
        "|",
    ),
    "it": _words(
        "Bocconi|Politecnico di Milano|La Sapienza|Cattolica|Statale|liceo Virgilio|"
        "liceo Manzoni|Ca' Foscari|Università di Bologna|Federico II|ITIS Galilei|Luiss|"
        "Roma Tre|Bicocca",
        "|",
    ),
}
# Amateur clubs, gyms and choirs: organisations someone belongs to.
TEAMS = {
    "en": _words(
        "Hollybrook Rovers|Eastside Barbell|Riverside Running Club|Crossfit Vantage|"
        "Millbrook Netball|Dockside Roller Derby|Northfield Cricket Club|Tidewater Rowing|"
        "Oakmere Golf Club|Pinecrest Swim Team|Ironworks Boxing",
        "|",
    ),
    "de": _words(
        "TSV Grünwinkel|SV Blau-Weiß Lohne|TuS Eving|Turnverein 1861|SC Borussia Lindenthal|"
        "DJK Süd|HV Kiel-Nord|FitX|Boulderwelt",
        "|",
    ),
    "fr": _words(
        "AS Saint-Priest|US Ivry Handball|RC Massy|Basic-Fit|Chorale Arc-en-Ciel|"
        "ASPTT Marseille|Judo Club Villeurbanne|Bloc Session",
        "|",
    ),
    "es": _words(
        "Club Natación Sabadell|CB Estudiantes|Peña Los Tigres|Club Atletismo Vallecas|"
        "Club Remo Orio|CF Rayo Majadahonda|CD Alcobendas|Escuela de Salsa Caribe",
        "|",
    ),
    "it": _words(
        "ASD Virtus Quarto|Polisportiva San Lazzaro|Pro Sesto|Canottieri Aniene|"
        "Coro Alpino Orobie|Pallavolo Ostiense|Virgin Active|CUS Torino|Scherma Frascati",
        "|",
    ),
}
STREETS = {
    "en": [
        "{n} Harbour View Rd",
        "{n} Alder Close",
        "{n} Whitmore Street apt 4B",
        "{n} Pinecrest Dr",
        "{n} Elm Grove",
        "{n} Sycamore Ct",
        "{n} old mill lane",
        "{n} N Halsted Ave",
        "{n} Rosewood Terrace",
        "Flat 2, {n} Station Road",
        "{n} kingsway",
    ],
    "de": [
        "Kastanienallee {n}",
        "Am Rosengarten {n}",
        "Goethestr. {n}",
        "Schillerplatz {n}",
        "Hinterm Deich {n}",
        "Wilhelm-Busch-Weg {n}",
        "Auf der Heide {n}",
        "mühlenweg {n}",
        "Kurfürstendamm {n}",
    ],
    "fr": [
        "{n} rue du Faubourg Saint-Antoine",
        "{n} bd de Belleville",
        "{n} allée des Tilleuls",
        "{n} impasse des Roses",
        "{n} bis rue Gambetta",
        "{n} chemin des Vignes",
        "{n} place du Marché",
        "{n} rue pasteur",
    ],
    "es": [
        "calle Gran Vía {n}",
        "c/ Fuencarral {n}",
        "avda. de la Constitución {n}",
        "calle del Pez {n}",
        "paseo de Gracia {n}",
        "calle Sierpes {n}",
        "camino de Ronda {n}",
        "plaza de la Merced {n}",
    ],
    "it": [
        "via dei Mille {n}",
        "viale Monza {n}",
        "via del Corso {n}",
        "via Toledo {n}",
        "vicolo del Cinque {n}",
        "corso Buenos Aires {n}",
        "via San Vitale {n}",
        "piazza delle Erbe {n}",
        "via nazionale {n}/b",
    ],
}
HANDLES = [
    "mari.cruz_",
    "theo_kwame",
    "bexxx.lol",
    "no.thanks.jojo",
    "sunnyd4ys",
    "lil_mango_",
    "k.a.t.e",
    "dr3amgirl_08",
    "fitwithfatou",
    "oisin.ok",
    "lupe_lupita",
    "ciro.nap",
    "gioia.ws",
    "xo.skye.xo",
    "_ruby.tues",
    "hamza.fifa",
    "basti_b",
    "tonino.91",
    "chidi.eats",
    "prune_et_pastis",
    "notyourbabe_",
    "lachlanjpg",
    "amaraspeaks",
    "fran_cb",
    "grumpycat#4410",
]
EMAIL_USERS = [
    "rosie.h",
    "kwame.mensah",
    "mohr.katrin",
    "j.fontaine92",
    "pilar.vidal",
    "gioia.rinaldi",
    "sunny_d",
    "bill.walsh",
    "prune.lemoine",
    "steffi1989",
    "xabi.aguirre",
    "may.okafor",
    "the.real.skye",
    "tonino91",
]
EMAIL_DOMAINS = [
    "example.com",
    "example.org",
    "example.net",
    "mail.example.com",
    "post.example.org",
    "inbox.example.net",
    "example.com",
    "example.org",
    "gmail.com",
    "web.de",
    "hotmail.fr",
    "yahoo.es",
    "libero.it",
]
# Spelt out in the writer's language, one list per language.
OBF_EMAILS = {
    "en": [
        "rosie dot h at gmail dot com",
        "kwame.mensah at example dot com",
        "sunny_d(at)example(dot)org",
        "bill.walsh AT example.net",
        "skye.b @ example.com",
    ],
    "de": [
        "katrin punkt mohr at web punkt de",
        "steffi1989 [at] example [punkt] com",
        "mohr.katrin at gmx dot de",
    ],
    "fr": [
        "prune.lemoine arobase gmail point com",
        "j.fontaine92 at hotmail point fr",
        "nono_du_93 (arobase) example.org",
    ],
    "es": [
        "pilar.vidal arroba gmail punto com",
        "xabi.aguirre @ example punto com",
        "lupe_lupita arroba hotmail.es",
    ],
    "it": [
        "gioia.rinaldi chiocciola libero punto it",
        "ciro.nap at gmail punto com",
        "tonino91 (chiocciola) example.org",
    ],
}
URLS = [
    "https://example.com/rosie",
    "example.org/~kwame",
    "www.example.net/gallery/skye",
    "https://links.example.com/prune",
    "http://example.org/blog?p=17",
    "example.com/u/mari.cruz_",
    "https://www.example.com/@lil_mango_",
    "https://example.net/wishlist/7QX2K9",
]
# Published processor test numbers (Luhn-valid), not the framework's list.
CARDS = [
    "4000056655665556",
    "5200828282828210",
    "371449635398431",
    "6011000990139424",
    "3056930009020004",
    "3566002020360505",
    "2223003122003222",
    "4000002500003155",
]

_MONTHS = {
    "en": _words(
        "January February March April May June July August September October November December"
    ),
    "en_short": _words("jan feb mar apr may june july aug sept oct nov dec"),
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
    suffix = "th" if 10 < day % 100 < 14 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
    return f"{day}{suffix}"


def _dob_en(r: random.Random, day: int, month: int, year: int) -> str:
    name = _MONTHS["en"][month - 1]
    if r.random() < 0.5:
        name = name.lower()
    return r.choice(
        [
            f"{month:02d}/{day:02d}/{year}",
            f"{day}/{month}/{year % 100:02d}",
            f"{year}-{month:02d}-{day:02d}",
            f"{name} {_ordinal(day)}",
            f"{_ordinal(day)} of {name} {year}",
            f"{_MONTHS['en_short'][month - 1]} {day} '{year % 100:02d}",
            f"{name} {day} {year}",
        ]
    )


def dob(r: random.Random, lang: str) -> str:
    """A date of birth typed the way people type it in each language."""
    day, month, year = r.randint(1, 28), r.randint(1, 12), r.randint(1966, 2005)
    if lang == "en":
        return _dob_en(r, day, month, year)
    name = _MONTHS[lang][month - 1]
    if lang == "de":
        return r.choice(
            [
                f"{day:02d}.{month:02d}.{year}",
                f"{day}.{month}.{year % 100:02d}",
                f"{day}. {name} {year}",
                f"{day}. {name.lower()}",
            ]
        )
    if lang == "fr":
        first = "1er" if day == 1 else str(day)
        return r.choice(
            [f"{day:02d}/{month:02d}/{year}", f"{day:02d}/{month:02d}/{year % 100:02d}"]
            + [f"{first} {name} {year}", f"{first} {name}"]
        )
    if lang == "es":
        return r.choice(
            [
                f"{day}/{month}/{year}",
                f"{day:02d}-{month:02d}-{year}",
                f"{day} de {name} de {year}",
                f"{day} de {name}",
            ]
        )
    first = "1°" if day == 1 else str(day)
    return r.choice(
        [
            f"{day:02d}/{month:02d}/{year}",
            f"{day:02d}.{month:02d}.{year % 100:02d}",
            f"{first} {name} {year}",
            f"{first} {name}",
        ]
    )


def retype_phone(r: random.Random, phone: str, lang: str) -> str:
    """Re-type a formatted number: 00 for +, separators dropped, the local habit, or as it came."""
    style = r.random()
    if style < 0.45:
        return phone
    if style < 0.6 and phone.startswith("+"):
        return "00" + phone[1:]
    if style < 0.75:
        return "".join(c for c in phone if c.isdigit() or c == "+")
    if phone.startswith("+"):
        return phone.replace(" ", "-")
    digits = "".join(c for c in phone if c.isdigit())
    if lang == "de":  # 0151/23456789
        return f"{digits[:4]}/{digits[4:]}" if digits.startswith("01") else phone
    if lang == "fr":  # 06.12.34.56.78
        return ".".join(digits[i : i + 2] for i in range(0, len(digits), 2))
    if lang == "es":  # 612 345 678
        return " ".join(digits[i : i + 3] for i in range(0, len(digits), 3))
    return f"{digits[:3]}.{digits[3:6]}.{digits[6:]}"  # en 201.555.0123, it 312.345.6789


# Templates: {TYPE} is a labelled PII slot, {time} {price} ... are unlabelled distractors.
PII_TEMPLATES = {
    "en": [
        "omg {PERSON} just liked my pic from 2019 im deceased",
        "{PERSON} keeps leaving me on read and idk why",
        "ngl {PERSON_M} is kinda cute when he's sleepy",
        "so my sister {PERSON_F} thinks ur fake lol",
        "wait who's {PERSON}",
        "told {PERSON_F} about us and she literally screamed",
        "this is {PERSON_M}'s phone, he left it at mine",
        "its {PERSON} lol new phone who dis",
        "hey it's me {PERSON} from the party saturday",
        "xx {PERSON}",
        "night babe. love you. {PERSON} xx",
        "me n {PERSON} r going to {LOCATION} this weekend",
        "{PERSON} {SURNAME} from year 11?? no way",
        "do u know {PERSON_F} {SURNAME}? she says she knows u",
        "my boss {PERSON} {SURNAME} is literally the worst human",
        "{SURNAME} from accounting keeps flirting w me",
        "dr {SURNAME} says my bloods are fine so stop worrying",
        "my therapist {PERSON_F} said i should talk about my feelings more so here i am",
        "sorry was on the phone w my mum. her name's {PERSON_F} btw she'd like u",
        "{PERSON_F} and {PERSON_F} are fighting in the group chat again",
        "can u pretend to be {PERSON_M}? i miss him",
        "my ex {PERSON_M} texted wyd at 3am lmaooo",
        "um so yeah my name is {PERSON} and uh i'm {AGE} and i live in {LOCATION} so yeah",
        "[voice message] hiii its {PERSON} im just walking home from {ORGANIZATION} call me back",
        "{AGE}f {LOCATION} lets chat",
        "{AGE}/m/{LOCATION} u?",
        "{AGE} m here, divorced, 2 kids, bad knees lol",
        "im {AGE} in march, feeling old af",
        "just turned {AGE} and nobody remembered",
        "he's {AGE} and still lives with his mom 💀",
        "wait ur {AGE}?? i thought u were way younger",
        "my dad turns {AGE} on sunday so bbq at ours",
        "age {AGE}, height {height}, looking for something real",
        "i'm {height} and {AGE} if that matters",
        "u can text me on {PHONE} but not after {time} my gf checks my phone lol",
        "new number!! {PHONE}",
        "{PHONE} thats my work cell dont spam it",
        "my whatsapp is {PHONE}, add me there this app is laggy",
        "call {PHONE} and ask for {PERSON}",
        "email me at {EMAIL} i check it like never tho",
        "{EMAIL} is my private one",
        "my email is {OBF_EMAIL} (dont want the bots getting it lol)",
        "send the playlist to {EMAIL} pls",
        "im at {ADDRESS} come thru",
        "uber me to {ADDRESS} pls im too drunk",
        "the party is at {ADDRESS}, {LOCATION}, bring snacks",
        "my new place is {ADDRESS} its tiny but cute",
        "my grandma lives in {LOCATION} so im there every xmas",
        "born and raised in {LOCATION} baby",
        "{LOCATION} is so boring nothing to do here",
        "landed in {LOCATION}!!! jetlag is real",
        "weather in {LOCATION} is trash today",
        "add me {HANDLE}",
        "my insta is {HANDLE} but its private so request",
        "sc: {HANDLE}",
        "{HANDLE} on tiktok, i post cooking stuff",
        "found her ig, its {HANDLE} 👀",
        "{HANDLE} is my finsta dont tell anyone",
        "follow {HANDLE} shes my bestie",
        "i do shifts at {ORGANIZATION} so weekends are dead for me",
        "{ORGANIZATION} just fired half the team lol i survived",
        "just finished my shift at {ORGANIZATION} my feet are dying",
        "interview at {ORGANIZATION} tmrw wish me luck",
        "my mum works for {ORGANIZATION} so she gets discounts",
        "im a nurse at {ORGANIZATION}",
        "first year at {SCHOOL} doing psych",
        "i dropped out of {SCHOOL} in {year} best decision ever",
        "training with {TEAM} tonight so ill be late",
        "we lost again, {TEAM} is cursed",
        "my birthday is {DOB} write it down",
        "dob: {DOB}",
        "born {DOB} so im a pisces apparently",
        "im a {YEAR_DOB} baby",
        "class of {year} but born in {YEAR_DOB}",
        "here's my card for the tickets {CREDIT_CARD} cvv is on the back lol",
        "card is wait no the whole thing {CREDIT_CARD}",
        "sort codes are annoying just use {IBAN}",
        "my social is {US_SSN} for the lease form",
        "ssn {US_SSN} dont share it obvs",
        "my ip keeps showing {IP_ADDRESS} is that bad",
        "router says {IP_ADDRESS} idk what that means",
        "my wishlist {URL} hint hint",
        "look at this {URL}",
        "{PERSON} said hi and also that ur cute",
        "Hi {PERSON}! how was {LOCATION}?",
        "idk if {PERSON} n {PERSON} r a thing now",
        "told my mate {PERSON_M} about u, he thinks ur made up",
        "brunch w {PERSON_F} at {time} then im all urs",
        "{PERSON} 🙄🙄🙄",
        "lol {PERSON}",
        "Miss you. - {PERSON}",
        "im {PERSON}. {AGE}. {ORGANIZATION} by day, gamer by night",
        "my roomie {PERSON_F} {SURNAME} stole my charger again",
        "remind me to pay {PERSON_F} back {price}",
        "i work nights at {ORGANIZATION} in {LOCATION}",
        "i'm an engineer at {ORGANIZATION} and i hate it",
        "{PERSON} from {ORGANIZATION} asked me out wtf",
        "just got into {SCHOOL}!!!!",
        "moving in with {PERSON} next month, {ADDRESS}, send a housewarming gift",
        "if i go missing my brother is {PERSON_M} {SURNAME} and his number is {PHONE}",
        "pls remind me {PERSON_F}'s bday is {DOB}",
    ],
    "de": [
        "hey, ich bin {PERSON} 😊 und du?",
        "na, {PERSON} hier, hab deine nachricht gesehen",
        "{PERSON} hat schon wieder nicht zurückgeschrieben",
        "mein kumpel {PERSON_M} meint ich soll dich fragen ob du single bist lol",
        "meine schwester {PERSON_F} zieht bei mir ein, hilfe",
        "sorry digga, war mit {PERSON} unterwegs",
        "ich bin {AGE}, komm aus {LOCATION} und arbeite bei {ORGANIZATION}",
        "bin {AGE} und fühl mich uralt",
        "werde nächste woche {AGE} 🎉",
        "{AGE}, m, {LOCATION}, suche was ernstes",
        "schreib mir lieber auf whatsapp {PHONE}",
        "meine handynummer ist {PHONE}, aber nur abends",
        "mail: {EMAIL}",
        "meine mail ist {OBF_EMAIL}",
        "komm vorbei, {ADDRESS}, 3. stock, klingel bei {SURNAME}",
        "wohn jetzt in {LOCATION}, ist ganz ok",
        "bin grad in {LOCATION} bei meinen eltern",
        "arbeite seit {year} bei {ORGANIZATION}, nervt",
        "{ORGANIZATION} hat mir gekündigt, ich heul",
        "ich studier an der {SCHOOL}",
        "hab heute training bei {TEAM}",
        "geburtstag hab ich am {DOB}",
        "geb. {DOB}",
        "hier meine iban für das geld: {IBAN}",
        "insta: {HANDLE}, folg mir mal",
        "mein snap ist {HANDLE}",
        "mein freund {PERSON_M} {SURNAME} ist eifersüchtig auf dich haha",
        "{PERSON} und ich haben schluss gemacht",
        "grüß {PERSON} von mir",
        "ich bin jahrgang {YEAR_DOB}",
        "meine ip ist {IP_ADDRESS}, ist das schlimm?",
        "kannst du dir das angucken {URL}",
        "ok ich heiß {PERSON} aber alle nennen mich {PERSON}",
        "meine chefin frau {SURNAME} ist so streng",
    ],
    "fr": [
        "coucou moi c'est {PERSON} 🙈",
        "{PERSON} m'a ghostée depuis 3 jours",
        "jsuis avec {PERSON} là, on parle de toi mdr",
        "ma pote {PERSON_F} dit que t'es trop mignon",
        "mon ex {PERSON_M} me saoule grave",
        "j'ai {AGE} ans et toujours chez mes parents",
        "je vais avoir {AGE} ans samedi",
        "{AGE} ans, {LOCATION}, célibataire",
        "mon 06 c'est {PHONE}",
        "appelle-moi sur {PHONE} stp",
        "mon adresse mail: {EMAIL}",
        "écris moi à {OBF_EMAIL}",
        "passe chez moi, {ADDRESS}, code 4512",
        "j'habite {ADDRESS} à {LOCATION}",
        "je bosse chez {ORGANIZATION} depuis 2 ans",
        "{ORGANIZATION} m'a pas rappelée pour l'entretien",
        "je suis en L3 à {SCHOOL}",
        "entraînement avec {TEAM} ce soir",
        "je suis née le {DOB}",
        "mon anniv c'est le {DOB}",
        "mon insta c'est {HANDLE} abonne toi",
        "ajoute moi sur snap {HANDLE}",
        "vire-moi les sous sur {IBAN}",
        "j'suis à {LOCATION} pour le week-end",
        "je viens de {LOCATION} mais j'habite à {LOCATION}",
        "{PERSON_F} {SURNAME}, tu la connais ?",
        "dis à {PERSON} que je l'aime",
        "bisous {PERSON}",
        "regarde ça {URL}",
        "wesh c'est {PERSON}, j'ai changé de numéro: {PHONE}",
        "ma mère s'appelle {PERSON_F}, elle t'adorerait",
    ],
    "es": [
        "holaa soy {PERSON} 😘",
        "tía, {PERSON} me ha escrito otra vez",
        "{PERSON} es un pesado, no le hagas caso",
        "mi prima {PERSON_F} dice que eres un bot jajaja",
        "quedé con {PERSON_M} y me dejó plantada",
        "tengo {AGE} años y ya me duele todo",
        "cumplo {AGE} el sábado 🎂",
        "{AGE} años, de {LOCATION}, buscando algo serio",
        "mi móvil: {PHONE}",
        "pásame un whatsapp al {PHONE}",
        "mi correo es {EMAIL}",
        "escríbeme a {OBF_EMAIL}",
        "vivo en {ADDRESS}, el portal verde",
        "ven a {ADDRESS}, 2º izquierda",
        "soy de {LOCATION} pero vivo en {LOCATION}",
        "estoy en {LOCATION} con mis padres",
        "curro en {ORGANIZATION} de cajera",
        "en {ORGANIZATION} me tienen explotada",
        "estudio en {SCHOOL}",
        "entreno con {TEAM} los martes",
        "nací el {DOB}",
        "mi cumple es el {DOB}, apúntalo",
        "mi insta es {HANDLE}",
        "sígueme en tiktok {HANDLE} porfa",
        "hazme bizum o mándalo a la cuenta {IBAN}",
        "bro {PERSON} is so annoying, siempre llega tarde",
        "{PERSON_F} {SURNAME} es mi mejor amiga desde el cole",
        "un besito, {PERSON}",
        "mira esto {URL}",
        "soy del {YEAR_DOB}",
        "mi jefe {PERSON_M} no me deja salir antes",
    ],
    "it": [
        "ciao sono {PERSON} 😊",
        "{PERSON} mi ha bloccata su whatsapp",
        "raga {PERSON} è troppo carino",
        "la mia coinquilina {PERSON_F} è fuori di testa",
        "stasera esco con {PERSON_M}, geloso?",
        "ho {AGE} anni e vivo ancora con mamma",
        "compio {AGE} anni domenica",
        "{AGE}, {LOCATION}, single",
        "il mio numero è {PHONE}, scrivimi su whatsapp",
        "chiamami al {PHONE} dopo le {time}",
        "la mia mail è {EMAIL}",
        "scrivimi a {OBF_EMAIL}",
        "abito in {ADDRESS}, citofono {SURNAME}",
        "vieni da me, {ADDRESS}, {LOCATION}",
        "sono di {LOCATION} ma studio a {LOCATION}",
        "sono a {LOCATION} dai nonni",
        "lavoro da {ORGANIZATION} come cassiera",
        "{ORGANIZATION} mi ha fatto il contratto finalmente",
        "sono iscritta a {SCHOOL}",
        "allenamento con {TEAM} stasera",
        "sono nata il {DOB}",
        "il mio compleanno è il {DOB}",
        "su insta sono {HANDLE}",
        "aggiungimi su snap: {HANDLE}",
        "ridammi i soldi sull'iban {IBAN}",
        "{PERSON_F} {SURNAME} la conosci? era in classe con me",
        "salutami {PERSON}",
        "un bacio, {PERSON}",
        "guarda qui {URL}",
        "sono del {YEAR_DOB}",
        "mio fratello {PERSON_M} ti saluta",
    ],
}
CLEAN_TEMPLATES = {
    "en": [
        "will u be up at {time}?",
        "may i be honest with u",
        "i hope u know how much u mean to me",
        "grace period on my rent ends friday ugh",
        "summer in the city hits different",
        "april is always so rainy",
        "mark my words this app is gonna glitch",
        "bill came to {price} for two coffees?? robbery",
        "got u a rose 🌹",
        "Rose gold iPhone or the black one",
        "Summer sale on Steam rn, my wallet is crying",
        "ngl that Netflix ending ruined my week",
        "bought Nutella at 2am, no regrets",
        "my AirPods died mid song",
        "PlayStation is down again lol",
        "Friday night, couch, pizza, u. perfect",
        "Mum keeps calling, brb",
        "i'm {height}, does that matter to u",
        "walked {count}k steps today",
        "{count} unread msgs and all from the group chat",
        "been awake for {dur} straight",
        "that was back in {year}, i was a different person",
        "its {time} and i cant sleep",
        "train delayed {dur} again",
        "the tickets were {price} each",
        "i'm like {count} episodes behind",
        "my phone is at {count}% lol",
        "Christmas at my parents, pray for me",
        "Monday again huh",
        "hope u had a good day x",
        "will do babe",
        "Dawn patrol surf tomorrow at 6",
        "Hunter wellies are so comfy tbh",
        "saying grace before dinner at my aunt's is so awkward",
        "Bill me for the emotional damage lol",
        "Jack of all trades master of none, that's me",
        "the hotel was 4 stars but the bed was like 2",
        "slept maybe {count} hours",
        "Ruby Tuesday came on the radio and i thought of u",
        "ordered Thai, {price}, worth it",
        "happy new year!! {year} is gonna be ours",
        "Sunny day finally ☀️",
        "i'm 2 glasses of wine in",
        "the flight is 11h 40min ugh",
        "can't believe it's already april",
        "Apple Music or Spotify? be honest",
        "lmk when ur free, im around after {time}",
    ],
    "de": [
        "bin um {time} zuhause",
        "hat {price} gekostet, voll teuer",
        "ich schlaf seit {dur} nicht gut",
        "bin {height} groß, falls du fragst",
        "wir waren {count} leute auf der party",
        "{year} war echt ein mieses jahr",
        "ich sag's dir frank und frei, ich mag dich",
        "im Ernst, du bist süß",
        "hab mir rosa Socken gekauft lol",
        "Mai ist mein lieblingsmonat",
        "hab mir neue AirPods geholt",
        "Tatort läuft gleich, bis später",
        "Kaffee, Sofa, Netflix. Perfekter Sonntag",
        "Essen ist fertig, bin kurz weg",
        "Sonne, Strand und Aperol, das brauch ich jetzt",
    ],
    "fr": [
        "on se capte à {time} ?",
        "j'ai payé {price} pour ce truc",
        "ça fait {dur} que j'attends",
        "je fais {height}",
        "{count} messages non lus, au secours",
        "en {year} j'étais grave timide",
        "j'ai acheté un pull rose pour l'hiver",
        "Nice, t'as réussi ton exam !",
        "bonne nuit, fais de beaux rêves",
        "j'ai regardé Netflix toute la journée",
        "Pierre qui roule n'amasse pas mousse comme dit ma grand-mère",
        "Tours de manège à la fête foraine hier, j'ai vomi mdr",
        "Marine ou noir, le pull ? j'hésite",
    ],
    "es": [
        "quedamos a las {time}?",
        "me costó {price}, un robo",
        "llevo {dur} esperando el bus",
        "mido {height}",
        "tengo {count} mensajes sin leer",
        "en {year} todo era distinto",
        "Luz, cámara y acción jaja",
        "se me fue la luz en casa otra vez",
        "Dolores de cabeza todo el día, fatal",
        "Paz y amor, tío",
        "me levanto al alba para ir a currar",
        "¿viste el final de La Casa de Papel?",
        "Feliz Navidad!! 🎄",
    ],
    "it": [
        "ci vediamo alle {time}?",
        "l'ho pagato {price}",
        "aspetto da {dur}",
        "sono alta {height}",
        "ho {count} messaggi non letti",
        "nel {year} ero un'altra persona",
        "Gioia mia, buonanotte",
        "Felice di sentirti",
        "Stella cadente stanotte, ho espresso un desiderio",
        "Luna piena stasera 🌕",
        "Buon Natale!!",
        "la speranza è l'ultima a morire",
        "oggi mi sento serena finalmente",
    ],
}
