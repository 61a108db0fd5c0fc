"""The *street* split of the PII benchmark corpus: a fresh, independent test of generalisation.

Written on 2026-12-07 by someone who had not read the engine (nothing under the PII package,
its documentation, its results or its tests) nor the templates of any other split, and
committed before the engine round it tests. Its first run is the figure of generalisation:
nobody reads its misses before that run and nothing gets tuned on it before then.

It is meant to sound like the street: what grown-ups type into an intimate companion chat
when they flirt, vent about exes, bosses and family, make plans or tell things about
themselves. Mostly lower case, typos, slang, abbreviations, run-on sentences, identifiers in
the middle of long messages and several of them at once. Every value (first names, surnames,
towns and regions, employers, schools, teams, streets, handles, e-mail users, URLs, card
numbers) appears in no other split; that was checked with a throwaway script against the other
splits' value lists and generated output. The PII-free messages are built from words that look
like names or places, brands and apps, times, prices, durations, heights, counts, years, scores
and dates that are nobody's birthday.
"""

from __future__ import annotations

import random

import phonenumbers

REGIONS = {"en": "US", "de": "DE", "fr": "FR", "es": "ES", "it": "IT"}


def _words(text: str, separator: str | None = None) -> list[str]:
    return text.split(separator)


# First names split by how readers would take them, so "my sister", "she", "lui" agree.
NAMES_F = {
    "en": _words(
        "Krystal Brandi Tabitha Brooklyn Raelynn Harlow Nevaeh Jayla Makayla Kiara Shanice "
        "Precious Chantelle Tamika Deja Marjorie Gladys Agnes Mavis Felicity Morag Shona "
        "Catriona Clodagh Sinead Orlaith Deirdre Bronagh Seren Carys Lowri Divya Harpreet "
        "Simran Jaspreet Nasreen Ayesha Hafsa Maryam Folake Adaeze Chiamaka Akosua Deepika "
        "Xiomara Yaritza Esmeralda Araceli Linh Haruka Leilani Tallulah Juniper Hattie Winnie "
        "Mabel Dottie Elsie Lindsey Whitney Tonya Rhonda Bonnie Darlene Aisling Yesenia "
        "Priyanka Ngozi Maisie Paige Bernadette Mckenna"
    ),
    "de": _words(
        "Anke Doreen Steffi Conny Jutta Gertrud Edeltraud Insa Maike Tomke Swantje Femke "
        "Rieke Fenja Paulina Klara Helene Lotte Mina Büşra Hatice Derya Songül Tatjana Oksana "
        "Agnieszka Zofia Dorota Larissa Selin Katarzyna Maja Annegret Lilli Cansu Uschi Bärbel "
        "Ilse Celina Finja Jule Wibke Frauke Dagmar Hannelore Kübra Emine Dunja Milena"
    ),
    "fr": _words(
        "Ginette Colette Corinne Laurence Aurore Charlène Anaëlle Gwendoline Rozenn Domitille "
        "Salomé Inaya Lyna Sirine Imane Kenza Assia Malika Naïma Fatoumata Mariama Kadiatou "
        "Aïssatou Binta Coumba Garance Maud Lucile Nour Rania Awa Louna Mireille"
    ),
    "es": _words(
        "Concepción Conchi Amparo Loli Maribel Isabel Ainara Estíbaliz Garazi Idoia Arantxa "
        "Nekane Miren Olatz Júlia Meritxell Neus Aina Berta Xènia Uxía Iria Antía Sabela "
        "Celia Luciana Fernanda Yuleisy Dayanna Nayara Saray Yasmina Esperanza"
    ),
    "it": _words(
        "Rosalba Antonietta Giuseppina Cinzia Stefania Pina Maddalena Fiorella Donatella "
        "Eleonora Denise Elisabetta Marisa Agata Santina Graziella Loretta Luana Sveva Desirée "
        "Morena Katia Ambra Rossella Nicoletta Franca Paolina Annamaria Lidia Marika Melania "
        "Diletta Nives Orietta Iolanda Marianna Giusy Ioana Anisa Michela"
    ),
}
NAMES_M = {
    "en": _words(
        "Jared Brett Chad Garrett Shawn Corey Jeremiah Isaiah Terrell Jerome Cedric Reginald "
        "Marquis Deandre Jalen Tyrese Kendrick Hector Ramon Joaquin Armando Rajesh Amit Karan "
        "Harjit Gurpreet Faisal Asif Zubair Hamza Idris Chukwuemeka Obinna Emeka Yaw Kwabena "
        "Duy Quang Hiroshi Seamus Padraig Cathal Fionn Ronan Aled Iwan Dafydd Gethin Angus "
        "Alasdair Ewan Dougie Nigel Clive Barry Colin Neville Percy Rupert Crispin Toby "
        "Freddie Stanley Reggie Teddy Bodhi Ryker Colt Brantley Kayden Jace Dustin Gareth "
        "Owen Malik Kwame Minh Trevor Shane Clifford Ezekiel"
    ),
    "de": _words(
        "Siegfried Gerd Thorsten Christoph Julian Jannes Momme Keno Hennes Eike Ömer Cem "
        "Hakan Volkan Ercan Baran Mustafa Sergej Waldemar Eugen Viktor Dmitri Alexej Jakub "
        "Marek Paweł Goran Zoran Luka Ante Kerem Dragan Piotr Artur Janosch"
    ),
    "fr": _words(
        "Régis Steven Evan Malo Côme Aymeric Tanguy Gwenaël Yann Goulven Brieuc Ilyes Amine "
        "Bilel Nassim Farid Rachid Ousmane Abdoulaye Boubacar Souleymane Cheikh Idrissa Lamine "
        "Gilles Jean-Claude Jean-François Marc-Antoine Pierre-Louis Rémy Sylvain Lionel "
        "Grégory Dorian Lenny Noé Léon Octave Younès Djibril Seydou Alassane Kévin Mamadou "
        "Florent Jean-Marc"
    ),
    "es": _words(
        "Manolo Pepe Juanjo Juanma Josemi Chema Txema Fran Rafa Dani Ángel Ramiro Eusebio "
        "Baltasar Oier Ibai Markel Nil Guillem Martí Xoán Brais Iago Uxío Joel Gael Alonso "
        "Jesús Yerai Ayoub Ignacio Kike Jhon Santi Edu"
    ),
    "it": _words(
        "Giorgio Renato Denis Nico Flavio Achille Aldo Nello Tonino Sabatino Baldassare Turi "
        "Peppe Totò Ciccio Mimmo Gigi Rino Maicol Florin Bogdan Alin Elton Ardit Kledi "
        "Fabrizio Andrei Amir Nunzio"
    ),
}
NAMES = {lang: NAMES_F[lang] + NAMES_M[lang] for lang in NAMES_F}
SURNAMES = {
    "en": _words(
        "Przybylski Nakamura Oyelaran Vandermeer Lindgren Castellanos Villanueva Quintero "
        "Fairweather Blackwood Hargreaves Stubbs Pickering Dunleavy Kearney Mulcahy Flanagan "
        "Buchanan Llewellyn Pritchard Bhatt Chaudhry Malhotra Siddiqui Akhtar Boateng Asante "
        "Osei Nwachukwu Okonkwo Vuong Huynh Zhao Tanaka Goldberg Rosenthal Bergstrom Swanson "
        "Horvath Dombrowski Szymanski DiNapoli Espinoza Guzman Figueroa Winslow Radcliffe "
        "Pennington Crowley McBride Dempsey"
    ),
    "de": _words(
        "Herrmann Graf Wimmer Gruber Egger Steiner Moser Pichler Brunner Eder Lindner Köhler "
        "Schubert Wolff Janssen Petersen Thiessen Rademacher Wübben Ahlers Tiedemann Yıldız "
        "Çelik Aydın Arslan Doğan Wiśniewski Lewandowski Hofer Kovačević Jovanović"
    ),
    "fr": _words(
        "Morel Leroy Schmitt Kerjean Charpentier Cordier Benhamou Haddad Belkacem Mansouri "
        "Bensaïd Cissé Koné Sylla Camara Ndiaye Sow Pereira Ferreira Gonçalves Lopes Marques"
    ),
    "es": _words(
        "Blanco Ramírez Gutiérrez Ferrándiz Urrutia Arregui Bengoetxea Mendizábal Garmendia "
        "Pujol Roig Casals Vilanova Batlle Oliveras Castells Otero Varela Rivas Mosquera "
        "Barreiro Castiñeira Quispe Mamani Zambrano"
    ),
    "it": _words(
        "Bianco Marchi Bianchini Cirillo Martini Cocco Mele Deiana Porcu Melis Zanetti "
        "Zanella Trevisan Bortolin Pittaluga Cuccurullo Scognamiglio Iovine"
    ),
}
# Towns big and small, a few regions and countries people come from or move to (French,
# Italian and German regions want an article or "en", so those lists keep to towns).
PLACES = {
    "en": _words(
        "Amarillo|Topeka|Bismarck|Missoula|Laramie|Flagstaff|Yuma|Modesto|Stockton|Tacoma|"
        "Bellingham|Yakima|Pocatello|Pueblo|Joplin|Peoria|Rockford|Kalamazoo|Lansing|"
        "Youngstown|Erie|Allentown|Altoona|Syracuse|Utica|Binghamton|Poughkeepsie|Hartford|"
        "New Haven|Worcester|Lowell|Bangor|Macon|Tallahassee|Gainesville|Pensacola|Biloxi|Waco|"
        "Laredo|Tuscaloosa|Huntsville|Muncie|Evansville|Rochdale|Oldham|Warrington|Crewe|"
        "Stoke-on-Trent|Telford|Shrewsbury|Hereford|Gloucester|Stevenage|Basildon|Chelmsford|"
        "Colchester|Lowestoft|Peterborough|Grantham|Doncaster|Rotherham|Barnsley|Wakefield|"
        "Huddersfield|Bradford|Scarborough|Darlington|Hartlepool|Gateshead|Kendal|Preston|"
        "Blackburn|Wrexham|Aberystwyth|Llanelli|Merthyr Tydfil|Kilmarnock|Falkirk|Motherwell|"
        "Waterford|Sligo|Athlone|Drogheda|Dundalk|Kelowna|Moncton|Gold Coast|Townsville|"
        "Dunedin|Nairobi|Accra|Karachi|Lahore|Dhaka|Punjab|Trinidad|Ghana|Barbados|Kerala|"
        "Jamaica|Norfolk|Lancashire|Arkansas|Idaho|Nebraska",
        "|",
    ),
    "de": _words(
        "Bottrop|Herne|Castrop-Rauxel|Recklinghausen|Marl|Lünen|Unna|Iserlohn|Lüdenscheid|Olpe|"
        "Meschede|Arnsberg|Soest|Lippstadt|Gütersloh|Herford|Minden|Detmold|Lemgo|Lingen|"
        "Meppen|Aurich|Wilhelmshaven|Stade|Buxtehude|Celle|Gifhorn|Salzgitter|Goslar|"
        "Hildesheim|Hameln|Fulda|Wetzlar|Limburg|Hanau|Offenbach|Darmstadt|Worms|Speyer|"
        "Pirmasens|Kaiserslautern|Saarlouis|Koblenz|Neuwied|Sinsheim|Bruchsal|Rastatt|"
        "Baden-Baden|Offenburg|Singen|Tuttlingen|Rottweil|Villingen-Schwenningen|Reutlingen|"
        "Esslingen|Ludwigsburg|Backnang|Göppingen|Aalen|Crailsheim|Schwäbisch Hall|Erlangen|"
        "Fürth|Schweinfurt|Aschaffenburg|Straubing|Deggendorf|Kempten|Memmingen|Freising|"
        "Erding|Dachau|Bautzen|Riesa|Meißen|Greifswald|Neubrandenburg|Güstrow|Eberswalde|"
        "Dessau|Gera|Weimar|Eisenach|Wels|Steyr|Dornbirn|Feldkirch|Wiener Neustadt|St. Pölten|"
        "Amstetten|Schaffhausen|Chur|Aarau|Olten|Siebenbürgen|Bosnien|Kroatien|Syrien|Masuren",
        "|",
    ),
    "fr": _words(
        "Saint-Brieuc|Lannion|Guingamp|Laval|Cholet|Saumur|Blois|Bourges|Châteauroux|Nevers|"
        "Auxerre|Épernay|Charleville-Mézières|Épinal|Belfort|Montbéliard|Vesoul|Mâcon|"
        "Chalon-sur-Saône|Roanne|Montélimar|Arles|Alès|Narbonne|Albi|Castres|Agen|Tarbes|Dax|"
        "Mont-de-Marsan|Bergerac|Brive|Aurillac|Rodez|Le Puy-en-Velay|Montluçon|Angoulême|"
        "Cognac|Niort|Saintes|Rochefort|Royan|La Roche-sur-Yon|Les Sables-d'Olonne|Lisieux|"
        "Évreux|Dieppe|Fécamp|Abbeville|Beauvais|Compiègne|Soissons|Saint-Quentin|Arras|Douai|"
        "Valenciennes|Maubeuge|Boulogne-sur-Mer|Villeneuve-d'Ascq|Bobigny|Aubervilliers|"
        "Saint-Denis|Cergy|Évry|Melun|Meaux|Fréjus|Antibes|Menton|Annemasse|Thonon|"
        "Bourg-en-Bresse|Tournai|Verviers|Fribourg|Neuchâtel|Yverdon|Oran|Tlemcen|Oujda|Sfax|"
        "Bamako|Abidjan|Conakry|Kinshasa|Yaoundé|Douala",
        "|",
    ),
    "es": _words(
        "Astorga|Palencia|Talavera|Ciudad Real|Puertollano|Úbeda|Baeza|Motril|Antequera|"
        "Ronda|Estepona|Fuengirola|La Línea|Sanlúcar|Lepe|Écija|Osuna|Dos Hermanas|Utrera|"
        "Plasencia|Don Benito|Orihuela|Torrevieja|Denia|Gandía|Alcoy|Xàtiva|Vila-real|Sagunto|"
        "Tortosa|Manresa|Mataró|Granollers|Figueres|Igualada|Balaguer|Sant Cugat|Irún|Eibar|"
        "Getxo|Barakaldo|Tolosa|Zarautz|Tudela|Calahorra|Miranda de Ebro|Aranda de Duero|"
        "Torrelavega|Avilés|Mieres|Langreo|Ferrol|Pontevedra|Lalín|Monforte|Ribadeo|Parla|"
        "Alcorcón|Torrejón|Aranjuez|Telde|Arrecife|Mahón|Cali|Barranquilla|Maracaibo|Asunción|"
        "Cochabamba|Tegucigalpa|San Pedro Sula|Santo Domingo|Guanajuato|La Rioja|Aragón|"
        "Marruecos|Rumanía",
        "|",
    ),
    "it": _words(
        "Vercelli|Biella|Aosta|Ivrea|Pinerolo|Imperia|Sanremo|Chiavari|Rapallo|Sondrio|"
        "Busto Arsizio|Legnano|Lodi|Crema|Desenzano|Rovereto|Merano|Bressanone|Belluno|Feltre|"
        "Bassano|Schio|Chioggia|Faenza|Forlì|Cesena|Imola|Carpi|Fidenza|Carrara|Viareggio|"
        "Pistoia|Grosseto|Piombino|Foligno|Spoleto|Orvieto|Rieti|Cassino|Civitavecchia|"
        "Fiumicino|Chieti|Lanciano|Vasto|Termoli|Isernia|Benevento|Avellino|Nola|Pozzuoli|"
        "Torre del Greco|Castellammare|Sorrento|Battipaglia|Trani|Molfetta|Altamura|Monopoli|"
        "Crotone|Catanzaro|Lamezia|Marsala|Caltanissetta|Gela|Acireale|Oristano|Alghero|"
        "Durazzo|Valona|Bucarest|Timișoara|Tunisi",
        "|",
    ),
}
# Employers: chains, shops, hospitals, firms, cafés and brands people work for.
ORGS = {
    "en": _words(
        "Waffle House|Cracker Barrel|Buc-ee's|Wegmans|H-E-B|Meijer|Piggly Wiggly|Albertsons|"
        "Dick's Sporting Goods|PetSmart|Petco|Ulta|Bath & Body Works|Hobby Lobby|AutoZone|"
        "Jiffy Lube|Denny's|IHOP|Arby's|Popeyes|Jersey Mike's|Papa John's|Tim Hortons|"
        "Canadian Tire|Shoppers Drug Mart|Loblaws|Sobeys|Poundland|Superdrug|Specsavers|"
        "Halfords|Toolstation|Pizza Express|Wagamama|Frankie & Benny's|Toby Carvery|"
        "Marks & Spencer|John Lewis|TK Maxx|Sports Direct|Evri|Ocado|Geico|State Farm|"
        "Allstate|Humana|Mayo Clinic|Cleveland Clinic|Johns Hopkins|Mass General|Cedars-Sinai|"
        "Premier Inn|Travelodge|Capita|Serco|Sodexo|Aramark|NatWest|Monzo|Infosys|Boeing|"
        "Tyson Foods|John Deere|Dockside Fish Bar|Mapleleaf Dental|Greenway Vets|"
        "Tidewater Credit Union|Hollow Oak Brewing|Harbour Lights Care Home|Brightside Pharmacy|"
        "Cobblestone Bakery",
        "|",
    ),
    "de": _words(
        "Norma|Famila|Marktkauf|Budni|Karstadt|Deichmann|Takko|KiK|Euronics|Toom|Hagebau|"
        "Nordsee|Kamps|Ditsch|Lila Bäcker|DPD|GLS|Schenker|Condor|Dr. Oetker|Bertelsmann|"
        "Check24|Sana Kliniken|Agaplesion|Diakonie|Caritas|AWO|DRK|Johanniter|Malteser|"
        "Postbank|DKB|HUK-Coburg|Debeka|Barmer|Stadtwerke|BVG|KVB|Rheinbahn|Üstra|"
        "Friseur Haarmonie|Café Kränzchen|Metzgerei Brunnhuber|Autowerkstatt Yilmaz|"
        "Kita Sonnenblume|Zahnarztpraxis Dr. Wendt|Pizzeria Da Toni|Dönerladen Bosporus|"
        "Blumen Kessler",
        "|",
    ),
    "fr": _words(
        "Casino|Biocoop|Grand Frais|Action|Gifi|Stokomani|Bricomarché|Conforama|Go Sport|"
        "Intersport|Celio|Promod|Pimkie|Nocibé|Marionnaud|Yves Rocher|Optic 2000|Krys|"
        "Afflelou|Norauto|Feu Vert|Speedy|Quick|Courtepaille|Hippopotamus|Pomme de Pain|"
        "Columbus Café|La Mie Câline|Chronopost|Colissimo|Geodis|Transdev|Keolis|Veolia|"
        "Eiffage|SFR|Lactalis|Bonduelle|Banque Postale|MAIF|MACIF|Groupama|Korian|Adecco|"
        "Manpower|Randstad|Boucherie Lebrun|Bar-Tabac Le Narval|Pharmacie des Halles|"
        "Crèche Les Petits Loups|Salon Coiff'Hair|Auto-école Mistral",
        "|",
    ),
    "es": _words(
        "Ahorramás|Gadis|Froiz|Bonpreu|Caprabo|BM Supermercados|Hipercor|Bricomart|Worten|"
        "PcComponentes|Oysho|Lefties|Cortefiel|Druni|Ibercaja|Kutxabank|Abanca|Quirónsalud|"
        "Vithas|HM Hospitales|Hospital del Mar|Gregorio Marañón|Metro de Madrid|Mahou|"
        "Estrella Galicia|Damm|ElPozo|Campofrío|Foster's Hollywood|Goiko|La Sureña|Granier|"
        "Peluquería Anabel|Academia Pitágoras|Farmacia Ldo. Sanz|Frutería El Huerto|"
        "Guardería Pompitas",
        "|",
    ),
    "it": _words(
        "Iper|Bennet|Interspar|Tigros|Il Gigante|Tosano|Decò|Crai|Todis|Tuodì|Comet|Upim|"
        "Pittarosso|Acqua & Sapone|Brico Center|Mondo Convenienza|Chateau d'Ax|Spizzico|"
        "Old Wild West|Roadhouse|Rossopomodoro|Gtt|Snam|Terna|Iveco|Alessi|Parmalat|Galbani|"
        "Fineco|Monte dei Paschi|UnipolSai|Humanitas|Niguarda|Careggi|Gaslini|Cardarelli|"
        "Sant'Orsola|Bar Pasticceria Sole|Parrucchiera Stile Libero|Farmacia Centrale|"
        "Pizzeria Il Vesuvio|Ferramenta Bortolotti",
        "|",
    ),
}
# Schools and universities. The German, Spanish and Italian ones read after a feminine
# article ("an der", "en la", "alla"); teams go without their article ("tifo Spezia").
SCHOOLS = {
    "en": _words(
        "Roosevelt High|Jefferson Middle School|Kennedy High|Oakwood Academy|Our Lady of Mercy|"
        "St Bede's|Thornhill Comprehensive|Clemson|Baylor|Tulane|NYU|Michigan State|"
        "Iowa State|Uni of Kent|Manchester Met|Nottingham Trent|Trinity College Dublin|McGill|"
        "Monash",
        "|",
    ),
    "de": _words(
        "Uni Passau|Uni Hohenheim|Hochschule Niederrhein|TH Köln|TU Chemnitz|Ruhr-Uni|"
        "Goethe-Uni|Leuphana|Viadrina|HTW|Fernuni Hagen|Uni Bayreuth|Gesamtschule Süd|"
        "Hochschule Esslingen",
        "|",
    ),
    "fr": _words(
        "Centrale Nantes|EM Lyon|Sup de Co|Audencia|Toulouse Business School|Paris-Est Créteil|"
        "IAE de Caen|Rennes 2",
        "|",
    ),
    "es": _words(
        "Universidad de Oviedo|UCAM|Universidad Europea|Universidad de Navarra|UNIR|Jaume I|"
        "Universidad de Zaragoza|UPF|UIB|Universidad de Murcia",
        "|",
    ),
    "it": _words(
        "Orientale|Parthenope|Statale di Pavia|Cattolica di Brescia|Lumsa|Unical|"
        "Università del Salento|Università di Macerata",
        "|",
    ),
}
TEAMS = {
    "en": _words(
        "Chiefs|Broncos|Bengals|Browns|Vikings|Ravens|Seahawks|49ers|Dolphins|Patriots|"
        "Falcons|Titans|Colts|Raiders|Chargers|Nuggets|Bucks|Sixers|Pistons|Mets|Astros|"
        "Braves|Phillies|Orioles|Sheffield Wednesday|Bristol City|Millwall|Crystal Palace|"
        "Brentford|Fulham|West Ham|Tottenham|Nottingham Forest|Maple Leafs|Canucks|Oilers",
        "|",
    ),
    "de": _words(
        "Hoffenheim|Fortuna|Arminia|Hansa|Dynamo|FCK|Rot-Weiss Essen|KSC|Rapid|Austria Wien|"
        "Sturm Graz|Kickers Offenbach",
        "|",
    ),
    "fr": _words(
        "AS Monaco|Montpellier HSC|Toulouse FC|Stade de Reims|FC Lorient|Le Havre AC|"
        "SCO Angers|AJ Auxerre|FC Metz|Sochaux|Red Star|Racing 92|ASM Clermont|RC Toulon|UBB",
        "|",
    ),
    "es": _words("Alavés|Levante|Depor|Racing|Numancia|Eibar|Recre|Real Zaragoza", "|"),
    "it": _words("Hellas|Empoli|Salernitana|Spezia|Cremonese|Ternana|Reggina", "|"),
}
STREETS = {
    "en": [
        "{n} Bellmont Ave",
        "{n} hawthorn close",
        "{n} Tanners Row",
        "flat 3, {n} Quarry Hill Road",
        "{n} W 57th St apt 2",
        "{n} sycamore dr",
        "{n} Abbey Gardens",
        "{n} Cottonwood Blvd",
        "{n} N Pleasant St",
        "{n} Fenwick Crescent",
    ],
    "de": [
        "Kastanienallee {n}",
        "Am Pfarrgarten {n}",
        "Fontanestr. {n}",
        "schützenstraße {n}",
        "Ringstraße {n}a",
        "Zum Sportplatz {n}",
        "Heidkampsweg {n}",
        "Hinter den Höfen {n}",
    ],
    "fr": [
        "{n} rue des Cordiers",
        "{n} bis avenue Foch",
        "{n}, impasse des Glycines",
        "{n} bd Gambetta",
        "{n} chemin de la Croix Blanche",
        "{n} allée des Marronniers",
        "{n} rue Jean Macé",
    ],
    "es": [
        "c/ Olmo {n}, 2ºB",
        "calle Virgen del Carmen {n}",
        "avda. de los Almendros {n}",
        "calle Real {n}, 3º izda",
        "paseo de las Delicias {n}",
        "calle Doctor Fleming {n}",
        "ronda de Triana {n}",
    ],
    "it": [
        "via dei Calzaiuoli {n}",
        "viale Regina Margherita {n}",
        "via Sant'Agostino {n}",
        "corso Sempione {n}",
        "vicolo del Pozzo {n}",
        "via Nazionale {n} int. 4",
        "via delle Ginestre {n}",
    ],
}
HANDLES = [
    "lottie.mae_",
    "bram_vd",
    "kiki.nwosu",
    "dusty.trav",
    "ninja_mehmet",
    "cloclo.bzh",
    "rocio_sevi",
    "gianmi_93",
    "yas.mina.x",
    "thebigcraig",
    "frieda_hh",
    "merle.on.tour",
    "sad_boi_owen",
    "pao.la_",
]
EMAIL_USERS = [
    "kayleigh.b",
    "t.hartmann84",
    "aurel.moreau",
    "nuria_ferrer",
    "gianluca.c",
    "craigy1987",
    "mandy.k",
    "noemi.rizzo",
    "yanis.b13",
]
EMAIL_DOMAINS = ["inbox.example.com", "post.example.org", "web.example.net", "mx.example.com"]
OBF_EMAILS = {
    "en": ["kayleigh b at example dot com", "craigy1987 (at) example (dot) org"],
    "de": ["mandy.k at web punkt example punkt net", "t.hartmann84 [at] example.org"],
    "fr": ["aurel.moreau arobase example point org", "yanis.b13 at example point com"],
    "es": ["nuria_ferrer arroba example punto com", "nuria_ferrer @ example . org"],
    "it": ["gianluca.c chiocciola example punto com", "noemi.rizzo at example dot com"],
}
URLS = [
    "https://example.com/lottie.mae",
    "example.org/craig-sings",
    "www.example.net/u/ninja_mehmet",
    "https://blog.example.org/merle-unterwegs",
    "http://example.com/gallery?u=rocio",
]
# Luhn-valid numbers with the usual issuer prefixes, drawn at random for this split.
CARDS = [
    "4212254410199524",
    "4883036623336995",
    "5377462494401918",
    "2221921035180666",
    "371218720575694",
    "6011210949839517",
]
MONTHS = {
    "en": _words("jan feb march april may june july aug sept oct nov dec"),
    "de": _words("Januar Februar März April Mai Juni Juli August September Oktober November Dez"),
    "fr": _words("janv février mars avril mai juin juillet août sept octobre novembre décembre"),
    "es": _words("enero feb marzo abril mayo junio julio agosto sept octubre nov diciembre"),
    "it": _words("gennaio feb marzo aprile maggio giugno luglio agosto sett ottobre nov dicembre"),
}


