from __future__ import annotations

import pytest

from tests.unit.privacy.pii.helpers import of_type
from veil.domain.pii import EntityType

POSITIVE = [
    ("my ip is 192.168.0.12 can u see it", "192.168.0.12"),
    ("server at 203.0.113.7.", "203.0.113.7"),
    ("v6: 2001:db8::8a2e:370:7334", "2001:db8::8a2e:370:7334"),
    ("connect to ::1 and fe80::1", "fe80::1"),
]
NEGATIVE = [
    "256.1.1.1",
    "version 1.2.3.4 is out",
    "see you at 10:30:00",
    "1.2.3",
    "pi is 3.14159",
]


@pytest.mark.parametrize(("text", "expected"), POSITIVE)
def test_finds_ips(text: str, expected: str) -> None:
    assert expected in of_type(text, EntityType.IP_ADDRESS)


@pytest.mark.parametrize("text", NEGATIVE)
def test_not_ips(text: str) -> None:
    assert of_type(text, EntityType.IP_ADDRESS) == []
