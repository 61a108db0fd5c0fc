"""Per-field seal and open through the sealer with the subject's DEK cached (cache hit).

What a repository pays per sealed field inside a unit of work once the subject's key has been
read: AAD construction (registry check), the DEK cache lookup, AES-256-GCM. Also the raw
``aead.seal``/``unseal`` floor. Field size 256 bytes (a typical chat message); SQLite.

Usage: .venv/bin/python bench/envelope.py [--rounds 20000] [--size 256]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
import uuid
from pathlib import Path

sys.path[:0] = [str(Path(__file__).resolve().parent), str(Path(__file__).resolve().parents[1])]

from tests.scratch import SCRATCH_REGISTRY, ScratchNote  # noqa: E402

from _vault_setup import bench_runtime  # noqa: E402
from veil.crypto import aead  # noqa: E402
from veil.store.sealed import SealerFactory  # noqa: E402


def per_call_us(fn: object, rounds: int, repeats: int = 5) -> float:
    samples = []
    for _ in range(repeats):
        start = time.perf_counter()
        for _ in range(rounds):
            fn()  # type: ignore[operator]
        samples.append((time.perf_counter() - start) / rounds * 1e6)
    return statistics.median(samples)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=20_000)
    parser.add_argument("--size", type=int, default=256)
    args = parser.parse_args()
    plaintext = b"x" * args.size
    with bench_runtime() as runtime:
        sealers = SealerFactory(runtime.envelope, runtime.blind_index, SCRATCH_REGISTRY)
        subject, row = uuid.uuid4(), uuid.uuid4()
        with runtime.database.unit_of_work() as session:
            sealer = sealers(session)
            blob = sealer.seal(subject, ScratchNote.body, row, plaintext)  # creates + caches DEK
            seal = per_call_us(lambda: sealer.seal(subject, ScratchNote.body, row, plaintext),
                               args.rounds)  # fmt: skip
            unseal = per_call_us(lambda: sealer.open(subject, ScratchNote.body, row, blob),
                                 args.rounds)  # fmt: skip
        key, aad = aead.new_key(), aead.associated_data(str(subject), "t", "c", str(row))
        raw = aead.seal(key, plaintext, aad, key_id=1)
        raw_seal = per_call_us(lambda: aead.seal(key, plaintext, aad, key_id=1), args.rounds)
        raw_open = per_call_us(lambda: aead.unseal(key, raw, aad), args.rounds)
    print(f"field size {args.size} B, {args.rounds} rounds x 5, median per call")
    print(f"sealer.seal (DEK cache hit): {seal:6.2f} us   target < 20 us")
    print(f"sealer.open (DEK cache hit): {unseal:6.2f} us   target < 20 us")
    print(f"aead.seal (floor):           {raw_seal:6.2f} us")
    print(f"aead.unseal (floor):         {raw_open:6.2f} us")


if __name__ == "__main__":
    main()
