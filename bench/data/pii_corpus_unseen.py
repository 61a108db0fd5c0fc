"""The *unseen* split of the PII benchmark corpus (issue 5, round 3).

Written on 2026-11-23 before any round-3 engine change and run once before and once after it;
nobody tunes on it. The names are a hand-written list of first names popular in each
language's countries (US, UK, Ireland, Australia; Germany, Austria, Switzerland; France,
Belgium, Quebec; Spain, Latin America; Italy), not checked against any of the engine's
gazetteers and not used by any other split. Places, streets, organisations, handles, e-mail
users and surnames are new too. The templates are new phrasings, with third parties
mid-sentence, and new negatives: names that are words in each language, German capitalised
nouns, title-cased chat, lower-case sentences that look like the positive templates ("salí con
mis amigas", "j'ai vu un film hier soir"), times, prices, scores, heights.
"""

from __future__ import annotations


def _words(text: str, separator: str | None = None) -> list[str]:
    return text.split(separator)


NAMES = {
    "en": _words(
        "Harper Madison Addison Paisley Hazel Aurora Scarlett Layla Nora Riley Brayden Hunter "
        "Grayson Easton Hudson Asher Maverick Archie Alfie Poppy Evie Sienna Matilda Lachlan "
        "Cooper Jayden Aaliyah Deshawn Siobhan Oisin Cillian Darragh Ciara Rhiannon Amara"
    ),
    "de": _words(
        "Emilia Mila Clara Lina Mathilda Emil Anton Luisa Maximilian Johanna Konstantin Mattis "
        "Jakob Leni Fabian Florian Katharina Lotta Pia Tilda Enno Carlotta"
    ),
    "fr": _words(
        "Louise Jade Alice Rose Gabriel Raphaël Arthur Léo Sacha Nathan Axel Romane Éloïse "
        "Juliette Héloïse Bastien Corentin Gaëlle Yannick Léonie Morgane Quentin Aurélien"
    ),
    "es": _words(
        "Daniela Valentina Alba Claudia Martín Adrián Sergio Manuel Thiago Santiago Mariana "
        "Camila Renata Guadalupe Esteban Joaquín Íñigo Naiara Ekaitz Nahia Marta Sebastián"
    ),
    "it": _words(
        "Ginevra Leonardo Francesco Lorenzo Mattia Gabriele Riccardo Edoardo Alessia Benedetta "
        "Caterina Elisa Filippo Giacomo Camilla Emanuele Raffaele Lucrezia Margherita Bianca "
        "Stella"
    ),
}
SURNAMES = {
    "en": _words("Walker Thompson Robinson O'Brien Patel Nguyen"),
    "de": _words("Wagner Fischer Weber Schulz"),
    "fr": _words("Petit Moreau Girard Fontaine"),
    "es": _words("Fernández Gómez Ruiz Navarro"),
    "it": _words("Ferrari Esposito Colombo Ricci"),
}
PLACES = {
    "en": _words(
        "Bristol|Glasgow|Portland|Phoenix|Nashville|Cork|Brighton|Sacramento|Halifax|Perth|"
        "Liverpool|Cardiff|Atlanta|Norwich|Salt Lake City",
        "|",
    ),
    "de": _words(
        "Stuttgart|Bremen|Nürnberg|Münster|Graz|Basel|Kiel|Rostock|Augsburg|Bielefeld|"
        "Garmisch-Partenkirchen",
        "|",
    ),
    "fr": _words(
        "Strasbourg|Montpellier|Nice|Grenoble|Brest|Dijon|Genève|Bruxelles|Quimper|Aix-en-Provence",
        "|",
    ),
    "es": _words(
        "Granada|Córdoba|Cádiz|Oviedo|Alicante|Murcia|Pamplona|Gijón|Guadalajara|Valladolid", "|"
    ),
    "it": _words(
        "Genova|Palermo|Bari|Trieste|Padova|Cagliari|Perugia|Modena|Parma|Reggio Emilia", "|"
    ),
}
ORGS = {
    "en": _words(
        "Walmart|Costco|Deloitte|Burger King|Lincoln High School|Trinity College|Nike|Pret", "|"
    ),
    "de": _words("Aldi|Rewe|Telekom|SAP|Porsche", "|"),
    "fr": _words("Orange|Leclerc|Danone|L'Oréal|SNCF", "|"),
    "es": _words("Repsol|El Corte Inglés|Mapfre|Seat", "|"),
    "it": _words("Eni|Luxottica|Esselunga|Pirelli|Unicredit", "|"),
}
STREETS = {
    "en": ["{n} Birch Avenue", "{n} elm st", "{n} Station Road", "{n} Sycamore Court"],
    "de": ["Schillerstraße {n}", "Am Markt {n}", "Goethestr. {n}", "Rosenweg {n}"],
    "fr": ["{n} boulevard Voltaire", "{n} rue du Moulin", "{n} place de la République"],
    "es": ["calle Sol {n}", "avenida de la Constitución {n}", "calle del Carmen {n}"],
    "it": ["via Mazzini {n}", "viale Europa {n}", "via dei Mille {n}"],
}
HANDLES = ["bella.rose_", "tomi_x", "nina.k22", "fabi.jpg", "mar_tina", "luca.g_", "xo.harper"]
EMAIL_USERS = ["lina.k", "harper_22", "tom.b", "fabi99", "ginevra.r", "m.fontaine"]
OBF_EMAILS = [
    "lina dot k at outlook dot com",
    "tom(at)example.com",
    "harper_22 at yahoo dot com",
    "fabi99 [at] gmx [dot] de",
    "m.fontaine (at) example.fr",
]

