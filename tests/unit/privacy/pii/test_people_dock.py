"""People's names in the phrasings of the dock split's misses (round 9 of the recall helpers),
written with other names and in the five languages where the phrasing exists: a possessive
"'s" after a cued name, "jsuis …", a crush and what the writer feels ("falling for …", "ich
steh auf …", "je craque pour …"), a dating app's match, a friend or a coworker without a
possessive, whose birthday it is, what to say to someone, love abbreviations before a name,
the name the writer is still called by, the Spanish personal "a", kinship titles and blocking
as cues only a person follows, what only a person does or is ("… keeps saying", "… is
pregnant", "… is a bad influence", "… t'es où", "… is ok, she …"), more fillers, someone known
from a place with a surname or a longer place, what someone else says of a person, someone's
hoodie and place, a capitalised word after a title, couples back together or apart, with
someone since a year, a voice note's label and "it's me" before a subject. Words that are
also names stay words without a cue, and a verb after a relative is no name.
"""

from __future__ import annotations

import pytest

from tests.unit.privacy.pii.helpers import of_type
from veil.domain.pii import EntityType

POSITIVE = [
    # a possessive "'s" after a name after a cue
    ("im staying at my aunt hope's in Leeds till sunday", None, "hope"),
    ("sleeping at my cousin tabitha's tonight", None, "tabitha"),
    # the person the writer is seeing
    ("the guy i'm seeing is Hunter Bell, thoughts?", None, "Hunter Bell"),
    ("the girl im seeing is ottilie", None, "ottilie"),
    # French chat's "jsuis"
    ("jsuis Jean, 59 ans, de Lille", "fr", "Jean"),
    ("jsuis benoît, 18 ans", "fr", "benoît"),
    ("chuis margot, j'ai changé de numéro", "fr", "margot"),
    # a crush, thinking of someone, crying over someone
    ("i think i'm falling for dale and hes my best friends brother", None, "dale"),
    ("i think i'm falling for art and hes my best friends brother", None, "art"),
    ("cant stop thinking about darren tbh he hasnt replied", None, "darren"),
    ("also me: crying over mitch in a car park", None, "mitch"),
    ("ich glaub ich steh auf jörg, aber egal", "de", "jörg"),
    ("je crois que je craque pour maxence", "fr", "maxence"),
    ("creo que estoy colada por iker", "es", "iker"),
    ("ho una cotta per tommaso", "it", "tommaso"),
    # a match on a dating app
    ("tinder match Glen, 39, lives in Halifax. thoughts?", None, "Glen"),
    ("tinder match wade, 48, thoughts?", None, "wade"),
    ("mein hinge match jannik hat geschrieben", "de", "jannik"),
    # a friend or a coworker without a possessive
    ("bestie joy is pregnant!!!! i'm gonna be an auntie", None, "joy"),
    ("bestie violet is pregnant!!", None, "violet"),
    ("coworker destiny keeps stealing my yoghurt", None, "destiny"),
    # whose birthday it is
    ("andiamo a Pescara per il compleanno di Gioia!!", "it", "Gioia"),
    ("andiamo a Salerno per il compleanno di letizia!!", "it", "letizia"),
    ("nos vamos a Jaén por el cumple de luz!!", "es", "luz"),
    ("on va à Lyon pour l'anniversaire de clémence", "fr", "clémence"),
    ("wir fahren zum geburtstag von jannik nach Kiel", "de", "jannik"),
    # what to say to someone
    ("jsp quoi dire à violette, elle pleure", "fr", "violette"),
    ("jsp quoi dire à Blanche, elle pleure depuis ce matin", "fr", "Blanche"),
    ("no sé qué decirle a paco, lleva toda la semana rarísimo", "es", "paco"),
    ("non so cosa dire a ginevra stasera", "it", "ginevra"),
    # love abbreviations before the one they are for
    ("tvb Rosa, a domani", "it", "Rosa"),
    ("tq amparo, mañana hablamos", "es", "amparo"),
    ("hdl rosa, bis morgen", "de", "rosa"),
    ("jtm clémence, à demain", "fr", "clémence"),
    ("ily jade!", None, "jade"),
    # the name the writer is still called by
    ("my mum still calls me Summer even tho i hate it", None, "Summer"),
    ("my dad still calls me rose lol", None, "rose"),
    ("meine mutter nennt mich immer noch rosa", "de", "rosa"),
    ("ma mère m'appelle toujours rose", "fr", "rose"),
    ("mi madre me sigue llamando luz", "es", "luz"),
    ("mia madre mi chiama ancora gioia", "it", "gioia"),
    # the Spanish personal "a" before a word that is also a name
    ("vi a esperanza en el súper, qué incómodo", "es", "esperanza"),
    # blocking someone; a kinship title without a possessive
    ("i blocked jack everywhere and he made a new account", None, "jack"),
    ("mamie prudence m'a encore envoyé un chèque mdr", "fr", "prudence"),
    ("tía blanca es lo peor xd", "es", "blanca"),
    ("nonna rosa ha fatto i tortellini", "it", "rosa"),
    ("grandma pearl is visiting", None, "pearl"),
    # what only a person does or is
    ("Grace keeps saying 'let's get coffee' and never does", None, "Grace"),
    ("lmaooo holly just sent me a tiktok of a cat", None, "holly"),
    ("Miles said 'u up?' at 2am. men are so predictable", None, "Miles"),
    ("um frank said he'll pick us up at 7", None, "frank"),
    ("Faith is pregnant!!!", None, "Faith"),
    ("omg rosa ist schwanger!!", "de", "rosa"),
    ("ouf, Victoire est enceinte", "fr", "Victoire"),
    ("oye, luz está embarazada", "es", "luz"),
    ("raga, stella è incinta!!", "it", "stella"),
    ("honestly glen is the only one who gets me", None, "glen"),
    ("mom says dwayne is a bad influence but shes never met him", None, "dwayne"),
    ("mom says Frank is a bad influence", None, "Frank"),
    ("wsh pierre t'es où", "fr", "pierre"),
    ("jannik wo bist du??", "de", "jannik"),
    ("hunter where r u", None, "hunter"),
    ("i hope jade is ok, she hasnt posted in days", None, "jade"),
    ("i hope Summer is ok, she hasnt posted in days", None, "Summer"),
    ("j'espère que rose va bien, elle répond plus", "fr", "rose"),
    ("spero che stella stia bene, lei non risponde", "it", "stella"),
    ("ojalá luz esté bien, ella no contesta", "es", "luz"),
    ("sorry jsuis en retard, Jean m'a pas réveillée", "fr", "Jean"),
    ("cmq Natale nn mi risponde da ieri, boh", "it", "Natale"),
    ("primo mi ha ghostata, che figura", "it", "primo"),
    ("kevin ist so süß, ich sterbe", "de", "kevin"),
    ("maxence est trop mignon", "fr", "maxence"),
    # the same in the other languages: saying it again and again, the only one, a bad
    # influence, sending the writer something
    ("Jade sagt ständig, dass sie keine zeit hat", "de", "Jade"),
    ("Fleur n'arrête pas de dire qu'elle part", "fr", "Fleur"),
    ("Rosa no para de decir que se muda", "es", "Rosa"),
    ("Stella continua a dire che parte", "it", "Stella"),
    ("Faith ist die einzige, die mich versteht", "de", "Faith"),
    ("Rose est la seule qui me comprend", "fr", "Rose"),
    ("Luz es la única que me entiende", "es", "Luz"),
    ("Stella è l'unica che mi capisce", "it", "Stella"),
    ("rosa ist ein schlechter einfluss", "de", "rosa"),
    ("Victoire a une mauvaise influence sur moi", "fr", "Victoire"),
    ("paz es una mala influencia", "es", "paz"),
    ("gioia è una cattiva influenza", "it", "gioia"),
    ("oye, luz me mandó un meme", "es", "luz"),
    ("stella mi ha mandato un video", "it", "stella"),
    ("rosa hat mir ein video geschickt", "de", "rosa"),
    # a capitalised first name that is also a frequent word, subject of a person's act
    ("senti Grazia mi ha detto che sabato ci sei", "it", "Grazia"),
    # more fillers before a subject
    ("lmao kezia just sent me a meme", None, "kezia"),
    ("bruh kevin ist so cringe, like wirklich", "de", "kevin"),
    ("bon alors margot m'a dit que t'étais ok pour samedi", "fr", "margot"),
    ("genre jean m'a ghostée, trop la honte", "fr", "jean"),
    ("oye blanca me dijo que te apuntas el sábado", "es", "blanca"),
    ("senti Marina mi ha detto che sabato ci sei", "it", "Marina"),
    ("mark my words craig will regret this", None, "craig"),
    # someone known from a place: a surname between, a longer place, "emailed"
    ("ugh miles Baker from hr emailed me at midnight", None, "miles"),
    ("rob from the Riverside Royals group chat keeps sending memes", None, "rob"),
    ("paco del curro me invitó a una caña", "es", "paco"),
    ("natale del lavoro mi ha invitata per un aperitivo", "it", "natale"),
    # what someone owns, someone's place
    ("wait is it weird that i still have glen's hoodie", None, "glen"),
    ("ok so Ravi's instagram is bigdaddy_x tell me if hes cute", None, "Ravi"),
    ("the party is at Ivy's, bring ice", None, "Ivy"),
    ("sleeping at jade's tonight", None, "jade"),
    # a capitalised everyday word after a title
    ("my therapist dr Young says i should journal more", None, "Young"),
    # couples back together or apart
    ("Prudence et Victor se sont remis ensemble, j'y crois pas", "fr", "Prudence"),
    ("Costanza e angelo sono tornati insieme, non ci credo", "it", "Costanza"),
    ("Soledad y Manolo volvieron, no me lo puedo creer", "es", "Soledad"),
    ("hazel and Poppy broke up again", None, "hazel"),
    ("lena und mia haben schluss gemacht", "de", "lena"),
    # someone's role at the writer's wedding, with a surname or without
    ("Summer Fox was my maid of honor and now she won't speak to me", None, "Summer Fox"),
    ("siobhan Story was my maid of honor", None, "siobhan Story"),
    ("Lena ist meine Trauzeugin", "de", "Lena"),
    ("Léa était ma témoin", "fr", "Léa"),
    ("Lucía fue mi dama de honor", "es", "Lucía"),
    ("gioia sarà la mia damigella d'onore", "it", "gioia"),
    # the writer's partner after a filler
    ("so Bill and i r officially over", None, "Bill"),
    # with someone since a year
    ("je suis avec jean depuis 2011, et toujours pas de bague", "fr", "jean"),
    ("been with ruby since 2019 and still no ring", None, "ruby"),
    # a voice note's label before a greeting; "it's me" before a subject
    ("messaggio vocale: ehm ciao sono primo, richiamami quando puoi", "it", "primo"),
    ("[voice transcript] hey it's me um gene said he'll pick us up at 7pm", None, "gene"),
    # names the lists lacked
    ("ma meilleure amie Fleur déménage à Dax", "fr", "Fleur"),
    ("ok so mei just texted me 'we need to talk'", None, "mei"),
]

