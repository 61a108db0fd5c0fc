"""The *blind* split of the PII benchmark corpus (issue 5, round 4).

Written on 2026-11-23 before any round-4 engine change, from how people write in chat, without
reading the other splits' templates, and committed before the engine was changed. It is run
once, with the final round-4 engine: that first run is the figure of generalisation. Nobody
looks at its per-message misses before that run, and nothing is tuned on it.

Names, surnames, places, organisations (employers, schools, universities, teams, shops),
streets, handles and e-mail users are new (no name of another split; checked with a script).
Ages come in the shapes chat uses ("24f", "24 yo", "25/f/<town>", "just turned 30",
"turning 25 next week", "ich bin 25", "j'ai 25 ans", "tengo 25 años", "ho 25 anni", "25 anni
compiuti", someone else's age); birthdays with and without a year, ordinals and numeric dates.
A decade ("in my 30s") is not labelled: it is a bucket, not a value. Negatives: numbers that
look like ages (minutes away, room numbers, years of experience, scores, levels, gates, models),
"work at home"-like phrases, birthday talk without a date, names that are words.
"""

from __future__ import annotations

import random


def _words(text: str, separator: str | None = None) -> list[str]:
    return text.split(separator)


NAMES = {
    "en": _words(
        "Maddie Brody Tierney Ruairi Harriet Cerys Latoya Keisha Trinity Hadley Kinsley Reese "
        "Shelby Darcy Ollie Tilly Lottie Finlay Mackenzie Anika Rohan Arjun Ivy Wren Marnie "
        "Braxton Kendra Tanisha Imani Zainab Kofi Desmond Peyton Greer Bronwyn Hamish Tegan "
        "Briony Jarrah"
    ),
    "de": _words(
        "Hauke Kerstin Dörte Gesa Joris Bastian Leonie Tjark Jonte Lenja Korbinian Vroni Quirin "
        "Resi Sepp Wenzel Almut Ulrike Benedikt Philippa Jarne Kalle Hinnerk Birte Imke"
    ),
    "fr": _words(
        "Lilou Maëlle Noémie Gaëtan Ophélie Timéo Gwendal Soizic Maïwenn Coralie Perrine Jordane "
        "Kylian Bérénice Enora Aurèle Léandre Évan Clotilde Armelle Thibault Clovis Gwenaëlle"
    ),
    "es": _words(
        "Leire Itziar Macarena Agustina Florencia Brisa Fermín Iñaki Yolanda Ander Zuriñe "
        "Paloma Bruno Lautaro Maite Xabier Aroa Marcela Emiliano"
    ),
    "it": _words(
        "Matilde Rebecca Lapo Ettore Carolina Debora Gioele Gianluca Tiziana Raffaella "
        "Marcello Asia Mirko Loredana Cesare Annalisa Ludovico"
    ),
}
SURNAMES = {
    "en": _words("Whitfield Okafor Brennan Huxley Pemberton Castellano"),
    "de": _words("Schwertfeger Brandstätter Kowalczyk Hinrichs Oberhuber"),
    "fr": _words("Brochard Delacroix Morvan Lemaître Chauvin"),
    "es": _words("Iturbe Quiroga Echeverría Salcedo Villalobos"),
    "it": _words("Bellandi Scarpelli Mancuso Ferraresi Tagliaferri"),
}
PLACES = {
    "en": _words(
        "Fresno|Tulsa|Boise|Derby|Swansea|Galway|Limerick|Geelong|Hobart|Duluth|Scranton|Ipswich|"
        "Wollongong|Asheville|Nottingham|Sheffield",
        "|",
    ),
    "de": _words(
        "Stralsund|Passau|Paderborn|Wuppertal|Bregenz|Villach|Winterthur|Lörrach|Cottbus|Jena|"
        "Göttingen|Bamberg|Lüneburg",
        "|",
    ),
    "fr": _words(
        "Lorient|Vannes|Besançon|Limoges|Liège|Namur|Valence|Perpignan|Chambéry|Sherbrooke|Angers",
        "|",
    ),
    "es": _words(
        "Jaén|Logroño|Burgos|Rosario|Mendoza|Cuenca|Valparaíso|Arequipa|Mérida|Huelva|Albacete",
        "|",
    ),
    "it": _words("Piacenza|Ferrara|Gorizia|Sassari|Terni|Ancona|Udine|Salerno|Treviso|Rimini", "|"),
}
ORGS = {
    "en": _words(
        "Northwind Freight|Halcyon Health|Sainsbury's|Walgreens|Brightside Dental|Accenture|"
        "Home Depot|Kroger|Safeway|Chipotle|Marston Engineering",
        "|",
    ),
    "de": _words("Penny|Aldi Süd|Edeka|Sparkasse|Müller Logistik GmbH|Zalando|dm", "|"),
    "fr": _words("RATP|Intermarché|Fnac|La Poste|Crédit Agricole|Ubisoft|Auchan", "|"),
    "es": _words("Eroski|Inditex|Sanitas|Primark|Iberdrola|BBVA", "|"),
    "it": _words("Eurospin|Lavazza|Poste Italiane|Intesa Sanpaolo|Ducati|Conad", "|"),
}
SCHOOLS = {
    "en": _words("Ridgeview High|Ohio State|UCLA|King's College|Pinecrest Academy", "|"),
    "de": _words("TU Dresden|Uni Mannheim|Hochschule Bremen|LMU", "|"),
    "fr": _words("Sciences Po|la Sorbonne|l'INSA Lyon|Dauphine", "|"),
    "es": _words("Complutense|Universidad de Salamanca|Autónoma|Politécnica", "|"),
    "it": _words("Politecnico di Milano|Politecnico di Torino|liceo Galilei|liceo Volta", "|"),
}
TEAMS = {
    "en": _words("Riverside Rovers|Leeds Rhinos|Millbrook Hornets", "|"),
    "de": _words("FC Ingolstadt|TSV Eichenau|SV Werder", "|"),
    "fr": _words("Stade Rennais|AS Nancy|RC Lens", "|"),
    "es": _words("Real Betis|CD Leganés|Rayo Vallecano", "|"),
    "it": _words("Atalanta|Udinese|Ascoli", "|"),
}
STREETS = {
    "en": ["{n} Juniper Lane", "{n} Kestrel Rd", "{n} Whitmore Avenue apt 3b", "{n} Harbour St"],
    "de": ["Lindenallee {n}", "Am Mühlbach {n}", "Kastanienweg {n}b", "Schillerstraße {n}"],
    "fr": ["{n} avenue des Tilleuls", "{n} rue Pasteur", "{n} bis rue des Lilas"],
    "es": ["calle Alcalá {n}", "avenida de la Constitución {n}", "c/ Olmos {n}, 2º B"],
    "it": ["via Garibaldi {n}", "corso Vittorio Emanuele {n}", "viale dei Pini {n}"],
}
HANDLES = ["wren.xo", "kofi_k", "iker.zz", "maelle_b", "lapo.99", "tjark_", "brisa.luna"]
EMAIL_USERS = ["maddie.w", "hauke_h", "oce.ane", "itziar88", "lapo.b", "kofi.k"]
OBF_EMAILS = [
    "maddie dot w at gmail dot com",
    "hauke(at)example.de",
    "oce.ane [at] example [dot] fr",
    "itziar88 arroba gmail punto com",
    "lapo.b chiocciola example.it",
]

