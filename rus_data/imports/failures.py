"""A database error inside an import or sync, told in Swedish with what DuckDB said.

A failed statement aborts DuckDB's transaction, and any cleanup that runs a statement after
it (unregistering a frame, say) fails with "Current transaction is aborted", which would hide
the error that matters. :func:`database_rejection` looks through such follow-up errors to the
first one and names the table and column it concerns.
"""

from __future__ import annotations

import re

import duckdb

from rus_data.imports.issues import ImportRejected, rejected

_ABORTED = "transaction is aborted"
_CHECK = re.compile(r'CHECK constraint failed on table "?(\w+)"? with expression (.+)', re.S)
_NOT_NULL = re.compile(r'NOT NULL constraint failed: ([\w."]+)')
_DUPLICATE = re.compile(r'Duplicate key "(.+?)" violates (primary key|unique) constraint')
_FOREIGN = re.compile(r"foreign key constraint", re.I)


def original_error(error: BaseException) -> BaseException:
    """The first error behind any "transaction is aborted" errors that followed it."""
    seen: set[int] = set()
    while (
        isinstance(error, duckdb.TransactionException)
        and _ABORTED in str(error)
        and isinstance(error.__context__, duckdb.Error)
        and id(error) not in seen
    ):
        seen.add(id(error))
        error = error.__context__
    return error


def _detail(error: BaseException) -> str:
    text = str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
    return text if len(text) <= 300 else text[:299] + "…"


def database_problem(error: BaseException) -> str:
    """What went wrong, in Swedish, with DuckDB's own words in parentheses."""
    error = original_error(error)
    text = str(error)
    detail = _detail(error)
    if isinstance(error, duckdb.ConstraintException):
        if found := _CHECK.search(text):
            return (
                f"ett värde i tabellen {found.group(1)} är utanför det tillåtna; inget har "
                f"skrivits ({detail})."
            )
        if found := _NOT_NULL.search(text):
            field = found.group(1).replace('"', "")
            return f"fältet {field} saknar värde; inget har skrivits ({detail})."
        if found := _DUPLICATE.search(text):
            return (
                f"en rad med nyckeln {found.group(1)} finns redan; inget har skrivits ({detail})."
            )
        if _FOREIGN.search(text):
            return f"en rad hänvisar till något som inte finns; inget har skrivits ({detail})."
        return f"en rad bröt mot en regel i databasen; inget har skrivits ({detail})."
    if isinstance(error, duckdb.IOException):
        return (
            "databaskopian kunde inte skrivas (är disken full eller skrivskyddad?); inget har "
            f"skrivits ({detail})."
        )
    return f"databasen avbröt skrivningen; inget har skrivits ({detail})."


def database_rejection(error: BaseException) -> ImportRejected:
    """An :class:`ImportRejected` carrying :func:`database_problem` of ``error``."""
    return rejected(database_problem(error))
