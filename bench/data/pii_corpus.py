"""Seeded generator of labelled, chat-style messages for the PII benchmark.

Every value is fictional: names from hand-written lists (deliberately not Faker's, which the
detector's gazetteer uses), RFC 2606 domains for most e-mails and URLs, published test card
numbers, IBANs and phone numbers that are valid by checksum or metadata only. About 30% of the
messages carry no PII and are full of the usual distractors (times, prices, durations,
heights, counts, years, names that are words).

    python bench/data/pii_corpus.py --count 3000 --seed 7 > bench/data/pii_corpus.jsonl
    python bench/data/pii_corpus.py --split heldout   # round-1 held-out (now seen)
    python bench/data/pii_corpus.py --split fresh     # round-2 split, written before round 2
    python bench/data/pii_corpus.py --split unseen    # round-3 split, never tuned on
    python bench/data/pii_corpus.py --split blind     # round-4 split, run once at the end
    python bench/data/pii_corpus.py --split sealed    # round-5 split, run once at the end
    python bench/data/pii_corpus.py --split field     # written without reading the engine
    python bench/data/pii_corpus.py --split street    # a second one, the same way
    python bench/data/pii_corpus.py --split harbor    # a third one, the same way
    python bench/data/pii_corpus.py --split quay      # a fourth one, the same way
    python bench/data/pii_corpus.py --split wharf     # a fifth one, the same way
    python bench/data/pii_corpus.py --split jetty     # a sixth one, the same way
    python bench/data/pii_corpus.py --split pier      # a seventh one, the same way
    python bench/data/pii_corpus.py --split dock      # an eighth one, the same way
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from dataclasses import dataclass, field
from types import ModuleType
from typing import TypeVar

import phonenumbers
import pii_corpus_blind as blind
import pii_corpus_dock as dock
import pii_corpus_field as field_split
import pii_corpus_harbor as harbor
import pii_corpus_jetty as jetty
import pii_corpus_pier as pier
import pii_corpus_quay as quay
import pii_corpus_sealed as sealed
import pii_corpus_street as street
import pii_corpus_unseen as unseen
import pii_corpus_wharf as wharf
from faker import Faker

T = TypeVar("T")


def split_words(text: str, separator: str | None = None) -> list[str]:
    return text.split(separator)


@dataclass
class Message:
    id: str
    language: str
    text: str
    spans: list[tuple[int, int, str]] = field(default_factory=list)

    def as_json(self) -> str:
        return json.dumps(
            {
                "id": self.id,
                "language": self.language,
                "text": self.text,
                "spans": [list(s) for s in self.spans],
            },
            ensure_ascii=False,
        )


NAMES = {
    "en": split_words(
        "Sarah Emily Jessica Ashley Megan Hannah Olivia Chloe Jake Tyler Ryan Dylan Brandon "
        "Ethan Logan Kayla Brianna Zoe Liam Noah Mia Ava Isla Freya Kieran Declan Niamh Saoirse "
        "Tamsin Jolene Marisol Dan Jen Becca"
    ),
    "de": split_words(
        "Lukas Leon Finn Jonas Felix Lena Lea Anna Laura Julia Sophie Marie Jana Tobias "
        "Moritz Jannik Svenja Wiebke Malte Thorben"
    ),
    "fr": split_words(
        "Camille Léa Chloé Manon Inès Emma Lucas Hugo Théo Louis Mathis Enzo Maëlys Océane "
        "Clément Baptiste Anaïs Romain"
    ),
    "es": split_words(
        "Lucía Sofía Martina Paula Valeria Alejandro Pablo Álvaro Hugo Diego Javier Carmen "
        "Nerea Iker Aitana Ainhoa"
    ),
    "it": split_words(
        "Giulia Chiara Francesca Sara Martina Alessandro Matteo Andrea Davide Federico "
        "Giorgia Ilaria Simone Niccolò Beatrice"
    ),
}
SURNAMES = {
    "en": split_words("Miller Johnson Carter Brooks Hayes Murphy"),
    "de": split_words("Müller Schmidt Becker Hoffmann"),
    "fr": split_words("Martin Bernard Dubois Lefèvre"),
    "es": split_words("García López Martínez Sánchez"),
    "it": split_words("Rossi Russo Bianchi Romano"),
}
PLACES = {
    "en": split_words(
        "London|Manchester|Chicago|Boston|Seattle|Denver|Austin|Leeds|Dublin|Toronto|"
        "Springfield|Ashford|New York|San Diego",
        "|",
    ),
    "de": split_words(
        "Berlin|Hamburg|München|Köln|Leipzig|Dresden|Bad Tölz|Wien|Zürich|Freiburg", "|"
    ),
    "fr": split_words("Paris|Lyon|Marseille|Toulouse|Nantes|Lille|Bordeaux|Rennes|Annecy", "|"),
    "es": split_words("Madrid|Barcelona|Sevilla|Valencia|Bilbao|Málaga|Zaragoza|Salamanca", "|"),
    "it": split_words("Roma|Milano|Torino|Napoli|Bologna|Firenze|Verona|Bergamo|Lecce", "|"),
}
ORGS = {
    "en": split_words(
        "Google|starbucks|Target|Acme Logistics|Riverside High School|University of Michigan|"
        "Tesco|amazon",
        "|",
    ),
    "de": split_words("Siemens|Bosch|Deutsche Bahn|Lidl|Allianz", "|"),
    "fr": split_words("Renault|Carrefour|Decathlon|Airbus", "|"),
    "es": split_words("Telefónica|Mercadona|Zara|Iberia", "|"),
    "it": split_words("Fiat|Enel|Barilla|Ferrero", "|"),
}
STREETS = {
    "en": [
        "{n} Oak Street",
        "{n} maple ave",
        "{n} Cedar Road",
        "{n} Willow Lane",
        "{n} Church St",
        "{n} park drive",
    ],
    "de": [
        "Hauptstraße {n}",
        "Bahnhofstr. {n}",
        "Lindenweg {n}",
        "Berliner Straße {n}",
        "Gartenallee {n}",
    ],
    "fr": [
        "{n} rue de la Paix",
        "{n} rue Victor Hugo",
        "{n} avenue Jean Jaurès",
        "{n} rue des Lilas",
    ],
    "es": ["calle Mayor {n}", "calle de Alcalá {n}", "avenida del Sol {n}", "plaza Real {n}"],
    "it": ["via Roma {n}", "via Garibaldi {n}", "piazza Navona {n}", "corso Dante {n}"],
}
CARDS = [
    "4111111111111111",
    "5555555555554444",
    "378282246310005",
    "4012888888881881",
    "6011111111111117",
    "5105105105105100",
    "4242424242424242",
]
REGIONS = {"en": "US", "de": "DE", "fr": "FR", "es": "ES", "it": "IT"}
IBAN_LOCALES = {"en": "en_GB", "de": "de_DE", "fr": "fr_FR", "es": "es_ES", "it": "it_IT"}
MONTHS = {
    "en": split_words(
        "january february march april may june july august september october november december"
    ),
    "de": split_words(
        "Januar Februar März April Mai Juni Juli August September Oktober November Dezember"
    ),
    "fr": split_words(
        "janvier février mars avril mai juin juillet août septembre octobre novembre décembre"
    ),
    "es": split_words(
        "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre"
    ),
    "it": split_words(
        "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre "
        "dicembre"
    ),
}

# Templates: {TYPE} is a labelled PII slot, {time} {price} … are unlabelled distractors.
PII_TEMPLATES = {
    "en": [
        "hey im {PERSON} btw",
        "hi! I'm {PERSON}, nice to meet u",
        "call me {PERSON} ;)",
        "my name's {PERSON} and i'm {AGE}",
        "{AGE}f here, kinda shy",
        "i'm {AGE} and bored",
        "my email is {EMAIL}",
        "write me at {EMAIL} if the app is down",
        "text me {PHONE} after {time}",
        "my number is {PHONE}",
        "call me at {PHONE} tonight",
        "i live at {ADDRESS}",
        "come over, {ADDRESS}, ring twice",
        "i live in {LOCATION}",
        "im from {LOCATION} originally",
        "just moved to {LOCATION} for work",
        "add me on snap {HANDLE}",
        "{HANDLE} on insta",
        "my tg is {HANDLE}",
        "follow me {HANDLE} on tiktok",
        "discord: {HANDLE}",
        "kik: {HANDLE}",
        "my onlyfans is {HANDLE} hehe",
        "i work at {ORGANIZATION}",
        "i study at {ORGANIZATION}",
        "born on {DOB}",
        "my birthday is {DOB} so dont forget",
        "dob {DOB} if u need it",
        "my card is {CREDIT_CARD} lol dont steal it",
        "use {CREDIT_CARD} exp {time}",
        "send it to {IBAN} please",
        "iban: {IBAN}",
        "my ssn is {US_SSN}",
        "my ip is {IP_ADDRESS} can u see it",
        "check my page {URL}",
        "my site: {URL}",
        "{PERSON} and i broke up last week",
        "my friend {PERSON} says hi",
        "tell {PERSON} i miss her",
        "i'm {PERSON}, {AGE}, from {LOCATION}",
        "my bf {PERSON} works at {ORGANIZATION}",
        "{PERSON} {SURNAME} is my ex",
        "my email: {OBF_EMAIL}",
        "email me {OBF_EMAIL}",
        "i'm {AGE} years old and live in {LOCATION}",
        "was born in {YEAR_DOB}",
    ],
    "de": [
        "ich heiße {PERSON} und bin {AGE}",
        "hi, ich bin {PERSON}",
        "nenn mich {PERSON}",
        "meine mail ist {EMAIL}",
        "ruf mich an: {PHONE}",
        "meine nummer ist {PHONE}",
        "ich wohne in {LOCATION}",
        "ich komme aus {LOCATION}",
        "ich wohne {ADDRESS}",
        "ich arbeite bei {ORGANIZATION}",
        "geboren am {DOB}",
        "insta: {HANDLE}",
        "überweis es auf {IBAN}",
        "ich bin {AGE} jahre alt",
        "mein freund {PERSON} ist süß",
    ],
    "fr": [
        "je m'appelle {PERSON} et j'ai {AGE} ans",
        "moi c'est {PERSON}",
        "salut, je suis {PERSON}",
        "mon mail c'est {EMAIL}",
        "appelle-moi au {PHONE}",
        "mon numéro: {PHONE}",
        "j'habite à {LOCATION}",
        "je viens de {LOCATION}",
        "j'habite au {ADDRESS}",
        "je travaille chez {ORGANIZATION}",
        "née le {DOB}",
        "snap: {HANDLE}",
        "mon iban: {IBAN}",
        "ma copine {PERSON} est jalouse",
    ],
    "es": [
        "me llamo {PERSON} y tengo {AGE} años",
        "hola, soy {PERSON}",
        "llámame {PERSON}",
        "mi correo es {EMAIL}",
        "mi número es {PHONE}",
        "vivo en {LOCATION}",
        "soy de {LOCATION}",
        "vivo en {ADDRESS}",
        "trabajo en {ORGANIZATION}",
        "nací el {DOB}",
        "mi insta es {HANDLE}",
        "mi iban: {IBAN}",
        "mi novia {PERSON} es genial",
    ],
    "it": [
        "mi chiamo {PERSON} e ho {AGE} anni",
        "ciao, sono {PERSON}",
        "chiamami {PERSON}",
        "la mia email è {EMAIL}",
        "il mio numero è {PHONE}",
        "abito a {LOCATION}",
        "vivo a {LOCATION}",
        "abito in {ADDRESS}",
        "lavoro presso {ORGANIZATION}",
        "sono nata il {DOB}",
        "il mio ig è {HANDLE}",
        "iban: {IBAN}",
        "il mio ragazzo {PERSON} è dolce",
    ],
}
CLEAN_TEMPLATES = {
    "en": [
        "see you at {time} tonight?",
        "that dress was {price} lol",
        "i waited {dur} for the bus",
        "i'm {height} btw, is that ok",
        "i have {count} cats and a dog",
        "back in {year} i was so shy",
        "i will call you later",
        "may i ask you something?",
        "i hope you sleep well",
        "grace under pressure, that's you",
        "summer can't come soon enough",
        "april showers lol",
        "mark my words",
        "gotta pay the bill first",
        "you're a rose among thorns",
        "update to version 2.3.1 fixed it",
        "battery at {count}%",
        "i'm 5 minutes away",
        "i'm {count} episodes in",
        "we met {count} years ago",
        "i ran {count} miles today",
        "the game ended 3-1",
        "call me later ok?",
        "i'm so tired today",
        "i live in hope",
        "i work from home mostly",
        "will you stay with me?",
        "my bill was {price}",
        "i'm 20 minutes late sorry",
        "it's {time} already??",
        "we need {count} more chairs",
        "i miss you so much",
        "tell me about your day",
        "you make me happy",
        "i'm 6'1 and 180 lbs",
        "the movie is 2h 15min",
        "i was born to love you",
        "happy birthday to my favorite person",
    ],
    "de": [
        "wir sehen uns um {time}",
        "das kostet {price}",
        "ich warte seit {dur}",
        "ich bin 1,80 groß",
        "ich habe {count} katzen",
        "im jahr {year} war alles anders",
        "ich bin müde",
        "ich hoffe, du schläfst gut",
        "ich vermisse dich",
    ],
    "fr": [
        "on se voit à {time}",
        "ça coûte {price}",
        "j'ai attendu {dur}",
        "il y a {count} ans",
        "je suis fatiguée",
        "j'ai {count} chats",
        "tu me manques",
        "en {year} j'étais timide",
    ],
    "es": [
        "nos vemos a las {time}",
        "cuesta {price}",
        "hace {count} años",
        "estoy cansada",
        "tengo {count} gatos",
        "te echo de menos",
        "en {year} era muy tímida",
    ],
    "it": [
        "ci vediamo alle {time}",
        "costa {price}",
        "{count} anni fa",
        "sono stanca",
        "ho {count} gatti",
        "mi manchi",
        "nel {year} ero timida",
    ],
}
# Held-out split: written after the recognizers were tuned on the templates above and never
# tuned against; its first-run numbers are reported as they came out.
HELDOUT_NAMES = {
    "en": split_words(
        "Brooke Caleb Piper Rowan Quinn Nolan Sadie Wesley Tessa Ezra Callum Imogen Ffion Rhys"
    ),
    "de": split_words("Greta Henrik Ida Ole Frieda Hannes Mats Smilla"),
    "fr": split_words("Zoé Jules Margaux Gaspard Apolline Timothée"),
    "es": split_words("Lola Irene Gonzalo Candela Mateo Rocío"),
    "it": split_words("Viola Tommaso Pietro Noemi Elia Gaia"),
}
HELDOUT_PII_TEMPLATES = {
    "en": [
        "omg {PERSON} just texted me",
        "this is {PERSON} from the gym lol",
        "my ex {PERSON} keeps calling",
        "ur so sweet. i'm {PERSON} btw, {AGE}m",
        "reach me on whatsapp {PHONE}",
        "my cell: {PHONE}",
        "email: {EMAIL}",
        "my gmail is {EMAIL}",
        "{OBF_EMAIL} is my email",
        "my address is {ADDRESS}",
        "ship it to {ADDRESS} pls",
        "i'm based in {LOCATION}",
        "visiting {LOCATION} next week",
        "grew up in {LOCATION}",
        "my ig is {HANDLE}",
        "hmu on snapchat: {HANDLE}",
        "dm me on twitter {HANDLE}",
        "i teach at {ORGANIZATION}",
        "i'm an intern at {ORGANIZATION}",
        "b-day: {DOB}",
        "my date of birth is {DOB}",
        "turning {AGE} tomorrow!!",
        "{AGE} yo, single",
        "card number {CREDIT_CARD}",
        "account {IBAN}",
        "ssn: {US_SSN}",
        "my vpn ip {IP_ADDRESS}",
        "link: {URL}",
        "me and {PERSON} went to {LOCATION}",
        "{PERSON} says hi",
    ],
    "de": [
        "hier ist {PERSON}",
        "ich bin {AGE} und wohne in {LOCATION}",
        "meine adresse: {ADDRESS}",
        "schreib mir an {EMAIL}",
        "mein handy: {PHONE}",
        "ich arbeite für {ORGANIZATION}",
    ],
    "fr": [
        "c'est {PERSON}",
        "j'ai {AGE} ans et j'habite à {LOCATION}",
        "mon adresse: {ADDRESS}",
        "écris-moi: {EMAIL}",
        "mon portable {PHONE}",
        "mon insta c'est {HANDLE}",
    ],
    "es": [
        "aquí {PERSON}",
        "soy {PERSON} y tengo {AGE} años",
        "mi dirección es {ADDRESS}",
        "escríbeme a {EMAIL}",
        "llámame al {PHONE}",
        "vengo de {LOCATION}",
    ],
    "it": [
        "qui è {PERSON}",
        "ho {AGE} anni e vivo a {LOCATION}",
        "il mio indirizzo è {ADDRESS}",
        "scrivimi a {EMAIL}",
        "chiamami al {PHONE}",
        "lavoro per {ORGANIZATION}",
    ],
}
HELDOUT_CLEAN_TEMPLATES = {
    "en": [
        "i will be there at 8:15",
        "may the force be with you",
        "hope ur doing ok",
        "that's 3 for $10",
        "took me 2 hrs",
        "we're 4 now",
        "i'm 50/50 on it",
        "in 2020 everything changed",
        "room 101 is scary",
        "see u in 5",
        "bill me later lol",
        "i'm on my way home",
        "wanna play at 9?",
        "it's my 2nd time here",
        "i slept 9 hours",
        "Grace and Frankie is my fav show",
        "Summer Nights is a good song",
        "i'm in love",
        "i'm from the future lol",
        "call of duty at 10?",
        "download it from the app store",
        "add me to the list",
        "i'm 30 seconds from losing it",
        "april fools!!",
    ],
    "de": [
        "bis morgen um 8",
        "kostet 20 euro",
        "ich bin gleich da",
        "ich hab {count} stunden geschlafen",
    ],
    "fr": ["à demain 9h", "ça fait 15 euros", "j'arrive dans {count} minutes"],
    "es": ["hasta mañana a las 9", "son 20 euros", "llego en {count} minutos"],
    "it": ["a domani alle 9", "sono 20 euro", "arrivo tra {count} minuti"],
}
# Fresh split (issue 5, second round): written on 2026-11-23 *before* the lower-case name work,
# because the held-out split had already driven one round of changes. The names are a
# hand-written list of names popular in each language's countries, not checked against any of
# the engine's gazetteers before the first run; the templates are new phrasings (greetings,
# sign-offs, third parties, names mid-sentence) and new negatives. Its first run is reported
# unchanged in bench/RESULTS.md.
FRESH_NAMES = {
    "en": split_words(
        "Kenzie Marley Delaney Shay Bryce Colton Tristan Jaxon Ellie Gemma Niall Keeley Aoife "
        "Cormac Bethan Priya Tariq Darnell Jamal Kira Nate Lexi Tori Cass"
    ),
    "de": split_words("Merle Jette Fiete Bente Lasse Kilian Nele Till Annika Levin Ronja Jasper"),
    "fr": split_words(
        "Solène Maxence Clémence Lisandro Anouk Elouan Capucine Nolwenn Titouan Ambre Loïc Maël"
    ),
    "es": split_words(
        "Ximena Unai Jimena Begoña Iratxe Marcos Noelia Rubén Yaiza Aitor Triana Izan"
    ),
    "it": split_words(
        "Ludovica Samuele Arianna Vittoria Brando Azzurra Gianmarco Cecilia Michele Ottavia "
        "Jacopo Nicolò"
    ),
}
FRESH_PII_TEMPLATES = {
    "en": [
        "heyyy its {PERSON} from tinder",
        "hi there, {PERSON} here :)",
        "ok night night xx {PERSON}",
        "love u lots - {PERSON}",
        "sorry that was {PERSON} on my phone",
        "went out with {PERSON} and {PERSON} last night",
        "{PERSON} keeps ignoring my texts",
        "do u think {PERSON} likes me?",
        "my roommate {PERSON} is so loud",
        "yo it's {PERSON}, new number",
        "i'm {PERSON}, {AGE}, just moved to {LOCATION}",
        "names {PERSON} but everyone calls me {PERSON}",
        "hit me up at {PHONE}",
        "my new number {PHONE} save it",
        "contact: {EMAIL}",
        "send pics to {EMAIL} lol",
        "my other email is {OBF_EMAIL}",
        "i'm staying at {ADDRESS} this week",
        "pick me up from {ADDRESS}",
        "i'm in {LOCATION} rn",
        "flying home to {LOCATION} tmrw",
        "snap me {HANDLE}",
        "my twitch is {HANDLE}",
        "i got fired from {ORGANIZATION} today",
        "started a new job at {ORGANIZATION}",
        "bday is {DOB} hint hint",
        "i'm {AGE} next month",
        "{AGE} and still single lol",
        "pay me back on {IBAN}",
        "visa {CREDIT_CARD}",
        "ssn {US_SSN} for the form",
        "server is at {IP_ADDRESS}",
        "my portfolio {URL}",
    ],
    "de": [
        "hey, {PERSON} hier",
        "lg {PERSON}",
        "ich war gestern mit {PERSON} im kino",
        "{PERSON} hat mir geschrieben",
        "ich bin {PERSON} und {AGE}",
        "meine neue nummer: {PHONE}",
        "ich bin gerade in {LOCATION}",
        "mail an {EMAIL}",
        "ich wohne jetzt in der {ADDRESS}",
        "ich hab bei {ORGANIZATION} angefangen",
    ],
    "fr": [
        "coucou c'est {PERSON} !",
        "bisous, {PERSON}",
        "j'ai vu {PERSON} hier soir",
        "{PERSON} m'a encore écrit",
        "je suis {PERSON}, j'ai {AGE} ans",
        "mon numéro c'est le {PHONE}",
        "je suis à {LOCATION} en ce moment",
        "mon email: {EMAIL}",
        "j'ai commencé chez {ORGANIZATION}",
    ],
    "es": [
        "hola!! soy {PERSON} del gym",
        "besos, {PERSON}",
        "ayer salí con {PERSON}",
        "{PERSON} no me contesta",
        "me llamo {PERSON}, tengo {AGE}",
        "mi móvil es {PHONE}",
        "estoy en {LOCATION} ahora",
        "mi email: {EMAIL}",
        "empecé a trabajar en {ORGANIZATION}",
    ],
    "it": [
        "ciao sono {PERSON} della palestra",
        "un bacio, {PERSON}",
        "ieri sono uscita con {PERSON}",
        "{PERSON} non mi risponde",
        "sono {PERSON} e ho {AGE} anni",
        "il mio cell è {PHONE}",
        "sono a {LOCATION} adesso",
        "la mia mail: {EMAIL}",
        "ho iniziato a lavorare da {ORGANIZATION}",
    ],
}
FRESH_CLEAN_TEMPLATES = {
    "en": [
        "i'm dead lol",
        "im so done with today",
        "this is insane",
        "i'm literally shaking",
        "its fine, really",
        "hi there, how are u",
        "love u lots xx",
        "ok night night xx",
        "will do!",
        "grace period ends friday",
        "may be late, sorry",
        "mark it on the calendar",
        "the bill came to {price}",
        "summer vibes only",
        "hope so",
        "i'm new here",
        "i'm down for it",
        "this is wild",
        "i'm {count} weeks sober",
        "sorry that was my cat on the keyboard",
        "went out with friends last night",
        "i'm over it",
        "meet me at {time}?",
        "i'm starving",
    ],
    "de": [
        "ich bin so müde heute",
        "lg und bis morgen",
        "ich bin gleich zurück",
        "hier ist es so kalt",
        "ich war {count} stunden wach",
    ],
    "fr": [
        "je suis crevée",
        "bisous, à demain",
        "c'est trop bien",
        "je suis en retard",
        "ça fait {count} jours",
    ],
    "es": [
        "soy nueva aquí",
        "besos, hasta mañana",
        "estoy muerta jaja",
        "soy muy tímida",
        "llevo {count} días sin dormir",
    ],
    "it": [
        "sono stanchissima",
        "un bacio, a domani",
        "sono in ritardo",
        "qui è tutto tranquillo",
        "sono {count} giorni che non dormo",
    ],
}
FRESH_HANDLES = ["kenz.ie_", "marley.xo", "priya_99", "til_l", "solene.b", "unai_z", "ludo.vica"]
HANDLES = [
    "jen_x",
    "jen.x",
    "jenny_x99",
    "xx.jenny.xx",
    "dan_the_man",
    "luk4s_92",
    "cami.lle",
    "lu_cia",
    "giu.lia95",
    "jenxoxo",
    "mike#1234",
    "sweet_pea_21",
]


SPLITS = (
    "dev",
    "heldout",
    "fresh",
    "unseen",
    "blind",
    "sealed",
    "field",
    "street",
    "harbor",
    "quay",
    "wharf",
    "jetty",
    "pier",
    "dock",
)
# Splits that keep their own value lists and templates in a module of their own; the dev,
# held-out and fresh splits live in this file and share the dev values.
OWN_MODULES: dict[str, ModuleType] = {
    "unseen": unseen,
    "blind": blind,
    "sealed": sealed,
    "field": field_split,
    "street": street,
    "harbor": harbor,
    "quay": quay,
    "wharf": wharf,
    "jetty": jetty,
    "pier": pier,
    "dock": dock,
}


class Generator:
    def __init__(self, seed: int, split: str = "dev") -> None:
        self.random = random.Random(seed)
        self.split = split
        self.heldout = split == "heldout"
        self.fakers = {lang: Faker(loc) for lang, loc in IBAN_LOCALES.items()}
        # The field, street, harbor, quay, wharf, jetty, pier and dock splits' IBANs come from
        # Faker streams of their own: with the same seeds every other split draws the same IBANs.
        offset = {
            "field": 1000,
            "street": 2000,
            "harbor": 3000,
            "quay": 4000,
            "wharf": 5000,
            "jetty": 6000,
            "pier": 7000,
            "dock": 8000,
        }.get(split, 0)
        for index, faker in enumerate(self.fakers.values()):
            faker.seed_instance(seed + offset + index)

    def pick(self, items: list[str]) -> str:
        return self.random.choice(items)

    def table(self, name: str, shared: T) -> T:
        """The split's own value list `name` if its module has one; else the shared list."""
        module = OWN_MODULES.get(self.split)
        own: T | None = getattr(module, name, None) if module is not None else None
        return shared if own is None else own

    def value(self, slot: str, lang: str) -> tuple[str, str | None]:  # noqa: PLR0911, C901
        r = self.random
        if slot == "PERSON":
            names = {
                "dev": NAMES,
                "heldout": HELDOUT_NAMES,
                "fresh": FRESH_NAMES,
                "unseen": unseen.NAMES,
                "blind": blind.NAMES,
                "sealed": sealed.NAMES,
                "field": field_split.NAMES,
                "street": street.NAMES,
                "harbor": harbor.NAMES,
                "quay": quay.NAMES,
                "wharf": wharf.NAMES,
                "jetty": jetty.NAMES,
                "pier": pier.NAMES,
                "dock": dock.NAMES,
            }[self.split]
            name = self.pick(names[lang])
            return (name.lower() if r.random() < 0.4 else name), "PERSON"
        if slot in (
            "PERSON_F",
            "PERSON_M",
        ):  # field, street, harbor, quay, wharf, jetty, pier, dock: agree with "his", "elle"…
            gendered = self.table(
                "NAMES_F" if slot == "PERSON_F" else "NAMES_M",
                field_split.NAMES_F if slot == "PERSON_F" else field_split.NAMES_M,
            )
            name = self.pick(gendered[lang])
            return (name.lower() if r.random() < 0.4 else name), "PERSON"
        if slot == "SURNAME":
            surname = self.pick(self.table("SURNAMES", SURNAMES)[lang])
            # Only the splits from field on lower-case surnames: the older streams stay unchanged.
            if (
                self.split in ("field", "street", "harbor", "quay", "wharf", "jetty", "pier")
                and r.random() < 0.4
            ):
                surname = surname.lower()
            return surname, "PERSON"
        if slot == "AGE":
            return str(r.randint(18, 59)), "AGE"
        if slot == "EMAIL":
            users = ["jane.doe", "jen_x93", "dan.k", "lukas.m", "cami88", "sofia.r"]
            user = self.pick(self.table("EMAIL_USERS", users))
            domains = ["example.com", "example.org", "mail.example.net"]
            return f"{user}@{self.pick(self.table('EMAIL_DOMAINS', domains))}", "EMAIL"
        if slot == "OBF_EMAIL":
            obfuscated = [
                "jane dot doe at gmail dot com",
                "jen(at)example.com",
                "dan [at] example [dot] com",
                "cami88 at gmail dot com",
                "jane.doe (at) example.org",
            ]
            own: list[str] | dict[str, list[str]] = self.table("OBF_EMAILS", obfuscated)
            # The field split spells e-mails out in the writer's language: one list per language.
            return self.pick(own[lang] if isinstance(own, dict) else own), "EMAIL"
        if slot == "PHONE":
            # Splits whose module re-types numbers (field, street, harbor, quay, wharf, jetty,
            # pier, dock); no other has one.
            retype = getattr(OWN_MODULES.get(self.split), "retype_phone", None)
            if retype is not None:
                return retype(r, self.phone(lang), lang), "PHONE"
            return self.phone(lang), "PHONE"
        if slot == "ADDRESS":
            return self.pick(self.table("STREETS", STREETS)[lang]).format(
                n=r.randint(1, 250)
            ), "ADDRESS"
        if slot == "LOCATION":
            place = self.pick(self.table("PLACES", PLACES)[lang])
            return (place.lower() if r.random() < 0.3 else place), "LOCATION"
        if slot == "TOWN":  # field split: a town after a street address, labelled as a place
            town = self.pick(field_split.TOWNS[lang])
            return (town.lower() if r.random() < 0.3 else town), "LOCATION"
        if slot == "HANDLE":
            handles = FRESH_HANDLES if self.split == "fresh" else HANDLES
            handles = self.table("HANDLES", handles)
            # random() before pick(): keeps the dev and held-out streams as they were.
            return self.pick(handles) if r.random() < 0.7 else "@" + self.pick(
                handles
            ), "SOCIAL_HANDLE"
        if slot == "ORGANIZATION":
            org = self.pick(self.table("ORGS", ORGS)[lang])
            # Only the splits from field on lower-case employers: the older streams stay unchanged.
            if (
                self.split in ("field", "street", "harbor", "quay", "wharf", "jetty", "pier")
                and r.random() < 0.25
            ):
                org = org.lower()
            return org, "ORGANIZATION"
        if slot in ("SCHOOL", "TEAM"):  # only splits whose module has SCHOOLS and TEAMS
            table: dict[str, list[str]] = getattr(OWN_MODULES[self.split], slot + "S")
            return self.pick(table[lang]), "ORGANIZATION"
        if slot == "DOB":
            own_dob = getattr(OWN_MODULES.get(self.split), "dob", None)
            if own_dob is not None:
                return own_dob(r, lang), "DATE_OF_BIRTH"
            return self.dob(lang), "DATE_OF_BIRTH"
        if slot == "YEAR_DOB":
            return str(r.randint(1965, 2006)), "DATE_OF_BIRTH"
        if slot == "CREDIT_CARD":
            return self.card(), "CREDIT_CARD"
        if slot == "IBAN":
            iban = self.fakers[lang].iban()
            return (" ".join(re.findall(".{1,4}", iban)) if r.random() < 0.5 else iban), "IBAN"
        if slot == "US_SSN":
            area = r.choice([a for a in range(1, 900) if a != 666])
            sep = "-" if r.random() < 0.8 else " "
            return f"{area:03d}{sep}{r.randint(1, 99):02d}{sep}{r.randint(1, 9999):04d}", "US_SSN"
        if slot == "IP_ADDRESS":
            if r.random() < 0.2:
                return f"2001:db8::{r.randint(1, 0xFFFF):x}", "IP_ADDRESS"
            return ".".join(str(r.randint(1, 254)) for _ in range(4)), "IP_ADDRESS"
        if slot == "URL":
            urls = [
                "https://example.com/u/jen_x",
                "www.example.org/jenny",
                "example.net/~dan",
                "http://blog.example.com/me",
                "https://www.example.com/profile?id=42",
            ]
            return self.pick(self.table("URLS", urls)), "URL"
        return self.distractor(slot), None

    def distractor(self, slot: str) -> str:
        r = self.random
        return {
            "time": lambda: self.pick(
                [
                    f"{r.randint(1, 12)}:{r.choice(['00', '15', '30', '45'])}",
                    f"{r.randint(1, 12)}pm",
                    f"{r.randint(6, 23)}h",
                ]
            ),
            "price": lambda: self.pick(
                [
                    f"${r.randint(5, 999)}.99",
                    f"{r.randint(5, 300)}€",
                    f"£{r.randint(5, 99)}",
                    f"{r.randint(1, 9)},{r.randint(100, 999)} euros",
                ]
            ),
            "dur": lambda: self.pick(
                [
                    f"{r.randint(2, 59)} minutes",
                    f"{r.randint(2, 12)} hours",
                    f"{r.randint(2, 40)} minuten",
                    f"{r.randint(2, 9)} heures",
                ]
            ),
            "height": lambda: self.pick(["5'6", "5'11", "6 ft 2", "170 cm", "1.75m"]),
            "count": lambda: str(r.randint(2, 40)),
            "year": lambda: str(r.randint(1990, 2024)),
        }[slot]()

    def phone(self, lang: str) -> str:
        region = REGIONS[lang]
        example = phonenumbers.example_number_for_type(region, phonenumbers.PhoneNumberType.MOBILE)
        assert example is not None, f"phonenumbers has no example mobile number for {region}"
        for _ in range(50):
            national = str(example.national_number)
            digits = national[:-4] + f"{self.random.randint(0, 9999):04d}"
            number = phonenumbers.parse(digits, region)
            if phonenumbers.is_valid_number(number):
                break
        style = self.random.choice(
            [
                phonenumbers.PhoneNumberFormat.NATIONAL,
                phonenumbers.PhoneNumberFormat.INTERNATIONAL,
                phonenumbers.PhoneNumberFormat.E164,
            ]
        )
        return phonenumbers.format_number(number, style)

    def dob(self, lang: str) -> str:
        r = self.random
        day, month, year = r.randint(1, 28), r.randint(1, 12), r.randint(1965, 2006)
        if r.random() < 0.4:
            return (
                f"{day:02d}/{month:02d}/{year}" if lang != "de" else f"{day:02d}.{month:02d}.{year}"
            )
        name = MONTHS[lang][month - 1]
        if lang == "en":
            return self.pick([f"{name} {day}", f"{name} {day}, {year}", f"{day} {name} {year}"])
        if lang == "de":
            return f"{day}. {name} {year}"
        if lang == "es":
            return f"{day} de {name} de {year}"
        return f"{day} {name} {year}"

    def card(self) -> str:
        number = self.pick(self.table("CARDS", CARDS))
        style = self.random.random()
        if style < 0.4:
            return " ".join(re.findall(".{1,4}", number))
        if style < 0.6:
            return "-".join(re.findall(".{1,4}", number))
        return number

    def fill(self, index: int, lang: str, template: str) -> Message:
        text, spans, position = "", [], 0
        for match in re.finditer(r"\{(\w+)\}", template):
            text += template[position : match.start()]
            value, kind = self.value(match.group(1), lang)
            if kind is not None:
                spans.append((len(text), len(text) + len(value), kind))
            text += value
            position = match.end()
        text += template[position:]
        return Message(f"m{index:05d}", lang, text, spans)

    def message(self, index: int) -> Message:
        r = self.random
        lang = r.choices(["en", "de", "fr", "es", "it"], weights=[50, 12.5, 12.5, 12.5, 12.5])[0]
        clean = r.random() < 0.3
        module = OWN_MODULES.get(self.split)
        if module is not None:
            templates = module.CLEAN_TEMPLATES if clean else module.PII_TEMPLATES
        elif self.split == "fresh":
            templates = FRESH_CLEAN_TEMPLATES if clean else FRESH_PII_TEMPLATES
        elif self.heldout:
            templates = HELDOUT_CLEAN_TEMPLATES if clean else HELDOUT_PII_TEMPLATES
        else:
            templates = CLEAN_TEMPLATES if clean else PII_TEMPLATES
        return self.fill(index, lang, self.pick(templates[lang]))


def generate(count: int = 3000, seed: int = 7, split: str = "dev") -> list[Message]:
    generator = Generator(seed, split)
    return [generator.message(index) for index in range(count)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=3000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--split", choices=SPLITS, default="dev")
    args = parser.parse_args()
    for message in generate(args.count, args.seed, args.split):
        sys.stdout.write(message.as_json() + "\n")


if __name__ == "__main__":
    main()
