"""Statistics Sweden's PxWebApi 2.0: table search, metadata and data as JSON-stat 2.0.

SCB states its limits in ``GET /config`` (``maxDataCells``, ``maxCallsPerTimeWindow`` per
``timeWindow`` seconds); the client reads them before fetching data and falls back to cautious
figures when the answer lacks them. Data is fetched by ``POST /tables/{id}/data`` with the
selection as JSON (a GET with every region is longer than SCB accepts), split so that no call
asks for more cells than the limit. Variables marked ``elimination: true`` may be left out of
the selection; SCB then answers the total over them.
Answers are checked as they arrive: the JSON-stat shape, at most :data:`MAX_CELLS_PER_ANSWER`
cells, codes and labels as bounded text, every value finite and within the sane range of
:mod:`rus_data.imports.bounds` (named by table, region and period when not), and at most
:data:`MAX_ROWS_PER_SYNC` rows per client (one client serves one sync).
"""

from __future__ import annotations

import math
import os
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd

from rus_data.connectors.http import (
    NOTHING_WRITTEN,
    RETRY_STATUSES,
    ConnectorError,
    JsonClient,
    RateLimiter,
)
from rus_data.imports.bounds import (
    NAME,
    OUT_OF_RANGE,
    number_from_api,
    one_line,
    shown,
    text_problem,
)
from rus_data.text.progress import progress_bar

DEFAULT_BASE_URL = "https://statistikdatabasen.scb.se/api/v2"
CALLS_PER_WINDOW = 10  # cautious figures, used when /config does not state the limits
WINDOW_SECONDS = 10.0
MAX_VALUES_PER_CALL = 100_000
MAX_PAGES = 1000
MAX_CELLS_PER_ANSWER = 1_000_000  # SCB itself gives at most 150 000; we ask for 100 000
MAX_ROWS_PER_SYNC = 1_000_000
MAX_CODES_PER_DIMENSION = 100_000
SEARCH_FIELDS = ("id", "label", "firstPeriod", "lastPeriod")
REGION_DIMENSIONS = ("Region", "region")
TIME_DIMENSIONS = ("Tid", "tid", "Year", "year")

Progress = Callable[[str], None]


def base_url() -> str:
    """``$SCB_BASE_URL`` or the public PxWebApi 2.0 address."""
    return os.environ.get("SCB_BASE_URL", "").strip() or DEFAULT_BASE_URL


@dataclass(frozen=True)
class Dimension:
    """One dimension of a table: its codes in order, their labels, and units if any."""

    id: str
    label: str
    codes: list[str]
    labels: dict[str, str]
    units: dict[str, str]
    elimination: bool = False  # may be left out; SCB then answers the total over it


def _text(value: Any, what: str) -> str:
    """A code or label of the answer as bounded text without control characters."""
    if not isinstance(value, str | int) or isinstance(value, bool):
        raise ConnectorError(f"SCB svarade med {what} som inte är text: {shown(value)}.")
    text = str(value)
    problem = text_problem(text, NAME)
    if problem:
        raise ConnectorError(f"SCB svarade med {what} {shown(text)}: {problem} {NOTHING_WRITTEN}")
    return text


def _dimension(dim_id: str, entry: Any) -> Dimension:
    category = entry["category"]
    index = category.get("index")
    if isinstance(index, dict):
        if not all(isinstance(v, int) and not isinstance(v, bool) for v in index.values()):
            raise TypeError("index")
        codes = [code for code, _ in sorted(index.items(), key=lambda kv: kv[1])]
    elif isinstance(index, list):
        codes = list(index)
    else:
        codes = list(category.get("label", {}))
    if len(codes) > MAX_CODES_PER_DIMENSION or len(set(map(str, codes))) != len(codes):
        raise ConnectorError(
            f"SCB svarade med {len(codes)} koder, eller samma kod två gånger, i dimensionen "
            f"{shown(dim_id)}. {NOTHING_WRITTEN}"
        )
    units = {
        _text(code, "en enhetskod"): _text(unit.get("base", ""), "en enhet")
        for code, unit in category.get("unit", {}).items()
    }
    return Dimension(
        id=dim_id,
        label=_text(entry.get("label", dim_id), "en dimensionsrubrik"),
        codes=[_text(c, "en kod") for c in codes],
        labels={
            _text(k, "en kod"): _text(v, "en etikett") for k, v in category.get("label", {}).items()
        },
        units=units,
        elimination=_eliminable(entry),
    )


def _eliminable(entry: Any) -> bool:
    extension = entry.get("extension") if isinstance(entry, dict) else None
    return isinstance(extension, dict) and extension.get("elimination") is True


