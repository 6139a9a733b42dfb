"""Statistics Sweden's PxWebApi 2.0: table search, metadata and data as JSON-stat 2.0.

SCB asks clients to keep to 10 calls in 10 seconds; the client waits to stay within that.
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

from rus_data.connectors.http import RETRY_STATUSES, ConnectorError, JsonClient, RateLimiter
from rus_data.text.progress import progress_bar

DEFAULT_BASE_URL = "https://statistikdatabasen.scb.se/api/v2"
CALLS_PER_WINDOW = 10
WINDOW_SECONDS = 10.0
MAX_VALUES_PER_CALL = 100_000
MAX_PAGES = 1000
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


def dimensions_of(document: dict[str, Any]) -> list[Dimension]:
    """The dimensions of a JSON-stat 2.0 dataset in ``id`` order."""
    try:
        ids = list(document["id"])
        dims = document["dimension"]
        result = []
        for dim_id in ids:
            category = dims[dim_id]["category"]
            index = category.get("index")
            if isinstance(index, dict):
                codes = [code for code, _ in sorted(index.items(), key=lambda kv: kv[1])]
            elif isinstance(index, list):
                codes = list(index)
            else:
                codes = list(category.get("label", {}))
            units = {
                code: str(unit.get("base", "")) for code, unit in category.get("unit", {}).items()
            }
            result.append(
                Dimension(
                    id=dim_id,
                    label=str(dims[dim_id].get("label", dim_id)),
                    codes=[str(c) for c in codes],
                    labels={str(k): str(v) for k, v in category.get("label", {}).items()},
                    units=units,
                )
            )
        return result
    except (KeyError, TypeError, AttributeError) as error:
        raise ConnectorError(f"SCB svarade med ogiltig JSON-stat (saknar {error}).") from None


def parse_jsonstat(document: Any) -> pd.DataFrame:
    """A JSON-stat 2.0 dataset as a long table: one column per dimension and ``value``.

    Values are row-major in ``id`` order (the last dimension varies fastest); missing cells
    (null, or absent in the sparse form) are left out.
    """
    if not isinstance(document, dict) or document.get("class") != "dataset":
        raise ConnectorError("SCB svarade inte med en JSON-stat 2.0-datamängd.")
    dims = dimensions_of(document)
    sizes = [len(d.codes) for d in dims]
    declared = document.get("size", sizes)
    if list(declared) != sizes:
        raise ConnectorError("SCB:s JSON-stat är motsägelsefull: ”size” stämmer inte med koderna.")
    total = math.prod(sizes)
    raw = document.get("value")
    values = np.full(total, np.nan)
    if isinstance(raw, list):
        if len(raw) != total:
            raise ConnectorError(
                f"SCB:s JSON-stat har {len(raw)} värden men dimensionerna ger {total}."
            )
        values[:] = [np.nan if v is None else v for v in raw]
    elif isinstance(raw, dict):
        for key, value in raw.items():
            if value is not None:
                values[int(key)] = value
    else:
        raise ConnectorError("SCB:s JSON-stat saknar ”value”.")
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
    return int(period) if re.fullmatch(r"(19|20)\d\d", period) else None


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

    def close(self) -> None:
        """Close the HTTP connections."""
        self.http.close()

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
            tables.extend(answer["tables"])
            page = answer.get("page") or {}
            if int(page.get("pageNumber", 1)) >= int(page.get("totalPages", 1)):
                break
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

        Regions are split over several calls so each stays under SCB's value limit.
        """
        region_dim = next((d for d in selection if d in REGION_DIMENSIONS), None)
        others = math.prod(len(v) for d, v in selection.items() if d != region_dim)
        regions = selection.get(region_dim, [""]) if region_dim else [""]
        per_call = max(1, MAX_VALUES_PER_CALL // max(1, others))
        chunks = [regions[i : i + per_call] for i in range(0, len(regions), per_call)]
        frames = []
        for number, chunk in enumerate(chunks, start=1):
            params = {"lang": "sv", "outputFormat": "json-stat2"}
            for dim, codes in selection.items():
                params[f"valueCodes[{dim}]"] = ",".join(chunk if dim == region_dim else codes)
            frames.append(parse_jsonstat(self.http.get_json(f"tables/{table_id}/data", params)))
            progress(f"  {table_id} {progress_bar(number, len(chunks))} anrop")
        return pd.concat(frames, ignore_index=True) if frames else pd.DataFrame()
