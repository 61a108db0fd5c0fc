"""Word lists and phrase patterns of the safety policy (data only; the rules are in ``safety``).

Everything here is written against *normalised* text (see ``safety.normalise``): casefolded,
accents stripped except ``ñ``, leetspeak inside words undone, spaced letters joined. Single
words go into frozensets (a set lookup per token is far cheaper than a regex alternation);
phrases that need word order are regex sources, searched only when a cheap gate fires.

Languages: English, German, French, Spanish and Italian. This module is long because it is a
lexicon, not logic.
"""

from __future__ import annotations


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# ---------------------------------------------------------------------------------------------
# Sexual content (a signal, never a block on its own: adults may talk about sex here)
# ---------------------------------------------------------------------------------------------
SEXUAL_WORDS = _words(
    """
    sex sexy sexier sexiest sexual sexually sexting sext sexted sexx sexxy secks seggs s*x
    nude nudes nudity naked topless noods noodz horny aroused arousing erotic erotica porn porno
    pornographic pron nsfw lewd smut smutty fuck fucks fucked fucking fucker f*ck fck cum cumming
    cumshot orgasm orgasms orgasmic blowjob blowjobs handjob handjobs anal intercourse foreplay
    boobs boob tits titties nipple nipples breasts pussy pussies cock cocks dick dicks penis
    vagina clit clitoris erection boner genitals genital panties lingerie undress undressed
    undressing undresses striptease stripper kinky bdsm bondage hentai onlyfans seduce seduced
    seducing seductive fondle fondled fondling fondles grope groped groping molest molested
    molesting horniest hornier milf thong
    nackt nackte nackten ficken fickt fickst gefickt bumsen vogeln titten bruste busen schwanz
    muschi fotze porno pornos erotisch erotische blasen wichsen
    sexe sexuel sexuelle sexuels nue nues baise baiser baisee seins nichons chatte bander jouir
    branler branlette sucer fellation erotique excitee
    sexo desnudo desnuda desnudos desnudas follar follame follarte cogerte cogerla cogerme
    cachondo cachonda tetas polla verga mamada masturbarme erotico erotica
    sesso sessuale sessuali nudo nuda nudi nude scopare scoparti scopami cazzo tette figa
    eccitato eccitata arrapato arrapata pompino erotico erotici spogliati spogliarti
    """
)
SEXUAL_STEMS = ("masturbat", "penetrat", "fetish", "sodomi", "ejaculat", "pornograph")
# SEXUAL_PHRASES is searched only when a token of SEXUAL_GATE is present.
SEXUAL_GATE = _words(
    """
    turn turns turned turning dirty love off hard-on hardon strip stripping clothes panties bra
    legs yourself myself herself himself there suck lick ride sleep sleeping bed hook hooking
    stand booty scene story roleplay rp pic pics photo photos bang banging screw screwing geil
    zieh l'amour amour coucher poil nu bite baiser baise-moi amor caliente l'amore amore
    """
)
SEXUAL_PHRASES = r"""
    turn(?:s|ed|ing)?\ me\ on | talk(?:ing)?\ dirty | make\ love | making\ love | made\ love
  | dirty\ (?:chat|pics|photos|videos?|talk) | jerk(?:ing)?\ off | jack(?:ing)?\ off | hard-?on
  | strip(?:ping)?\ (?:for|naked|down)
  | tak(?:e|es|ing)\ off\ (?:your|her|his|my)\ (?:clothes|panties|bra)
  | spread\ (?:your|her|my)\ legs | touch(?:ing)?\ (?:yourself|myself|herself|himself)
  | touch(?:ing)?\ (?:me|you|her|him)\ there | suck\ (?:my|his|your|him|her)
  | lick\ (?:my|your|her|his) | ride\ (?:me|him|her)\b | sleep(?:ing)?\ with\ (?:me|you|her|him)
  | in\ bed\ with\ (?:me|you|her|him) | hook(?:ing)?\ up\ with | one\ night\ stand
  | booty\ call | (?:hot|steamy|spicy|explicit|sexy|nsfw)\ (?:scene|story|roleplay|rp|pics?|photos?)
  | bang(?:ing)?\ (?:her|him|me|you)\b | screw(?:ing)?\ (?:her|him|me)\b
  | (?:bin|so|mich|macht\ mich)\ geil | geil\ auf | zieh\ dich\ aus | einen\ blasen
  | faire\ l'?amour | coucher\ avec | a\ poil | tout\ nu | (?:ma|ta|sa|une)\ bite
  | (?:me|te|la|le)\ baiser | baise[- ]moi | hacer\ el\ amor | (?:estoy|me\ pones|tan)\ caliente
  | fare\ l'?amore
"""

