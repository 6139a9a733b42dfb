"""Where the database lives and other settings read from the environment."""

from __future__ import annotations

import os
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DB_PATH = PROJECT_ROOT / "data" / "rus.duckdb"
DEMO_SEED = 20241231


def database_path() -> Path:
    """Return the database path: ``$RUS_DB`` if set, else ``data/rus.duckdb`` in the project."""
    configured = os.environ.get("RUS_DB", "").strip()
    return Path(configured).expanduser() if configured else DEFAULT_DB_PATH
