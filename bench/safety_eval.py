"""Safety policy: recall on the prohibited set, false positives on ordinary chat, throughput.

Usage: .venv/bin/python bench/safety_eval.py [--seconds 3]
"""

from __future__ import annotations

import argparse
import platform
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.data.safety_cases import BENIGN, PROHIBITED, SELF_HARM  # noqa: E402

from veil.domain.safety import StreamGuard, check_input, check_output  # noqa: E402


def _quality() -> None:
    caught: Counter[str] = Counter()
    total: Counter[str] = Counter()
    for text, category in PROHIBITED:
        total[category] += 1
        caught[category] += check_input(text).code == category
    for category in sorted(total):
        print(f"prohibited {category:12s} blocked {caught[category]}/{total[category]}")
    support = sum(check_input(text).code == "self_harm" for text in SELF_HARM)
    print(f"self-harm signals     supported {support}/{len(SELF_HARM)}")
    flagged = sum(not check_input(text).allowed for text in BENIGN)
    print(f"benign                flagged {flagged}/{len(BENIGN)} = {flagged / len(BENIGN):.2%}")


def _rate(label: str, func: object, messages: list[str], seconds: float) -> None:
    assert callable(func)
    # CPU time of this process: one core's throughput, robust to other load on the machine.
    count, start = 0, time.process_time()
    while time.process_time() - start < seconds:
        for text in messages:
            func(text)
        count += len(messages)
    elapsed = time.process_time() - start
    chars = sum(map(len, messages)) / len(messages)
    print(f"{label:22s} {count / elapsed:10,.0f} msgs/s  (mean {chars:.0f} chars/msg)")


def _stream_rate(seconds: float) -> None:
    reply = " ".join(BENIGN[:40])  # a long, clean reply
    chars, start = 0, time.process_time()
    while time.process_time() - start < seconds:
        guard = StreamGuard()
        for i in range(0, len(reply), 4):  # 4-char deltas, like model tokens
            guard.feed(reply[i : i + 4])
            guard.release()
        guard.close()
        chars += len(reply)
    elapsed = time.process_time() - start
    print(f"{'stream guard':22s} {chars / elapsed:10,.0f} chars/s (4-char deltas, window 200)")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seconds", type=float, default=3.0)
    args = parser.parse_args()
    print(
        f"python {platform.python_version()} on {platform.machine()}; rates are per core (CPU time)"
    )
    _quality()
    mixed = [text for text, _ in PROHIBITED] + list(BENIGN) + list(SELF_HARM)
    _rate("check_input (mixed)", check_input, mixed, args.seconds)
    _rate("check_input (benign)", check_input, list(BENIGN), args.seconds)
    longer = [" ".join(BENIGN[i : i + 6]) for i in range(0, len(BENIGN) - 6, 6)]
    _rate("check_input (longer)", check_input, longer, args.seconds)
    _rate("check_output (mixed)", check_output, mixed, args.seconds)
    _stream_rate(args.seconds)


if __name__ == "__main__":
    main()
