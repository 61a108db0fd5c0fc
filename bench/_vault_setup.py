"""Shared set-up for the vault benchmarks: a migrated database and a runtime, on SQLite in a
temporary directory or on PostgreSQL (a fresh database created and dropped per run)."""

from __future__ import annotations

import sys
import tempfile
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT))

from sqlalchemy import create_engine, text  # noqa: E402
from sqlalchemy.engine import make_url  # noqa: E402

from veil.config import Settings  # noqa: E402
from veil.runtime import Runtime, build  # noqa: E402
from veil.store import schema  # noqa: E402
from veil.store.session import create_db_engine  # noqa: E402


@contextmanager
def bench_runtime(pg_url: str | None = None, **settings: object) -> Iterator[Runtime]:
    with tempfile.TemporaryDirectory() as tmp:
        data_dir = Path(tmp) / "var"
        if pg_url:
            name = f"veil_bench_{uuid.uuid4().hex[:10]}"
            admin = create_engine(make_url(pg_url).set(database="postgres"),
                                  isolation_level="AUTOCOMMIT")  # fmt: skip
            with admin.connect() as conn:
                conn.execute(text(f'CREATE DATABASE "{name}"'))
            url = make_url(pg_url).set(database=name).render_as_string(hide_password=False)
        else:
            url = f"sqlite:///{data_dir / 'veil.db'}"
            data_dir.mkdir(mode=0o700)
        engine = create_db_engine(url)
        schema.upgrade(engine)
        engine.dispose()
        runtime = build(Settings(data_dir=data_dir, database={"url": url}, **settings))
        runtime.keys.ensure_key()
        try:
            yield runtime
        finally:
            runtime.close()
            if pg_url:
                with admin.connect() as conn:
                    conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
                admin.dispose()
