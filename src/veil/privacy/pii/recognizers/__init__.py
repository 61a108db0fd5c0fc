"""The recognizer port: the Protocol (in :mod:`.base`) and the registry of built-ins.

A recognizer finds one family of entities in a :class:`TextView` and returns
:class:`~veil.domain.pii.Entity` spans. Built-ins are listed in :data:`BUILTIN` (name → factory);
third parties register a factory under the entry-point group ``veil.pii_recognizers``, which is
read only when :func:`load_recognizers` is asked to (by ``runtime.py``). A name that cannot be
loaded is a :class:`~veil.domain.errors.ConfigurationError`: startup fails, nothing is skipped.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from importlib.metadata import entry_points

from veil.domain.errors import ConfigurationError
from veil.privacy.pii.recognizers import (
    address,
    asl,
    card,
    dob_age,
    email,
    handle,
    iban,
    ip,
    location,
    org,
    person,
    phone,
    ssn,
    url,
)
from veil.privacy.pii.recognizers.base import Recognizer, TextView

__all__ = [
    "BUILTIN",
    "ENTRY_POINT_GROUP",
    "Recognizer",
    "RecognizerFactory",
    "TextView",
    "load_recognizers",
]

ENTRY_POINT_GROUP = "veil.pii_recognizers"

RecognizerFactory = Callable[[], Recognizer]

BUILTIN: dict[str, RecognizerFactory] = {
    email.EmailRecognizer.name: email.EmailRecognizer,
    phone.PhoneRecognizer.name: phone.PhoneRecognizer,
    card.CardRecognizer.name: card.CardRecognizer,
    iban.IbanRecognizer.name: iban.IbanRecognizer,
    ssn.SsnRecognizer.name: ssn.SsnRecognizer,
    ip.IpRecognizer.name: ip.IpRecognizer,
    url.UrlRecognizer.name: url.UrlRecognizer,
    handle.HandleRecognizer.name: handle.HandleRecognizer,
    dob_age.DobAgeRecognizer.name: dob_age.DobAgeRecognizer,
    asl.AslRecognizer.name: asl.AslRecognizer,
    person.PersonRecognizer.name: person.PersonRecognizer,
    location.LocationRecognizer.name: location.LocationRecognizer,
    org.OrganizationRecognizer.name: org.OrganizationRecognizer,
    address.AddressRecognizer.name: address.AddressRecognizer,
}


def plugin_factories() -> dict[str, RecognizerFactory]:
    """Third-party factories from the ``veil.pii_recognizers`` entry-point group."""
    found: dict[str, RecognizerFactory] = {}
    for point in entry_points(group=ENTRY_POINT_GROUP):
        try:
            found[point.name] = point.load()
        except Exception as exc:
            raise ConfigurationError(
                f"PII recognizer plug-in {point.name!r} failed to load"
            ) from exc
    return found


def load_recognizers(
    names: Sequence[str] | None = None, *, plugins: bool = False
) -> list[Recognizer]:
    """Instantiate recognizers by name (all built-ins when ``names`` is None).

    With ``plugins``, entry-point recognizers are available too (and loaded by default).
    An unknown name, or a factory that fails, raises ``ConfigurationError``.
    """
    factories = dict(BUILTIN)
    if plugins:
        factories.update(plugin_factories())
    wanted = list(factories) if names is None else list(names)
    built: list[Recognizer] = []
    for name in wanted:
        factory = factories.get(name)
        if factory is None:
            raise ConfigurationError(f"unknown PII recognizer {name!r}")
        try:
            recognizer = factory()
        except Exception as exc:
            raise ConfigurationError(f"PII recognizer {name!r} failed to start") from exc
        if not isinstance(recognizer, Recognizer):
            raise ConfigurationError(f"PII recognizer {name!r} does not implement Recognizer")
        built.append(recognizer)
    return built
