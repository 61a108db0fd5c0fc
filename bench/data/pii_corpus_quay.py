"""The "quay" split of the PII benchmark: a tenth, independent set of chat messages.

Written on 2026-12-07 by someone who did not read the engine (src/veil/privacy), its docs, its
results or the templates of any other split, before the engine round it tests. Its first run is
therefore the figure of generalisation; every later run is tuned on, like the other splits.

The messages are what adults type into a companion chat: flirting, venting, family, exes, work,
plans, health, money, moving, dating apps; mostly lower case, with typos, slang and run-ons. The
values (names, surnames, towns, employers, schools, teams, streets, handles, e-mail users) are
new and appear in no other split. Generated through bench/data/pii_corpus.py --split quay.
"""

from __future__ import annotations

import random


def _words(text: str, separator: str | None = None) -> list[str]:
    return text.split(separator)


NAMES_F = {
    "en": _words(
        "Bronwen Fenella Cressida Persephone Mildred Edna Beryl Demi Elspeth Isla-Rose Reagan "
        "Oaklynn Everleigh Jaylah Amari Latisha Yetunde Abimbola Lakshmi Kavitha Parveen "
        "Farzana Rukhsana Mehwish Maricela Leticia Soo-jin Mei-ling"
    ),
    "de": _words(
        "Brunhilde Elfriede Karin Henriette Tjorven Telse Sevgi Gülsüm Svetlana Snežana Vesna "
        "Uta Angelika Bianka Susann Kathrin Maren Wencke"
    ),
    "fr": _words(
        "Micheline Odette Yvette Bertille Sixtine Mahaut Ramatoulaye Djeneba Nawel Soraya Houria "
        "Gwladys Annick Evelyne Marie-Claude Anne-Sophie Justine Margot Ombeline Lison Rokia"
    ),
    "es": _words(
        "Adoración Pepa Olaia Xiana Núria Judit Yésica Nayeli Itzel Inés Marina Gema Elsa "
        "Julieta Catalina Oihane Fuencisla Fátima Yuliet"
    ),
    "it": _words(
        "Celeste Isotta Fiammetta Oriana Gabriella Marinella Pasqualina Nicol Flaminia Eugenia "
        "Ludmilla Tosca Gilda Dalila Mara Ada Ester Livia Rachele"
    ),
}
NAMES_M = {
    "en": _words(
        "Graham Malcolm Cyril Terence Roland Norman Gordon Lee Dean Ricky Kieron Jordan Reece "
        "Ashton Kane Tucker Paxton Jayceon Tremaine Oluwaseun Manjit Sukhwinder Amrit Kunal "
        "Nikhil Farhan Junaid Rogelio Ezequiel Thanh Duc Dara"
    ),
    "de": _words(
        "Gerhard Reinhard Hartmut Ronny Maik Bent Jaro Okan Wojciech Nikolai Nenad Erwin Egon "
        "Helmut Rolf Kurt Wilfried Finnley Theo Joost Ilja Maksim"
    ),
    "fr": _words(
        "Jean-Michel Ambroise Foucauld Hippolyte Bakary Nordine Kamel Laurent Adrien Pierre-Yves "
        "Jean-Louis Gabin Naël Oumar Thierno Fernand"
    ),
    "es": _words(
        "Quique Lolo Aleix Ferran Xurxo Breixo Anxo Telmo Lois Darío Saúl Elías Abel Aday "
        "Acoran Jonay Ayoze Wilson"
    ),
    "it": _words("Carmelo Fiorenzo Renzo Gianni Ascanio Guido Oreste Settimio Furio Zeno Orazio"),
}
NAMES = {lang: NAMES_F[lang] + NAMES_M[lang] for lang in NAMES_F}
SURNAMES = {
    "en": _words(
        "Van der Berg|Greenhalgh|Ramsbottom|Oldroyd|Entwistle|Butterworth|Heseltine|"
        "Postlethwaite|Lowther|Musgrave|Trelawney|Penhaligon|Polglaze|Moynihan|McGillivray|"
        "MacPhail|Drummond|Urquhart|Eze|Balogun|Venkataraman|Iyer|Kowalewski|Wozniak|Arreola|"
        "Zamudio",
        "|",
    ),
    "de": _words(
        "Oltmanns Brüggemann Dierks Ahrens Thießen Claussen Boysen Kaminski Zielinski Lorenz "
        "Horn Arnold Pfeifer"
    ),
    "fr": _words(
        "Lefèbvre|Guerin|Gautier|Prigent|Ouedraogo|Caradec|Laborde|Lacombe|Texier",
        "|",
    ),
    "es": _words(
        "Arroyo Escudero Galán Hurtado Maldonado Mena Palacios Salinas Urbano Valero "
        "Zapata Becerra Duarte Espinosa Jurado Losada Pacheco Robles Sepúlveda Tapia "
        "Zurita Arrizabalaga Elorza Uriarte Otxoa"
    ),
    "it": _words(
        "Da Ros|La Rosa|De Simone|Barbera|Pinna|Pavan|Visentin|Cusumano|Musumeci|Fumagalli|"
        "Colombini",
        "|",
    ),
}
PLACES = {
    "en": _words(
        "Burnley|Whitby|Durham|Southport|Chester|Newport|Cambridge|Watford|Bromley|"
        "Dover|Worthing|Portsmouth|Southampton|Bournemouth|Ayr|Dumfries|Newry|Grand Rapids|"
        "Lexington|Little Rock|Rochester|Edmonton|Pakistan|Bangladesh|Oklahoma|Vermont",
        "|",
    ),
    "de": _words(
        "Bremerhaven|Hoyerswerda|Frankfurt (Oder)|Witten|Moers|Krefeld|"
        "Mönchengladbach|Neuss|Remscheid|Düren|Siegburg|Heidelberg|Usedom|"
        "Vorarlberg|Mecklenburg|Niederbayern",
        "|",
    ),
    "fr": _words(
        "Oloron|Foix|Pamiers|Castelnaudary|Lunel|Uzès|Aubagne|La Ciotat|Briançon|Évian|Guéret|"
        "Oyonnax|Dole|Sarreguemines|Saint-Dié|Creil|Fontainebleau|Étampes|Pontoise|Béthune|"
        "Avranches|Redon|Pontivy|Carhaix|Landerneau|la Guadeloupe|la Martinique",
        "|",
    ),
    "es": _words(
        "Almendralejo|Navalmoral|Béjar|Ciudad Rodrigo|Benavente|Medina del Campo|Tordesillas|"
        "Peñafiel|Torrelodones|Collado Villalba|Pozuelo|Tomelloso|Valdepeñas|Hellín|Villena|"
        "Ontinyent|Requena|Cullera|Vinaròs|Sitges|Puigcerdà|Barbastro|Tarazona|Haro|Gernika|"
        "Bermeo|Hondarribia|Castro Urdiales|Llanes|Betanzos|Vilagarcía|O Porriño|Tui|Cusco|"
        "La Gomera|Santiago de Compostela",
        "|",
    ),
    "it": _words(
        "Montebelluna|Caorle|Lignano|Cividale|Tolmezzo|Sacile|Portogruaro|"
        "Monselice|Comacchio|Mirandola|Salsomaggiore|Tortona|Novi Ligure|Casale Monferrato|"
        "Saluzzo|Mondovì|Sarzana|Cecina|Follonica|Orbetello|Poggibonsi|Città di Castello|Jesi|"
        "Fabriano|Civitanova|Avezzano|Formia|Gaeta|Terracina|Gravina|Nardò|Caltagirone|Sciacca|"
        "Alcamo|Bellinzona",
        "|",
    ),
}
ORGS = {
    "en": _words(
        "Lidl UK|Subway|Domino's|M&S|Santander UK|Kohl's|Macy's|Oracle|Intel|Cisco|"
        "Pendleford Motors|Harrowgate Vets|Kilbride Joinery|Mossley Care Home|"
        "Calderwood Accountancy|Ferncliffe Nursery|Brackenridge Haulage|"
        "Tillbrook Dental Practice|Ashcombe Lettings|Saltmarsh Brewery",
        "|",
    ),
    "de": _words(
        "Tegut|O2|1&1|Techniker Krankenkasse|ZF|Schaeffler|Audi|Beiersdorf|Trumpf|"
        "Heinemann Bäckerei|Autohaus Kleinschmidt|Tischlerei Albers|Steuerbüro Harms|"
        "Gärtnerei Wulff|Fahrschule Brösel|Physiopraxis Kranich",
        "|",
    ),
    "fr": _words(
        "la RATP|Saint-Gobain|Accor|McDo|la Macif|la CAF|la CPAM|Noz|Jardiland|Truffaut|"
        "Carglass|Marie Blachère|Garage Lebrun|Boucherie Tessier|Menuiserie Quéré|"
        "Ehpad Les Tilleuls|Transports Le Floch|Pressing Bellevue|Fromagerie Vuillemin",
        "|",
    ),
    "es": _words(
        "Lidl España|Media Markt|Glovo|el SAS|Covirán|Condis|Hiperdino|Tiendanimal|Kiwoko|"
        "Bricodepot|Halcón Viajes|Ferretería Lozano|Panadería Ortuño|Gestoría Almansa|"
        "Autoescuela Triana|Peluquería Mari Luz|Cafetería Avenida|Clínica Dental Arbeloa",
        "|",
    ),
    "it": _words(
        "MD Discount|Bulgari|Ferragamo|Aldi Italia|Maxi Zoo|Arcaplanet|Scavolini|"
        "Officina Ruggeri|Bar Sport da Tonino|Panificio Loiacono|Farmacia Scarpa|"
        "Parrucchiera Gloria|Macelleria Pistone|Trattoria da Nerina|Gelateria Fassi|"
        "Caseificio Bertoni",
        "|",
    ),
}
SCHOOLS = {
    "en": _words(
        "Hillcrest Comprehensive|Bishop Wand|St Cuthbert's|Thornleigh Grammar|Abbeyfield High|"
        "Redmoor Academy|Caldervale High|UCLan|Westview High|Roosevelt Middle|Kennesaw State|"
        "Texas Tech|Ole Miss|UConn",
        "|",
    ),
    "de": _words(
        "die Uni Oldenburg|die RUB|die Leuphana|die HAW Hamburg|das Lessing-Gymnasium|"
        "das Carl-Duisberg-Gymnasium|die Heinrich-Heine-Uni|die TU Chemnitz|die Uni Passau|"
        "die Hochschule Harz|die Waldorfschule|die Berufsschule Lingen",
        "|",
    ),
    "fr": _words(
        "la fac de Nanterre|la Sorbonne Nouvelle|l'ESSEC|l'EM Lyon|l'UTC|"
        "l'IUT de Lannion|"
        "l'université de Poitiers|l'école Jeanne d'Arc",
        "|",
    ),
    "es": _words(
        "la UAB|la USC|la Universidad de Oviedo|la URJC|"
        "el Instituto Ramiro de Maeztu|el colegio Los Escolapios|el IES Luis Vives|"
        "los Salesianos|las Teresianas",
        "|",
    ),
    "it": _words(
        "la Statale|la Ca' Foscari|la Federico II|l'Università di Bologna|la Luiss|"
        "l'Orientale|il liceo Tasso|il liceo Visconti|il liceo Berchet|l'istituto Pacinotti|"
        "l'Università di Pavia|lo scientifico Righi",
        "|",
    ),
}
TEAMS = {
    "en": _words(
        "Huddersfield Town|Bradford City|Stoke City|Preston North End|Port Vale|Aberdeen FC|"
        "Shamrock Rovers|the Chiefs|the Ravens|the Bengals|the Brewers|the Mariners|"
        "the Bruins|the Leafs|the Oilers",
        "|",
    ),
    "de": _words(
        "Holstein Kiel|VfL Bochum|Arminia Bielefeld|1. FC Nürnberg|SV Meppen|SC Freiburg|"
        "Dynamo Dresden|Wacker Burghausen|FC Basel|Eisbären Berlin|Kölner Haie|SV Sandhausen",
        "|",
    ),
    "fr": _words(
        "le FC Nantes|les Girondins|le Stade Brestois|l'AJ Auxerre|le FC Lorient|"
        "le Toulouse FC|le Stade Toulousain|l'ASM Clermont|le RC Toulon|le LOSC|l'OGC Nice",
        "|",
    ),
    "es": _words(
        "el Celta|el Depor|el Sporting|el Real Oviedo|el Zaragoza|el Osasuna|"
        "el Getafe|el Cádiz|el Espanyol|el Alavés|el Mallorca",
        "|",
    ),
    "it": _words(
        "il Torino|il Genoa|la Samp|il Bologna|l'Udinese|il Verona|il Cagliari|il Palermo|"
        "il Bari|il Lecce|il Sassuolo|la Reggina",
        "|",
    ),
}
STREETS = {
    "en": [
        "{n} Gorsey Lane",
        "{n} Brackenbury Rd",
        "{n} Pinfold Close",
        "Flat {n}, Alder Court",
        "{n} Holme Lane",
        "{n} Salisbury Crescent",
        "{n} Lakeshore Dr",
        "{n} W 43rd St",
        "{n} Juniper Ct",
        "{n} Dogwood Trail",
        "apt {n}, 1120 Riverbend Pkwy",
        "{n} Tamarack Ave",
    ],
    "de": [
        "Drosselweg {n}",
        "Fliederstraße {n}",
        "Am Kirchberg {n}",
        "Grüner Weg {n}",
        "Sonnenhang {n}",
        "Weidendamm {n}",
        "Zur Alten Ziegelei {n}",
        "Schwalbenstraße {n}",
        "Kirchplatz {n}",
    ],
    "fr": [
        "{n} rue du Four",
        "{n} place du Marché",
        "{n} bis rue Jean Moulin",
        "{n} rue de la Fontaine",
        "{n} rue Gambetta",
        "{n} résidence les Mimosas",
        "{n} rue du Stade",
    ],
    "es": [
        "calle San Bernardo {n}",
        "c/ Mayor {n}, 3º izq",
        "calle Pelayo {n}",
        "ronda de Valencia {n}",
        "plaza de España {n}",
        "calle Toledo {n}, bajo",
        "camino Viejo {n}",
        "calle de la Iglesia {n}",
    ],
    "it": [
        "via San Francesco {n}",
        "via del Corso {n}",
        "piazza Duomo {n}",
        "via Leopardi {n}, int. 4",
        "contrada San Vito {n}",
        "via dei Tigli {n}",
    ],
}
HANDLES = _words(
    "britt.kel_ morag_on_tour hamishh.x quay.side_ gareth__rhys bern.ice_ kenza.lbl "
    "itzi.urru vittoria_g98 lapo.ff jamal_thegreat noa.vega_ piotr.nowak7 heike_b_76 "
    "tiff4ny.xo colton.jx yasmina.k_ salva_ciro"
)
EMAIL_USERS = _words(
    "brittany.whit morag.mca gareth_ash79 heike.linde kev.brunet rocio.valv gennaro.es88 "
    "ngozi.adeyemi dragan.k jasper_holl solene.lemaire"
)
EMAIL_DOMAINS = ["quay.example.com", "dm.example.org", "mailbox.example.net"]
OBF_EMAILS = {
    "en": [
        "britt dot whit at example dot com",
        "gareth_ash79 (at) example (dot) org",
        "morag mca at example.net",
    ],
    "de": [
        "heike punkt linde at example punkt de",
        "dragan.k (ät) example.org",
        "heike.linde [at] example.net",
    ],
    "fr": [
        "kev point brunet arobase example point fr",
        "solene.lemaire (arobase) example.org",
        "kev.brunet chez example.net",
    ],
    "es": [
        "rocio punto valv arroba example punto es",
        "rocio.valv (arroba) example.org",
        "unai.etxe arroba example.net",
    ],
    "it": [
        "gennaro punto es88 chiocciola example punto it",
        "gennaro.es88 (chiocciola) example.org",
        "lapo.ff at example.net",
    ],
}
URLS = [
    "https://quay.example.com/~morag",
    "www.example.org/portfolio/gaspard",
    "example.net/shop/kenzacrochet",
    "http://linktr.example.com/tiff4ny",
    "https://www.example.net/blog/itziar-bakes",
]
MONTHS = {
    "en": _words(
        "jan feb march april may june july aug sept oct nov dec"  # how people abbreviate them
    ),
    "de": _words("Jan. Feb. März April Mai Juni Juli Aug. Sept. Okt. Nov. Dez."),
    "fr": _words("janv. févr. mars avril mai juin juillet août sept. oct. nov. déc."),
    "es": _words("ene. feb. marzo abril mayo junio julio ago. sept. oct. nov. dic."),
    "it": _words("genn. febbr. marzo aprile maggio giugno luglio ag. sett. ott. nov. dic."),
}


