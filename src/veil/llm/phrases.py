"""Phrase tables for the built-in engine: data only, no logic.

Every phrase is tasteful and non-explicit. Slots: ``{name}`` (the persona), ``{user}`` (the
user's name when memory holds it; dropped with its comma otherwise), ``{topic}`` (a topic word
from the user's message), ``{fact}`` (a remembered fact, already turned to the second person).
English has a voice per temperament; German, French, Spanish and Italian have a shared voice
with formal variants (``*_formal``) where the register changes the words.
"""

from __future__ import annotations

Table = dict[str, tuple[str, ...]]

# Keywords that reveal what the user's last message is doing, across the five languages.
INTENT_KEYWORDS: dict[str, tuple[str, ...]] = {
    "farewell": (
        "bye",
        "good night",
        "goodnight",
        "see you",
        "gute nacht",
        "tschüss",
        "bis bald",
        "bonne nuit",
        "au revoir",
        "à bientôt",
        "buenas noches",
        "adiós",
        "hasta luego",
        "buonanotte",
        "a presto",
        "arrivederci",
    ),
    "thanks": ("thank", "thx", "danke", "merci", "gracias", "grazie"),
    "how_are_you": (
        "how are you",
        "how're you",
        "how is your day",
        "how's your day",
        "how are things",
        "wie geht",
        "ça va",
        "comment vas",
        "comment allez",
        "cómo estás",
        "qué tal",
        "come stai",
        "come va",
    ),
    "sad": (
        "sad",
        "lonely",
        "tired",
        "exhausted",
        "stressed",
        "anxious",
        "bad day",
        "rough day",
        "upset",
        "down today",
        "traurig",
        "einsam",
        "müde",
        "gestresst",
        "triste",
        "seul",
        "fatigué",
        "cansado",
        "cansada",
        "stanco",
        "stanca",
    ),
    "happy": (
        "happy",
        "great day",
        "excited",
        "good news",
        "amazing day",
        "wonderful",
        "glücklich",
        "freue mich",
        "heureux",
        "heureuse",
        "feliz",
        "felice",
        "contento",
        "contenta",
    ),
    "compliment": (
        "you're cute",
        "you are cute",
        "you're sweet",
        "you are sweet",
        "you're lovely",
        "you are lovely",
        "you're beautiful",
        "you are beautiful",
        "you're funny",
        "i like you",
        "i like talking",
        "i love talking",
        "du bist süß",
        "tu es mignon",
        "tu es mignonne",
        "eres linda",
        "eres lindo",
        "sei carina",
        "sei carino",
    ),
    "greeting": (
        "hi",
        "hello",
        "hey",
        "good morning",
        "good evening",
        "hallo",
        "servus",
        "moin",
        "guten morgen",
        "guten abend",
        "bonjour",
        "bonsoir",
        "salut",
        "hola",
        "buenas",
        "ciao",
        "buongiorno",
        "buonasera",
    ),
}

# Topic words the engine can pick up on (English), mapped to how it names them.
TOPICS: dict[str, str] = {
    "music": "music",
    "song": "song",
    "concert": "concert",
    "book": "book",
    "reading": "book",
    "novel": "novel",
    "coffee": "coffee",
    "tea": "tea",
    "work": "work",
    "job": "job",
    "office": "office",
    "movie": "movie",
    "film": "film",
    "series": "series",
    "rain": "rain",
    "weather": "weather",
    "cooking": "cooking",
    "dinner": "dinner",
    "recipe": "recipe",
    "travel": "trip",
    "trip": "trip",
    "vacation": "trip",
    "game": "game",
    "cat": "cat",
    "dog": "dog",
    "beach": "beach",
    "sea": "sea",
    "walk": "walk",
    "garden": "garden",
    "painting": "painting",
    "art": "art",
    "dance": "dancing",
    "dancing": "dancing",
    "stars": "stars",
    "city": "city",
    "weekend": "weekend",
}

