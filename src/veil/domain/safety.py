"""The safety policy, applied to what the user writes and to what the model writes.

Always on; not a setting. Pure and standard-library only: rules are data (``safety_lexicon``,
``safety_names``) and this module applies them to normalised text.

A check returns a ``Verdict``: ``ALLOW``, ``BLOCK`` with a ``Category`` and a stable rule id,
or ``SUPPORT`` (self-harm signals in user input: the chat service answers with a supportive
message and crisis resources instead of roleplay). A verdict never carries the text it was
made from, so it can be audited and logged by its codes alone.

Prohibited, in any language or framing the rules recognise:

* ``minors``: sexual content next to a stated age under 18, a child, teen or school word, a
  grade level or age-play that implies a minor; CSAM terms on their own;
* ``real_person``: sexual content about a named acquaintance ("my coworker Jenna"), a
  well-known public figure, deepfakes and "nudes of" someone;
* ``illegal``: instructions for weapons, explosives or drug synthesis, drugging or raping
  someone, trafficking, murder for hire, stalkerware;
* ``self_harm``: in user input a signal for care (``SUPPORT``); in model output,
  encouragement or methods (``BLOCK``).

Model output is checked while it streams with ``StreamGuard``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from veil.domain import safety_lexicon as lx
from veil.domain.safety_names import FIRST_NAMES, PUBLIC_FIGURES
from veil.domain.safety_text import Text as _Text
from veil.domain.safety_text import normalise

__all__ = [
    "ALLOWED",
    "CUT_NOTE",
    "Action",
    "Category",
    "StreamGuard",
    "Verdict",
    "check_input",
    "check_output",
    "normalise",
]


class Action(StrEnum):
    ALLOW = "allow"
    BLOCK = "block"
    SUPPORT = "support"  # answer with care and crisis resources instead of roleplay


class Category(StrEnum):
    MINORS = "minors"
    REAL_PERSON = "real_person"
    ILLEGAL = "illegal"
    SELF_HARM = "self_harm"


@dataclass(frozen=True, slots=True)
class Verdict:
    """The outcome of a check: codes only, never the text or what matched in it."""

    action: Action = Action.ALLOW
    category: Category | None = None
    rule: str = ""

    @property
    def allowed(self) -> bool:
        return self.action is Action.ALLOW

    @property
    def blocked(self) -> bool:
        return self.action is Action.BLOCK

    @property
    def code(self) -> str:
        """``allowed`` or the category code: what an audit event may record."""
        return self.category.value if self.category else "allowed"


ALLOWED = Verdict()
CUT_NOTE = "[Reply stopped: it went somewhere Veil's safety policy does not allow.]"

# ---------------------------------------------------------------------------------------------
# Signals
# ---------------------------------------------------------------------------------------------


def _rx(source: str) -> re.Pattern[str]:
    # One leading \b for the whole alternation: the engine then tries the alternatives only
    # at word starts, which is most of the speed of these patterns.
    return re.compile(rf"\b(?:{source})", re.VERBOSE)


_SEXUAL_RX = _rx(lx.SEXUAL_PHRASES)
_CSAM_RX = _rx(lx.CSAM_PHRASES)
_MINOR_DIGIT_RX = _rx(lx.MINOR_DIGIT_PHRASES)
_MINOR_WORD_RULES = tuple((gate, _rx(source)) for gate, source in lx.MINOR_WORD_RULES)
_DIGIT = re.compile(r"\d")
_SCHOOL_RX = _rx(lx.SCHOOL_PHRASES)
_LONG_AGO_RX = _rx(lx.SCHOOL_LONG_AGO)
_FAMILY_RX = _rx(lx.FAMILY_NEUTRAL)
_DEEPFAKE_RX = _rx(lx.DEEPFAKE_PHRASES)
_FIGURES_RX = re.compile(r"\b(?:" + "|".join(map(re.escape, PUBLIC_FIGURES)) + r")\b")
_RELATION_RX = _rx(
    rf"\b(?:my|our|his|her|mein|meine|meinem|meinen|ma|mon|mi|mis|la\ mia|il\ mio|mia|mio)\ "
    rf"(?:{lx.RELATIONS})\ (?:named\ |called\ )?([a-z]+)\b"
)
_DEEPFAKE_REQUEST_RX = _rx(lx.DEEPFAKE_REQUEST)
_WEAPON_RX = _rx(lx.WEAPON_REQUEST)
_DRUG_RX = _rx(lx.DRUG_REQUEST)
_NONCONSENT_RX = _rx(lx.NONCONSENT_PHRASES)
_NONCONSENT_SEXUAL_RX = _rx(lx.NONCONSENT_SEXUAL)
_TRAFFICKING_RX = _rx(lx.TRAFFICKING_PHRASES)
_VIOLENCE_RX = _rx(lx.VIOLENCE_PHRASES)
_SELF_HARM_RX = _rx(lx.SELF_HARM_PHRASES)
_ENCOURAGE_RX = _rx(lx.SELF_HARM_ENCOURAGEMENT)
_NEAR = 60  # characters either side of a name in which sexual content counts as "about" it


def _sexual(t: _Text) -> bool:
    if t.has(lx.SEXUAL_WORDS) or any(tok.startswith(lx.SEXUAL_STEMS) for tok in t.tokens):
        return True
    return t.has(lx.SEXUAL_GATE) and _SEXUAL_RX.search(t.text) is not None


def _sexual_near(t: _Text, start: int, end: int) -> bool:
    return _sexual(_Text.of(t.text[max(0, start - _NEAR) : end + _NEAR]))


def _minors(t: _Text) -> str:
    """Rule id if the (already sexual) text involves a minor, else ``""``."""
    t = t.without(_FAMILY_RX)
    if t.has(lx.MINOR_WORDS):
        return "minors.child_terms"
    if _DIGIT.search(t.text) and _MINOR_DIGIT_RX.search(t.text):
        return "minors.age_or_grade"
    for gate, pattern in _MINOR_WORD_RULES:
        if t.has(gate) and pattern.search(t.text):
            return "minors.age_or_grade"
    if _SCHOOL_RX.search(t.text) and not _LONG_AGO_RX.search(t.text):
        return "minors.school"
    return ""


def _real_person(t: _Text, sexual: bool) -> str:
    if t.has(lx.DEEPFAKE_GATE) and _DEEPFAKE_REQUEST_RX.search(t.text):
        return "real_person.deepfake"
    if not sexual:
        return ""
    if t.has(lx.DEEPFAKE_WORDS) or _DEEPFAKE_RX.search(t.text):
        return "real_person.deepfake"
    for match in _FIGURES_RX.finditer(t.text):
        if _sexual_near(t, match.start(), match.end()):
            return "real_person.public_figure"
    for match in _RELATION_RX.finditer(t.text):
        if match.group(1) in FIRST_NAMES and _sexual_near(t, match.start(), match.end()):
            return "real_person.named_acquaintance"
    return ""


def _illegal(t: _Text, sexual: bool) -> str:
    if t.has(lx.WEAPON_WORDS) and _WEAPON_RX.search(t.text):
        return "illegal.weapons"
    if t.has(lx.DRUG_WORDS) and _DRUG_RX.search(t.text):
        return "illegal.drugs"
    if t.has(lx.NONCONSENT_WORDS) and _NONCONSENT_RX.search(t.text):
        return "illegal.nonconsent"
    if sexual and _NONCONSENT_SEXUAL_RX.search(t.text):
        return "illegal.nonconsent"
    if t.has(lx.TRAFFICKING_WORDS) and _TRAFFICKING_RX.search(t.text):
        return "illegal.trafficking"
    if t.has(lx.VIOLENCE_WORDS) and _VIOLENCE_RX.search(t.text):
        return "illegal.violence"
    return ""


def _prohibited(t: _Text) -> Verdict:
    if t.has(lx.CSAM_WORDS) or _CSAM_RX.search(t.text):
        return Verdict(Action.BLOCK, Category.MINORS, "minors.csam_terms")
    sexual = _sexual(t)
    if sexual and (rule := _minors(t)):
        return Verdict(Action.BLOCK, Category.MINORS, rule)
    if rule := _real_person(t, sexual):
        return Verdict(Action.BLOCK, Category.REAL_PERSON, rule)
    if rule := _illegal(t, sexual):
        return Verdict(Action.BLOCK, Category.ILLEGAL, rule)
    return ALLOWED


def _self_harm(t: _Text) -> bool:
    return t.has(lx.SELF_HARM_WORDS) and _SELF_HARM_RX.search(t.text) is not None


def check_input(text: str) -> Verdict:
    """Check a user's message.

    Self-harm signals come first: whatever else the message says, the person gets care
    (``SUPPORT``), which produces no roleplay either.
    """
    t = _Text.of(text)
    if _self_harm(t):
        return Verdict(Action.SUPPORT, Category.SELF_HARM, "self_harm.signal")
    return _prohibited(t)


def check_output(text: str) -> Verdict:
    """Check model output: the prohibited categories plus self-harm encouragement."""
    t = _Text.of(text)
    if _ENCOURAGE_RX.search(t.text):
        return Verdict(Action.BLOCK, Category.SELF_HARM, "self_harm.encouragement")
    return _prohibited(t)


# ---------------------------------------------------------------------------------------------
# Streaming
# ---------------------------------------------------------------------------------------------
_BOUNDARY = re.compile(r"[\s.!?,;:]")


class StreamGuard:
    """Check a streamed reply in overlapping windows, so a stream that crosses the line is cut.

    ``feed(delta)`` appends a delta and, when a word boundary has arrived or ``every``
    characters went unchecked, re-checks the last ``window`` characters plus the new text.
    Once a check blocks, the guard stays blocked: the caller stops relaying and sends
    ``CUT_NOTE``. ``release()`` returns the text checked and allowed so far and not yet
    released, minus the last ``holdback`` characters (so a phrase split across deltas is
    complete before any of it leaves); a caller that relays only released text never
    forwards unchecked words.
    ``close()`` checks whatever is still pending at the end of the stream.
    """

    def __init__(self, *, window: int = 200, every: int = 48, holdback: int = 32) -> None:
        if window < 20 or every < 1 or not 0 <= holdback < window:
            raise ValueError("window must be >= 20, every >= 1 and 0 <= holdback < window")
        self._window = window
        self._every = every
        self._holdback = holdback
        self._text = ""
        self._checked = 0  # characters of _text covered by a check
        self._released = 0
        self._closed = False
        self.verdict = ALLOWED
        self.cut_note = CUT_NOTE

    def __repr__(self) -> str:
        return f"StreamGuard(chars={len(self._text)}, verdict={self.verdict.code})"

    def feed(self, delta: str) -> Verdict:
        if not self.verdict.blocked:
            self._text += delta
            due = len(self._text) - self._checked >= self._every
            if due or _BOUNDARY.search(delta):
                self._check()
        return self.verdict

    def close(self) -> Verdict:
        if not self.verdict.blocked and self._checked < len(self._text):
            self._check()
        self._closed = True
        return self.verdict

    def release(self) -> str:
        if self.verdict.blocked:
            return ""
        end = self._checked
        if not self._closed:
            # Hold back the tail: a phrase that spans deltas ("kill your" + "self") is only
            # complete, and checkable, once the next words arrive.
            limit = max(self._released, end - self._holdback)
            boundary = max(self._text.rfind(c, self._released, limit) for c in " \n.!?,;:")
            end = boundary + 1 if boundary >= 0 else self._released
        out = self._text[self._released : end]
        self._released = end
        return out

    def _check(self) -> None:
        start = max(0, self._checked - self._window)
        if start:
            space = self._text.find(" ", start)
            start = space + 1 if 0 <= space < self._checked else start
        self._checked = len(self._text)
        verdict = check_output(self._text[start:])
        if verdict.blocked:
            self.verdict = verdict
