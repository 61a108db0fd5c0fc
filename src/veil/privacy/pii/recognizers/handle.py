"""Social-media handles: "@jen_x", "@jen_x on insta", "snap: jen.x", "my tg is jenny_x"."""

from __future__ import annotations

import re
from typing import ClassVar

from veil.domain.pii import Entity, EntityType
from veil.privacy.pii.dictionary import is_frequent, looks_like_word, words
from veil.privacy.pii.language import split_words
from veil.privacy.pii.lexicon import first_names as _first_names
from veil.privacy.pii.lexicon import is_common
from veil.privacy.pii.recognizers.base import TextView, word_start
from veil.privacy.pii.recognizers.word_gate import passes, required_words

_AT = re.compile(r"(?<![\w@.])@[a-z0-9_](?:[a-z0-9_.]{0,28}[a-z0-9_])?(?:#\d{4})?(?![\w@])")
_CLEAR = (
    r"insta|instagram|ig|snap|snapchat|tg|telegram|discord|kik|onlyfans|tiktok|twitter|"
    r"whatsapp|reddit|twitch|facebook|fb|threads|bluesky|skype|fansly|wechat|viber|tumblr|"
    r"pinterest|youtube|yt|steam|psn|xbox|venmo|cashapp|signal|"
    # music, photos, sport and dating: a profile is found by its name there too (platforms
    # of a first letter already listed only: the look-ahead on first letters stays as fast)
    r"spotify|soundcloud|linkedin|tinder|vsco|letterboxd|strava|"
    # photo-a-day, dating, games, creators
    r"bereal|bumble|grindr|roblox|fortnite|patreon|substack|vinted|depop|wattpad|flickr|"
    # a second, private instagram
    r"finsta|rinsta"
)
_CLEAR_SET = frozenset(_CLEAR.split("|"))
_ANY = _CLEAR + r"|sc|x|of|line|wa|tt"
_HANDLE = r"@?(?P<handle>[a-z0-9_][a-z0-9_.#-]{0,30}[a-z0-9_])"


def _by_first_letter(names: str) -> str:
    """``a|b|…`` grouped by first letter (``i(?:nsta|g)|s(?:nap)|…``): one branch is tried per
    position instead of every name (speed only, the same matches before a word boundary)."""
    groups: dict[str, list[str]] = {}
    for name in sorted(names.split("|"), key=len, reverse=True):
        groups.setdefault(name[0], []).append(re.escape(name[1:]))
    return "|".join(f"{first}(?:{'|'.join(rests)})" for first, rests in groups.items())


# Found from the platform (a look-ahead on its first letters skips most positions); a "my"
# before it ("my snap is …") is read after the match (speed only, same matches).
_NAMED = re.compile(
    word_start(
        rf"\b(?P<platform>{_by_first_letter(_ANY)})\b"
        # the platform as a verb: "snap me jen_x" (a plain word still needs a declaration)
        rf"(?:\s+me\b)?"
        rf"(?:\s+(?:id|handle|name|username|user|account))?"
        rf"(?:\s*(?P<decl>[:=]|-|\bis\b|\bist\b|\bc'est\b|\best\b|\bes\b|\bè\b))?"
        rf"\s*{_HANDLE}(?![\w@])"
    )
)
_MY_BEFORE = re.compile(r"\b(?:my|mein|meine|mon|ma|mi|il mio|la mia)\s+$")
_NOT_HANDLES = frozenset(
    split_words(
        "posted pics photos videos live stories story post dm dms message follow active famous "
        "viral trending more everything me you him her them it that this too again"
    )
)
# (after "tt" or "sc", short for tiktok and snapchat, and words too, only a handle-shaped
# token: "soledad.sola on tt")
_TRAILING = re.compile(
    rf"(?<![\w@.]){_HANDLE}\s+(?:on|in|at|sur|en|auf|su|via)\s+(?P<platform>{_CLEAR}|x|tt|sc)"
    r"\b(?!\.\w)"
)
_SHORT_PLATFORMS = frozenset(("tt", "sc"))
_INVITE = re.compile(
    r"\b(?:add|follow|find|hit|message|msg|dm|text|sub|subscribe to|check)\s+(?:me\s+)?"
    r"(?:up\s+)?(?:at\s+|on\s+)?$|\b(?:search|search for|look up|look for)\s+$"
    # "folg mir auf", "suis-moi sur", "sígueme en", "seguimi su", "aggiungimi su"
    r"|\b(?:folg mir|folgt mir|adde mich|add mich|schreib mir|suis-moi|suivez-moi|ajoute-moi|"
    r"écris-moi|sígueme|siguenos|agrégame|escríbeme|seguimi|seguitemi|aggiungimi|scrivimi)\s+"
    r"(?:auf|sur|en|su)\s+$"
)


