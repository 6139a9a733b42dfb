"""Passwords from the operator's secrets: whether one is usable, and a constant-time check."""

from __future__ import annotations

import hmac
from dataclasses import dataclass

MIN_LENGTH = 8


@dataclass(frozen=True)
class PasswordSetting:
    """A configured password, or why there is none: ``problem`` is ``"missing"`` (not set or
    empty), ``"too_short"`` (blank or under :data:`MIN_LENGTH` characters) or ``"not_text"``."""

    value: str | None
    problem: str | None = None

    @property
    def usable(self) -> bool:
        """True when logins against this password are possible."""
        return self.value is not None


def password_setting(value: object) -> PasswordSetting:
    """Judge a secret as configured: text of at least :data:`MIN_LENGTH` characters that are
    not all blank. Anything else counts as not configured, with the reason."""
    if value is None or value == "":
        return PasswordSetting(None, "missing")
    if not isinstance(value, str):
        return PasswordSetting(None, "not_text")
    if len(value.strip()) < MIN_LENGTH:
        return PasswordSetting(None, "too_short")
    return PasswordSetting(value)


def matches(given: str, expected: str) -> bool:
    """True when ``given`` is ``expected``, compared in constant time."""
    return hmac.compare_digest(given.encode("utf-8"), expected.encode("utf-8"))
