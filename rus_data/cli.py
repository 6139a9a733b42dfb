"""Command-line interface of the data layer: build, import, sync, sources, undo, templates."""

from __future__ import annotations

import argparse
import getpass
import sys
from contextlib import closing
from datetime import date
from pathlib import Path

import duckdb
import pandas as pd

from rus_data.build.guard import BuildRefused, build_replacing
from rus_data.config import DEMO_SEED, database_path
from rus_data.connectors.groups import sync_kolada_groups
from rus_data.connectors.http import ConnectorError
from rus_data.connectors.kolada import KoladaClient
from rus_data.connectors.objectives_sync import sync_kolada_objectives
from rus_data.connectors.scb import ScbClient
from rus_data.connectors.sync import parse_years, sync_kolada, sync_scb
from rus_data.db.connect import connect
from rus_data.imports.issues import ImportRejected
from rus_data.imports.kinds import KINDS, kind_by_name
from rus_data.imports.limits import MAX_FILE_BYTES
from rus_data.imports.queries import list_sources
from rus_data.imports.service import FILE_KINDS, FileImport, import_file
from rus_data.imports.templates import template_csv, template_xlsx
from rus_data.imports.writer import undo_source
from rus_data.presentation import deck_cli
from rus_data.serve import add_serve_command, run_serve
from rus_data.text.formats import format_date, format_number


def _default_years() -> str:
    return f"2010-{date.today().year}"


def _user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "okänd"


def _add_write_options(parser: argparse.ArgumentParser, default_mode: str) -> None:
    parser.add_argument(
        "--mode",
        choices=["append", "replace"],
        default=default_mode,
        help="append: lägg till (fel om raden redan finns); replace: ersätt raderna från "
        f"tidigare import med samma namn (standard {default_mode})",
    )
    parser.add_argument(
        "--by", default=None, help="vem som importerar (standard: inloggad användare)"
    )


def _add_indicator_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--years", default=_default_years(), help="t.ex. 2010-2024 eller 2018,2020")
    parser.add_argument(
        "--better",
        choices=["higher", "lower"],
        help="krävs för en ny indikator: är höga eller låga värden bättre?",
    )
    parser.add_argument(
        "--objective", type=int, action="append", default=[], help="miljömål 0–16 (kan upprepas)"
    )


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
    build.add_argument(
        "--force",
        action="store_true",
        help="ersätt även en databas med importerade källor, en främmande eller en skadad "
        "fil; den gamla sparas först som <namn>.ÅÅÅÅMMDD-TTMMSS.backup.duckdb bredvid",
    )

    imports = commands.add_parser("import", help="Importera en CSV- eller Excel-fil.")
    imports.add_argument("file", type=Path)
    imports.add_argument(
        "--kind", choices=FILE_KINDS, help="filens typ (gissas från rubrikraden om den saknas)"
    )
    imports.add_argument("--dry-run", action="store_true", help="kontrollera bara, skriv inget")
    imports.add_argument(
        "--substance",
        help="utsläppsfil: ämnet (nedladdningens sub=, t.ex. GGT, CO2, NOx, PM25) när "
        "titelraderna inte anger det",
    )
    imports.add_argument(
        "--indicator",
        help="värdefil med en kolumn per år (SCB:s och Koladas export): indikatorns id när "
        "filen saknar kolumnen indicator_id",
    )
    _add_write_options(imports, "append")

    sync = commands.add_parser("sync", help="Hämta data från Kolada eller SCB.")
    services = sync.add_subparsers(dest="service", required=True)
    kolada = services.add_parser("kolada", help="Kolada: nyckeltal (KPI) per kommun och län.")
    kolada.add_argument("--kpi", help="KPI-id, flera med komma: N00401,N07702")
    kolada.add_argument(
        "--objectives",
        action="store_true",
        help="miljömålens nyckeltal: urvalet ur Koladas katalog, för riket, län och kommuner",
    )
    kolada.add_argument(
        "--dry-run", action="store_true", help="med --objectives: visa vad som skulle hämtas"
    )
    kolada.add_argument("--unit", help="enhet för en ny indikator (Kolada anger den inte)")
    _add_indicator_options(kolada)
    _add_write_options(kolada, "replace")
    groups = services.add_parser("kolada-groups", help="Kolada: kommungrupper som regiongrupper.")
    groups.add_argument(
        "--group",
        "--match",
        dest="group",
        action="append",
        required=True,
        help="gruppens id (G…) eller en text i namnet; kan upprepas, flera med komma",
    )
    groups.add_argument("--set", default="kolada", help="namn på indelningen (group_set)")
    _add_write_options(groups, "replace")
    scb = services.add_parser("scb", help="SCB: en tabell i Statistikdatabasen.")
    scb.add_argument("--table", required=True, help="tabellens id, t.ex. TAB3451")
    scb.add_argument("--contents", help="kod för tabellinnehåll (ContentsCode)")
    scb.add_argument(
        "--select", action="append", default=[], help="DIMENSION=KOD för övriga dimensioner"
    )
    scb.add_argument("--indicator", help="indikatorns id (standard scb_<tabell>_<innehåll>)")
    _add_indicator_options(scb)
    _add_write_options(scb, "replace")

    search = commands.add_parser("search", help="Sök KPI:er i Kolada eller tabeller hos SCB.")
    search.add_argument("service", choices=["kolada", "scb"])
    search.add_argument("text")

    commands.add_parser("sources", help="Lista källorna i databasen.")
    undo = commands.add_parser("undo", help="Ta bort en import (en källa) och alla dess rader.")
    undo.add_argument("source_id", type=int)

    add_serve_command(commands)

    template = commands.add_parser("template", help="Skriv en mall för en importtyp.")
    template.add_argument("kind", choices=list(KINDS))
    template.add_argument("--format", choices=["csv", "xlsx"], default="csv")
    template.add_argument("-o", "--output", type=Path, help="fil att skriva (standard: skärmen)")
    deck_cli.register(commands)
    return parser