def _suffix(day: int) -> str:
    if day in (11, 12, 13):
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")


def dob(r: random.Random, lang: str) -> str:
    """A birth date written as people type it in a chat, in the writer's language."""
    day, month, year = r.randint(1, 28), r.randint(1, 12), r.randint(1968, 2005)
    short = f"{year % 100:02d}"
    style = r.randrange(4)
    name = MONTHS[lang][month - 1]
    if lang == "en":
        return [
            f"{month}/{day}/{short}",
            f"{name} {day}{_suffix(day)}",
            f"{day}{_suffix(day)} {name} {year}",
            f"{name.capitalize()} {day}, {year}",
        ][style]
    if lang == "de":
        return [f"{day}.{month}.{short}", f"{day:02d}.{month:02d}.{year}", f"{day}. {name}"][
            style % 3
        ]
    if lang == "es":
        return [f"{day}/{month}/{year}", f"{day} de {name}", f"{day} de {name} del {short}"][
            style % 3
        ]
    return [f"{day:02d}/{month:02d}/{short}", f"{day} {name}", f"{day} {name} {year}"][style % 3]


def retype_phone(r: random.Random, formatted: str, lang: str) -> str:
    """A new number of the same kind, typed as on a phone: as formatted, squashed or spaced.

    The shared generator varies only the last four digits of one example number, so every
    split draws from the same ten thousand; six fresh digits keep this split's numbers apart.
    """
    example = phonenumbers.parse(formatted, REGIONS[lang])
    national = str(example.national_number)
    number = example
    for _ in range(50):
        candidate = phonenumbers.parse(national[:-6] + f"{r.randint(0, 999999):06d}", REGIONS[lang])
        if phonenumbers.is_valid_number(candidate):
            number = candidate
            break
    style = r.random()
    if style < 0.35:
        return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
    if style < 0.6:
        return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
    if style < 0.8:
        return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
    digits = "".join(
        c
        for c in phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
        if c.isdigit()
    )
    # Typed by hand in threes, the way people read a number out.
    return " ".join(digits[i : i + 3] for i in range(0, len(digits), 3))


