"""Round codes: the short random code a workshop leader shares so raters can join a round."""

from __future__ import annotations

import secrets

# No 0/O, 1/I/L: a code read aloud or from a slide is typed right.
CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
CODE_LENGTH = 8


def new_round_code() -> str:
    """A fresh random code of :data:`CODE_LENGTH` characters (about 40 bits)."""
    return "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))


def normalised_code(text: str) -> str | None:
    """The code as stored (upper case, without spaces or dashes), or None if it cannot be one."""
    code = "".join(str(text).split()).replace("-", "").upper()
    if len(code) != CODE_LENGTH or any(c not in CODE_ALPHABET for c in code):
        return None
    return code


def shown_code(code: str) -> str:
    """The code as shown to people: two groups of four, ``ABCD-EFGH``."""
    half = len(code) // 2
    return f"{code[:half]}-{code[half:]}"
