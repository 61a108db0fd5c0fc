"""The *field* split of the PII benchmark corpus: an independent test of generalisation.

Written on 2026-12-07 by someone who did not read the engine (nothing under the PII package,
its docs, its results or its tests), nor the templates of the unseen, blind and sealed splits,
and committed before the engine round it tests. The earlier splits were written by the people
who also tuned the engine; this one is not. Its first run is the figure of generalisation:
nobody looks at its per-message misses before that run, and nothing is tuned on it.

The messages are what adults type into an intimate companion chat: flirting, venting about
work, family and exes, plans, details about themselves; mostly lower case, with typos, slang
and abbreviations. Names are real first names of people in each language's countries (common,
classic, modern and rarer ones, some that are also ordinary words), lower-cased part of the
time by the generator. Names, surnames, places, organisations, schools, teams, streets,
handles, e-mail users, URLs and card numbers are new: no value of another split (checked with a
script against the other splits' lists and generated output). Negatives are everyday words
that look like names or places, brands and apps, times, prices, durations, heights, counts,
years, scores and dates that are not birthdays.
"""

from __future__ import annotations

import random


def _words(text: str, separator: str | None = None) -> list[str]:
    return text.split(separator)


# First names by the gender people would read them as, so that "my sister", "his", "elle" and
# the like agree with the name; {PERSON} draws from both (and a few names used for either).
NAMES_F = {
    "en": _words(
        "Rachel Amanda Stephanie Nicole Heather Lauren Amber Danielle Kelsey Courtney "
        "Brittany Lindsay Jasmine Destiny Mariah Amelia Lily Millie Holly Kirsty Violet "
        "Ruby Maya Grace Dorothy Margaret Barbara Linda Susan Karen Aisha Fatima Mei "
        "Lorraine Shirley Tammy Crystal Misty Savannah Cheyenne Jennifer Melissa Michelle "
        "Kimberly Angela Tiffany Vanessa Monica Erin Kristen Shannon Brenda Tina Donna "
        "Debbie Wendy Kelly Carly Leah Abbie Jodie Stacey Leanne Kerry Lorna Eilidh Mairead "
        "Aoibhinn Roisin Caoimhe Naomi Phoebe Rosie Esme Willow Luna Amira Sana Nia Ebony "
        "Kayleigh Chelsea Bethany Victoria Natalie Samantha Alexis Haley Kaitlyn Cheryl "
        "Beverly Gloria Judy Joanne Pamela Sharon Carol Tracy Heidi Bridget Colleen Maureen "
        "Kathleen Eileen Peggy Molly Nancy Betty Hope"
    ),
    "de": _words(
        "Heike Sabine Petra Anja Katrin Stefanie Melanie Sandra Lisa Hanna Charlotte "
        "Franziska Ute Gisela Ursula Helga Ayşe Elif Zeynep Ingrid Birgit Carina Manuela "
        "Chantal Jacqueline Sophia Amelie Nina Lara Jasmin Vanessa Nadine Tanja Silke "
        "Susanne Monika Renate Christa Gabi Doris Marlene Theresa Magdalena Antonia Alina "
        "Selina Jenny Mandy Cindy Yvonne Ramona Dilara Merve Esra Aylin Jelena Natascha "
        "Swetlana Irina Olga Ella Mira Romy Thea Frida Hedwig Erika"
    ),
    "fr": _words(
        "Lou Pauline Marion Aurélie Émilie Julie Sandrine Nathalie Isabelle Sylvie Valérie "
        "Céline Audrey Mélanie Élodie Amandine Lucie Yasmine Nadia Fatou Aminata Léna "
        "Agathe Eva Jeanne Adèle Victoire Constance Mathilde Marine Claire Laetitia "
        "Virginie Stéphanie Karine Véronique Christine Catherine Martine Françoise Monique "
        "Brigitte Josiane Samia Leïla Khadija Myriam Sabrina Priscilla Maëva Laurine "
        "Estelle"
    ),
    "es": _words(
        "María Ana Cristina Elena Raquel Patricia Silvia Pilar Lorena Noa Carla Alicia Inma "
        "Amaia Nuria Montse Consuelo Reme Dolores Rosa Laia Mireia Judith Ariadna Vega Lara "
        "Adriana Natalia Mónica Sonia Beatriz Lourdes Encarna Mercedes Concha Esther Rebeca "
        "Susana Verónica Vanesa Tamara Sheila Estefanía Miriam Uxue Irati Ane Alejandra "
        "Milagros Luz Puri Charo"
    ),
    "it": _words(
        "Sofia Elena Federica Silvia Serena Roberta Paola Rita Carmela Rosaria Concetta "
        "Nunzia Cristina Giada Alessandra Erica Veronica Simona Monica Antonella Patrizia "
        "Emanuela Giovanna Lucia Teresa Assunta Immacolata Mariangela Ilenia Agnese Adele "
        "Elettra Costanza Letizia Fabiola Ornella Rosanna"
    ),
}
NAMES_M = {
    "en": _words(
        "Michael Chris Matthew Joshua Andrew Kevin Brian Steve Kyle Cody Travis Derek "
        "Marcus Terrence Andre Tyrone Harry Oliver George Jack Oscar Sean Eoin Mason Aiden "
        "Frank Walter Gary Wayne Craig Darren Gavin Stuart Neil Raj Omar Yusuf Dwayne "
        "Rodney Clint Bobby James John Robert William Richard Joseph Anthony Mark Donald "
        "Kenneth Jason Jeff Eric Jacob Nicholas Jonathan Justin Scott Benjamin Samuel "
        "Gregory Patrick Raymond Jerry Aaron Henry Zachary Douglas Peter Jeremy Keith Roger "
        "Terry Gerald Carl Harold Jesse Bryan Lawrence Bruce Billy Joe Alan Elijah Willie "
        "Albert Randy Vincent Roy Bradley Russell Landon Jaxson Rory Lewis Fraser Connor "
        "Cian Tadhg Tunde Femi Chidi Hassan Imran Bilal Zain Vikram Sanjay Tomasz"
    ),
    "de": _words(
        "Paul Elias Niklas Sebastian Stefan Thomas Andreas Markus Christian Jan Tim Dennis "
        "Sven Uwe Jürgen Dieter Klaus Mehmet Emre Jens Björn Kai Arne Wolfgang Gunnar "
        "Marvin Ben Luca Henry Oskar Linus Milan Karl Friedrich Ludwig Hans Günter Horst "
        "Manfred Rainer Bernd Ralf Holger Torsten Carsten Matthias Philipp Dominik Marcel "
        "Justin Sascha Dirk Heinz Ahmet Murat Burak Deniz Serkan Kemal Lars Nils Henning "
        "Knut Fynn Xaver Valentin Ferdinand Jörg Lothar"
    ),
    "fr": _words(
        "Adam Mohamed Karim Yanis Rayan Mehdi Sofiane Nicolas Julien Sébastien Guillaume "
        "Antoine Maxime Alexandre Pierre Philippe Olivier Christophe Stéphane Thierry "
        "Pascal Benoît Killian Jérémy Tom Mathéo Marius Augustin Damien Cédric Fabrice "
        "Franck Frédéric Hervé Jean-Pierre Jean-Luc Gérard Alain Didier Serge Jacques "
        "Ludovic Mickaël Erwan Youssef Ibrahim Moussa Amadou Samir Nabil Hakim Walid Rémi "
        "Hugues Matthieu Fabien Xavier"
    ),
    "es": _words(
        "Daniel Mario Jorge Carlos Luis José Antonio Francisco Juan Miguel Fernando Raúl "
        "Rafael Andrés Víctor Óscar Enrique Nacho Guillermo Jon Asier Eneko Mikel Jordi Pau "
        "Marc Xavi Paco Brayan Álex Rodrigo Gorka Imanol Joseba Xabi Oriol Pol Arnau Biel "
        "Gerard Joan Sergi Toni Pedro Alfonso Ramón Tomás Emilio Julián Eduardo Ricardo "
        "Jaime Alberto Gustavo Héctor Agustín Felipe Ismael Jonathan Cristian Yeray Rayco "
        "Airam Borja Cayetano Pelayo"
    ),
    "it": _words(
        "Marco Luca Giuseppe Giovanni Antonio Stefano Paolo Roberto Massimo Fabio Daniele "
        "Alessio Pierpaolo Salvatore Ciro Gennaro Vincenzo Domenico Ivan Kevin Christian "
        "Enea Alberto Claudio Luigi Franco Mario Enrico Carlo Piero Dario Luciano Maurizio "
        "Sandro Angelo Umberto Vittorio Gaetano Carmine Pasquale Rocco Antonino Calogero "
        "Sebastiano Nicola Alfredo Fausto Valerio Tiziano Igor Loris"
    ),
}
_EITHER = {"en": ["Charlie", "Dakota"], "fr": ["Dominique"]}
NAMES = {lang: NAMES_F[lang] + NAMES_M[lang] + _EITHER.get(lang, []) for lang in NAMES_F}
SURNAMES = {
    "en": _words(
        "Gallagher|Fitzgerald|Reyes|Sullivan|Hughes|Walsh|Pearson|Chambers|Holloway|Bishop|"
        "Washington|Oduya|Coleman|Jenkins|Barnes|Henderson|Russell|Foster|Simmons|Porter|"
        "Palmer|Wallace|Dixon|Marshall|Ferguson|Hayward|Doyle|Byrne|Kavanagh|McCarthy|"
        "Donnelly|Lynch|O'Neill|MacLeod|Campbell|Stewart|Sharma|Begum|Chowdhury|Okoro|"
        "Mensah|Adeyemi|Tran|Ramirez",
        "|",
    ),
    "de": _words(
        "Schneider|Meyer|Koch|Richter|Klein|Wolf|Neumann|Schwarz|Zimmermann|Krüger|"
        "Hartmann|Lange|Werner|Krause|Lehmann|Yılmaz|Kaya|Nowak|Braun|Hofmann|Schmitz|"
        "Schröder|Schäfer|Huber|Bauer|Kaiser|Fuchs|Peters|Scholz|Möller|Jung|Hahn|Vogel|"
        "Keller|Günther|Berger|Winkler|Roth|Beck|Baumann|Franke|Albrecht|Schuster|Böhm|"
        "Kraus|Schumacher|Krämer|Vogt|Jäger|Sommer|Seidel|Brandt|Haas|Schreiber|Schulte|"
        "Dietrich|Ziegler|Kuhn|Pohl|Engel|Busch|Bergmann|Voigt|Sauer|Pfeiffer|Öztürk|Demir|"
        "Şahin",
        "|",
    ),
    "fr": _words(
        "Durand|Simon|Michel|Garcia|Roux|Fournier|Bonnet|Dupont|Lambert|Rousseau|Vincent|"
        "Muller|Faure|Mercier|Blanc|Guérin|Boyer|Chevalier|Diallo|Legrand|Gauthier|Perrin|"
        "Robin|Morin|Roussel|Mathieu|Masson|Marchand|Duval|Dumont|Lemaire|Noël|Dufour|"
        "Meunier|Brun|Blanchard|Giraud|Joly|Rivière|Brunet|Gaillard|Barbier|Arnaud|Roche|"
        "Renard|Vidal|Caron|Fabre|Aubert|Lemoine|Renaud|Dumas|Lacroix|Bourgeois|Payet|"
        "Rolland|Leclercq|Lecomte|Dupuy|Guillot|Hubert|Carpentier|Dupuis|Moulin|Deschamps|"
        "Huet|Vasseur|Boucher|Fleury|Royer|Jacquet|Poirier|Marty|Aubry|Guyot|Carré|Ménard|"
        "Maillard|Bertin|Bailly|Collet|Bouvier|Prévost|Perrot|Germain|Besson|Langlois|"
        "Pelletier|Lévêque|Perrier|Leblanc|Lebrun|Marchal|Hamon|Monnier|Michaud|Guichard|"
        "Gillet|Grondin|Poulain|Tessier|Bouchet|Hoarau|Lejeune|Pasquier|Carlier|Laporte|"
        "Le Goff|Da Silva|Le Gall",
        "|",
    ),
    "es": _words(
        "Rodríguez|González|Pérez|Díaz|Hernández|Álvarez|Jiménez|Moreno|Muñoz|Romero|"
        "Torres|Domínguez|Gil|Vázquez|Serrano|Ramos|Castillo|Ortega|Rubio|Iglesias|"
        "Etxeberria|Puig|Molina|Morales|Suárez|Delgado|Castro|Ortiz|Marín|Sanz|Núñez|"
        "Medina|Garrido|Cortés|Santos|Lozano|Guerrero|Cano|Prieto|Méndez|Cruz|Calvo|"
        "Gallego|Márquez|Herrera|Peña|Flores|Cabrera|Campos|Fuentes|Caballero|Nieto|"
        "Aguilar|Pascual|Santana|Herrero|Montero|Hidalgo|Giménez|Ibáñez|Ferrer|Durán|"
        "Benítez|Mora|Vargas|Arias|Carmona|Crespo|Pastor|Soto|Sáez|Velasco|Moya|Soler|"
        "Parra|Bravo|Gallardo|Rojas|Aguirre|Goikoetxea|Arrieta",
        "|",
    ),
    "it": _words(
        "Marino|Greco|Gallo|Conti|Mancini|Costa|Giordano|Rizzo|Lombardi|Moretti|Barbieri|"
        "Fontana|Santoro|Mariani|Rinaldi|Caruso|Galli|Leone|Longo|Pellegrino|Gentile|"
        "Martinelli|Vitale|Lombardo|Serra|Coppola|D'Angelo|Marchetti|Parisi|Conte|Ferraro|"
        "Ferri|Fabbri|Marini|Grasso|Valentini|Sala|Gatti|Palumbo|Sanna|Farina|Rizzi|Monti|"
        "Cattaneo|Morelli|Amato|Silvestri|Mazza|Testa|Grassi|Carbone|Giuliani|Benedetti|"
        "Barone|Rossetti|Caputo|Montanari|Guerra|Palmieri|Bernardi|Fiore|Ferretti|Bellini|"
        "Basile|Riva|Donati|Piras|Vitali|Battaglia|Sartori|Neri|Costantini|Milani|Pagano|"
        "Ruggiero|Sorrentino|D'Amico|Orlando|Negri|De Luca|De Santis|De Angelis|De Rosa",
        "|",
    ),
}
# Towns and cities: where someone lives, comes from or goes; a street address is followed by a town.
TOWNS = {
    "en": _words(
        "Tampa|Albuquerque|Pittsburgh|Cleveland|Milwaukee|Raleigh|Knoxville|Bakersfield|"
        "El Paso|Baton Rouge|Des Moines|Birmingham|Leicester|Aberdeen|Belfast|Plymouth|"
        "Wigan|Bolton|Croydon|Margate|Harrogate|Scunthorpe|Melbourne|Brisbane|Adelaide|"
        "Auckland|Calgary|Winnipeg|Omaha|Tucson|Lubbock|Shreveport|Dayton|Akron|Fort Worth|"
        "Jacksonville|Louisville|Memphis|Wichita|Fargo|Reno|Provo|Anchorage|Honolulu|"
        "Stockport|Blackpool|Sunderland|Middlesbrough|Hull|Exeter|Swindon|Luton|Reading|"
        "Coventry|Wolverhampton|Inverness|Derry|Newcastle|Wellington|Ottawa",
        "|",
    ),
    "de": _words(
        "Frankfurt|Düsseldorf|Dortmund|Essen|Hannover|Duisburg|Bochum|Bonn|Mannheim|"
        "Karlsruhe|Wiesbaden|Lübeck|Erfurt|Magdeburg|Chemnitz|Kassel|Regensburg|Ulm|"
        "Heilbronn|Gelsenkirchen|Görlitz|Flensburg|Linz|Salzburg|Innsbruck|Bern|Luzern|"
        "Bad Kreuznach|Oberhausen|Hagen|Hamm|Mainz|Saarbrücken|Potsdam|Halle|Oldenburg|"
        "Osnabrück|Solingen|Ludwigshafen|Würzburg|Ingolstadt|Wolfsburg|Trier|Schwerin|"
        "Zwickau|Plauen|Bayreuth|Landshut|Rosenheim|Konstanz|Marburg|Gießen|Siegen|Wismar|"
        "Husum|Emden|Cuxhaven|St. Gallen|Klagenfurt",
        "|",
    ),
    "fr": _words(
        "Reims|Le Havre|Saint-Étienne|Toulon|Nîmes|Clermont-Ferrand|Le Mans|Tours|Amiens|"
        "Metz|Orléans|Rouen|Mulhouse|Caen|Poitiers|La Rochelle|Bayonne|Lausanne|Montréal|"
        "Saint-Malo|Montauban|Avignon|Pau|Calais|Dunkerque|Cherbourg|Saint-Nazaire|Troyes|"
        "Nancy|Béziers|Sète|Ajaccio|Bastia|Biarritz|Arcachon|Vichy|Roubaix|Tourcoing|"
        "Argenteuil|Montreuil|Créteil|Versailles|Charleroi|Québec",
        "|",
    ),
    "es": _words(
        "Palma|Las Palmas|Vigo|Vitoria|A Coruña|Elche|Badalona|Cartagena|Terrassa|Jerez|"
        "Sabadell|Almería|Badajoz|Donostia|Tarragona|León|Toledo|Segovia|Lugo|Buenos Aires|"
        "Bogotá|Lima|Móstoles|Getafe|Leganés|Alcalá de Henares|Fuenlabrada|Marbella|"
        "Torremolinos|Benidorm|Castellón|Girona|Lleida|Reus|Huesca|Ávila|Zamora|Linares|"
        "Algeciras|Ceuta|Melilla|Montevideo|Quito|Caracas|Medellín|Santiago de Chile",
        "|",
    ),
    "it": _words(
        "Catania|Venezia|Messina|Brescia|Taranto|Prato|Reggio Calabria|Livorno|Ravenna|"
        "Foggia|Latina|Monza|Siracusa|Pescara|Trento|Bolzano|Vicenza|Novara|Cosenza|Aversa|"
        "Caserta|Como|Varese|Lecco|Pavia|Mantova|Alessandria|Asti|Cuneo|Savona|La Spezia|"
        "Pisa|Lucca|Arezzo|Siena|Pesaro|Teramo|L'Aquila|Campobasso|Potenza|Brindisi|Andria|"
        "Barletta|Trapani|Agrigento|Ragusa|Olbia|Nuoro|Frosinone|Rovigo",
        "|",
    ),
}
# Regions, islands and countries that read well after the templates' prepositions.
REGIONS = {
    "en": _words(
        "Ohio|Texas|Cornwall|Yorkshire|Scotland|Florida|Mexico|Portugal|Thailand|Arizona|"
        "Kentucky|Georgia|Devon|Kent|Essex|Ireland|Wales|Spain|Greece|Bali",
        "|",
    ),
    "de": _words(
        "Sachsen|Österreich|Mallorca|Sylt|Rügen|Thüringen|Brandenburg|Schwarzwald|Ostfriesland",
        "|",
    ),
    "es": _words(
        "Asturias|Galicia|Andalucía|Tenerife|Lanzarote|Ibiza|Menorca|Cantabria|Navarra|Extremadura",
        "|",
    ),
}
PLACES = {lang: TOWNS[lang] + REGIONS.get(lang, []) for lang in TOWNS}
# Employers: chains, hospitals, firms, shops and cafés, some typed in lower case.
ORGS = {
    "en": _words(
        "Whole Foods|Chick-fil-A|dunkin|Wells Fargo|UPS|FedEx|Kaiser Permanente|"
        "St. Luke's Hospital|asda|Boots|greggs|Barclays|JD Sports|Royal Infirmary|"
        "Hartley & Sons Plumbing|Rosie's Diner|Blue Heron Café|Enterprise Rent-A-Car|"
        "Publix|Trader Joe's|Best Buy|Lowe's|CVS|Dollar General|Panera|Olive Garden|"
        "Applebee's|Texas Roadhouse|Marriott|Hilton|Delta|Southwest|AT&T|Verizon|Comcast|"
        "Bank of America|PwC|KPMG|EY|Morrisons|Waitrose|Argos|Currys|Next|Nando's|"
        "Wetherspoons|Caffè Nero|Virgin Media|BT|Royal Mail|Network Rail|Mercy General|"
        "Sunrise Senior Living|Kwik Fit|Screwfix|B&Q|Dunnes Stores|Penneys|Woolworths|"
        "Bunnings",
        "|",
    ),
    "de": _words(
        "Bäckerei Kamps|Café Extrablatt|Continental|Helios Klinikum|Vodafone|Hornbach|OBI|"
        "Deutsche Post|DHL|Charité|BMW|Daimler|Volkswagen|Kaufland|Rossmann|Netto|"
        "Müller Drogerie|Tchibo|MediaMarkt|Saturn|Douglas|H&M|C&A|Galeria|BASF|Bayer|"
        "Henkel|Thyssenkrupp|Lufthansa|Commerzbank|Volksbank|AOK|TK|Asklepios|Vivantes|"
        "Uniklinik Freiburg|Hermes|Flixbus|Dachser|Würth|Stihl|Miele|Haribo|Vapiano|"
        "Kaufhof|Fressnapf|Globus",
        "|",
    ),
    "fr": _words(
        "Leroy Merlin|Picard|Boulangerie Paul|Capgemini|BNP Paribas|Société Générale|"
        "Michelin|Thales|Darty|Monoprix|CHU de Rouen|AP-HP|Carrefour Market|Franprix|"
        "Lidl France|Système U|Super U|Bouygues|Vinci|Engie|EDF|Safran|Pernod Ricard|Kiabi|"
        "Sephora|Galeries Lafayette|Printemps|Cultura|Castorama|Brico Dépôt|La Redoute|"
        "Dassault|Air France|Pôle emploi|Crédit Mutuel|LCL|Caisse d'Épargne|Buffalo Grill|"
        "Flunch|Brioche Dorée|Pizza Hut|clinique Pasteur",
        "|",
    ),
    "es": _words(
        "Mango|CaixaBank|Dia|Renfe|Correos|Hospital La Paz|Hospital Clínic|Cabify|Alsa|"
        "Telepizza|Cepsa|Bar Manolo|Primor|Carrefour Express|Alcampo|Consum|Lidl Express|"
        "Bershka|Pull&Bear|Stradivarius|Massimo Dutti|Desigual|Bankinter|Naturgy|Endesa|"
        "Ferrovial|Acciona|Indra|Prosegur|Vips|100 Montaditos|Rodilla|Iberia Express|"
        "Vueling|Air Europa|Hospital Virgen del Rocío|Adeslas|Movistar|Jazztel|Ikea",
        "|",
    ),
    "it": _words(
        "Coop|Trenitalia|Mediaworld|Unieuro|Ospedale San Raffaele|Policlinico Gemelli|"
        "Feltrinelli|Eataly|Bar Sport|Calzedonia|Autogrill|Pam|Despar|Tigotà|"
        "Acqua e Sapone|OVS|Rinascente|Yamamay|Tezenis|Intimissimi|Benetton|Diesel|Prada|"
        "Armani|Gucci|Versace|Mutti|Granarolo|Illy|Segafredo|WindTre|Fastweb|Iliad|"
        "Generali|Mediolanum|BPER|Banco BPM|Fincantieri|Stellantis|Maserati|Piaggio|Brembo|"
        "Italo|ATM|ATAC|Ospedale Niguarda|Ospedale Cardarelli|Poltronesofà",
        "|",
    ),
}
SCHOOLS = {
    "en": _words(
        "Penn State|Rutgers|Arizona State|Lincoln High|Roosevelt Elementary|"
        "Sheffield Hallam|Oxford Brookes|UCD|Open University|Kingston Uni|Northwestern|"
        "uni of glasgow|Westfield Community College|Texas A&M|Purdue|Georgia Tech|UNC|"
        "Temple|Notre Dame|Kent State|Loughborough|Cardiff Met|Queen's Belfast|Edge Hill|"
        "De Montfort|Jefferson High|St. Anne's Catholic School",
        "|",
    ),
    "de": _words(
        "TU Darmstadt|RWTH Aachen|Uni Heidelberg|Goethe-Gymnasium|FH Kiel|Humboldt-Uni|"
        "Gesamtschule Bochum-Süd|uni bremen|TU Dortmund|Uni Würzburg|FU Berlin|Uni Leipzig|"
        "HAW Hamburg|Hochschule München|Uni Wien|ETH|Schiller-Gymnasium|Realschule am Park|"
        "Uni Göttingen|KIT",
        "|",
    ),
    "fr": _words(
        "HEC|Sciences Po Lille|Polytechnique|Paris-Saclay|Lyon 2|Paris 8|Assas|Jussieu|"
        "Centrale Lille|Kedge|Skema|Neoma",
        "|",
    ),
    "es": _words(
        "UAM|Universidad de Granada|UPV|Pompeu Fabra|UNED|Carlos III|UB|"
        "Autónoma de Barcelona|UCM|Rey Juan Carlos|Universidad de Deusto",
        "|",
    ),
    "it": _words(
        "Bocconi|Politecnico|Sapienza|Università di Padova|liceo Tasso|Ca' Foscari|"
        "Federico II|Alma Mater|Cattolica|Statale|Bicocca|Tor Vergata|Roma Tre|IULM|"
        "Università di Pisa|Normale",
        "|",
    ),
}
TEAMS = {
    "en": _words(
        "Packers|Eagles|Cubs|Lakers|Celtics|Arsenal|Spurs|Celtic|Rangers|Aston Villa|"
        "Yankees|Wigan Warriors|Cowboys|Steelers|Red Sox|Dodgers|Warriors|Knicks|Bruins|"
        "Everton|Newcastle United|Man City|Hibs|Hearts|Leinster|Munster",
        "|",
    ),
    "de": _words(
        "Schalke|BVB|Werder|HSV|St. Pauli|Eintracht Frankfurt|Fortuna Düsseldorf|Hertha|"
        "TSV Eching|SV Blau-Weiß|Gladbach|Bayern|Leverkusen|Mainz 05|Hannover 96|VfB|"
        "Rapid Wien|FC St. Gallen|SG Dynamo|THW Kiel",
        "|",
    ),
    "fr": _words(
        "OM|PSG|OL|ASSE|Stade Toulousain|FC Nantes|OGC Nice|LOSC|Girondins|RC Strasbourg|"
        "Stade Brestois|ASM|Stade Français|RCT",
        "|",
    ),
    "es": _words(
        "Betis|Atleti|Real Sociedad|Athletic|Celta|Osasuna|Rayo|Valencia CF|Barça|"
        "Real Madrid|Getafe|Espanyol|Villarreal|Deportivo|Sporting|Cádiz CF|Unicaja|"
        "Baskonia",
        "|",
    ),
    "it": _words(
        "Juve|Inter|Lazio|Fiorentina|Genoa|Sampdoria|Torino FC|Sassuolo|Virtus Bologna|"
        "Olimpia Milano|Benetton Rugby",
        "|",
    ),
}
# Street addresses in each country's usual shape.
STREETS = {
    "en": [
        "{n} Magnolia Blvd",
        "{n} W 34th St",
        "{n} Elm Ct",
        "{n} Brookside Dr",
        "{n} Hawthorne Ave apt 4b",
        "{n} Victoria Road",
        "flat 3, {n} Albert Terrace",
        "{n} Kingsway",
        "{n} n lakeview ave",
        "{n} Sycamore Crescent",
    ],
    "de": [
        "Goethestraße {n}",
        "Schillerstr. {n}",
        "Kirchgasse {n}",
        "Friedrich-Ebert-Str. {n}",
        "Ringstraße {n}",
        "Eichendorffweg {n}a",
        "mozartstr {n}",
        "Marktplatz {n}",
        "Am Sonnenhang {n}",
        "Bismarckstr. {n}",
    ],
    "fr": [
        "{n} allée des Tilleuls",
        "{n} impasse des Mimosas",
        "{n} av. de la République",
        "{n} chemin des Vignes",
        "{n} bis rue Gambetta",
        "{n} rue Jean Jaurès",
        "{n} rue Émile Zola",
        "{n} bd de Strasbourg",
        "{n} quai des Chartrons",
    ],
    "es": [
        "c/ Goya {n}",
        "calle Serrano {n}, 3º izq",
        "c/ San Vicente {n}",
        "paseo de Gracia {n}",
        "calle Ancha {n}",
        "ronda de Toledo {n}, 2ºB",
        "plaza del Pilar {n}",
        "c/ Doctor Fleming {n}",
        "avenida de América {n}",
        "carrer de Sants {n}",
    ],
    "it": [
        "via Manzoni {n}",
        "viale Trastevere {n}",
        "via XX Settembre {n}",
        "vicolo Stretto {n}",
        "via Cavour {n}",
        "via Verdi {n}",
        "corso Buenos Aires {n}",
        "via Toledo {n}",
        "viale Monza {n}",
        "via Nazionale {n}",
    ],
}
HANDLES = [
    "kay.lynn_",
    "mattyb.93",
    "djwoody",
    "lil.mars",
    "b3n_ja",
    "tinkerbellx",
    "el.ruizz",
    "nico.sv",
    "sab.ine74",
    "fraa_ncesca",
    "mehdi.off",
    "lulu_lmn",
    "chris_k_tv",
    "paulinette_",
    "yusuf.ali02",
    "zoneygames",
    "txema_88",
    "vale.ntina_",
    "xoxo_gabs",
    "pierpa.73",
    "deshawn#0417",
    "korbi_bayern",
]
EMAIL_USERS = [
    "mike.thompson84",
    "kels.rae",
    "s.wagner",
    "t.richter92",
    "aurelie.m",
    "quentin_b",
    "m.fernandez",
    "nuria.puig",
    "fede.costa",
    "vinc.esposito",
    "harryp_1990",
    "ayse.kaya",
]
EMAIL_DOMAINS = ["example.com", "example.net", "mail.example.org", "post.example.com"]
# E-mails spelled out the way people do it so that scrapers miss them, in each language.
OBF_EMAILS = {
    "en": [
        "mike.thompson84 at example dot com",
        "kels.rae at example dot net",
        "harryp_1990 [at] example [dot] com",
        "kels.rae(at)example(dot)net",
    ],
    "de": [
        "t.richter92 ät example punkt com",
        "s.wagner(at)example.net",
        "ayse.kaya [at] example [punkt] com",
    ],
    "fr": [
        "aurelie.m arobase example point com",
        "quentin_b (at) example.net",
        "aurelie point m at example point org",
    ],
    "es": [
        "m.fernandez arroba example punto com",
        "nuria.puig (arroba) example.net",
        "nuria punto puig at example punto org",
    ],
    "it": [
        "fede.costa chiocciola example punto com",
        "vinc.esposito [at] example.net",
        "fede punto costa at example punto org",
    ],
}
URLS = [
    "https://example.com/kelsrae-art",
    "www.example.net/mattyb",
    "example.org/portfolio/aurelie",
    "https://blog.example.net/2024/vienna-trip",
    "http://www.example.com/~nico/cv.pdf",
    "example.com/shop/fraa_ncesca",
]
# Published test card numbers (valid by checksum only) that no other split uses.
CARDS = [
    "4000056655665556",
    "5200828282828210",
    "371449635398431",
    "6011000990139424",
    "3566002020360505",
    "4000002500003155",
]
MONTHS = {
    "en": _words("jan feb march april may june july aug sept oct nov dec"),
    "de": _words("jan feb märz april mai juni juli aug sept okt nov dez"),
    "fr": _words("janv févr mars avril mai juin juillet août sept oct nov déc"),
    "es": _words("enero feb marzo abril mayo junio julio agosto sept oct nov dic"),
    "it": _words("genn febbr marzo aprile maggio giugno luglio ag sett ott nov dic"),
}


