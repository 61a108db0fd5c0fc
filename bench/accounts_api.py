"""Accounts and consent figures for bench/RESULTS.md.

1. Argon2id cost of the production parameters (hash and verify).
2. p50/p99 of the account and consent endpoints on SQLite, in-process (ASGI TestClient,
   Bearer token, production Argon2id), sign-up and sign-in listed apart (Argon2id-bound).
3. Throttling under attack: a real uvicorn server on 127.0.0.1; an attacker bound to
   127.0.0.2 sends 1,000 rapid wrong sign-ins while a user on 127.0.0.3 signs in normally;
   the user's sign-in latency is compared with the same sign-ins without the attack. By
   default the server and the attacker each run in their own process (``--attack-in
   process``); ``thread`` is the earlier harness (server and attacker in threads of this
   process, sharing its GIL with the user's client); ``both`` runs the two in turn.

Run: .venv/bin/python bench/accounts_api.py [--samples 300] [--attempts 1000]
     [--attack-in process|thread|both] [--only endpoints|attack] [--pin]

``--pin`` (process harness) gives the server CPU 1 and puts the attacker and the user's
client on CPU 0: on a 2-core box the attacking client otherwise competes for the server's
CPU, which a remote attacker would not.
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import queue
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import uvicorn
from fastapi.testclient import TestClient

from veil.accounts.passwords import ARGON2ID, PassphraseHasher
from veil.api.app import create_app
from veil.config import Settings
from veil.domain.consent import ConsentMethod
from veil.domain.purposes import Purpose
from veil.runtime import Runtime, build
from veil.store import schema

GOOD = "velvet otter sings at dawn"
NO = {"service": False, "personalization": False, "analytics": False, "model_training": False}


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def fmt(values: list[float]) -> str:
    return f"p50 {pct(values, 0.5):7.2f} ms   p99 {pct(values, 0.99):7.2f} ms   n={len(values)}"


def timed(call: Callable[[], Any], n: int) -> list[float]:
    samples = []
    for _ in range(n):
        started = time.perf_counter()
        call()
        samples.append((time.perf_counter() - started) * 1000)
    return samples


def make_runtime(data_dir: Path) -> Runtime:
    # Default limits, except sign-ups: the bench creates more accounts from one address.
    limits = {"signup_per_address": 1000}
    runtime = build(
        Settings(data_dir=data_dir, environment="production", accounts={"rate_limit": limits})
    )
    schema.upgrade(runtime.database.engine)
    runtime.keys.ensure_key()
    return runtime


def argon2_cost(n: int) -> None:
    hasher = PassphraseHasher()
    stored = hasher.hash(GOOD)
    p = ARGON2ID
    print(f"argon2id t={p.time_cost} m={p.memory_cost_kib} KiB p={p.parallelism}")
    print(f"  hash            {fmt(timed(lambda: hasher.hash(GOOD), n))}")
    print(f"  verify (match)  {fmt(timed(lambda: hasher.verify(stored, GOOD), n))}")
    print(f"  verify (wrong)  {fmt(timed(lambda: hasher.verify(stored, 'x' * 20), n))}")
    print(f"  verify (no acc) {fmt(timed(lambda: hasher.verify(None, GOOD), n))}")


def expect(response: httpx.Response, *statuses: int) -> httpx.Response:
    if response.status_code not in statuses:
        raise SystemExit(f"unexpected {response.status_code}: {response.text[:200]}")
    return response


def endpoint_latencies(data_dir: Path, n: int) -> None:
    runtime = make_runtime(data_dir)
    with TestClient(create_app(runtime)) as client:
        _endpoints(runtime, client, n)
    runtime.close()


def _endpoints(runtime: Runtime, client: TestClient, n: int) -> None:
    signups = []
    tokens: dict[int, str] = {}
    for index in range(20):
        started = time.perf_counter()
        expect(
            client.post(
                "/api/v1/accounts",
                json={
                    "username": f"bench_{index}",
                    "passphrase": GOOD,
                    "adult": True,
                    "consents": NO,
                },
            ),
            201,
        )
        signups.append((time.perf_counter() - started) * 1000)
    logins = []
    for index in range(20):
        started = time.perf_counter()
        body = {"username": f"bench_{index % 3}", "passphrase": GOOD}
        tokens[index % 3] = expect(client.post("/api/v1/sessions", json=body), 201).json()["token"]
        logins.append((time.perf_counter() - started) * 1000)
    token = tokens[0]
    # bench_0 stays a typical account (4 consent events, one session) for the read rows;
    # bench_1 takes the consent toggles and bench_2 the token churn, and are read once grown.
    auth, toggler, churner = ({"Authorization": f"Bearer {tokens[i]}"} for i in range(3))
    print("argon2id-bound (20 each):")
    print(f"  POST   /api/v1/accounts                    {fmt(signups)}")
    print(f"  POST   /api/v1/sessions                    {fmt(logins)}")

    def created_token_id() -> str:
        body = client.post("/api/v1/tokens", json={"name": "bench"}, headers=churner).json()
        return str(body["info"]["id"])

    flip = [False]

    def toggle() -> None:
        flip[0] = not flip[0]
        expect(
            client.post(
                "/api/v1/me/consents/analytics", json={"granted": flip[0]}, headers=toggler
            ),
            200,
        )

    def call(
        method: str, path: str, status: int, body: object = None, headers: Any = auth
    ) -> Callable[[], Any]:
        return lambda: expect(client.request(method, path, json=body, headers=headers), status)

    cases: list[tuple[str, Callable[[], Any] | None]] = [
        ("GET    /healthz (harness floor, no auth)", call("GET", "/healthz", 200)),
        ("GET    /api/v1/me", call("GET", "/api/v1/me", 200)),
        ("GET    /api/v1/me/consents", call("GET", "/api/v1/me/consents", 200)),
        ("POST   /api/v1/me/consents/analytics", toggle),
        ("GET    /api/v1/me/consents/history", call("GET", "/api/v1/me/consents/history", 200)),
        ("GET    /api/v1/me/settings", call("GET", "/api/v1/me/settings", 200)),
        ("PATCH  /api/v1/me/settings",
         call("PATCH", "/api/v1/me/settings", 200, {"retention": 30})),
        ("GET    /api/v1/sessions", call("GET", "/api/v1/sessions", 200)),
        ("POST   /api/v1/tokens", call("POST", "/api/v1/tokens", 201, {"name": "b"}, churner)),
        ("DELETE /api/v1/tokens/{id}", None),
        ("GET    /api/v1/tokens", call("GET", "/api/v1/tokens", 200)),
        ("GET    /api/v1/accounts/username-suggestions",
         call("GET", "/api/v1/accounts/username-suggestions", 200)),
        ("GET    /api/v1/consents/notice", call("GET", "/api/v1/consents/notice", 200)),
        ("GET    /api/v1/me/consents/history*",
         call("GET", "/api/v1/me/consents/history", 200, None, toggler)),
        ("GET    /api/v1/tokens**", call("GET", "/api/v1/tokens", 200, None, churner)),
    ]  # fmt: skip
    print(f"other endpoints (SQLite, in-process, {n} each after 20 warm-up):")
    for label, case in cases:
        if case is None:
            ids = [created_token_id() for _ in range(n + 20)]

            def revoke(ids: list[str] = ids) -> None:
                expect(client.delete(f"/api/v1/tokens/{ids.pop()}", headers=churner), 204)

            samples = timed(revoke, n + 20)[20:]
        else:
            samples = timed(case, n + 20)[20:]
        print(f"  {label:42s} {fmt(samples)}")
    account = runtime.sessions.authenticate(token).account_id
    runtime.consent.set(account, Purpose.SERVICE, True, ConsentMethod.API)
    print("service calls other services make:")
    services: list[tuple[str, Callable[[], Any]]] = [
        (
            "consent.require_purpose",
            lambda: runtime.consent.require_purpose(account, Purpose.SERVICE),
        ),
        ("sessions.authenticate", lambda: runtime.sessions.authenticate(token)),
        ("consent.settings", lambda: runtime.consent.settings(account)),
    ]
    for label, method in services:
        print(f"  {label:42s} {fmt(timed(method, n))}")
    print(f"  * stress: bench_1's ledger after the toggles ({n + 24} events)")
    print(f"  ** stress: bench_2's {n + 20} API tokens, each name decrypted")
    print("  the other rows use bench_0: 4 consent events (+1 toggle by PATCH), 1-2 tokens")


def _pin(cpus: set[int] | None) -> None:
    # --pin: the server gets a core of its own, as if attacker and users were elsewhere
    # (on this 2-core box the attacking client otherwise takes the server's CPU).
    if cpus is not None:
        os.sched_setaffinity(0, cpus)


def _attack(base: str, attempts: int, results: Any, cpus: set[int] | None = None) -> None:
    """The attacker (own process when ``--attack-in process``): back-to-back wrong sign-ins,
    half at one victim username, half at fresh names, from 127.0.0.2."""
    _pin(cpus)
    attacker = httpx.Client(base_url=base, transport=httpx.HTTPTransport(local_address=ATTACKER))
    outcomes: dict[int, int] = {}
    # From the answer to the attacker's last attempt that still cost an Argon2id
    # verification (its last 401): the username limit answers 429 earlier, while attempts
    # at fresh names still reach Argon2id until the address limit is used up.
    last_hash = time.time()
    started = time.perf_counter()
    for index in range(attempts):
        target = "victim_heron" if index % 2 == 0 else f"guess_{index}"
        status = attacker.post(
            "/api/v1/sessions", json={"username": target, "passphrase": f"wrong-{index}"}
        ).status_code
        outcomes[status] = outcomes.get(status, 0) + 1
        if status != 429:
            last_hash = time.time()
    results.put((outcomes, last_hash, time.perf_counter() - started))


ATTACKER = "127.0.0.2"
PINNED = ", server pinned to a core of its own"
_TICKS = os.sysconf("SC_CLK_TCK")


def _cpu_seconds(pid: int) -> float:
    """User + system CPU time of a process so far (Linux ``/proc``)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / _TICKS


