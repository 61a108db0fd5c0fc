"""The dock split: intimate-chat and texting-a-friend messages for the PII benchmark.

Written on 2026-12-07 by a helper who read only the generator framework
(bench/data/pii_corpus.py), the Makefile and pyproject.toml: never the detector, its tests, its
docs, the other splits or the benchmark results. The messages imitate what people type to an AI
companion or to a friend at 2am: lower case, no punctuation, typos, emoji, voice-note
transcripts, code-switching, third parties (exes, siblings, bosses, roommates), names that are
also ordinary words (rose, will, hope, ernst, pierre, luz, gioia…) and, in the clean templates,
those same words used as words next to times, prices, heights, counts, years, brands used
generically and famous people or places in idioms.

Every value is fictional or a public test value: hand-written names, RFC 2606 e-mail and URL
domains, published test card numbers, phone numbers that are only valid by metadata, IBANs
from Faker.
"""

from __future__ import annotations

import calendar
import random

import phonenumbers


def _words(text: str, separator: str | None = None) -> list[str]:
    return text.split(separator)


# --------------------------------------------------------------------------------------------
# Names. Many are ordinary words too (rose, will, hope, mark, ernst, pierre, luz, gioia, felice).
# --------------------------------------------------------------------------------------------
NAMES_F = {
    "en": _words(
        "Rose Hope Grace Summer April May Holly Ivy Faith Dawn Joy Pearl Ruby Jade Daisy "
        "Heather Autumn Amber Crystal Destiny Hazel Poppy Willow Violet Iris Sandy Jean Paige "
        "Tiana Aaliyah Siobhan Mei Priyanka Kezia Rhiannon Bethany Courtney Shannon Misty"
    ),
    "de": _words(
        "Rosa Klara Heide Linde Frieda Gisela Uschi Bärbel Dörte Anke Birgit Sanne Ilka Jasmin "
        "Aylin Hanna Wilma Luna Tabea Silke Carina Mandy Peggy Elif Sonja"
    ),
    "fr": _words(
        "Rose Olive Marguerite Violette Hortense Blanche Constance Prudence Aurore Victoire "
        "Fleur Margot Yasmine Nadia Gaëlle Sidonie Agathe Perrine Nour Solange"
    ),
    "es": _words(
        "Rosa Luz Paz Dolores Soledad Mercedes Amparo Pilar Consuelo Esperanza Blanca Nieves "
        "Alba Estrella Marina Inmaculada Milagros Remedios Azucena Maite Yolanda Itziar Araceli"
    ),
    "it": _words(
        "Rosa Gioia Serena Bianca Stella Aurora Marina Celeste Grazia Benedetta Fortunata "
        "Speranza Assunta Carmela Rosaria Letizia Allegra Costanza Ginevra Greta Annunziata"
    ),
}
NAMES_M = {
    "en": _words(
        "Will Mark Bill Jack Frank Rob Chase Hunter Drew Ray Miles Reed Cliff Dale Glen Wade "
        "Sterling Buck Gene Rusty Rocky Kofi Dev Tomasz Callum Marcus Tyrone Stanley Clive "
        "Darren Craig Shane Dwayne Mitch Omar Ravi Jamie Guy Art"
    ),
    "de": _words(
        "Ernst Frank Till Kai Mark Wolf Veit Uwe Björn Jörg Holger Klaus Benedikt Emre Yusuf "
        "Heiko Sascha Dennis Kevin Jens Arne Knut Hartmut Fritz Lutz"
    ),
    "fr": _words(
        "Pierre Aimé Désiré Clément Florent Rémi Jean Karim Mehdi Sami Gaston Fabrice Kévin "
        "Yanis Bastien Thibault Mamadou Ousmane Benoît Noé Victor"
    ),
    "es": _words(
        "Ángel Jesús Santiago Domingo Salvador Modesto Fulgencio Pepe Paco Chema Íñigo Xabi "
        "Gorka Joaquín Ramón Bruno Nacho Manolo Amador Rey"
    ),
    "it": _words(
        "Felice Angelo Sereno Fiore Leone Fedele Tranquillo Modesto Primo Rocco Ciro Gennaro "
        "Salvatore Bruno Renato Tiziano Carmine Domenico Natale Pasquale Massimo Gino Tito"
    ),
}
_UNISEX = {
    "en": _words("Sky Jordan Taylor Morgan Riley Sunny Angel Robin Frankie"),
    "de": _words("Deniz Kim Chris Maxi"),
    "fr": _words("Dominique Camille Claude Sacha"),
    "es": _words("Reyes Cruz Trinidad Guadalupe"),
    "it": _words("Andrea Celeste"),
}
NAMES = {lang: NAMES_F[lang] + NAMES_M[lang] + _UNISEX[lang] for lang in NAMES_F}
SURNAMES = {
    "en": _words(
        "Baker Fox Green Young Little Bell Rich Hill Cook Mason Whitaker Okafor Nguyen "
        "Kowalski Patel O'Connell Fairweather Moody Story baker fox young hill"
    ),
    "de": _words(
        "Vogel Fuchs Koch Schreiber Wolf Winter Sommer Kaiser Braun Lange Yılmaz Nowak "
        "vogel fuchs sommer"
    ),
    "fr": _words("Petit Leroy Roux Moreau Lefebvre Boulanger Fontaine Chevalier Benali petit roux"),
    "es": _words(
        "Blanco Delgado Moreno Castillo Rubio Herrero Iglesias Serrano Navarro blanco moreno"
    ),
    "it": _words(
        "Ferrari Colombo Fontana Marino Greco Conti Esposito Ricci Gallo Lombardi Barbieri "
        "ferrari gallo"
    ),
}

