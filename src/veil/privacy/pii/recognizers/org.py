"""Employers and schools: after a cue ("i work at …", "ich arbeite bei …", "je travaille chez …",
"trabajo en …", "lavoro presso …", "i study at …") and names with a legal or school suffix."""

from __future__ import annotations

import re
from typing import ClassVar

from veil.domain.pii import Entity, EntityType
from veil.privacy.pii.language import split_words
from veil.privacy.pii.lexicon import is_common
from veil.privacy.pii.recognizers.base import TextView

_CUE = re.compile(
    r"\b(?:i work at|i work for|work at|working at|works at|work for|working for|employed at|"
    r"employed by|intern at|interning at|job at|i study at|studying at|student at|i teach at|"
    r"i go to|go to school at|ich arbeite bei|arbeite bei|ich arbeite für|arbeite für|"
    r"ich studiere an der|studiere an der|ich studiere in|je travaille chez|je travaille à|"
    r"je travaille pour|travaille chez|j'étudie à|j’étudie à|trabajo en|trabajo para|"
    r"estudio en|lavoro presso|lavoro per|lavoro da|lavoro alla|lavoro al|studio all'|"
    r"studio alla|studio a|fired from|laid off from|new job at|started at|starting at|"
    r"hired at|hired by|got a job at|hab bei|habe bei|angefangen bei|commencé chez|"
    r"trabajar en|trabajar para|trabajando en|lavorare da|lavorare per|lavorare presso)\s+"
    r"(?:the\s+|die\s+|der\s+|la\s+|le\s+|el\s+|il\s+|l')?"
)
_TOKEN = re.compile(r"[^\W_][\w&'’.-]*")
_CONNECTORS = frozenset({"of", "de", "du", "des", "di", "del", "della", "&", "and", "für", "la"})
_SCHOOL = frozenset(
    split_words(
        "school high university uni college academy institute hospital bank gmbh inc llc ltd ag "
        "corp co sa srl spa universität hochschule gymnasium université lycée collège universidad "
        "colegio instituto università liceo"
    )
)
_SUFFIXED = re.compile(
    r"\b(?:[A-Z][\w&'-]+\s+){1,3}(?:Inc|LLC|Ltd|GmbH|AG|SA|SRL|SpA|Corp|Corporation|"
    r"University|College|Academy|High School|Hospital|Bank|Universität|Hochschule|Gymnasium)\b\.?"
    r"|\b(?:University|Universität|Université|Universidad|Università) (?:of|de|di|degli|del)\s"
    r"[A-Z][\w-]+(?:\s[A-Z][\w-]+)?"
)
_GENERIC = frozenset(
    split_words(
        "hospital bar restaurant school office store shop cafe café factory warehouse gym mall "
        "night nights weekends weekend home work job company startup firm agency clinic hotel "
        "uni university college moment minute same"
    )
)
_MAX_WORDS = 4


class OrganizationRecognizer:
    name: ClassVar[str] = "org"
    entity_types: ClassVar[frozenset[EntityType]] = frozenset({EntityType.ORGANIZATION})

    def analyze(self, view: TextView) -> list[Entity]:
        found = [
            Entity(*m.span(), EntityType.ORGANIZATION, 0.7, self.name)
            for m in _SUFFIXED.finditer(view.text)
        ]
        for match in _CUE.finditer(view.lower):
            end = self._name_end(view, match.end(), go_to=match.group(0).strip() == "i go to")
            if end is not None:
                found.append(Entity(match.end(), end, EntityType.ORGANIZATION, 0.8, self.name))
        return found

    def _name_end(self, view: TextView, start: int, *, go_to: bool) -> int | None:
        """End of the organisation name that starts at ``start``, or None if there is none."""
        text, lower = view.text, view.lower
        end, words, position = None, 0, start
        capitalised = start < len(text) and text[start].isupper()
        school = False
        while words < _MAX_WORDS:
            token = _TOKEN.match(lower, position)
            if token is None:
                break
            word = token.group(0).rstrip(".")
            original = text[token.start()]
            if words and word in _CONNECTORS and capitalised:
                position = self._skip_space(lower, token.end())
                continue
            if (
                is_common(word)
                and not (capitalised and original.isupper())
                or (words and capitalised and not original.isupper() and word not in _SCHOOL)
            ):
                break
            if not words and word in _GENERIC and not original.isupper():
                break
            school = school or word in _SCHOOL
            end, words = token.start() + len(word), words + 1
            position = self._skip_space(lower, token.end())
            if position == token.end():
                break
        if end is None or (go_to and not (capitalised or school)):
            return None
        return end

    @staticmethod
    def _skip_space(lower: str, position: int) -> int:
        while position < len(lower) and lower[position] == " ":
            position += 1
        return position