# A platform named anywhere in a message ("u can find me on insta, …", "ajoute-moi sur snap,
# c'est …", "falls du mich auf snapchat willst: …", "su telegram sono …"): the platform names
# are the same in the five languages.
# Every platform word of the message, found once for both readers (speed only).
_PLATFORM = re.compile(word_start(rf"\b(?:{_by_first_letter(_ANY)})\b"))
_DOMAIN_AFTER = re.compile(r"[.@/]\w")  # "instagram.com", "snap@…": no platform named
# What may follow the platform: the end of its sentence, at most 48 characters ("." only
# before a space or the end: handles hold dots).
_SENTENCE_END = re.compile(r"[!?\n]|\.(?=\s|$)")
# (a Discord tag may follow: "kitkat#4471")
_TOKEN = re.compile(
    r"(?<![\w@./#:-])[a-z0-9_](?:[a-z0-9_.]*[a-z0-9_])?(?:#\d{4}\b)?(?![\w@/]|\.[a-z0-9])"
)
# A declaration right after the platform: ":", ",", "=", "-", "is", "ist", "c'est", "es",
# "è", "sono", "soy" (a plain word is a handle only there).
_DECLARED = re.compile(
    r"\s*(?:[:=,-]|\b(?:is|ist|est|es|è|c'est|c’est|sono|soy)\b)\s*"
    r"(?:(?:c'est|c’est|it's|its|it is|es|è|sono|ist|is|the name is)\s+)?@?"
    r"(?P<handle>[a-z][a-z0-9_.]{1,29})(?P<end>\s*(?:$|[!?,;)]|\.(?:\s|$)|[^\w\s]))?"
)
# Tokens shaped like a handle that are something else: versions and abbreviations ("v1.2",
# "i.e") never are handles; a file name or a domain ("report_v2.pdf", "instagram.com") is one
# only when declared ("my insta is fabi.jpg").
_NOT_HANDLE_SHAPE = re.compile(r"v?\d+(?:\.\d+)+[a-z]?|(?:[a-z]\.)+[a-z]?")
# Four letters or more spelled with dots: an abbreviation's shape, a handle when declared ("mi
# insta es k.a.t.e"; "i.e" is none)
_SPELLED = re.compile(r"(?:[a-z]\.){3,}[a-z]?")
_FILE_OR_DOMAIN = re.compile(
    r".*\.(?:pdf|jpe?g|png|gif|txt|docx?|xlsx?|pptx?|mp[34]|mov|zip|csv|json|py|js|html?|exe|"
    r"apk|heic|webp|wav|md|yaml|yml|toml|ini|cfg|conf|log|xml|sql|css|scss|tsx|jsx|java|swift|"
    r"php|lock|"
    r"com|net|org|io|co|de|fr|es|it|uk|eu|info|biz|app|dev|me|tv|gg|ly|"
    r"us|ch|at|nl|be)|www\..*"
)
_LANGUAGES = ("en", "de", "fr", "es", "it")
_CLAUSE_BREAK = re.compile(r"\s*[,;:!?]|\s*\.(?:\s|$)|\s+-\s")
_PLATFORM_NAMES = frozenset(_ANY.split("|"))
# Chat abbreviations that end a clause after a platform ("saw it on insta, tbh") and are in no
# frequency list.
_CHAT_WORDS = frozenset(
    split_words(
        "tbh idk idc ngl imo imho omg omfg lol lmao lmfao rofl btw fyi smh jk rn fr tho irl bc "
        "cuz pls plz thx ty np hmu yeah yep nope ok okay haha hehe xd xoxo wtf ikr iirc afaik "
        "thru tmrw tmr rly srsly prolly gonna wanna gotta"
    )
)