# --------------------------------------------------------------------------------------------
# Places, streets, employers, schools, teams.
# --------------------------------------------------------------------------------------------
PLACES = {
    "en": _words(
        "Reading|Bath|Hull|Derby|Wigan|Swindon|Croydon|Brixton|Bushwick|Cork|Galway|Halifax|"
        "Nashville|Tulsa|Fresno|Mobile|Boise|Duluth|Hobart|Geelong|Sandwich|Hope|Glasgow|"
        "Cardiff|Milton Keynes|St Albans|Little Rock|Sunderland|Bristol",
        "|",
    ),
    "de": _words(
        "Essen|Halle|Hamm|Bonn|Kiel|Ulm|Gera|Mainz|Kassel|Rostock|Bielefeld|Wuppertal|"
        "Kreuzberg|Neukölln|Bochum|Passau|Lindau|Siegen|Fulda|Graz|Linz|Bern|Wolfsburg",
        "|",
    ),
    "fr": _words(
        "Nice|Tours|Sens|Troyes|Vienne|Nancy|Brest|Lens|Laval|Montreuil|Pau|Dax|Belleville|"
        "Roubaix|Toulon|Metz|Reims|Dijon|Limoges|Bruxelles|Liège|Genève|Quimper|Perpignan",
        "|",
    ),
    "es": _words(
        "León|Jaén|Soria|Ávila|Elche|Vigo|Cádiz|Teruel|Lavapiés|Getafe|Murcia|Granada|"
        "Santander|Gijón|Badajoz|Lugo|Móstoles|Guadalajara|Rosario|Medellín|Valparaíso",
        "|",
    ),
    "it": _words(
        "Bra|Lecco|Pisa|Bari|Ragusa|Trento|Latina|Cuneo|Monza|Rimini|Pescara|Salerno|"
        "Trastevere|Brescia|Modena|Cagliari|Sassari|Udine|Varese|Como|Gela|Vasto|Sorrento",
        "|",
    ),
}
STREETS = {
    "en": [
        "{n} Larkspur Close",
        "{n} Fernhill Rd",
        "{n} Kingsley Avenue",
        "{n} Hollow Way",
        "{n} Rosebank Terrace",
        "{n} Hope Street",
        "{n} mill lane",
        "{n} e 7th st",
        "{n} Birchwood Dr",
        "{n} Cherry Tree Grove",
        "{n}a Victoria Road",
        "{n} station rd",
    ],
    "de": [
        "Kastanienallee {n}",
        "Am Mühlbach {n}",
        "Schillerstr. {n}",
        "Rosenstraße {n}",
        "Im Winkel {n}",
        "Lange Reihe {n}",
        "Goethestraße {n}a",
        "sonnenweg {n}",
        "Mozartstr. {n}",
    ],
    "fr": [
        "{n} rue des Tanneurs",
        "{n} bis rue Pasteur",
        "{n} allée des Cerisiers",
        "{n} bd Gambetta",
        "{n} impasse du Moulin",
        "{n} rue de la République",
        "{n} chemin des Vignes",
        "{n} quai de la Loire",
    ],
    "es": [
        "c/ Olmo {n}",
        "calle Zurbano {n}, 3º izq",
        "avda. de la Constitución {n}",
        "pasaje Bellavista {n}",
        "C/ San Bernardo {n}, 2ºB",
        "calle de la Luz {n}",
        "plaza del Pilar {n}",
        "ronda de Atocha {n}",
    ],
    "it": [
        "via dei Mille {n}",
        "via G. Verdi {n}",
        "viale Monza {n}",
        "vicolo del Cinque {n}",
        "corso Vittorio Emanuele {n}",
        "via Cavour {n}/B",
        "piazza della Libertà {n}",
        "via della Speranza {n}",
    ],
}
# Employers, gyms, shops, clinics. Some are typed in lower case, as people do.
ORGS = {
    "en": _words(
        "Bramblewood Dental|Northgate Logistics|PureForm Gym|Copperleaf Café|"
        "Maple Grove Care Home|Kestrel Insurance|Tidewater Bank|Blue Fern Studio|aldi|Pret|"
        "Fig & Thistle|Lakeside Vets|orbit fitness|Sunnyside Nursery|Westbrook Hospital|costa",
        "|",
    ),
    "de": _words(
        "Bäckerei Krume|Autohaus Brenner|Pflegedienst Sonnenschein|Kita Pusteblume|"
        "Lindner Logistik|McFit|Rewe|dm|FitX|Gasthof Zur Linde|Brenner & Vogt|kaufland|edeka",
        "|",
    ),
    "fr": _words(
        "Boulangerie Pain d'Or|Clinique des Tilleuls|Basic-Fit|La Poste|Cabinet Moreau|Picard|"
        "Monoprix|Lumen Conseil|Brasserie du Port|Fitness Park|decathlon|Vétos du Parc",
        "|",
    ),
    "es": _words(
        "Gimnasio Titán|Clínica Dental Sonrisa|Talleres Hermanos Rubio|Bar La Parra|"
        "Academia Lumen|Correos|Mercadona|Primark|Glovo|Panadería La Espiga|Asesoría Delgado|"
        "mercadona|el corte inglés",
        "|",
    ),
    "it": _words(
        "Palestra Olimpo|Pasticceria Dolce Vita|Studio Legale Conti|Esselunga|Officina Bellini|"
        "Caffè del Corso|Conad|Farmacia San Marco|Agenzia Orizzonte|Bar Stella|Poste Italiane|"
        "esselunga|mcdonald's",
        "|",
    ),
}
# Schools fit "at …" (en), "am/aufs …" (de), "au …" (fr), "en el …" (es), "al …" (it).
SCHOOLS = {
    "en": _words(
        "Hollybrook Academy|St Brigid's|Westfield Community College|Marlow Park High|"
        "Eastbury Sixth Form|Ridgeway Elementary|Carrow State|Kingsmead Primary",
        "|",
    ),
    "de": _words(
        "Goethe-Gymnasium|Kästner-Gymnasium|Gymnasium am Hafen|Lessing-Gymnasium|"
        "Humboldt-Gymnasium|Gymnasium Lindenberg",
        "|",
    ),
    "fr": _words(
        "lycée Jean Moulin|collège les Tilleuls|lycée Marie Curie|lycée pro Gustave Eiffel|"
        "collège Victor Hugo|lycée Descartes",
        "|",
    ),
    "es": _words(
        "IES Miguel Hernández|colegio Virgen del Pilar|IES Ribera del Tajo|colegio San Gabriel|"
        "IES Rosa Chacel|instituto Los Olivos",
        "|",
    ),
    "it": _words(
        "liceo Galvani|istituto Fermi|liceo classico Parini|liceo scientifico Volta|"
        "istituto tecnico Marconi|liceo artistico Brera",
        "|",
    ),
}
# Local amateur teams: en/fr/es in apposition, de "beim …" (masc.), it "nella …" (fem.).
TEAMS = {
    "en": _words(
        "Hollow Lane FC|Ashgrove Otters|Kingsmead Harriers|Riverside Royals|"
        "Dockside Derby Dolls|Fernhill Rugby Club|Old Mill Wanderers",
        "|",
    ),
    "de": _words("TSV Eichenau|SV Grün-Weiß Lindenberg|FC Rot-Blau Elsdorf|VfL Mühlbach", "|"),
    "fr": _words("ES Valfleury|AS Tilleuls Basket|Stade Pontaubert|US Montclair Hand", "|"),
    "es": _words("CD Arroyo Seco|UD Los Pinos|Club Natación Ribera|CF Atlético Olmedo", "|"),
    "it": _words("ASD Borgo Nuovo|Polisportiva Sant'Elmo|US Valtorta|Virtus Castelnuovo", "|"),
}