class _Printer:
    """Prints progress; bars overwrite themselves on a terminal."""

    def __init__(self) -> None:
        self.tty = sys.stdout.isatty()
        self.open_line = False

    def __call__(self, message: str) -> None:
        is_bar = "[" in message and "]" in message and "/" in message
        if is_bar and self.tty:
            print("\r" + message, end="", flush=True)
            self.open_line = True
            return
        if self.open_line:
            print()
            self.open_line = False
        print(message, flush=True)


def _count(number: float) -> str:
    """A count as the Swedish command line writes it: ``12 345``."""
    return format_number(number, 0, "sv")


def _run_build(args: argparse.Namespace) -> int:
    try:
        report, _backup = build_replacing(
            database_path(), args.seed, _Printer(), with_demo=not args.no_demo, force=args.force
        )
    except BuildRefused as refusal:
        print(f"Fel: {refusal}", file=sys.stderr)
        return 1
    for table, count in report.counts.items():
        print(f"  {table:<16} {_count(count):>9}")
    return 0


def _run_import(args: argparse.Namespace) -> int:
    try:
        size = args.file.stat().st_size
        if size > MAX_FILE_BYTES:
            print(
                f"Filen {args.file} är {format_number(size / 1024**2, 0)} MB; en import får vara "
                f"högst {format_number(MAX_FILE_BYTES / 1024**2, 0)} MB.",
                file=sys.stderr,
            )
            return 1
        data = args.file.read_bytes()
    except OSError as error:
        print(f"Kan inte läsa filen {args.file}: {error.strerror}", file=sys.stderr)
        return 1
    print(f"Importerar {args.file.name} till {database_path()} …", flush=True)
    job = FileImport(data, args.file.name, args.kind, args.mode, args.by or _user(), args.substance)
    result = import_file(database_path(), job, dry_run=args.dry_run)
    verb = "Skulle importera" if result.dry_run else "Importerade"
    print(f"{verb} {_count(result.row_count)} rader och {result.indicator_count} indikatorer.")
    if result.missing.count:
        print(result.missing.text())
    if result.source_id is not None:
        print(f"Källa {result.source_id}; ångra med: python -m rus_data undo {result.source_id}")
    if result.replaced_sources:
        print(f"Ersatte tidigare import (källa {', '.join(map(str, result.replaced_sources))}).")
    return 0


def _selection(pairs: list[str]) -> dict[str, str]:
    chosen = {}
    for pair in pairs:
        if "=" not in pair:
            raise ValueError(f"Ogiltigt val ”{pair}”; skriv DIMENSION=KOD.")
        dim, code = pair.split("=", 1)
        chosen[dim.strip()] = code.strip()
    return chosen


