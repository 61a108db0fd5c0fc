"""A Veil API server (or the OpenAI stand-in) in its own process, for bench/chat_api.py.

    python bench/chat_server.py veil PORT DATA_DIR [--upstream URL] [--word-delay S]
                                [--shield auto|on|off]
    python bench/chat_server.py stand-in PORT [--token-delay S]

``veil`` runs the real app (SQLite in DATA_DIR, the built-in engine, or the ``openai``
backend when ``--upstream`` is given). The caller is a Bearer token holding a subject id and
every consent is granted (a bench-only override, as in the API tests), so the figures
include the sealed storage of every turn.
"""

from __future__ import annotations

import argparse
import sys
import uuid
from pathlib import Path

import uvicorn
from fastapi import Request

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "src")]

from tests.fakes.openai_server import FakeOpenAIServer  # noqa: E402

from veil.api.app import create_app  # noqa: E402
from veil.api.chat_deps import current_subject  # noqa: E402
from veil.chat.ports import ChatStorage  # noqa: E402
from veil.chat.wiring import build_chat  # noqa: E402
from veil.config import Settings  # noqa: E402
from veil.domain.errors import AuthenticationRequired  # noqa: E402
from veil.domain.purposes import Purpose  # noqa: E402
from veil.runtime import Runtime, build  # noqa: E402
from veil.store import schema  # noqa: E402


class AllowAll:
    def live_in(self, session: object, subject: uuid.UUID) -> dict[Purpose, bool]:
        return dict.fromkeys(Purpose, True)

    def require_purpose(self, subject: uuid.UUID, purpose: Purpose) -> None:
        return None


async def bearer_subject(request: Request) -> uuid.UUID:
    scheme, _, value = request.headers.get("authorization", "").partition(" ")
    try:
        return uuid.UUID(value)
    except ValueError as exc:
        raise AuthenticationRequired("sign in") from exc


def veil_runtime(
    data_dir: Path, upstream: str | None, word_delay: float, shield: str = "off"
) -> Runtime:
    llm: dict[str, object] = {"backend": "builtin", "builtin": {"delay_seconds": word_delay}}
    if upstream:
        llm = {"backend": "openai", "openai": {"base_url": upstream, "model": "stand-in"}}
    settings = Settings(
        data_dir=data_dir,
        environment="production",
        database={"url": f"sqlite:///{data_dir / 'veil.db'}"},
        llm=llm,
        chat={"pii_shield": shield},
    )
    runtime = build(settings)
    schema.upgrade(runtime.database.engine)
    runtime.keys.ensure_key()
    storage = ChatStorage(runtime.database, runtime.sealers, runtime.audit, AllowAll())
    runtime.chat = build_chat(storage, runtime.llm, settings=settings.chat)
    return runtime


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("what", choices=["veil", "stand-in"])
    parser.add_argument("port", type=int)
    parser.add_argument("data_dir", nargs="?", type=Path)
    parser.add_argument("--upstream")
    parser.add_argument("--word-delay", type=float, default=0.0)
    parser.add_argument("--token-delay", type=float, default=0.0)
    parser.add_argument("--shield", choices=["auto", "on", "off"], default="off")
    args = parser.parse_args()
    if args.what == "stand-in":
        server = FakeOpenAIServer()
        server.behaviour.token_delay = args.token_delay
        server.behaviour.reply = (
            "Hello there, I am the stand-in model, and this reply is long enough to stream "
            "in a good number of small pieces, the way a real model would send it."
        )
        app = server.app()
    else:
        runtime = veil_runtime(args.data_dir, args.upstream, args.word_delay, args.shield)
        app = create_app(runtime)
        app.dependency_overrides[current_subject] = bearer_subject
    uvicorn.run(app, host="127.0.0.1", port=args.port, log_level="warning", access_log=False)


if __name__ == "__main__":
    main()