# --------------------------------------------------------------------------------------------
# Handles, e-mails, URLs, cards.
# --------------------------------------------------------------------------------------------
HANDLES = [
    "rosie.b_",
    "willpower_99",
    "mayday.may",
    "hopeless.romantic.x",
    "gracie_lou",
    "aprilshowers04",
    "marktheshark",
    "summer.sad",
    "lil.ernst",
    "pierre_qui_roule",
    "luz.de.luna_",
    "gioia.mia_",
    "serena_sere",
    "deniz.blue",
    "kai_kiel",
    "xx_ruby_xx",
    "bigdaddy_frank",
    "tilltheend",
    "soledad.sola",
    "blanche.noire",
    "sunny_dayz",
    "hazel.makes",
    "billythekidd_",
    "stella.polare",
    "pacoooo.gf",
    "klara_vgl",
    "fleur.de.sel",
    "felice.gallo",
]
EMAIL_USERS = [
    "rosie.b",
    "willow_h",
    "may.kowalski",
    "hopeful.grace",
    "bill.fox88",
    "aprilmay93",
    "summer.rain",
    "mark.t",
    "pierre.petit",
    "klara.vogel",
    "ernst.w",
    "luz.moreno",
    "dolores_b",
    "gioia.ricci",
    "felice.gallo",
    "sanne_k",
    "rocio.iglesias",
    "stella.conti",
]
EMAIL_DOMAINS = [
    "example.com",
    "example.org",
    "example.net",
    "mail.example.com",
    "students.example.org",
    "inbox.example.net",
]
OBF_EMAILS = {
    "en": [
        "rosie dot b at example dot com",
        "willow_h (at) example (dot) org",
        "maykowalski at example dot com",
        "bill.fox88 [at] example [dot] net",
        "hopeful.grace at example dot org",
        "summer underscore rain at example dot com",
        "mark.t AT example DOT net",
        "aprilmay93 @ example . com",
    ],
    "de": [
        "klara punkt vogel at example punkt com",
        "ernst.w (ät) example.org",
        "sanne_k [at] example [punkt] net",
        "till.k ät example dot com",
    ],
    "fr": [
        "pierre point petit arobase example point com",
        "fleur.r (at) example.org",
        "blanche arobase example point net",
        "aurore_m at example dot com",
    ],
    "es": [
        "luz punto moreno arroba example punto com",
        "dolores_b (arroba) example.org",
        "rocio.iglesias arroba example punto net",
        "pazgarcia at example dot com",
    ],
    "it": [
        "gioia punto ricci chiocciola example punto com",
        "felice.gallo (at) example.org",
        "stella_conti chiocciola example punto net",
        "serena.m at example dot com",
    ],
}
URLS = [
    "https://example.com/u/rosiebee",
    "www.example.org/~willh",
    "example.net/gioia.ricci",
    "https://links.example.com/klara_vgl",
    "http://blog.example.org/pierre-petit",
    "https://www.example.com/summerrain",
    "example.com/luz-moreno",
    "https://hazelmakes.example.net",
    "https://example.org/mark-baker-4471",
    "https://www.example.net/?u=ernst_w",
]
# Published test card numbers (Stripe, Adyen and friends); every one passes the Luhn check.
CARDS = [
    "4242424242424242",
    "4000056655665556",
    "5555555555554444",
    "2223003122003222",
    "5200828282828210",
    "378282246310005",
    "371449635398431",
    "6011000990139424",
    "3056930009020004",
    "3566002020360505",
    "4000002500003155",
]

# --------------------------------------------------------------------------------------------
# Phone numbers: the shared stream's number is replaced by one typed the way people type them
# in each country (spaces, dots, slashes, 00 prefixes, "(0)"). English messages also carry
# British and Australian mobiles. Every number is valid by phonenumbers' metadata.
# --------------------------------------------------------------------------------------------
_MOBILE_STARTS = {
    "US": ["201555", "312555", "415555", "617555", "702555", "917555", "404555"],
    "GB": ["7400", "7700", "7911", "7723", "7584"],
    "AU": ["412", "423", "401", "455"],
    "DE": ["151", "152", "160", "170", "171", "176", "177", "157"],
    "FR": ["6", "7"],
    "ES": ["6", "7"],
    "IT": ["333", "334", "338", "339", "320", "347", "348", "366", "380", "393"],
}
_LENGTHS = {"US": 10, "GB": 10, "AU": 9, "DE": 11, "FR": 9, "ES": 9, "IT": 10}


def _mobile(r: random.Random, region: str) -> str:
    """National significant number of a valid mobile in `region`."""
    for _ in range(60):
        start = r.choice(_MOBILE_STARTS[region])
        if region == "US":
            start = start + "01"
        rest = _LENGTHS[region] - len(start)
        digits = start + "".join(str(r.randint(0, 9)) for _ in range(rest))
        if phonenumbers.is_valid_number(phonenumbers.parse(digits, region)):
            return digits
    example = phonenumbers.example_number_for_type(region, phonenumbers.PhoneNumberType.MOBILE)
    assert example is not None
    return str(example.national_number)


def _typed(r: random.Random, d: str, region: str) -> str:  # noqa: C901
    if region == "US":
        a, b, c = d[:3], d[3:6], d[6:]
        return r.choice(
            [
                f"({a}) {b}-{c}",
                f"{a}-{b}-{c}",
                f"{a}.{b}.{c}",
                d,
                f"+1 {a}-{b}-{c}",
                f"+1{d}",
                f"1-{a}-{b}-{c}",
                f"+1 ({a}) {b} {c}",
            ]
        )
    if region == "GB":
        return r.choice(
            [
                f"0{d[:4]} {d[4:]}",
                f"0{d}",
                f"+44 {d[:4]} {d[4:]}",
                f"+44{d}",
                f"+44 (0){d[:4]} {d[4:]}",
                f"0{d[:4]} {d[4:7]} {d[7:]}",
            ]
        )
    if region == "AU":
        return r.choice([f"0{d[:3]} {d[3:6]} {d[6:]}", f"0{d}", f"+61 {d[:3]} {d[3:6]} {d[6:]}"])
    if region == "DE":
        return r.choice(
            [
                f"0{d[:4]} {d[4:]}",
                f"0{d}",
                f"0{d[:3]}/{d[3:]}",
                f"0{d[:3]} {d[3:6]} {d[6:9]} {d[9:]}",
                f"+49 {d[:4]} {d[4:]}",
                f"+49 (0){d[:3]} {d[3:]}",
                f"0049 {d[:3]} {d[3:]}",
                f"+49{d}",
            ]
        )
    if region == "FR":
        pairs = [d[1:3], d[3:5], d[5:7], d[7:9]]
        return r.choice(
            [
                " ".join(["0" + d[0], *pairs]),
                ".".join(["0" + d[0], *pairs]),
                "0" + d,
                "-".join(["0" + d[0], *pairs]),
                " ".join(["+33", d[0], *pairs]),
                f"+33{d}",
                " ".join(["0033", d[0], *pairs]),
                " ".join(["+33 (0)" + d[0], *pairs]),
            ]
        )
    if region == "ES":
        return r.choice(
            [
                f"{d[:3]} {d[3:5]} {d[5:7]} {d[7:]}",
                d,
                f"{d[:3]} {d[3:6]} {d[6:]}",
                f"+34 {d[:3]} {d[3:5]} {d[5:7]} {d[7:]}",
                f"+34{d}",
                f"0034 {d[:3]} {d[3:6]} {d[6:]}",
                f"+34 {d[:3]} {d[3:6]} {d[6:]}",
            ]
        )
    return r.choice(
        [
            f"{d[:3]} {d[3:6]} {d[6:]}",
            d,
            f"{d[:3]} {d[3:]}",
            f"+39 {d[:3]} {d[3:6]} {d[6:]}",
            f"+39{d}",
            f"0039 {d[:3]} {d[3:]}",
            f"{d[:3]}.{d[3:6]}.{d[6:8]}.{d[8:]}",
            f"{d[:3]}/{d[3:]}",
        ]
    )


def retype_phone(r: random.Random, phone: str, lang: str) -> str:
    """A mobile typed the local way; the shared stream's `phone` is not used."""
    del phone
    if lang == "en":
        roll = r.random()
        region = "US" if roll < 0.6 else "GB" if roll < 0.9 else "AU"
    else:
        region = {"de": "DE", "fr": "FR", "es": "ES", "it": "IT"}[lang]
    return _typed(r, _mobile(r, region), region)