def _run_sync(args: argparse.Namespace) -> int:
    printer = _Printer()
    if args.service == "kolada-groups":
        selectors = [part for given in args.group for part in given.split(",")]
        result = sync_kolada_groups(
            database_path(),
            selectors,
            group_set=args.set,
            mode=args.mode,
            imported_by=args.by or _user(),
            progress=printer,
        )
        print(f"Klart: {_count(result.row_count)} kommuner i grupper sparade.")
        return 0
    years = parse_years(args.years)
    common = {
        "better": args.better,
        "objectives": tuple(args.objective),
        "mode": args.mode,
        "imported_by": args.by or _user(),
        "progress": printer,
    }
    if args.service == "kolada" and args.objectives:
        return _run_objectives(args, years, printer)
    if args.service == "kolada":
        if not args.kpi:
            raise ValueError("Ange --kpi N00401 (flera med komma) eller --objectives.")
        result = sync_kolada(database_path(), args.kpi.split(","), years, unit=args.unit, **common)
    else:
        result = sync_scb(
            database_path(),
            args.table,
            years,
            contents=args.contents,
            select=_selection(args.select),
            indicator_id=args.indicator,
            **common,
        )
    printer("")
    print(
        f"Klart: {_count(result.row_count)} värden skrivna i en transaktion ({result.calls} anrop)."
    )
    for name, source_id in result.sources.items():
        print(f"  källa {source_id}: {name}")
    if result.new_indicators:
        print(f"  nya indikatorer: {', '.join(result.new_indicators)}")
    left_out = {k: v for k, v in result.skipped.items() if v}
    if left_out.get("null"):
        print(f"  {_count(left_out['null'])} saknade värden (null) lämnades bort, inte som 0.")
    return 0


def _run_objectives(args: argparse.Namespace, years: list[int], printer: _Printer) -> int:
    result = sync_kolada_objectives(
        database_path(),
        years,
        dry_run=args.dry_run,
        mode=args.mode,
        imported_by=args.by or _user(),
        progress=printer,
    )
    printer("")
    for planned in result.plan:
        print(planned.line())
    print(result.counts())
    if result.dry_run:
        print(f"Torrkörning: inget hämtades eller skrevs ({result.calls} anrop).")
        return 0
    print(
        f"Klart: {_count(result.row_count)} värden skrivna i en transaktion ({result.calls} anrop)."
    )
    if result.new_indicators:
        print(f"  nya indikatorer: {', '.join(result.new_indicators)}")
    return 0


def _run_search(args: argparse.Namespace) -> int:
    if args.service == "kolada":
        with closing(KoladaClient()) as client:
            for kpi in client.search_kpis(args.text):
                print(f"{kpi.id:<8} {kpi.municipality_type}  {kpi.title}")
    else:
        with closing(ScbClient()) as scb:
            for table in scb.search_tables(args.text):
                print(f"{table.get('id', ''):<10} {table.get('label', '')}")
    return 0


def _run_sources() -> int:
    if not database_path().exists():
        print(f"Databasen {database_path()} finns inte; bygg den först.", file=sys.stderr)
        return 1
    with connect(database_path(), read_only=True) as connection:
        frame = list_sources(connection)
    for row in frame.itertuples():
        count = "" if pd.isna(row.row_count) else _count(row.row_count)
        fetched = format_date(row.fetched_at, "sv", "iso_minutes")
        print(f"{row.id:>4}  {row.kind:<9} {fetched}  {count:>8}  {row.name}")
    return 0


def _run_template(args: argparse.Namespace) -> int:
    kind = kind_by_name(args.kind)
    data = template_csv(kind) if args.format == "csv" else template_xlsx(kind)
    if args.output is None:
        if args.format == "xlsx":
            print("Excel-mallen behöver en fil: lägg till -o mall.xlsx", file=sys.stderr)
            return 2
        sys.stdout.write(data.decode("utf-8-sig"))
        return 0
    args.output.write_bytes(data)
    print(f"Skrev {args.output}")
    return 0


def main(argv: list[str] | None = None) -> int:
    """Run the CLI and return the process exit code."""
    args = _parser().parse_args(argv)
    try:
        if hasattr(args, "run"):  # a command that registered its own function (deck)
            return args.run(args)
        if args.command == "build":
            return _run_build(args)
        if args.command == "import":
            return _run_import(args)
        if args.command == "sync":
            return _run_sync(args)
        if args.command == "search":
            return _run_search(args)
        if args.command == "sources":
            return _run_sources()
        if args.command == "undo":
            removed = undo_source(database_path(), args.source_id)
            print(f"Tog bort källa {args.source_id} och dess {_count(removed)} rader.")
            return 0
        if args.command == "template":
            return _run_template(args)
        if args.command == "serve":
            return run_serve(args)
    except ImportRejected as rejection:
        print(rejection.issues.report(), file=sys.stderr)
        return 1
    except (ConnectorError, ValueError) as error:
        print(f"Fel: {error}", file=sys.stderr)
        return 1
    except (duckdb.Error, OSError) as error:
        print(f"Fel: databasen kunde inte läsas eller skrivas ({error}).", file=sys.stderr)
        return 1
    print(f"Okänt kommando: {args.command}", file=sys.stderr)
    return 2
