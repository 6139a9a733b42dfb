"""The workshop's two backends in tests: the DuckDB file always, PostgreSQL when
``RUS_TEST_POSTGRES_URL`` names a server (skipped without one, a failure where
``RUS_REQUIRE_POSTGRES=1``, as in CI). Each test gets a schema of its own, dropped after."""

from __future__ import annotations

import os
import secrets
from collections.abc import Iterator
from contextlib import contextmanager
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import pytest

BACKENDS = ("duckdb", "postgres")


def postgres_url() -> str:
    """The test server's URL, or a skip (a failure in CI) when there is none."""
    url = os.environ.get("RUS_TEST_POSTGRES_URL", "").strip()
    if url:
        return url
    if os.environ.get("RUS_REQUIRE_POSTGRES") == "1":
        pytest.fail("RUS_REQUIRE_POSTGRES=1 men RUS_TEST_POSTGRES_URL är inte satt")
    pytest.skip("RUS_TEST_POSTGRES_URL är inte satt: inga tester mot PostgreSQL")


def with_search_path(url: str, schema: str) -> str:
    """``url`` with ``options=-csearch_path=<schema>`` added to its query."""
    parts = urlsplit(url)
    query = [(k, v) for k, v in parse_qsl(parts.query) if k != "options"]
    query.append(("options", f"-csearch_path={schema}"))
    return urlunsplit(parts._replace(query=urlencode(query)))


@contextmanager
def fresh_schema(base_url: str) -> Iterator[str]:
    """A URL whose tables land in a new, empty schema, dropped (with this process's pooled
    connections to it) afterwards."""
    import psycopg
    from psycopg import sql

    from rus_data.conflicts.workshop_postgres import close_pool

    schema = f"test_{secrets.token_hex(6)}"
    with psycopg.connect(base_url, autocommit=True) as admin:
        admin.execute(sql.SQL("CREATE SCHEMA {}").format(sql.Identifier(schema)))
    url = with_search_path(base_url, schema)
    try:
        yield url
    finally:
        close_pool(url)
        with psycopg.connect(base_url, autocommit=True) as admin:
            admin.execute(sql.SQL("DROP SCHEMA {} CASCADE").format(sql.Identifier(schema)))