def refusal_cpu(pid: int, base: str, attempts: int) -> None:
    """Server CPU per refused sign-in: ``attempts`` more from the blocked address, counted
    in the server process alone (the client's own CPU is not in it)."""
    attacker = httpx.Client(base_url=base, transport=httpx.HTTPTransport(local_address=ATTACKER))
    body = {"username": "victim_heron", "passphrase": "still-wrong"}
    attacker.post("/api/v1/sessions", json=body)
    before, started = _cpu_seconds(pid), time.perf_counter()
    statuses = {attacker.post("/api/v1/sessions", json=body).status_code for _ in range(attempts)}
    cpu, wall = _cpu_seconds(pid) - before, time.perf_counter() - started
    print(
        f"  server CPU per refused sign-in: {cpu / attempts * 1e6:.0f} us "
        f"({attempts} more from the blocked address, statuses {sorted(statuses)}, "
        f"client round trip {wall / attempts * 1000:.2f} ms)"
    )


def _serve(port: int, data_dir: Path, cpus: set[int] | None = None) -> None:
    _pin(cpus)
    runtime = make_runtime(data_dir)
    uvicorn.run(create_app(runtime), host="127.0.0.1", port=port, log_level="warning")


def under_attack(  # noqa: C901, PLR0915  (one scenario, top to bottom)
    data_dir: Path, attempts: int, where: str, *, pin: bool = False
) -> None:
    """``where``: ``process`` runs the server and the attacker each in their own process (the
    whole server path, no GIL shared with the clients); ``thread`` runs the server in a thread
    and the attacker in another thread of this process (the earlier harness)."""
    port = 18765
    base = f"http://127.0.0.1:{port}"
    ctx = multiprocessing.get_context("spawn")
    if where == "process":
        server_cpus, client_cpus = ({1}, {0}) if pin else (None, None)
        _pin(client_cpus)
        server_process = ctx.Process(target=_serve, args=(port, data_dir, server_cpus), daemon=True)
        server_process.start()
        for _ in range(300):
            try:
                httpx.get(base + "/healthz").raise_for_status()
                break
            except httpx.HTTPError:
                time.sleep(0.1)
    else:
        runtime = make_runtime(data_dir)
        server = uvicorn.Server(
            uvicorn.Config(create_app(runtime), host="127.0.0.1", port=port, log_level="warning")
        )
        thread = threading.Thread(target=server.run, daemon=True)
        thread.start()
        while not server.started:
            time.sleep(0.05)

    def client(address: str) -> httpx.Client:
        return httpx.Client(base_url=base, transport=httpx.HTTPTransport(local_address=address))

    user = client("127.0.0.3")
    for name in ("victim_heron", "normal_otter"):
        body = {"username": name, "passphrase": GOOD, "adult": True, "consents": NO}
        expect(client(f"127.0.0.{4 + len(name)}").post("/api/v1/accounts", json=body), 201)

    def user_logins(count: int) -> list[float]:
        samples = []
        for _ in range(count):
            started = time.perf_counter()
            expect(
                user.post(
                    "/api/v1/sessions", json={"username": "normal_otter", "passphrase": GOOD}
                ),
                201,
            )
            samples.append((time.perf_counter() - started) * 1000)
        return samples

    baseline = user_logins(30)
    results: Any = ctx.Queue() if where == "process" else queue.Queue()
    if where == "process":
        worker: Any = ctx.Process(target=_attack, args=(base, attempts, results, client_cpus))
    else:
        worker = threading.Thread(target=_attack, args=(base, attempts, results))
    worker.start()
    during: list[tuple[float, float]] = []
    while worker.is_alive():
        started = time.time()
        during.append((started, user_logins(1)[0]))
    outcomes, last_hash, attack_time = results.get()
    worker.join()
    unblocked = [ms for at, ms in during if at < last_hash]
    blocked = [ms for at, ms in during if at >= last_hash]
    victim = user.post("/api/v1/sessions", json={"username": "victim_heron", "passphrase": GOOD})
    after = user_logins(30)
    if where == "process" and server_process.pid is not None:
        refusal_cpu(server_process.pid, base, attempts)
    print(
        f"throttle ({where} harness{PINNED if pin else ''}): "
        f"{attempts} wrong sign-ins from {ATTACKER} in "
        f"{attack_time:.2f} s ({attempts / attack_time:.0f}/s); "
        f"statuses {dict(sorted(outcomes.items()))}"
    )
    print(f"  argon2id verifications spent on the attacker: {outcomes.get(401, 0)}")
    print(f"  normal user sign-in, no attack     {fmt(baseline)}")
    print(f"  normal user sign-in, during attack {fmt([ms for _, ms in during])}")
    if unblocked:
        print(f"    while the attacker costs hashes  {fmt(unblocked)}")
    if blocked:
        print(f"    once every attempt gets 429      {fmt(blocked)}")
    print(f"  normal user sign-in, after attack  {fmt(after)}")
    print(
        f"  victim's own correct sign-in from 127.0.0.3 after the attack: {victim.status_code}"
        f" (Retry-After {victim.headers.get('retry-after')})"
    )
    if where == "process":
        server_process.terminate()
        server_process.join()
    else:
        server.should_exit = True
        thread.join()
        runtime.close()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--samples", type=int, default=300)
    parser.add_argument("--attempts", type=int, default=1000)
    parser.add_argument(
        "--attack-in", choices=["process", "thread", "both"], default="process",
        help="run the server and the attacker in their own processes, or in threads here",
    )  # fmt: skip
    parser.add_argument("--only", choices=["endpoints", "attack"])
    parser.add_argument(
        "--pin", action="store_true",
        help="process harness: server on CPU 1, attacker and user clients on CPU 0",
    )  # fmt: skip
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        if args.only != "attack":
            argon2_cost(30)
            endpoint_latencies(Path(tmp) / "a", args.samples)
        if args.only != "endpoints":
            harnesses = ["process", "thread"] if args.attack_in == "both" else [args.attack_in]
            for where in harnesses:
                under_attack(Path(tmp) / f"b-{where}", args.attempts, where, pin=args.pin)


if __name__ == "__main__":
    main()