@dataclass(frozen=True)
class Limits:
    """SCB's limits as ``/config`` states them (or the cautious fallbacks)."""

    max_cells: int = MAX_VALUES_PER_CALL
    calls: int = CALLS_PER_WINDOW
    window_seconds: float = WINDOW_SECONDS
    from_config: bool = False


def limits_of(config: Any) -> Limits:
    """The limits in a ``/config`` answer; a missing, zero or odd figure keeps its fallback."""
    if not isinstance(config, dict):
        return Limits()

    def positive(key: str, high: float) -> float | None:
        value = config.get(key)
        if isinstance(value, int | float) and not isinstance(value, bool) and 0 < value <= high:
            return float(value)
        return None

    cells = positive("maxDataCells", MAX_CELLS_PER_ANSWER)
    calls = positive("maxCallsPerTimeWindow", 10_000)
    window = positive("timeWindow", 3600)
    return Limits(
        max_cells=int(cells) if cells else MAX_VALUES_PER_CALL,
        calls=int(calls) if calls and window else CALLS_PER_WINDOW,
        window_seconds=window if calls and window else WINDOW_SECONDS,
        from_config=cells is not None,
    )


def dimensions_of(document: Any) -> list[Dimension]:
    """The dimensions of a JSON-stat 2.0 dataset in ``id`` order."""
    try:
        ids = document["id"]
        if not isinstance(ids, list) or len(ids) > 50:
            raise TypeError("id")
        dims = document["dimension"]
        return [_dimension(_text(dim_id, "en dimension"), dims[dim_id]) for dim_id in ids]
    except (KeyError, TypeError, AttributeError, ValueError) as error:
        raise ConnectorError(
            f"SCB svarade med ogiltig JSON-stat ({type(error).__name__}: {shown(str(error))})."
        ) from None


def _values(raw: Any, dims: list[Dimension], total: int, table: str) -> np.ndarray:
    """The cells of ``value`` (a list, or the sparse dict form) as floats, NaN where missing."""
    values = np.full(total, np.nan)
    if isinstance(raw, list):
        if len(raw) != total:
            raise ConnectorError(
                f"SCB:s JSON-stat har {len(raw)} värden men dimensionerna ger {total}."
            )
        cells = enumerate(raw)
    elif isinstance(raw, dict):
        keys = [k if isinstance(k, str) and k.isascii() and k.isdigit() else "" for k in raw]
        if not all(k and int(k) < total for k in keys):
            raise ConnectorError("SCB:s JSON-stat har ett värde utanför tabellen.")
        cells = ((int(k), v) for k, v in zip(keys, raw.values(), strict=True))
    else:
        raise ConnectorError("SCB:s JSON-stat saknar ”value”.")
    sizes = [len(d.codes) for d in dims]
    for position, value in cells:
        if value is None:
            continue
        number = number_from_api(value)
        if number is None:
            where = np.unravel_index(position, sizes) if sizes else ()
            place = ", ".join(f"{d.id} {d.codes[i]}" for d, i in zip(dims, where, strict=True))
            raise ConnectorError(
                f"SCB svarade med värdet {shown(value)} i tabell {table} ({place}): det "
                f"{OUT_OF_RANGE}. {NOTHING_WRITTEN}"
            )
        values[position] = number
    return values


def parse_jsonstat(document: Any, table: str = "") -> pd.DataFrame:
    """A JSON-stat 2.0 dataset as a long table: one column per dimension and ``value``.

    Values are row-major in ``id`` order (the last dimension varies fastest); missing cells
    (null, or absent in the sparse form) are left out.
    """
    if not isinstance(document, dict) or document.get("class") != "dataset":
        raise ConnectorError("SCB svarade inte med en JSON-stat 2.0-datamängd.")
    dims = dimensions_of(document)
    sizes = [len(d.codes) for d in dims]
    declared = document.get("size", sizes)
    if not isinstance(declared, list) or declared != sizes:
        raise ConnectorError("SCB:s JSON-stat är motsägelsefull: ”size” stämmer inte med koderna.")
    total = math.prod(sizes)
    if total > MAX_CELLS_PER_ANSWER:
        raise ConnectorError(
            f"SCB svarade med en tabell på {total} celler; högst {MAX_CELLS_PER_ANSWER} tas "
            f"emot i ett svar. {NOTHING_WRITTEN}"
        )
    values = _values(document.get("value"), dims, total, table or "?")
    grids = np.meshgrid(*[np.arange(s) for s in sizes], indexing="ij")
    frame = pd.DataFrame(
        {
            d.id: np.asarray(d.codes, dtype=object)[g.ravel()]
            for d, g in zip(dims, grids, strict=True)
        }
    )
    frame["value"] = values
    return frame.dropna(subset=["value"]).reset_index(drop=True)


