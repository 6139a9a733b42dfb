"""The command ``python -m rus_data deck``: the yearly follow-up deck from the command line.

``--region 23 -o deck.pptx`` writes one county's deck; several codes (``--region 23,25``) or
``--region all`` (Sweden and every county) write one file per area into the folder ``-o``,
named ``uppfoljning-<år>-<kod>.pptx``. ``--lang en`` gives the English deck. The command is
registered in :mod:`rus_data.cli` by :func:`register`, which sets the function that runs it.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import duckdb

from rus_data.config import database_path
from rus_data.db import queries
from rus_data.db.connect import connect
from rus_data.presentation.annual import LANGUAGES, NATION, annual_follow_up
from rus_data.presentation.pptx_deck import build_deck

ALL = "all"
Progress = Callable[[str], None]


def register(commands: Any) -> None:
    """Add the ``deck`` command to the CLI's sub-parsers; ``args.run(args)`` runs it."""
    deck = commands.add_parser(
        "deck",
        help="Skriv den årliga uppföljningen som PowerPoint för ett eller flera län.",
        description="Skriv den årliga uppföljningen (bildspel, .pptx) för ett län, flera län "
        "eller alla (Sverige och varje län).",
    )
    deck.add_argument(
        "--region",
        required=True,
        help="länskod (t.ex. 23), flera med komma (23,25), 00 för Sverige eller all",
    )
    deck.add_argument("--year", type=int, required=True, help="bedömningsåret, t.ex. 2024")
    deck.add_argument("--lang", choices=LANGUAGES, default="sv", help="språk (standard sv)")
    deck.add_argument(
        "-o",
        "--output",
        type=Path,
        required=True,
        help="filen (ett län) eller mappen (flera län eller all)",
    )
    deck.set_defaults(run=run)


def deck_areas(connection: duckdb.DuckDBPyConnection, region: str) -> list[str]:
    """The area codes that ``--region`` names, checked; ValueError (Swedish) for an unknown one."""
    regions = queries.regions(connection)
    counties = sorted(regions[regions["level"] == "lan"]["code"])
    known = {NATION, *counties}
    if region.strip().lower() == ALL:
        return [NATION, *counties]
    codes = [code.strip() for code in region.split(",") if code.strip()]
    if not codes:
        raise ValueError("Ange minst en länskod med --region, t.ex. --region 23.")
    unknown = [code for code in codes if code not in known]
    if unknown:
        raise ValueError(
            f"Okänd länskod: {', '.join(unknown)}. Ange en tvåsiffrig länskod (01–25), "
            "00 för Sverige eller all."
        )
    return list(dict.fromkeys(codes))


def deck_file_name(year: int, code: str, language: str) -> str:
    """``uppfoljning-2024-23.pptx`` (``follow-up-2024-23.pptx`` in English)."""
    stem = "follow-up" if language == "en" else "uppfoljning"
    return f"{stem}-{year}-{code}.pptx"


def write_decks(
    database: Path,
    region: str,
    year: int,
    language: str,
    output: Path,
    progress: Progress = print,
) -> list[Path]:
    """Write the decks that ``region`` names; one area to the file ``output`` (or into it,
    when it is a folder), several into the folder ``output``. Returns the files written."""
    if not database.exists():
        raise ValueError(
            f"Databasen {database} finns inte; bygg den först (python -m rus_data build)."
        )
    with connect(database, read_only=True) as connection:
        codes = deck_areas(connection, region)
        several = len(codes) > 1
        if several:
            if output.exists() and not output.is_dir():
                raise ValueError(f"{output} är en fil; för flera län behövs en mapp med -o.")
            output.mkdir(parents=True, exist_ok=True)
        written = []
        for number, code in enumerate(codes, start=1):
            info, slides = annual_follow_up(connection, code, year, language)
            if several or output.is_dir():
                target = output / deck_file_name(year, code, language)
            else:
                target = output
            data = build_deck(slides, info)
            target.write_bytes(data)
            written.append(target)
            progress(f"[{number}/{len(codes)}] {info.area}: {target} ({len(slides) + 2} bilder)")
    return written


def run(args: argparse.Namespace) -> int:
    """Run ``deck`` from parsed arguments; the exit code (1 with a Swedish message on error)."""
    try:
        write_decks(database_path(), args.region, args.year, args.lang, args.output)
    except ValueError as error:
        print(f"Fel: {error}", file=sys.stderr)
        return 1
    except OSError as error:
        print(f"Fel: kunde inte skriva {args.output} ({error.strerror}).", file=sys.stderr)
        return 1
    return 0
