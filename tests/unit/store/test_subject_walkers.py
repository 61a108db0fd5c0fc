"""Erasure (``store.repos.subject_data``) and restore replay / DEK rotation (``store.subjects``)
each walk the registry for a subject's rows. Until they are one walker, they must agree on
which tables a subject owns, through which column, and which tables outlive erasure:
otherwise a restore could leave rows that erasure deleted."""

from __future__ import annotations

from veil.store.base import Base
from veil.store.registry import DataRegistry
from veil.store.repos.subject_data import subject_tables
from veil.store.subjects import owned_tables


def test_erasure_and_restore_replay_walk_the_same_rows() -> None:
    registry = DataRegistry()
    erased = {
        t.name: set(t.subject_columns) for t in subject_tables(registry) if not t.survives_erasure
    }
    replayed = {
        t.table.name: {t.owner.name}
        for t in owned_tables(registry, Base.metadata)
        if not t.kept_after_erasure
    }
    assert erased == replayed
    assert {t.name for t in subject_tables(registry)} == {
        t.table.name for t in owned_tables(registry, Base.metadata)
    }
