"""Texts of the map's chart builders (the data layer's part of the page *Karta*)."""

from __future__ import annotations

TEXTS: dict[str, dict[str, str]] = {
    "map_bars_left_out": {
        "sv": "⋯ {count} till – hela listan i tabellen",
        "en": "⋯ {count} more – the full list is in the table",
    },
}
