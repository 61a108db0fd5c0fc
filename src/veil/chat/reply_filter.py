"""What stands between the model's deltas and the person: the PII shield's restorer, the
safety ``StreamGuard`` (windows of the output are checked; text is released only once
checked) and the user's hard limits. A reply that crosses either is cut: nothing more is
released, and a short note ends it.
"""

from __future__ import annotations

from veil.chat.memory import mentions_limit
from veil.domain.safety import CUT_NOTE, StreamGuard, Verdict
from veil.privacy.pii import Anonymizer

LIMIT_NOTE = "[Reply stopped: it was heading towards one of your limits.]"
LIMIT_WINDOW = 400  # characters of released text re-checked for a limit with each release


class ReplyFilter:
    def __init__(self, pseudonyms: Anonymizer | None, limits: tuple[str, ...]) -> None:
        self._guard = StreamGuard()
        self._restorer = None if pseudonyms is None else pseudonyms.restorer()
        self._limits = limits
        self._parts: list[str] = []
        self.blocked: Verdict | None = None  # the safety verdict that cut the reply
        self.limit_hit = False

    def __repr__(self) -> str:
        return f"ReplyFilter(parts={len(self._parts)}, cut={self.cut})"

    @property
    def cut(self) -> bool:
        return self.blocked is not None or self.limit_hit

    @property
    def note(self) -> str:
        return CUT_NOTE if self.blocked is not None else LIMIT_NOTE

    @property
    def note_delta(self) -> str:
        """The last delta of a cut reply: the note, after a blank line if text was shown."""
        return f"\n\n{self.note}" if self._parts else self.note

    @property
    def text(self) -> str:
        """What the person saw: the released text, and the note if the reply was cut."""
        released = "".join(self._parts)
        return released + self.note_delta if self.cut else released

    def feed(self, delta: str) -> str:
        """Text that may be shown now ("" while held back or once cut)."""
        if self.cut:
            return ""
        text = self._restorer.feed(delta) if self._restorer else delta
        if text and self._guard.feed(text).blocked:
            self.blocked = self._guard.verdict
            return ""
        return self._release()

    def close(self) -> str:
        """The rest, once the model has finished."""
        if self.cut:
            return ""
        tail = self._restorer.finish() if self._restorer else ""
        if tail:
            self._guard.feed(tail)
        verdict = self._guard.close()
        if verdict.blocked:
            self.blocked = verdict
            return ""
        return self._release()

    def _release(self) -> str:
        out = self._guard.release()
        if not out:
            return ""
        if self._limits:
            recent = "".join(self._parts)[-LIMIT_WINDOW:] + out
            if mentions_limit(recent, self._limits):
                self.limit_hit = True
                return ""
        self._parts.append(out)
        return out