def _ordinal(day: int) -> str:
    if 10 < day % 100 < 14:
        return f"{day}th"
    return f"{day}{ {1: 'st', 2: 'nd', 3: 'rd'}.get(day % 10, 'th') }"


def dob(r: random.Random, lang: str) -> str:
    """A birth date as people type it: numbers with their own separators, short months."""
    day, month, year = r.randint(1, 28), r.randint(1, 12), r.randint(1964, 2006)
    style = r.random()
    short = f"{year % 100:02d}"
    if style < 0.35:
        sep = {"en": r.choice("/-."), "de": "."}.get(lang, r.choice("/-"))
        shown = year if r.random() < 0.6 else short
        if lang == "en" and r.random() < 0.5:  # US order
            return f"{month}{sep}{day}{sep}{shown}"
        return f"{day}{sep}{month}{sep}{shown}"
    if style < 0.45:
        return f"{year}-{month:02d}-{day:02d}"
    name = MONTHS[lang][month - 1]
    if lang == "en":
        return r.choice(
            [
                f"{_ordinal(day)} of {name} {year}",
                f"{name} {_ordinal(day)} '{short}",
                f"{name} {day} {year}",
                f"{_ordinal(day)} {name}",
            ]
        )
    if lang == "de":
        return r.choice([f"{day}. {name} {year}", f"{day}. {name} {short}"])
    if lang == "es":
        return r.choice([f"{day} de {name} del {short}", f"{day} {name} {year}"])
    if lang == "fr":
        return r.choice(
            [f"{day} {name} {year}", f"1er {name} {year}" if day == 1 else f"{day} {name} {short}"]
        )
    return r.choice([f"{day} {name} {year}", f"{day} {name} '{short}"])


