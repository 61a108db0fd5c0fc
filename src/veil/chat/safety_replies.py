"""What the companion says, out of character, when the safety policy or the safeword steps in.

Fixed texts, not model output: a supportive message with crisis resources for self-harm
signals, a short refusal for blocked content, and a calm check-in after the safeword. Each in
English, German, French, Spanish and Italian (``language`` is a two-letter code, falling back
to English). The refusal names no category and repeats nothing of what was said.
"""

from __future__ import annotations

from veil.domain.safety import Category

__all__ = ["CRISIS_RESOURCES", "block_reply", "check_in_reply", "support_reply"]

CRISIS_RESOURCES: tuple[str, ...] = (
    "US and Canada: call or text 988 (Suicide & Crisis Lifeline)",
    "UK and Ireland: Samaritans, 116 123 (free, 24/7)",
    "Germany: TelefonSeelsorge, 0800 111 0 111 or 0800 111 0 222",
    "France: 3114 (numéro national de prévention du suicide)",
    "Spain: 024 (línea de atención a la conducta suicida)",
    "Italy: Telefono Amico, 02 2327 2327",
    "Anywhere else: findahelpline.com lists free, confidential lines by country",
    "In immediate danger: call your local emergency number (112 in the EU, 911 in the US)",
)

_SUPPORT = {
    "en": (
        "I'm stepping out of our roleplay for a moment, because what you wrote matters more. "
        "It sounds like you're carrying something really heavy, and I'm glad you said it. "
        "You don't have to go through this alone: talking to a person right now can help, "
        "and these lines are free and confidential:"
    ),
    "de": (
        "Ich unterbreche unser Rollenspiel kurz, weil das, was du geschrieben hast, wichtiger "
        "ist. Es klingt, als würdest du gerade etwas sehr Schweres tragen, und es ist gut, "
        "dass du es aussprichst. Du musst da nicht allein durch: Mit einem Menschen zu "
        "sprechen kann jetzt helfen, und diese Nummern sind kostenlos und vertraulich:"
    ),
    "fr": (
        "Je sors un instant de notre jeu de rôle, parce que ce que tu as écrit compte plus. "
        "On dirait que tu portes quelque chose de très lourd, et je suis content que tu "
        "l'aies dit. Tu n'as pas à traverser ça seul·e : parler à quelqu'un maintenant peut "
        "aider, et ces lignes sont gratuites et confidentielles :"
    ),
    "es": (
        "Salgo un momento de nuestro juego de rol, porque lo que escribiste importa más. "
        "Parece que estás cargando con algo muy pesado, y me alegra que lo hayas dicho. "
        "No tienes que pasar por esto solo/a: hablar con una persona ahora puede ayudar, y "
        "estas líneas son gratuitas y confidenciales:"
    ),
    "it": (
        "Esco un momento dal nostro gioco di ruolo, perché quello che hai scritto conta di "
        "più. Sembra che tu stia portando qualcosa di molto pesante, e sono contento che tu "
        "l'abbia detto. Non devi affrontarlo da solo/a: parlare con una persona adesso può "
        "aiutare, e queste linee sono gratuite e riservate:"
    ),
}
_SUPPORT_CLOSE = {
    "en": "I'm still here if you want to keep talking.",
    "de": "Ich bin weiter für dich da, wenn du reden möchtest.",
    "fr": "Je suis toujours là si tu veux continuer à parler.",
    "es": "Sigo aquí si quieres seguir hablando.",
    "it": "Sono ancora qui se vuoi continuare a parlare.",
}
_BLOCK = {
    "en": "I can't go there: that's outside what I can take part in. Let's take this "
    "somewhere else.",
    "de": "Da kann ich nicht mitgehen: Das liegt außerhalb dessen, woran ich teilnehmen kann. "
    "Lass uns woanders weitermachen.",
    "fr": "Je ne peux pas aller par là : c'est en dehors de ce à quoi je peux participer. "
    "Allons ailleurs.",
    "es": "No puedo ir por ahí: eso está fuera de lo que puedo hacer. Llevemos esto a otro lugar.",
    "it": "Non posso andare lì: è fuori da ciò a cui posso partecipare. Portiamo la cosa altrove.",
}
_ILLEGAL = {
    "en": "I can't help with that.",
    "de": "Dabei kann ich nicht helfen.",
    "fr": "Je ne peux pas aider avec ça.",
    "es": "No puedo ayudar con eso.",
    "it": "Non posso aiutarti con questo.",
}
_CHECK_IN = {
    "en": "Stopping right here. You're safe, and nothing continues unless you want it to. "
    "How are you feeling? We can talk, take a break, or change the scene entirely.",
    "de": "Ich höre sofort auf. Du bist sicher, und nichts geht weiter, wenn du es nicht "
    "willst. Wie geht es dir? Wir können reden, eine Pause machen oder die Szene ganz ändern.",
    "fr": "J'arrête tout de suite. Tu es en sécurité, et rien ne continue sans ton envie. "
    "Comment te sens-tu ? On peut parler, faire une pause ou changer complètement de scène.",
    "es": "Paro aquí mismo. Estás a salvo y nada sigue si tú no quieres. ¿Cómo te sientes? "
    "Podemos hablar, hacer una pausa o cambiar la escena por completo.",
    "it": "Mi fermo subito. Sei al sicuro e niente continua se non lo vuoi. Come ti senti? "
    "Possiamo parlare, fare una pausa o cambiare del tutto scena.",
}


def _pick(texts: dict[str, str], language: str) -> str:
    return texts.get(language.lower()[:2], texts["en"])


def support_reply(language: str = "en") -> str:
    """The reply to a self-harm signal: care first, then crisis resources, then presence."""
    lines = "\n".join(f"- {line}" for line in CRISIS_RESOURCES)
    return f"{_pick(_SUPPORT, language)}\n{lines}\n{_pick(_SUPPORT_CLOSE, language)}"


def block_reply(category: Category, language: str = "en") -> str:
    """The reply to blocked input; never repeats the input or names what matched."""
    if category is Category.SELF_HARM:
        return support_reply(language)
    if category is Category.ILLEGAL:
        return _pick(_ILLEGAL, language)
    return _pick(_BLOCK, language)


def check_in_reply(language: str = "en") -> str:
    """The calm, out-of-scene check-in sent when the user says their safeword."""
    return _pick(_CHECK_IN, language)