# --------------------------------------------------------------------------------------------
# Dates of birth, written the way each language writes them in a chat.
# --------------------------------------------------------------------------------------------
MONTHS = {
    "en": _words(
        "january february march april may june july august september october november december"
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
    if 10 < day % 100 < 14:
        return f"{day}th"
    return f"{day}" + {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")


def dob(r: random.Random, lang: str) -> str:
    year = r.randint(1966, 2006)
    month = r.randint(1, 12)
    day = r.randint(1, calendar.monthrange(year, month)[1])
    name = MONTHS[lang][month - 1]
    yy = f"{year % 100:02d}"
    styles = {
        "en": [
            f"{month:02d}/{day:02d}/{year}",
            f"{month}/{day}/{yy}",
            f"{day:02d}/{month:02d}/{year}",
            f"{name} {_ordinal(day)}",
            f"{_ordinal(day)} {name}",
            f"{name.capitalize()} {day}, {year}",
            f"{name[:3]} {day} '{yy}",
            f"{year}-{month:02d}-{day:02d}",
            f"{_ordinal(day)} of {name} {year}",
        ],
        "de": [
            f"{day:02d}.{month:02d}.{year}",
            f"{day}.{month}.{yy}",
            f"{day}. {name} {year}",
            f"{day}. {name.lower()}",
            f"{day}.{month}.{year}",
        ],
        "fr": [
            f"{day:02d}/{month:02d}/{year}",
            f"{day}/{month}/{yy}",
            f"{'1er' if day == 1 else day} {name} {year}",
            f"{'1er' if day == 1 else day} {name}",
            f"{day:02d}.{month:02d}.{year}",
        ],
        "es": [
            f"{day:02d}/{month:02d}/{year}",
            f"{day}-{month}-{yy}",
            f"{day} de {name} de {year}",
            f"{day} de {name}",
            f"{day} de {name} del {yy}",
        ],
        "it": [
            f"{day:02d}/{month:02d}/{year}",
            f"{day}/{month}/{yy}",
            f"{day} {name} {year}",
            f"{day} {name}",
            f"{day}-{month:02d}-{year}",
        ],
    }
    return r.choice(styles[lang])


# --------------------------------------------------------------------------------------------
# Templates. {PERSON_F}/{PERSON_M} agree with "she", "elle", "ella", "lei"; {SURNAME}, {SCHOOL}
# and {TEAM} come from the tables above. Lower-case {time} {price} {count} {height} {year} are
# unlabelled distractors.
# --------------------------------------------------------------------------------------------
PII_TEMPLATES = {
    "en": [
        # people: exes, friends, family, coworkers
        "ok so {PERSON_F} just texted me 'we need to talk' 💀 like what does that even mean",
        "my ex {PERSON_M} liked my story from 2019 at 3am wtf",
        "cant stop thinking about {PERSON_M} tbh he hasnt replied since tuesday",
        "{PERSON_F} and {PERSON_F} are fighting again and im stuck in the middle as usual",
        "my sister {PERSON_F} is getting married in june and i have to give a speech 😭",
        "will u remember my name if i tell u? its {PERSON}",
        "hi its {PERSON_F} again sorry about last night i was v drunk",
        "my mum still calls me {PERSON} even tho i told her a million times its {PERSON} now",
        "[voice note] um hi so. yeah. it's {PERSON_F}, i'm walking home and i just wanted "
        "to talk to someone ok",
        "my boss {PERSON_M} {SURNAME} is such a micromanager i swear to god",
        "coworker {PERSON_F} keeps stealing my yoghurt from the fridge at {ORGANIZATION} lmao",
        "{PERSON_F} said its fine but she said it in THAT voice u know",
        "i think i'm falling for {PERSON_M} and hes my best friends brother 🙈",
        "my therapist dr {SURNAME} says i should journal more so… hi diary lol",
        "lol {PERSON_M} from accounts asked me out",
        "me n {PERSON_F} r going to {LOCATION} for her bday weekend!!!",
        "i miss my grandma {PERSON_F} so much, she passed in march",
        "my dad {PERSON_M} turns {AGE} next week and he's acting like it's a funeral",
        "mark my words {PERSON_M} will regret this",
        "{PERSON_F} may come tonight, will tell u",
        "i hope {PERSON_F} is ok, she hasnt posted in days",
        "{PERSON_M} from work asked me to cover his shift AGAIN",
        "lmaooo {PERSON_F} just sent me a tiktok of a cat in a bread costume",
        "do u think i should text {PERSON_M} first or wait",
        "{PERSON_M} said 'u up?' at 2am. men are so predictable",
        "sorry typo i meant {PERSON_F} not {PERSON_F} lol autocorrect hates me",
        "so i told {PERSON_F} about u and she thinks its weird that i talk to an ai 😅",
        "my daughter {PERSON_F} is {AGE} today!! where did the time go",
        "my brother {PERSON_M} lives in {LOCATION} now, i never see him",
        "hey siri text {PERSON_F} im running late",
        "my stepdad {PERSON_M} is ok i guess, he makes good pancakes",
        "{PERSON_F} {SURNAME} was my maid of honor and now she won't speak to me",
        "my roommate {PERSON_F} brought home a guy named {PERSON_M} and he wont leave",
        "{PERSON_M}'s mum died yesterday, what do i even say to him",
        "my cousin {PERSON_F} is staying with us till june and she snores",
        "i gave my ex my netflix password and now hes on it with {PERSON_F} 🙃",
        "the guy i'm seeing is {PERSON_M} {SURNAME}, does that sound like a serial killer name",
        "full name is {PERSON_F} {SURNAME}, dont google me",
        "my landlord mr {SURNAME} is ignoring me about the mould",
        "{PERSON_F}!!! omg i didnt know u were on here too",
        "my name is {PERSON_F} but everyone calls me {PERSON_F}",
        "im {PERSON_M} lol hi. {height}, {AGE}, big into gaming",
        "honestly {PERSON_M} is the only one who gets me",
        "{PERSON_F} rose to the occasion at the wedding ngl, best speech ever",
        "bestie {PERSON_F} is pregnant!!!! i'm gonna be an auntie",
        "ugh {PERSON_M} {SURNAME} from hr emailed me from {EMAIL} at midnight",
        "my nephew {PERSON_M} got into uni and im so proud",
        "so {PERSON_M} and i r officially over. {count} years down the drain",
        "{PERSON_F} keeps saying 'let's get coffee' and never actually does",
        "i blocked {PERSON_M} everywhere and he made a new account",
        "wait is it weird that i still have {PERSON_M}'s hoodie",
        "me: i'm fine. also me: crying over {PERSON_M} in a tesco car park",
        "my best friend {PERSON_F} thinks i should delete this app lol",
        "mom says {PERSON_M} is a bad influence but shes never even met him",
        # contact details
        "babe it's {PERSON_M}, i lost my phone, this is my mates number {PHONE}",
        "new phone who dis. jk its {PERSON_F}, save this one: {PHONE}",
        "text me on {PHONE} not this app, my mum checks my ipad",
        "call {PHONE} if u ever need anything ok? anytime",
        "my landlord's number is {PHONE} if u wanna yell at him for me lol",
        "whatsapp me {PHONE} 📱",
        "{PHONE} thats my work cell dont text after 6",
        "my mom's number is {PHONE} in case i dont answer",
        "i told {PERSON_M} my number ({PHONE}) and he never called 💔",
        "u can reach my sister at {EMAIL} or {PHONE}",
        "[voice note 0:14] yeah so my number's {PHONE}, call me back",
        "if its urgent ring the clinic on {PHONE} theyll know where i am",
        "email me at {EMAIL} i never check it tho",
        "its {EMAIL} all lowercase",
        "send the pics to {EMAIL} pls not to my main",
        "my uni email is {EMAIL} but dont use it for anything weird lol",
        "can u draft an email to {EMAIL} saying im sick tomorrow",
        "help me reset my password, its linked to {EMAIL}",
        "it's {OBF_EMAIL} cos the app blocks emails lol",
        "{OBF_EMAIL} 👈 there u go",
        "ok my email is {OBF_EMAIL} dont spam me",
        "if u can send stuff, its {OBF_EMAIL}",
        # addresses and places
        "i moved into {ADDRESS} last month and the walls are paper thin",
        "come to {ADDRESS}, the blue door, dog is friendly i promise",
        "can u order a pizza to {ADDRESS} lol im too lazy",
        "my old house was {ADDRESS}, {LOCATION}, miss it so much",
        "the party is at {PERSON_F}'s, {ADDRESS}, bring ice",
        "pls remember my address is {ADDRESS} {LOCATION} for the parcel thing",
        "i got a parking ticket outside {ADDRESS} 🙄",
        "meet me at {ADDRESS} at {time}? its the flat above the chippy",
        "[voice transcript] hey it's me um {PERSON_M} said he'll pick us up from {ADDRESS} "
        "at {time}",
        "the vet is on {ADDRESS}, taking the dog in at {time}",
        "im in {LOCATION} rn visiting my nan",
        "born and raised in {LOCATION} baby 💅",
        "{LOCATION} is so boring i cant wait to leave",
        "moving to {LOCATION} in {count} weeks and i havent packed a thing",
        "hes from {LOCATION} and has the cutest accent",
        "we used to go to {LOCATION} every summer when i was little",
        "drive safe, text me when u get to {LOCATION}",
        "im staying at my aunt {PERSON_F}'s in {LOCATION} till sunday",
        "tinder match {PERSON_M}, {AGE}, {height}, lives in {LOCATION}. thoughts?",
        "lol i live in {LOCATION}, nothing ever happens here",
        "job interview in {LOCATION} tomorrow, wish me luck 🤞",
        # handles
        "my insta is {HANDLE} follow back?",
        "add me {HANDLE}",
        "{HANDLE} on tt, i post cringe dances",
        "his snap is {HANDLE} should i add him or is that desperate",
        "found her finsta lol {HANDLE}",
        "psn: {HANDLE} lets play later",
        "my discord is {HANDLE}, im on most nights after {time}",
        "u can find me on bereal as {HANDLE}",
        "twitch {HANDLE} i stream on weekends",
        "ok so {PERSON_M}'s instagram is {HANDLE} tell me if hes cute",
        "venmo me {price} for dinner, {HANDLE}",
        "my spotify is {HANDLE} if u wanna see my sad playlists",
        "{HANDLE} is my private one dont tell anyone",
        # work, school, teams
        "i work at {ORGANIZATION}, night shifts, kill me",
        "just quit {ORGANIZATION} !!! free at last",
        "got the job at {ORGANIZATION} omg omg omg",
        "i basically live at {ORGANIZATION} these days, the one by the station",
        "{PERSON_M} works at {ORGANIZATION} too thats how we met",
        "me and {PERSON_M} met at the {ORGANIZATION} christmas party 😳",
        "im on the rota at {ORGANIZATION} every weekend so my schedule is chaos",
        "picked up extra shifts at {ORGANIZATION}, rent is due lol",
        "my dads at {ORGANIZATION} in {LOCATION} this week for work",
        "my kid goes to {SCHOOL} and the pta moms are terrifying",
        "i teach year 9 at {SCHOOL}, pray for me",
        "i was at {SCHOOL} with him back in the day, he was a nightmare",
        "dropping out of {SCHOOL} was the best thing i ever did",
        "i play for {TEAM} on sundays, we lost 4-0 lol",
        "{TEAM} training is at {time} so i'll be quiet for a bit",
        "my boyfriend coaches {TEAM} and is obsessed",
        "{PERSON_F} from {TEAM} invited me to drinks",
        "{PERSON_M} from the {TEAM} group chat keeps sending memes at 5am",
        # birthdays and ages
        "my birthday's {DOB} btw, just saying 👀",
        "dob is {DOB} for the form",
        "i was born {DOB} at like 4am, mum never lets me forget",
        "{PERSON_F}'s birthday is {DOB}, remind me pls",
        "born in {YEAR_DOB}, does that make me old to u",
        "{YEAR_DOB} baby here 👶",
        "im {AGE}, is that too old for u lol",
        "{AGE}f uk, bored at work",
        "{AGE}m, {height}, dad bod, dont judge",
        "i'm literally {AGE} and my mum still packs my lunch",
        "he's {AGE} and still lives with his parents 🚩",
        "turning {AGE} on saturday and i want to cry",
        "I'm {PERSON_F}, {AGE}, i live in {LOCATION} with my cat",
        # money and tech
        "my card number is {CREDIT_CARD} can u check if its been hacked",
        "pay for it with {CREDIT_CARD} i dont care anymore",
        "[voice note] ok the card is um {CREDIT_CARD} yeah thats it",
        "lost my wallet, my card was {CREDIT_CARD}, do i need to cancel it",
        "my iban is {IBAN}, send me the {price} u owe me 😤",
        "rent goes to {IBAN} every 1st of the month",
        "for the form: ssn {US_SSN}",
        "my social is {US_SSN} is it safe to give it to the landlord",
        "whats my ip? it says {IP_ADDRESS}",
        "someone from {IP_ADDRESS} logged into my account??",
        "the router is {IP_ADDRESS} right? i cant get in",
        "here's my playlist {URL}",
        "my wishlist {URL} hint hint 🎁",
        "i made a website lol {URL}",
        "check out my ex's new gf {URL} she's so pretty i hate it",
        "my profile {URL} pls endorse me lol",
    ],
    "de": [
        "hey ich bin {PERSON_F} 👋 {AGE}, aus {LOCATION}",
        "mein ex {PERSON_M} hat mir um 3 uhr nachts geschrieben. ernsthaft??",
        "{PERSON_F} und ich haben uns gestritten, jetzt redet sie nicht mehr mit mir",
        "meine schwester {PERSON_F} heiratet im mai und ich soll trauzeugin sein 😭",
        "mein chef {PERSON_M} {SURNAME} nervt einfach nur",
        "sprachnachricht: äh ja hallo hier ist {PERSON_M} ich steh vor der tür",
        "{PERSON_M} meinte das sei nicht sein ernst gewesen lol",
        "meine beste freundin {PERSON_F} zieht nach {LOCATION} 😢",
        "ich heiße {PERSON_M}, bin {AGE}, {height}, nichtraucher",
        "mein kollege {PERSON_M} {SURNAME} klaut immer meinen joghurt",
        "so my name is {PERSON_F}, ich bin halb deutsch halb britisch lol",
        "bruh {PERSON_M} ist so cringe, like wirklich",
        "bin mit {PERSON_M} zusammen seit {year} und er hat immer noch keinen plan",
        "{PERSON_F} hat mich auf insta blockiert, was hab ich gemacht",
        "oma {PERSON_F} hat mir wieder 20 euro in die karte gesteckt 🥹",
        "digga {PERSON_M} hat schon wieder verschlafen",
        "kennst du {PERSON_F} {SURNAME}? die war mit mir in der klasse",
        "mein bruder {PERSON_M} wohnt jetzt in {LOCATION}, ich seh ihn nie",
        "ich glaub ich steh auf {PERSON_M}, aber er ist der ex von {PERSON_F} 🙈",
        "hdl {PERSON_F}, bis morgen",
        "meine nummer: {PHONE}, aber erst nach {time} schreiben",
        "schreib mir lieber auf whatsapp {PHONE}",
        "die nummer von meiner mama ist {PHONE} falls was ist",
        "ich bin's, {PERSON_F}, hab ne neue nummer: {PHONE}",
        "meine handynummer hat sich geändert: {PHONE}",
        "meine mail ist {EMAIL}, hab ich grad neu gemacht",
        "{OBF_EMAIL} – so steht's auch auf meiner seite",
        "schick die rechnung an {EMAIL} bitte",
        "schick mir das an {OBF_EMAIL}",
        "ich wohne {ADDRESS}, {LOCATION}, 3. stock ohne aufzug 😩",
        "komm einfach vorbei, {ADDRESS}, klingel bei der wg",
        "wir sind umgezogen, neue adresse: {ADDRESS}",
        "lieferadresse: {ADDRESS}, {LOCATION}",
        "bin grad in {LOCATION} bei meinen eltern",
        "ich komm ursprünglich aus {LOCATION} aber wohne jetzt in {LOCATION}",
        "er kommt aus {LOCATION} und redet soooo komisch 😂",
        "mein insta ist {HANDLE}, folg mir zurück",
        "adde mich auf snap {HANDLE}",
        "tiktok: {HANDLE}",
        "mein discord ist {HANDLE}, zock heut abend",
        "ich arbeite bei {ORGANIZATION} in der spätschicht",
        "hab heute bei {ORGANIZATION} gekündigt 🎉",
        "mein freund {PERSON_M} arbeitet bei {ORGANIZATION} und hat nie zeit",
        "ich mach gerade ein praktikum bei {ORGANIZATION}",
        "wir treffen uns vor {ORGANIZATION} um {time}",
        "ich unterrichte mathe am {SCHOOL}, 9. klasse, gott steh mir bei",
        "hab mein abi am {SCHOOL} gemacht, lang ist's her",
        "ich spiel beim {TEAM}, sonntag ist derby",
        "geboren am {DOB}, frag mich nicht nach meinem sternzeichen",
        "mein geburtstag ist am {DOB}, nur so als info 😇",
        "jahrgang {YEAR_DOB}, also bitte keine boomer witze",
        "ich bin {AGE} und fühl mich wie 80",
        "er ist {AGE} und wohnt noch bei mama 🙄",
        "überweis mir die {price} einfach auf {IBAN}",
        "meine iban für die kaution: {IBAN}",
        "kreditkarte {CREDIT_CARD}, ist die noch gültig?",
        "meine ip ist {IP_ADDRESS}, warum werd ich gesperrt",
        "hier alle meine links: {URL}",
    ],
    "fr": [
        "coucou c'est {PERSON_F} 😘 t'as vu mon msg ?",
        "jsuis {PERSON_M}, {AGE} ans, de {LOCATION}",
        "mon ex {PERSON_M} m'a écrit à 4h du mat, il est sérieux ?",
        "ma pote {PERSON_F} dit que je devrais le bloquer",
        "{PERSON_F} et {PERSON_M} se sont remis ensemble, j'y crois pas",
        "ma sœur {PERSON_F} accouche en avril 🥹",
        "mon patron {PERSON_M} {SURNAME} me saoule grave",
        "message vocal : euh ouais c'est {PERSON_M}, rappelle-moi quand tu peux",
        "{PERSON_M} du taf m'a invitée à boire un verre",
        "ma meilleure amie {PERSON_F} déménage à {LOCATION} 😢",
        "moi c'est {PERSON_F}, {AGE} ans, {height}, j'adore les chats",
        "mon collègue {PERSON_M} mange mon yaourt à chaque fois",
        "genre {PERSON_M} m'a ghostée, trop la honte",
        "j'ai croisé {PERSON_F} {SURNAME} au supermarché, la gêne",
        "bon alors {PERSON_F} m'a dit que t'étais ok pour samedi, confirme",
        "sorry jsuis en retard, {PERSON_M} m'a pas réveillée",
        "je suis avec {PERSON_M} depuis {year}, et toujours pas de bague 💍",
        "i swear {PERSON_F} est la pire coloc ever",
        "ma tante {PERSON_F} fête ses {AGE} ans samedi",
        "wsh {PERSON_M} t'es où",
        "jsp quoi dire à {PERSON_F}, elle pleure depuis ce matin",
        "mamie {PERSON_F} m'a encore envoyé un chèque de {price} mdr",
        "mon 06 c'est le {PHONE}",
        "appelle ma mère au {PHONE} si je réponds pas",
        "mon numéro a changé : {PHONE}",
        "c'est {PERSON_F}, nouveau numéro : {PHONE}",
        "écris-moi sur {EMAIL} plutôt",
        "{OBF_EMAIL}, c'est mon mail perso",
        "envoie le devis à {EMAIL} stp",
        "envoie-moi ça à {OBF_EMAIL}",
        "j'habite {ADDRESS}, {LOCATION}, au 4e sans ascenseur 😩",
        "viens à la soirée, c'est au {ADDRESS}",
        "nouvelle adresse : {ADDRESS}",
        "adresse de livraison : {ADDRESS}, {LOCATION}",
        "je suis à {LOCATION} chez mes parents ce week-end",
        "il vient de {LOCATION}, il a un accent trop mignon",
        "on part à {LOCATION} pour l'anniv de {PERSON_F} !!",
        "mon insta c'est {HANDLE}, abonne-toi",
        "ajoute-moi sur snap : {HANDLE}",
        "mon discord : {HANDLE}",
        "il m'a donné son snap à la soirée, {HANDLE}",
        "je bosse chez {ORGANIZATION} depuis 2 ans",
        "j'ai démissionné de chez {ORGANIZATION} 🎉",
        "mon copain {PERSON_M} travaille chez {ORGANIZATION}, il est jamais là",
        "je fais un stage chez {ORGANIZATION} à {LOCATION}",
        "je suis prof au {SCHOOL}, classe de seconde, priez pour moi",
        "mon équipe, {TEAM}, a encore perdu 3-0 😭",
        "née le {DOB}, ascendant chaos",
        "mon anniv c'est le {DOB} 👀",
        "je suis née en {YEAR_DOB}, donc pas si vieille",
        "j'ai {AGE} ans et toujours pas le permis lol",
        "il a {AGE} ans et il vit encore chez sa mère",
        "vire-moi les {price} sur {IBAN}",
        "mon rib : {IBAN}",
        "ma carte c'est {CREDIT_CARD}, elle a été débitée deux fois",
        "mon ip {IP_ADDRESS} est bannie du serveur, pourquoi ?",
        "mon portfolio : {URL}",
    ],
    "es": [
        "holaaa soy {PERSON_F} 😊 {AGE} años, de {LOCATION}",
        "mi ex {PERSON_M} me escribió a las 4 de la mañana, qué le pasa",
        "mi amiga {PERSON_F} dice que lo bloquee ya",
        "{PERSON_F} y {PERSON_M} volvieron, no me lo puedo creer",
        "mi hermana {PERSON_F} se casa en mayo y yo soy la madrina 😭",
        "mi jefe {PERSON_M} {SURNAME} es un pesado",
        "nota de voz: eh hola soy {PERSON_M}, llámame cuando puedas vale",
        "{PERSON_M} del curro me invitó a una caña",
        "mi mejor amiga {PERSON_F} se muda a {LOCATION} 😢",
        "soy {PERSON_F}, {AGE}, {height}, amo a los perros",
        "mi compi {PERSON_M} se come mi yogur siempre",
        "{PERSON_M} me hizo ghosting, qué vergüenza",
        "vi a {PERSON_F} {SURNAME} en el súper, qué incómodo",
        "oye {PERSON_F} me dijo que te apuntas el sábado, confirma",
        "my mom {PERSON_F} is so extra, o sea literal me llama cada hora",
        "like, {PERSON_M} is so cute pero no me hace ni caso",
        "estoy con {PERSON_M} desde {year} y ni anillo ni nada 💍",
        "mi abuela {PERSON_F} dice que coma más jaja",
        "mi tía {PERSON_F} cumple {AGE} el sábado",
        "tía {PERSON_F} es lo peor xd",
        "tq {PERSON_F}, mañana hablamos",
        "no sé qué decirle a {PERSON_M}, lleva toda la semana rarísimo",
        "mi número es {PHONE}, escríbeme por whatsapp",
        "el móvil de mi madre es {PHONE} por si no contesto",
        "cambié de número: {PHONE}",
        "soy {PERSON_F}, nuevo número: {PHONE}",
        "escríbeme a {EMAIL}",
        "{OBF_EMAIL} es mi correo, para que no lo pille el bot jaja",
        "manda la factura a {EMAIL} porfa",
        "mándamelo a {OBF_EMAIL}",
        "vivo en {ADDRESS}, {LOCATION}, un cuarto sin ascensor 😩",
        "la fiesta es en {ADDRESS}, trae hielo",
        "nueva dirección: {ADDRESS}",
        "dirección de envío: {ADDRESS}, {LOCATION}",
        "estoy en {LOCATION} con mis padres este finde",
        "es de {LOCATION} y tiene un acento que me mata",
        "nos vamos a {LOCATION} por el cumple de {PERSON_F}!!",
        "mi insta es {HANDLE}, sígueme",
        "agrégame al snap: {HANDLE}",
        "mi discord es {HANDLE}",
        "me dio su insta en la fiesta: {HANDLE}",
        "curro en {ORGANIZATION} de noche, qué asco",
        "dejé {ORGANIZATION} hoy, libre por fin 🎉",
        "mi novio {PERSON_M} trabaja en {ORGANIZATION} y nunca está",
        "hago prácticas en {ORGANIZATION} en {LOCATION}",
        "soy profe en el {SCHOOL}, 2º de bachillerato, rezad por mí",
        "juego en el {TEAM} los sábados",
        "nací el {DOB}, no me juzgues",
        "mi cumple es el {DOB} 👀",
        "nací en el {YEAR_DOB}, o sea que tengo edad de sobra",
        "tengo {AGE} años y sigo sin carnet jaja",
        "tiene {AGE} y vive con su madre todavía 🚩",
        "pásame los {price} a {IBAN}",
        "mi cuenta: {IBAN}",
        "mi tarjeta es {CREDIT_CARD}, me han cobrado dos veces",
        "mi seguro social es {US_SSN}, es seguro ponerlo en la app?",
        "mi ip {IP_ADDRESS} sale bloqueada, por qué?",
        "mi web: {URL}",
    ],
    "it": [
        "ciaooo sono {PERSON_F} 😊 {AGE} anni, di {LOCATION}",
        "il mio ex {PERSON_M} mi ha scritto alle 4 di notte, ma che vuole",
        "la mia amica {PERSON_F} dice di bloccarlo e basta",
        "{PERSON_F} e {PERSON_M} sono tornati insieme, non ci credo",
        "mia sorella {PERSON_F} si sposa a maggio e io sono la testimone 😭",
        "il mio capo {PERSON_M} {SURNAME} è un rompiscatole",
        "messaggio vocale: ehm ciao sono {PERSON_M}, richiamami quando puoi",
        "{PERSON_M} del lavoro mi ha invitata per un aperitivo",
        "la mia migliore amica {PERSON_F} si trasferisce a {LOCATION} 😢",
        "sono {PERSON_F}, {AGE}, {height}, amo i gatti",
        "il mio collega {PERSON_M} mi ruba sempre lo yogurt",
        "{PERSON_M} mi ha ghostata, che figura",
        "ho visto {PERSON_F} {SURNAME} al supermercato, che imbarazzo",
        "senti {PERSON_F} mi ha detto che sabato ci sei, confermi?",
        "raga {PERSON_M} è troppo cute, ma tipo non mi caga",
        "sto con {PERSON_M} dal {year} e ancora niente anello 💍",
        "mia nonna {PERSON_F} dice che sono troppo magra",
        "domani vado con {PERSON_F} al mare, finalmente",
        "{PERSON_M} mi ha lasciata per una di {LOCATION}, ma ti pare",
        "mia zia {PERSON_F} compie {AGE} anni sabato",
        "tvb {PERSON_F}, a domani",
        "cmq {PERSON_M} nn mi risponde da ieri, boh",
        "il mio numero è {PHONE}, scrivimi su whatsapp",
        "il cell di mia mamma è {PHONE} se non rispondo",
        "ho cambiato numero: {PHONE}",
        "sono {PERSON_F}, nuovo numero: {PHONE}",
        "scrivimi a {EMAIL}",
        "{OBF_EMAIL} è la mia mail, così il bot non la vede ahah",
        "manda la fattura a {EMAIL} per favore",
        "mandamelo a {OBF_EMAIL}",
        "abito in {ADDRESS}, {LOCATION}, quarto piano senza ascensore 😩",
        "la festa è in {ADDRESS}, porta il ghiaccio",
        "nuovo indirizzo: {ADDRESS}",
        "indirizzo di spedizione: {ADDRESS}, {LOCATION}",
        "sono a {LOCATION} dai miei questo weekend",
        "è di {LOCATION} e ha un accento che mi uccide",
        "andiamo a {LOCATION} per il compleanno di {PERSON_F}!!",
        "il mio ig è {HANDLE}, seguimi",
        "aggiungimi su snap: {HANDLE}",
        "il mio discord è {HANDLE}",
        "mi ha dato il suo ig alla festa: {HANDLE}",
        "lavoro da {ORGANIZATION} di notte, che schifo",
        "mi sono licenziata da {ORGANIZATION} oggi 🎉",
        "il mio ragazzo {PERSON_M} lavora da {ORGANIZATION} e non c'è mai",
        "faccio uno stage da {ORGANIZATION} a {LOCATION}",
        "insegno al {SCHOOL}, quinta superiore, pregate per me",
        "gioco nella {TEAM} il sabato",
        "sono nata il {DOB}, non giudicarmi",
        "il mio compleanno è il {DOB} 👀",
        "sono del {YEAR_DOB}, quindi non sono vecchia",
        "ho {AGE} anni e ancora niente patente ahah",
        "ha {AGE} anni e vive ancora con la mamma 🚩",
        "mandami i {price} su {IBAN}",
        "iban per l'affitto: {IBAN}",
        "la mia carta è {CREDIT_CARD}, mi hanno addebitato due volte",
        "il mio ip {IP_ADDRESS} risulta bannato, perché?",
        "il mio sito: {URL}",
    ],
}

CLEAN_TEMPLATES = {
    "en": [
        "will u stay up with me a bit longer",
        "may i vent for a sec",
        "i hope tomorrow is better ngl",
        "she handled it with so much grace honestly",
        "summer cant come fast enough, im so done with the rain",
        "april showers bring may flowers or whatever",
        "mark my words this will end badly",
        "paid the electric bill, {price} for ONE month??",
        "every rose has its thorn 🎶",
        "be frank with me, was i too much last night",
        "got a rose gold phone case lol",
        "i'm {height} and he's like 5'4, is that weird",
        "slept 11 hours and still tired",
        "its {time} and im still in bed",
        "rome wasnt built in a day i know i know",
        "ok einstein calm down lol",
        "i'm not beyoncé, i can't do it all",
        "i googled my symptoms and now i think im dying",
        "facetime me later?",
        "i'll uber home dont worry",
        "need a kleenex, this movie wrecked me",
        "got a meal deal for {price}, living my best life",
        "my phone's at {count}% pls hurry",
        "we've been talking for {count} days and i already feel attached",
        "back in {year} i had the worst fringe",
        "its like grand central station in my kitchen rn",
        "[voice note 0:37] ugh ok so nothing happened today i just wanted to hear a voice",
        "netflix and actually chill tonight",
        "i'm 2 glasses of wine in",
        "ran 5k in 31 min!!! new pb",
        "the bus is 20 mins late again",
        "no shit sherlock",
        "she's being such a karen about the parking",
        "dont be such a debbie downer",
        "my mom said no and that was that",
        "my ex texted 'hey' and nothing else",
        "i think my boss hates me",
        "ordered a new ps5 controller, {price} 💸",
        "iphone 15 battery is trash",
        "room 214, third floor, the lift is broken again",
        "50/50 on going out tonight",
        "24/7 thinking about u",
        "i'll be there by {time}, save me a seat",
        "it took me {count} tries to parallel park lmao",
        "i hope the dentist isn't too bad tmrw",
        "bill nye the science guy was my whole childhood",
        "happy birthday to me i guess 🎂",
        "i lost {count} kg since january!!",
        "we lost 3-1 and i'm not ok",
        "i've watched this episode like {count} times",
        "ios 17.4.1 broke my alarm, i was late",
        "its freezing, like -3 out",
        "i wish i could just sleep for a week",
        "tell me something nice pls",
        "the will reading is on friday and my family is already fighting",
        "hope is a dangerous thing for a woman like me to have",
        "my dog ate a whole loaf of bread",
        "can u help me write a text to my sister without sounding passive aggressive",
    ],
    "de": [
        "ist das dein ernst?? 😂",
        "ich hoffe morgen wird besser",
        "im mai fahren wir vielleicht ans meer",
        "sei mal ehrlich, war ich zu viel gestern",
        "bin {height} groß und er ist kleiner, ist das komisch",
        "hab nur 4 stunden geschlafen",
        "es ist {time} und ich lieg noch im bett",
        "alle wege führen nach rom, sagt meine oma immer",
        "digga ich bin so müde",
        "kannst du mir helfen ne nachricht an meine schwester zu schreiben",
        "hab mir nen döner für {price} geholt, bestes leben",
        "der zug hat {count} minuten verspätung, wie immer",
        "{year} war echt ein scheißjahr",
        "ich hab heute ne ganze packung tempos verbraucht 🤧",
        "lass uns morgen facetimen",
        "ich bin kein einstein aber das war dumm",
        "mein akku ist bei {count}%",
        "sprachnachricht (0:52): jaa also nichts besonderes, wollte nur kurz hallo sagen",
        "mein ex hat 'hey' geschrieben. nur hey.",
        "wir haben 2:1 verloren, ich bin fertig",
        "ich hab so bock auf sommer",
        "die rose auf meinem tattoo ist total verblasst",
        "frank und frei: ich mag dich",
        "wolf im schafspelz, sag ich doch",
    ],
    "fr": [
        "pierre qui roule n'amasse pas mousse comme dit mamie",
        "jsuis crevée mdr",
        "j'espère que demain ça ira mieux",
        "paris s'est pas fait en un jour hein",
        "t'as laissé la lumière ? c'est pas versailles ici",
        "je fais {height}, c'est grand pour une fille ?",
        "j'ai dormi 3 heures, je suis un zombie",
        "il est {time} et je suis encore au lit",
        "ptdr t'es sérieux",
        "en {year} j'avais une frange horrible",
        "j'ai pris un kebab à {price}, la belle vie",
        "le rer a {count} minutes de retard évidemment",
        "passe-moi un sopalin stp",
        "on se fait un facetime ce soir ?",
        "batterie à {count}% grouille-toi",
        "mon ex m'a écrit 'cc' et rien d'autre",
        "on a perdu 3-1, je suis dégoûté",
        "tkt c'est rien",
        "ma grand-mère a encore appelé {count} fois aujourd'hui",
        "la vie en rose c'est pas pour moi ce mois-ci",
        "c'est la rentrée dans {count} jours 😭",
        "j'ai pas la force ce soir",
        "aide-moi à écrire un message à ma sœur sans être passive-agressive",
        "une constance dans ma vie : être en retard",
    ],
    "es": [
        "quien se fue a sevilla perdió su silla jaja",
        "se fue la luz en todo el barrio 😩",
        "tengo unos dolores de cabeza horribles",
        "qué soledad de domingo",
        "ojalá mañana sea mejor",
        "mido {height}, es mucho para una chica?",
        "dormí 3 horas, estoy muerta",
        "son las {time} y sigo en la cama",
        "no se ganó zamora en una hora",
        "en {year} llevaba un flequillo horrible",
        "me compré un bocata por {price}, la vida es bella",
        "el metro va con {count} minutos de retraso",
        "pásame un kleenex porfa",
        "hacemos facetime luego?",
        "me queda un {count}% de batería date prisa",
        "mi ex me escribió 'hola' y ya",
        "perdimos 3-1, estoy fatal",
        "tranqui, no pasa nada",
        "que en paz descanse mi planta 🌱",
        "la estrella del partido fue el portero",
        "ayúdame a escribirle a mi hermana sin parecer borde",
        "xd no puedo más",
        "mañana es domingo por fin",
        "tengo la esperanza de que me conteste",
    ],
    "it": [
        "tutte le strade portano a roma, dice mia nonna",
        "che gioia oggi, finalmente sole ☀️",
        "stasera è una serata serena",
        "speriamo che domani vada meglio",
        "sono alta {height}, è tanto per una ragazza?",
        "ho dormito 4 ore, sono uno zombie",
        "sono le {time} e sono ancora a letto",
        "vedi napoli e poi muori ahah",
        "nel {year} avevo una frangia orribile",
        "mi sono presa un panino a {price}, che vita",
        "il treno ha {count} minuti di ritardo, come sempre",
        "passami lo scottex",
        "facciamo facetime dopo?",
        "batteria al {count}%, sbrigati",
        "il mio ex mi ha scritto 'ciao' e basta",
        "abbiamo perso 3-1, sto malissimo",
        "tranqui, tutto ok",
        "boh raga non so che fare",
        "guarda le stelle stanotte, sono bellissime",
        "sono felice oggi, davvero",
        "aiutami a scrivere a mia sorella senza sembrare acida",
        "cmq non è la fine del mondo",
        "mia nonna ha chiamato {count} volte oggi",
        "buon natale in anticipo ahah",
    ],
}
