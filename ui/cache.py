"""Caching done once: one decorator that turns a data-layer function into a cached one keyed
by the version of the data it reads.

A data-layer function takes a connection (or cursor) as its first argument and plain values
after it. ``cached()`` wraps it into a function of the plain values alone: the connection is
supplied at call time and the cache key is the database version plus the values, so an
import or rebuild is picked up on the next rerun without clearing anything by hand. Results
are kept in ``st.cache_data`` (a copy per hit), so cache final, compact results: frames,
text, bytes.

The connection is not a Streamlit resource: it comes from the process's reader registry
(:mod:`rus_data.db.readers`) and is held only while the function runs, so neither a new
database version nor a client's ``clear_cache`` closes it under a running query.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from contextlib import AbstractContextManager
from pathlib import PurePath
from typing import Any, ParamSpec, TypeVar

import duckdb
import streamlit as st

from rus_data.config import database_path
from rus_data.db.readers import database_version, reading

P = ParamSpec("P")
R = TypeVar("R")


def db_version() -> str:
    """The current database version token (one ``stat`` of the file)."""
    return database_version(database_path())


def connection() -> AbstractContextManager[duckdb.DuckDBPyConnection]:
    """The process's read-only connection to the database, held for a ``with`` block;
    queries take their own cursor from it."""
    return reading(database_path())


def cached(
    max_entries: int = 64,
    version: Callable[[], object] = db_version,
    source: Callable[[], object] = connection,
) -> Callable[[Callable[..., R]], Callable[..., R]]:
    """Cache a data-layer function ``f(connection, *args, **kwargs)`` as ``g(*args, **kwargs)``.

    ``source`` gives the first argument at call time, or a context manager that gives it for
    the length of the call (default: the database connection; the workshop's functions take
    the path of its file instead) and ``version`` the token of the data it reads (default:
    the database's); a new token means new results. ``max_entries`` bounds the cache per
    function.
    """

    def decorate(function: Callable[..., R]) -> Callable[..., R]:
        def run(token: object, *args: Any, **kwargs: Any) -> R:
            del token  # part of the cache key only
            first = source()
            # A path is handed over as it is (Path's own context manager is deprecated).
            if isinstance(first, AbstractContextManager) and not isinstance(first, PurePath):
                with first as value:
                    return function(value, *args, **kwargs)
            return function(first, *args, **kwargs)

        # Streamlit keys a cache by the function's module and qualified name: give every
        # wrapped function its own.
        run.__module__ = function.__module__
        run.__qualname__ = f"cached.{function.__qualname__}"
        cached_run = st.cache_data(max_entries=max_entries, show_spinner=False)(run)

        @functools.wraps(function)
        def wrapper(*args: Any, **kwargs: Any) -> R:
            return cached_run(version(), *args, **kwargs)

        wrapper.clear = cached_run.clear  # type: ignore[attr-defined]
        return wrapper

    return decorate