def dob(r: random.Random, lang: str) -> str:
    """A birth date as people type it quickly: short months, two-digit years, no padding."""
    day, month, year = r.randint(1, 28), r.randint(1, 12), r.randint(1967, 2005)
    name = MONTHS[lang][month - 1]
    short_year = f"{year % 100:02d}"
    forms = {
        "en": [
            f"{name} {day}",
            f"{name} {day} {short_year}",
            f"{day} {name} {year}",
            f"{month}-{day}-{short_year}",
            f"{month}/{day}/{year}",
        ],
        "de": [
            f"{day}.{month}.{short_year}",
            f"{day}. {name} {year}",
            f"{day}. {name}",
            f"{day:02d}.{month:02d}.{short_year}",
        ],
        "fr": [f"{day} {name}", f"{day} {name} {short_year}", f"{day}/{month}/{short_year}"],
        "es": [f"{day} de {name}", f"{day}/{month}/{short_year}", f"{day} {name} {year}"],
        "it": [f"{day} {name}", f"{day}/{month}/{short_year}", f"{day} {name} {year}"],
    }[lang]
    return r.choice(forms)


def retype_phone(r: random.Random, formatted: str, lang: str) -> str:
    """Re-type a formatted number the way people do: run together, or with dots or dashes."""
    style = r.random()
    if style < 0.5:
        return formatted
    if style < 0.7:
        return "".join(c for c in formatted if c.isdigit() or c == "+")
    digits = formatted.replace("(", "").replace(")", "").replace("-", " ").split()
    if lang == "de" and formatted.startswith("0") and len(digits) > 1:
        return digits[0] + "/" + "".join(digits[1:])
    return ("." if lang in ("fr", "it") else "-").join(digits)