# A handle declared by what it is, with no platform named: "my username is lottie.mae_", "my @
# is bram_vd", "mein username ist überall X", "mon pseudo c'est X", "mi usuario es X", "il mio
# nickname è X", "her handle is X", "new one is X" (after "my insta got hacked"), "neuer
# account ist X", "le nouveau c'est X"; and a handle as the object of what one does to a
# profile: "dm'd X by accident", "if u search X on …", "i still stalk X". Only a token of a
# handle's shape is taken (letters with "_" or "." inside, or letters then digits: see
# _handle_shaped): "my username is private", "the new one is v2.1" are none.
_ACCOUNT = re.compile(
    word_start(
        r"(?:\b(?:user ?names?|usernames?|user|handle|nick(?:name)?|pseudo|usuario|"
        # a game's name tag: "my gaming tag is X", "mein gamertag ist X"
        r"gamer ?tag|gaming tag|tag|"
        r"nombre de usuario|utente|nome utente|account|konto|compte|cuenta|profile?|perfil|"
        r"profilo|new one|neue[rns]?(?: account| konto)?|nouveau|nuevo|nuova|nuovo)"
        # where it is, between the word and the declaration: "my username on there is X",
        # "mein name dort ist X", "mon pseudo là-bas c'est X", "mi usuario ahí es X"
        r"(?:\s+(?:on|in|at|auf|bei|sur|en|su|di)\s+(?:there|it|that|the app|[\w.]+)"
        r"|\s+(?:there|dort|da|drauf|là|là-bas|ahí|allí|ahi|lì|li))?"
        # the past too: "my old account was X", "mein alter account war X", "c'était", "era"
        r"(?:'s|’s|\s*(?:[:=]|\b(?:is|ist|heißt|est|c'est|c’est|es|è|now|jetzt|was|war|"
        r"c'était|c’était|était|era)\b))"
        r"|(?<![\w@])@\s+(?:is|ist|c'est|c’est|es|è)\b|"
        # an account named by the noun right before it, with at most a word of what kind
        # between: "a fake account X", "that account X", "my art page X", "un faux compte X",
        # "nen fake account X", "una cuenta falsa X", "un profilo falso X" (the token must be
        # handle-shaped, see _handle_shaped)
        r"\b(?P<noun>account|konto|compte|cuenta|profilo|profil|perfil|page|seite|pagina|"
        r"página)(?:\s+(?:falsa|falso|falsas|falsos|fausse|faux|finto|finta|fake|privé|privée|"
        r"privado|privada|privato|privata|privat|principal|principale))?\s+(?=[a-z_])|"
        r"\b(?:dm'?d|dm’d|dmed|dm'ed|messaged|texted|followed|unfollowed|blocked|muted|tagged|"
        r"stalk(?:ed|ing)?|search(?:ed)?|look up|looked up|such nach|suche nach|suche?|cherche|"
        r"busca|buscad?|cerca|cercate)\b)"
        r"\s*(?:(?:everywhere|überall|partout|en todos lados|en todas partes|ovunque|now|jetzt|"
        r"maintenant|ahora|ora|adesso)\s+)?@?"
    )
)
# Literals every match of _ACCOUNT holds, and of _FOLLOW: a plain alternation of literals is
# scanned faster than the patterns (speed only, the same matches)
_ACCOUNT_GATE = re.compile(
    r"user|handle|nick|pseudo|usuario|utente|account|konto|compte|cuenta|profil|perfil|"
    r"tag|page|seite|pagin|págin|"
    r"new one|neue|nouveau|nuev|nuov|@|dm|messaged|texted|followed|blocked|muted|tagged|"
    r"stalk|search|look|such|cherche|busca|cerca"
)
_FOLLOW_GATE = re.compile(
    r"follow|add|folg|sui|ajout|sigu|sígu|agreg|agrég|añad|segui|aggiung|"
    r"hmu|hit|schreib|écri|escr|scriv|contact|kontakt|contáct|contatt"
)
# (a literal first: the engine scans for it at once)
_PARTS = re.compile(r"[_.]+")
_CODE_PART = re.compile(r"v?\d+")
_INNER_DOT = re.compile(r"\.[a-z0-9_]")
_LETTER_DIGITS = re.compile(r"\d\d(?<=[^\W\d_]\d\d)")
_ACCOUNT_TOKEN = re.compile(r"[a-z0-9_](?:[a-z0-9_.]*[a-z0-9_])?(?:#\d{4}\b)?(?![\w@/]|\.[a-z0-9])")


