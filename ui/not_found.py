"""Addresses that are no page: the server sends them home, and home says so.

Streamlit serves its page shell for any path, but for a path below a page (``/map/extra``) the
shell's relative asset paths point nowhere and the browser shows a blank page forever. A
browser asking for such a page (or for any path that is not one of ours) is redirected to the
start page with ``missing_page=<path>`` (the rest of the query, the language included, is
kept), and the frame says in the user's language that the page does not exist
(:func:`say_page_not_found`). ``/overview``, the start page's own name, goes home quietly.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any
from urllib.parse import parse_qsl, urlencode

import streamlit as st

from rus_data.text import t
from rus_data.text.plain import as_markdown_text
from ui.navigation import PAGES

MISSING_PAGE = "missing_page"
# Streamlit's own paths (its API, assets, media, components) are never pages.
_NOT_PAGES = ("_stcore", "static", "media", "component", "app", "~", "favicon.png")

Scope = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[MutableMapping[str, Any]]]
Send = Callable[[MutableMapping[str, Any]], Awaitable[None]]


def missing_page(path: str) -> str | None:
    """The path as the user wrote it when it is no page of ours (and not Streamlit's own),
    else None. ``/`` and ``/map`` are pages; ``/map/extra`` and ``/nosuch`` are not."""
    parts = [part for part in path.split("/") if part]
    if not parts or parts[0] in _NOT_PAGES:
        return None
    pages = {spec.url_path for spec in PAGES[1:]}  # the first page's address is "/"
    if len(parts) == 1 and parts[0] in pages:
        return None
    return "/" + "/".join(parts)


class PageNotFoundMiddleware:
    """ASGI middleware: a browser's GET of a page that does not exist is sent home."""

    def __init__(self, app: Callable[[Scope, Receive, Send], Awaitable[None]]) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and scope.get("method") == "GET" and _wants_html(scope):
            path = missing_page(scope.get("path", "/"))
            if path is not None:
                query = parse_qsl(scope.get("query_string", b"").decode("latin-1"))
                query = [(k, v) for k, v in query if k != MISSING_PAGE]
                if path != f"/{PAGES[0].url_path}":  # the start page's own name: no notice
                    query.append((MISSING_PAGE, path[:200]))
                location = "/?" + urlencode(query)
                await send(
                    {
                        "type": "http.response.start",
                        "status": 302,
                        "headers": [(b"location", location.encode("latin-1"))],
                    }
                )
                await send({"type": "http.response.body", "body": b""})
                return
        await self.app(scope, receive, send)


def _wants_html(scope: Scope) -> bool:
    """Whether the request is a browser asking for a page (not a script, image or API)."""
    headers = dict(scope.get("headers") or [])
    return b"text/html" in headers.get(b"accept", b"")


def say_page_not_found(language: str) -> None:
    """On the start page after a redirect: which address did not exist (once)."""
    path = st.query_params.get(MISSING_PAGE)
    if path:
        st.info(
            t("page_not_found", language, path=as_markdown_text(path[:200], 200)),
            icon=":material/explore_off:",
        )