# Templates: {TYPE} is a labelled PII slot, {time} {price} … are unlabelled distractors.
PII_TEMPLATES = {
    "en": [
        "omg so {PERSON} texted me again at {time} like nothing happened",
        "my ex {PERSON} just liked a pic of mine from 2 yrs ago wtf",
        "{PERSON} keeps stealing my lunch out of the fridge at {ORGANIZATION} and im about "
        "to lose it",
        "im {AGE}, live in {LOCATION}, work nights at {ORGANIZATION}. not exactly exciting lol",
        "{AGE}m {LOCATION} here, just got off a {dur} shift",
        "turned {AGE} last week and my mom still calls me her baby",
        "ok real talk im {AGE} y/o and ive never been on a proper date",
        "{AGE} and still no idea what im doing with my life honestly",
        "my sister {PERSON_F} is moving to {LOCATION} in {count} days and im not ok",
        "had coffee w {PERSON_F} {SURNAME} today, shes the new manager at {ORGANIZATION}",
        "do u think i should text {PERSON_M} back or leave him on read",
        "went to {PERSON}s bday thing last night, met a guy called {PERSON_M}, kinda cute ngl",
        "my dad {PERSON_M} {SURNAME} was a porter at {ORGANIZATION} for {count} years before "
        "he retired",
        "grandma wants me to visit her in {LOCATION} for thanksgiving but flights are {price}",
        "my roommate {PERSON} left the door unlocked AGAIN",
        "the guy from {ORGANIZATION} who fixed my car, i think his name was {PERSON_M}?? he was "
        "sweet",
        "my email is {EMAIL} if you ever need to send me something",
        "u can find me on insta, {HANDLE}",
        "add me on snap {HANDLE} lol",
        "my discord is {HANDLE} if u game",
        "write my number down so u remember it: {PHONE}",
        "text me at {PHONE} after {time}, phone's on silent till then",
        "i live at {ADDRESS}, {TOWN}. the blue house with the broken gate",
        "new place is {ADDRESS}, finally my own kitchen",
        "my birthday is {DOB} btw, in case u wanna plan something cute",
        "born {DOB}, which makes me a leo and explains a lot",
        "i was born in {YEAR_DOB} so yeah do the math",
        "can u save my card {CREDIT_CARD} so i dont have to dig it out every time",
        "my ssn is {US_SSN} wait should i even be telling you that",
        "the hr lady at {ORGANIZATION} asked for my social, {US_SSN}, over email?? is that normal",
        "my ip is {IP_ADDRESS} and the game keeps kicking me, any ideas",
        "check out my portfolio {URL} and tell me if its trash",
        "rent goes to {IBAN} every month and it hurts every time",
        "hey its {PERSON}, we talked yesterday about the move",
        "lol {PERSON} says u sound like a real person",
        "i graduated from {SCHOOL} in {year} and still owe a ton in loans",
        "dropped out of {SCHOOL} after {count} months, worst decision or best, idk",
        "watching the {TEAM} game with {PERSON} and {PERSON}, we're getting destroyed",
        "i coach the under 10s for {TEAM} on saturdays, its the best part of my week",
        "my boss {PERSON} {SURNAME} made me cry in the walk-in freezer today",
        "miss my best friend {PERSON_F} so much, she moved to {LOCATION} and we barely talk",
        "me and {PERSON} broke up after {count} years. {dur} of crying so far",
        "{PERSON_M} from accounting keeps calling me hun. im not his hun",
        "thinking about quitting {ORGANIZATION} and moving back to {LOCATION} tbh",
        "originally from {LOCATION} but been in {LOCATION} since {year}",
        "yo my cousin {PERSON} wants to talk to u lmao",
        "told {PERSON_F} about you and she laughed at me",
        "i miss my grandpa {PERSON_M} so much, he taught me to fish",
        "my son {PERSON_M} is {AGE} now and wont tell me anything about his life",
        "ngl {PERSON} {SURNAME} was my first kiss, {LOCATION}, summer of {year}",
        "if anything happens my emergency contact is my brother {PERSON_M}, {PHONE}",
        "u can email me at {OBF_EMAIL}, spelled it out so bots dont grab it",
        "my tg is {HANDLE}, faster than this app sometimes",
        "im a {AGE} yo guy from {LOCATION}, {height}, shy until im not",
        "my therapist dr {SURNAME} says i overthink. shocker",
        "sorry was at {PERSON_M}s place, his dog ate my charger",
        "staying with my aunt in {LOCATION} till the {count}th, wifi is terrible",
        "i work for {ORGANIZATION} in the warehouse, {count} hours a day on my feet",
        "started at {ORGANIZATION} monday, my team lead {PERSON} seems nice",
        "{AGE}f, tired of guys who only want one thing",
        "{AGE} y/o, divorced, two cats, this is my life now",
        "wait how old do u think i am? ok fine, {AGE}",
        "my wifes name is {PERSON_F}, she works at {ORGANIZATION}, we met at {SCHOOL}",
        "remind me to call {PERSON} {SURNAME} at {time} tomorrow, its about the lease",
        "remember my address for the gift lol {ADDRESS}, {TOWN}",
        "my old blog is still up at {URL}, cringe",
        "{PERSON_F} and i are driving to {LOCATION} this weekend, {dur} in a car with her singing",
        "worked at {ORGANIZATION} for {count} yrs and they fired me by email",
        "just got back from {LOCATION}, it rained the whole time lmao",
        "hit me up on ig {HANDLE} or just here whatever",
        "my mom {PERSON_F} turns {AGE} on sunday and i forgot to get her anything",
        "we went to the {TEAM} game and {PERSON} spilled beer on some guys head",
        "ran into {PERSON} at the grocery store and hid behind the cereal",
        "cant stand {PERSON_F} honestly, acts like she owns the office",
        "{PERSON} ghosted me after {count} dates, classic",
        "pretty sure {PERSON} blocked me everywhere lol",
        "my kids are with their dad {PERSON_M} this weekend so its just me and u",
        "im {AGE} years old and i still cant cook rice",
        "{AGE}, {LOCATION}, nurse at {ORGANIZATION}. thats me in a nutshell",
        "just moved from {LOCATION} to {LOCATION} for a job at {ORGANIZATION}, know nobody here",
        "im {AGE} and just went back to school at {SCHOOL}, feel ancient",
        "can u keep my new number? {PHONE}. old one got cut off",
        "the package is going to {ADDRESS} right? thats my sisters place",
        "bdays {DOB}, im expecting at least a poem",
        "my login email is {EMAIL} btw, the app keeps logging me out",
        "snap: {HANDLE} insta: {HANDLE}. go",
        "ugh {ORGANIZATION} called me in on my day off",
        "closing shift at {ORGANIZATION} till {time}, talk after?",
        "flying to {LOCATION} next month, first trip alone",
        "{LOCATION} girl living in {LOCATION}, miss home every day",
        "never thought id be {AGE} and single in {LOCATION} lol",
        "turning {AGE} on the {count}th, kinda dreading it",
        "got a interview at {ORGANIZATION} tmrw, wish me luck!!",
        "tracking says its at {ADDRESS}, thats not even my street",
        "server ip is {IP_ADDRESS}, join whenever",
        "my card keeps getting declined, its {CREDIT_CARD}. am i broke",
        "my dob is {DOB}, why does every form want that",
        "grew up in {LOCATION}, went to {SCHOOL}, peaked in high school",
        "we lived at {ADDRESS} when i was little, drove past it today",
        "tbh {LOCATION} in winter is depressing",
        "{TEAM} fan til i die, dont @ me",
        "ssn {US_SSN}, pls remember it for me i always forget",
        "its just my art page {URL}, dont laugh",
        "just turned {AGE}!! feel exactly the same tbh",
        "{AGE} next month and my back already hurts",
        "signed the lease for {ADDRESS}!!! finally",
    ],
    "de": [
        "{PERSON} hat mir heute um {time} geschrieben, einfach so",
        "bin {AGE}, wohne in {LOCATION} und arbeite bei {ORGANIZATION}",
        "ich bin {AGE} und fühl mich wie 80 lol",
        "meine schwester {PERSON_F} zieht nach {LOCATION}, ich heul gleich",
        "mein chef {PERSON_M} {SURNAME} hat mich vor allen angeschrien",
        "{AGE}, m, aus {LOCATION}. mehr gibts nicht zu sagen haha",
        "hab {PERSON} gestern beim bäcker getroffen, voll peinlich",
        "schreib mir auf insta: {HANDLE}",
        "meine nummer ist {PHONE}, aber bitte nicht vor {time}",
        "meine adresse: {ADDRESS}, {TOWN}. klingel geht nicht, einfach klopfen",
        "ich hab am {DOB} geburtstag, nur so als info",
        "geboren bin ich am {DOB} in {LOCATION}",
        "meine mail ist {EMAIL}",
        "kannst mir auch an {OBF_EMAIL} schreiben",
        "miete geht jeden monat an {IBAN}, tut weh",
        "{SCHOOL} war die schlimmste zeit meines lebens lol",
        "samstag spielt {TEAM}, {PERSON} und ich gehen ins stadion",
        "mein ex {PERSON_M} hat schon wieder ne neue, wie schön für ihn",
        "seit {count} jahren bei {ORGANIZATION} und keine gehaltserhöhung",
        "mit {PERSON_F} {SURNAME} war ich in der schule, jetzt ist sie ärztin",
        "werde nächste woche {AGE}, also keine witze übers alter bitte",
        "mein opa {PERSON_M} kommt aus {LOCATION} und spricht nur platt",
        "hab mich von {PERSON} getrennt. nach {count} jahren.",
        "mein kollege {PERSON_M} nervt so, redet nur über sein auto",
        "urlaub in {LOCATION} gebucht, {price} für eine woche",
        "falls du mich auf snapchat willst: {HANDLE}",
        "erinner mich dran {PERSON} morgen zurückzurufen, gehts um die wohnung",
        "die neue im büro heißt {PERSON_F}, kommt aus {LOCATION} und ist echt lustig",
        "arbeite als pflegerin bei {ORGANIZATION}, nachtschicht mal wieder",
        "{PERSON} meinte ich soll mich mal entspannen. danke {PERSON}, sehr hilfreich",
        "{AGE} jahre alt und immer noch keine ahnung was ich will",
        "bin grad bei meiner mutter in {LOCATION}, ruf mich an: {PHONE}",
        "{AGE}, {LOCATION}, arbeite bei {ORGANIZATION}. kurz und knapp",
        "neue nummer: {PHONE}, die alte kannst du löschen",
        "bin gestern {AGE} geworden und keiner hat angerufen",
        "zieh nächsten monat nach {LOCATION}, neuer job bei {ORGANIZATION}",
        "schick das paket an {ADDRESS}, {TOWN}",
        "mein geburtstag ist der {DOB}, vergiss es nicht",
        "bin {TEAM} fan seit ich denken kann",
    ],
    "fr": [
        "j'ai {AGE} ans et je vis toujours chez ma mère, voilà",
        "{PERSON_M} m'a encore envoyé un message à {time}, il abuse",
        "je bosse chez {ORGANIZATION} à {LOCATION}, c'est pas la joie",
        "ma meilleure amie {PERSON_F} part vivre à {LOCATION} et jsuis dévastée",
        "mon ex {PERSON_M} {SURNAME} s'est marié, j'ai vu ça sur insta",
        "{AGE} ans, originaire de {LOCATION}, célibataire depuis trop longtemps",
        "mon numéro c'est le {PHONE}, écris-moi quand tu veux",
        "j'habite au {ADDRESS}, {TOWN}, au 3e sans ascenseur",
        "mon anniv c'est le {DOB}, tu notes hein",
        "née le {DOB}, donc capricorne, ça explique tout",
        "mon mail : {EMAIL}",
        "tu peux m'écrire à {OBF_EMAIL}",
        "ajoute-moi sur snap, c'est {HANDLE}",
        "j'ai croisé {PERSON} à la boulangerie, on a fait semblant de pas se voir",
        "je suis en master à {SCHOOL}, je dors plus",
        "ce soir y a {TEAM} qui joue, je regarde avec {PERSON} et ses potes",
        "mon chef {PERSON_M} m'a appelé un dimanche pour un truc inutile",
        "j'vais avoir {AGE} ans le mois prochain et j'ai rien accompli",
        "mon frère {PERSON_M} bosse chez {ORGANIZATION}, il kiffe",
        "on est partis à {LOCATION} ce week-end avec {PERSON}, il a plu tout le temps",
        "mon loyer part sur {IBAN} et après j'ai plus rien",
        "ma tante {PERSON_F} a {AGE} ans et elle sort plus que moi",
        "je viens de {LOCATION} mais ça fait {count} ans que je suis à {LOCATION}",
        "{PERSON_M} {SURNAME}, tu te souviens? le mec de la soirée. il m'a réécrit",
        "ma coloc {PERSON_F} ramène encore son copain, j'en peux plus",
        "mon insta c'est {HANDLE} si jamais",
        "j'ai bossé {count} ans chez {ORGANIZATION} et ils m'ont virée par mail",
        "trop bizarre, j'ai rêvé de {PERSON} cette nuit",
        "salut moi c'est {PERSON}, {AGE} ans, je suis de {LOCATION}",
        "nouveau numéro : {PHONE}",
        "je déménage à {LOCATION} le mois prochain, nouveau taf chez {ORGANIZATION}",
        "{AGE} ans aujourd'hui et personne m'a souhaité",
        "envoie le colis au {ADDRESS}, {TOWN}",
        "jsuis fan de {TEAM} depuis toujours",
        "mon snap: {HANDLE}, mon insta: {HANDLE}",
    ],
    "es": [
        "tengo {AGE} y sigo sin saber qué hacer con mi vida",
        "{PERSON_M} me ha escrito otra vez a las {time}, qué pesado",
        "trabajo en {ORGANIZATION} en {LOCATION}, turno de noche",
        "mi hermana {PERSON_F} se muda a {LOCATION} y me quedo sola",
        "soy de {LOCATION}, {AGE} años, y me encanta cocinar",
        "mi número es {PHONE}, escríbeme por whatsapp",
        "vivo en {ADDRESS}, {TOWN}, por si me quieres mandar algo jaja",
        "mi cumple es el {DOB}, apúntalo",
        "nací el {DOB}, soy tauro",
        "mi correo es {EMAIL}",
        "escríbeme a {OBF_EMAIL}",
        "sígueme en insta: {HANDLE}",
        "mi ex {PERSON_M} {SURNAME} ya tiene novia nueva, genial",
        "estudié en la {SCHOOL} y no me sirvió de nada",
        "hoy juega {TEAM}, lo veo con {PERSON} en el bar",
        "mi jefe {PERSON_M} me ha hecho quedarme {count} horas más",
        "cumplo {AGE} el sábado y no quiero fiesta",
        "mi primo {PERSON_M} trabaja en {ORGANIZATION}, me va a conseguir curro",
        "me encontré a {PERSON} en el súper y casi me muero",
        "el alquiler va a {IBAN} y me deja sin nada",
        "me fui a {LOCATION} con {PERSON} el finde y discutimos todo el rato",
        "llevo {count} años en {ORGANIZATION} y ni un ascenso",
        "{PERSON} dice que hablo demasiado contigo jajaja",
        "mi compañera de piso {PERSON_F} se come mis yogures",
        "{AGE} años, de {LOCATION}, buscando algo bonito",
        "mi abuela vive en {LOCATION}, voy a verla en navidad",
        "echo de menos a {PERSON} {SURNAME}, fue mi primer amor",
        "mi tg es {HANDLE}, por allí contesto antes",
        "hola soy {PERSON}, tengo {AGE} años y vivo en {LOCATION}",
        "número nuevo: {PHONE}",
        "me mudo a {LOCATION} el mes que viene, curro nuevo en {ORGANIZATION}",
        "hoy cumplo {AGE} y nadie se ha acordado",
        "mándalo a {ADDRESS}, {TOWN}",
        "soy del {TEAM} hasta la muerte",
        "estudio en la {SCHOOL}, último año por fin",
    ],
    "it": [
        "ho {AGE} anni e vivo ancora con i miei, lo so",
        "{PERSON} mi ha scritto di nuovo alle {time}, basta",
        "lavoro da {ORGANIZATION} a {LOCATION}, turni assurdi",
        "mia sorella {PERSON_F} si trasferisce a {LOCATION}, sono distrutta",
        "{AGE} anni, di {LOCATION}, un po' timido all'inizio",
        "il mio numero è {PHONE}, scrivimi quando vuoi",
        "abito in {ADDRESS}, {TOWN}, il citofono è rotto",
        "il mio compleanno è il {DOB}, segnatelo",
        "sono nata il {DOB} a {LOCATION}",
        "la mia mail è {EMAIL}",
        "scrivimi a {OBF_EMAIL}",
        "seguimi su insta: {HANDLE}",
        "il mio ex {PERSON_M} {SURNAME} si sposa, che schifo",
        "{SCHOOL}, terzo anno, esami a gennaio, panico totale",
        "stasera gioca {TEAM}, la guardo con {PERSON} al bar",
        "il mio capo {PERSON_M} mi ha chiamato di domenica, ma ti pare",
        "compio {AGE} anni sabato e non voglio festeggiare",
        "mio cugino {PERSON_M} lavora per {ORGANIZATION}",
        "ho incontrato {PERSON} al supermercato e ho fatto finta di niente",
        "l'affitto va su {IBAN}, e addio stipendio",
        "sono andata a {LOCATION} con {PERSON} nel weekend, ha piovuto sempre",
        "da {count} anni a {ORGANIZATION} e neanche un aumento",
        "{PERSON} dice che parlo troppo con te ahah",
        "la mia coinquilina {PERSON_F} mi ruba lo shampoo",
        "mia nonna abita a {LOCATION}, ci vado a natale",
        "mi manca {PERSON_M} {SURNAME}, è stato il mio primo amore",
        "su telegram sono {HANDLE}",
        "ciao sono {PERSON}, {AGE} anni, di {LOCATION}",
        "numero nuovo: {PHONE}",
        "mi trasferisco a {LOCATION} il mese prossimo, nuovo lavoro da {ORGANIZATION}",
        "oggi compio {AGE} anni e nessuno mi ha fatto gli auguri",
        "mandalo in {ADDRESS}, {TOWN}",
        "tifo {TEAM} da quando sono nato",
        "laureata in economia ({SCHOOL}) e adesso faccio la cameriera",
    ],
}
CLEAN_TEMPLATES = {
    "en": [
        "will you remember this tomorrow or nah",
        "may be late tonight, work is insane",
        "grace period on my rent ends friday, wish me luck",
        "hope you had a better day than me lol",
        "summer cant come soon enough honestly",
        "got a {price} bill from the dentist today, kill me",
        "mark my words, im going to bed before {time} tonight",
        "the weather is actually nice for once",
        "bought a rose for myself bc nobody else will",
        "watched {count} episodes on netflix instead of sleeping",
        "my spotify wrapped is embarrassing, pls dont judge",
        "deleted tinder again. {count}th time this year",
        "matched w someone on hinge but they just said hey",
        "ordered ubereats, {price}, worth it",
        "just ran for {dur} without stopping, proud of me",
        "im {height} and everyone thinks im taller lol",
        "Honestly today was a lot. Just need to vent for a sec",
        "Work was fine I guess. boss was in a mood",
        "my cat knocked over {count} glasses this week",
        "back in {year} i was a completely different person",
        "slept {dur} and still tired, how",
        "we lost {count}-{count} at pub quiz but it was fun",
        "date went ok?? he paid, we talked for {dur}",
        "gym at {time} tomorrow, hold me to it",
        "the new season drops on the 14th and my plans are: none",
        "do u ever feel like ur just going thru the motions",
        "my therapist says i should journal. this counts right",
        "Sunday scaries hitting hard rn",
        "had the weirdest dream about a giant turtle",
        "rent went up {price} a month, cool cool cool",
        "Amazon delivered the wrong thing again",
        "spent all evening on whatsapp with the family group chat, {count} messages",
        "Jack of all trades master of none, thats me",
        "phone is at {count}% and im too lazy to get up",
        "its {time} and im still awake, send help",
        "Will power: zero. ate the whole cake",
        "paid the electric bill, {price}, adulting sucks",
    ],
    "de": [
        "heute war echt ein scheißtag",
        "bin so müde, hab nur {count} stunden geschlafen",
        "Morgen um {time} zahnarzt, ich hab angst",
        "hab {count} folgen auf netflix geschaut statt zu lernen",
        "Mai ist mein lieblingsmonat, alles blüht",
        "Die Miete ist schon wieder um {price} gestiegen",
        "Ich bin 1,68 und trotzdem sieht mich keiner",
        "tinder gelöscht. wieder mal.",
        "hast du auch manchmal keine lust auf menschen?",
        "war im fitnessstudio, {count} minuten laufband, stolz auf mich",
        "Sommer kann kommen, ich bin bereit",
        "im jahr {year} war alles irgendwie leichter",
        "Der Zug hatte {count} min verspätung, typisch",
        "ich hoffe du hattest einen schönen tag",
        "Spotify schlägt mir nur traurige lieder vor lol",
        "ein kaffee kostet jetzt {price}, unfassbar",
        "Wir haben {count}:{count} verloren, egal",
        "Rosen sind rot, veilchen sind blau, ich bin müde",
    ],
    "fr": [
        "journée de merde, j'ai besoin de parler",
        "c'est trop nice ce que tu dis",
        "j'ai dormi {count} heures et je suis encore crevée",
        "Demain rdv à {time}, j'ai la flemme",
        "j'ai maté {count} épisodes sur netflix, aucune honte",
        "Le loyer a encore augmenté de {price}",
        "je mesure 1m58 et on me dit toujours que je suis petite",
        "Été, reviens stp",
        "on a perdu {count} à {count}, l'arbitre était nul",
        "j'espère que ta journée était mieux que la mienne",
        "en {year} j'étais une autre personne",
        "supprimé tinder, encore",
        "La rose que j'ai achetée est déjà fanée",
        "le train avait {count} minutes de retard, évidemment",
        "j'ai commandé sur uber eats, {price}, tant pis",
        "tu crois qu'on peut être heureux seul?",
        "Spotify me connait mieux que moi",
    ],
    "es": [
        "hoy ha sido un día horrible, necesito hablar",
        "he dormido {count} horas y sigo reventada",
        "Mañana a las {time} tengo médico, qué pereza",
        "me he visto {count} capítulos en netflix, sin remordimientos",
        "El alquiler ha subido {price}, genial",
        "mido 1,60 y todos creen que soy más alta",
        "perdimos {count} a {count}, el árbitro fatal",
        "en {year} yo era otra persona",
        "borré tinder otra vez",
        "Rosa es mi color favorito",
        "ojalá hayas tenido un día mejor que yo",
        "pedí comida a domicilio, {price}, me da igual",
        "el tren llegó con {count} minutos de retraso",
        "la esperanza es lo último que se pierde, dicen",
        "qué calor hace, no puedo más",
        "Spotify me pone canciones tristes todo el rato",
        "mayo es mi mes favorito",
    ],
    "it": [
        "giornata di merda, ho bisogno di sfogarmi",
        "ho dormito {count} ore e sono ancora distrutta",
        "Domani alle {time} ho il dentista, che ansia",
        "ho visto {count} episodi su netflix, nessun rimorso",
        "L'affitto è salito di {price}, fantastico",
        "sono alta 1 e 63 e tutti pensano che sia più bassa",
        "abbiamo perso {count} a {count}, arbitro venduto",
        "nel {year} ero un'altra persona",
        "ho cancellato tinder, di nuovo",
        "spero che la tua giornata sia andata meglio della mia",
        "Il treno aveva {count} minuti di ritardo, come sempre",
        "ho ordinato su deliveroo, {price}, pazienza",
        "speranza zero per questo lunedì",
        "che caldo, non ce la faccio più",
        "Spotify mi consiglia solo canzoni tristi",
        "maggio è il mio mese preferito",
        "Aurora boreale, un giorno la vedrò",
    ],
}
