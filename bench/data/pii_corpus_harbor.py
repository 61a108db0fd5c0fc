"""The "harbor" split of the PII benchmark: value lists, date and phone styles, templates.

Written on 2026-12-07 by someone who had not read the PII engine, its tests, its results or the
other splits' templates, before the engine round it tests. Only the generator's plumbing in
pii_corpus.py was read (to plug in), and the other splits' value lists were compared by script so
that no name, place, employer, street, handle or address repeats theirs. The messages are what
adults type into a companion chat app: flirting, venting, family, exes, work, plans, health,
money, moving house, dating apps. Its first run is the figure of generalisation; every later run
has been seen.

    python bench/data/pii_corpus.py --split harbor
"""

from __future__ import annotations

import random


def _words(text: str, separator: str | None = None) -> list[str]:
    return text.split(separator)


# First names people in each language's countries actually carry: classic, modern and those of
# immigrant communities. Split by gender so that templates with "she", "il", "sie" agree.
NAMES_F = {
    "en": _words(
        "Maddison Chidinma Funmilayo Anjali Yasmin Lacey Everly Marguerite Kimberley Shireen "
        "Brynlee Jazmine Manpreet Gurleen Nkechi Yewande Temitope Thandiwe Letitia Grainne Orla "
        "Nuala Kerry-Ann Tracey Janice Kaylee Delilah Lyra Farah Malia Thao Ngoc Rosalie "
        "Georgina Octavia"
    ),
    "de": _words(
        "Henrike Melike Jovana Antje Friederike Mareike Hiltrud Ingeborg Liselotte Sigrid Elke "
        "Marlies Hilke Okka Inken Gesine Mathea Henni Gülşen Şeyma Olesya Jekaterina Milica "
        "Małgorzata Ewelina Meryem"
    ),
    "fr": _words(
        "Soline Ségolène Quitterie Albane Hortense Philippine Blanche Joséphine Gwenola Katell "
        "Solenn Nadège Huguette Paulette Évelyne Fabienne Murielle Christelle Ludivine Mélissa "
        "Maïssa Ilyana Dounia Oumou Bintou"
    ),
    "es": _words(
        "Abril Zaira Maialen Oihana Haizea Edurne Rosalía Encarnación Socorro Soledad Fuensanta "
        "Covadonga Manoli Maripili Eulalia Roser Queralt Carlota Nahir Yamila Dayana Yuliana"
    ),
    "it": _words(
        "Mariagrazia Addolorata Samanta Monia Deborah Lorella Gessica Rosetta Titti Mimma "
        "Wilma Ivana Elvira Gelsomina Mafalda Sanaa Hiba Andreea Mihaela"
    ),
}
NAMES_M = {
    "en": _words(
        "Owain Wyatt Hywel Iolo Emrys Ruaridh Struan Torquil Eoghan Kian Dermot Malachy Eamonn "
        "Tiernan Jolyon Darius Lamar Rashad Winston Delroy Errol Chinedu Olumide Babatunde "
        "Segun Pranav Aditya Jaswinder Kuldeep Usman Shoaib Nasir Danyal Tuan Hieu Colby Kyler "
        "Beckett Rhett Bowen Duane Lonnie Vernon Reg Baz Kev"
    ),
    "de": _words(
        "Hark Jost Broder Frerk Okke Thede Harm Folkert Sönke Torge Lennart Bjarne Klaus-Dieter "
        "Hans-Jürgen Ulf Kai-Uwe Erkan Ugur Tayfun Dariusz Krzysztof Grzegorz Dimitri Witali "
        "Nikola Miroslav"
    ),
    "fr": _words(
        "Jérôme Jean-Baptiste Grégoire Foulques Enguerrand Ghislain Amaury Gurvan Tugdual Ewen "
        "Mathurin Wassim Ibrahima Modou"
    ),
    "es": _words(
        "Curro Jacinto Eloy Koldo Urko Julen Quim Genís Fede Tito Luismi Chus Goyo Lalo Aurelio "
        "Baldomero Florentino Hilario Isidoro Maximino Teodoro Wilfredo Yeison Stiven "
        "Abdelkader"
    ),
    "it": _words(
        "Piergiorgio Corrado Ruggero Amedeo Ermanno Gualtiero Ubaldo Arduino Pippo Saro Biagio "
        "Ivano Mihai Ionut Arben Klodian Ergys"
    ),
}
NAMES = {lang: NAMES_F[lang] + NAMES_M[lang] for lang in NAMES_F}
SURNAMES = {
    "en": _words(
        "Brannigan|Whitlock|Mulligan|Greaves|Thistlewood|Abernathy|Enwright|Fairbairn|"
        "Hollingsworth|Kettering|Lockhart|Macready|Nettleton|Ogunleye|Quigley|Rafferty|"
        "Sutcliffe|Tolliver|Vickery|Wainwright|Yardley|Bhattacharya|Dhillon|Sandhu|Grewal|"
        "Qureshi|Truong|Pham|McAllister|McTavish|O'Rourke|Duggan|Scanlon|Halloran|Treadwell|"
        "Birchall|Crowther|Haworth|Moorcroft|Ackroyd",
        "|",
    ),
    "de": _words(
        "Wendt Brinkmann Harms Ehlers Kröger Thiele Vollmer Hoppe Ostermann Wöhler Lindemann "
        "Grabowski Kaczmarek Petrović Overbeck Niehaus Kötter Hellwig Winkelmann Eichhorn"
    ),
    "fr": _words(
        "Benali|Baudry|Guillou|Quéméner|Leroux|Delannoy|Lefebvre|Joubert|Mallet|Ferrand|"
        "Traoré|Meziane|Le Bihan|Le Floch|Aït Ouali|De Smet",
        "|",
    ),
    "es": _words(
        "Larrañaga Bermúdez Quintana Vallejo Escobar Vilà Arteaga Echevarría Irigoyen Ezkurra "
        "Mújica Alcázar Bustamante Cienfuegos Valdivia Sotomayor Manzanares Peñalver Palomares "
        "Barrientos Cuadrado Luengo Tejero Ibarra Llorente Baena Miralles Sabaté Casademunt"
    ),
    "it": _words(
        "Pittau|Brambilla|Bertolini|Lo Presti|Scuderi|Cannizzaro|Sciortino|Zappalà|Iannone|"
        "Capuano|Abbate|Tedesco|Bassi|Zanon|Furlan|Dal Bianco|Zago|Bortolotti|Tonelli|Mazzoni|"
        "Guidi|Benvenuti",
        "|",
    ),
}
# Towns, cities and a few states or regions that take no article: the templates say "in {LOCATION}",
# "à {LOCATION}", "a {LOCATION}", so countries and regions that need one ("in der Türkei",
# "en Bretagne") are left out.
PLACES = {
    "en": _words(
        "Milton Keynes|Lagos|Manila|Stoke|Grimsby|Penrith|Lancaster|Taunton|Truro|Torquay|"
        "Weymouth|Salisbury|Basingstoke|Slough|Folkestone|Hastings|Eastbourne|Stirling|"
        "Cedar Rapids|Green Bay|Flint|Mobile|Charleston|Buffalo|Albany|Burlington|Cairns|"
        "Christchurch|Montana|Oregon|"
        "Alabama|Ontario|Alberta|Nova Scotia|Tasmania|Queensland",
        "|",
    ),
    "de": _words(
        "Leer|Schleswig|Neumünster|Itzehoe|Landau|Pforzheim|Ravensburg|Lindau|Kaufbeuren|"
        "Traunstein|Hof|Eichstätt|Gotha|Suhl|Freiberg|Wittenberg|Stendal|"
        "Brandenburg an der Havel|Tirol|Kärnten|"
        "Nordhorn|Papenburg|Vechta|Cloppenburg|Delmenhorst|Soltau|Uelzen|Halberstadt|"
        "Nordhausen|Meiningen|Greiz|Altenburg|Pirna|Torgau|Annaberg-Buchholz|Zittau|Prenzlau|"
        "Neuruppin|Bad Segeberg|Eutin|Plön|Ratzeburg|Elmshorn|Ansbach|Dinkelsbühl|Nördlingen|"
        "Altötting|Berchtesgaden|Starnberg|Füssen|Oberstdorf",
        "|",
    ),
    "fr": _words(
        "Marrakech|Alger|Dakar|Tulle|Hyères|Cannes|Gap|Moulins|Chartres|Saint-Lô|Alençon|Laon|"
        "Lens|Verdun|Lons-le-Saunier|Chaumont|Mons|Sion|Tunis|Casablanca|Vierzon|Auch|Cahors|"
        "Sarlat|Fougères|Vitré|Concarneau|Douarnenez|Paimpol|Granville|Honfleur|Bayeux|"
        "Cambrai|Hazebrouck|Armentières|Sedan|Haguenau|Thionville|Forbach|Lunéville|"
        "Pontarlier|Annonay|Aubenas|Digne|Manosque|Carpentras|Cavaillon|Salon-de-Provence|"
        "Martigues|Draguignan|Grasse|Porto-Vecchio",
        "|",
    ),
    "es": _words(
        "México|Lorca|Vic|Calatayud|Durango|Chiclana|Mijas|Las Rozas|Majadahonda|Formentera|"
        "Fuerteventura|La Palma|Gran Canaria|Guayaquil|La Paz|Santa Cruz|Monterrey|Puebla|"
        "Oaxaca|Tijuana|La Habana|San Juan|Managua|San José",
        "|",
    ),
    "it": _words(
        "Jesolo|Bassano del Grappa|Massa|Assisi|Fermo|Urbino|Senigallia|Amalfi|Vibo Valentia|"
        "Enna|Sestri Levante|Cefalù|Noto|Modica|Gallipoli|Otranto|Ostuni|Polignano|Bitonto|"
        "Gubbio|Todi|Montepulciano|Cortona|Volterra|San Gimignano|Cervia|Riccione|Cittadella|"
        "Castelfranco Veneto|Conegliano|Thiene|Gallarate|Saronno|Vigevano|Voghera|Treviglio|"
        "Salò|Abano Terme|Montecatini|Pontedera|Lamezia Terme|Tropea|Bagheria|Carbonia|"
        "Tempio Pausania",
        "|",
    ),
}
# Employers: shops, chains, hospitals, firms, cafés and brands someone works for.
ORGS = {
    "en": _words(
        "Northgate General|Kessler & Vane|Hollis Freight|Copper Kettle Café|Lush|B&M|Iceland|"
        "Co-op|Timpson|Wickes|Dunelm|Hobbycraft|Harvester|easyJet|Openreach|Lloyds|Nationwide|"
        "Aviva|G4S|Balfour Beatty|Rolls-Royce|Dyson|Dollar Tree|Rite Aid|Menards|Sam's Club|"
        "Dunkin'|Wendy's|Taco Bell|USPS|T-Mobile|Mercy Hospital|Ernst & Young|Salesforce|"
        "Nvidia|Lockheed|Pfizer|Hallmark|Victoria's Secret|Hollister|GameStop|Michaels|"
        "Pemberton Haulage|Fairview Care Home|Sunnyside Nursery|Redwood Vets|"
        "Blue Anchor Bakery|Grindstone Coffee|Larkspur Florists|Ironbridge Joinery|"
        "Harbourside Dental|Calder Valley Buses",
        "|",
    ),
    "de": _words(
        "Bäckerei Schäfer|Autohaus Brenner|Aldi Nord|Bauhaus|Thalia|Hugendubel|Flaschenpost|"
        "Lieferando|Ergo|DAK|Helios|Sana Klinikum|Uniklinik Eppendorf|Evonik|Merck|Boehringer|"
        "Vorwerk|Kärcher|Ritter Sport|Rügenwalder|Krombacher|Adidas|Puma|Hugo Boss|"
        "Birkenstock|Hochbahn|Fielmann|Apollo Optik|Block House|Pflegedienst Sonnenschein|"
        "Kita Regenbogen|Gärtnerei Hofmann|Tischlerei Brandes|Eiscafé Venezia",
        "|",
    ),
    "fr": _words(
        "Cora|Boulanger|Camaïeu|Etam|Pharmacie du Centre|Ladurée|Banque Populaire|"
        "La Banque Postale|Axa|Hôpital Foch|Alstom|Ricard|Hermès|Chanel|Dior|Sézane|"
        "Petit Bateau|Blablacar|Doctolib|Vinted|Leboncoin|Deliveroo|Uber Eats|"
        "boulangerie Au Bon Pain|pâtisserie Lenôtre",
        "|",
    ),
    "es": _words(
        "Masymas|Lupa|Supercor|Decathlon España|Tous|Camper|Mayoral|Sfera|Fnac España|"
        "La Tagliatella|Cervecería 100|Chupa Chups|Freixenet|Codorníu|Vodafone España|"
        "Orange España|MásMóvil|Mutua Madrileña|Hospital Sant Pau|Osakidetza|EMT|"
        "Mercado de San Miguel|bar Casa Paco|panadería La Espiga|farmacia Goya|"
        "autoescuela Nervión",
        "|",
    ),
    "it": _words(
        "Carrefour Italia|Lidl Italia|Penny Market|Unes|Trony|Mondadori|Giunti|Golden Point|"
        "Kiko|Pupa|Acqua di Parma|Bialetti|Kimbo|Peroni|Campari|Mulino Bianco|Rana|Buitoni|"
        "De Cecco|Garofalo|Vodafone Italia|Wind Tre|Banca Sella|Reale Mutua|Ita Airways|A2A|"
        "Hera|Iren|Lamborghini|Fendi|Geox|Policlinico Umberto I|Istituto Gaslini|Rizzoli|"
        "pasticceria Cova|trattoria da Mimmo|asilo Il Girasole",
        "|",
    ),
}
# Schools and universities. Each language's list takes one article in the templates: German
# ones are feminine ("an der"), French ones begin with a vowel ("à l'"), Spanish ones are
# feminine ("en la"), Italian ones go without one ("iscritta a").
SCHOOLS = {
    "en": _words(
        "Lakeside Community College|Kingsbridge Academy|St Aidan's|Durham uni|Birkbeck|"
        "Oakwood Primary|Glasgow Caledonian|Bath Spa|Goldsmiths|SOAS|Keele|Brunel|"
        "Leeds Beckett|Florida State|Vanderbilt|CUNY|Santa Monica College|Miami Dade College|"
        "Hillcrest High|Northfield Academy|Ravenscroft Grammar|Westfield Sixth Form",
        "|",
    ),
    "de": _words(
        "RWTH|Uni Köln|Uni Potsdam|HU Berlin|TU Braunschweig|Hochschule Fulda|FH Aachen|"
        "Bauhaus-Uni|Gesamtschule Nord|TU Ilmenau|FH Münster|Kunsthochschule Weißensee",
        "|",
    ),
    "fr": _words("ESSEC ESCP Epitech ENS EDHEC ESSCA ENSAM EPF ISEP IESEG EFREI ESTP ENSTA"),
    "es": _words("UOC UMA UJI UPNA ULL UEM UFV"),
    "it": _words("Luiss Iuav Unimore Unipd Unibo Unito Polimi Poliba"),
}
# Teams without their article, as fans write them after "tifo", "Fan von", "del", "de".
TEAMS = {
    "en": _words(
        "Man Utd|Toffees|Leeds United|Blades|Owls|Leafs|Saracens|Hammers|Magpies|Canaries|"
        "Baggies|Potters|Padres|Brewers|Mariners|Raptors|Habs",
        "|",
    ),
    "de": _words(
        "Union|Eintracht|Eisbären|THW|Preußen Münster|Alemannia|Waldhof|Energie Cottbus|"
        "Jahn Regensburg|Adler Mannheim|Rhein-Neckar Löwen|Erzgebirge Aue",
        "|",
    ),
    "fr": _words(
        "Havre AC|SM Caen|EA Guingamp|Chamois Niortais|Grenoble Foot|SC Bastia|ASVEL|"
        "Castres Olympique|Stade Rochelais|Aviron Bayonnais",
        "|",
    ),
    "es": _words(
        "Mirandés|Ponferradina|Recreativo|Xerez|Málaga CF|Hércules|Joventut|Estudiantes|"
        "Valencia Basket",
        "|",
    ),
    "it": _words(
        "Toro|Samp|Modena FC|Reyer|Triestina|Pro Vercelli|Virtus Entella|Casertana|Sambenedettese",
        "|",
    ),
}
# Street addresses in each country's own order: number first in English and French, after the
# street in German, Spanish and Italian.
STREETS = {
    "en": [
        "{n} Mulberry Close",
        "{n} Sycamore Drive",
        "{n} Pinecrest Ave",
        "{n} Elmhurst Blvd",
        "{n} Ridgeview Ct",
        "{n} Kingfisher Way",
        "{n} bramble crescent",
        "{n} Lowell Terrace",
        "{n} Foxglove Rd",
        "{n} harrow lane",
    ],
    "de": [
        "Schillerplatz {n}",
        "Heidekamp {n}",
        "fliederweg {n}",
        "Ringstr. {n}",
        "Am Deich {n}",
        "Mozartstr. {n}",
        "Birkenhof {n}",
    ],
    "fr": [
        "{n} impasse des Tilleuls",
        "{n} allée des Cerisiers",
        "{n} chemin de la Croix",
        "{n} bis rue Pasteur",
        "{n} rue des Écoles",
        "{n} avenue de la Gare",
    ],
    "es": [
        "c/ San Bernardo {n}",
        "ronda de Segovia {n}",
        "travesía del Olmo {n}",
        "calle Larios {n}",
    ],
    "it": [
        "vicolo del Moro {n}",
        "via delle Rose {n}",
        "largo Augusto {n}",
        "via San Gregorio {n}",
        "viale dei Tigli {n}",
    ],
}
HANDLES = _words(
    "hollyhock.jo m4rc0_b its.taylor.k lil_bea_ c4ptain.kev nordlicht_merle chaton.rouge "
    "la_tortilla_loca pizzaiolo.gigi __mayra__ frostbite_77 anouk.vsn xo.delphine sole.di.notte "
    "raccoon.energy koala_kris dj.hamza kitkat#4471 wrenbird.94 fiete_on_tour quitterie.bzh "
    "curro.jerez saro_ct okka.moin brynlee.xo tarquin_eats"
)
EMAIL_USERS = _words(
    "maddie.hollis kev.brannigan t.ashworth89 okka.harms broder.ehlers soline.leroux tugdual.b "
    "haizea.etx curro1992 mariagrazia.c saro.pittau pinkflamingo77"
)
EMAIL_DOMAINS = ["harbor.example.com", "me.example.org", "inbox.example.net", "home.example.net"]
# Spelled-out e-mails, in the writer's language.
OBF_EMAILS = {
    "en": [
        "maddie dot hollis at gmail dot com",
        "kev_b (at) outlook (dot) com",
        "tash underscore 89 at yahoo dot co dot uk",
    ],
    "de": ["okka punkt harms at gmx punkt de", "broder.e (ät) web.de", "sönke-k [at] t-online.de"],
    "fr": [
        "soline point l arobase gmail point com",
        "tugdual.b chez orange.fr",
        "katell (at) free (point) fr",
    ],
    "es": [
        "haizea punto etx arroba gmail punto com",
        "curro1992 (arroba) hotmail.es",
        "goyo_lorca arroba yahoo punto es",
    ],
    "it": [
        "mariagrazia punto c chiocciola libero punto it",
        "saro.pittau at alice.it",
        "ivano88 (chiocciola) virgilio punto it",
    ],
}
URLS = [
    "https://linktr.example.com/maddie.h",
    "harbor.example.org/~okka",
    "http://www.example.net/soline-photos",
    "https://example.com/blog/haizea",
    "www.example.org/u/raccoon.energy",
]
CARDS = [
    "2223003122003222",
    "36227206271667",
    "6200000000000005",
    "4532015112830366",
    "5496712233007814",
    "6011644000000009",
    "4917610000000000",
]
MONTHS = {
    "en": _words(
        "January February March April May June July August September October November December"
    ),
    "de": _words("Januar Februar März April Mai Juni Juli August September Oktober November Dez."),
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
    if day in (11, 12, 13):
        return f"{day}th"
    return f"{day}" + {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")


def dob(r: random.Random, lang: str) -> str:
    """A birth date the way people type it in chat: numeric, or with the month spelled out."""
    day, month, year = r.randint(1, 28), r.randint(1, 12), r.randint(1966, 2005)
    name = MONTHS[lang][month - 1]
    if lang == "en":
        name = name.lower() if r.random() < 0.5 else name
        styles = [
            f"{month}/{day}/{year}",
            f"{day}/{month}/{str(year)[2:]}",
            f"{name} {_ordinal(day)} {year}",
            f"{_ordinal(day)} of {name}",
            f"{day} {name[:3]} {year}",
            f"{name} {day} '{str(year)[2:]}",
        ]
    elif lang == "de":
        styles = [
            f"{day}.{month}.{year}",
            f"{day:02d}.{month:02d}.{str(year)[2:]}",
            f"{day}. {name}",
            f"{day}. {name} {year}",
        ]
    elif lang == "fr":
        first = "1er" if day == 1 else str(day)
        styles = [
            f"{day:02d}/{month:02d}/{year}",
            f"{first} {name}",
            f"{first} {name} {year}",
            f"{day}/{month}/{str(year)[2:]}",
        ]
    elif lang == "es":
        styles = [
            f"{day}/{month}/{year}",
            f"{day} de {name}",
            f"{day} de {name} del {year}",
            f"{day}-{month}-{year}",
        ]
    else:
        styles = [
            f"{day}/{month}/{year}",
            f"{day} {name}",
            f"{day} {name} {year}",
            f"{day}.{month}.{year}",
        ]
    return r.choice(styles)


def retype_phone(r: random.Random, formatted: str, lang: str) -> str:
    """A phone number as people retype it: as formatted, run together, or other separators."""
    style = r.random()
    if style < 0.45:
        return formatted
    if style < 0.65:
        # Run together, keeping a leading + of an international number.
        return ("+" if formatted.startswith("+") else "") + "".join(
            c for c in formatted if c.isdigit()
        )
    if "(" not in formatted and " " in formatted:
        return formatted.replace(" ", "." if lang in ("fr", "it") else "-")
    return formatted


# Templates: {TYPE} is a labelled PII slot, {time} {price} {dur} {height} {count} {year} are
# unlabelled distractors. PERSON_F / PERSON_M agree with the pronouns around them.
PII_TEMPLATES = {
    "en": [
        "ok so i finally met {PERSON_F} from hinge and she was even cuter irl lol",
        "my ex {PERSON_M} texted me at {time} last night like nothing happened. blocked",
        "im {AGE} and still live with my mum in {LOCATION}, dont judge me",
        "{PERSON} {SURNAME} from accounts keeps cc'ing me on everything, i could scream",
        "just got a job at {ORGANIZATION}!! start monday, wish me luck",
        "honestly i miss {LOCATION} so much, moved away {count} years ago and never settled",
        "u can text me on {PHONE} if the app plays up again",
        "my sister {PERSON_F} is getting married in june and i have to give a speech. help",
        "add me on insta its {HANDLE} 😘",
        "so {PERSON_M} said he'd call and then ghosted for {dur}. men are exhausting",
        "Work at {ORGANIZATION} was hell today, the manager made {PERSON_F} cry in the stockroom",
        "my birthday is {DOB} btw so you better remember 😤",
        "born in {YEAR_DOB}, so yeah basically ancient",
        "Moving to {LOCATION} next month for a new job at {ORGANIZATION}, kinda terrified",
        "the new flat is {ADDRESS}, come round whenever",
        "my email is {EMAIL} if you want to send me that playlist",
        "had lunch w {PERSON} and {PERSON} and they wouldnt stop talking about crypto",
        "i told my therapist about {PERSON_M} and she just went hmm for like a full minute",
        "grandad turned 90 today, the whole family went up to {LOCATION} for it",
        "im {AGE}f, {height}, and yes i'm always the tall one in photos",
        "did i tell u my dad worked at {ORGANIZATION} for {count} years and they let him go",
        "fell asleep on the train and woke up in {LOCATION} lmaooo",
        "my card number is {CREDIT_CARD}, can u book the tickets before they sell out",
        "my landlord {PERSON_M} {SURNAME} still hasnt fixed the boiler, it's been {dur}",
        "can you remember my ssn for me lol its {US_SSN}",
        "my vpn keeps putting me on {IP_ADDRESS} and netflix hates it",
        "check out my little blog {URL} i write about plants and heartbreak",
        "i went to {SCHOOL} and honestly it ruined me for group projects",
        "huge {TEAM} fan, dont even talk to me on match day",
        "{PERSON_F} and i have been friends since we were {AGE} and she still borrows my stuff",
        "tbh i only matched with {PERSON_M} bc his dog was cute",
        "my cousin {PERSON} lives in {LOCATION} and keeps saying i should visit",
        "i used to date a guy called {PERSON_M}, worst {dur} of my life",
        "my mum's number is {PHONE} in case anything happens to me on the hike",
        "Please dont tell {PERSON} i said this but i think her boyfriend is cheating",
        "my username on there is {HANDLE}, i barely post tho",
        "im from {LOCATION} originally but i've lived in {LOCATION} since uni",
        "got called in for a second interview at {ORGANIZATION}!!! {time} tomorrow",
        "{PERSON_M} from the gym asked for my number and i panicked and gave him {PHONE}",
        "we split rent, just send your half to {IBAN} whenever",
        "can u believe {PERSON_F} is {AGE} already. i remember her at like 5",
        "new number btw {PHONE}, the old one got cut off",
        "me and {PERSON_M} are going to {LOCATION} for the long weekend, first trip together",
        "my date of birth is {DOB} if the form needs it",
        "i'm a nurse at {ORGANIZATION}, nights mostly, so sorry if i reply at weird times",
        "the kids' dad {PERSON_M} has them this weekend so im all yours 😏",
        "shoot me an email at {EMAIL} and i'll send the pics from saturday",
        "ok confession: i stalked {PERSON_F}'s new boyfriend on insta. his handle is {HANDLE}",
        "my best mate {PERSON} moved to {LOCATION} and i feel kind of abandoned",
        "lol my nan still calls me by my middle name, {PERSON}",
        "apparently {PERSON_F} {SURNAME} from year 9 is a dentist now",
        "i got my degree from {SCHOOL}, cost me {price} and a nervous breakdown",
        "gonna be {AGE} next week and i havent achieved anything",
        "send the deposit to {IBAN}, reference is my surname",
        "i live at {ADDRESS} in {LOCATION}, the blue door",
        "{PERSON_M} keeps liking my old photos from {year}, is that a sign",
        "im stuck at {ORGANIZATION} till {time}, then im free",
        "my flatmate {PERSON_F} ate my leftovers AGAIN",
        "dad's in hospital in {LOCATION}, driving up tonight",
        "you can write to me at {OBF_EMAIL} when i'm off the app",
        "hey its {PERSON} again, sorry about yesterday",
        "{PERSON_F} the new girl at work is from {LOCATION} and has the best accent",
        "i literally grew up in {LOCATION}, everyone knew everyone and their business",
        "my brother {PERSON_M} is {AGE} and still plays {TEAM} fifa all night",
        "been at {ORGANIZATION} for {count} years and they still spell my name wrong",
        "when i was at {SCHOOL} i dated {PERSON_M}, absolute disaster",
        "my insta is {HANDLE} and my tiktok is {HANDLE}, dont laugh",
        "born {DOB} in {LOCATION}, raised everywhere",
        "im a {YEAR_DOB} baby, born in {LOCATION}",
        "so my boss {PERSON_F} {SURNAME} just quit out of nowhere",
        "Honestly {PERSON_M} is the only one at {ORGANIZATION} who gets me",
        "my sons teacher mrs {SURNAME} called me in again",
        "we're flying out of {LOCATION} at {time}, wish me luck with the toddler",
        "the ip on my router says {IP_ADDRESS}, is that bad",
        "my old account was {HANDLE} but i got locked out",
        "{AGE} years old and i still can't cook rice",
        "ask {PERSON} she knows everything about {LOCATION}",
        "my kid just started at {SCHOOL} and already hates maths",
        "my ex wife {PERSON_F} wants the dog. the dog is staying with me",
        "i ran into {PERSON_M} {SURNAME} at the supermarket and hid behind the cereal",
        "season ticket for {TEAM} again this year, {price} well spent",
        "portfolio's up at {URL} if you're curious what i do all day",
        "text {PERSON_F} on {PHONE}, she's got the keys",
        "we met at {ORGANIZATION} christmas party, {PERSON_M} was dressed as an elf",
        "my aunt {PERSON_F} from {LOCATION} sent me {price} for my birthday",
        "ok so update. i handed in my notice at {ORGANIZATION} today!! starting at "
        "{ORGANIZATION} in {count} weeks, pay is way better",
        "not to overshare but im {AGE}, divorced, two kids and living in {LOCATION}. still "
        "think im a catch tho",
        "we drove from {LOCATION} to {LOCATION} in one go. {dur}. never again. my back is "
        "destroyed",
        "hmu on snap {HANDLE}. or discord, same name. im on most nights after {time}",
        "Quick one: whats a good age gap? im {AGE} and the guy from bumble is {AGE}",
        "my mum grew up in {LOCATION} and my dad's from {LOCATION} so christmas is always a "
        "fight about food",
        "Applied to {SCHOOL} for a masters. if i get in i'm moving to {LOCATION}, eek",
        "cant sleep. work at {ORGANIZATION} at 6 and my brain wont shut up. just tell me "
        "something nice",
        "yeah so the parcel goes to {ADDRESS}, {LOCATION}. leave it with next door if im out",
        "my old email {EMAIL} got hacked so use this one now: {EMAIL}",
        "been thinking about moving back to {LOCATION}. rent is half what i pay here and my "
        "friends are there",
        "the bank needs my dob and address again. it's {DOB}, {ADDRESS}. why do they keep "
        "losing it",
        "i'm {AGE} next month!!! party at mine, bring snacks. {time} onwards",
        "follow my cat lol {HANDLE}, she has more followers than me",
        "lowkey considering quitting {ORGANIZATION} and opening a bakery in {LOCATION}. too mad?",
        "The interview at {ORGANIZATION} went ok i think. they asked where i see myself in 5 "
        "years and i said asleep",
        "visited my grandparents in {LOCATION} today. nan made {count} sandwiches for three people",
        "my phone's {PHONE} and my work one is {PHONE}, text the first one pls",
        "sent you the invoice, pay into {IBAN}. no rush x",
        "if my ip is {IP_ADDRESS} does that mean someone knows where i live?? im paranoid now",
        "we're doing a road trip through {LOCATION} in august. {count} days, one tent, what "
        "could go wrong",
        "ok i'm {AGE}, from {LOCATION}, work in retail at {ORGANIZATION}. that's my whole life "
        "story lol",
        "used to be {HANDLE} on twitter, deleted it after the breakup",
        "Tbh {LOCATION} is overrated. went for {count} days and it rained every single one",
        "my stepdad works for {ORGANIZATION} so we get discounts. only perk of him tbh",
        "so basically {PERSON_F} told {PERSON_M} that i liked him and now its awkward at "
        "{ORGANIZATION}. kill me",
        "miss u {PERSON}. the flat feels empty without u",
        "Remember when you hugged {PERSON_F} at the airport and cried? that was {count} years "
        "ago omg",
        "Ok hear me out. {LOCATION} for christmas, {LOCATION} for new years. my parents will "
        "kill me",
        "mum wants me to call {PERSON_F}, {PERSON_M} and my uncle before sunday. i have social "
        "anxiety mum",
        "it's me, {PERSON_M}. new phone, lost all my contacts, is this still the right number?",
        "i blame {PERSON_F} for this hangover. she ordered the tequila",
        "we named the puppy after my grandad, {PERSON_M}. he'd have loved it",
        "honestly the best thing about {ORGANIZATION} is the staff discount. the worst thing is "
        "literally everything else",
        "met a guy at the pub, {AGE}, from {LOCATION}, does something in insurance. we'll see",
        "my doctor is dr {SURNAME} at the clinic on the high street, she's lovely",
        "add my sister too she's {HANDLE}, she wants to see the baby pics",
        "Didnt get the job at {ORGANIZATION}. {PERSON_F} got it instead and she's been there "
        "like a month. fine. FINE",
        "woke up at dawn for no reason. again. {dur} of staring at the ceiling",
        "the wedding's in {LOCATION}, {PERSON_M} is best man and i'm bridesmaid so we'll see "
        "each other a lot 👀",
        "ugh the form wants my social. {US_SSN}. is it safe to type that here? probably not lol",
        "booking the cabin now. card is {CREDIT_CARD}, exp 09/27, dont judge the spending",
        "my etsy shop is live!! {URL}. earrings mostly, some candles",
        "the landlord's portal logged my ip as {IP_ADDRESS}. creepy or normal?",
        "new bank details for rent: {IBAN}. the old account got closed",
        "dob {DOB}, height {height}, star sign chaotic",
        "just put my linktree up {URL}, link in bio and all that",
        "the hotel wants a card to hold the room, use mine: {CREDIT_CARD}",
        "if u need to reach me this week its {PHONE} or {EMAIL}, im off the app",
        "payroll messed up my ssn again, they had {US_SSN} instead of mine. on hold for {dur}",
    ],
    "de": [
        "hab mich gestern endlich mit {PERSON_F} getroffen, war echt schön 🥰",
        "mein ex {PERSON_M} schreibt mir schon wieder, um {time} nachts!!",
        "bin {AGE} und wohn noch bei meinen eltern in {LOCATION}, peinlich ich weiß",
        "Arbeite seit {count} Jahren bei {ORGANIZATION} und hab keinen bock mehr",
        "ich komm ursprünglich aus {LOCATION}, aber wohne jetzt in {LOCATION}",
        "meine schwester {PERSON_F} heiratet im mai und ich soll trauzeugin sein",
        "schreib mir einfach auf {PHONE}, die app spinnt grad",
        "mein insta ist {HANDLE} falls du magst",
        "Mein Geburtstag ist am {DOB}, nur so als Hinweis 😇",
        "bin {YEAR_DOB} geboren, also eigentlich schon alt",
        "die neue adresse ist {ADDRESS}, klingel bei {SURNAME}",
        "{PERSON_M} {SURNAME} aus der buchhaltung nervt mich so krass",
        "meine mail ist {EMAIL}, schick mir die fotos da hin",
        "hab den job bei {ORGANIZATION} bekommen!!! ab ersten",
        "war mit {PERSON} und {PERSON} im kino, der film war mega schlecht",
        "Ich studier an der {SCHOOL}, im {count}. Semester",
        "bin großer {TEAM}-Fan, samstags bin ich nicht ansprechbar",
        "überweis mir einfach deine hälfte auf {IBAN}",
        "mein bruder {PERSON_M} ist {AGE} und benimmt sich wie 12",
        "wir fahren übers wochenende nach {LOCATION}, endlich mal raus",
        "meine oma {PERSON_F} wird nächste woche 85, große feier in {LOCATION}",
        "{PERSON_M} hat mich nach {dur} einfach geghostet, typisch",
        "meine kollegin {PERSON_F} bei {ORGANIZATION} hat heute gekündigt",
        "du kannst mir auch an {OBF_EMAIL} schreiben",
        "hi, ich bin {PERSON}, {AGE}, aus {LOCATION} 🙂",
        "wohne jetzt {ADDRESS}, ganz oben unterm dach",
        "mein vermieter herr {SURNAME} macht einfach nix",
        "ich arbeite als pflegerin bei {ORGANIZATION}, schichtdienst halt",
        "folg mir auf tiktok {HANDLE} 🙈",
        "geboren am {DOB} in {LOCATION}",
        "die handynummer von {PERSON_F} ist {PHONE}, ruf sie an wenn ich nicht rangeh",
        "mein papa hat {count} jahre bei {ORGANIZATION} geschuftet",
        "kurzes update: hab bei {ORGANIZATION} gekündigt!! fang in {count} wochen bei "
        "{ORGANIZATION} an",
        "bin {AGE}, geschieden, zwei kinder und wohn in {LOCATION}. also voll der fang 😂",
        "sind von {LOCATION} nach {LOCATION} durchgefahren. {dur}. nie wieder",
        "schreib mir auf snap {HANDLE}, bin meistens ab {time} online",
        "überleg zurück nach {LOCATION} zu ziehen, die miete ist da halb so hoch",
        "hab mich an der {SCHOOL} beworben, wenn's klappt zieh ich nach {LOCATION}",
        "das paket geht an {ADDRESS}, {LOCATION}. einfach beim nachbarn abgeben",
        "werd nächsten monat {AGE}!!! party bei mir, ab {time}",
        "meine alte mail {EMAIL} wurde gehackt, nimm lieber {EMAIL}",
        "war bei oma in {LOCATION}, sie hat für drei leute {count} brötchen geschmiert",
        "also {PERSON_F} hat {PERSON_M} erzählt dass ich ihn mag, und jetzt ist es bei "
        "{ORGANIZATION} voll komisch",
        "vermiss dich {PERSON}. die wohnung ist so leer ohne dich",
        "ich bins, {PERSON_M}. neues handy, alle kontakte weg. ist das noch die richtige nummer?",
        "hab im bus nen typen kennengelernt, {AGE}, aus {LOCATION}, macht irgendwas mit "
        "versicherungen",
        "meine ärztin ist frau dr. {SURNAME}, total lieb",
        "die hochzeit ist in {LOCATION}, {PERSON_M} ist trauzeuge und ich auch. das wird was 👀",
        "Weihnachten in {LOCATION}, Silvester in {LOCATION}. meine eltern bringen mich um",
        "Das Beste an {ORGANIZATION} ist der Mitarbeiterrabatt. Der Rest ist furchtbar",
        "hab den job bei {ORGANIZATION} nicht bekommen. {PERSON_F} hat ihn. schön. SCHÖN",
        "buch jetzt die ferienwohnung, karte ist {CREDIT_CARD}, bitte nicht urteilen",
        "mein etsy shop ist online!! {URL}, hauptsächlich ohrringe",
        "der router zeigt {IP_ADDRESS}, ist das normal?",
        "geb. {DOB}, {height} groß, sternzeichen chaos",
    ],
    "fr": [
        "j'ai enfin vu {PERSON_F} hier soir, elle est encore plus belle en vrai",
        "mon ex {PERSON_M} m'a écrit à {time} du mat, sérieux ??",
        "j'ai {AGE} ans et je vis encore chez ma mère à {LOCATION}",
        "je bosse chez {ORGANIZATION} depuis {count} ans et j'en peux plus",
        "je viens de {LOCATION} mais j'habite à {LOCATION} maintenant",
        "ma sœur {PERSON_F} se marie en juillet et je dois faire un discours 😭",
        "écris moi sur {PHONE} si l'appli bug",
        "mon insta c'est {HANDLE}",
        "mon anniv c'est le {DOB}, je dis ça je dis rien",
        "née en {YEAR_DOB}, donc oui je suis une vieille",
        "ma nouvelle adresse c'est {ADDRESS}, à {LOCATION}",
        "{PERSON_M} {SURNAME} de la compta me saoule grave",
        "mon mail c'est {EMAIL}",
        "j'ai eu le poste chez {ORGANIZATION} !!! je commence lundi",
        "soirée avec {PERSON} et {PERSON}, on a trop ri",
        "je suis en master à l'{SCHOOL}, c'est l'enfer",
        "fan de {TEAM} depuis toujours, faut pas me parler le samedi",
        "vire moi ta part du loyer sur {IBAN} stp",
        "mon frère {PERSON_M} a {AGE} ans et il joue encore à la console toute la nuit",
        "on part à {LOCATION} ce week-end avec {PERSON_M}, premier voyage à deux",
        "ma mamie {PERSON_F} fête ses 90 ans à {LOCATION} dimanche",
        "{PERSON_M} m'a ghostée après {dur}, les mecs je vous jure",
        "ma collègue {PERSON_F} chez {ORGANIZATION} a démissionné ce matin",
        "tu peux m'écrire à {OBF_EMAIL}",
        "salut moi c'est {PERSON}, {AGE} ans, de {LOCATION}",
        "j'habite au {ADDRESS}, 3e étage sans ascenseur",
        "mon proprio m. {SURNAME} répond jamais",
        "je suis aide-soignante à {ORGANIZATION}, je fais les nuits",
        "suis moi sur tiktok {HANDLE} 🙈",
        "née le {DOB} à {LOCATION}",
        "le numéro de {PERSON_F} c'est {PHONE}, elle a les clés",
        "petite nouvelle : j'ai posé ma dém chez {ORGANIZATION} !! je commence chez "
        "{ORGANIZATION} dans {count} semaines",
        "j'ai {AGE} ans, divorcée, deux enfants, j'habite à {LOCATION}. un vrai bon parti quoi",
        "on a fait {LOCATION} - {LOCATION} d'une traite. {dur}. plus jamais",
        "ajoute moi sur snap {HANDLE}, je suis co le soir après {time}",
        "je pense à retourner vivre à {LOCATION}, les loyers sont deux fois moins chers",
        "j'ai postulé à l'{SCHOOL}, si je suis prise je déménage à {LOCATION}",
        "le colis c'est pour le {ADDRESS}, {LOCATION}. laissez-le au voisin sinon",
        "j'ai {AGE} ans le mois prochain !!! soirée chez moi à partir de {time}",
        "mon ancien mail {EMAIL} s'est fait pirater, utilise {EMAIL} maintenant",
        "chez mes grands-parents à {LOCATION}, mamie a fait {count} crêpes pour trois",
        "bref {PERSON_F} a dit à {PERSON_M} que je le kiffais, maintenant c'est gênant chez "
        "{ORGANIZATION}",
        "tu me manques {PERSON}. l'appart est vide sans toi",
        "c'est moi, {PERSON_M}. nouveau tel, j'ai perdu tous mes contacts, c'est toujours ton "
        "numéro ?",
        "rencontré un mec au bar, {AGE} ans, de {LOCATION}, il bosse dans les assurances",
        "mon médecin c'est le dr {SURNAME}, elle est adorable",
        "le mariage est à {LOCATION}, {PERSON_M} est témoin et moi aussi donc bon 👀",
        "Noël à {LOCATION}, nouvel an à {LOCATION}. mes parents vont me tuer",
        "Le seul truc bien chez {ORGANIZATION} c'est la remise employé. le reste c'est l'horreur",
        "j'ai pas eu le poste chez {ORGANIZATION}, c'est {PERSON_F} qui l'a eu. super. SUPER",
        "je réserve le gîte, ma carte c'est {CREDIT_CARD}, jugez pas",
        "ma boutique etsy est en ligne !! {URL}, surtout des boucles d'oreilles",
        "la box affiche {IP_ADDRESS}, c'est normal ?",
        "née le {DOB}, {height}, signe astro : le chaos",
    ],
    "es": [
        "ayer quedé por fin con {PERSON_F} y madre mía, qué guapa es",
        "mi ex {PERSON_M} me escribió a las {time} como si nada, lo bloqueé",
        "tengo {AGE} años y sigo viviendo con mis padres en {LOCATION}",
        "llevo {count} años currando en {ORGANIZATION} y estoy quemadísima",
        "soy de {LOCATION} pero vivo en {LOCATION} desde hace un montón",
        "mi hermana {PERSON_F} se casa en octubre y me toca el discurso",
        "escríbeme al {PHONE} que la app va fatal",
        "mi insta es {HANDLE} por si acaso",
        "mi cumple es el {DOB}, apúntatelo 😏",
        "nací en el {YEAR_DOB}, o sea que ya voy pa vieja",
        "la dirección nueva es {ADDRESS}, {LOCATION}, 2º izquierda",
        "{PERSON_M} {SURNAME} de contabilidad me tiene frita",
        "mi correo es {EMAIL}, mándame las fotos ahí",
        "me han cogido en {ORGANIZATION}!!! empiezo el lunes",
        "cena con {PERSON} y {PERSON}, acabamos a las tantas",
        "estudio en la {SCHOOL}, último año gracias a dios",
        "soy socio del {TEAM} desde chico, los domingos no existo",
        "hazme un bizum o transferencia a {IBAN} con tu parte del alquiler",
        "mi hermano {PERSON_M} tiene {AGE} años y se porta como un crío",
        "este finde nos vamos a {LOCATION} {PERSON_M} y yo, primer viaje juntos",
        "mi abuela {PERSON_F} cumple 88 y lo celebramos en {LOCATION}",
        "{PERSON_M} me dejó en visto {dur} y ahora quiere quedar, ja",
        "mi compi {PERSON_F} de {ORGANIZATION} se ha despedido hoy",
        "puedes escribirme a {OBF_EMAIL}",
        "hola soy {PERSON}, {AGE}, de {LOCATION} 😊",
        "el casero, un tal {SURNAME}, no contesta nunca",
        "trabajo de enfermera en {ORGANIZATION}, turno de noche",
        "sígueme en tiktok {HANDLE} jaja",
        "nací el {DOB} en {LOCATION}",
        "el móvil de {PERSON_F} es {PHONE}, tiene las llaves ella",
        "me mudo a {ADDRESS} el mes que viene, por fin sin compis de piso",
        "novedades: he dejado {ORGANIZATION}!! empiezo en {ORGANIZATION} en {count} semanas",
        "tengo {AGE}, divorciada, dos hijos y vivo en {LOCATION}. todo un partidazo jaja",
        "fuimos de {LOCATION} a {LOCATION} del tirón. {dur}. nunca más",
        "agrégame al snap {HANDLE}, me conecto a partir de las {time}",
        "estoy pensando en volver a {LOCATION}, el alquiler allí es la mitad",
        "he echado la solicitud en la {SCHOOL}, si me cogen me mudo a {LOCATION}",
        "el paquete va a {ADDRESS}, {LOCATION}. si no estoy, al vecino",
        "el mes que viene cumplo {AGE}!!! fiesta en mi casa desde las {time}",
        "me hackearon el correo viejo {EMAIL}, usa {EMAIL} mejor",
        "en casa de mis abuelos en {LOCATION}, la abuela ha hecho {count} croquetas por persona",
        "total que {PERSON_F} le dijo a {PERSON_M} que me gustaba y ahora en {ORGANIZATION} es "
        "incomodísimo",
        "te echo de menos {PERSON}. el piso está vacío sin ti",
        "soy yo, {PERSON_M}. móvil nuevo, perdí todos los contactos, sigue siendo tu número?",
        "conocí a un chico en el bar, {AGE}, de {LOCATION}, trabaja en seguros o algo así",
        "mi médica es la doctora {SURNAME}, un amor",
        "la boda es en {LOCATION}, {PERSON_M} es el padrino y yo dama de honor así que 👀",
        "Navidad en {LOCATION}, nochevieja en {LOCATION}. mis padres me matan",
        "Lo único bueno de {ORGANIZATION} es el descuento de empleado. lo demás, un horror",
        "no me dieron el puesto en {ORGANIZATION}, se lo dieron a {PERSON_F}. genial. GENIAL",
        "reservo la casa rural ya, la tarjeta es {CREDIT_CARD}, no me juzguéis",
        "mi tienda de etsy ya está!! {URL}, sobre todo pendientes",
        "el router pone {IP_ADDRESS}, eso es normal?",
        "nací el {DOB}, mido {height}, signo: caos",
    ],
    "it": [
        "ieri sera ho finalmente visto {PERSON_F}, dal vivo è ancora più carina",
        "il mio ex {PERSON_M} mi ha scritto alle {time} come se niente fosse",
        "ho {AGE} anni e vivo ancora con i miei a {LOCATION}, lo so",
        "lavoro da {ORGANIZATION} da {count} anni e non ne posso più",
        "sono di {LOCATION} ma vivo a {LOCATION} da quando ho finito l'uni",
        "mia sorella {PERSON_F} si sposa a settembre e devo fare il discorso",
        "scrivimi al {PHONE} che l'app non va",
        "il mio ig è {HANDLE}",
        "il mio compleanno è il {DOB}, segnatelo 😌",
        "sono del {YEAR_DOB}, quindi ormai anziana",
        "il nuovo indirizzo è {ADDRESS}, citofono {SURNAME}",
        "{PERSON_M} {SURNAME} dell'amministrazione mi fa impazzire",
        "la mia mail è {EMAIL}, mandami lì le foto",
        "mi hanno presa da {ORGANIZATION}!!! inizio lunedì",
        "aperitivo con {PERSON} e {PERSON}, siamo tornati alle {time}",
        "sono iscritta a {SCHOOL}, ultimo anno finalmente",
        "tifo {TEAM} da quando sono nato, la domenica non ci sono per nessuno",
        "mandami la tua parte dell'affitto su {IBAN}",
        "mio fratello {PERSON_M} ha {AGE} anni e si comporta da bambino",
        "questo weekend andiamo a {LOCATION} io e {PERSON_M}, primo viaggio insieme",
        "nonna {PERSON_F} compie 90 anni, festa grande a {LOCATION}",
        "{PERSON_M} mi ha ghostata per {dur} e ora vuole uscire, ma anche no",
        "la mia collega {PERSON_F} da {ORGANIZATION} si è licenziata oggi",
        "scrivimi pure a {OBF_EMAIL}",
        "ciao sono {PERSON}, {AGE} anni, di {LOCATION} 😊",
        "abito in {ADDRESS}, terzo piano senza ascensore",
        "faccio l'infermiera a {ORGANIZATION}, turni di notte",
        "seguimi su tiktok {HANDLE} ahah",
        "nata il {DOB} a {LOCATION}",
        "il numero di {PERSON_F} è {PHONE}, ha lei le chiavi",
        "il padrone di casa, il signor {SURNAME}, non risponde mai",
        "novità: mi sono licenziata da {ORGANIZATION}!! inizio da {ORGANIZATION} tra {count} "
        "settimane",
        "ho {AGE} anni, divorziata, due figli e vivo a {LOCATION}. un affare insomma",
        "siamo andati da {LOCATION} a {LOCATION} tutto d'un fiato. {dur}. mai più",
        "aggiungimi su snap {HANDLE}, sono online dopo le {time}",
        "sto pensando di tornare a {LOCATION}, l'affitto lì costa la metà",
        "ho fatto domanda a {SCHOOL}, se mi prendono mi trasferisco a {LOCATION}",
        "il pacco va in {ADDRESS}, {LOCATION}. se non ci sono lasciatelo al vicino",
        "il mese prossimo compio {AGE} anni!!! festa da me dalle {time}",
        "mi hanno hackerato la vecchia mail {EMAIL}, usa {EMAIL}",
        "dai nonni a {LOCATION}, la nonna ha fatto {count} arancini a testa",
        "insomma {PERSON_F} ha detto a {PERSON_M} che mi piace e ora da {ORGANIZATION} è "
        "imbarazzantissimo",
        "mi manchi {PERSON}. la casa è vuota senza di te",
        "sono io, {PERSON_M}. telefono nuovo, ho perso tutti i contatti, è ancora il tuo numero?",
        "conosciuto un tipo al bar, {AGE} anni, di {LOCATION}, lavora nelle assicurazioni",
        "la mia dottoressa è la dott.ssa {SURNAME}, bravissima",
        "il matrimonio è a {LOCATION}, {PERSON_M} è testimone e anche io quindi 👀",
        "Natale a {LOCATION}, capodanno a {LOCATION}. i miei mi uccidono",
        "L'unica cosa bella di {ORGANIZATION} è lo sconto dipendenti. il resto è un disastro",
        "non mi hanno preso da {ORGANIZATION}, l'hanno dato a {PERSON_F}. bene. BENE",
        "prenoto l'agriturismo, la carta è {CREDIT_CARD}, non giudicate",
        "il mio shop su etsy è online!! {URL}, soprattutto orecchini",
        "il modem dice {IP_ADDRESS}, è normale?",
        "nata il {DOB}, alta {height}, segno zodiacale: caos",
    ],
}
CLEAN_TEMPLATES = {
    "en": [
        "ugh i will never understand men. or women. or anyone tbh",
        "Reading in bed with a cup of tea, best part of my day",
        "i got paid today and already spent {price} on takeaway lol",
        "the gym was packed at {time} so i just went home and ate crisps",
        "Grace under pressure is not my thing, i cried at the self checkout",
        "honestly just need a hug and {dur} of sleep",
        "can we talk about something nice? my brain is mush",
        "Summer can't come soon enough, im so sick of the rain",
        "i'm {height} and every dating app guy lies about being 6ft",
        "we watched {count} episodes in a row and now it's {time}, oops",
        "the bill came to {price} and he just looked at me. split it obvs",
        "Hope you slept well x",
        "my rent went up again, {price} a month for a shoebox",
        "swiped on tinder for {dur} and got zero matches. love that for me",
        "been sober {count} days now 💪",
        "mark my words, this year is gonna be better",
        "Frankly i dont care what my mum thinks about my tattoos",
        "the turkey was dry and everyone pretended it was fine",
        "i bought a rose for myself because why not",
        "Sunny today so i sat in the park for {dur} doing nothing",
        "we lost 3-1 and i'm not talking about it",
        "the appointment is on the 14th at {time}, can u remind me",
        "just back from the dentist, {price} for a filling?? robbery",
        "what's the best thing that happened to u today",
        "my phone is on 4% and i'm too lazy to get up",
        "im so tired i put the milk in the cupboard again",
        "do u ever feel like everyone has their life together except u",
        "Jack of all trades master of none, thats me at work",
        "the flight is {dur} and i'm already dreading it",
        "ordered a {price} lamp off amazon and it came broken 🙃",
        "haven't left the house since {year} basically lol",
        "Bath bomb, face mask, sad playlist. self care sunday",
        "china cabinet fell over, lost {count} plates, im devastated",
        "its been {dur} since i last cried, new record",
        "Will you still talk to me if i'm boring tonight",
        "feeling cute, might delete later",
        "my therapist says i need boundaries. i said ok. no boundaries were set",
        "the cat knocked my coffee over at {time}, great start",
        "March is always the worst month for me, dunno why",
        "spotify wrapped said i listened to the same song {count} times. no notes",
        "ciao! just practicing my italian before the trip",
        "i paid {price} for a haircut and it looks the same",
        "Merci for listening to me rant last night",
        "long day. boss was in a mood, the printer died and i ate lunch at {time}. tell me "
        "something good",
        "Went on a date last night. he talked about his ex for {dur}. next",
        "im trying this thing where i dont check my phone after {time}. day 2 and already failing",
        "Nice weather finally. might go for a run. might also not",
        "my landlord finally fixed the heating!! only took {count} emails and {dur} of my life",
        "june is booked solid already. weddings, hen dos, a christening. send help",
        "i ate the whole pizza. {price}, no regrets. well some regrets",
        "Bumble is dead, hinge is dead, im gonna start meeting people at the library like it's "
        "{year}",
        "max two drinks tonight, i mean it this time",
        "Faith in humanity restored: a stranger paid for my coffee",
        "Bill came in the post, {price} for electricity?? im going back to candles",
        "ok Amazon prime day got me again, {count} things i dont need",
        "Sweet dreams x talk tomorrow",
    ],
    "de": [
        "hab heute {dur} geschlafen und bin trotzdem müde",
        "Die Miete ist schon wieder gestiegen, {price} für ein Loch",
        "um {time} im fitnessstudio und es war voll, ernsthaft?",
        "bin {height} und alle typen auf tinder lügen über ihre größe",
        "wir haben {count} folgen am stück geschaut, jetzt ist es {time}",
        "Hoffnung stirbt zuletzt, sagt meine oma immer",
        "hab mir selbst blumen gekauft, weil warum nicht",
        "Sonntag, regen, tee und decke. mehr brauch ich nicht",
        "wir haben 2:0 verloren, ich will nicht drüber reden",
        "der termin ist am 3. um {time}, erinnerst du mich?",
        "mein handy hat 3% und ich bin zu faul zum aufstehen",
        "Frank gesagt ist mir egal was meine mutter denkt",
        "seit {count} tagen kein alkohol 💪",
        "der flug dauert {dur} und ich hab jetzt schon panik",
        "hab {price} für nen haarschnitt bezahlt und sieht aus wie vorher",
        "Grüße aus dem Homeoffice, mir fällt die decke auf den kopf",
        "langer tag. chef schlecht gelaunt, drucker kaputt, mittagessen um {time}. erzähl mir "
        "was schönes",
        "Hatte gestern ein date. er hat {dur} über seine ex geredet. nächster",
        "Mai ist schon komplett voll, hochzeiten, geburtstage, alles",
        "Die ganze pizza gegessen, {price}, keine reue. naja bisschen",
        "max zwei bier heute, diesmal wirklich",
        "Die Rechnung kam heute, {price} für Strom?? ich zieh in ne Höhle",
    ],
    "fr": [
        "j'ai dormi {dur} et je suis quand même crevée",
        "Le loyer a encore augmenté, {price} pour un placard",
        "à la salle à {time} et c'était blindé, sérieux",
        "je fais {height} et tous les mecs sur tinder mentent sur leur taille",
        "on a regardé {count} épisodes d'affilée, il est {time}",
        "je me suis acheté des fleurs, pourquoi pas",
        "Dimanche, pluie, thé et plaid. rien d'autre",
        "on a perdu 2-0, je veux pas en parler",
        "le rdv c'est le 12 à {time}, tu me le rappelles ?",
        "mon tel est à 2% et j'ai la flemme de me lever",
        "Rose c'est ma couleur préférée depuis toujours",
        "ça fait {count} jours sans clope 💪",
        "le vol dure {dur} et je stresse déjà",
        "{price} pour une coupe de cheveux et ça se voit même pas",
        "Espérons que demain sera mieux",
        "c'est nice ce resto franchement, on y retourne quand tu veux",
        "longue journée. le boss de mauvaise humeur, l'imprimante en panne, déjeuner à {time}. "
        "dis moi un truc cool",
        "Rencard hier soir, il a parlé de son ex pendant {dur}. suivant",
        "Juin est déjà blindé, mariages, anniv, baptême. au secours",
        "j'ai mangé la pizza entière, {price}, aucun regret. enfin si un peu",
        "max deux verres ce soir, promis",
        "La facture est arrivée, {price} d'électricité ?? je retourne aux bougies",
    ],
    "es": [
        "he dormido {dur} y sigo reventada",
        "Me han vuelto a subir el alquiler, {price} por un zulo",
        "en el gimnasio a las {time} y lleno, en serio?",
        "mido {height} y todos los de tinder mienten con la altura",
        "nos vimos {count} capítulos seguidos y ya son las {time}",
        "me he comprado flores a mí misma, porque sí",
        "Domingo, lluvia, manta y peli. no necesito más",
        "perdimos 2-1 y no quiero hablar del tema",
        "la cita es el día 9 a las {time}, me lo recuerdas?",
        "tengo el móvil al 3% y me da pereza levantarme",
        "Dolores de cabeza todo el día, no puedo más",
        "llevo {count} días sin fumar 💪",
        "el vuelo dura {dur} y ya estoy de los nervios",
        "{price} por cortarme el pelo y ni se nota",
        "Paz y tranquilidad, eso es lo que pido este finde",
        "Luz apagada, móvil en silencio, a dormir",
        "día largo. el jefe de mala leche, la impresora rota y comí a las {time}. cuéntame algo "
        "bonito",
        "Tuve una cita ayer, estuvo {dur} hablando de su ex. siguiente",
        "Junio ya está a tope, bodas, cumples, un bautizo. socorro",
        "me he comido la pizza entera, {price}, cero arrepentimiento. bueno, un poco",
        "máximo dos cañas hoy, lo digo en serio",
        "Me ha llegado la factura de la luz, {price}?? me voy a vivir a una cueva",
    ],
    "it": [
        "ho dormito {dur} e sono comunque distrutta",
        "Mi hanno alzato di nuovo l'affitto, {price} per un buco",
        "in palestra alle {time} ed era pieno, ma dai",
        "sono alta {height} e tutti su tinder mentono sull'altezza",
        "abbiamo visto {count} puntate di fila e sono le {time}",
        "mi sono regalata dei fiori, perché no",
        "Domenica, pioggia, tè e coperta. basta così",
        "abbiamo perso 2-0 e non ne voglio parlare",
        "l'appuntamento è il 7 alle {time}, me lo ricordi?",
        "ho il telefono al 4% e non ho voglia di alzarmi",
        "Speranza è l'ultima a morire, dice mia nonna",
        "sono {count} giorni che non fumo 💪",
        "il volo dura {dur} e sono già in ansia",
        "{price} per un taglio e non si vede niente",
        "Sole finalmente! esco a fare due passi",
        "Stella cadente stasera, ho espresso un desiderio",
        "giornata lunga. capo nervoso, stampante rotta, pranzo alle {time}. dimmi qualcosa di "
        "bello",
        "Ieri appuntamento, ha parlato della sua ex per {dur}. avanti il prossimo",
        "Giugno è già pieno, matrimoni, compleanni, un battesimo. aiuto",
        "mi sono mangiata la pizza intera, {price}, zero rimorsi. vabbè qualcuno",
        "massimo due birre stasera, giuro",
        "È arrivata la bolletta, {price} di luce?? torno alle candele",
    ],
}