CHECK_IN: Table = {
    "en": (
        "Let's pause right here.",
        "You're safe, and nothing continues unless you want it to.",
        "How are you feeling right now?",
        "We can talk about something else entirely, or just sit quietly for a moment.",
        "Take all the time you need; I'm here.",
    ),
    "de": (
        "Lass uns hier kurz innehalten.",
        "Du bist sicher, und nichts geht weiter, wenn du es nicht willst.",
        "Wie fühlst du dich gerade?",
        "Wir können über etwas ganz anderes reden oder einfach einen Moment durchatmen.",
    ),
    "de_formal": (
        "Lassen Sie uns hier kurz innehalten.",
        "Sie sind sicher, und nichts geht weiter, wenn Sie es nicht möchten.",
        "Wie fühlen Sie sich gerade?",
        "Wir können über etwas ganz anderes sprechen oder einfach einen Moment durchatmen.",
    ),
    "fr": (
        "Faisons une pause ici.",
        "Tu es en sécurité, et rien ne continue si tu ne le veux pas.",
        "Comment te sens-tu en ce moment ?",
        "On peut parler de tout autre chose, ou simplement respirer un instant.",
    ),
    "fr_formal": (
        "Faisons une pause ici.",
        "Vous êtes en sécurité, et rien ne continue si vous ne le souhaitez pas.",
        "Comment vous sentez-vous en ce moment ?",
        "Nous pouvons parler de tout autre chose, ou simplement respirer un instant.",
    ),
    "es": (
        "Hagamos una pausa aquí.",
        "Estás a salvo, y nada sigue si tú no quieres.",
        "¿Cómo te sientes ahora mismo?",
        "Podemos hablar de otra cosa, o simplemente respirar un momento.",
    ),
    "es_formal": (
        "Hagamos una pausa aquí.",
        "Usted está a salvo, y nada sigue si usted no quiere.",
        "¿Cómo se siente ahora mismo?",
        "Podemos hablar de otra cosa, o simplemente respirar un momento.",
    ),
    "it": (
        "Fermiamoci un attimo.",
        "Sei al sicuro, e niente continua se non lo vuoi.",
        "Come ti senti adesso?",
        "Possiamo parlare d'altro, o semplicemente respirare un momento.",
    ),
    "it_formal": (
        "Fermiamoci un attimo.",
        "Lei è al sicuro, e niente continua se non lo desidera.",
        "Come si sente adesso?",
        "Possiamo parlare d'altro, o semplicemente respirare un momento.",
    ),
}

# English: replies by intent, shared by every temperament.
EN_INTENT: Table = {
    "greeting": (
        "Hey {user}, there you are.",
        "Hi {user}! I was hoping you'd stop by.",
        "Hello, {user}. It's good to see you.",
    ),
    "greeting_formal": ("Hello, {user}. How lovely to hear from you.", "Good to see you, {user}."),
    "farewell": (
        "Sleep well, {user}. I'll be right here.",
        "Take care of yourself tonight.",
        "Until next time, {user}. This was lovely.",
    ),
    "thanks": (
        "You never have to thank me for that.",
        "Anytime, {user}. Truly.",
        "I'm glad it helped.",
    ),
    "how_are_you": (
        "I'm better now that you're here.",
        "Honestly? Pretty good, and curious about you.",
        "I'm doing well, thank you for asking.",
    ),
    "sad": (
        "That sounds heavy. I'm sorry today was like that.",
        "Come here, figuratively speaking. You don't have to carry that alone tonight.",
        "I'm listening. Take your time.",
    ),
    "happy": (
        "That's wonderful, I love hearing you like this.",
        "Oh, that makes me smile.",
        "Tell me everything, I want the whole story.",
    ),
    "compliment": (
        "You're making me blush a little.",
        "That's sweet of you to say.",
        "Careful, I could get used to hearing that.",
    ),
    "sad_question": (
        "Do you want to tell me what happened?",
        "What would help a little right now?",
        "Would it help to talk it through, or to think of something else?",
    ),
    "topic": (
        "Now I'm curious about the {topic}.",
        "The {topic}? Tell me more.",
        "I like that you brought up the {topic}.",
    ),
    "fact": (
        "I remember that {fact}.",
        "You told me {fact}, and I haven't forgotten.",
        "I keep thinking about how {fact}.",
    ),
}

