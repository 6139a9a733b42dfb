"""What an export says about its data: title, source line, licence, fetch time, the demo
notice where it applies and the link to the view, as label–value rows in the file's language.
"""

from __future__ import annotations

from dataclasses import dataclass

import duckdb
import pandas as pd

from rus_data.text import t


@dataclass(frozen=True)
class ExportAbout:
    """The facts an export carries besides its table."""

    title: str
    source_line: str  # "Källa: … (2026-12-02)", as the view shows it
    language: str = "sv"
    shows_demo: bool = False
    licence: str = ""  # "CC0 (syntetiska data)"; "" when not known
    fetched: str = ""  # "2026-12-02 13:41"; "" when not known
    link: str = ""  # the address of the view

    def rows(self) -> list[tuple[str, str]]:
        """Label and value rows, in the file's language; the demo notice only for demo data."""
        language, unknown = self.language, t("export_unknown", self.language)
        source = self.source_line.split(":", 1)[1].strip() if ":" in self.source_line else ""
        rows = [
            (t("export_about_title", language), self.title),
            (t("export_about_source", language), source or unknown),
            (t("export_about_licence", language), self.licence or unknown),
            (t("export_about_fetched", language), self.fetched or unknown),
        ]
        if self.shows_demo:
            rows.append((t("export_about_notice", language), t("export_demo_notice", language)))
        rows.append((t("export_about_link", language), self.link or unknown))
        return rows


def source_facts(connection: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    """Every source's ``name, license, fetched_at, is_demo``, for :func:`about_for_line`."""
    cursor = connection.cursor()
    try:
        return cursor.execute(
            "SELECT name, license, fetched_at, is_demo FROM source ORDER BY id"
        ).df()
    finally:
        cursor.close()


def about_for_line(
    sources: pd.DataFrame,
    *,
    title: str,
    source_line: str,
    language: str,
    shows_demo: bool,
    link: str = "",
) -> ExportAbout:
    """The facts of the sources that ``source_line`` names (their licences, the latest fetch
    time), from ``sources`` (:func:`source_facts`); a source not named there is left out."""
    named = (
        sources[[str(name) in source_line for name in sources["name"]]] if len(sources) else sources
    )
    licences = [
        f"{row.name}: {row.license}" if len(named) > 1 else str(row.license)
        for row in named.itertuples(index=False)
        if isinstance(row.license, str) and row.license
    ]
    fetched = ""
    if len(named) and named["fetched_at"].notna().any():
        fetched = pd.Timestamp(named["fetched_at"].max()).strftime("%Y-%m-%d %H:%M")
    return ExportAbout(
        title=title,
        source_line=source_line,
        language=language,
        shows_demo=shows_demo
        or bool(named["is_demo"].fillna(False).any() if len(named) else False),
        licence="; ".join(licences),
        fetched=fetched,
        link=link,
    )
