"""Roles and the one table that says which role may do what.

Every permission check in Veil goes through ``can`` or ``require`` with an ``Action`` from
this module; no service compares role names itself. Staff roles see what their job needs and
no more: none of them can read another person's conversations, and nobody but the person can
act on their own account settings and consents.

=================================  ====  =======  ===  =====
action                             user  support  dpo  admin
=================================  ====  =======  ===  =====
use_companion                       x
manage_own_account                  x       x      x     x
view_account_status                         x      x     x
change_account_status                       x            x
handle_rights_requests                             x
view_rights_requests                               x     x
view_audit_log                                     x     x
manage_incidents                                   x     x
generate_reports                                   x     x
export_training_data                                     x
manage_keys                                              x
manage_staff                                             x
configure_platform                                       x
=================================  ====  =======  ===  =====
"""

from __future__ import annotations

from enum import StrEnum

from veil.domain.errors import PermissionDenied


class Role(StrEnum):
    USER = "user"
    SUPPORT = "support"
    DPO = "dpo"
    ADMIN = "admin"


STAFF_ROLES = frozenset({Role.SUPPORT, Role.DPO, Role.ADMIN})


class Action(StrEnum):
    USE_COMPANION = "use_companion"
    MANAGE_OWN_ACCOUNT = "manage_own_account"
    VIEW_ACCOUNT_STATUS = "view_account_status"
    CHANGE_ACCOUNT_STATUS = "change_account_status"
    HANDLE_RIGHTS_REQUESTS = "handle_rights_requests"
    VIEW_RIGHTS_REQUESTS = "view_rights_requests"  # the register's metadata, never content
    VIEW_AUDIT_LOG = "view_audit_log"
    MANAGE_INCIDENTS = "manage_incidents"
    GENERATE_REPORTS = "generate_reports"
    EXPORT_TRAINING_DATA = "export_training_data"
    MANAGE_KEYS = "manage_keys"
    MANAGE_STAFF = "manage_staff"
    CONFIGURE_PLATFORM = "configure_platform"


PERMISSIONS: dict[Role, frozenset[Action]] = {
    Role.USER: frozenset({Action.USE_COMPANION, Action.MANAGE_OWN_ACCOUNT}),
    Role.SUPPORT: frozenset(
        {Action.MANAGE_OWN_ACCOUNT, Action.VIEW_ACCOUNT_STATUS, Action.CHANGE_ACCOUNT_STATUS}
    ),
    Role.DPO: frozenset(
        {
            Action.MANAGE_OWN_ACCOUNT,
            Action.VIEW_ACCOUNT_STATUS,
            Action.HANDLE_RIGHTS_REQUESTS,
            Action.VIEW_RIGHTS_REQUESTS,
            Action.VIEW_AUDIT_LOG,
            Action.MANAGE_INCIDENTS,
            Action.GENERATE_REPORTS,
        }
    ),
    Role.ADMIN: frozenset(
        {
            Action.MANAGE_OWN_ACCOUNT,
            Action.VIEW_ACCOUNT_STATUS,
            Action.CHANGE_ACCOUNT_STATUS,
            Action.VIEW_RIGHTS_REQUESTS,
            Action.VIEW_AUDIT_LOG,
            Action.MANAGE_INCIDENTS,
            Action.GENERATE_REPORTS,
            Action.EXPORT_TRAINING_DATA,
            Action.MANAGE_KEYS,
            Action.MANAGE_STAFF,
            Action.CONFIGURE_PLATFORM,
        }
    ),
}


def can(role: Role, action: Action) -> bool:
    """True when ``role`` may perform ``action``."""
    return action in PERMISSIONS[role]


def require(role: Role, action: Action) -> None:
    """Raise ``PermissionDenied`` unless ``role`` may perform ``action``."""
    if not can(role, action):
        raise PermissionDenied(f"the {role.value} role may not {action.value.replace('_', ' ')}")


def require_status_change(actor: Role, target: Role) -> None:
    """Raise ``PermissionDenied`` unless ``actor`` may suspend or reactivate an account of
    role ``target``: ``change_account_status``, and for a staff account ``manage_staff``
    (admins only), so a support agent cannot lock out the people who oversee them."""
    require(actor, Action.CHANGE_ACCOUNT_STATUS)
    if target is not Role.USER and not can(actor, Action.MANAGE_STAFF):
        raise PermissionDenied("only an admin may change a staff account's status")