MONTHS = {
    "en": _words(
        "january february march april may june july august september october november december"
    ),
    "de": _words("Januar Februar März April Mai Juni Juli August September Oktober November Dez"),
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
    if 11 <= day <= 13:
        return f"{day}th"
    return f"{day}{ {1: 'st', 2: 'nd', 3: 'rd'}.get(day % 10, 'th') }"


def dob(r: random.Random, lang: str) -> str:
    """A birthday as people type it: with or without a year, words, ordinals or digits."""
    day, month, year = r.randint(1, 28), r.randint(1, 12), r.randint(1966, 2006)
    name = MONTHS[lang][month - 1]
    short = name[:3]
    forms = {
        "en": [
            f"{name} {_ordinal(day)}",
            f"{_ordinal(day)} of {name}",
            f"{short} {day}",
            f"{month}/{day}",
            f"{month}/{day}/{str(year)[2:]}",
            f"{name} {day} {year}",
            f"{day}.{month}.{year}",
        ],
        "de": [
            f"{day}. {name}",
            f"{day}.{month}.",
            f"{day:02d}.{month:02d}.{year}",
            f"{day}.{month}.{str(year)[2:]}",
        ],
        "fr": [
            f"{day} {name}",
            f"{day}/{month}",
            f"{day} {name} {year}",
            f"{day:02d}/{month:02d}/{year}",
        ],
        "es": [
            f"{day} de {name}",
            f"{day}/{month}",
            f"{day} de {name} del {year}",
            f"{day}-{month}-{year}",
        ],
        "it": [
            f"{day} {name}",
            f"{day}/{month}",
            f"{day} {name} {year}",
            f"{day}/{month}/{str(year)[2:]}",
        ],
    }[lang]
    return r.choice(forms)


# Templates: {TYPE} is a labelled PII slot, {time} {price} … are unlabelled distractors.
PII_TEMPLATES = {
    "en": [
        # ages
        "{AGE}f, bored at home, anyone wanna talk",
        "{AGE} m here lol",
        "{AGE}/f/{LOCATION}",
        "m/{AGE}/{LOCATION} looking for someone to talk to",
        "{AGE} yo and still cant cook",
        "im {AGE}yo if that matters",
        "just turned {AGE} last week and i feel ancient",
        "turning {AGE} next month ugh",
        "i'll be {AGE} in {count} days",
        "how old am i? {AGE}",
        "age {AGE}, single, no kids",
        "im only {AGE} tho",
        "{AGE} years young haha",
        "my brother is {AGE} and still lives with our mom",
        "my gf just turned {AGE}",
        "she's {AGE} and he's {AGE}, weird right",
        "asl? {AGE} f {LOCATION}",
        "i'm a {AGE} year old nurse",
        "as a {AGE}yo guy i think thats fair",
        # birthdays
        "my bday is {DOB} btw",
        "my birthday's on {DOB} so save the date lol",
        "born {DOB}, capricorn obviously",
        "i was born on {DOB}",
        "bday: {DOB}",
        "its my birthday on {DOB}!!",
        "i was born in {YEAR_DOB} so do the math",
        "dob is {DOB} for the form",
        "my birthday is the {DOB}",
        "b-day {DOB}, dont forget",
        # organisations
        "i work at {ORGANIZATION} in the warehouse",
        "im a cashier at {ORGANIZATION}",
        "just got hired by {ORGANIZATION}!!",
        "i go to {SCHOOL}",
        "i'm a junior at {SCHOOL}",
        "studying nursing at {SCHOOL}",
        "been working for {ORGANIZATION} for {count} years",
        "my boss at {ORGANIZATION} is a nightmare",
        "i play for {TEAM} on saturdays",
        "got an internship at {ORGANIZATION} finally",
        "quit my job at {ORGANIZATION} today",
        "i teach at {SCHOOL}",
        "night shifts at {ORGANIZATION} are killing me",
        # people
        "{PERSON} says hi",
        "went to the movies with {PERSON} last night",
        "i told {PERSON} about u",
        "{PERSON} is coming over at {time}",
        "gonna see {PERSON} tomorrow",
        "me and {PERSON} broke up",
        "my sister {PERSON} thinks ur cute",
        "have u met {PERSON}? shes so funny",
        "{PERSON} and i are going to the gym",
        "hey its {PERSON}, new number",
        "name's {PERSON}",
        "i'm {PERSON} {SURNAME}, nice to meet you",
        "hi {PERSON}! how was ur day",
        "love u {PERSON} ❤️",
        "thx {PERSON}",
        "ugh {PERSON} won't stop texting me",
        "my ex {PERSON} showed up at my work",
        "ask {PERSON}, she knows",
        "{PERSON}'s party was wild",
        "ok so {PERSON} just called me",
        "u remind me of {PERSON}",
        "my best friend is called {PERSON}",
        # other types
        "hmu at {EMAIL}",
        "email: {OBF_EMAIL}",
        "my cell is {PHONE}, text dont call",
        "whats my number again… oh {PHONE}",
        "im at {ADDRESS} if u wanna come by",
        "ship it to {ADDRESS} pls",
        "i'm from {LOCATION} but i live in {LOCATION} now",
        "currently in {LOCATION} visiting family",
        "snap is {HANDLE}",
        "ig: {HANDLE}",
        "my insta is {HANDLE} follow back",
        "card number {CREDIT_CARD}",
        "social is {US_SSN}",
        "my ip shows {IP_ADDRESS}",
        "check my page {URL}",
        "transfer to {IBAN} thx",
    ],
    "de": [
        "{AGE}w aus {LOCATION}, wer schreibt?",
        "bin {AGE} und komme aus {LOCATION}",
        "ich bin {AGE} jahre alt",
        "ich werde nächste woche {AGE}",
        "bin gerade {AGE} geworden 🎉",
        "mein bruder ist {AGE}",
        "{AGE} jahre und immer noch kein führerschein lol",
        "alter: {AGE}",
        "ich hab am {DOB} geburtstag",
        "geboren am {DOB}",
        "mein geburtstag ist der {DOB}",
        "bin {YEAR_DOB} geboren",
        "geb. {DOB}",
        "ich arbeite bei {ORGANIZATION}",
        "ich mach eine ausbildung bei {ORGANIZATION}",
        "ich studiere an der {SCHOOL}",
        "bin im dritten semester an der {SCHOOL}",
        "spiele beim {TEAM} in der zweiten mannschaft",
        "hab bei {ORGANIZATION} gekündigt",
        "mein chef bei {ORGANIZATION} nervt",
        "{PERSON} lässt grüßen",
        "war gestern mit {PERSON} im kino",
        "hab {PERSON} davon erzählt",
        "{PERSON} kommt heute abend vorbei",
        "hallo, ich bin {PERSON}",
        "ich heiße {PERSON} {SURNAME}",
        "meine schwester {PERSON} findet dich süß",
        "grüße an {PERSON}",
        "danke {PERSON}!",
        "lg {PERSON}",
        "meine mail ist {EMAIL}",
        "ruf mich an: {PHONE}",
        "ich wohne in der {ADDRESS}",
        "bin grad in {LOCATION}",
        "insta: {HANDLE}",
        "überweis es auf {IBAN}",
        "meine ip ist {IP_ADDRESS}",
    ],
    "fr": [
        "{AGE} ans, {LOCATION}, et toi ?",
        "j'ai {AGE} ans et toujours chez mes parents",
        "moi c'est {PERSON}, {AGE} ans",
        "je viens d'avoir {AGE} ans",
        "j'aurai {AGE} ans la semaine prochaine",
        "mon frère a {AGE} ans",
        "h {AGE} ans cherche à discuter",
        "âge : {AGE}",
        "je suis née le {DOB}",
        "mon anniv c'est le {DOB}",
        "né en {YEAR_DOB}",
        "mon anniversaire est le {DOB}",
        "je bosse chez {ORGANIZATION}",
        "je travaille à la {ORGANIZATION} depuis {count} ans",
        "je suis en stage chez {ORGANIZATION}",
        "je suis étudiante à {SCHOOL}",
        "je suis en master à {SCHOOL}",
        "je joue au {TEAM}",
        "mon patron chez {ORGANIZATION} est relou",
        "{PERSON} te passe le bonjour",
        "je suis sortie avec {PERSON} hier",
        "j'ai dit à {PERSON} de venir",
        "{PERSON} arrive à {time}",
        "salut, c'est {PERSON}",
        "je m'appelle {PERSON} {SURNAME}",
        "ma sœur {PERSON} te trouve mignon",
        "merci {PERSON} !",
        "bisous {PERSON}",
        "mon mail : {EMAIL}",
        "appelle-moi au {PHONE}",
        "j'habite {ADDRESS}",
        "je suis à {LOCATION} ce week-end",
        "mon insta c'est {HANDLE}",
        "mon rib : {IBAN}",
    ],
    "es": [
        "{AGE} años, de {LOCATION}",
        "tengo {AGE} años y ningún plan para el finde",
        "acabo de cumplir {AGE}",
        "cumplo {AGE} el mes que viene",
        "mi hermana tiene {AGE}",
        "chico de {AGE} busca conversación",
        "edad: {AGE}",
        "nací el {DOB}",
        "mi cumple es el {DOB}",
        "nací en {YEAR_DOB}",
        "mi cumpleaños es el {DOB}, apúntalo",
        "trabajo en {ORGANIZATION} de cajera",
        "curro en {ORGANIZATION}",
        "estudio en la {SCHOOL}",
        "voy a la {SCHOOL} desde septiembre",
        "hago prácticas en {ORGANIZATION}",
        "juego en el {TEAM}",
        "mi jefe en {ORGANIZATION} es insoportable",
        "{PERSON} te manda saludos",
        "ayer quedé con {PERSON}",
        "le conté a {PERSON} lo nuestro",
        "{PERSON} viene a las {time}",
        "hola, soy {PERSON}",
        "me llamo {PERSON} {SURNAME}",
        "mi prima {PERSON} dice que eres majo",
        "gracias {PERSON}",
        "besos, {PERSON}",
        "mi correo: {OBF_EMAIL}",
        "llámame al {PHONE}",
        "vivo en {ADDRESS}",
        "ahora estoy en {LOCATION}",
        "mi insta es {HANDLE}",
        "hazme el bizum o transfiere a {IBAN}",
    ],
    "it": [
        "{AGE} anni, {LOCATION}",
        "ho {AGE} anni e vivo ancora con i miei",
        "ho appena compiuto {AGE} anni",
        "{AGE} anni compiuti ieri",
        "compio {AGE} anni a maggio",
        "mio fratello ha {AGE} anni",
        "età: {AGE}",
        "sono nata il {DOB}",
        "il mio compleanno è il {DOB}",
        "sono del {YEAR_DOB}",
        "nato il {DOB}",
        "lavoro da {ORGANIZATION}",
        "lavoro in {ORGANIZATION} da {count} anni",
        "faccio lo stage in {ORGANIZATION}",
        "studio al {SCHOOL}",
        "frequento il {SCHOOL}",
        "gioco nell'{TEAM} juniores",
        "il mio capo da {ORGANIZATION} è pesante",
        "{PERSON} ti saluta",
        "ieri sono uscita con {PERSON}",
        "ho detto a {PERSON} di venire",
        "{PERSON} arriva alle {time}",
        "ciao, sono {PERSON}",
        "mi chiamo {PERSON} {SURNAME}",
        "mia cugina {PERSON} dice che sei carino",
        "grazie {PERSON}!",
        "un bacio, {PERSON}",
        "la mia mail è {EMAIL}",
        "chiamami al {PHONE}",
        "abito in {ADDRESS}",
        "sono a {LOCATION} per lavoro",
        "il mio ig è {HANDLE}",
        "fammi un bonifico su {IBAN}",
    ],
}

CLEAN_TEMPLATES = {
    "en": [
        "i'm {count} minutes away",
        "room {count} on the second floor",
        "she has {count} years of experience in sales",
        "we moved here in {year}",
        "the iphone 15 is {price} now??",
        "i'm in my 30s and still love cartoons",
        "happy birthday!! 🎂",
        "my mom's birthday is tomorrow and i forgot a gift",
        "i work at home most days",
        "i work for myself, freelance",
        "studying at the library till {time}",
        "gate {count}, boarding at {time}",
        "took bus {count} to get here",
        "level {count} and i'm stuck",
        "i'm 6'2 if that matters",
        "it's {count} degrees out, way too hot",
        "we won 3-1 today",
        "chapter {count} is so sad",
        "i slept {dur} lol",
        "that costs {price}, no thanks",
        "can we talk at {time}?",
        "my grandma still beats me at cards",
        "born and raised a dog person",
        "i feel like i'm 80 today",
        "summer is my favourite season",
        "will you call me later?",
        "the party is on the 12th, you coming?",
        "i've been at this job for {count} years",
        "top {count} songs of {year}",
        "the company is hiring again",
        "i go to school by bike",
        "my team lost again",
        "{count} people showed up, crazy",
        "i'm {height} and she's taller lol",
        "ps5 or xbox?",
        "tell me about your day",
        "i told you so",
        "gonna see a movie later",
        "just turned off my phone for a bit",
        "turning in early tonight",
    ],
    "de": [
        "bin in {count} minuten da",
        "zimmer {count}, zweiter stock",
        "ich arbeite heute von zuhause",
        "wir sind {year} umgezogen",
        "alles gute zum geburtstag!",
        "meine mutter hat morgen geburtstag",
        "der zug hat {dur} verspätung",
        "kostet {price}, zu teuer",
        "wir haben 2:1 gewonnen",
        "ich bin total müde heute",
        "treffen wir uns um {time}?",
        "ich hab {count} jahre erfahrung im verkauf",
        "bin mit dem bus {count} gefahren",
        "die Schule fängt um {time} an",
        "bin ende 20 und fühl mich wie 80",
    ],
    "fr": [
        "j'arrive dans {count} minutes",
        "chambre {count}",
        "je travaille chez moi aujourd'hui",
        "on a déménagé en {year}",
        "joyeux anniversaire !!",
        "c'est l'anniversaire de ma mère demain",
        "ça coûte {price}",
        "on a gagné 3 à 1",
        "je suis crevée ce soir",
        "on se voit à {time} ?",
        "elle a {count} ans d'expérience",
        "le bus {count} est en retard",
        "j'ai la trentaine et j'adore les dessins animés",
        "j'ai {count} chats à la maison",
        "il fait {count} degrés",
    ],
    "es": [
        "llego en {count} minutos",
        "habitación {count}",
        "hoy trabajo desde casa",
        "nos mudamos en {year}",
        "feliz cumple!!",
        "mañana es el cumple de mi madre",
        "cuesta {price}",
        "ganamos 2 a 0",
        "estoy muerta de sueño",
        "quedamos a las {time}?",
        "tiene {count} años de experiencia",
        "cogí el autobús {count}",
        "tengo {count} gatos en casa",
        "tengo 30 y pico y sigo igual",
        "hace {count} grados",
    ],
    "it": [
        "arrivo tra {count} minuti",
        "camera {count}",
        "oggi lavoro da casa",
        "ci siamo trasferiti nel {year}",
        "buon compleanno!!",
        "domani è il compleanno di mia madre",
        "costa {price}",
        "abbiamo vinto 2 a 1",
        "sono stanchissima",
        "ci vediamo alle {time}?",
        "ha {count} anni di esperienza",
        "ho preso il bus {count}",
        "ho {count} gatti a casa",
        "il treno ha {count} minuti di ritardo",
        "ci sono {count} gradi",
    ],
}
