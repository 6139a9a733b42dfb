"""What may enter the database: finite numbers in a sane range, and bounded free text.

One set of rules for every path in (file imports, the emissions file, Kolada and SCB): a value
is a finite number written with ASCII digits whose size is at most :data:`MAX_ABS_VALUE`; a free
text has at most its field's number of characters and no control or invisible formatting
characters (line breaks and tabs only in the long texts). Callers turn a problem into a
Swedish message naming where it was found.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

import numpy as np
import pandas as pd

# Far above any Swedish statistic in its base unit (national emissions about 5e7 tonnes, GDP
# about 6e12 kronor) and below 2**53, so whole numbers stay exact in a double.
MAX_ABS_VALUE = 1e15
OUT_OF_RANGE = "är inget ändligt tal inom ±10^15 och lagras inte"
_ASCII_NUMBER = re.compile(r"[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][+-]?[0-9]{1,4})?")
_SPACES = re.compile(r"[ \u00a0\u202f]")
# C0 and C1 controls, DEL, zero-width and bidirectional formatting, line and paragraph
# separators, the BOM, interlinear annotation and the two non-characters; and (for texts from
# JSON, where "\\ud800" is legal) lone surrogates, which no file decoding can produce and which
# pandas' Arrow strings cannot hold.
_INVISIBLE = (
    "\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2028\u2029\u2060-\u2064\u2066-\u2069"
    "\ufeff\ufff9-\ufffb\ufffe\uffff"
)
_SURROGATES = "\ud800-\udfff"
_LINE = f"\u0000-\u001f{_INVISIBLE}"
_BLOCK = f"\u0000-\u0008\u000b\u000c\u000e-\u001f{_INVISIBLE}"


@dataclass(frozen=True)
class TextRule:
    """The bound on one free-text field: at most ``limit`` characters; ``block`` texts may
    hold line breaks and tabs."""

    limit: int
    block: bool = False

    def pattern(self) -> re.Pattern[str]:
        """The characters this field refuses."""
        return re.compile(f"[{_BLOCK if self.block else _LINE}{_SURROGATES}]")

    def column_pattern(self) -> str:
        """:meth:`pattern` for pandas' string methods (no surrogates can be in a column)."""
        return f"[{_BLOCK if self.block else _LINE}]"


NAME = TextRule(300)
UNIT = TextRule(100)
SHORT = TextRule(200)
CODE = TextRule(64)
LONG = TextRule(5000, block=True)
URL = TextRule(2000)

# Every free-text column that reaches the database, with its rule.
TEXT_RULES: dict[str, TextRule] = {
    "name_sv": NAME,
    "name_en": NAME,
    "unit": UNIT,
    "unit_en": UNIT,
    "description_sv": LONG,
    "description_en": LONG,
    "group_code": CODE,
    "group_name": SHORT,
    "comment": LONG,
    "rationale": LONG,
    "name": SHORT,  # source name
    "description": LONG,  # source description
    "imported_by": TextRule(100),
    "url": URL,
    "license": SHORT,
}


def _thousands(count: int) -> str:
    return f"{count:,}".replace(",", " ")


def text_problem(text: str, rule: TextRule) -> str | None:
    """What is wrong with ``text`` under ``rule`` (in Swedish), or None when it is fine."""
    if len(text) > rule.limit:
        length, limit = _thousands(len(text)), _thousands(rule.limit)
        return f"texten är {length} tecken lång; högst {limit} tillåts."
    found = rule.pattern().search(text)
    if found:
        return (
            f"texten innehåller ett styrtecken (U+{ord(found.group()):04X}) på plats "
            f"{found.start() + 1}; ta bort det."
        )
    return None


def cut_text(text: str, rule: TextRule) -> str:
    """``text`` shortened to the rule's limit, ending in an ellipsis when it was cut."""
    return text if len(text) <= rule.limit else text[: rule.limit - 1].rstrip() + "…"


def bad_texts(texts: pd.Series, rule: TextRule) -> np.ndarray:
    """A mask of the texts that break ``rule`` (too long or with a refused character)."""
    try:
        strings = texts.fillna("").astype(str)
        too_long = (strings.str.len() > rule.limit).to_numpy(dtype=bool)
        control = strings.str.contains(rule.column_pattern(), regex=True)
        return too_long | control.fillna(False).to_numpy(dtype=bool)
    except UnicodeError:  # a lone surrogate from JSON: check one by one
        return np.array(
            [t is not None and text_problem(str(t), rule) is not None for t in texts], dtype=bool
        )


def in_range(value: float) -> bool:
    """True for a finite number of at most :data:`MAX_ABS_VALUE` in size."""
    return math.isfinite(value) and abs(value) <= MAX_ABS_VALUE


def bad_numbers(values: pd.Series) -> np.ndarray:
    """A mask of the cells that are not finite numbers within the sane range (missing is bad)."""
    if not pd.api.types.is_numeric_dtype(values) or pd.api.types.is_bool_dtype(values):
        return np.ones(len(values), dtype=bool)
    numbers = values.astype("float64").to_numpy()
    with np.errstate(invalid="ignore"):
        return ~(np.isfinite(numbers) & (np.abs(numbers) <= MAX_ABS_VALUE))


def _cleaned(text: str) -> str:
    cleaned = _SPACES.sub("", text.strip())
    return cleaned.replace(",", ".") if "," in cleaned and "." not in cleaned else cleaned


def number_from_text(text: str) -> float | None:
    """A number from a file cell: ASCII digits, decimal comma or point, spaces between
    thousands; None unless it is finite and within the sane range."""
    cleaned = _cleaned(text)
    if not _ASCII_NUMBER.fullmatch(cleaned):
        return None
    value = float(cleaned)
    return value if in_range(value) else None


def number_problem(text: str) -> str:
    """Why a cell that :func:`number_from_text` refused is not a number we store (Swedish)."""
    cleaned = _cleaned(text).lower().lstrip("+-")
    if _ASCII_NUMBER.fullmatch(cleaned) or cleaned in ("inf", "infinity", "nan"):
        return f"{OUT_OF_RANGE}."
    return "är inget tal; väntade t.ex. 12,5 eller 12.5."


def number_from_api(value: object) -> float | None:
    """A number from a JSON answer: an int or float (not a boolean), or ASCII decimal text
    with a point; None unless it is finite and within the sane range."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        try:
            number = float(value)
        except OverflowError:
            return None
        return number if in_range(number) else None
    if isinstance(value, str) and _ASCII_NUMBER.fullmatch(value.strip()):
        number = float(value.strip())
        return number if in_range(number) else None
    return None


def shown(value: object, limit: int = 40) -> str:
    """``value`` as a short text for a message: its repr, cut to ``limit`` characters."""
    text = repr(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def one_line(value: object, limit: int = 300) -> str:
    """``value`` as one printable line of at most ``limit`` characters, for listings only."""
    text = "".join(c for c in " ".join(str(value).split()) if c.isprintable())
    return text if len(text) <= limit else text[: limit - 1] + "…"