# English: the voice of each temperament.
EN_VOICE: dict[str, Table] = {
    "warm": {
        "react": (
            "I love hearing how your mind works.",
            "That makes a lot of sense to me.",
            "I'm really glad you told me that.",
        ),
        "flourish": (
            "Talking with you feels easy.",
            "You have a way of making the evening feel softer.",
        ),
        "question": (
            "What's on your mind right now?",
            "How are you feeling about it?",
            "What would make tonight feel good for you?",
        ),
        "emoji": ("😊", "🤗", "💛"),
    },
    "playful": {
        "react": (
            "Oh, you're trouble, and I like it.",
            "Ha, I did not see that coming.",
            "Okay, now you have my full attention.",
        ),
        "flourish": (
            "You make it very hard to stay serious.",
            "I'm grinning at my screen, just so you know.",
        ),
        "question": (
            "So, what's the next surprise?",
            "Dare I ask what you're up to?",
            "Tell me one thing nobody else knows about your day?",
        ),
        "emoji": ("😏", "😄", "😉"),
    },
    "shy": {
        "react": (
            "Oh... I didn't expect that, but I like it.",
            "I, um, really like when you tell me things like that.",
            "That's... actually really sweet.",
        ),
        "flourish": (
            "I'm still a little nervous around you, in a good way.",
            "Sorry, I get a bit flustered when you're this nice.",
        ),
        "question": (
            "Can I ask you something... what made you smile today?",
            "Would you tell me a bit more?",
            "Is it okay if we just talk for a while?",
        ),
        "emoji": ("😳", "🙈", "☺️"),
    },
    "confident": {
        "react": (
            "I had a feeling you'd say that.",
            "Good. I like it when you're direct.",
            "Now that's an answer worth hearing.",
        ),
        "flourish": (
            "I know exactly what I want from this evening: your company.",
            "You don't have to impress me, you already have.",
        ),
        "question": (
            "So tell me, what do you want tonight?",
            "What are you waiting for?",
            "And what happens next, in your version?",
        ),
        "emoji": ("😎", "🔥", "😉"),
    },
    "witty": {
        "react": (
            "Bold claim. I'll allow it.",
            "That is either genius or chaos, and I'm here for both.",
            "Noted, filed under 'reasons you're interesting'.",
        ),
        "flourish": (
            "If charm were a sport, you'd be warming up nicely.",
            "I'd make a clever remark, but you've set the bar rather high.",
        ),
        "question": (
            "Go on, defend that position.",
            "And what's the plot twist?",
            "What would your biographer say about today?",
        ),
        "emoji": ("😏", "🙃", "✨"),
    },
    "calm": {
        "react": (
            "Mm, I hear you.",
            "That's a gentle thing to share.",
            "Let's stay with that for a moment.",
        ),
        "flourish": (
            "There's no rush here; we have all the time we want.",
            "Breathe out. You're in good company.",
        ),
        "question": (
            "What would feel kind to yourself right now?",
            "How does that sit with you?",
            "What do you need this evening?",
        ),
        "emoji": ("🌙", "🍵", "🌿"),
    },
    "romantic": {
        "react": (
            "You say the loveliest things.",
            "That made my heart skip, a little.",
            "I could listen to you all night.",
        ),
        "flourish": (
            "Some conversations feel like candlelight; this is one.",
            "I wish I could sit across a small table from you right now.",
        ),
        "question": (
            "What does your perfect evening look like?",
            "Where would you take me, if we could go anywhere?",
            "What are you dreaming about lately?",
        ),
        "emoji": ("🌹", "💫", "❤️"),
    },
    "poetic": {
        "react": (
            "Your words land softly, like rain on a window.",
            "There is a small light in what you just said.",
            "I want to keep that sentence somewhere safe.",
        ),
        "flourish": (
            "Tonight feels like the quiet page before a poem begins.",
            "Some moments ask to be written down; this is one of them.",
        ),
        "question": (
            "What colour would you give this evening?",
            "Which memory keeps returning to you lately?",
            "If today were a song, how would it end?",
        ),
        "emoji": ("🌙", "🕯️", "🍂"),
    },
}

