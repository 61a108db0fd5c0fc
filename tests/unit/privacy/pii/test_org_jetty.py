"""Organisations named by forms of belonging the jetty split's first run showed (seen): being
let go in the other languages, shifts imposed, a label, joining a gym or club, a few minutes
from a shop, a name then a year of study, a school in brackets after a degree, those one works
with, teams named by phrasings that name only teams, possessive brands in lower case."""

from __future__ import annotations

import pytest

from tests.unit.privacy.pii.helpers import of_type
from veil.domain.pii import EntityType

POSITIVE = [
    # being let go, in the other languages
    ("me echaron de Zarvela ayer", "es", "Zarvela"),
    ("me han despedido de Quimbro", "es", "Quimbro"),
    ("mi sono licenziato da Trevolux", "it", "Trevolux"),
    ("il s'est fait virer de Brunalto la semaine dernière", "fr", "Brunalto"),
    # an employer imposing shifts
    ("Trovix is making me work sunday again", None, "Trovix"),
    ("ugh Quellmart made me work a double", None, "Quellmart"),
    # a label of its kind
    ("gym: Zentrix Fitness, every morning", None, "Zentrix Fitness"),
    ("palestra: Polisportiva Brenta, il martedì", "it", "Polisportiva Brenta"),
    ("uni: Grevholt, zweites Semester", "de", "Grevholt"),
    ("taf : Norbaltis, rien de fou", "fr", "Norbaltis"),
    # joining a gym or club
    ("joined Ironvale Boxing last month", None, "Ironvale Boxing"),
    ("just joined Zumbrix and im sore", None, "Zumbrix"),
    ("me apunté al Torvell Club de Remo", "es", "Torvell Club de Remo"),
    ("je me suis inscrite à Fitrano en septembre", "fr", "Fitrano"),
    # a few minutes from a shop
    ("we live like 10 mins from zorbamart lol", None, "zorbamart"),
    ("my flat is 5 minutes walk from zorbamart", None, "zorbamart"),
    ("vivo a 5 minutos del Zarvela", "es", "Zarvela"),
    ("abito a 10 minuti dalla trevoluxa", "it", "trevoluxa"),
    # a name, then a year of study
    ("Grevholt, second year, exams in may", None, "Grevholt"),
    ("Brunalto, terzo anno, sessione infinita", "it", "Brunalto"),
    ("Quimbro, segundo curso, fatal", "es", "Quimbro"),
    # a school in brackets after a degree
    ("laureato in legge (Ateneo Brenta) e ora disoccupato", "it", "Ateneo Brenta"),
    ("studied nursing (UWQ) and now i do nights", None, "UWQ"),
    ("licenciada en derecho (Quimbro) y ahora de camarera", "es", "Quimbro"),
    # those one works with
    ("nobody at zorvik even noticed my haircut", None, "zorvik"),
    ("y en quimbro nadie se dio cuenta", "es", "quimbro"),
    # teams named by phrasings that name only teams, a town's name too
    ("soy del Getafe hasta la muerte", "es", "Getafe"),
    ("tifo Bergamo Basket da sempre", "it", "Bergamo Basket"),
    # a possessive brand in lower case
    ("closing shift at zippy pete's again", None, "zippy pete's"),
    # tenure with an approximation and no "for"
    ("been at Quillfield nearly 3 years and no raise", None, "Quillfield"),
    # a lower-case kind of shop before its name, after a German cue
    ("hab bei stadtwerke gießen gekündigt", "de", "stadtwerke gießen"),
    ("ich arbeite bei blumen horstmann", "de", "blumen horstmann"),
    # a school whose name ends like one, gone to
    ("my cousin goes to Harrowby State too", None, "Harrowby State"),
    ("she went to Kelmscott Sixth Form", None, "Kelmscott Sixth Form"),
    # a university by its town in lower case
    ("went to uni of leeds and never looked back", None, "uni of leeds"),
    ("uni hamburg war hart", "de", "uni hamburg"),
    # a workplace left
    ("i cried when Tamsin left Quellmart", None, "Quellmart"),
    ("she left zorbamart after six years", None, "zorbamart"),
    ("elle a quitté Brunalto en mars", "fr", "Brunalto"),
    # those one works with, name first
    ("nobody at meijer noticed", None, "meijer"),
    # a team named where teams play, a number in its name
    ("hoy juega Torvell CF, lo vemos en casa", "es", "Torvell CF"),
    ("bin Kessen 04 fan seit immer", "de", "Kessen 04"),
    # the English ending of a word counts in English only
    ("lavoro da vendly come commessa", "it", "vendly"),
    # those one works with: the only one at
    ("honestly Priyam is the only one at zorvik who gets me", None, "zorvik"),
    # a hospital or school named after a saint, in lower case
    ("i'm at st bride's hospital till 6", None, "st bride's hospital"),
    ("she teaches at saint columba's primary", None, "saint columba's primary"),
    # a place named in English words, gone to in another language
    ("je vais à Iron Works ce soir", "fr", "Iron Works"),
    ("mañana voy al Power House", "es", "Power House"),
    # moving on to another employer after leaving or tenure
    ("quit Trovix after 3 years and went to Quellmart", None, "Quellmart"),
    ("après 12 ans chez Norbaltis je suis passée chez Brunalto", "fr", "Brunalto"),
    # tenure since a year, in the other languages
    ("arbeite seit 2015 bei Grevholt, nervt", "de", "Grevholt"),
    ("trabajo desde 2019 en Zarvela", "es", "Zarvela"),
    # a position at a company, in French
    ("j'ai pas eu le poste chez Norbaltis", "fr", "Norbaltis"),
    # a school named after a saint, gone to
    ("i went to St Brendan's and loved it", None, "St Brendan's"),
    # a lower-case kind before a capitalised name
    ("lo único bueno de farmacia Quimbro es el descuento", "es", "farmacia Quimbro"),
    ("faccio la cameriera a trattoria da Gennarino", "it", "trattoria da Gennarino"),
    ("mi compi de panadería La Zarvela se ha ido", "es", "panadería La Zarvela"),
    # a possessive brand before an employer's act
    ("zippy pete's just fired half the team", None, "zippy pete's"),
    # a bank typed in lower case before its name
    ("en banco quimbro me tienen explotada", "es", "banco quimbro"),
    ("lavoro in banca Trevolux da anni", "it", "banca Trevolux"),
    # a room or fixture of a workplace
    ("someone keeps eating my yoghurt from the fridge at zorbamart", None, "zorbamart"),
    ("cried in the break room at Quellmart again", None, "Quellmart"),
    # a school after someone's full name
    ("Nadia Okafor from Holloway Sixth Form texted me", None, "Holloway Sixth Form"),
]