def year_of(period: str) -> int | None:
    """The year of a yearly period code like ``2022``; None for months or quarters."""
    return int(period) if re.fullmatch(r"(19|20)[0-9][0-9]", period) else None


class ScbClient:
    """Reads PxWebApi 2.0 with SCB's rate limit."""

    def __init__(self, client: JsonClient | None = None) -> None:
        self.http = client or JsonClient(
            base_url(),
            "SCB",
            env_name="SCB_BASE_URL",
            limiter=RateLimiter(CALLS_PER_WINDOW, WINDOW_SECONDS),
            retry_statuses=frozenset(RETRY_STATUSES | {403}),
        )
        self.rows = 0
        self.limits: Limits | None = None

    def close(self) -> None:
        """Close the HTTP connections."""
        self.http.close()

    def configure(self) -> Limits:
        """Read SCB's limits from ``/config`` once; the rate limiter follows them."""
        if self.limits is not None:
            return self.limits
        try:
            self.limits = limits_of(self.http.get_json("config"))
        except ConnectorError:
            self.limits = Limits()
        if self.http.limiter is not None and self.limits.from_config:
            self.http.limiter = RateLimiter(self.limits.calls, self.limits.window_seconds)
        return self.limits

    def search_tables(self, query: str) -> list[dict[str, Any]]:
        """Tables whose text matches ``query``: ``id``, ``label``, first and last period."""
        tables: list[dict[str, Any]] = []
        page_number = 1
        while page_number <= MAX_PAGES:
            answer = self.http.get_json(
                "tables", {"query": query, "lang": "sv", "pageNumber": str(page_number)}
            )
            if not isinstance(answer, dict) or not isinstance(answer.get("tables"), list):
                raise ConnectorError("SCB svarade i ett oväntat format på tabellsökningen.")
            tables.extend(
                {k: one_line(t.get(k, "")) for k in SEARCH_FIELDS}
                for t in answer["tables"]
                if isinstance(t, dict)
            )
            page = answer.get("page") or {}
            try:
                if int(page.get("pageNumber", 1)) >= int(page.get("totalPages", 1)):
                    break
            except (AttributeError, TypeError, ValueError, OverflowError):
                raise ConnectorError("SCB svarade med ogiltiga sidnummer.") from None
            page_number += 1
        return tables

    def metadata(self, table_id: str) -> list[Dimension]:
        """The dimensions of a table with their codes and labels."""
        return dimensions_of(self.http.get_json(f"tables/{table_id}/metadata", {"lang": "sv"}))

    def data(
        self,
        table_id: str,
        selection: dict[str, list[str]],
        progress: Progress = lambda _m: None,
    ) -> pd.DataFrame:
        """The table's values for ``selection`` (dimension → codes) as a long table.

        Sent as ``POST`` with the selection as JSON; regions are split over several calls so
        each stays within SCB's cell limit. Variables left out of ``selection`` must be
        eliminable: SCB answers the total over them.
        """
        limit = self.configure().max_cells
        region_dim = next((d for d in selection if d in REGION_DIMENSIONS), None)
        others = math.prod(len(v) for d, v in selection.items() if d != region_dim)
        regions = selection.get(region_dim, [""]) if region_dim else [""]
        per_call = max(1, limit // max(1, others))
        chunks = [regions[i : i + per_call] for i in range(0, len(regions), per_call)]
        frames = []
        params = {"lang": "sv", "outputFormat": "json-stat2"}
        for number, chunk in enumerate(chunks, start=1):
            body = {
                "selection": [
                    {"variableCode": dim, "valueCodes": chunk if dim == region_dim else codes}
                    for dim, codes in selection.items()
                ]
            }
            answer = self.http.post_json(f"tables/{table_id}/data", body, params)
            frames.append(parse_jsonstat(answer, table_id))
            missing = [d for d in selection if d not in frames[-1].columns]
            if missing:
                raise ConnectorError(
                    f"SCB svarade för tabell {table_id} utan dimensionen {shown(missing[0])}. "
                    f"{NOTHING_WRITTEN}"
                )
            self.rows += len(frames[-1])
            if self.rows > MAX_ROWS_PER_SYNC:
                raise ConnectorError(
                    f"SCB skickade fler än {MAX_ROWS_PER_SYNC} värden i en hämtning; den "
                    f"avbröts. Välj färre år eller värden. {NOTHING_WRITTEN}"
                )
            progress(f"  {table_id} {progress_bar(number, len(chunks))} anrop")
        return pd.concat(frames, ignore_index=True) if frames else pd.DataFrame()