NEGATIVE = [
    # a possessive, a title or a place without a name
    ("meet me at the end of summer's party", None),
    ("the dr says im fine", None),
    ("i was at work's christmas do, it was fine", None),
    # no one thought of, fallen for, cried over
    ("cant stop thinking about summer tbh", None),
    ("i think i'm falling for it again", None),
    ("crying over spilt milk", None),
    ("ich steh auf pizza", "de"),
    ("je craque pour ce gâteau", "fr"),
    # a match or a friend without a name
    ("tinder match tonight, wish me luck", None),
    ("bestie vibes only", None),
    ("coworker keeps stealing my yoghurt", None),
    # a relative's birthday, saying something to everyone
    ("per il compleanno di mia sorella", "it"),
    ("por el cumple de mi madre", "es"),
    ("pour l'anniversaire de ma mère", "fr"),
    ("zum geburtstag von meiner mutter", "de"),
    ("quoi dire à tout le monde", "fr"),
    ("no sé qué decirle a nadie", "es"),
    # love abbreviations before no name
    ("tvb tanto, a domani", "it"),
    ("ily so much!", None),
    ("hdl, bis morgen", "de"),
    # still called something that is no name
    ("he still calls me babe", None),
    ("she still calls me every day", None),
    ("meine mutter nennt mich immer noch jeden tag", "de"),
    ("ma mère m'appelle toujours le soir", "fr"),
    ("mi madre me sigue llamando cada día", "es"),
    ("mia madre mi chiama ancora stasera", "it"),
    # a modal after a kinship title, blocking nothing
    ("my aunt may come tonight", None),
    ("i blocked everything", None),
    ("i blocked will", None),
    # no person does it
    ("hope keeps me going", None),
    ("rose says hi", None),
    ("i hope summer is ok", None),
    ("i hope summer is warm this year", None),
    ("mom says dinner is ready", None),
    ("Hope is the only thing that keeps me going", None),
    ("Summer is the only season i like", None),
    ("the weather is ok, she said", None),
    ("la pizza es una mala influencia", "es"),
    ("Sorry texted me back", None),
    ("wsh t'es où", "fr"),
    ("bon alors on y va?", "fr"),
    ("genre c'est grave", "fr"),
    ("senti, domani piove", "it"),
    # a couple that is no couple of names
    ("soup and salad got back together", None),
    # no one at a wedding
    ("my sister was my maid of honor", None),
    ("the dog was my best man lol", None),
    ("that was my best man speech", None),
    ("die feier war mein highlight", "de"),
    # with a thing since a year
    ("with love since 2019", None),
    # a verb and its object after a relative
    ("i think my boss hates me", None),
    ("my ex texted 'hey' and nothing else", None),
    # a word that is also a name, bare
    ("i'm summer", None),
    ("xx, grace", None),
]


@pytest.mark.parametrize(("text", "language", "expected"), POSITIVE)
def test_names_in_the_dock_phrasings(text: str, language: str | None, expected: str) -> None:
    assert expected in of_type(text, EntityType.PERSON, language)


@pytest.mark.parametrize(("text", "language"), NEGATIVE)
def test_no_name_without_the_cue(text: str, language: str | None) -> None:
    assert of_type(text, EntityType.PERSON, language) == []


def test_a_relative_named_before_an_object_pronoun() -> None:
    # a name after a relative before "me" is still one ("mi hermana nahia me visita")
    assert of_type("mi hermana nahia me visita", EntityType.PERSON, "es") == ["nahia"]
