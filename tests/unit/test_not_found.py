"""Addresses that are no page are sent home with the address named (ui/not_found.py)."""

from __future__ import annotations

from tests.support.event_loop import run_coroutine
from ui.not_found import PageNotFoundMiddleware, missing_page


def test_which_paths_are_no_page() -> None:
    assert missing_page("/") is None
    assert missing_page("/map") is None
    assert missing_page("/trends/") is None
    assert missing_page("/map/extra") == "/map/extra"
    assert missing_page("/nosuch") == "/nosuch"
    assert missing_page("/overview") == "/overview"  # the first page lives at "/"
    for own in ("/_stcore/health", "/static/js/main.js", "/media/x.png", "/app/static/a"):
        assert missing_page(own) is None


def _call(path: str, accept: bytes, query: bytes = b"") -> list[dict]:
    sent: list[dict] = []
    reached: list[str] = []

    async def app(scope, receive, send) -> None:
        reached.append(scope["path"])

    async def send(message) -> None:
        sent.append(message)

    scope = {
        "type": "http",
        "method": "GET",
        "path": path,
        "query_string": query,
        "headers": [(b"accept", accept)],
    }
    run_coroutine(PageNotFoundMiddleware(app)(scope, None, send))
    return sent or [{"reached": reached}]


def test_a_browser_asking_for_no_page_is_sent_home_in_its_language() -> None:
    start, _body = _call("/map/extra", b"text/html,*/*", b"lang=en&region=14")
    assert start["status"] == 302
    location = dict(start["headers"])[b"location"].decode()
    assert location == "/?lang=en&region=14&missing_page=%2Fmap%2Fextra"


def test_pages_assets_and_scripts_pass_through() -> None:
    assert _call("/map", b"text/html") == [{"reached": ["/map"]}]
    assert _call("/map/extra", b"application/javascript") == [{"reached": ["/map/extra"]}]
    assert _call("/static/js/x.js", b"text/html") == [{"reached": ["/static/js/x.js"]}]


def test_the_start_pages_own_name_goes_home_quietly() -> None:
    start, _body = _call("/overview", b"text/html", b"region=14")
    assert dict(start["headers"])[b"location"] == b"/?region=14"