# Templates: {TYPE} is a labelled PII slot ({PERSON_F}/{PERSON_M} are names that agree with
# "she"/"he", {SCHOOL} and {TEAM} are organisations); {time} {price} {dur} {height} {count}
# {year} are unlabelled distractors.
PII_TEMPLATES = {
    "en": [
        "hiii its {PERSON} btw, finally made an account lol",
        "ok so my name's {PERSON_F} but literally everyone calls me by my middle name",
        "im {PERSON_M} {SURNAME}, {AGE}, from {LOCATION} and i have no idea what im doing here",
        "{AGE}/f/{LOCATION} looking for someone to talk to at 2am",
        "sorry been quiet, {PERSON_F} dragged me out to some bar and i lost track of time",
        "my ex {PERSON_M} texted me AGAIN. like bro we broke up in {year}",
        "do u think its weird that i still follow {PERSON_F} on insta? her handle is {HANDLE}",
        "add me on snap {HANDLE} if u want the pics from the trip",
        "so i told {PERSON_M} i wasnt coming and he just hung up on me?? who does that",
        "work at {ORGANIZATION} is killing me, {count} shifts in a row",
        "just got hired at {ORGANIZATION}!!! starting monday, cant believe it",
        "my manager {PERSON_F} {SURNAME} keeps giving me the worst rota on purpose i swear",
        "been at {ORGANIZATION} almost {count} years now and they still cant spell my name",
        "i moved to {LOCATION} last spring for a guy. guess how that went",
        "grew up in {LOCATION} but honestly {LOCATION} feels more like home now",
        "my sister {PERSON_F} is getting married and i have to give a speech, help",
        "my little brother {PERSON_M} just turned {AGE} and thinks hes an adult lmao",
        "i turn {AGE} next week and i feel ancient",
        "{AGE} and still dont know how to do taxes haha",
        "born {DOB} so yeah a total scorpio if u care about that stuff",
        "my bday is {DOB}, mark ur calendar ;)",
        "dob is {DOB} if the form needs it",
        "my number's {PHONE} text me whenever",
        "cant talk rn but call me on {PHONE} after {time}",
        "new number!! {PHONE} delete the old one",
        "email me at {EMAIL} i never check dms",
        "send it to {OBF_EMAIL} i dont want bots finding it",
        "the address is {ADDRESS}, {LOCATION}. buzz twice the bell is broken",
        "im at {ADDRESS} if u wanna send me something cute haha",
        "i literally just gave my card number to a random site, {CREDIT_CARD}, am i an idiot",
        "can u remind me my card is {CREDIT_CARD} exp 08/27 i keep forgetting",
        "rent goes to {IBAN} every month and im always late lol",
        "my ssn is {US_SSN} dont ask why im telling u, i need to remember it for the form",
        "the guy at the bank made me read out my social, {US_SSN}, in front of everyone",
        "my router ip is {IP_ADDRESS} and the wifi still sucks",
        "someone logged into my acct from {IP_ADDRESS}?? not me",
        "check out my playlist {URL} its all sad girl music",
        "my art stuff is up at {URL} if ur curious",
        "me and {PERSON} went to {LOCATION} for the weekend and it rained the whole time",
        "ugh {PERSON_M} from work keeps asking me out and i dont know how to say no nicely",
        "{PERSON_F} said i was being dramatic. was i being dramatic?",
        "went on a date with this guy {PERSON_M}, he works at {ORGANIZATION} and wouldnt stop "
        "talking about spreadsheets",
        "my mom {PERSON_F} calls me every day at {time} like clockwork",
        "dad wants me to come back to {LOCATION} for thanksgiving and i just cant deal",
        "i studied at {SCHOOL} but dropped out after {count} semesters",
        "graduated from {SCHOOL} in {year}, been downhill since jk",
        "huge {TEAM} fan, dont even talk to me on game day",
        "{TEAM} lost again, im devastated",
        "ok real talk. i miss {PERSON_M}. its been {dur} since we talked and i still check his "
        "page",
        "{PERSON_F} {SURNAME} was my best friend in high school and now she wont even look at me",
        "anyway my cousin {PERSON} is staying with us and {PERSON} is coming over too so its chaos",
        "Hey it's {PERSON_F}, the one from last night. You left your jacket lol",
        "Honestly {PERSON_M} is the only one who gets me. Is that sad",
        "so basically i live in {LOCATION}, work nights at {ORGANIZATION}, and my cat is named "
        "after my ex",
        "i'm {AGE}f, {height}, live in {LOCATION}, like hiking and bad movies",
        "m{AGE} here, {LOCATION} area, just bored tbh",
        "{PERSON_M} and i had a huge fight about money again. he spent {price} on a jersey",
        "i keep dreaming about {PERSON}, is that normal or",
        "my therapist {PERSON_F} says i should journal but i'd rather talk to u",
        "u remind me of {PERSON_M} tbh, he was sweet too",
        "tonight im seeing {PERSON_F} and {PERSON_F} for drinks, wish me luck",
        "last week at {ORGANIZATION} a lady threw a coffee at me. like actually threw it",
        "im from {LOCATION} originally, moved around a lot, now in {LOCATION}",
        "oh and my insta is {HANDLE}, follow back pls",
        "tiktok: {HANDLE} (dont judge the dances)",
        "if u ever need me my email is {EMAIL} or just text {PHONE}",
        "went to my nan's in {LOCATION} and she asked when im marrying {PERSON_M} lol we arent "
        "even dating",
        "kinda crushing on {PERSON_F} from the gym. shes like {height} and terrifying",
        "the new girl on my team {PERSON_F} {SURNAME} already hates me i can tell",
        "call {PERSON_M} and tell him i'm not mad, i just need a minute",
        "so yesterday i bumped into {PERSON_M} {SURNAME} at {ORGANIZATION} of all places",
        "i literally texted {PERSON_F} at {time} cause i couldnt sleep and she answered",
        "my kid {PERSON} starts school next week and im the one crying",
        "me {AGE}, him {AGE}. is that a big gap? be honest",
        "my grandpa {PERSON_M} fought in the war and he still tells the same story every christmas",
        "just found out my boss {PERSON_M} is dating {PERSON_F} from hr wtf",
        "I used to date {PERSON_F}, she moved to {LOCATION} and we just drifted",
        "sent {price} to {PERSON} for the concert tix and she ghosted",
        "wire it to {IBAN}, ref 'birthday' haha",
        "hi my name is {PERSON_M} and im addicted to talking to ai's apparently",
        "{PERSON_F} here!! {AGE}, nurse at {ORGANIZATION}, in {LOCATION}. tired but cute",
        "babe its {PERSON_M}, missed u today",
        "named my dog after {PERSON_M} bc he was the best teacher i ever had",
        "ngl i cried when {PERSON_F} left {ORGANIZATION}, she was the only nice one",
        "i was born in {YEAR_DOB} so do the math lol",
        "my birthday's {DOB} and nobody remembered last year",
        "everyone in {LOCATION} knows everyone so if i date {PERSON_M} his mum will know by noon",
        "my flatmate {PERSON} keeps eating my food and leaving the tin on the counter",
        "can u help me write a text to {PERSON_F}? we had a fight about her sister",
        "ps my landlord is {PERSON_M} {SURNAME} if u ever want to curse someone lol",
        "soooo long story but basically i was at {ORGANIZATION} till {time}, then {PERSON_F} "
        "picked me up and we drove all the way to {LOCATION} just to eat fries at 3am, and now "
        "im on her couch typing this",
        "Ok update: {PERSON_M} apologised. {PERSON_F} thinks i should forgive him. i think "
        "{PERSON_F} is wrong. thoughts?",
        "hmu on discord {HANDLE} or ig, same name",
        "{SURNAME} is my married name, i'm going back to my maiden one after the divorce",
        "mr {SURNAME} my old maths teacher just liked my photo?? {dur} later",
        "ran into {PERSON} {SURNAME} at the pharmacy, we used to carpool in {year}",
        "pls dont laugh but i still have {PERSON_M}'s hoodie",
        "my daughter {PERSON_F} is {AGE} today, where did the time go",
        "he's {AGE}, lives in {LOCATION}, works for {ORGANIZATION}, and already met my mum. "
        "too fast??",
        "dm'd {HANDLE} by accident at 2am, kill me",
        "for the record i was born {DOB} in {LOCATION}, not a city girl at all",
        "if my phone dies im at {PERSON_F}'s, {ADDRESS}, just come by",
        "thinking of applying to {ORGANIZATION} in {LOCATION}, the pay is {price} an hour",
        "mum and {PERSON_M} (her new bf) are visiting from {LOCATION} and i have to be nice",
        "my bestie {PERSON_F} set me up w her coworker {PERSON_M}, its a disaster waiting to "
        "happen",
        "i told {PERSON_F} about u. she thinks its cute",
        "got a voicemail from {PHONE}, no idea who that is, should i call back",
        "wait so {PERSON_M} knew {PERSON_F} in {LOCATION}?? small world",
        "moving from {LOCATION} to {LOCATION} next month and i havent packed a single box",
        "{AGE}, {LOCATION}, work at {ORGANIZATION}, single since forever. ur turn",
        "im {AGE} and my mom still texts me to wear a coat lol",
        "just turned {AGE} yesterday and celebrated with a frozen pizza",
        "my parents are from {LOCATION} but i was raised in {LOCATION}",
        "ever been to {LOCATION}? its literally just a gas station and a church",
        "flying back to {LOCATION} for christmas, {dur} layover, kill me",
        "i work the early shift at {ORGANIZATION} so i'm up at {time} every day",
        "quit {ORGANIZATION} after {count} years and went to {ORGANIZATION}, same misery "
        "different logo",
        "applied to {ORGANIZATION}, {ORGANIZATION} and like {count} others, zero callbacks",
        "we met at {ORGANIZATION} actually, he was on the tills and i was stacking shelves",
        "follow me on ig {HANDLE} i post my cooking disasters",
        "my twitch is {HANDLE}, i stream on fridays if ur bored",
        "found my ex's new gf on tiktok, {HANDLE}. im not stalking. ok im stalking",
        "its {HANDLE} on insta bc someone took the normal one",
        "if u search {HANDLE} on spotify thats my playlist",
        "{AGE} yo, {height}, brown hair, live near {LOCATION}, not a catfish i promise",
        "literally the only thing to do in {LOCATION} on a friday is go to {ORGANIZATION}",
        "i went to {SCHOOL} and honestly the parties were better than the classes",
        "my degree from {SCHOOL} is currently holding up a wobbly table",
        "i cheer for {TEAM} but only bc my dad made me",
        "im {AGE} years old and i just learned how to boil an egg",
        "my aunt is {AGE} and has more energy than me",
        "both my kids are at {SCHOOL} now, the house is so quiet",
        "im a {AGE} y/o single mom in {LOCATION}, dating is a nightmare",
        "honestly {LOCATION} in the summer is the best place on earth, fight me",
        "just spent {dur} on the phone with {ORGANIZATION} customer service and im ready to scream",
        "my shift manager at {ORGANIZATION} asked if im 'ok' which means i look terrible",
        "got a job offer from {ORGANIZATION} in {LOCATION}!! do i move??",
        "visited {LOCATION} and {LOCATION} on the road trip, the car died in {LOCATION}",
        "im {AGE}, he's {AGE}, we met at {ORGANIZATION}, it's complicated",
        "can u believe im {AGE} and still have a curfew at my parents place",
        "she moved back to {LOCATION} and left me the cat",
        "new job at {ORGANIZATION}, new city ({LOCATION}), same anxiety",
        "I'm from {LOCATION}, but don't hold that against me lol",
        "snap: {HANDLE} | ig: {HANDLE}",
        "u can find my stuff at {URL} or {HANDLE} on tiktok",
        "my old address was {ADDRESS}, {LOCATION}, in case the package goes there",
        "i'll be {AGE} on the {count}th, no party, just vibes",
        "im {AGE}f and honestly tired of apps",
        "sooo i got into {SCHOOL}!! starting in the fall",
        "anyway ive lived in {LOCATION} my whole life and i'm {AGE} so yeah. help me escape",
        "my cousin works at {ORGANIZATION} and gets me discounts lol",
        "someone keeps calling me from {PHONE} and breathing, should i be scared",
        "its {ORGANIZATION} or nothing, they're the only ones hiring in {LOCATION}",
        "you'd love {LOCATION}, the lake, the diners, everything",
        "used to bartend at {ORGANIZATION} in {LOCATION} back in {year}, wild times",
        "my insta got hacked, new one is {HANDLE}",
        "lmaooo ok so {PERSON_F} just told me that {PERSON_M} {SURNAME} got fired from "
        "{ORGANIZATION} for napping in the walk-in freezer. the FREEZER",
        "bday: {DOB}. fave food: tacos. worst trait: texting back {dur} later",
        "i was born on {DOB} at like {time}, my mom never lets me forget it",
        "my cell is {PHONE}, dont call tho, i have phone anxiety, just text",
        "whatsapp me on {PHONE} im in {LOCATION} till friday",
        "my gmail is {EMAIL}, the old one got hacked",
        "my @ is {HANDLE} everywhere",
        "username's {HANDLE} on hinge if u wanna laugh at my bio",
        "pick me up at {ADDRESS}? the blue house, dog barks but hes friendly",
        "deliver it to {ADDRESS} not my work pls",
        "im a barista at {ORGANIZATION} so ya i judge ur coffee order",
        "nursing student at {SCHOOL}, working weekends at {ORGANIZATION}, sleeping never",
        "interning at {ORGANIZATION} this summer, unpaid obv",
        "{LOCATION} born and raised, moved to {LOCATION} for uni and never left",
        "honestly based in {LOCATION} rn but my heart is in {LOCATION}",
        "22 hours in a car w my dad from {LOCATION} to {LOCATION}. pray for me",
        "i'm {AGE} yrs old, {height}, and scared of geese",
        "aged {AGE} and just got my first tattoo lol",
        "got my period, got dumped by {PERSON_M} and my car broke down. in that order. "
        "all before {time}",
        "definately not texting {PERSON_M} tonite. ok maybe one text",
        "Went to {PERSON_F}'s baby shower, everyone asked when its my turn. im {AGE}. leave me "
        "alone",
        "prolly gonna visit my dad in {LOCATION} next weekend, havent seen him in {dur}",
        "when i was {AGE} i ran away to {LOCATION} for three days lol long story",
        "my uncle {PERSON_M} {SURNAME} owns a diner in {LOCATION}, best pancakes ever",
        "my ip is {IP_ADDRESS} if that helps the tech guy",
        "payment goes to {IBAN}, name on the account is my mom's",
        "social security number: {US_SSN}. ok now i can delete the note from my phone",
        "heres my linktree {URL}",
        "Happy birthday to me!!! {AGE} today and nobody at {ORGANIZATION} noticed",
        "{PERSON_F} got engaged to some guy from {LOCATION} she met {dur} ago. ok",
        "turning {AGE} in {count} days and i still feel 17",
        "{AGE}F, {LOCATION}. no hookups, just want someone to talk to at night",
        "ring me on {PHONE} when ur off work, ill be up",
        "e-mail: {EMAIL}. phone: {PHONE}. dont give them to anyone",
        "yeah i'm out near {LOCATION}, like {dur} from anything fun",
        "i work for {ORGANIZATION}, mostly nights, mostly crying in the break room",
        "got let go from {ORGANIZATION} today. {count} years and they gave me a cardboard box",
        "ok so long rant incoming. work at {ORGANIZATION} was hell, my bus got cancelled, i "
        "walked home in the rain to {ADDRESS} and my landlord had changed the wifi password",
        "small town girl from {LOCATION}, big city problems in {LOCATION}",
        "me and my ex both worked at {ORGANIZATION}, so yeah, awkward every single shift",
        "whoever runs {HANDLE} on tiktok i love u",
        "my username is {HANDLE} if u wanna find me",
        "ig {HANDLE} - mostly pics of my dog",
        "im {AGE} going on {AGE} lol",
        "bday's {DOB} and yes i expect a cake",
    ],
    "de": [
        "hey ich bin {PERSON_F}, {AGE} aus {LOCATION} und eigentlich nur neugierig",
        "also mein name ist {PERSON_M} {SURNAME}, aber sag einfach {PERSON_M}",
        "{PERSON_M} hat mir schon wieder nicht zurückgeschrieben, ich dreh durch",
        "meine schwester {PERSON_F} heiratet im sommer und ich soll trauzeugin sein omg",
        "arbeite seit {count} jahren bei {ORGANIZATION} und hab so keinen bock mehr",
        "hab heute bei {ORGANIZATION} gekündigt!!! endlich",
        "bin {AGE} und wohn noch bei meinen eltern in {LOCATION}, peinlich oder",
        "ich komm ursprünglich aus {LOCATION}, leb aber seit {year} in {LOCATION}",
        "meine nummer ist {PHONE}, schreib mir einfach bei whatsapp",
        "ruf mich unter {PHONE} an, aber erst nach {time}",
        "schick mir das an {EMAIL}, danke dir",
        "meine mail: {OBF_EMAIL}",
        "wohne in der {ADDRESS} in {LOCATION}, falls du mal vorbeikommen willst haha",
        "mein geburtstag ist am {DOB} und ich will einfach nur pizza",
        "geboren am {DOB}, also typisch jungfrau",
        "folg mir auf insta {HANDLE}",
        "mein ex {PERSON_M} hat jetzt ne neue und die sieht aus wie ich wtf",
        "war gestern mit {PERSON_F} und {PERSON_M} unterwegs, viel zu viel getrunken",
        "meine chefin frau {SURNAME} hat mich vor allen runtergemacht",
        "Ich hab {PERSON_F} {SURNAME} im Zug getroffen, die ging mit mir zur Schule",
        "studier an der {SCHOOL} und hab null motivation",
        "bin seit ich klein bin {TEAM} fan, da ist nix zu machen",
        "meine iban ist {IBAN}, kannst du mir die {price} einfach überweisen?",
        "überweis das bitte auf {IBAN}, verwendungszweck egal",
        "mein vater {PERSON_M} wird {AGE} und die ganze familie kommt nach {LOCATION}",
        "kennst du {PERSON_F}? die arbeitet auch bei {ORGANIZATION}",
        "{AGE}, single, {LOCATION}. mehr gibts nicht zu sagen lol",
        "mein sohn {PERSON_M} kommt jetzt in die schule und ich heul rum",
        "hab meine kreditkarte verloren, {CREDIT_CARD}, muss die sperren lassen",
        "Meine Tochter {PERSON_F} hat heute zum ersten Mal Fahrrad fahren gelernt!!",
        "zieh nächsten monat nach {LOCATION} zu {PERSON_M}, bin so aufgeregt",
        "mit {PERSON} bin ich seit {dur} zusammen und er hat unseren jahrestag vergessen",
        "mein blog: {URL}",
        "meine kollegin {PERSON_F} ist echt die einzige die mich bei {ORGANIZATION} versteht",
        "ich war {AGE} als ich {PERSON_M} kennengelernt hab, jetzt bin ich {AGE} und immer noch "
        "verknallt",
        "sorry dass ich so spät schreib, war noch bei {PERSON_F} in {LOCATION} und der zug hatte "
        "natürlich {dur} verspätung, typisch",
        "{PERSON_M} meinte ich soll mich nicht so anstellen. hab ich mich angestellt??",
        "mama hat {PERSON_M} {SURNAME} zum essen eingeladen ohne mich zu fragen, ich sterbe",
        "ich bin die {PERSON_F} übrigens, hab mich nie richtig vorgestellt",
        "nenn mich einfach {PERSON}, alle anderen tun das auch",
        "wollte nur sagen dass {PERSON_F} und ich uns getrennt haben. bin ok. glaub ich",
        "kannst mich auch auf tiktok finden, {HANDLE}, aber nicht lachen",
        "arbeite im lager bei {ORGANIZATION} in {LOCATION}, schicht um {time}, jeden tag",
        "bin jahrgang {YEAR_DOB}, also nicht mehr ganz frisch haha",
        "mein freund {PERSON_M} ist {AGE} und benimmt sich wie {count}",
        "hab {PERSON_F} gestern angerufen und sie hat einfach aufgelegt",
        "komm gerade aus {LOCATION} zurück, oma {PERSON_F} hat {count} kuchen gebacken lol",
        "zieh von {LOCATION} nach {LOCATION} und hab noch keinen einzigen karton gepackt",
        "{AGE}, {LOCATION}, arbeite bei {ORGANIZATION}. jetzt du",
        "bin {AGE} und meine mutter schreibt mir immer noch dass ich ne jacke anziehen soll",
        "bin gestern {AGE} geworden und hab mit tiefkühlpizza gefeiert",
        "meine eltern kommen aus {LOCATION}, ich bin aber in {LOCATION} aufgewachsen",
        "warst du schon mal in {LOCATION}? da gibts nur nen bäcker und ne kirche",
        "hab frühschicht bei {ORGANIZATION}, muss jeden tag um {time} raus",
        "nach {count} jahren bei {ORGANIZATION} jetzt zu {ORGANIZATION} gewechselt, gleiches elend",
        "folg mir auf insta {HANDLE}, da poste ich meine koch-fails",
        "auf tiktok heißt sie {HANDLE}, ich stalke nicht. okay doch",
        "{AGE} jahre, {height}, wohn bei {LOCATION}, bin kein fake versprochen",
        "hab an der {SCHOOL} studiert und die partys waren besser als die vorlesungen",
        "meine tante ist {AGE} und fitter als ich",
        "{LOCATION} im sommer ist einfach der beste ort der welt",
        "hab {dur} mit der hotline von {ORGANIZATION} telefoniert, ich raste aus",
        "jobangebot von {ORGANIZATION} in {LOCATION}!! soll ich umziehen??",
        "bin {AGE}, er ist {AGE}, kennengelernt bei {ORGANIZATION}, kompliziert",
        "snap: {HANDLE}, insta: {HANDLE}",
        "meine alte adresse war {ADDRESS}, {LOCATION}, falls das paket da landet",
        "werd am {count}. {AGE}, keine party, nur chillen",
        "insta wurde gehackt, neuer account ist {HANDLE}",
        "hab früher bei {ORGANIZATION} in {LOCATION} gekellnert, wilde zeiten",
        "ich bin {AGE} und zieh endlich aus, nach {LOCATION} wahrscheinlich",
        "digga {PERSON_M} hat mir erzählt dass {PERSON_F} {SURNAME} bei {ORGANIZATION} "
        "rausgeflogen ist, krass oder",
        "alter ich hab am {DOB} geburtstag und keiner hat dran gedacht, nicht mal {PERSON_M}",
        "schreib mir auf whatsapp unter {PHONE}, bin bis freitag in {LOCATION}",
        "meine handynummer: {PHONE}. aber bitte nicht anrufen, nur schreiben",
        "mein username ist überall {HANDLE}",
        "hol mich bitte an der {ADDRESS} ab, das gelbe haus",
        "bin azubi bei {ORGANIZATION} im zweiten lehrjahr und hab schon keinen bock mehr",
        "gebürtig aus {LOCATION}, wohn jetzt aber in {LOCATION}, dazwischen liegen welten",
        "ich bin {AGE} jahre alt und hab angst vor gänsen",
        "{PERSON_F} hat sich mit nem typen aus {LOCATION} verlobt den sie seit {dur} kennt. ok",
        "mein onkel {PERSON_M} hat ne kneipe in {LOCATION}, beste currywurst ever",
        "hab heute geburtstag!! {AGE} und bei {ORGANIZATION} hats keiner gemerkt",
        "Grad mit {PERSON_F} telefoniert, sie kommt am wochenende, dann gehen wir in {LOCATION} "
        "feiern",
        "ich (w, {AGE}) aus der nähe von {LOCATION}, suche einfach jemanden zum quatschen",
        "werd bald {AGE} und fühl mich wie 80",
        "geb. {DOB}, falls du es für das horoskop brauchst lol",
        "mein handy: {PHONE}, ab {time} bin ich erreichbar",
        "e-mail ist {EMAIL}, aber ich guck da selten rein",
        "wohn inzwischen in {LOCATION} und arbeite bei {ORGANIZATION}, praktisch halt",
        "mach grad ne ausbildung bei {ORGANIZATION}, pflegefachfrau, anstrengend aber schön",
        "lange geschichte: schicht bei {ORGANIZATION} bis {time}, dann bahn ausgefallen, "
        "nach hause in die {ADDRESS} gelaufen und der akku war leer",
        "ig: {HANDLE}, da gibts nur bilder von meinem hund",
        "bin so ein kleinstadtmädchen aus {LOCATION}, jetzt in {LOCATION} und komplett überfordert",
        "meine website: {URL}, hab alles selbst gebaut",
    ],
    "fr": [
        "salut moi c'est {PERSON_F}, {AGE} ans, de {LOCATION}",
        "je m'appelle {PERSON_M} {SURNAME} mais tout le monde dit {PERSON_M}",
        "{PERSON_M} m'a encore ghostée, j'en peux plus",
        "ma sœur {PERSON_F} vient dormir ce soir et on va regarder des films nuls",
        "je bosse chez {ORGANIZATION} depuis {count} ans et franchement j'en ai marre",
        "j'ai eu le poste chez {ORGANIZATION} !!! je commence lundi",
        "j'ai {AGE} ans et je vis encore chez ma mère à {LOCATION} mdr",
        "je suis née à {LOCATION} mais j'habite à {LOCATION} depuis {year}",
        "mon num c'est le {PHONE}, envoie un texto",
        "appelle moi au {PHONE} ce soir après {time}",
        "écris moi sur {EMAIL} stp",
        "mon mail c'est {OBF_EMAIL}",
        "j'habite au {ADDRESS}, à {LOCATION}, le code c'est le truc habituel",
        "mon anniv c'est le {DOB}, tu notes hein",
        "née le {DOB}, donc gémeaux oui je sais",
        "mon insta c'est {HANDLE}, abonne toi",
        "mon ex {PERSON_M} a déjà une nouvelle copine, trois semaines après, sérieux",
        "hier soirée avec {PERSON_F} et {PERSON_M}, j'ai trop bu",
        "ma cheffe madame {SURNAME} m'a engueulée devant tout le monde",
        "J'ai croisé {PERSON_F} {SURNAME} au marché, on était au collège ensemble",
        "je suis en master à {SCHOOL} et je dors 4h par nuit",
        "fan de {TEAM} depuis toujours, ne me parle pas du match d'hier",
        "mon iban c'est {IBAN}, tu peux me renvoyer les {price} ?",
        "mon père {PERSON_M} fête ses {AGE} ans à {LOCATION} ce weekend",
        "tu connais {PERSON_F} ? elle bosse aussi chez {ORGANIZATION}",
        "{AGE} ans, célib, {LOCATION}. voilà voilà",
        "ma fille {PERSON_F} a perdu sa première dent aujourd'hui",
        "j'ai paumé ma carte bleue, {CREDIT_CARD}, faut que je fasse opposition",
        "je déménage à {LOCATION} avec {PERSON_M} le mois prochain, j'ai hâte",
        "ça fait {dur} que je parle plus à {PERSON}, ça me manque un peu",
        "mes photos sont sur {URL} si tu veux voir",
        "ma collègue {PERSON_F} est la seule qui me comprend au boulot",
        "j'avais {AGE} ans quand j'ai rencontré {PERSON_M}, il en avait {AGE}",
        "dsl je réponds tard, j'étais chez {PERSON_F} à {LOCATION} et y avait pas de réseau, "
        "bref la soirée était nulle",
        "{PERSON_M} dit que j'exagère. j'exagère ??",
        "ma mère a invité {PERSON_M} {SURNAME} à manger sans me demander, je vais mourir",
        "c'est {PERSON_F} au fait, je me suis jamais vraiment présentée",
        "appelle moi {PERSON}, comme tout le monde",
        "bon {PERSON_F} et moi c'est fini. ça va. enfin je crois",
        "je taffe à l'entrepôt {ORGANIZATION} à {LOCATION}, embauche à {time} tous les jours",
        "je suis de {YEAR_DOB}, donc plus toute jeune hein",
        "mon mec {PERSON_M} a {AGE} ans et il se comporte comme un gamin",
        "j'ai appelé {PERSON_F} hier et elle m'a raccroché au nez",
        "je rentre de {LOCATION}, mamie {PERSON_F} nous a fait {count} crêpes chacun mdr",
        "je déménage de {LOCATION} à {LOCATION} et j'ai pas fait un seul carton",
        "{AGE} ans, {LOCATION}, je bosse chez {ORGANIZATION}. à toi",
        "j'ai {AGE} ans et ma mère m'écrit encore pour que je mette un manteau",
        "j'ai eu {AGE} ans hier et j'ai fêté ça avec une pizza surgelée",
        "mes parents viennent de {LOCATION} mais j'ai grandi à {LOCATION}",
        "t'es déjà allé à {LOCATION} ? y a une boulangerie et une église, c'est tout",
        "je suis du matin chez {ORGANIZATION}, debout à {time} tous les jours",
        "après {count} ans chez {ORGANIZATION} je suis passée chez {ORGANIZATION}, même galère",
        "suis moi sur insta {HANDLE}, je poste mes ratés en cuisine",
        "sur tiktok elle s'appelle {HANDLE}, je stalke pas. bon si",
        "{AGE} ans, {height}, j'habite vers {LOCATION}, pas un fake promis",
        "j'étais à {SCHOOL} et les soirées étaient mieux que les cours",
        "ma tante a {AGE} ans et plus d'énergie que moi",
        "{LOCATION} en été c'est le meilleur endroit du monde",
        "j'ai passé {dur} au téléphone avec le service client de {ORGANIZATION}, je craque",
        "offre d'emploi chez {ORGANIZATION} à {LOCATION} !! je déménage ??",
        "j'ai {AGE} ans, lui {AGE}, on s'est connus chez {ORGANIZATION}, c'est compliqué",
        "snap : {HANDLE} / insta : {HANDLE}",
        "mon ancienne adresse c'était {ADDRESS}, {LOCATION}, si jamais le colis arrive là-bas",
        "mon insta s'est fait pirater, le nouveau c'est {HANDLE}",
        "je supporte {TEAM} depuis que je suis petit, c'est génétique",
        "j'étais serveuse chez {ORGANIZATION} à {LOCATION} en {year}, quelle époque",
        "wsh {PERSON_M} m'a dit que {PERSON_F} {SURNAME} s'est fait virer de {ORGANIZATION}, "
        "c'est chelou nan",
        "jsp si tu sais mais je suis née le {DOB}, et personne y a pensé, même pas {PERSON_M}",
        "écris moi sur whatsapp au {PHONE}, je suis à {LOCATION} jusqu'à vendredi",
        "mon pseudo c'est {HANDLE} partout",
        "tu peux passer me prendre au {ADDRESS} ? la maison jaune",
        "je suis en alternance chez {ORGANIZATION} et j'en peux déjà plus",
        "originaire de {LOCATION}, je vis à {LOCATION} maintenant, rien à voir",
        "j'ai {AGE} ans et j'ai peur des oies tkt",
        "{PERSON_F} s'est fiancée avec un mec de {LOCATION} qu'elle connaît depuis {dur}. ok",
        "mon oncle {PERSON_M} tient un bar à {LOCATION}, le meilleur croque du monde",
        "c'est mon anniv !! {AGE} ans et personne chez {ORGANIZATION} a remarqué",
        "Je viens d'avoir {PERSON_F} au tel, elle vient ce weekend et on sort à {LOCATION}",
        "grave, {PERSON_M} et {PERSON_M} se sont battus pour une place de parking, à leur âge",
        "moi (f, {AGE}) vers {LOCATION}, je cherche juste quelqu'un à qui parler",
        "bientôt {AGE} ans et je me sens vieille",
        "j'suis sur {LOCATION} en ce moment, toi t'es où ?",
        "mon portable : {PHONE}, dispo après {time}",
        "mon adresse mail c'est {EMAIL}, je la check jamais mais bon",
        "caissière chez {ORGANIZATION} depuis {dur}, et j'ai déjà envie de partir",
        "longue histoire : service chez {ORGANIZATION} jusqu'à {time}, pas de bus, je suis "
        "rentrée à pied jusqu'au {ADDRESS} sous la pluie, et plus de batterie",
        "mon snap c'est {HANDLE}, ajoute moi",
        "petite ville, {LOCATION}, et maintenant {LOCATION}, le choc",
        "mon site : {URL}, j'ai tout fait moi-même",
        "né le {DOB} à {LOCATION}, voilà pour les présentations",
    ],
    "es": [
        "holaa soy {PERSON_F}, tengo {AGE} y soy de {LOCATION}",
        "me llamo {PERSON_M} {SURNAME} pero todos me dicen {PERSON_M}",
        "{PERSON_M} me ha vuelto a dejar en visto, no puedo más",
        "mi hermana {PERSON_F} se casa en junio y yo sin vestido jajaja",
        "llevo {count} años currando en {ORGANIZATION} y estoy quemadísima",
        "me han cogido en {ORGANIZATION}!!! empiezo el lunes",
        "tengo {AGE} años y sigo viviendo con mis padres en {LOCATION}, qué vergüenza",
        "soy de {LOCATION} pero vivo en {LOCATION} desde {year}",
        "mi número es el {PHONE}, escríbeme por whats",
        "llámame al {PHONE} a partir de las {time}",
        "mándamelo a {EMAIL} porfa",
        "mi correo es {OBF_EMAIL}",
        "vivo en {ADDRESS}, en {LOCATION}, por si quieres mandarme algo jaja",
        "mi cumple es el {DOB}, que no se te olvide",
        "nací el {DOB}, así que sí, soy escorpio",
        "sígueme en insta {HANDLE}",
        "mi ex {PERSON_M} ya tiene novia nueva, a las dos semanas, flipo",
        "anoche salí con {PERSON_F} y {PERSON_M} y acabamos fatal",
        "mi jefa, la señora {SURNAME}, me echó la bronca delante de todos",
        "Me encontré a {PERSON_F} {SURNAME} en el súper, íbamos juntas al instituto",
        "estudio en la {SCHOOL} y no me entero de nada",
        "soy del {TEAM} de toda la vida, no me hables del partido",
        "mi iban es {IBAN}, me pasas los {price} cuando puedas?",
        "mi padre {PERSON_M} cumple {AGE} y vamos todos a {LOCATION}",
        "conoces a {PERSON_F}? también trabaja en {ORGANIZATION}",
        "{AGE}, soltera, {LOCATION}. y poco más",
        "mi hijo {PERSON_M} empieza el cole y la que llora soy yo",
        "he perdido la tarjeta, {CREDIT_CARD}, tengo que cancelarla ya",
        "me mudo a {LOCATION} con {PERSON_M} el mes que viene, qué nervios",
        "hace {dur} que no hablo con {PERSON} y le echo de menos",
        "mis fotos están en {URL}",
        "mi compi {PERSON_F} es la única que me aguanta en el curro",
        "tenía {AGE} cuando conocí a {PERSON_M}, y ahora mírame",
        "perdona q tarde, estaba en casa de {PERSON_F} en {LOCATION} y no había cobertura, "
        "total q la fiesta fue un rollo",
        "{PERSON_M} dice que soy una exagerada. lo soy??",
        "mi madre ha invitado a {PERSON_M} {SURNAME} a comer sin preguntarme, me muero",
        "soy {PERSON_F} por cierto, nunca me presenté bien",
        "llámame {PERSON}, como todo el mundo",
        "bueno, {PERSON_F} y yo lo hemos dejado. estoy bien. creo",
        "curro en el almacén de {ORGANIZATION} en {LOCATION}, entro a las {time} cada día",
        "soy del {YEAR_DOB}, o sea que ya no soy una cría",
        "mi novio {PERSON_M} tiene {AGE} y se porta como un crío",
        "llamé a {PERSON_F} ayer y me colgó sin más",
        "vengo de {LOCATION}, la abuela {PERSON_F} nos hizo {count} croquetas a cada uno jaja",
        "me mudo de {LOCATION} a {LOCATION} y no he hecho ni una caja",
        "{AGE}, {LOCATION}, curro en {ORGANIZATION}. te toca",
        "tengo {AGE} años y mi madre todavía me escribe para que me lleve chaqueta",
        "ayer cumplí {AGE} y lo celebré con una pizza congelada",
        "mis padres son de {LOCATION} pero yo me crié en {LOCATION}",
        "has estado en {LOCATION}? hay un bar y una iglesia y ya",
        "tengo turno de mañana en {ORGANIZATION}, me levanto a las {time} todos los días",
        "después de {count} años en {ORGANIZATION} me pasé a {ORGANIZATION}, la misma miseria",
        "sígueme en insta {HANDLE}, subo mis desastres en la cocina",
        "en tiktok es {HANDLE}, no la stalkeo. vale sí",
        "{AGE} años, {height}, vivo cerca de {LOCATION}, no soy fake lo prometo",
        "estudié en la {SCHOOL} y las fiestas eran mejores que las clases",
        "mi tía tiene {AGE} años y más energía que yo",
        "{LOCATION} en verano es el mejor sitio del mundo y punto",
        "me he tirado {dur} al teléfono con atención al cliente de {ORGANIZATION}, socorro",
        "me han ofrecido curro en {ORGANIZATION} en {LOCATION}!! me mudo??",
        "yo {AGE}, él {AGE}, nos conocimos en {ORGANIZATION}, es complicado",
        "snap: {HANDLE} / insta: {HANDLE}",
        "mi dirección antigua era {ADDRESS}, {LOCATION}, por si el paquete llega allí",
        "me hackearon el insta, la cuenta nueva es {HANDLE}",
        "fui camarera en {ORGANIZATION} en {LOCATION} en el {year}, qué tiempos",
        "tía {PERSON_M} me ha dicho que a {PERSON_F} {SURNAME} la han echado de {ORGANIZATION}, "
        "en plan fuerte",
        "q sepas q mi cumple es el {DOB} y nadie se acordó, ni {PERSON_M}",
        "escríbeme al whats {PHONE}, estoy en {LOCATION} hasta el viernes",
        "mi usuario es {HANDLE} en todos lados",
        "me recoges en {ADDRESS}? el portal verde",
        "estoy de becaria en {ORGANIZATION} y ya no puedo más xq no me pagan",
        "soy de {LOCATION} de toda la vida pero ahora vivo en {LOCATION}, nada que ver",
        "tengo {AGE} tacos y me dan miedo las ocas",
        "{PERSON_F} se ha prometido con un tío de {LOCATION} que conoce desde hace {dur}. vale",
        "mi tío {PERSON_M} tiene un bar en {LOCATION}, las mejores bravas del mundo",
        "es mi cumple!! {AGE} y en {ORGANIZATION} nadie se ha dado cuenta",
        "Acabo de hablar con {PERSON_F}, viene el finde y salimos por {LOCATION}",
        "mazo de tiempo sin ver a {PERSON}, q tal si quedamos en {LOCATION}",
        "yo (chica, {AGE}) por la zona de {LOCATION}, solo busco alguien con quien hablar",
        "voy a cumplir {AGE} y me siento de 80",
        "fecha de nacimiento {DOB}, por si es para el horóscopo jaja",
        "vivo por {LOCATION}, y tú de dónde eres?",
        "mi móvil: {PHONE}, a partir de las {time} estoy libre",
        "trabajo para {ORGANIZATION} desde hace {dur} y ya me quiero ir",
        "historia larga: turno en {ORGANIZATION} hasta las {time}, sin bus, me fui andando "
        "hasta {ADDRESS} bajo la lluvia y sin batería",
        "agrégame en insta, soy {HANDLE}",
        "chica de pueblo, de {LOCATION}, y ahora en {LOCATION}, qué cambio",
        "mi web: {URL}, la hice yo solita",
        "mi correo: {EMAIL}, pero casi no lo miro",
    ],
    "it": [
        "ciao sono {PERSON_F}, ho {AGE} anni e sono di {LOCATION}",
        "mi chiamo {PERSON_M} {SURNAME} ma tutti mi chiamano {PERSON_M}",
        "{PERSON_M} mi ha visualizzato e non risponde, basta",
        "mia sorella {PERSON_F} si sposa a settembre e io devo fare il discorso aiuto",
        "lavoro da {ORGANIZATION} da {count} anni e non ce la faccio più",
        "mi hanno presa da {ORGANIZATION}!!! inizio lunedì",
        "ho {AGE} anni e vivo ancora con i miei a {LOCATION}, che tristezza",
        "sono di {LOCATION} ma vivo a {LOCATION} dal {year}",
        "il mio numero è {PHONE}, scrivimi su whatsapp",
        "chiamami al {PHONE} dopo le {time}",
        "mandamelo a {EMAIL} grazie",
        "la mia mail è {OBF_EMAIL}",
        "abito in {ADDRESS} a {LOCATION}, se vuoi mandarmi qualcosa ahah",
        "il mio compleanno è il {DOB}, segnatelo",
        "sono nata il {DOB}, quindi sì, sono bilancia",
        "seguimi su insta {HANDLE}",
        "il mio ex {PERSON_M} ha già la ragazza nuova, dopo due settimane, assurdo",
        "ieri sera fuori con {PERSON_F} e {PERSON_M}, ho bevuto troppo",
        "la mia capa, la {SURNAME}, mi ha sgridata davanti a tutti",
        "Ho incontrato {PERSON_F} {SURNAME} al mercato, eravamo in classe insieme",
        "studio alla {SCHOOL} e non dormo mai",
        "tifo {TEAM} da quando sono nato, non parliamo della partita",
        "il mio iban è {IBAN}, mi ridai i {price} quando puoi?",
        "mio padre {PERSON_M} compie {AGE} anni e andiamo tutti a {LOCATION}",
        "conosci {PERSON_F}? lavora anche lei da {ORGANIZATION}",
        "{AGE} anni, single, {LOCATION}. fine",
        "mio figlio {PERSON_M} inizia la scuola e quella che piange sono io",
        "ho perso la carta, {CREDIT_CARD}, devo bloccarla subito",
        "mi trasferisco a {LOCATION} con {PERSON_M} il mese prossimo, che ansia",
        "sono {dur} che non sento {PERSON} e mi manca un po'",
        "le mie foto sono su {URL}",
        "la mia collega {PERSON_F} è l'unica che mi capisce al lavoro",
        "avevo {AGE} anni quando ho conosciuto {PERSON_M}, lui ne aveva {AGE}",
        "scusa il ritardo, ero da {PERSON_F} a {LOCATION} e non c'era campo, comunque la festa "
        "era una noia",
        "{PERSON_M} dice che esagero. esagero??",
        "mia madre ha invitato {PERSON_M} {SURNAME} a pranzo senza chiedermelo, muoio",
        "comunque sono {PERSON_F}, non mi sono mai presentata bene",
        "chiamami {PERSON}, come fanno tutti",
        "vabbè io e {PERSON_F} ci siamo lasciate. sto bene. credo",
        "lavoro in magazzino da {ORGANIZATION} a {LOCATION}, attacco alle {time} tutti i giorni",
        "sono del {YEAR_DOB}, quindi non proprio una ragazzina",
        "il mio ragazzo {PERSON_M} ha {AGE} anni e fa il bambino",
        "ho chiamato {PERSON_F} ieri e mi ha attaccato il telefono in faccia",
        "torno adesso da {LOCATION}, nonna {PERSON_F} ci ha fatto {count} arancini a testa ahah",
        "mi trasferisco da {LOCATION} a {LOCATION} e non ho fatto neanche uno scatolone",
        "{AGE}, {LOCATION}, lavoro da {ORGANIZATION}. tocca a te",
        "ho {AGE} anni e mia madre mi scrive ancora di mettermi il giubbotto",
        "ieri ho compiuto {AGE} anni e ho festeggiato con una pizza surgelata",
        "i miei sono di {LOCATION} ma io sono cresciuta a {LOCATION}",
        "sei mai stato a {LOCATION}? c'è un bar e una chiesa, fine",
        "faccio il turno di mattina da {ORGANIZATION}, sveglia alle {time} ogni giorno",
        "dopo {count} anni da {ORGANIZATION} sono passato a {ORGANIZATION}, stessa miseria",
        "seguimi su insta {HANDLE}, posto i miei disastri in cucina",
        "su tiktok è {HANDLE}, non la stalkero. ok sì",
        "{AGE} anni, {height}, abito vicino a {LOCATION}, non sono un fake giuro",
        "ho studiato alla {SCHOOL} e le feste erano meglio delle lezioni",
        "mia zia ha {AGE} anni e più energia di me",
        "{LOCATION} d'estate è il posto più bello del mondo",
        "sono stata {dur} al telefono col servizio clienti di {ORGANIZATION}, aiuto",
        "offerta di lavoro da {ORGANIZATION} a {LOCATION}!! mi trasferisco??",
        "io {AGE}, lui {AGE}, conosciuti da {ORGANIZATION}, è complicato",
        "snap: {HANDLE} / insta: {HANDLE}",
        "il mio vecchio indirizzo era {ADDRESS}, {LOCATION}, se il pacco arriva lì",
        "mi hanno hackerato insta, il nuovo profilo è {HANDLE}",
        "facevo la cameriera da {ORGANIZATION} a {LOCATION} nel {year}, che tempi",
        "la domenica allo stadio? no, tifo {TEAM} dal divano",
        "raga {PERSON_M} mi ha detto che {PERSON_F} {SURNAME} è stata licenziata da "
        "{ORGANIZATION}, tipo assurdo",
        "cmq il mio compleanno è il {DOB} e nessuno se n'è ricordato, nemmeno {PERSON_M}",
        "scrivimi su whatsapp al {PHONE}, sono a {LOCATION} fino a venerdì",
        "il mio nickname è {HANDLE} ovunque",
        "mi passi a prendere in {ADDRESS}? il portone verde",
        "faccio lo stage da {ORGANIZATION} e nn ce la faccio già più xké non mi pagano",
        "sono di {LOCATION} di nascita ma vivo a {LOCATION} ormai, tutta un'altra vita",
        "ho {AGE} anni e ho paura delle oche boh",
        "{PERSON_F} si è fidanzata con uno di {LOCATION} che conosce da {dur}. ok",
        "mio zio {PERSON_M} ha un bar a {LOCATION}, il miglior caffè del mondo",
        "è il mio compleanno!! {AGE} anni e da {ORGANIZATION} nessuno se n'è accorto",
        "Ho appena sentito {PERSON_F}, viene nel weekend e usciamo a {LOCATION}",
        "è una vita che non vedo {PERSON}, ci becchiamo a {LOCATION}?",
        "io (f, {AGE}) zona {LOCATION}, cerco solo qualcuno con cui parlare",
        "quasi {AGE} anni e mi sento vecchissima",
        "data di nascita {DOB}, se ti serve per l'oroscopo ahah",
        "sto a {LOCATION} adesso, tu di dove sei?",
        "il mio cellulare: {PHONE}, dopo le {time} sono libera",
        "faccio la commessa da {ORGANIZATION} da {dur} e già voglio scappare",
        "storia lunga: turno da {ORGANIZATION} fino alle {time}, niente bus, sono tornata a "
        "piedi fino in {ADDRESS} sotto la pioggia e col telefono scarico",
        "aggiungimi su insta, sono {HANDLE}",
        "ragazza di paese, di {LOCATION}, e ora a {LOCATION}, che shock",
        "il mio sito: {URL}, l'ho fatto io",
        "scrivimi a {EMAIL}, ma la guardo poco",
    ],
}
CLEAN_TEMPLATES = {
    "en": [
        "lol ok that made my day",
        "cant sleep again, its {time} and my brain wont shut up",
        "Honestly today was a lot. Work, then the bus broke down, then it rained",
        "bought a rose for myself bc nobody else will haha",
        "will you still talk to me if i disappear for {dur}",
        "mark my words im never dating a guy who says he's 'not a texter' again",
        "just paid {price} for a candle. a CANDLE",
        "watched {count} episodes on netflix instead of doing anything useful",
        "summer cant come soon enough, im so done with this grey",
        "grace under pressure is not my thing lmao",
        "hope ur day was better than mine",
        "my jersey shrank in the wash and now its a crop top i guess",
        "reading a book about attachment styles and its calling me out",
        "do u like turkey or is it just a thanksgiving thing",
        "april showers my ass, its been raining since {year}",
        "Sunday plans: couch, snacks, zero people",
        "im {height} and every guy on hinge lies about being {height}",
        "took the dog out at {time}, now hes sulking",
        "we won 3-1 last night and i screamed so loud",
        "the uber eats guy got lost for {dur}, my fries were cold",
        "i think i need a new phone, this one dies at like 40%",
        "tbh i dont even know why im telling u this",
        "u ever just feel like ur on the wrong planet",
        "My bath is getting cold but i dont wanna move",
        "bought a tiny china teapot at the flea market for {price}",
        "ok brb gotta take a shower",
        "what do u think about long distance? like does it ever work",
        "Spotify wrapped said i listened to the same song {count} times. yikes",
        "my love language is memes, sorry",
        "i had a dream i could fly and woke up at {time} sad",
        "the gym was packed, waited {dur} for a bench",
        "do u ever just stare at the ceiling for an hour",
        "cooked pasta for the first time in {dur}, proud of me?",
        "Happy new year!! {year} better be nicer",
        "its been like {count} days since i went outside lol",
        "my paycheck was {price} short again, love that for me",
        "the sky was so pink tonight, wish u could see it",
        "i just said 'ok cool' to a text and now im overthinking it",
        "Dinner was ramen, dessert was regret",
        "pls tell me something nice, its been a day",
        "the tv remote is gone. gone. i searched for {dur}",
        "my basil died, RIP, i overwatered it again",
        "the meeting got moved to {time} on the 14th so thats my evening gone",
        "jazz night at the bar down the road, {price} entry, worth it?",
        "Will do! and yes i ate something, dont worry",
        "the new iphone costs {price}?? in this economy??",
        "Brandy on a tuesday is a choice and i made it",
        "Turkey sandwich, cold tea, sad tuesday vibes",
        "ikea meatballs are the only reason i go to ikea, fight me",
        "Prime day got me again, {count} packages and i needed none",
        "u ever drink so much coffee ur hands shake? thats me at {time}",
        "Candy crush level {count} is personal now",
        "the holiday in march got cancelled, refund is {price}, whatever",
        "Rose gold or silver for the ring? asking for a friend",
        "Jersey Shore reruns at 2am hit different",
        "my bob haircut is growing out and i look like a mushroom",
        "had a frank conversation with myself in the mirror. i lost",
        "Sandy beaches, cold drinks, no phone. thats the dream",
        "brussels sprouts are actually good if u roast them, fight me",
        "someone nicked my bike again, third time this year",
        "the amber alert went off at {time} and scared the life out of me",
        "Will power: zero. Snacks: many",
        "My chelsea boots finally broke after {year}, RIP",
        "bath bomb, face mask, {count} episodes. self care sunday",
        "Reading is my new thing, {count} books this month",
    ],
    "de": [
        "haha ok das war gut",
        "kann nicht pennen, es ist {time} und mein kopf hört nicht auf",
        "hab mir heute einfach so rosen gekauft, weil ich es kann",
        "war {dur} im stau, nie wieder a7",
        "Sonntag: sofa, chips, keine menschen",
        "hab {price} für ne kerze ausgegeben. ne KERZE",
        "bin {height} und jeder typ auf tinder lügt über seine größe",
        "essen war lecker, danach nur noch couch",
        "das spiel ging 2:2 aus, ich war heiser danach",
        "frank gesagt hab ich keine lust auf die party",
        "heute {count} folgen am stück geschaut, keine reue",
        "Der Termin ist jetzt am 3. März um {time}, passt mir gar nicht",
        "wünschte du wärst hier, der himmel war so rosa",
        "mir ist so langweilig, erzähl mir was",
        "meine miete ist wieder um {price} gestiegen, toll",
        "bin grad total müde, morgen wieder früh raus",
        "Ehrlich gesagt hab ich heute nur Nudeln gegessen und Netflix geschaut",
        "der paketbote von dhl hat wieder nur nen zettel dagelassen",
        "hab seit {dur} nix mehr gegessen, vergessen lol",
        "Sommer, Sonne, Kaktus, sag ich nur",
        "Heute gabs Berliner vom Bäcker, {count} Stück, keine Reue",
        "wiener würstchen und kartoffelsalat, mehr brauch ich nicht",
        "Rosa oder Blau für die Nägel? hilf mir",
        "digga der bus kam {dur} zu spät, schon wieder",
        "Essen ist fertig, bis gleich",
        "Hamburger oder Döner heute, schwere Entscheidung",
    ],
    "fr": [
        "mdr ok celle là elle m'a tuée",
        "j'arrive pas à dormir, il est {time} et mon cerveau tourne",
        "je me suis acheté des roses toute seule, parce que je le vaux bien",
        "bloquée {dur} dans les bouchons, l'enfer",
        "dimanche : canapé, chips, personne",
        "j'ai payé {price} pour une bougie. une BOUGIE",
        "je fais {height} et tous les mecs sur tinder mentent sur leur taille",
        "le match a fini 1-0, j'ai plus de voix",
        "c'était nice hier soir, on a bien rigolé",
        "j'ai regardé {count} épisodes d'affilée, aucun regret",
        "le rdv est décalé au 12 avril à {time}, génial",
        "le ciel était tout orange ce soir, t'aurais vu ça",
        "je m'ennuie trop, raconte moi un truc",
        "mon loyer a encore pris {price}, trop bien",
        "la pierre de mon collier est tombée, je suis dégoûtée",
        "je suis crevée, demain réveil à {time}",
        "Franchement j'ai mangé des pâtes et j'ai maté Netflix, c'est tout",
        "le livreur uber eats s'est perdu pendant {dur}, mes frites étaient froides",
        "Aurore boréale ce soir d'après la météo, j'y crois pas trop",
        "Nice la soirée d'hier, merci encore",
        "j'ai trouvé une jolie pierre sur la plage, je la garde",
        "Orange a encore coupé ma box, {dur} sans internet",
        "grâce à toi j'ai mangé des légumes aujourd'hui mdr",
        "wsh la mairie m'a encore perdu mon dossier",
        "Rose ou blanc pour ce soir ?",
    ],
    "es": [
        "jajaja vale esa me ha matado",
        "no puedo dormir, son las {time} y mi cabeza no para",
        "me he comprado rosas yo sola, porque sí",
        "{dur} en un atasco, nunca más",
        "domingo: sofá, patatas y cero gente",
        "he pagado {price} por una vela. una VELA",
        "mido {height} y todos los de tinder mienten con la altura",
        "el partido acabó 2-3, me he quedado sin voz",
        "qué paz hay en casa cuando no está nadie",
        "me he visto {count} capítulos seguidos, sin arrepentimiento",
        "me han cambiado la cita al 5 de mayo a las {time}, genial",
        "la luz del atardecer hoy era preciosa, ojalá la hubieras visto",
        "me aburro muchísimo, cuéntame algo",
        "me han subido el alquiler {price}, de lujo",
        "el sol me ha dejado roja como un tomate jaja",
        "estoy reventada, mañana madrugo otra vez",
        "Pues nada, hoy pasta y Netflix, así de intensa es mi vida",
        "Rosario de desgracias hoy: se me rompió el móvil y perdí el bus",
        "El Mercedes del vecino otra vez en mi plaza de garaje, paciencia",
        "todavía tengo esperanza de que cambie el tiempo este finde",
        "con estos dolores de cabeza no puedo ni mirar el móvil",
        "Luz apagada, mantita y a dormir, buenas noches",
        "Paz mental es lo único que pido para mi cumple jaja",
        "remedios caseros para la resaca? los necesito ya",
        "el rocío de la mañana me ha empapado las zapatillas",
    ],
    "it": [
        "ahahah ok questa mi ha uccisa",
        "non riesco a dormire, sono le {time} e la testa non si ferma",
        "mi sono comprata delle rose da sola, perché sì",
        "{dur} in coda in tangenziale, mai più",
        "domenica: divano, patatine e zero persone",
        "ho speso {price} per una candela. una CANDELA",
        "sono alta {height} e tutti su tinder mentono sull'altezza",
        "la partita è finita 2 a 0, sono senza voce",
        "che serata serena, finalmente un po' di pace",
        "mi sono vista {count} puntate di fila, zero rimorsi",
        "mi hanno spostato l'appuntamento al 9 maggio alle {time}, perfetto",
        "il cielo stasera era tutto rosa, avresti dovuto vederlo",
        "mi annoio da morire, raccontami qualcosa",
        "l'affitto è salito di {price}, bellissimo",
        "ho messo la maglia bianca e ovviamente mi sono sporcata di sugo",
        "sono distrutta, domani sveglia alle {time}",
        "Vabbè oggi pasta e Netflix, la mia vita è questa",
        "Aurora boreale in Italia? ma dai, non ci credo",
        "sarò franca, quella pizza faceva schifo",
        "Finalmente serena, dopo una settimana d'inferno",
        "ho comprato una camicia bianca e una viola, mi stanno bene?",
        "Speranza zero per il weekend, piove sempre",
        "che gioia il sole stamattina",
        "Aurora boreale no, ma un bel tramonto sì",
        "raga stasera pizza e birra, chi viene?",
    ],
}