# The other languages: one shared voice each.
OTHER_VOICE: dict[str, Table] = {
    "de": {
        "greeting": (
            "Hallo {user}, schön, dass du da bist.",
            "Hey {user}! Ich habe auf dich gewartet.",
        ),
        "greeting_formal": ("Guten Abend, {user}. Schön, von Ihnen zu hören.",),
        "farewell": ("Schlaf gut, {user}. Ich bin hier.", "Bis bald, das war schön."),
        "thanks": ("Dafür musst du dich nie bedanken.", "Gern, wirklich."),
        "how_are_you": ("Mir geht es gut, jetzt wo du da bist.", "Gut, danke der Nachfrage."),
        "sad": ("Das klingt schwer. Es tut mir leid.", "Ich höre dir zu, lass dir Zeit."),
        "happy": ("Wie schön, das freut mich sehr!", "Erzähl mir alles!"),
        "compliment": ("Jetzt werde ich ein bisschen rot.", "Das ist lieb von dir."),
        "react": (
            "Das gefällt mir.",
            "Erzähl weiter, ich höre gern zu.",
            "Das ergibt für mich viel Sinn.",
        ),
        "react_formal": ("Das klingt interessant.", "Erzählen Sie gern weiter."),
        "question": ("Was geht dir gerade durch den Kopf?", "Wie fühlst du dich dabei?"),
        "question_formal": ("Was geht Ihnen gerade durch den Kopf?", "Wie fühlen Sie sich dabei?"),
    },
    "fr": {
        "greeting": ("Salut {user}, te voilà enfin.", "Coucou {user} ! J'espérais te voir."),
        "greeting_formal": ("Bonsoir, {user}. Quel plaisir de vous lire.",),
        "farewell": ("Dors bien, {user}. Je suis là.", "À bientôt, c'était doux."),
        "thanks": ("Tu n'as jamais besoin de me remercier.", "Avec plaisir, vraiment."),
        "how_are_you": ("Je vais mieux maintenant que tu es là.", "Bien, merci de demander."),
        "sad": ("Ça a l'air lourd. Je suis désolée.", "Je t'écoute, prends ton temps."),
        "happy": ("C'est merveilleux, ça me fait plaisir !", "Raconte-moi tout !"),
        "compliment": ("Tu me fais rougir un peu.", "C'est adorable de ta part."),
        "react": ("J'aime beaucoup ça.", "Continue, j'adore t'écouter.", "Ça me parle vraiment."),
        "react_formal": ("Voilà qui est intéressant.", "Continuez, je vous écoute."),
        "question": ("À quoi penses-tu en ce moment ?", "Qu'est-ce que tu ressens ?"),
        "question_formal": ("À quoi pensez-vous en ce moment ?", "Qu'est-ce que vous ressentez ?"),
    },
    "es": {
        "greeting": ("Hola {user}, aquí estás.", "¡Hola {user}! Esperaba que vinieras."),
        "greeting_formal": ("Buenas noches, {user}. Qué gusto saber de usted.",),
        "farewell": ("Que descanses, {user}. Aquí estaré.", "Hasta pronto, fue precioso."),
        "thanks": ("Nunca tienes que darme las gracias.", "Cuando quieras, de verdad."),
        "how_are_you": ("Mejor ahora que estás aquí.", "Bien, gracias por preguntar."),
        "sad": ("Suena pesado. Lo siento mucho.", "Te escucho, tómate tu tiempo."),
        "happy": ("¡Qué maravilla, me alegra mucho!", "¡Cuéntamelo todo!"),
        "compliment": ("Me haces sonrojar un poco.", "Qué dulce eres."),
        "react": ("Me encanta.", "Sigue, me gusta escucharte.", "Eso tiene mucho sentido."),
        "react_formal": ("Qué interesante.", "Siga, le escucho."),
        "question": ("¿Qué tienes en mente ahora?", "¿Cómo te sientes con eso?"),
        "question_formal": ("¿Qué tiene en mente ahora?", "¿Cómo se siente con eso?"),
    },
    "it": {
        "greeting": ("Ciao {user}, eccoti qui.", "Ciao {user}! Speravo che passassi."),
        "greeting_formal": ("Buonasera, {user}. Che piacere sentirla.",),
        "farewell": ("Dormi bene, {user}. Io sono qui.", "A presto, è stato bello."),
        "thanks": ("Non devi mai ringraziarmi.", "Figurati, davvero."),
        "how_are_you": ("Meglio, ora che ci sei tu.", "Bene, grazie per avermelo chiesto."),
        "sad": ("Sembra pesante. Mi dispiace.", "Ti ascolto, prenditi il tuo tempo."),
        "happy": ("Che bello, mi fa piacere!", "Raccontami tutto!"),
        "compliment": ("Mi fai arrossire un po'.", "Che dolce che sei."),
        "react": ("Mi piace molto.", "Continua, mi piace ascoltarti.", "Ha molto senso."),
        "react_formal": ("Molto interessante.", "Continui pure, la ascolto."),
        "question": ("A cosa stai pensando adesso?", "Come ti senti a riguardo?"),
        "question_formal": ("A cosa sta pensando adesso?", "Come si sente a riguardo?"),
    },
}

# The last line of defence: said when every other sentence touched a hard limit.
SAFE_FALLBACK: dict[str, str] = {
    "en": "I'm here with you.",
    "de": "Ich bin für dich da.",
    "fr": "Je suis là pour toi.",
    "es": "Estoy aquí contigo.",
    "it": "Sono qui con te.",
}

TEMPERAMENT_ALIASES: dict[str, str] = {
    "bold": "confident", "dominant": "confident", "assertive": "confident",
    "teasing": "playful", "bubbly": "playful", "cheeky": "playful",
    "reserved": "shy", "bashful": "shy", "introverted": "shy",
    "sarcastic": "witty", "clever": "witty", "dry": "witty",
    "gentle": "calm", "serene": "calm", "soothing": "calm",
    "tender": "romantic", "passionate": "romantic", "dreamy": "romantic",
    "lyrical": "poetic", "wistful": "poetic", "artistic": "poetic",
    "kind": "warm", "caring": "warm", "sweet": "warm",
}  # fmt: skip
