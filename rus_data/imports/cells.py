"""Shared cell parsing for import checks: numbers from text, and the messages for bad cells."""

from __future__ import annotations

import difflib

import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from rus_data.imports.bounds import number_problem
from rus_data.imports.context import Context
from rus_data.reference.aliases import RegionAliases

ID_PATTERN = r"^[A-Za-z0-9_\-]{1,64}$"
LEVEL_WORDS_SHORT = {"riket": "riket", "lan": "länet", "kommun": "kommunen"}
LEVEL_WORDS = {"riket": "Sverige (00)", "lan": "ett län (01–25)", "kommun": "en kommun"}


def quote(value: object) -> str:
    """``value`` in Swedish quotation marks, cut to 40 characters."""
    text = str(value)
    return f"”{text[:40]}…”" if len(text) > 40 else f"”{text}”"


def to_float(text: pd.Series, *, strict: bool = False) -> pd.Series | None:
    """Text parsed as floats. Tries Arrow's fast cast of the whole column first; when some
    cell is not a number, returns None if ``strict``, else parses cell by cell (NaN if bad)."""
    try:
        array = pa.array(text, type=pa.string(), from_pandas=True)
        parsed = pc.cast(array, pa.float64())
        if parsed.null_count == 0:
            return pd.Series(parsed.to_numpy(zero_copy_only=False), index=text.index)
    except (pa.ArrowInvalid, pa.ArrowTypeError, pa.ArrowNotImplementedError):
        pass
    if strict:
        return None
    return pd.to_numeric(text, errors="coerce").astype("float64")


def not_a_number(value: object) -> str:
    """The message for a cell that should hold a number."""
    text = str(value)
    if not text.strip():
        return "värde saknas; väntade ett tal (saknade värden lämnas bort i stället för 0)."
    return f"{quote(text)} {number_problem(text)}"


def _nearest_code(value: str, context: Context) -> str | None:
    """For a numeric code: the known code of the same length nearest in number, same county
    first; None when the value is not a number."""
    if not value.isdigit() or len(value) not in (2, 4):
        return None
    same_length = [c for c in context.regions if len(c) == len(value)]
    same_county = [c for c in same_length if c[:2] == value[:2]] or same_length
    return min(same_county, key=lambda c: (abs(int(c) - int(value)), c)) if same_county else None


def unknown_region(
    value: str,
    context: Context,
    aliases: RegionAliases | None = None,
    levels: set[str] | frozenset[str] | None = None,
) -> str:
    """The message for an unknown region, with the nearest known code or name as a hint; the
    hint stays on ``levels`` (or the level the name itself asks for)."""
    if not value:
        return "regionkod saknas; väntade 00, länskod 01–25 eller kommunkod med fyra siffror."
    aliases = aliases or RegionAliases(context.regions, context.region_levels)
    code = _nearest_code(value, context)
    if code is None:
        asked = aliases.level_asked(value)
        code = aliases.suggest(value, {asked} if asked else levels)
    hint = f" Menade du {code} ({context.regions[code]})?" if code else ""
    return f"okänd regionkod {quote(value)}; väntade 00, 01–25 eller fyrsiffrig kommunkod.{hint}"


def ambiguous_region(value: str, codes: tuple[str, ...], context: Context) -> str:
    """The message for a name that is both a county and a municipality in this file."""
    named = " eller ".join(
        f"{LEVEL_WORDS_SHORT[context.region_levels[c]]} {c} ({context.regions[c]})" for c in codes
    )
    return f"{quote(value)} kan vara {named}; skriv koden i stället för namnet."


def suggest(value: str, known: list[str]) -> str:
    """A " Menade du …?" hint naming the closest of ``known``, or an empty string."""
    close = difflib.get_close_matches(value, known, n=1, cutoff=0.6)
    return f" Menade du ”{close[0]}”?" if close else ""