# ---------------------------------------------------------------------------------------------
# Minors
# ---------------------------------------------------------------------------------------------
# Terms that are child sexual abuse material on their own, whatever else the message says.
CSAM_WORDS = _words(
    """
    csam lolicon shotacon jailbait pedophile pedophiles pedophilia paedo paedophile
    paedophilia kinderporno kinderpornos kinderpornografie pedopornographie pedopornografia
    pedoporno
    """
)
CSAM_PHRASES = r"""
    child\ (?:porn\w*|sex\w*|nudes?|abuse\ material|erotica) | kiddie\ porn | kiddy\ porn
  | (?:preteen|pre-teen|underage|minor|teen|child|kid)\ (?:nudes|porn\w*)
  | pornografia\ infantil | pornographie\ (?:infantile|enfantine) | pornografia\ minorile
  | pedopornographi\w* | kinder\ ?porn\w*
  | pedos?\ (?:content|pics|videos|stuff|links|porn|material|chat|roleplay)
"""
# Words that, next to sexual content, mean a minor is involved.
MINOR_WORDS = _words(
    """
    child children kid kids kiddo kiddie toddler toddlers infant infants preteen preteens
    pre-teen tween tweens teen teens teenie teenies teenager teenagers teenage adolescent
    adolescents pubescent prepubescent underage minors loli lolis lolita shota schoolgirl
    schoolgirls schoolboy schoolboys kindergartner kindergarten
    minderjahrig minderjahrige minderjahrigen jugendliche jugendlichen schulerin schulerinnen
    schuler schulmadchen grundschuler grundschulerin kleinkind
    enfant enfants gamin gamine gamines gamins fillette fillettes adolescente
    adolescentes mineur mineure mineurs mineures collegien collegienne collegiennes lyceen
    lyceenne lyceennes ecolier ecoliere
    niña niño niñas niños adolescente colegiala colegialas colegial
    bambina bambino bambine bambini ragazzina ragazzino ragazzine ragazzini minorenne
    minorenni scolaretta scolaretto liceale liceali
    """
)
_AGE = r"(?:1[0-7]|[1-9])"
_AGE_WORD = r"(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen)"
_AGE_END = (
    r"(?=\s*(?:$|[.,!?;:)&]|and\b|but\b|so\b|now\b|btw\b|lol\b|too\b|today\b|yet\b|when\b"
    r"|at\ the\ time\b|years?\b(?!\ (?:older|younger|into|in|away|clean|sober|ago))|yrs?\b|yo\b"
    r"|y/o|und\b|et\b|y\b|e\b|ans\b|anni\b|a[nñ]os\b))"
)
_AGE_FRAME = r"""
    (?:i'?m|i\ am|she'?s|she\ is|he'?s|he\ is|you'?re|you\ are|ur|u\ r|i\ was|she\ was|he\ was
      |turned|turning|turns|is\ only|is\ just)\ (?:only\ |just\ |barely\ )?
"""
# Patterns that contain a digit: searched only when the text has one.
MINOR_DIGIT_PHRASES = rf"""
    \b{_AGE}\ ?-?\ ?(?:years?|yrs?|yr)[ -]?olds?\b | \b{_AGE}\ ?(?:yo|y/o|y\.o)\b
  | \b(?:sister|brother|daughter|son|niece|nephew|girl|boy|friend|girlfriend|boyfriend|gf|bf
      |cousin|student|neighbou?r|step-?\w+|character|kid|child|crush|partner|she|he)
      \ is\ (?:only\ |just\ |barely\ )?{_AGE}\b{_AGE_END}
  | \b(?:aged?|age\ of)\ {_AGE}\b | \b{_AGE}\ ?/\ ?[fm]\b | \b{_AGE_FRAME}{_AGE}\b{_AGE_END}
  | \b(?:under|below|younger\ than|less\ than|not\ yet|not|almost|nearly|barely\ under)\ ?18\b
  | \bunder\ the\ age\ of\ 18\b | \b17\ and\ a\ half\b
  | \b(?:[1-9]|1[0-2])\ ?(?:st|nd|rd|th)\ grade | \bgrade\ (?:[1-9]|1[0-2])\b
  | \b\d{{1,2}}\ ?(?:st|nd|rd|th)\ graders? | \bin\ year\ (?:[5-9]|1[01])\b
  | \byear\ (?:[5-9]|1[01])\ (?:student|pupil|girl|boy)s?\b | \b[fm]\ ?1[3-7]\b
  | \b{_AGE}\ jahre?\ alt\b | \b{_AGE}\ ?-?\ ?jahrig\w* | \b(?:ich\ bin|bin\ erst|ist\ erst
      |sie\ ist|er\ ist|bist\ du)\ {_AGE}\b{_AGE_END} | \bunter\ 18\b | \b\d{{1,2}}\.?\ klasse\b
  | \b(?:j'?ai|elle\ a|il\ a|tu\ as|(?<!y\ )a|agee?\ de|(?<!plus\ )de)\ {_AGE}\ ans\b
  | \bmoins\ de\ 18\ ans\b | \ben\ (?:6|5|4|3)\ ?e(?:me)?\b
  | \b(?:tengo|tiene|tienes|con|(?<!mas\ )(?<!despues\ )de)\ {_AGE}\ a[nñ]os\b
  | \bmenor(?:es)?\ de\ 18\b | \b(?:ho|ha|hai|(?<!piu\ )di|a)\ {_AGE}\ anni\b | \b{_AGE}\ ?enne\b
"""
# Patterns in words only, each searched only when one of its gate tokens is present.
MINOR_WORD_RULES: tuple[tuple[frozenset[str], str], ...] = (
    (
        _words("old olds ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen"),
        rf"""
        (?:one|two|three|four|five|six|seven|eight|nine|{_AGE_WORD})[ -](?:years?|yrs?)[ -]olds?\b
      | {_AGE_FRAME}{_AGE_WORD}\b{_AGE_END}
      | (?:under|below|younger\ than|less\ than|not\ yet|not|almost|nearly|barely\ under)\ ?
          eighteen\b | under\ the\ age\ of\ eighteen\b | sweet\ sixteen\b
      | seventeen\ and\ a\ half\b
        """,
    ),
    (
        _words("underage under age girl girls boy boys ado minor grade graders grader"),
        r"""
        under\ ?age\b | under\ the\ age\ of\ consent\b | (?:little|young)\ (?:girl|boy)s?\b
      | une?\ ado\b
      | (?:(?:is|am|was|be|as|with|to|of|like|i'?m|she'?s|he'?s|you'?re)\ |(?<![\w']\ ))
          a\ minor\b(?!\ (?:detail|issue|thing|problem|inconvenience|change|key|role|injury
          |setback|chord|league|fix|bug))
      | (?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth)
          \ grade | (?:fifth|sixth|seventh|eighth|ninth)\ graders?
        """,
    ),
    (
        _words(
            """zwolf dreizehn vierzehn funfzehn sechzehn siebzehn zwolfjahrige grundschule
            hauptschule realschule dreizehnjahrige vierzehnjahrige funfzehnjahrige
            sechzehnjahrige siebzehnjahrige"""
        ),
        r"""
        (?:zwolf|dreizehn|vierzehn|funfzehn|sechzehn|siebzehn)\ ?(?:jahre|jahrig\w*)
      | grundschule\b | hauptschule\b | realschule\b
        """,
    ),
    (
        _words("kind kinder kindern madchen fille"),
        r"""
        (?:mit|einem|einer|das|ein)\ kind(?:er|ern)?\b | kindern\b
      | (?:junges|kleines|kleinen|jungen)\ madchen\b | petites?\ filles?\b
        """,
    ),
    (
        _words(
            "ans college lycee primaire sixieme cinquieme quatrieme troisieme seconde terminale"
        ),
        r"""
        (?:onze|douze|treize|quatorze|quinze|seize|dix[- ]sept)\ ans\b | au\ college\b
      | au\ lycee\b | ecole\ primaire\b
      | en\ (?:sixieme|cinquieme|quatrieme|troisieme|seconde|terminale)\b
        """,
    ),
    (
        _words("años anos edad secundaria primaria"),
        r"""
        (?:once|doce|trece|catorce|quince|dieciseis|diecisiete)\ a[nñ]os\b
      | menor(?:es)?\ de\ edad\b | secundaria\b | escuela\ primaria\b | de\ primaria\b
        """,
    ),
    (
        _words(
            """anni undicenne dodicenne tredicenne quattordicenne quindicenne sedicenne
            diciassettenne medie elementari media medio medi liceo"""
        ),
        r"""
        (?:undic|dodic|tredic|quattordic|quindic|sedic|diciassett)(?:i\ anni|enne)\b
      | alle\ (?:medie|elementari)\b | scuol[ae]\ medi[ae]\b | al\ liceo\b
        """,
    ),
)
# School settings that imply a minor, unless the message says it was long ago.
SCHOOL_PHRASES = r"""
    \bhigh\ ?school\b | \bmiddle\ ?school\b | \bjunior\ high\b | \belementary\ school\b
  | \bprimary\ school\b | \bgrade\ school\b | \bsecondary\ school\b | \bnursery\ school\b
  | \bschool\ ?(?:girl|boy)s?\b
"""
SCHOOL_LONG_AGO = r"""
    years\ ago | decades\ ago | graduat\w* | reunion | alumni | sweethearts? | since\ high\ school
  | after\ high\ school | out\ of\ high\ school
"""
# Family logistics that mention children without involving them ("once the kids are asleep").
FAMILY_NEUTRAL = r"""
    \b(?:the|my|our)\ (?:kids|children)\ (?:are|were|is|go|went|get|got|finally)\ ?
      (?:finally\ )?(?:asleep|sleeping|in\ bed|to\ bed|to\ sleep|at\ school|to\ school|away
      |out|gone|at\ (?:their|my|his|her|the)\ \w+|with\ (?:their|my|his|her|the)\ \w+)
  | \b(?:after|once|when|until|before)\ (?:the|my|our)\ (?:kids|children)\ (?:are|go|went)\b
  | \b(?:drop|dropped|dropping|pick|picked|picking|put|putting)\ (?:the|my|our)\ (?:kids|children)
      \ (?:off|up|to\ bed|down)
  | \b(?:want|wants|have|having|had|raise|raising|make|making)\ (?:kids|children|a\ family)\b
  | \b(?:we|i)\ (?:have|had|got)\ (?:\w+\ )?(?:kids|children)\b | \binner\ child\b
  | \bour\ (?:future\ )?(?:kids|children)\b | \bsex\ ?ed(?:ucation)?\b | \bchild-?free\b
  | \b(?:feel|feels|felt|feeling|giggl\w*|blush\w*|grin\w*|smil\w*|nervous|excited)\ like\ a
      \ (?:giddy\ |nervous\ |lovesick\ |love-?struck\ |silly\ |little\ )?(?:teenager|teen
      |schoolgirl|schoolboy|kid)\b | \blike\ a\ kid\ in\ a\ candy\ store\b
"""

