"""Problems found in an import, each naming the row, the column and what was expected."""

from __future__ import annotations

from dataclasses import dataclass, field

import pandas as pd

MAX_LISTED_ISSUES = 2000


@dataclass(frozen=True)
class Issue:
    """One problem: spreadsheet row (header is row 1), column and a Swedish message."""

    row: int | None
    column: str | None
    message: str

    def text(self) -> str:
        """The problem as one Swedish sentence naming where it is."""
        where = []
        if self.row is not None:
            where.append(f"Rad {self.row}")
        if self.column:
            where.append(f"kolumn ”{self.column}”")
        prefix = ", ".join(where)
        return f"{prefix}: {self.message}" if prefix else self.message


@dataclass
class IssueList:
    """Collects issues; keeps the first ``MAX_LISTED_ISSUES`` and counts them all."""

    items: list[Issue] = field(default_factory=list)
    total: int = 0

    def add(self, row: int | None, column: str | None, message: str) -> None:
        """Record one issue."""
        self.total += 1
        if len(self.items) < MAX_LISTED_ISSUES:
            self.items.append(Issue(row, column, message))

    def extend(self, other: IssueList) -> None:
        """Add every issue of ``other``."""
        self.total += other.total
        room = MAX_LISTED_ISSUES - len(self.items)
        self.items.extend(other.items[: max(room, 0)])

    def __bool__(self) -> bool:
        return self.total > 0

    def sorted(self) -> list[Issue]:
        """The listed issues by row, then column."""
        return sorted(self.items, key=lambda i: (i.row or 0, i.column or "", i.message))

    def frame(self) -> pd.DataFrame:
        """The listed issues as a table with ``row, column, message``."""
        return pd.DataFrame(
            [(i.row, i.column or "", i.message) for i in self.sorted()],
            columns=["row", "column", "message"],
        ).astype({"row": "Int64"})

    def report(self) -> str:
        """The whole report as text, one issue per line, with a count on top."""
        lines = [f"{self.total} fel hittades – inget har skrivits till databasen."]
        if self.total > len(self.items):
            lines.append(f"De {len(self.items)} första visas.")
        lines += [f"  {issue.text()}" for issue in self.sorted()]
        return "\n".join(lines)


class ImportRejected(Exception):
    """Raised when a file or a sync cannot be imported; nothing has been written."""

    def __init__(self, issues: IssueList) -> None:
        self.issues = issues
        super().__init__(issues.report())


def rejected(message: str, row: int | None = None, column: str | None = None) -> ImportRejected:
    """An ``ImportRejected`` with one issue."""
    issues = IssueList()
    issues.add(row, column, message)
    return ImportRejected(issues)
