"""Command-line interface of the data layer."""

from __future__ import annotations

import argparse
import sys

from rus_data.build import build_database
from rus_data.config import DEMO_SEED, database_path


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m rus_data", description="Miljömålsdashboardens datalager."
    )
    commands = parser.add_subparsers(dest="command", required=True)
    build = commands.add_parser(
        "build", help="Bygg databasen från grunden (sökväg i RUS_DB, annars data/rus.duckdb)."
    )
    build.add_argument("--seed", type=int, default=DEMO_SEED, help="frö för exempeldata")
    build.add_argument(
        "--no-demo", action="store_true", help="bara referensdata, inga exempelvärden"
    )
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run the CLI and return the process exit code."""
    args = _parser().parse_args(argv)
    if args.command == "build":

        def progress(message: str) -> None:
            print(message, flush=True)

        report = build_database(database_path(), args.seed, progress, with_demo=not args.no_demo)
        for table, count in report.counts.items():
            print(f"  {table:<16} {count:>9}")
        return 0
    print(f"Okänt kommando: {args.command}", file=sys.stderr)
    return 2
