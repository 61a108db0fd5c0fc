from __future__ import annotations

import pytest

from veil.domain import roles
from veil.domain.errors import PermissionDenied
from veil.domain.roles import STAFF_ROLES, Action, Role


def test_every_role_has_a_row() -> None:
    assert set(roles.PERMISSIONS) == set(Role)


def test_every_action_is_granted_to_someone() -> None:
    granted = set().union(*roles.PERMISSIONS.values())
    assert granted == set(Action)


@pytest.mark.parametrize(
    ("role", "action", "expected"),
    [
        (Role.USER, Action.USE_COMPANION, True),
        (Role.USER, Action.VIEW_AUDIT_LOG, False),
        (Role.SUPPORT, Action.CHANGE_ACCOUNT_STATUS, True),
        (Role.SUPPORT, Action.HANDLE_RIGHTS_REQUESTS, False),
        (Role.DPO, Action.HANDLE_RIGHTS_REQUESTS, True),
        (Role.DPO, Action.MANAGE_KEYS, False),
        (Role.ADMIN, Action.MANAGE_STAFF, True),
        (Role.ADMIN, Action.HANDLE_RIGHTS_REQUESTS, False),
    ],
)
def test_the_table(role: Role, action: Action, expected: bool) -> None:
    assert roles.can(role, action) is expected


def test_only_users_use_the_companion() -> None:
    assert all(not roles.can(role, Action.USE_COMPANION) for role in STAFF_ROLES)


def test_require_raises_permission_denied() -> None:
    roles.require(Role.ADMIN, Action.MANAGE_KEYS)
    with pytest.raises(PermissionDenied, match="support role may not manage keys"):
        roles.require(Role.SUPPORT, Action.MANAGE_KEYS)


def test_the_docstring_table_matches_the_code() -> None:
    doc = roles.__doc__ or ""
    columns = [Role.USER, Role.SUPPORT, Role.DPO, Role.ADMIN]
    for action in Action:
        line = next(row for row in doc.splitlines() if row.startswith(action.value + " "))
        marks = line[35:]
        cells = [marks[i * 6 : i * 6 + 6].strip() for i in range(4)]
        expected = ["x" if roles.can(role, action) else "" for role in columns]
        assert cells == expected, action


@pytest.mark.parametrize(
    ("actor", "target", "allowed"),
    [
        (Role.SUPPORT, Role.USER, True),
        (Role.ADMIN, Role.USER, True),
        (Role.ADMIN, Role.SUPPORT, True),
        (Role.ADMIN, Role.ADMIN, True),
        (Role.SUPPORT, Role.SUPPORT, False),
        (Role.SUPPORT, Role.ADMIN, False),
        (Role.DPO, Role.USER, False),
        (Role.USER, Role.USER, False),
    ],
)
def test_who_may_change_whose_status(actor: Role, target: Role, allowed: bool) -> None:
    if allowed:
        roles.require_status_change(actor, target)
    else:
        with pytest.raises(PermissionDenied):
            roles.require_status_change(actor, target)
