"""Generate the PII engine's frequency word lists from the ``wordfreq`` package.

The engine reads ``src/veil/privacy/pii/data/words-<language>.txt``: the 20,000 most frequent
lower-case alphabetic words of English, German, French, Spanish and Italian, most frequent
first. ``wordfreq`` (57 MB with its dependencies) is needed only to regenerate them, not at run
time, so it is not a Veil dependency::

    .venv/bin/pip install wordfreq==3.1.1
    .venv/bin/python scripts/pii_wordlists.py

wordfreq's data is licensed CC BY-SA 4.0 (its code Apache-2.0); the generated lists carry that
licence, see ``src/veil/privacy/pii/data/README.md``.
"""

from __future__ import annotations

import argparse
import re
from importlib.metadata import version
from pathlib import Path

from wordfreq import top_n_list

LANGUAGES = ("en", "de", "fr", "es", "it")
OUT = Path(__file__).resolve().parent.parent / "src" / "veil" / "privacy" / "pii" / "data"
# Letters only, with an inner apostrophe or hyphen ("aujourd'hui", "peut-être"): numbers,
# emoji and punctuation tokens never reach the name test.
_WORD = re.compile(r"^[^\W\d_]+(?:['’-][^\W\d_]+)*$")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    # The engine reads no further than dictionary.RARE_RANK.
    parser.add_argument("--count", type=int, default=20_000, help="words per language")
    args = parser.parse_args()
    for language in LANGUAGES:
        words: list[str] = []
        for word in top_n_list(language, args.count * 2):
            if _WORD.match(word):
                words.append(word)
            if len(words) == args.count:
                break
        header = f"# wordfreq {version('wordfreq')} top_n_list({language!r}), CC BY-SA 4.0"
        (OUT / f"words-{language}.txt").write_text(
            "\n".join([header, *words]) + "\n", encoding="utf-8"
        )
        print(language, len(words))  # noqa: T201 - a generator script reports what it wrote


if __name__ == "__main__":
    main()