def retype_phone(r: random.Random, formatted: str, lang: str) -> str:
    """A phone number typed by hand: as shown, digits run together, or with other separators."""
    style = r.random()
    if style < 0.4:
        return formatted
    digits = "".join(c for c in formatted if c.isdigit())
    if style < 0.6:
        return ("+" if formatted.startswith("+") else "") + digits
    if style < 0.8 and "(" not in formatted:
        return formatted.replace(" ", "/" if lang == "de" else "-")
    return formatted.replace("-", " ")


# Templates: {TYPE} is a labelled PII slot; {time} {price} {dur} {height} {count} {year} are
# unlabelled distractors. PERSON_F / PERSON_M agree with the pronouns around them.
PII_TEMPLATES = {
    "en": [
        "omg {PERSON_F} just messaged me on bumble and her bio says {AGE} and from {LOCATION}",
        "so me and {PERSON_M} went for drinks after work, he paid {price} for two cocktails lmao",
        "cant sleep again. {PERSON_F} keeps sending me screenshots of her ex at {time}",
        "my manager at {ORGANIZATION} wants me in on saturday AGAIN. i hate it there",
        "i'm {AGE}, 5'9, work nights at {ORGANIZATION} and honestly just want someone to talk to",
        "grew up in {LOCATION} but moved to {LOCATION} when i was {count}, long story",
        "my mums name is {PERSON_F} {SURNAME} if u ever meet her dont mention tattoos",
        "ok real talk. {PERSON_M} asked me to move in with him and i said maybe?? was that bad",
        "hes {AGE} and still calls his mum every night. {PERSON_M} is sweet tho",
        "follow me at {HANDLE} i post my cat mostly",
        "my insta is {HANDLE} and my tiktok is {HANDLE} dont laugh",
        "text me at {PHONE} after {time} ok? phone dies at work",
        "new number btw {PHONE}, old one got nicked in {LOCATION}",
        "can u remind me to send {PERSON_F} the deposit, her email is {EMAIL}",
        "my work email is {EMAIL} but dont use it for anything spicy lol",
        "email me at {OBF_EMAIL} i'm never on here in the day",
        "the new place is {ADDRESS}, {LOCATION}. moving van comes friday",
        "if u ever send flowers its {ADDRESS} lol jk. unless",
        "born {DOB} so yeah im a gemini, explains a lot",
        "my birthday is {DOB} and {PERSON_F} always forgets it",
        "dob {DOB} if the form asks, i cant find my passport",
        "i was born in {YEAR_DOB} which makes me ancient apparently",
        "{PERSON_M} from {ORGANIZATION} keeps liking my old pics. weird or cute",
        "I matched with a guy called {PERSON_M} on hinge, he's a nurse at {ORGANIZATION}",
        "Me and {PERSON_F} have been friends since {SCHOOL}, shes basically my sister",
        "went to {SCHOOL} and dropped out after {count} months. best decision ever",
        "{PERSON_M} is obsessed with {TEAM}, every saturday i lose him for {dur}",
        "my dad supports {TEAM} and my brother {PERSON_M} supports the rival. christmas is war",
        "babe im in {LOCATION} this weekend visiting {PERSON_F}, miss me?",
        "we broke up. {PERSON_M} {SURNAME}. dont say his name to me again",
        "i dont even know why i still follow {HANDLE}. she blocked me on everything else",
        "so my ex {PERSON_F} is engaged now. to a guy from {LOCATION}. cool cool cool",
        "sister in law {PERSON_F} wants to borrow {price} again, third time this year",
        "sent rent to {IBAN} this morning so i'm broke till payday",
        "landlord wants it to {IBAN} reference flat {count}. is that normal?",
        "card number is {CREDIT_CARD} but dont let me buy anything stupid tonight",
        "accidentally posted my card {CREDIT_CARD} in the group chat. deleted it but still",
        "the bank lady asked for my social {US_SSN} and i just gave it, was that dumb",
        "ssn {US_SSN} for the tax thing, im putting it here so i dont lose it",
        "my ip is {IP_ADDRESS} apparently, {PERSON_M} says thats how he found my server lol",
        "router says {IP_ADDRESS} and the wifi still doesnt work, kill me",
        "check out my portfolio {URL} its still rough",
        "{PERSON_F} made me a website lol {URL}",
        "Honestly {PERSON_F} is the only person at {ORGANIZATION} i can stand",
        "Today {PERSON_M} told me he loves me and i panicked and said thanks",
        "told my therapist about {PERSON_F} and she just nodded for {dur}",
        "doctor at {LOCATION} general said its probably stress. {PERSON_M} drove me there",
        "{AGE} years old and i just found out im allergic to cats. {PERSON_F} is devastated",
        "turning {AGE} next week and i feel nothing",
        "i'm {AGE}f looking for someone who wont ghost me",
        "{AGE}m, {height}, {LOCATION}. thats my whole dating profile lol",
        "my son {PERSON_M} is {AGE} and wont leave his room",
        "Grandma {PERSON_F} turned {AGE} yesterday, we had cake at {time}",
        "so {PERSON_F} {SURNAME} and {PERSON_M} {SURNAME} are divorcing and i have to pick a side",
        "had lunch with {PERSON} and {PERSON} and they wouldnt stop talking about crypto",
        "why does {PERSON} always reply 'k'. just k. like wow",
        "ugh {PERSON} just left me on read for {dur}",
        "can you believe {PERSON} thinks i'm boring?? i literally went skydiving in {LOCATION}",
        "thinking of quitting {ORGANIZATION} and moving to {LOCATION}, rent is half there",
        "got an interview at {ORGANIZATION} on thursday at {time}, pls pray",
        "started at {ORGANIZATION} last month and already regret it",
        "{PERSON_M} cheated on me with his coworker from {ORGANIZATION}. found out on instagram",
        "visiting family in {LOCATION} for {count} days, aunt {PERSON_F} will ask about my exes",
        "Flying to {LOCATION} tomorrow!! {PERSON_F} is picking me up at the airport",
        "i live on {ADDRESS} so the bus is like {dur} from the city",
        "my address for the parcel is {ADDRESS}, {LOCATION}",
        "i wanna go back to {LOCATION} so bad, the beaches and my cousin {PERSON_M}",
        "met {PERSON} at a wedding in {LOCATION} and we talked till {time}",
        "ok so my bf {PERSON_M} is {AGE} and i'm {AGE}. is that weird",
        "my best friend {PERSON_F} moved to {LOCATION} and i have noone now",
        "pls add me on snap its {HANDLE}",
        "dm me on twitter {HANDLE} if this app crashes",
        "i used to go by {HANDLE} on reddit but i deleted it after the thing with {PERSON}",
        "my name is {PERSON} {SURNAME} btw, feels weird telling an ai my full name",
        "hi im {PERSON}, {AGE}, from {LOCATION}. dont know how this works",
        "call me {PERSON}, everyone does",
        "Its {PERSON_F} here again lol did u miss me",
        "my coworker {PERSON_M} {SURNAME} wants to go to {TEAM} game together, is that a date??",
        "my little sister goes to {SCHOOL} now and i feel ancient",
        "signed up for a course at {SCHOOL}, {price} a term. wish me luck",
        "my ex husband {PERSON_M} still has the dog and lives in {LOCATION} with his new gf",
        "we had a fight bc i forgot {PERSON_F}'s birthday. again. its in {count} days apparently",
        "her number is {PHONE} if {PERSON_F} doesnt answer tell her i said sorry",
        "{PERSON_F} said to text her on {PHONE} not whatsapp",
        "send the form to {EMAIL} and cc {EMAIL} ok",
        "my uncle {PERSON_M} runs {ORGANIZATION} and wants me to work there summer",
        "the girl from {ORGANIZATION} checkout gave me her number lol {PHONE}",
        "so i told {PERSON_M} im moving to {LOCATION} and he just said ok. OK???",
        "voice note so yeah anyway {PERSON_F} called and said she cant do {time} so maybe later "
        "and also tell {PERSON_M} to bring the charger",
        "idk if {PERSON} likes me or just likes the attention",
        "Last night {PERSON_M} and I stayed up till {time} talking about {LOCATION}",
        "wrote my birthday wrong on the app, its actually {DOB} not what it says",
        "my real bday is {DOB}, the one on facebook is fake",
        "{PERSON_M} bought me flowers from {ORGANIZATION} lmao the bar is on the floor",
        "bored in {LOCATION}. come visit? {PERSON_F} has a spare room",
        "Mark my words, {PERSON_M} will text me before {time}",
        "so i'm {AGE} and {PERSON_F} is {AGE} and her mum still thinks im a bad influence lmao",
        "rent in {LOCATION} is {price} for a box room. {PERSON_M} pays less for a whole house "
        "in {LOCATION}",
        "I'm seeing {PERSON_F} again on friday. Honestly nervous. She works at {ORGANIZATION} "
        "and is way out of my league",
        "new job!!! {ORGANIZATION} in {LOCATION}, {price} more a month and no more night shifts",
        "my gp is dr {SURNAME} and he literally told me to 'relax more'. ok {SURNAME}",
        "long day. {PERSON_M} called in sick so i covered at {ORGANIZATION} for {dur}",
        "{PERSON} keeps saying hope is not a strategy. ok genius",
        "hey its me again. so {PERSON_F} from my old job at {ORGANIZATION} messaged, she's moving "
        "to {LOCATION} and wants to meet up",
        "mum says hi. well she said 'who are you texting' but same thing. shes called {PERSON_F}",
        "im sending u my details so u remember: {PERSON} {SURNAME}, {AGE}, {ADDRESS}, {LOCATION}",
        "reminder to self: pay {PERSON_M} back {price}, sort code thing is {IBAN}",
        "me and {PERSON_F} split the {price} bill and she still owes me lol",
        "ugh my landlord {PERSON_M} {SURNAME} wants to do an inspection at {time} on a sunday",
        "theres a guy at the gym, {height}, tattoos, i think his name is {PERSON_M}. help",
        "june is my favorite month bc {PERSON_F} and i got together in june",
        "just moved from {LOCATION} to {LOCATION} and i dont know a single soul here",
        "been at {ORGANIZATION} {count} years now, they gave me a mug. a MUG",
        "im {AGE} btw, not {AGE} like my profile says oops",
        "turned {AGE} on tuesday and spent it at {ORGANIZATION} doing stocktake",
        "follow my plant account lol {HANDLE}",
        "my gaming tag is {HANDLE} if u ever wanna lose at mario kart",
        "that account {HANDLE} keeps dming me creepy stuff, should i report it",
        "both my exes follow {HANDLE} and now i think its a fake account stalking me",
        "im on bereal as {HANDLE}, its mostly my ceiling at {time}",
        "Thinking about a weekend in {LOCATION}, anyone i know has been says its lovely",
        "train to {LOCATION} was {price} and {dur} late. never again",
        "we're doing christmas in {LOCATION} this year, mum's choice",
        "applied to {ORGANIZATION} and {ORGANIZATION}, heard nothing back from either",
        "hr at {ORGANIZATION} just called, i got it!!! starting in {count} weeks",
        "they're closing the {ORGANIZATION} in {LOCATION} and i'll lose my job",
        "i'm {AGE} and i've never been on a proper date. is that weird at my age",
        "honestly {LOCATION} is so boring, nothing to do after {time}",
        "when i was {AGE} i moved to {LOCATION} for uni and never went back",
        "my parents are from {LOCATION} but i grew up in {LOCATION}",
        "Worked at {ORGANIZATION} for {count} months and quit, best decision",
        "new email btw, use {EMAIL} from now on",
        "u can reach me on {PHONE} anytime, even at {time}",
        "Paid the deposit from {IBAN}, now the flat in {LOCATION} is ours!!",
        "some website leaked my ssn {US_SSN}, what do i even do",
        "doing a course at {SCHOOL} at night, {price} a module",
        "did my nursing degree at {SCHOOL} and now work at {ORGANIZATION}",
        "{TEAM} lost again and my whole weekend is ruined",
        "season ticket for {TEAM} is {price}, worth it tho",
        "my tiktok {HANDLE} got {count}k views overnight and im scared",
        "{AGE}, {LOCATION}, work in retail, love dogs. thats me",
        "anyone else from {LOCATION}? feels like nobody on here is",
        "my commute from {LOCATION} to {ORGANIZATION} is {dur} each way, kill me",
        "is {AGE} too old to start uni? asking for me",
        "lol the manager at {ORGANIZATION} asked if im {AGE} or {AGE}. rude either way",
        "holiday in {LOCATION} booked!! {count} nights, {price} all in",
        "my aunt lives in {LOCATION}, the tiny village bit, no signal at all",
        "they moved me from the {ORGANIZATION} in {LOCATION} to the one in {LOCATION}. ok then",
        "{ORGANIZATION} rejected me. third rejection this month",
        "check my art page {HANDLE} pls, need the followers",
        "someone made a fake account {HANDLE} with my pics, i'm shaking",
        "my old username was {HANDLE}, dont look it up its embarrassing",
        "grew up near {LOCATION}, like {dur} out, proper middle of nowhere",
        "honestly thinking of moving to {LOCATION}. the job at {ORGANIZATION} is basically mine",
        "{AGE} and just got my first tattoo!! it hurt like hell",
        "wifi at {ORGANIZATION} blocks this app lol so im on data",
    ],
    "de": [
        "bin {AGE} und wohne seit {count} jahren in {LOCATION}, kenn hier trotzdem keinen",
        "{PERSON_F} hat mir grad geschrieben dass sie {PERSON_M} wieder datet. ernsthaft??",
        "mein chef bei {ORGANIZATION} nervt so. schon wieder überstunden",
        "ich fang nächsten monat bei {ORGANIZATION} an, endlich raus aus dem alten laden",
        "meine schwester {PERSON_F} zieht nach {LOCATION}, ich bin voll traurig",
        "hab {PERSON_M} auf tinder gematcht, er ist {AGE} und kommt aus {LOCATION}",
        "meine neue adresse ist {ADDRESS}, {LOCATION}. besuch mich mal",
        "neue bude: {ADDRESS}, altbau, 4. stock ohne aufzug",
        "schreib mir auf insta {HANDLE}",
        "meine nummer: {PHONE}, ruf aber nicht vor {time} an",
        "kannst mir auch ne mail schreiben {EMAIL}",
        "mail an {OBF_EMAIL} geht auch",
        "geboren am {DOB} in {LOCATION}, also ein echtes nordlicht",
        "mein geburtstag ist am {DOB} und keiner hat dran gedacht",
        "{PERSON_M} {SURNAME} aus der buchhaltung hat mich zum essen eingeladen 🙈",
        "Frau {SURNAME} von nebenan hat schon wieder mein paket genommen",
        "mein ex {PERSON_M} schreibt mir nach {count} monaten einfach hey. einfach hey",
        "Ich hab mit {PERSON_F} schluss gemacht. fühlt sich trotzdem scheiße an",
        "Opa {PERSON_M} wird {AGE}, wir feiern in {LOCATION}",
        "mein bruder {PERSON_M} ist {AGE} und spielt immer noch nur fifa",
        "miete geht auf {IBAN}, kannst du mich erinnern?",
        "überweis es einfach an {IBAN}, verwendungszweck egal",
        "meine karte {CREDIT_CARD} wurde gesperrt, super timing",
        "hab {PERSON_F} über {SCHOOL} kennengelernt",
        "{PERSON_M} lebt nur für {TEAM}, jedes wochenende stadion",
        "ich heiß {PERSON} {SURNAME}, falls das wichtig ist",
        "hi ich bin {PERSON}, {AGE}, aus {LOCATION}",
        "{PERSON_F} und {PERSON_M} heiraten im sommer in {LOCATION}, ich bin trauzeugin",
        "mein tiktok ist {HANDLE}, nicht lachen",
        "der server hat die ip {IP_ADDRESS}, {PERSON_M} sagt das passt",
        "hier mein shop {URL}, {PERSON_F} hat die fotos gemacht",
        "arbeite als pflegerin bei {ORGANIZATION} in {LOCATION}, schichtdienst halt",
        "treffe {PERSON} um {time} am bahnhof, bin voll nervös",
        "meine mutter {PERSON_F} ruft jeden tag an und fragt ob ich schon nen freund hab",
        "Sonntag wieder allein. {PERSON_M} ist mit seinen jungs in {LOCATION}",
        "hab grad {PERSON_F} {SURNAME} getroffen, die kenn ich über {SCHOOL}, voll komisch",
        "also ich bin {PERSON}, {AGE}, arbeite bei {ORGANIZATION} und bin eigentlich ganz nett lol",
        "{PERSON_M} meinte ich soll ihm meine nummer geben, {PHONE}, hab ich gemacht 🙈",
        "bin von {LOCATION} nach {LOCATION} gezogen und kenn hier niemanden",
        "seit {count} jahren bei {ORGANIZATION} und kein bisschen befördert",
        "ich bin {AGE}, nicht {AGE} wie im profil steht, sorry",
        "folg mir auf {HANDLE}, da poste ich nur essen",
        "der zug nach {LOCATION} hatte {dur} verspätung und kostete {price}",
        "hab bei {ORGANIZATION} gekündigt, endlich",
        "geh jetzt auf {SCHOOL}, bin {AGE} und immer pleite",
        "{TEAM} hat wieder verloren, mein wochenende ist gelaufen",
        "kommt hier noch jemand aus {LOCATION}?",
        "pendel jeden tag {dur} von {LOCATION} zu {ORGANIZATION}, nervt",
        "bin {AGE} und fang nochmal ne ausbildung an, zu spät?",
        "urlaub in {LOCATION} gebucht!! {count} nächte für {price}",
        "jemand hat nen fake account {HANDLE} mit meinen fotos gemacht",
    ],
    "fr": [
        "j'ai {AGE} ans et j'habite à {LOCATION} depuis {count} ans",
        "{PERSON_F} m'a dit que {PERSON_M} la trompait, je sais pas quoi faire",
        "mon chef chez {ORGANIZATION} est insupportable en ce moment",
        "je commence chez {ORGANIZATION} lundi, je stresse",
        "ma sœur {PERSON_F} part vivre à {LOCATION}, ça me brise le cœur",
        "j'ai matché avec {PERSON_M} sur tinder, il a {AGE} ans et il vient de {LOCATION}",
        "ma nouvelle adresse c'est {ADDRESS}, {LOCATION}",
        "j'habite au {ADDRESS}, code de la porte je te le donne après",
        "ajoute moi sur insta {HANDLE}",
        "mon num c'est {PHONE} mais appelle pas avant {time}",
        "tu peux m'écrire à {EMAIL}",
        "mon mail {OBF_EMAIL} si jamais",
        "née le {DOB} à {LOCATION}, donc bélier",
        "mon anniv c'est le {DOB} et personne s'en souvient",
        "{PERSON_M} {SURNAME} de la compta m'a invitée à dîner 🙈",
        "Mme {SURNAME} d'en face a encore pris mon colis",
        "mon ex {PERSON_M} me recontacte après {count} mois, genre salut ça va",
        "J'ai quitté {PERSON_F} hier soir. je me sens vide",
        "Papi {PERSON_M} fête ses {AGE} ans à {LOCATION} ce weekend",
        "mon frère {PERSON_M} a {AGE} ans et il vit encore chez ma mère",
        "le loyer c'est sur {IBAN}, rappelle moi stp",
        "fais le virement sur {IBAN} c'est plus simple",
        "ma carte {CREDIT_CARD} a été bloquée en plein resto",
        "j'étais à {SCHOOL} avec {PERSON_F}, on se connaît depuis toujours",
        "{PERSON_M} ne vit que pour {TEAM}, je le vois plus le dimanche",
        "je m'appelle {PERSON} {SURNAME}, voilà c'est dit",
        "salut moi c'est {PERSON}, {AGE} ans, de {LOCATION}",
        "{PERSON_F} et {PERSON_M} se marient à {LOCATION} en juin",
        "mon tiktok c'est {HANDLE} mdr",
        "mon site c'est {URL}, {PERSON_F} m'a aidée",
        "je bosse chez {ORGANIZATION} à {LOCATION} depuis {count} ans",
        "rdv avec {PERSON} à {time} devant la gare, j'ai trop le trac",
        "ma mère {PERSON_F} m'appelle tous les jours pour savoir si j'ai quelqu'un",
        "Franchement {PERSON_M} abuse, il m'a posé un lapin pour la troisième fois",
        "j'ai croisé {PERSON_F} {SURNAME} qui était avec moi à {SCHOOL}, trop bizarre",
        "bon moi c'est {PERSON}, {AGE} ans, je bosse chez {ORGANIZATION}, gentille promis",
        "{PERSON_M} m'a demandé mon num, {PHONE}, je lui ai donné 🙈",
        "j'ai déménagé de {LOCATION} à {LOCATION} et je connais personne",
        "ça fait {count} ans que je suis chez {ORGANIZATION}, toujours pas d'augmentation",
        "j'ai {AGE} ans, pas {AGE} comme sur mon profil oups",
        "suis moi sur {HANDLE}, je poste que de la bouffe",
        "le train pour {LOCATION} avait {dur} de retard et coûtait {price}",
        "j'ai démissionné de {ORGANIZATION}, enfin",
        "je suis à {SCHOOL}, j'ai {AGE} ans et toujours fauchée",
        "{TEAM} a encore perdu, mon weekend est gâché",
        "y a quelqu'un de {LOCATION} ici ?",
        "je fais {dur} de trajet de {LOCATION} jusqu'à {ORGANIZATION}, l'enfer",
        "j'ai {AGE} ans et je reprends les études, trop tard ?",
        "vacances à {LOCATION} réservées !! {count} nuits pour {price}",
        "quelqu'un a fait un faux compte {HANDLE} avec mes photos",
    ],
    "es": [
        "tengo {AGE} años y vivo en {LOCATION} desde hace {count} años",
        "{PERSON_F} me ha dicho que {PERSON_M} le pone los cuernos, q hago",
        "mi jefe en {ORGANIZATION} está insoportable",
        "empiezo en {ORGANIZATION} el lunes, qué nervios",
        "mi hermana {PERSON_F} se muda a {LOCATION} y me da mucha pena",
        "hice match con {PERSON_M} en tinder, tiene {AGE} y es de {LOCATION}",
        "mi nueva dirección es {ADDRESS}, {LOCATION}",
        "vivo en {ADDRESS}, el portal verde",
        "agrégame en insta {HANDLE}",
        "mi número es {PHONE}, pero no me llames antes de las {time}",
        "escríbeme a {EMAIL}",
        "mi correo es {OBF_EMAIL} por si acaso",
        "nací el {DOB} en {LOCATION}, soy tauro",
        "mi cumple es el {DOB} y nadie se acuerda nunca",
        "{PERSON_M} {SURNAME} de contabilidad me ha invitado a cenar 🙈",
        "la señora {SURNAME} del quinto me ha vuelto a coger el paquete",
        "mi ex {PERSON_M} me escribe después de {count} meses, como si nada",
        "Ayer lo dejé con {PERSON_F}. estoy fatal",
        "el abuelo {PERSON_M} cumple {AGE} y lo celebramos en {LOCATION}",
        "mi hermano {PERSON_M} tiene {AGE} y sigue en casa de mis padres",
        "el alquiler va a {IBAN}, recuérdamelo porfa",
        "hazme bizum o transferencia a {IBAN}",
        "me han bloqueado la tarjeta {CREDIT_CARD} en plena cena",
        "estudié en {SCHOOL} con {PERSON_F}, nos conocemos de siempre",
        "{PERSON_M} vive por {TEAM}, los domingos no existe",
        "me llamo {PERSON} {SURNAME}, ya está dicho",
        "hola soy {PERSON}, {AGE} años, de {LOCATION}",
        "{PERSON_F} y {PERSON_M} se casan en {LOCATION} en septiembre",
        "mi tiktok es {HANDLE} jajaja",
        "mi web es {URL}, la hizo {PERSON_F}",
        "trabajo en {ORGANIZATION} en {LOCATION} desde hace {count} años",
        "quedé con {PERSON} a las {time} en la plaza, qué nervios",
        "mi madre {PERSON_F} me llama cada día para ver si tengo novio",
        "Sinceramente {PERSON_M} se pasa, me ha dejado plantada otra vez",
        "me he encontrado a {PERSON_F} {SURNAME}, estudiamos juntas en {SCHOOL}, qué fuerte",
        "bueno yo soy {PERSON}, {AGE} años, curro en {ORGANIZATION} y soy maja lo prometo",
        "{PERSON_M} me pidió el número, {PHONE}, se lo di 🙈",
        "me mudé de {LOCATION} a {LOCATION} y no conozco a nadie",
        "llevo {count} años en {ORGANIZATION} y ni un ascenso",
        "tengo {AGE}, no {AGE} como pone en el perfil, ups",
        "sígueme en {HANDLE}, solo subo comida",
        "el tren a {LOCATION} llegó con {dur} de retraso y costó {price}",
        "he dejado {ORGANIZATION}, por fin",
        "estudio en {SCHOOL}, tengo {AGE} y siempre estoy sin blanca",
        "{TEAM} ha vuelto a perder, finde arruinado",
        "¿alguien más de {LOCATION} por aquí?",
        "tardo {dur} de {LOCATION} a {ORGANIZATION} cada día, un horror",
        "tengo {AGE} y vuelvo a estudiar, ¿es tarde?",
        "vacaciones en {LOCATION} reservadas!! {count} noches por {price}",
        "alguien ha hecho una cuenta falsa {HANDLE} con mis fotos",
    ],
    "it": [
        "ho {AGE} anni e vivo a {LOCATION} da {count} anni",
        "{PERSON_F} mi ha detto che {PERSON_M} la tradisce, che faccio",
        "il mio capo da {ORGANIZATION} è insopportabile",
        "comincio da {ORGANIZATION} lunedì, ansia",
        "mia sorella {PERSON_F} si trasferisce a {LOCATION}, mi mancherà tantissimo",
        "ho fatto match con {PERSON_M} su tinder, ha {AGE} anni ed è di {LOCATION}",
        "il mio nuovo indirizzo è {ADDRESS}, {LOCATION}",
        "abito in {ADDRESS}, citofono rotto",
        "seguimi su insta {HANDLE}",
        "il mio numero è {PHONE}, ma non chiamare prima delle {time}",
        "scrivimi a {EMAIL}",
        "la mia mail è {OBF_EMAIL} se serve",
        "sono nata il {DOB} a {LOCATION}, quindi scorpione",
        "il mio compleanno è il {DOB} e nessuno se lo ricorda",
        "{PERSON_M} {SURNAME} dell'amministrazione mi ha invitata a cena 🙈",
        "la signora {SURNAME} del terzo piano ha preso di nuovo il mio pacco",
        "il mio ex {PERSON_M} mi scrive dopo {count} mesi, tipo ciao come va",
        "Ieri ho lasciato {PERSON_F}. sto malissimo",
        "nonno {PERSON_M} compie {AGE} anni, festa a {LOCATION}",
        "mio fratello {PERSON_M} ha {AGE} anni e vive ancora con mamma",
        "l'affitto va su {IBAN}, ricordamelo",
        "fammi un bonifico su {IBAN} dai",
        "mi hanno bloccato la carta {CREDIT_CARD} al ristorante",
        "ho fatto {SCHOOL} con {PERSON_F}, ci conosciamo da sempre",
        "{PERSON_M} è fissato con {TEAM}, la domenica sparisce",
        "mi chiamo {PERSON} {SURNAME}, ecco l'ho detto",
        "ciao sono {PERSON}, {AGE} anni, di {LOCATION}",
        "{PERSON_F} e {PERSON_M} si sposano a {LOCATION} a giugno",
        "il mio tiktok è {HANDLE} ahah",
        "il mio sito è {URL}, l'ha fatto {PERSON_F}",
        "lavoro da {ORGANIZATION} a {LOCATION} da {count} anni",
        "ho appuntamento con {PERSON} alle {time} in piazza, che ansia",
        "mia madre {PERSON_F} mi chiama ogni giorno per sapere se ho il ragazzo",
        "Sinceramente {PERSON_M} esagera, mi ha dato buca per la terza volta",
        "ho incontrato {PERSON_F} {SURNAME}, abbiamo fatto {SCHOOL} insieme, che strano",
        "allora io sono {PERSON}, {AGE} anni, lavoro da {ORGANIZATION} e sono simpatica giuro",
        "{PERSON_M} mi ha chiesto il numero, {PHONE}, gliel'ho dato 🙈",
        "mi sono trasferita da {LOCATION} a {LOCATION} e non conosco nessuno",
        "sono {count} anni che lavoro da {ORGANIZATION} e niente promozione",
        "ho {AGE} anni, non {AGE} come c'è scritto sul profilo, oops",
        "seguimi su {HANDLE}, posto solo cibo",
        "il treno per {LOCATION} aveva {dur} di ritardo ed è costato {price}",
        "mi sono licenziata da {ORGANIZATION}, finalmente",
        "faccio {SCHOOL}, ho {AGE} anni e sono sempre al verde",
        "{TEAM} ha perso di nuovo, weekend rovinato",
        "c'è qualcun altro di {LOCATION} qui?",
        "faccio {dur} di strada da {LOCATION} a {ORGANIZATION} ogni giorno, un incubo",
        "ho {AGE} anni e ricomincio a studiare, troppo tardi?",
        "vacanze a {LOCATION} prenotate!! {count} notti a {price}",
        "qualcuno ha fatto un profilo falso {HANDLE} con le mie foto",
    ],
}
CLEAN_TEMPLATES = {
    "en": [
        "cant sleep again, its {time} and my brain wont shut up",
        "Will you still talk to me if i'm boring tonight",
        "Grace under pressure is not my thing lol",
        "Reading is the only thing keeping me sane rn",
        "Nice weather finally!! went for a walk for {dur}",
        "bought new shoes for {price} and regret nothing",
        "im {height} and every guy on the app lies about being 6ft",
        "worked {count} hours this week, my feet are dead",
        "my rent went up {price} a month, what even",
        "it's been {dur} since i last cried, progress",
        "hope you had a good day, mine was meh",
        "mark my words i'm going to the gym tomorrow",
        "we lost {count}-1 at pub quiz lmaooo",
        "the bill came to {price} for two pizzas. two!!",
        "last time i dated someone was {year} i think",
        "my flight got delayed by {dur}, airports are hell",
        "so tired. woke up at {time} for no reason",
        "Summer can't come soon enough tbh",
        "i want to sue my landlord honestly",
        "Frank question: do u think i text too much",
        "watched {count} episodes in a row, no regrets",
        "Rose wine and sad songs kind of night",
        "ngl i kinda miss having someone to annoy",
        "dating apps are a full time job fr",
        "Bath time, candle, podcast. bye world",
        "Chase your dreams they said. im tired",
        "idk why i feel so anxious today, nothing even happened",
        "therapy was rough today. we talked about my dad for {dur}",
        "drank {count} coffees and now my heart is doing a drum solo",
        "the gym membership is {price} a month and i went twice",
        "haha ur funny. ok goodnight for real this time",
        "Its may already?? where did april go",
        "booked a dentist for {time} tmrw, pray for me",
        "I moved house in {year} and still havent unpacked",
        "my step count today was like {count} hundred lol",
        "Spotify wrapped said i'm in the top 1% of sad music listeners",
        "netflix asked if i'm still watching. rude",
        "Uber was {price} for a {dur} ride. robbery",
        "just ate a whole pizza at {time}, dont judge",
        "Tbh i think i need a break from everyone",
        "Sunday scaries already and its only {time}",
        "Ok so hypothetically if someone was {height} would you date them",
        "my sourdough died. RIP. it was {count} days old",
        "sometimes i just want someone to ask how i am",
    ],
    "de": [
        "kann wieder nicht schlafen, es ist schon {time}",
        "Hab heute {count} stunden gearbeitet, bin fertig",
        "die miete steigt um {price}, unfassbar",
        "Morgen ist endlich wochenende",
        "war {dur} joggen, stolz auf mich",
        "Schatz ich bin müde, gute nacht",
        "ich bin {height} und alle lügen auf den apps",
        "der zug hatte wieder {dur} verspätung, typisch",
        "seit {year} keine beziehung mehr, ist halt so",
        "Heute war einfach nicht mein tag",
        "hab {count} folgen am stück geschaut lol",
        "Wetter ist so grau, ich brauch sonne",
        "Essen war {price} für zwei pizzen. frech",
        "Ehrlich gesagt vermiss ich es, jemanden zu haben",
        "Mai schon?? wo ist die zeit hin",
        "tinder ist anstrengend, ich lösch das",
        "Lange nicht so gelacht wie heute",
        "Hoffnung stirbt zuletzt, sagt man",
        "Frank und frei: ich bin einsam",
    ],
    "fr": [
        "j'arrive pas à dormir, il est {time}",
        "j'ai bossé {count} heures cette semaine, je suis morte",
        "le loyer augmente de {price}, sérieux",
        "Vivement le weekend",
        "j'ai couru {dur}, fière de moi",
        "Bonne nuit mon cœur",
        "je fais {height} et ils mentent tous sur les applis",
        "le train a {dur} de retard, comme d'hab",
        "pas de relation depuis {year}, c'est comme ça",
        "Journée pourrie honnêtement",
        "j'ai regardé {count} épisodes d'affilée mdr",
        "Nice idée mais non",
        "l'addition c'était {price} pour deux pizzas",
        "franchement ça me manque d'avoir quelqu'un",
        "Déjà mai?? le temps passe trop vite",
        "Rose ou blanc ce soir, je sais pas",
        "Pierre qui roule n'amasse pas mousse, comme dit ma mère",
        "Aube à {time}, je dors plus",
    ],
    "es": [
        "no puedo dormir, son las {time}",
        "he trabajado {count} horas esta semana, estoy muerta",
        "me suben el alquiler {price}, flipo",
        "Qué ganas de que sea finde",
        "he corrido {dur}, orgullosa",
        "Buenas noches cariño",
        "mido {height} y todos mienten en las apps",
        "el tren lleva {dur} de retraso, lo de siempre",
        "sin pareja desde {year}, así es la vida",
        "Hoy ha sido un día horrible",
        "me he visto {count} capítulos seguidos jaja",
        "la cuenta fueron {price} por dos pizzas",
        "la verdad echo de menos tener a alguien",
        "Mayo ya?? qué rápido pasa todo",
        "Rosa es mi color favorito, por cierto",
        "Paz mental es lo que necesito",
        "Rocío por la mañana y yo sin chaqueta",
        "Pilar de la casa soy yo, como siempre",
    ],
    "it": [
        "non riesco a dormire, sono le {time}",
        "ho lavorato {count} ore questa settimana, sono distrutta",
        "l'affitto aumenta di {price}, assurdo",
        "Non vedo l'ora che arrivi il weekend",
        "ho corso {dur}, fiera di me",
        "Buonanotte amore",
        "sono alta {height} e tutti mentono sulle app",
        "il treno ha {dur} di ritardo, come sempre",
        "single dal {year}, pazienza",
        "Oggi giornata pessima",
        "ho visto {count} puntate di fila ahah",
        "il conto era {price} per due pizze",
        "sinceramente mi manca avere qualcuno",
        "Già maggio?? il tempo vola",
        "Speranza è l'ultima a morire, dicono",
        "Bella serata comunque",
        "Aurora boreale in tv, che bello",
        "Sole finalmente dopo {count} giorni di pioggia",
    ],
}
