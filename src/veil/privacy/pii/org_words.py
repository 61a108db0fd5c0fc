"""Word classes the organisation recognizer reads: the head words that end an organisation's
name, the kinds of institution written before one, ordinals of a year of study and calendar
words. They are classes of words (what an employer, school or club is called in each of the
five languages), written down from the languages, not from any benchmark's misses.
"""

from __future__ import annotations

from veil.privacy.pii.language import split_words

# A capitalised name ending in one of these is an organisation wherever it occurs ("Kestrel
# Analytics", "Ridgemont High", "Lindner Apotheke", "Harbor Café"). Only words that name a kind
# of organisation in a title are here: "Center", "City", "Hotel", "Restaurant" or "United" also
# end places, titles and phrases ("Town Center", "Hotel California", "Manchester City" is fine
# but "Sin City" is not), so they are left out.
HEAD_WORDS: tuple[str, ...] = tuple(
    split_words(
        # English: trades, companies, schools, clinics, clubs
        "Academy Accountants Advisors Advisory Agency Airlines Airways Analytics Apparel "
        "Architects Associates Athletic Automotive Bakery Bancorp Bank Bistro Boutique Brewery "
        "Brewing Builders Cafe Café Capital Catering Chemicals Clinic Coffee Collective College "
        "Communications Consultants Consulting Cosmetics Dental Designs Diagnostics Digital "
        "Distribution Dynamics Electric Electronics Elementary Energy Engineering Enterprises "
        "Entertainment Fitness Foods Foundation Freight Games Gaming Group Health Healthcare "
        "Holdings Hospital Hospitality Industries Institute Insurance Interactive Investments "
        "Labs Laboratories Logistics Manufacturing Marketing Media Medical Motors Networks "
        "Nursery Outfitters Partners Pharma Pharmaceuticals Pharmacy Polytechnic Prep "
        "Productions Properties Publishing Realty Recruitment Roasters Robotics Rovers "
        "Semiconductors Seminary Services Software Solutions Staffing Studio Studios Systems "
        "Technologies Telecom Therapeutics Ventures Veterinary Wanderers "
        # local trades ("Hartley Joinery", "Ashcombe Lettings", "Redwood Vets")
        "Accountancy Buses Diner Haulage Joinery Lettings Plumbing Vets "
        # German (after the name: "Kessler Bau", "Linden Apotheke", "Müller Logistik")
        "Akademie Apotheke Bau Elektrotechnik Gesamtschule Grundschule Gruppe Gymnasium "
        "Hochschule Immobilien Klinik Kliniken Klinikum Logistik Realschule Stadtwerke "
        "Steuerberatung Systeme Technik Verlag Versand Versicherung Versicherungen Werke "
        "Bäckerei Gärtnerei Krankenkasse Metzgerei Optik "
        # French, Spanish, Italian (mostly kind first, see below; these end names)
        "Assurances Conseil Construcciones Costruzioni Assicurazioni Seguros Informatique "
        "Informatica Informática Ingeniería Ingegneria Ingénierie Transportes Trasporti"
    )
)
# "High" ends a school's name ("Ridgemont High") but opens "High Street", "High Wycombe":
# it counts only when no capitalised word follows.
# So does "Primary" ("Kingsmead Primary"; "Primary Care", "Primary School" are not it).
HEAD_WORD_BARE_ONLY: tuple[str, ...] = ("High", "Primary")
# Heads of two words: the second alone ends phrases ("Football Practice", "Mobile Home").
HEAD_PHRASES: tuple[str, ...] = (
    "Care Home", "Nursing Home", "Dental Practice", "Medical Practice", "Senior Living",
    "Sixth Form",
)  # fmt: skip
# A club named by its sport (wharf split's first run: seen): "Millbrook Netball", "Tidewater
# Rowing", "Pinecrest Swim Team", "Ashby Running Club". Read apart from the head words above:
# a place-like name before them ("Millbrook", "Tidewater") reads as a compound of everyday
# words, so only frequent words are dropped before the sport ("Ice Hockey", "Sunday League
# Football" are no clubs).
SPORT_HEADS: tuple[str, ...] = (
    "Netball", "Rowing", "Rugby", "Hockey", "Lacrosse", "Volleyball", "Basketball",
    "Athletics", "Harriers", "Swim Team", "Swim Club", "Swimming Club", "Running Club",
    "Rowing Club", "Football Club", "Tennis Club", "Golf Club", "Cricket Club", "Rugby Club",
    "Hockey Club", "Boxing Club", "Sailing Club", "Cycling Club", "Netball Club",
)  # fmt: skip