# ---------------------------------------------------------------------------------------------
# Real, identifiable people
# ---------------------------------------------------------------------------------------------
RELATIONS = r"""
    coworker|co-worker|colleague|boss|manager|ex|ex-girlfriend|ex-boyfriend|ex-wife|ex-husband
  |neighbou?r|roommate|flatmate|classmate|friend|best\ friend|teacher|professor|sister-in-law
  |brother-in-law|cousin|secretary|assistant|crush|landlord|landlady|trainer|therapist|doctor
  |nurse|babysitter|nanny|tutor|coach|pastor|priest|stepmom|stepdad|stepsister|stepbrother
  |kollegin|kollege|chefin|chef|nachbarin|nachbar|collegue|voisine|voisin|patron|patronne
  |companera|compañera|compañero|vecina|vecino|jefa|jefe|collega|vicina|vicino|capo
"""
DEEPFAKE_WORDS = _words("deepfake deepfakes deepnude deepnudes nudify nudifying nudifier")
DEEPFAKE_GATE = DEEPFAKE_WORDS | _words("deep nudified undress")
DEEPFAKE_REQUEST = r"""
    \b(?:make|create|generate|do|produce|render|want)\ (?:[\w']+\ ){0,2}deep\ ?fakes?\b
  | \bnudif(?:y|ying|ied)\b | \bdeep\ ?nudes?\b | \bundress\ (?:app|ai|bot)\b
"""
DEEPFAKE_PHRASES = r"""
    \bdeep\ fakes?\b | \bface\ ?swap\w* | \bundress\ (?:app|ai|bot|her|him|this|the)\b
  | \b(?:nudes?|nude\ (?:pics?|photos?|pictures?|images?|videos?)|naked\ (?:pics?|photos?
      |pictures?|images?|videos?)|sex\ ?tapes?|porn)\ of\ (?:my|her|his|their|this|that|the
      |a\ real|real|someone|somebody)\b
  | \b(?:real|actual|real[- ]life)\ (?:person|people|coworker|colleague|neighbou?r|classmate
      |boss|ex|friend)\b | \bsomeone\ i\ (?:actually\ )?know\b | \b(?:in\ real\ life|irl)\b
"""

