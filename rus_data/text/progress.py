"""A text progress bar for the command line."""

from __future__ import annotations


def progress_bar(done: int, total: int, width: int = 24) -> str:
    """``[#######.........] 7/20`` for ``done`` of ``total`` steps."""
    total = max(total, 1)
    filled = round(width * min(done, total) / total)
    return f"[{'#' * filled}{'.' * (width - filled)}] {done}/{total}"