PII_TEMPLATES = {
    "en": [
        "can't believe {PERSON} said that",
        "me n {PERSON} are going to the lake",
        "{PERSON} is coming over later",
        "i told {PERSON} about us",
        "have u met {PERSON}?",
        "my sister {PERSON} is visiting this weekend",
        "my boss {PERSON} is a nightmare",
        "ugh {PERSON} again",
        "it's me, {PERSON}",
        "{PERSON} {SURNAME} from school added me",
        "gonna see {PERSON} tmrw",
        "thx {PERSON}!!",
        "miss u {PERSON}",
        "{PERSON} wants to meet u",
        "i was with {PERSON} all day",
        "{AGE}/f/{LOCATION}",
        "turned {AGE} last week",
        "whatsapp me {PHONE}",
        "my digits: {PHONE}",
        "hmu at {EMAIL}",
        "my work email is {EMAIL}",
        "mail me {OBF_EMAIL}",
        "deliver to {ADDRESS} pls",
        "we moved to {ADDRESS}",
        "heading back to {LOCATION} soon",
        "i'm visiting family in {LOCATION}",
        "add my insta {HANDLE}",
        "my sc is {HANDLE}",
        "just got hired at {ORGANIZATION}",
        "i quit {ORGANIZATION} lol",
        "my bday's {DOB}",
        "card: {CREDIT_CARD}",
        "venmo won't work, iban {IBAN}",
        "social is {US_SSN}",
        "my router ip is {IP_ADDRESS}",
        "see {URL}",
    ],
    "de": [
        "{PERSON} kommt später vorbei",
        "ich treffe mich heute mit {PERSON}",
        "hab {PERSON} gestern gesehen",
        "grüße von {PERSON}",
        "meine schwester {PERSON} besucht mich",
        "ich bin {AGE} geworden",
        "meine handynummer: {PHONE}",
        "ich wohne seit kurzem in {LOCATION}",
        "schreib an {EMAIL}",
        "adresse: {ADDRESS}",
        "ich jobbe bei {ORGANIZATION}",
        "ich hab am {DOB} geburtstag",
    ],
    "fr": [
        "{PERSON} arrive ce soir",
        "je sors avec {PERSON} demain",
        "dis bonjour à {PERSON}",
        "ma sœur {PERSON} vient me voir",
        "j'ai eu {AGE} ans hier",
        "mon 06: {PHONE}",
        "j'habite près de {LOCATION}",
        "écris à {EMAIL}",
        "je vis au {ADDRESS}",
        "je bosse chez {ORGANIZATION}",
        "mon insta: {HANDLE}",
    ],
    "es": [
        "{PERSON} viene esta noche",
        "he quedado con {PERSON}",
        "mi hermana {PERSON} me visita",
        "saludos de {PERSON}",
        "cumplí {AGE} ayer",
        "mi whatsapp: {PHONE}",
        "vivo cerca de {LOCATION}",
        "escribe a {EMAIL}",
        "mi casa está en {ADDRESS}",
        "trabajo para {ORGANIZATION}",
        "mi cumple es el {DOB}",
    ],
    "it": [
        "{PERSON} arriva stasera",
        "sono uscito con {PERSON}",
        "mia sorella {PERSON} viene a trovarmi",
        "saluti da {PERSON}",
        "ho compiuto {AGE} anni ieri",
        "il mio whatsapp: {PHONE}",
        "abito vicino a {LOCATION}",
        "scrivi a {EMAIL}",
        "sto in {ADDRESS}",
        "lavoro all'{ORGANIZATION}",
        "il mio compleanno è il {DOB}",
    ],
}
CLEAN_TEMPLATES = {
    "en": [
        "frank talk: i'm not ready",
        "rich people problems lol",
        "it's so sunny today",
        "have faith in me",
        "no chance babe",
        "just in the nick of time",
        "amber alert on my phone again",
        "ray of sunshine you are",
        "sue me lol",
        "can't believe you said that",
        "me n my sister are going to the lake",
        "i told mom about us",
        "gonna see the doctor tmrw",
        "thx babe!!",
        "i was with my friends all day",
        "Honestly I Love This",
        "Happy New Year!!",
        "train leaves at {time}",
        "we ran {count}k today",
        "the concert was {price}",
        "i'm {height} without shoes",
        "we lost 2-0 again",
        "ugh monday again",
        "it's me, your favorite human",
    ],
    "de": [
        "Die Sonne scheint heute so schön",
        "Mein Handy ist kaputt",
        "ich treffe mich heute mit freunden",
        "Morgen um {time} beim Bäcker?",
        "Ernsthaft, {price} für einen Kaffee?",
        "Liebe Grüße und gute Nacht",
        "hab dich gestern gesehen",
    ],
    "fr": [
        "pierre qui roule n'amasse pas mousse",
        "c'est clair",
        "je sors avec mes copines demain",
        "j'ai vu un film hier soir",
        "rendez-vous à {time}",
        "Bonne nuit mon cœur",
        "dis bonjour à ta mère",
    ],
    "es": [
        "se fue la luz otra vez",
        "salí con mis amigas ayer",
        "he quedado con mi madre",
        "a las {time} en el bar",
        "me costó {price}",
        "Buenas noches cariño",
        "rosa es mi color favorito",
    ],
    "it": [
        "che giornata serena",
        "sono felice oggi",
        "sono uscito con gli amici",
        "alle {time} al bar?",
        "costa {price}",
        "Buonanotte tesoro",
        "la stella più bella del cielo",
    ],
}
