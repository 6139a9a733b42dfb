"""A deck's free text (titles, source lines, notes) as text that every output accepts.

PowerPoint's XML refuses control characters (``\\x00``–``\\x1f`` but tab and line breaks),
lone surrogates and the non-characters U+FFFE and U+FFFF; python-pptx raises on them. The
saved-basket reader and the deck writer both pass text through here, so a title pasted from
anywhere, or written into a file by hand, still makes a deck.
"""

from __future__ import annotations

import re
import unicodedata

TITLE_LIMIT = 300
SOURCE_LIMIT = 1_000
NOTES_LIMIT = 10_000
_KEPT_FORMATS = frozenset("\u00ad\u200c\u200d")  # soft hyphen, zero-width (non-)joiner


def _allowed(character: str, keep_lines: bool) -> bool:
    """Whether ``character`` stays: not a control (tab and line break kept in notes), not a
    surrogate, not a non-character, not invisible formatting such as bidirectional overrides."""
    if keep_lines and character in "\n\t":
        return True
    code = ord(character)
    if (code & 0xFFFE) == 0xFFFE or 0xFDD0 <= code <= 0xFDEF:  # U+FFFE, U+FFFF, … non-characters
        return False
    category = unicodedata.category(character)
    if category == "Cf":
        return character in _KEPT_FORMATS
    return category not in {"Cc", "Cs", "Zl", "Zp"}


def clean_line(text: object, limit: int = TITLE_LIMIT) -> str:
    """One line of text: control and invisible characters become spaces (a run of spaces one;
    no-break spaces stay), at most ``limit`` characters (an ellipsis marks a cut)."""
    cleaned = "".join(c if _allowed(c, False) else " " for c in str(text))
    return _cut(re.sub(" {2,}", " ", cleaned).strip(), limit)


def clean_lines(text: object, limit: int = NOTES_LIMIT) -> str:
    """Text of several lines (notes): line breaks and tabs kept (``\\r\\n`` and ``\\r`` become
    ``\\n``), other control characters dropped, at most ``limit`` characters."""
    unified = str(text).replace("\r\n", "\n")
    for separator in "\r\u2028\u2029":
        unified = unified.replace(separator, "\n")
    return _cut("".join(c for c in unified if _allowed(c, True)).strip(), limit)


def _cut(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