# The same kinds typed in lower case, as chat types them: a kind of shop, practice or home
# before its name ("ehpad les tilleuls", "bäckerei schäfer", "trattoria da nerina",
# "panadería la espiga") and a kind of trade after it ("kilbride joinery", "redwood vets",
# "mossley care home"). Read only where a name is expected (after a cue of working, studying
# or quitting), since "la farmacia" or "the nursery" alone are everyday words.
LOWER_KINDS_FIRST = frozenset(
    split_words(
        # German
        "autohaus apotheke bäckerei baeckerei gärtnerei metzgerei konditorei physiopraxis "
        "zahnarztpraxis arztpraxis steuerbüro friseur eiscafé uniklinik kanzlei "
        "pflegeheim autowerkstatt schreinerei stadtwerke blumen "
        # French
        "ehpad boulangerie pâtisserie patisserie pharmacie boucherie fromagerie menuiserie "
        "transports garage clinique crèche bar-tabac brasserie "
        # Spanish
        "panadería panaderia farmacia cervecería cerveceria pastelería carnicería clínica "
        "academia autoescuela banco "
        # Italian
        "panificio gelateria trattoria pizzeria pasticceria osteria officina macelleria "
        "ferramenta banca"
    )
)
LOWER_HEADS = frozenset(word.lower() for word in HEAD_WORDS + HEAD_PHRASES + SPORT_HEADS)

# A capitalised kind of institution before a capitalised name ("Clinique Pasteur", "Banca
# Intesa", "Hôpital Necker", "Colegio Alameda", "Sparkasse Bremen"), per language. Only
# capitalised, since the lower-case words are everyday words ("la banca", "à l'hôpital").
KINDS_CAPITALISED: dict[str, tuple[str, ...]] = {
    # English puts the kind first only with "of" ("Bank of America", "College of Charleston"):
    # "Bank Holiday", "Club Night", "School Run" are phrases.
    "en": tuple(split_words("Bank College Institute School Academy University")),
    "de": tuple(
        split_words(
            "Akademie Apotheke Autohaus Bäckerei Klinik Klinikum Kanzlei Praxis Sparkasse "
            "Volksbank Stadtsparkasse Berufsschule Fachhochschule Kita Kindergarten Verlag "
            "Kunsthochschule Musikhochschule Uniklinik Universitätsklinikum Gärtnerei "
            "Metzgerei Konditorei Physiopraxis Steuerbüro Eiscafé Pflegeheim Gasthof Gasthaus "
            "Wirtshaus Brauerei Pflegedienst"
        )
    ),
    "fr": tuple(
        split_words(
            "Banque Cabinet Caisse Clinique Groupe Hôpital Institut Mairie Agence Société "
            "Boulangerie Pharmacie Académie Conservatoire Crédit Ehpad EHPAD Boucherie Fromagerie "
            "Menuiserie Pâtisserie Transports Brasserie"
        )
    ),
    "es": tuple(
        split_words(
            "Academia Ayuntamiento Banco Caja Clínica Colegio Consultora Escuela Farmacia "
            "Hospital Instituto Panadería Talleres Universidad Cervecería Pastelería Carnicería "
            "Peluquería Autoescuela"
        )
    ),
    "it": tuple(
        split_words(
            "Accademia Azienda Banca Clinica Comune Conservatorio Farmacia Istituto Officina "
            "Ospedale Panificio Pasticceria Politecnico Polisportiva Scuola Università Gelateria "
            "Trattoria Pizzeria Osteria Macelleria"
        )
    ),
}
# Abbreviations of kinds of school or club that open a name ("IUT de Dinan", "HTW Berlin",
# "ITIS Fermi"): counted only in capitals, like the ones in org.py ("as", "us", "tu" are words).
SCHOOL_ABBREVIATIONS: tuple[str, ...] = tuple(
    split_words(
        "iut ens iae cfa ifsi htw haw hu fu rwth bbs osz igs kgs iis itis iti ipsia asd cep uned "
        # French clubs: Entente or Étoile Sportive, Jeunesse Sportive ("ES Valfleury")
        "es js"
    )
)

