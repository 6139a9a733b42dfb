"""One entry point for file imports: read, detect the kind, validate and write in one go."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import duckdb

from rus_data.imports.bounds import TEXT_RULES, text_problem
from rus_data.imports.emissions import looks_like_emissions, parse_emissions
from rus_data.imports.issues import ImportRejected, IssueList, rejected
from rus_data.imports.kinds import KINDS, ImportKind, kind_by_name
from rus_data.imports.limits import check_file
from rus_data.imports.memory import give_back_memory
from rus_data.imports.missing import MissingValues
from rus_data.imports.reading import RawTable, normalise_header, read_table
from rus_data.imports.validate import Plan, load_context, validate
from rus_data.imports.wide import to_long
from rus_data.imports.writer import (
    Batch,
    ImportResult,
    Mode,
    SourceInfo,
    apply_batch,
    transaction_on_copy,
)

FILE_KINDS = (*KINDS, "emissions")
_TABLE_OF_KIND = {
    "values": "indicator_value",
    "assessments": "assessment",
    "region_groups": "region_group",
    "interactions": "interaction",
}


@dataclass(frozen=True)
class FileImport:
    """A file to import and how."""

    data: bytes
    filename: str
    kind: str | None = None
    mode: Mode = "append"
    imported_by: str = "okänd"
    substance: str | None = None  # emissions: the substance when the title rows do not name it
    indicator: str | None = None  # a wide values file without an indicator_id column


def guess_kind(table: RawTable) -> ImportKind:
    """The format whose required columns the header holds; a Swedish error when unclear."""
    headers = {normalise_header(h) for h in table.frame.columns if h != "__row__"}
    matches = []
    for kind in KINDS.values():
        aliases = kind.alias_map()
        present = {aliases[h] for h in headers if h in aliases}
        if set(kind.required) <= present:
            matches.append(kind)
    if len(matches) != 1:
        raise rejected(
            "kunde inte avgöra vilken sorts fil det är utifrån rubrikraden; ange typen "
            f"(--kind {'|'.join(FILE_KINDS)}).",
            row=table.header_row,
        )
    return matches[0]


def plan_batch(plan: Plan) -> Batch:
    """The rows of a validated plan as a batch for the writer."""
    rows = plan.rows  # copy-on-write: nothing below changes the plan's rows in place
    if plan.kind.name == "indicators":
        return Batch(indicators=rows, links=plan.links, existing_indicators="reject")
    return Batch(table=_TABLE_OF_KIND[plan.kind.name], rows=rows)


@dataclass(frozen=True)
class FileResult(ImportResult):
    """What a file import wrote, and the missing values it left out."""

    missing: MissingValues = field(default_factory=MissingValues)


def _build_batch(
    job: FileImport, connection: duckdb.DuckDBPyConnection
) -> tuple[Batch, MissingValues]:
    context = load_context(connection)
    if job.kind == "emissions" or (
        job.kind is None and looks_like_emissions(job.data, job.filename)
    ):
        parsed = parse_emissions(job.data, job.filename, context, job.substance)
        if parsed.issues:
            raise ImportRejected(parsed.issues)
        return parsed.batch, parsed.missing
    table = read_table(job.data, job.filename)
    if job.kind in (None, "values"):
        table = to_long(table, job.indicator)  # SCB's and Kolada's exports: a column a year
    kind = kind_by_name(job.kind) if job.kind else guess_kind(table)
    plan = validate(table, kind, context)
    if plan.issues:
        raise ImportRejected(plan.issues)
    return plan_batch(plan), plan.missing


def import_file(path: Path, job: FileImport, *, dry_run: bool = False) -> FileResult:
    """Import one file into the database at ``path``: every row or none.

    Raises :class:`ImportRejected` with the whole report when anything is wrong.
    """
    if job.kind is not None and job.kind not in FILE_KINDS:
        raise rejected(f"okänd importtyp ”{job.kind}”; välj en av {', '.join(FILE_KINDS)}.")
    if not job.data.strip():
        raise rejected("filen är tom.", row=1)
    check_file(job.data, job.filename)
    name = Path(job.filename).name or "fil"
    for which, text in (("name", name), ("imported_by", job.imported_by)):
        problem = text_problem(text, TEXT_RULES[which])
        if problem:
            what = "filnamnet" if which == "name" else "namnet på den som importerar"
            raise rejected(f"{what}: {problem}")
    source = SourceInfo(
        name=name,
        kind="import",
        imported_by=job.imported_by,
        description=f"Filimport ({job.kind or 'typ gissad från rubrikraden'}).",
    )

    left_out: list[MissingValues] = []

    def work(connection: duckdb.DuckDBPyConnection) -> ImportResult:
        batch, missing = _build_batch(job, connection)
        give_back_memory()  # the file's text columns are gone; the write may use their room
        left_out[:] = [missing]
        return apply_batch(connection, batch, source, job.mode)

    try:
        result = transaction_on_copy(path, work, dry_run=dry_run)
    except ImportRejected:
        raise
    except (duckdb.Error, OSError, ValueError) as error:
        issues = IssueList()
        issues.add(None, None, f"importen avbröts och inget skrevs: {error}")
        raise ImportRejected(issues) from error
    missing = left_out[0] if left_out else MissingValues()
    return FileResult(
        None if dry_run else result.source_id,
        result.row_count,
        result.indicator_count,
        result.replaced_sources,
        dry_run,
        missing,
    )