# A Discord-style name and tag ("kitkat#4471"): a handle in any context.
_TAGGED = re.compile(r"[a-z_][a-z0-9_.]*[a-z][a-z0-9_.]*#\d{4}")
# Inviting someone to a profile that is not one's own, with no platform named: "follow my cat
# lol chaton.rouge", "add my sister too she's nordlicht_merle", "folgt meinem hund X", "suivez
# mon chat X", "seguid a mi perro X", "seguite il mio gatto X": the first handle-shaped token
# within five words in the verb's sentence (see _handle_shaped).
_FOLLOW = re.compile(
    word_start(
        r"\b(?:follow|add|folg|folgt|folge|adde|addet|suis|suivez|ajoute|ajoutez|sigue|seguid|"
        r"sígueme|agrega|añade|segui|seguite|aggiungi|aggiungete|"
        # the verb with its pronoun: "seguimi su X", "agrégame X", "síganme", "añádeme"
        r"seguimi|seguitemi|aggiungimi|agrégame|agregame|añádeme|sigueme|síganme|siganme|"
        # asking to be written to: "hmu X", "hit me up X", "schreib mir X", "écris-moi X",
        # "escríbeme X", "scrivimi X", "contact me X"
        r"hmu|hit me up|schreib mir|schreibt mir|écris-moi|écrivez-moi|escríbeme|escribeme|"
        r"scrivimi|scrivetemi|contact me|contactez-moi|contacte-moi|kontaktier mich|"
        r"contáctame|contactame|contattami)\b"
    )
)
# A plain word right after an invitation with no platform: "add me sunnyd4ys", "follow
# amaraspeaks shes my bestie", "folg mir X", "ajoute-moi X", "agrégame X", "aggiungimi X" (no
# word of any language nor a first name: "follow instructions", "add me marta" are none)
_PLAIN_INVITE = re.compile(
    word_start(
        r"\b(?:add me|follow|hmu|folg mir|folgt mir|adde mich|add mich|suis-moi|suivez-moi|"
        r"ajoute-moi|sígueme|sigueme|agrégame|agregame|añádeme|seguimi|aggiungimi)\s+@?"
        r"(?P<handle>[a-z][a-z0-9_]{3,29})(?=$|\s|[!?,;]|\.(?:\s|$))"
    )
)
# After a bare "follow" the word must end its clause or a new one open ("follow amaraspeaks
# shes my bestie"; not "follow kubernetes docs"): "add me" is an invitation by itself.
_CLAUSE_AFTER = re.compile(
    r"\s*(?:$|[!?,;:]|\.(?:\s|$)|(?:she'?s|he'?s|she’s|he’s|it'?s|it’s|they'?re|she|he|it|they|"
    r"i|lol|pls|plz|please|too|on|for|if|bc|cuz|and|sie|er|elle|il|ella|lei|lui)\b)"
)
# Verbs that add a thing to a list as often as a person: a file after them is a file ("add
# song.mp3 to the playlist"), after "follow", "hmu" … a handle dressed as one ("follow
# nacho.mp4").
_ADDING = ("add", "ajout", "agreg", "agrég", "añad", "aggiung")


# A handle dressed as a media file ("prune.mp3", "nacho.mp4", "kat.exe"): one only where a
# handle is expected right there (see _dressed_handle).
_MEDIA_FILE = re.compile(r"[a-z_][a-z0-9_]*[a-z][a-z0-9_]*\.(?:mp3|mp4|wav|mov|gif|jpe?g|png|exe)")


def _dressed_handle(token: str) -> bool:
    """A handle-shaped token, or one dressed as a media file: where the construction already
    says a handle comes (right after "follow", before "that's my tiktok")."""
    return _handle_shaped(token) or _MEDIA_FILE.fullmatch(token) is not None


def _handle_shaped(token: str) -> bool:
    """Letters with "_" or "." inside, or letters then digits ("nico.sv", "b3n_ja", "txema_88",
    "mattyb93"): starts with a letter or "_", holds two letters or more, and is no file name,
    domain, version or abbreviation ("report_v2.pdf", "v1.2", "i.e")."""
    if not (token[0].isalpha() or token[0] == "_"):
        return False
    if _TAGGED.fullmatch(token):
        return True
    letters = sum(ch.isalpha() for ch in token)
    if letters < 2 or _NOT_HANDLE_SHAPE.fullmatch(token) or _FILE_OR_DOMAIN.fullmatch(token):
        return False
    if "_" in token or "." in token.strip("."):
        return True
    digits = sum(ch.isdigit() for ch in token)
    # letters then digits: not a product or a word with a number ("gta5", "iphone13", "covid19")
    head = token.rstrip("0123456789")
    return (
        digits >= 2
        and letters >= 3
        and head.isalpha()
        and not any(is_frequent(head, language) for language in _LANGUAGES)
    )


_GERMAN_PARTICIPLE = re.compile(r"[^aeiou]end(?:e|er|es|en)?$")
# The language of a declaration word: "insta ist nervig" is German in an English sentence.
_DECLARATION_LANGUAGE = {"is": "en", "ist": "de", "est": "fr", "c'est": "fr", "c’est": "fr"}
_DECLARATION_LANGUAGE |= {"es": "es", "soy": "es", "è": "it", "sono": "it"}


def _languages(language: str, text: str) -> tuple[str, ...]:
    """The message's language and that of the declaration words in ``text``."""
    found = {_DECLARATION_LANGUAGE.get(word) for word in text.split()}
    return (language, *sorted(filter(None, found - {language})))


def _everyday(word: str, languages: tuple[str, ...]) -> bool:
    """A plain word that is no handle: a word of any of the five languages (or with the ending
    of an adjective, participle or adverb of ``languages``: the message's and its declaration
    word's), a chat abbreviation or a platform's name ("my insta is private", "insta ist
    nervig", "reddit is toxic", "twitter, bluesky"). Not every language's endings: "thebigcraig"
    in an English or Italian message ends like a German adjective ("-ig") and is a handle."""
    return (
        is_common(word)
        or word in _NOT_HANDLES
        or word in _CHAT_WORDS
        or word in _PLATFORM_NAMES
        # a German present participle: "tinder ist anstrengend"
        or ("de" in languages and _GERMAN_PARTICIPLE.search(word) is not None)
        or any(is_frequent(word, other) or word in words(other) for other in _LANGUAGES)
        or any(
            looks_like_word(word, language)
            for language in (languages if languages[0] in _LANGUAGES else _LANGUAGES)
        )
    )


