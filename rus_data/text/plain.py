"""Free text shown as text: Markdown's special characters escaped, length and characters bounded.

Streamlit renders Markdown (and its own ``:color[…]`` directives) in titles, captions and
notices; a name from a file, an API or a URL must not become a link, an image or a style there.
"""

from __future__ import annotations

import unicodedata

_MARKDOWN_SPECIAL = frozenset("\\`*_{}[]()#+-.!|<>~$:=")


def escape_markdown(text: str) -> str:
    """``text`` with every character that Markdown or Streamlit would interpret escaped."""
    return "".join(f"\\{c}" if c in _MARKDOWN_SPECIAL else c for c in text)


def bounded(text: str, limit: int = 200) -> str:
    """``text`` without control characters and at most ``limit`` characters (an ellipsis
    marks a cut)."""
    cleaned = "".join(
        " " if unicodedata.category(c) in {"Cc", "Cf", "Zl", "Zp"} else c for c in str(text)
    )
    return cleaned if len(cleaned) <= limit else cleaned[: limit - 1] + "…"


def as_markdown_text(text: str, limit: int = 200) -> str:
    """Free text made safe to place inside Markdown: bounded, then escaped."""
    return escape_markdown(bounded(text, limit))
