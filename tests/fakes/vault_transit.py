"""A local stand-in for HashiCorp Vault's transit secrets engine, over real HTTP.

No Vault binary is installable from the registries this machine reaches, so the ``vault``
key provider is tested against this server: it speaks the same HTTP API that ``hvac`` calls
(paths, JSON bodies, ``X-Vault-Token``, status codes, ``{"errors": [...]}`` bodies) for the
endpoints Veil uses:

- ``POST /v1/<mount>/keys/<name>`` create, ``GET /v1/<mount>/keys/<name>`` read (404 if absent)
- ``POST /v1/<mount>/keys/<name>/rotate``
- ``POST /v1/<mount>/encrypt|decrypt|rewrap/<name>``: ciphertexts ``vault:v<N>:<base64>``
  where the base64 is nonce (12 bytes) + AES-256-GCM ciphertext and tag, as Vault's
  ``aes256-gcm96`` keys produce
- ``POST /v1/<mount>/hmac/<name>`` (``key_version``, ``algorithm`` sha2-256): ``vault:v<N>:<b64>``

Wrong or missing token: 403 ``permission denied``. Bad ciphertext: 400.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
import re
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

TOKEN = "test-root-token"  # noqa: S105  (a fake server's fake token)
_CIPHERTEXT = re.compile(r"^vault:v([0-9]+):(.+)$")


@dataclass
class TransitKey:
    versions: dict[int, bytes] = field(default_factory=dict)
    key_type: str = "aes256-gcm96"

    def rotate(self) -> int:
        version = max(self.versions, default=0) + 1
        self.versions[version] = os.urandom(32)
        return version

    @property
    def latest(self) -> int:
        return max(self.versions)

    def info(self, name: str) -> dict[str, Any]:
        return {
            "name": name,
            "type": self.key_type,
            "latest_version": self.latest,
            "min_decryption_version": 1,
            "min_encryption_version": 0,
            "deletion_allowed": False,
            "derived": False,
            "exportable": False,
            "keys": {str(v): 1_700_000_000 for v in self.versions},
        }


class _BadRequest(Exception):
    pass


class TransitState:
    """Keys per mount; thread-safe. ``calls`` counts requests per operation (for tests)."""

    def __init__(self, mount: str = "transit") -> None:
        self.mount = mount
        self.keys: dict[str, TransitKey] = {}
        self.calls: dict[str, int] = {}
        self.lock = threading.Lock()

    def encrypt(self, name: str, plaintext: bytes) -> str:
        key = self.keys.setdefault(name, TransitKey())  # transit upserts on encrypt
        if not key.versions:
            key.rotate()
        return self._seal(key, key.latest, plaintext)

    def decrypt(self, name: str, ciphertext: str) -> bytes:
        key = self.keys.get(name)
        if key is None:
            raise _BadRequest("encryption key not found")
        found = _CIPHERTEXT.match(ciphertext)
        if found is None:
            raise _BadRequest("invalid ciphertext: no prefix")
        version = int(found.group(1))
        if version not in key.versions:
            raise _BadRequest("invalid key version")
        try:
            raw = base64.b64decode(found.group(2), validate=True)
            return AESGCM(key.versions[version]).decrypt(raw[:12], raw[12:], None)
        except (InvalidTag, ValueError) as exc:
            raise _BadRequest("cipher: message authentication failed") from exc

    def rewrap(self, name: str, ciphertext: str) -> str:
        plaintext = self.decrypt(name, ciphertext)
        key = self.keys[name]
        return self._seal(key, key.latest, plaintext)

    def hmac(self, name: str, data: bytes, version: int | None) -> str:
        key = self.keys.get(name)
        if key is None:
            raise _BadRequest("HMAC key not found")
        use = version or key.latest
        if use not in key.versions:
            raise _BadRequest("invalid key version")
        digest = hmac.new(key.versions[use], data, hashlib.sha256).digest()
        return f"vault:v{use}:{base64.b64encode(digest).decode()}"

    @staticmethod
    def _seal(key: TransitKey, version: int, plaintext: bytes) -> str:
        nonce = os.urandom(12)
        body = nonce + AESGCM(key.versions[version]).encrypt(nonce, plaintext, None)
        return f"vault:v{version}:{base64.b64encode(body).decode()}"


def _handler(state: TransitState) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args: Any) -> None:  # keep test output quiet
            pass

        def do_GET(self) -> None:
            self._dispatch("GET")

        def do_POST(self) -> None:
            self._dispatch("POST")

        def do_PUT(self) -> None:
            self._dispatch("POST")

        def _dispatch(self, method: str) -> None:
            if self.headers.get("X-Vault-Token") != TOKEN:
                self._reply(403, {"errors": ["permission denied"]})
                return
            length = int(self.headers.get("Content-Length") or 0)
            body = json.loads(self.rfile.read(length) or b"{}") if length else {}
            prefix = f"/v1/{state.mount}/"
            if not self.path.startswith(prefix):
                self._reply(404, {"errors": [f"no handler for route '{self.path}'"]})
                return
            parts = self.path[len(prefix) :].split("/")
            with state.lock:
                state.calls[parts[0]] = state.calls.get(parts[0], 0) + 1
                try:
                    status, payload = _route(state, method, parts, body)
                except _BadRequest as exc:
                    status, payload = 400, {"errors": [str(exc)]}
            self._reply(status, payload)

        def _reply(self, status: int, payload: dict[str, Any] | None) -> None:
            data = b"" if payload is None else json.dumps(payload).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

    return Handler


def _route(
    state: TransitState, method: str, parts: list[str], body: dict[str, Any]
) -> tuple[int, dict[str, Any] | None]:
    if parts[0] == "keys":
        return _key_route(state, method, parts, body)
    return _crypto_route(state, method, parts, body)


def _key_route(
    state: TransitState, method: str, parts: list[str], body: dict[str, Any]
) -> tuple[int, dict[str, Any] | None]:
    match (method, parts):
        case ("GET", ["keys", name]):
            key = state.keys.get(name)
            if key is None:
                return 404, {"errors": []}
            return 200, {"data": key.info(name)}
        case ("POST", ["keys", name]):
            key = state.keys.setdefault(name, TransitKey(key_type=body.get("type", "aes256-gcm96")))
            if not key.versions:
                key.rotate()
            return 200, {"data": key.info(name)}
        case ("POST", ["keys", name, "rotate"]):
            if name not in state.keys:
                return 400, {"errors": ["key not found"]}
            state.keys[name].rotate()
            return 200, {"data": state.keys[name].info(name)}
    return 404, {"errors": ["unsupported path"]}


def _crypto_route(
    state: TransitState, method: str, parts: list[str], body: dict[str, Any]
) -> tuple[int, dict[str, Any] | None]:
    match (method, parts):
        case ("POST", ["encrypt", name]):
            plaintext = base64.b64decode(body["plaintext"])
            ciphertext = state.encrypt(name, plaintext)
            return 200, {"data": {"ciphertext": ciphertext, "key_version": state.keys[name].latest}}
        case ("POST", ["decrypt", name]):
            plaintext = state.decrypt(name, body["ciphertext"])
            return 200, {"data": {"plaintext": base64.b64encode(plaintext).decode()}}
        case ("POST", ["rewrap", name]):
            ciphertext = state.rewrap(name, body["ciphertext"])
            return 200, {"data": {"ciphertext": ciphertext, "key_version": state.keys[name].latest}}
        case ("POST", ["hmac", name]):
            if body.get("algorithm", "sha2-256") != "sha2-256":
                raise _BadRequest("unsupported algorithm")
            digest = state.hmac(name, base64.b64decode(body["input"]), body.get("key_version"))
            return 200, {"data": {"hmac": digest}}
    return 404, {"errors": ["unsupported path"]}


@dataclass
class RunningTransit:
    url: str
    state: TransitState
    server: ThreadingHTTPServer


@contextmanager
def serve_transit(mount: str = "transit") -> Iterator[RunningTransit]:
    """Run the stand-in on a free port of 127.0.0.1 for the duration of the block."""
    state = TransitState(mount)
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(state))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield RunningTransit(f"http://127.0.0.1:{server.server_address[1]}", state, server)
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


def vault_options(transit: RunningTransit, key_name: str) -> dict[str, Any]:
    """``keys.vault`` settings pointing at the stand-in (one key name per test)."""
    return {"url": transit.url, "token": TOKEN, "key_name": key_name, "timeout_seconds": 5.0}