# ---------------------------------------------------------------------------------------------
# Clearly illegal acts
# ---------------------------------------------------------------------------------------------
_FRAME = r"""
    (?:how\ (?:do|can|could|would|should|to)|to|first|then|next|what|which|where|teach\ me
      |show\ me|tell\ me
      |explain|instructions|steps?|step\ by\ step|recipe|guide|tutorial|help\ me
      |i\ (?:want|need)\ to|wie|anleitung|comment|recette|como|receta|come|ricetta|istruzioni)
"""
_MAKE = r"""
    (?:make|making|build|building|synthesi[sz]\w*|cook|cooking|manufactur\w*|produce|producing
      |create|creating|assemble|assembling|3d[- ]?print\w*|brew|brewing|extract|bauen|baue
      |herstellen|stelle|kochen|koche|mache|machen|faire|fabriquer|construire|synthetiser
      |preparer|hacer|fabricar|construir|cocinar|sintetizar|preparar|fare|costruire|fabbricare
      |preparare|sintetizzare|cucinare)
"""
WEAPON_WORDS = _words(
    """
    bomb bombs explosive explosives ied tatp semtex dynamite napalm thermite molotov grenade
    grenades detonator detonators silencer suppressor sarin ricin anthrax bioweapon
    bombe sprengstoff sprengsatz rohrbombe explosif explosifs bomba explosivo explosivos
    esplosivo esplosivi gun guns firearm firearms pistol rifle gas agent weapon weapons
    """
)
WEAPON_TARGETS = r"""
    (?<!bath\ )(?<!seed\ )(?<!glitter\ )(?<!flavor\ )(?<!flavour\ )(?<!calorie\ )(?<!love\ )
    (?:pipe\ )?bombs?\b(?!-?\ ?ass) | explosives\b | explosive\ (?:device|material|charge)s?
  | \bied\b | tatp | semtex | dynamite | 3d[- ]?print\w*\ (?:a\ )?(?:gun|firearm|pistol|rifle)
  | full[- ]?auto\ conversion
  | napalm | thermite | molotov | grenades? | detonators? | ghost\ guns? | untraceable\ (?:gun
      |firearm|weapon)s? | silencers? | suppressors? | auto\ sear | nerve\ (?:agent|gas)
  | sarin | ricin | anthrax | mustard\ gas | chlorine\ gas | chemical\ weapons? | bioweapons?
  | dirty\ bomb | poison\ gas | bombe\b | sprengstoff | sprengsatz | rohrbombe | explosifs?
  | engin\ explosif | bomba\b | explosivos? | esplosiv[oi]
"""
DRUG_WORDS = _words(
    """
    meth methamphetamine crystal fentanyl heroin cocaine mdma ecstasy lsd ghb pcp dmt drugs
    drug crack drogen droge drogue drogues metanfetamina cocaina heroina droga drogas
    eroina
    """
)
DRUG_TARGETS = r"""
    (?:crystal\ )?meth\b | methamphetamine | fentanyl | heroin | cocaine | crack\ cocaine | mdma
  | ecstasy | \blsd\b | \bghb\b | \bpcp\b | \bdmt\b | metanfetamina | cocaina | heroina
  | eroina
"""
WEAPON_REQUEST = rf"""
    {_FRAME}\W+(?:[\w']+\W+){{0,6}}?{_MAKE}\W+(?:[\w']+\W+){{0,4}}?(?:{WEAPON_TARGETS})
  | {_FRAME}\W+(?:[\w']+\W+){{0,4}}?(?:{WEAPON_TARGETS})\W+(?:[\w']+\W+){{0,2}}?{_MAKE}
  | 3d[- ]?print\w*\ (?:[\w']+\ ){{0,2}}(?:gun|firearm|pistol|rifle)s?\b
"""
DRUG_REQUEST = rf"""
    {_FRAME}\W+(?:[\w']+\W+){{0,6}}?{_MAKE}\W+(?:[\w']+\W+){{0,4}}?(?:{DRUG_TARGETS})
  | \b(?:recipe|synthesis|synthesi[sz]e)\ (?:for|of)\ (?:{DRUG_TARGETS})
"""
NONCONSENT_WORDS = _words(
    """
    roofie roofies roofied roofy rape raped raping rapes rapist vergewaltigen vergewaltigt
    vergewaltige burundanga stuprare stuprarla stuprata violarla violarlo violarte violer
    drink drinks drug drugged drugging spike spiked spiking asleep unconscious consent
    knowing knowledge camera cam upskirt creepshot creepshots tropfen violeur stupro
    """
)
NONCONSENT_PHRASES = r"""
    \broof(?:ie|y)\w* | \bdate[- ]rape | \brape\ drug | \bko[- ]?tropfen | \bdrogue\ du\ violeur
  | \bburundanga | \bdroga\ dello\ stupro | \bk\.?\ ?o\.?[- ]?tropfen
  | \b(?:spike|spiking|spiked|drug|drugging|drugged|dose|dosing)\ (?:her|his|their|someone'?s
      |somebody'?s|a\ girl'?s|my\ date'?s|the)\ drinks?\b
  | \b(?:put|slip|slipped|putting|slipping)\ (?:\w+\ ){0,3}in(?:to)?\ (?:her|his|their
      |someone'?s|my\ date'?s)\ drinks?\b
  | \b(?:how\ (?:do\ i|to|can\ i)\ )?(?:rape|raping)\ (?:her|him|them|someone|somebody|a\ girl
      |a\ woman|a\ man|women|girls|my|me|you)\b | \brape\ (?:fantasy|scene|roleplay|play)\b
  | \b(?:how\ (?:do\ i|to|can\ i)\ )(?:drug|sedate|knock\ out|force)\ (?:a\ girl|a\ woman|her
      |him|someone|my\ (?:date|wife|girlfriend))\b
  | \bvergewaltig\w* | \bstupr(?:are|arla|arlo|o)\b | \bviolar(?:la|lo|te)\b
  | \b(?:je\ vais\ |comment\ )(?:te\ |la\ |le\ )?violer\b
"""
# Sexual content plus one of these means a person who cannot or did not consent.
NONCONSENT_SEXUAL = r"""
    \bwithout\ (?:her|his|their)\ (?:knowing|knowledge|consent|permission)\b
  | \b(?:while|when)\ (?:she|he|they)(?:'s|'re|\ is|\ are|\ was|\ were)\ (?:asleep|sleeping
      |unconscious|passed\ out|blackout\ drunk|drugged|knocked\ out)\b
  | \b(?:hidden|spy)\ ?cam\w* | \bupskirt\w* | \bcreepshots?\b
"""
TRAFFICKING_WORDS = _words(
    """
    traffic trafficking smuggle smuggling sell selling buy buying pimp pimping prostitution
    prostitute
    """
)
TRAFFICKING_PHRASES = r"""
    \bhow\ (?:do\ i|to|can\ i)\ (?:traffic|smuggle|sell|buy)\ (?:a\ )?(?:girls?|women|woman|people
      |children|child|kids?|humans?|brides?)\b
  | \b(?:buy|sell)\ (?:a|my)\ (?:girl|child|kid|bride|daughter|son)\ (?:for|to|online)\b
  | \bsell\ (?:my|her|his)\ (?:daughter|son|girlfriend|wife)\b | \bpimp(?:ing)?\ (?:out\ )?
      (?:her|a\ girl|girls|my)\b
  | \bforce\ (?:her|them|girls|women)\ into\ prostitution\b
"""
VIOLENCE_WORDS = _words(
    """
    kill killing murder murdering poison poisoning strangle stab shoot hitman hitmen hack
    hacking stalkerware counterfeit
    """
)
_VICTIM = r"""
    (?:my\ (?:wife|husband|boss|ex|neighbou?r|mom|dad|mother|father|girlfriend|boyfriend
      |partner|teacher|coworker|roommate|brother|sister|son|daughter|family|baby)|someone
      |somebody|a\ (?:person|man|woman|girl|boy|child|kid|cop|police\ officer)|people)
"""
VIOLENCE_PHRASES = rf"""
    \bhow\ (?:do\ i|to|can\ i|could\ i|should\ i|would\ i)\ (?:kill|murder|poison|strangle|stab
      |shoot)\ {_VICTIM}
  | \b(?:kill|murder|poison)\ (?:\w+\ ){{0,3}}(?:and\ get\ away\ with\ it|without\ getting\ caught)
  | \b(?:hire|find|need)\ (?:a\ )?hit\ ?m[ae]n\b | \bhit\ ?man\ for\ hire\b
  | \bhack\ (?:into\ )?(?:my\ (?:ex|wife|husband|girlfriend|boyfriend|partner|boss)'?s?|her
      |his|someone'?s)\ (?:phone|account|email|instagram|facebook|whatsapp|icloud|snapchat)\b
  | \bstalkerware\b | \b(?:make|print|produce)\ counterfeit\ (?:money|bills|cash|notes)\b
"""