# Ordinals before a year of study ("second year at …", "im dritten Semester an der …", "en
# deuxième année à …", "en segundo año en …", "al terzo anno al …"). "last" is not one: "last
# year at Christmas" is a date, not a school.
ORDINALS = frozenset(
    split_words(
        "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth final "
        "1st 2nd 3rd 4th 5th 6th 7th 8th 9th 10th 11th 12th 13th "
        "ersten zweiten dritten vierten fünften sechsten 1. 2. 3. 4. 5. 6. "
        "première premiere deuxième deuxieme seconde troisième troisieme quatrième "
        "quatrieme cinquième cinquieme 1ère 1re 2e 2ème 2eme 3e 3ème 3eme 4e 4ème 5e 5ème "
        "primer primero segundo tercer tercero cuarto quinto 1º 2º 3º 4º 1er 2do 3er 3ro "
        "primo secondo terzo quarto quinto 1° 2° 3° 4° 5°"
    )
)
# Words of a year of study and their language: a work/study word only after an ordinal ("a
# year at Google" is no school; "second year at Ridgemont High" is).
YEAR_WORDS: dict[str, str] = {
    "year": "en", "grade": "en", "année": "fr", "año": "es", "curso": "es", "anno": "it",
}  # fmt: skip


# What one quits that is no employer: a language, a nationality's word or a school subject
# ("i quit French", "quit English class", "i quit Biology"). Words ending like a nationality
# ("-ish", "-ian", "-ese" …) are caught by their ending in org.py.
QUIT_NOT_EMPLOYER = frozenset(
    split_words(
        "french german dutch greek thai czech swiss welsh latin arabic hindi math maths "
        "science biology chemistry physics history geography art music drama economics "
        "philosophy psychology sociology law medicine literature calculus algebra pe gym"
    )
)

# What follows a brand's name in lower case to name its branch in a country or its legal form:
# "lidl uk", "fnac españa", "aldi italia", "globex gmbh".
BRAND_SUFFIXES = frozenset(
    split_words(
        "uk us usa españa espana italia deutschland france gmbh ltd inc plc llc srl spa sarl "
        "nord süd sud international"
    )
)

# Kinds of place one belongs to, written as a label before its name (jetty split's first run:
# seen): "palestra: CUS Bologna", "gym: Anytime Fitness", "uni: Bocconi", "work: Tesco",
# "taf : Leclerc", "curro: Mercadona", "verein: TSV Gilching".
LABELS = frozenset(
    split_words(
        "gym work job employer school uni college club team "
        "fitnessstudio arbeit arbeitgeber firma schule verein "
        "salle taf boulot travail employeur école fac club équipe "
        "gimnasio gym curro trabajo empresa colegio insti uni universidad equipo club "
        "palestra lavoro azienda scuola università squadra"
    )
)

# Last words of a school's name after going to it (jetty split's first run: seen): "Penn State",
# "Georgia Tech", "Cardiff Met", "Northwood Sixth Form", "Ridgemont High". Read only after "go
# to", "went to": "Penn State" elsewhere is also a state's name.
SCHOOL_ENDINGS = frozenset(
    [*split_words("state tech poly met high prep academy college uni"), "sixth form"]
)
