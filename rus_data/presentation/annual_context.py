"""What every slide builder of the yearly deck shares: the deck's area, year and language with
the connection and sources, and the words for status and trend in speaker notes."""

from __future__ import annotations

from dataclasses import dataclass

import duckdb
import pandas as pd

from rus_data.db.queries import Language
from rus_data.presentation.annual_texts import text
from rus_data.text.status import status_style, trend_style

NATION = "00"


@dataclass(frozen=True)
class AnnualDeck:
    """What every slide builder needs: the connection and the area, year and language."""

    connection: duckdb.DuckDBPyConnection
    region_code: str
    area: str
    year: int
    language: Language
    sources: pd.DataFrame  # the sources of the year's assessments

    @property
    def is_nation(self) -> bool:
        """Whether the deck is Sweden's."""
        return self.region_code == NATION

    def query(self, **extra: str) -> dict[str, str]:
        """URL query parameters of the view: the shared keys (non-default ones) and ``extra``."""
        shared = {"year": str(self.year)}
        if self.language != "sv":
            shared["lang"] = self.language
        if not self.is_nation:
            shared["region"] = self.region_code
        return {**shared, **extra}


def is_demo(sources: pd.DataFrame) -> bool:
    """Whether any of ``sources`` is demo data."""
    return bool(sources["is_demo"].fillna(False).any()) if len(sources) else False


def status_words(status: object, language: str) -> str:
    """A status in words ("no data" when there is none)."""
    return status_style(status if isinstance(status, str) else None).label(language)


def trend_words(trend: object, language: str) -> str:
    """A trend in lower-case words, or the words for no trend."""
    style = trend_style(trend if isinstance(trend, str) else None)
    return style.label(language).lower() if style else text("no_trend", language)
