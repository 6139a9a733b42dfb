"""Chart specs for the page, cached: a chart builder runs once per set of inputs.

Pages never hand an Altair chart to Streamlit. They call :func:`chart_spec` with a chart
builder from the data layer and its inputs; the finished Vega-Lite spec, its datasets already
as Arrow IPC bytes (the form Streamlit sends to the browser), is kept in ``st.cache_data`` and
drawn with ``st.vega_lite_chart``. The same spec feeds the PNG/SVG downloads and the
presentation basket. The builder's ``language`` argument, which sets the chart's words, also
sets the locale of its numbers (``config.locale``).
"""

from __future__ import annotations

import hashlib
import inspect
import pickle
import threading
from collections.abc import Callable
from types import FunctionType
from typing import Any

import altair as alt
import pandas as pd
import pyarrow as pa
import streamlit as st
from altair.utils.core import sanitize_pandas_dataframe
from altair.utils.data import to_values

from rus_data.charts.narrow import fit_narrow
from rus_data.charts.spec import ALTAIR_SETTINGS, localised

ChartBuilder = Callable[..., alt.TopLevelMixin]


def frame_key(frame: pd.DataFrame) -> bytes:
    """A content key of a frame: equal for equal frames however they were made (a fresh query
    result and its cached copy alike), different whenever a value, column or type differs."""
    digest = hashlib.blake2b(digest_size=20)
    digest.update(repr((list(frame.columns), [str(d) for d in frame.dtypes])).encode())
    try:
        digest.update(pd.util.hash_pandas_object(frame, index=True).to_numpy().tobytes())
    except TypeError:  # unhashable cells (lists, dicts): fall back to the pickled frame
        digest.update(pickle.dumps(frame, protocol=5))
    return digest.digest()


def _builder_key(builder: FunctionType) -> str:
    return f"{builder.__module__}.{builder.__qualname__}"


def builder_language(builder: ChartBuilder, args: tuple[Any, ...], kwargs: dict[str, Any]) -> str:
    """The ``language`` that ``builder(*args, **kwargs)`` is called with (or its default)."""
    if "language" in kwargs:
        return str(kwargs["language"])
    signature = inspect.signature(builder)
    parameter = signature.parameters.get("language")
    bound = signature.bind_partial(*args).arguments
    if parameter is None or ("language" not in bound and parameter.default is parameter.empty):
        raise TypeError(f"{_builder_key(builder)} needs a language argument for its numbers")
    return str(bound.get("language", parameter.default))


def _arrow_bytes(records: list[dict[str, Any]]) -> bytes:
    """Records as an Arrow IPC stream, as Streamlit sends a chart's data to the browser."""
    table = pa.Table.from_pandas(pd.DataFrame.from_records(records), preserve_index=False)
    sink = pa.BufferOutputStream()
    with pa.ipc.new_stream(sink, table.schema) as writer:
        writer.write_table(table)
    return sink.getvalue().to_pybytes()


_COLLECTED = threading.local()  # .frames: name → sanitised frame, during one conversion


def _named_frames(data: Any) -> Any:
    """An Altair data transformer: a pandas frame becomes a named dataset whose rows are kept
    aside (sanitised as Altair's own transformer does) to go to the browser as Arrow; other
    data (geo data, dicts) go inline as Altair would put them."""
    if isinstance(data, pd.DataFrame) and not hasattr(data, "__geo_interface__"):
        frame = sanitize_pandas_dataframe(data)
        if not len(frame):
            return to_values(frame)
        name = f"data-{frame_key(frame).hex()[:32]}"
        _COLLECTED.frames[name] = frame
        return {"name": name}
    return to_values(data)


alt.data_transformers.register("rus_named_frames", _named_frames)


def arrow_spec(chart: alt.TopLevelMixin, language: str) -> dict[str, Any]:
    """The Vega-Lite spec of ``chart`` in ``language`` (as
    :func:`rus_data.charts.spec.vega_lite_spec`), its datasets as Arrow IPC bytes made
    straight from the chart's frames, without Altair's detour through a list of records."""
    _COLLECTED.frames = {}
    try:
        with (
            ALTAIR_SETTINGS,
            alt.theme.enable("none"),
            alt.data_transformers.enable("rus_named_frames"),
        ):
            spec = fit_narrow(localised(chart.to_dict(validate=False), language))
        frames = _COLLECTED.frames
    finally:
        _COLLECTED.frames = {}
    datasets = {
        name: _arrow_bytes(rows) if isinstance(rows, list) and rows else rows
        for name, rows in spec.get("datasets", {}).items()
    }
    for name, frame in frames.items():
        datasets[name] = _frame_arrow_bytes(frame)
    return {**spec, "datasets": datasets}


def _frame_arrow_bytes(frame: pd.DataFrame) -> bytes:
    table = pa.Table.from_pandas(frame, preserve_index=False)
    sink = pa.BufferOutputStream()
    with pa.ipc.new_stream(sink, table.schema) as writer:
        writer.write_table(table)
    return sink.getvalue().to_pybytes()


@st.cache_data(
    max_entries=1536,  # a warmed process's 120 views hold about 1,000 specs (trends: 12 a view)
    show_spinner=False,
    hash_funcs={pd.DataFrame: frame_key, FunctionType: _builder_key},
)
def _cached_spec(
    builder: ChartBuilder, args: tuple[Any, ...], kwargs: dict[str, Any]
) -> dict[str, Any]:
    return arrow_spec(builder(*args, **kwargs), builder_language(builder, args, kwargs))


def chart_spec(builder: ChartBuilder, *args: Any, **kwargs: Any) -> dict[str, Any]:
    """The Vega-Lite spec of ``builder(*args, **kwargs)``, for ``st.vega_lite_chart``.

    ``builder`` is a pure function of its arguments (frames, labels, language, options); the
    spec is cached by the builder's name and its arguments, frames by their content.
    """
    return _cached_spec(builder, args, kwargs)