def _handle_like(handle: str) -> bool:
    return any(ch.isdigit() or ch in "_.#" for ch in handle) and any(ch.isalpha() for ch in handle)


# A handle before what it is to its owner: "kat.naps thats my tiktok", "X, that's her insta",
# "X ist mein insta", "X c'est mon snap", "X es mi tiktok", "X su tiktok" (Spanish "his"),
# "X è il mio insta" (handle-shaped or dressed as a media file, see _dressed_handle)
_OWNED = re.compile(
    rf"(?<![\w@.])@?(?P<handle>[a-z0-9_][a-z0-9_.]{{0,30}}[a-z0-9_](?:#\d{{4}})?)\s*[,:-]?\s*"
    r"(?:(?P<decl>that'?s|that’s|that is|it'?s|it’s|its|is|das ist|ist|c'est|c’est|es|è)\s+)?"
    r"(?:my|his|her|their|mein|meine|sein|seine|ihr|ihre|mon|ma|son|sa|mi|su|tu|"
    r"il mio|la mia|il suo|la sua)\s+"
    rf"(?:{_CLEAR}|x)\b(?!\.\w)"
)
# A handle opening a sentence before what it is to its owner, with no platform named: "X is my
# private one", "X is my main account", "X ist mein privater account", "X c'est mon compte
# privé", "X es mi cuenta privada", "X è il mio profilo privato" (handle-shaped only, see
# _handle_shaped: "this is my main one" is none)
_ACCOUNT_WORD = (
    r"(?:one|acc|account|page|profile|konto|account|profil|compte|cuenta|perfil|profilo|"
    r"finsta|rinsta|spam|main|alt)"
)
_WHICH_ACCOUNT = (
    r"(?:private|main|spam|second|other|old|new|alt|backup|real|secret|privater|privates|"
    r"zweiter|zweites|alter|altes|neuer|neues|geheimer|geheimes|ancien|nouveau|vrai|"
    r"deuxième|secret|segunda|vieja|nueva|secreta|vecchio|nuovo|secondo|segreto)"
)
_PRIVATE = (
    r"(?:privé|principal|secondaire|privada|principal|secundaria|falsa|privato|principale|"
    r"segreto|finto)"
)
_ITS_MINE = re.compile(
    r"@?"
    r"(?P<handle>[a-z0-9_][a-z0-9_.]{0,30}[a-z0-9_])\s*[,:-]?\s*"
    r"(?:is|=|ist|c'est|c’est|est|es|è)\s+"
    r"(?:my|mein|meine|mon|ma|mi|il mio|la mia)\s+"
    rf"(?:{_WHICH_ACCOUNT}\s+)?{_ACCOUNT_WORD}(?:\s+{_PRIVATE})?\b"
)
_SENTENCE_STARTS = re.compile(r"[,.!?;:] ")
# (every match of _ITS_MINE holds one of these words: speed only)
_ACCOUNT_WORDS = frozenset(
    split_words(
        "one acc account page profile konto profil compte cuenta perfil profilo finsta rinsta "
        "spam main alt"
    )
)
# A plain word ending the message after a colon, its platform named before in the sentence:
# "gave me his ig at the party: tilltheend", "sein insta von gestern: X", "son snap de
# soirée : X", "su insta de la fiesta: X", "il suo ig alla festa: X"
_COLON_LAST = re.compile(r":\s*@?(?P<handle>[a-z][a-z0-9_.]{2,29}[a-z0-9_])[^\w\s]*\s*$")
# The same name everywhere: "i'm fede_02 everywhere", "X on everything", "X on all socials",
# "je suis X partout", "soy X en todos lados", "sono X ovunque"; or the word before: "ich bin
# überall X", "i'm everywhere X", "sono ovunque X" (handle-shaped only, see _handle_shaped)
_EVERYWHERE_WORD = (
    r"(?:everywhere|everything|all (?:the )?(?:socials|platforms)|überall|partout|"
    r"en todos lados|en todas partes|ovunque|dappertutto)"
)
_EVERYWHERE = re.compile(
    r"(?<![\w@./#:-])@?(?P<handle>[a-z0-9_][a-z0-9_.]*[a-z0-9_])\s+"
    rf"(?:(?:on|auf|sur|en|su)\s+)?{_EVERYWHERE_WORD}\b"
    r"|\b(?:i'm|i’m|im|i am|ich bin|bin|je suis|soy|sono)\s+(?:(?:on|auf|sur|en|su)\s+)?"
    rf"{_EVERYWHERE_WORD}\s+(?:(?:as|als|comme|como|come)\s+)?@?"
    r"(?P<after>[a-z0-9_][a-z0-9_.]*[a-z0-9_])(?![\w@/]|\.[a-z0-9])"
)
# A word every match of _EVERYWHERE holds (written out: the reader of patterns gives no set
# for a pattern that opens with a handle)
_EVERYWHERE_WORDS = frozenset(
    ("everywhere", "everything", "socials", "platforms", "überall", "partout", "lados", "partes",
     "ovunque", "dappertutto")
)  # fmt: skip