# ---------------------------------------------------------------------------------------------
# Self-harm (a signal for care, not a block)
# ---------------------------------------------------------------------------------------------
SELF_HARM_WORDS = _words(
    """
    suicide suicidal kms selbstmord suizid suizidal suicidaire suicidio suicidarme suicidarmi
    die dead death live living alive kill killing myself life exist end harm hurt cut cutting
    hang overdose noose wrists sterben umbringen leben ritze ritzen mourir tuer vie morir
    self-harm self-harming self-harmed selfharm selfharming suicider morirme taking own
    matarme vida cortarme morire uccidermi ammazzarmi vita farla tagliarmi wish better
    """
)
SELF_HARM_PHRASES = r"""
    \bsuicid(?:e|al)\b(?!\ (?:squad|mission|doors|run|bunny|blonde|king))
  | \b(?:want|wanna|going|gonna|plan|planning|ready|trying|tried)\ (?:to\ )?(?:kill|hurt|harm|cut)
      \ myself\b | \bkill(?:ing)?\ myself\b(?!\ (?:laughing|with\ laughter))
  | \b(?:i\ )?(?:want|wanna|wish\ i\ could|just\ want\ to)\ (?:to\ )?die\b | \bkms\b
  | \bend(?:ing)?\ (?:my\ life|it\ all)\b | \btak(?:e|ing)\ my\ (?:own\ )?life\b
  | \bunalive\ myself\b
  | \b(?:don'?t|do\ not|no\ longer)\ want\ to\ (?:live|be\ alive|exist|wake\ up)\b
  | \bno\ reason\ to\ live\b | \bbetter\ off\ (?:dead|without\ me)\b
  | \bwish\ i\ (?:was|were)\ (?:dead|never\ born)\b | \bwish\ i\ wasn'?t\ alive\b
  | \b(?:self[- ]?harm\w*|harm(?:ing)?\ myself)\b
  | \b(?:hurt(?:ing)?|cut(?:ting)?)\ myself\b(?!\ (?:shaving|while|when|on|at|in|during|cooking
      |chopping|lifting|playing|running|skiing|by\ accident|accidentally|badly\ on))
  | \b(?:hang|hanging)\ myself\b | \bslit\ my\ wrists\b | \boverdose\ on\ (?:my\ )?(?:pills
      |meds|medication|sleeping\ pills)\b | \bnobody\ would\ (?:miss|care\ if)\ (?:me|i\ died)\b
  | \b(?:ich\ will|ich\ mochte|ich\ wurde\ gern)\ (?:nur\ noch\ )?sterben\b
  | \b(?:will|mochte|werde)\ (?:\w+\ )?mich\ (?:selbst\ )?(?:umbringen|toten|verletzen)\b
  | \bmich\ selbst\ verletzen\b | \bselbstmord\b | \bsuizid\w*
  | \b(?:will|mochte)\ nicht\ mehr\ leben\b | \bmein\ leben\ beenden\b | \bich\ ritze\ mich\b
  | \bje\ veux\ mourir\b | \bme\ suicider\b | \bsuicidaire\b
  | \b(?:je\ vais|je\ veux|envie\ de)\ me\ tuer\b | \bmettre\ fin\ a\ (?:mes\ jours|ma\ vie)\b
  | \ben\ finir\ avec\ la\ vie\b | \b(?:je\ veux|envie\ d'?)\ ?en\ finir\b
  | \bme\ faire\ du\ mal\b | \bme\ scarifier\b | \bplus\ envie\ de\ vivre\b
  | \bquiero\ morir(?:me)?\b | \bsuicid(?:arme|io)\b | \bquitarme\ la\ vida\b
  | \b(?:quiero|voy\ a|pienso|ganas\ de)\ matarme\b(?!\ (?:de\ risa|estudiando|trabajando))
  | \bacabar\ con\ mi\ vida\b | \bhacerme\ daño\b | \bno\ quiero\ (?:seguir\ )?vivir\b
  | \bcortarme\b(?!\ (?:el|la|los|las)\ ) | \bganas\ de\ morir\b
  | \bvoglio\ morire\b | \bsuicidarmi\b | \btogliermi\ la\ vita\b
  | \b(?:voglio|vorrei|sto\ per)\ (?:uccidermi|ammazzarmi)\b | \bvoglio\ farla\ finita\b
  | \bfarmi\ del\ male\b | \bnon\ voglio\ piu\ vivere\b
  | \btagliarmi\b(?!\ (?:i|il|la|le|lo)\ )
"""
# In model output, the line is encouragement or instructions, not a character's sadness.
SELF_HARM_ENCOURAGEMENT = r"""
    \byou\ should\ (?:just\ )?(?:kill\ yourself|die|end\ it)\b | \bkill\ yourself\b | \bkys\b
  | \b(?:go\ )?hang\ yourself\b | \b(?:best|easiest|painless)\ (?:way|method)s?\ to\ (?:kill
      \ (?:yourself|myself)|die|end\ (?:your|my)\ life)\b
  | \bhow\ (?:many|much)\ (?:pills|mg)\ (?:to|would|does\ it\ take\ to)\ (?:die|overdose|kill)\b
"""