NEGATIVE = [
    # a brand consumed is no organisation
    "just bought a coke from the machine",
    "ordered from amazon again lol",
    # joining a person, a lower-case brand used
    "joined Hannah for lunch",
    "joined twitter in 2009",
    "joined Monday's call late",
    # minutes: a delay, home, a place
    "el tren llegó con 12 minutos de retraso",
    "il treno è arrivato con 20 minuti di ritardo",
    "i live 5 min from the beach",
    "it's 10 mins from home",
    "5 min from work and still late",
    # labels before people, days and everyday words
    "team: Hannah and Jonas",
    "work: Monday to Friday",
    "school: Maths then Physics",
    # a person or a place before a year
    "Hannah, second year, is my flatmate",
    # brackets after a degree that hold no school
    "graduated in 2019 (finally)",
    "studied law (lol)",
    # those one works with, at everyday places
    "nobody at school noticed",
    "everyone at home is asleep",
    "en casa nadie me escucha",
    # teams: a first name
    "tifo Marco da sempre",
    # possessives of kin and determiners
    "dinner at uncle dave's tonight",
    "staying at my mum's",
    # being let go: a place
    "me echaron de Madrid a los diez años",
    # leaving a person, a place, home; turning left
    "i left Hannah a note",
    "she left London in may",
    "she left home at 16",
    "turn left at the lights",
    "he left Twitter",
    # going to a place, to uni
    "i go to uni tomorrow",
    "went to uni of life lol",
    # a team: a first name after a phrasing of play
    "hoy juega Carlos",
    # the only one somewhere everyday
    "you are the only one at home",
    # going to a town, a person, one English word
    "je vais à Saint-Malo demain",
    "je vais à Lyon ce soir",
    "je vais chez Sophie",
    "je vais à Cool ce soir",
    # a saint's name alone
    "we went to st ives for the weekend",
    # a lower-case kind before a day or an everyday word
    "je vais à la pharmacie Lundi",
    "la farmacia La de siempre",
    # a room at home or work, at a person's
    "the fridge at work is gross",
    "the kitchen at home is tiny",
    "we ate in the kitchen at Hannah's",
    # shifts imposed by a person
    "Hannah is making me work out with her",
]


@pytest.mark.parametrize(("text", "language", "expected"), POSITIVE)
def test_finds_organisations_by_belonging(text: str, language: str | None, expected: str) -> None:
    assert expected in of_type(text, EntityType.ORGANIZATION, language)


@pytest.mark.parametrize("text", NEGATIVE)
def test_not_organisations_by_belonging(text: str) -> None:
    assert of_type(text, EntityType.ORGANIZATION) == []


@pytest.mark.parametrize(
    "text",
    ["quit Trovix and went to Paris for a week", "quit Trovix and went to Hannah's place"],
)
def test_moving_on_to_a_place_or_a_person_is_no_employer(text: str) -> None:
    assert of_type(text, EntityType.ORGANIZATION) == ["Trovix"]