# The words every match of these patterns holds one of (speed only, read off the patterns).
_PLATFORM_WORDS = required_words(_PLATFORM)
_OWNED_WORDS = required_words(_OWNED)
# (every match of _PLAIN_INVITE holds one of these words, written out: the reader of patterns
# reads none off a pattern with "-moi")
_PLAIN_INVITE_WORDS = frozenset(
    split_words(
        "add follow hmu folg folgt adde suis suivez ajoute sígueme sigueme agrégame agregame "
        "añádeme seguimi aggiungimi"
    )
)
# (every match of _OWNED holds one of these: written out, as the reader of patterns reads no
# set for a pattern that opens with a handle)
_POSSESSIVES = frozenset(
    split_words(
        "my his her their mein meine sein seine ihr ihre mon ma son sa mi su tu mio mia suo sua"
    )
)
_TRAILING_WORDS = required_words(_TRAILING)


class HandleRecognizer:
    name: ClassVar[str] = "handle"
    entity_types: ClassVar[frozenset[EntityType]] = frozenset({EntityType.SOCIAL_HANDLE})

    def analyze(self, view: TextView) -> list[Entity]:
        lower = view.lower
        found: list[Entity] = []
        if "@" in lower:
            found.extend(
                Entity(m.start(), m.end(), EntityType.SOCIAL_HANDLE, 0.85, self.name)
                for m in _AT.finditer(lower)
            )
        platforms = (
            [(m.start(), m.end()) for m in _PLATFORM.finditer(lower)]
            if passes(view.words, _PLATFORM_WORDS)
            else []
        )
        if platforms:
            found.extend(self._named(lower, platforms, view.language))
        if passes(view.words, _TRAILING_WORDS):
            found.extend(self._trailing(lower, view.language))
        # every handle _account takes holds "_", a dot before a letter or digit, or a letter
        # then two digits: most messages hold none, and the cue pattern is not searched
        # (speed only)
        if (
            "_" in lower
            or ("." in lower and _INNER_DOT.search(lower) is not None)
            or (view.has_digit and _LETTER_DIGITS.search(lower) is not None)
        ):
            if _ACCOUNT_GATE.search(lower) is not None:
                found.extend(self._account(lower))
            if _FOLLOW_GATE.search(lower) is not None:
                found.extend(self._followed(lower))
            if not view.words.isdisjoint(_ACCOUNT_WORDS) and not view.words.isdisjoint(
                _POSSESSIVES
            ):
                found.extend(self._its_mine(lower))
        if platforms:
            found.extend(self._after_platform(lower, platforms, view.language))
            if not view.words.isdisjoint(_POSSESSIVES) and passes(view.words, _OWNED_WORDS):
                found.extend(self._owned(lower, view.language))
        found.extend(self._by_words(view))
        return found

    def _by_words(self, view: TextView) -> list[Entity]:
        """The forms of a few words each, tried only on a message holding one (speed only): a
        plain word after an invitation, the same name everywhere."""
        found = []
        if not view.words.isdisjoint(_PLAIN_INVITE_WORDS):
            found.extend(self._plain_invited(view.lower, view.language))
        if not view.words.isdisjoint(_EVERYWHERE_WORDS):
            found.extend(self._everywhere(view.lower))
        return found

    def _owned(self, lower: str, language: str) -> list[Entity]:
        """A handle before whose platform it is (see ``_OWNED``); a plain word only opening the
        message and declared, with a digit inside or as no word of any language nor a first name
        ("sunnyd4ys is my finsta", "kestrelfox is my discord"; not "this is my insta", "mike
        is my discord")."""
        found = []
        for match in _OWNED.finditer(lower):
            handle = match.group("handle")
            if not _dressed_handle(handle) and not (
                match.group("decl") is not None
                and not lower[: match.start("handle")].strip(" @\"'“(")
                and _NOT_HANDLE_SHAPE.fullmatch(handle) is None
                and _FILE_OR_DOMAIN.fullmatch(handle) is None
                and (
                    _handle_like(handle)
                    or (
                        handle not in _first_names()
                        and not _everyday(handle, _languages(language, match.group(0)))
                    )
                )
            ):
                continue
            found.append(Entity(*match.span("handle"), EntityType.SOCIAL_HANDLE, 0.85, self.name))
        return found

    def _its_mine(self, lower: str) -> list[Entity]:
        """A handle opening the message or a sentence before what it is to its owner (see
        ``_ITS_MINE``): tried at the message's start and after each mark and blank."""
        found = []
        for start in (0, *(m.end() for m in _SENTENCE_STARTS.finditer(lower))):
            match = _ITS_MINE.match(lower, start)
            if match is not None and _handle_shaped(match.group("handle")):
                found.append(
                    Entity(*match.span("handle"), EntityType.SOCIAL_HANDLE, 0.8, self.name)
                )
        return found

    def _plain_invited(self, lower: str, language: str) -> list[Entity]:
        """A plain word right after an invitation (see ``_PLAIN_INVITE``)."""
        found = []
        for match in _PLAIN_INVITE.finditer(lower):
            handle = match.group("handle")
            if handle in _first_names() or _everyday(handle, _languages(language, "")):
                continue
            if match.group(0).startswith("follow ") and (
                _CLAUSE_AFTER.match(lower, match.end()) is None
            ):
                continue
            start = match.start("handle")
            if lower[start - 1] == "@":
                start -= 1
            found.append(
                Entity(start, match.end("handle"), EntityType.SOCIAL_HANDLE, 0.8, self.name)
            )
        return found

    def _everywhere(self, lower: str) -> list[Entity]:
        """A handle said to be one's name everywhere (see ``_EVERYWHERE``)."""
        found = []
        for match in _EVERYWHERE.finditer(lower):
            group = "handle" if match.group("handle") is not None else "after"
            if _handle_shaped(match.group(group)):
                found.append(Entity(*match.span(group), EntityType.SOCIAL_HANDLE, 0.8, self.name))
        return found

    def _after_platform(
        self, lower: str, platforms: list[tuple[int, int]], language: str
    ) -> list[Entity]:
        """A handle after a platform named in the message: the first handle-shaped token within
        four words of the platform in its sentence, or a plain word right after a declaration
        ("on insta, djwoody" when the word ends the clause; "snap c'est nico")."""
        found = []
        for begin, end in platforms:
            if lower[begin:end] not in _CLEAR_SET or _DOMAIN_AFTER.match(lower, end):
                continue
            stop = _SENTENCE_END.search(lower, end, end + 48)
            limit = stop.start() if stop is not None else min(len(lower), end + 48)
            declared = _DECLARED.match(lower, end, limit)
            if declared is not None:
                handle = declared.group("handle").rstrip(".")
                comma = lower[end : declared.start("handle")].strip() == ","
                if (
                    not _everyday(
                        handle, _languages(language, lower[end : declared.start("handle")])
                    )
                    and (not comma or declared.group("end") is not None)
                    and not _NOT_HANDLE_SHAPE.fullmatch(handle)
                ):
                    start = declared.start("handle")
                    found.append(
                        Entity(
                            start, start + len(handle), EntityType.SOCIAL_HANDLE, 0.85, self.name
                        )
                    )
                    continue
            # a platform that opens the message names what follows: "insta prune.mp3"
            opens = not lower[:begin].strip(" \"'“(")
            for index, token in enumerate(_TOKEN.finditer(lower, end, limit)):
                if index >= 5:
                    break
                if _handle_shaped(token.group(0)) or (
                    opens and index == 0 and _MEDIA_FILE.fullmatch(token.group(0)) is not None
                ):
                    found.append(Entity(*token.span(), EntityType.SOCIAL_HANDLE, 0.85, self.name))
                    break
            else:
                found.extend(self._colon_last(lower, end, language))
        return found

    def _colon_last(self, lower: str, end: int, language: str) -> list[Entity]:
        """A plain word ending the message after a colon within 40 characters after the
        platform (see ``_COLON_LAST``): no word of any language nor a first name."""
        colon = lower.find(":", end, end + 40)
        if colon < 0:
            return []
        match = _COLON_LAST.match(lower, colon)
        if match is None:
            return []
        handle = match.group("handle")
        if (
            handle in _first_names()
            or _everyday(handle, _languages(language, ""))
            or _NOT_HANDLE_SHAPE.fullmatch(handle)
            or _FILE_OR_DOMAIN.fullmatch(handle)
        ):
            return []
        return [Entity(*match.span("handle"), EntityType.SOCIAL_HANDLE, 0.8, self.name)]

    def _account(self, lower: str) -> list[Entity]:
        """A handle-shaped token right after a word of what it is or a verb of what one does
        to a profile (see ``_ACCOUNT``)."""
        found = []
        for cue in _ACCOUNT.finditer(lower):
            token = _ACCOUNT_TOKEN.match(lower, cue.end())
            if token is None or not _handle_shaped(token.group(0)):
                continue
            # with no declaration, words joined with numbers, versions or abbreviations ("the
            # account user_id field", "the page index_v2", "konto nr_123") are a name in code,
            # not a handle
            if cue.group("noun") is not None and all(
                is_frequent(part, "en") or len(part) < 3 or _CODE_PART.fullmatch(part)
                for part in _PARTS.split(token.group(0))
            ):
                continue
            start = token.start()
            if start > 0 and lower[start - 1] == "@":
                start -= 1
            found.append(Entity(start, token.end(), EntityType.SOCIAL_HANDLE, 0.85, self.name))
        return found

    def _followed(self, lower: str) -> list[Entity]:
        """The first handle-shaped token within five words after a verb of following or adding
        in its sentence (see ``_FOLLOW``)."""
        found = []
        for cue in _FOLLOW.finditer(lower):
            stop = _SENTENCE_END.search(lower, cue.end(), cue.end() + 48)
            limit = stop.start() if stop is not None else min(len(lower), cue.end() + 48)
            # right after the verb a handle may be dressed as a file, except after adding
            dressed = not cue.group(0).startswith(_ADDING)
            # (six tokens: "she's" is two)
            for index, token in enumerate(_TOKEN.finditer(lower, cue.end(), limit)):
                if index >= 6:
                    break
                if _handle_shaped(token.group(0)) or (
                    dressed and index == 0 and _MEDIA_FILE.fullmatch(token.group(0)) is not None
                ):
                    found.append(Entity(*token.span(), EntityType.SOCIAL_HANDLE, 0.8, self.name))
                    break
        return found

    def _named(self, lower: str, platforms: list[tuple[int, int]], language: str) -> list[Entity]:
        """``_NAMED`` tried at each platform word not inside the previous match (what
        ``finditer`` would do: every match opens with a platform word)."""
        found = []
        previous_end = 0
        for begin, _ in platforms:
            if begin < previous_end:
                continue
            match = _NAMED.match(lower, begin)
            if match is None:
                continue
            opening = match.start()
            my = _MY_BEFORE.search(lower, max(previous_end, opening - 12), opening)
            if my is not None:
                opening = my.start()
            previous_end = match.end()
            handle = match.group("handle")
            platform = match.group("platform")
            ambiguous = platform not in _CLEAR_SET
            invited = _INVITE.search(lower, max(0, opening - 30), opening) is not None
            declared = match.group("decl") is not None or invited
            if ambiguous and not declared:
                continue
            if not any(ch.isalpha() for ch in handle) or (
                _NOT_HANDLE_SHAPE.fullmatch(handle)
                and not (declared and _SPELLED.fullmatch(handle))
            ):
                continue
            if not declared and _FILE_OR_DOMAIN.fullmatch(handle):
                continue
            if not _handle_like(handle) and (
                not declared or _everyday(handle, _languages(language, match.group("decl") or ""))
            ):
                continue
            start = match.start("handle")
            if start > 0 and lower[start - 1] == "@":
                start -= 1
            score = 0.85 if _handle_like(handle) or declared else 0.6
            found.append(Entity(start, match.end(), EntityType.SOCIAL_HANDLE, score, self.name))
        return found

    def _trailing(self, lower: str, language: str) -> list[Entity]:
        found = []
        for match in _TRAILING.finditer(lower):
            handle = match.group("handle")
            if match.group("platform") in _SHORT_PLATFORMS and not _handle_shaped(handle):
                continue
            invited = _INVITE.search(lower, max(0, match.start() - 30), match.start()) is not None
            if is_common(handle) or handle in _NOT_HANDLES or _NOT_HANDLE_SHAPE.fullmatch(handle):
                continue
            if not invited and _FILE_OR_DOMAIN.fullmatch(handle):
                continue
            # "talk on discord": a plain word needs "add me", "follow me" … or to be the whole
            # message with its platform, as no word of any language nor a first name
            # ("jenxoxo on insta"; not "marta on insta is so funny", "hmu on insta, …")
            # (or opening the message, its clause ending with the platform: "jenxoxo on
            # tiktok, i post cooking stuff")
            alone = not lower[: match.start("handle")].strip(" @\"'“(") and (
                not any(ch.isalnum() for ch in lower[match.end() :])
                or (
                    _CLAUSE_BREAK.match(lower, match.end()) is not None
                    # (not an invitation's verb: "seguimi su insta: X", "ajoute-moi sur snap, …")
                    and _FOLLOW.match(handle) is None
                )
            )
            if not (
                _handle_like(handle)
                or invited
                or (
                    alone
                    and handle not in _first_names()
                    and not _everyday(handle, _languages(language, ""))
                )
            ):
                continue
            start = match.start("handle")
            if start > 0 and lower[start - 1] == "@":
                start -= 1
            found.append(
                Entity(start, match.end("handle"), EntityType.SOCIAL_HANDLE, 0.85, self.name)
            )
        return found
