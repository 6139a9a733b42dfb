"""A small JSON client: timeouts, retries with backoff on 429 and 5xx, an optional rate limit.

It talks to one configured host only: an absolute address (a ``next_url``, say) on another
host, port or scheme is refused, and no redirect is followed. An answer is streamed and
unpacked in bounded steps, and given up past :data:`MAX_RESPONSE_BYTES` of decoded body (a
small gzip body that inflates to a gigabyte stops at the limit) or :data:`MAX_RESPONSE_SECONDS`.
Sleeping and the clock are injectable so tests run fast. Every failure a user can meet is a
:class:`ConnectorError` with a Swedish message; nothing here writes to the database.
"""

from __future__ import annotations

import json
import math
import threading
import time
import zlib
from collections import deque
from collections.abc import Callable
from typing import Any
from urllib.parse import urljoin, urlsplit

import httpx

Sleep = Callable[[float], None]
Clock = Callable[[], float]
RETRY_STATUSES = {429, 500, 502, 503, 504}
MAX_RETRY_AFTER = 60.0
MAX_RESPONSE_BYTES = 50 * 1024 * 1024
MAX_RESPONSE_SECONDS = 120.0
MAX_URL_LENGTH = 8000
DEFAULT_PORTS = {"http": 80, "https": 443}
NOTHING_WRITTEN = "Inget har skrivits till databasen."


class ConnectorError(Exception):
    """A problem talking to an API, with a message in Swedish for the user."""


class _TooLarge(Exception):
    """The decoded body grew past the limit."""


class _BoundedGzip:
    """Inflates gzip (several members too) without ever producing more than it is allowed."""

    def __init__(self) -> None:
        self._inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)

    def feed(self, data: bytes, room: int) -> bytes:
        """The bytes ``data`` inflates to; :class:`_TooLarge` past ``room`` bytes."""
        out = bytearray()
        while data:
            out += self._inflater.decompress(data, room - len(out) + 1)
            if len(out) > room:
                raise _TooLarge
            if self._inflater.eof:
                data = self._inflater.unused_data
                if data:
                    self._inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
            else:
                data = self._inflater.unconsumed_tail
        return bytes(out)

    def complete(self) -> bool:
        """True when the last gzip member ended properly."""
        return self._inflater.eof


def origin(url: str) -> tuple[str, str, int] | None:
    """Scheme, host and port of an http(s) address without user name; None otherwise."""
    try:
        parts = urlsplit(url)
        scheme = parts.scheme.lower()
        if scheme not in DEFAULT_PORTS or parts.username or parts.password:
            return None
        return scheme, (parts.hostname or "").lower(), parts.port or DEFAULT_PORTS[scheme]
    except ValueError:
        return None


class RateLimiter:
    """At most ``calls`` requests in any window of ``period`` seconds."""

    def __init__(
        self,
        calls: int,
        period: float,
        *,
        clock: Clock = time.monotonic,
        sleep: Sleep = time.sleep,
    ) -> None:
        self.calls = calls
        self.period = period
        self.clock = clock
        self.sleep = sleep
        self._stamps: deque[float] = deque()
        self._lock = threading.Lock()

    def wait(self) -> None:
        """Block until one more request fits in the window, then count it."""
        with self._lock:
            while True:
                now = self.clock()
                while self._stamps and now - self._stamps[0] >= self.period:
                    self._stamps.popleft()
                if len(self._stamps) < self.calls:
                    self._stamps.append(now)
                    return
                self.sleep(self.period - (now - self._stamps[0]))


class JsonClient:
    """GETs JSON from one API, retrying what is worth retrying."""

    def __init__(
        self,
        base_url: str,
        service: str,
        *,
        timeout: float = 30.0,
        retries: int = 4,
        backoff: float = 1.0,
        sleep: Sleep = time.sleep,
        limiter: RateLimiter | None = None,
        env_name: str = "",
        retry_statuses: frozenset[int] = frozenset(RETRY_STATUSES),
        max_bytes: int = MAX_RESPONSE_BYTES,
        max_seconds: float = MAX_RESPONSE_SECONDS,
    ) -> None:
        self.base_url = base_url.rstrip("/") + "/"
        self.service = service
        self.retries = retries
        self.backoff = backoff
        self.sleep = sleep
        self.limiter = limiter
        self.env_name = env_name
        self.retry_statuses = retry_statuses
        self.max_bytes = max_bytes
        self.max_seconds = max_seconds
        self.calls = 0
        self._origin = origin(self.base_url)
        self._http = httpx.Client(
            timeout=timeout, follow_redirects=False, headers={"Accept-Encoding": "gzip"}
        )

    def close(self) -> None:
        """Close the underlying HTTP connections."""
        self._http.close()

    def url(self, path_or_url: str) -> str:
        """An absolute URL: ``path_or_url`` itself if absolute, else joined to the base.

        Refused (:class:`ConnectorError`) when it would leave the configured host.
        """
        if not isinstance(path_or_url, str) or len(path_or_url) > MAX_URL_LENGTH:
            raise ConnectorError(
                f"{self.service} hänvisade till en ogiltig adress. {NOTHING_WRITTEN}"
            )
        if self._origin is None:
            setting = f" ({self.env_name})" if self.env_name else ""
            raise ConnectorError(
                f"Den inställda adressen till {self.service}{setting} är ingen http- eller "
                f"https-adress: {self.base_url!r}. {NOTHING_WRITTEN}"
            )
        url = path_or_url
        if not urlsplit(url).scheme:
            url = urljoin(self.base_url, url.lstrip("/"))
        if origin(url) != self._origin:
            shown = url if len(url) <= 120 else url[:119] + "…"
            raise ConnectorError(
                f"{self.service} hänvisade till en annan adress ({shown!r}) än den inställda "
                f"({self.base_url}); den följs inte. {NOTHING_WRITTEN}"
            )
        return url

    def _offline(self, error: Exception) -> ConnectorError:
        host = urlsplit(self.base_url).netloc
        setting = f" eller inställningen {self.env_name}" if self.env_name else ""
        return ConnectorError(
            f"Ingen kontakt med {self.service} ({host}). Kontrollera internetanslutningen"
            f"{setting} och försök igen. Inget har skrivits till databasen. "
            f"({type(error).__name__})"
        )

    def _delay(self, attempt: int, response: httpx.Response | None) -> float:
        if response is not None and "retry-after" in response.headers:
            try:
                asked = float(response.headers["retry-after"])
            except ValueError:
                asked = math.nan
            if math.isfinite(asked) and asked >= 0:
                return min(asked, MAX_RETRY_AFTER)
        return self.backoff * (2**attempt)

    def get_json(self, path_or_url: str, params: dict[str, str] | None = None) -> Any:
        """GET and parse JSON, with retries on 429, 5xx, timeouts and dropped connections."""
        return self._request_json("GET", path_or_url, params, None)

    def post_json(self, path_or_url: str, body: Any, params: dict[str, str] | None = None) -> Any:
        """POST ``body`` as JSON and parse the JSON answer, with the retries of GET."""
        return self._request_json("POST", path_or_url, params, body)

    def _request_json(
        self, method: str, path_or_url: str, params: dict[str, str] | None, body: Any
    ) -> Any:
        url = self.url(path_or_url)
        last_problem = ""
        for attempt in range(self.retries + 1):
            if self.limiter is not None:
                self.limiter.wait()
            self.calls += 1
            response = None
            try:
                with self._http.stream(method, url, params=params, json=body) as response:
                    status = response.status_code
                    if 200 <= status < 300:
                        return self._parse(self._body(response, url), url)
                    if 300 <= status < 400:
                        raise ConnectorError(self._redirect_message(response, url))
                    if status not in self.retry_statuses:
                        raise ConnectorError(self._status_message(status, url))
                    last_problem = f"svarade {status}"
            except httpx.InvalidURL:
                raise ConnectorError(
                    f"{self.service}: adressen kunde inte användas ({url[:120]!r}). "
                    f"{NOTHING_WRITTEN}"
                ) from None
            except httpx.TimeoutException as error:
                last_problem = f"svarade inte inom tidsgränsen ({type(error).__name__})"
            except httpx.TransportError as error:
                if attempt >= min(1, self.retries):
                    raise self._offline(error) from None
                last_problem = "anslutningen bröts"
            if attempt < self.retries:
                self.sleep(self._delay(attempt, response))
        raise ConnectorError(
            f"{self.service} {last_problem} även efter {self.retries + 1} försök ({url}). "
            "Försök igen senare. Inget har skrivits till databasen."
        )

    def _body(self, response: httpx.Response, url: str) -> bytearray:
        """The decoded body, streamed; refused past :attr:`max_bytes` or :attr:`max_seconds`."""
        encoding = response.headers.get("content-encoding", "").strip().lower()
        if encoding not in ("", "identity", "gzip", "x-gzip"):
            raise ConnectorError(
                f"{self.service} svarade med kodningen {encoding[:40]!r}, som inte stöds ({url}). "
                f"{NOTHING_WRITTEN}"
            )
        gzip = _BoundedGzip() if encoding in ("gzip", "x-gzip") else None
        declared = response.headers.get("content-length", "")
        if (
            gzip is None
            and declared.isascii()
            and declared.isdigit()
            and (int(declared) > self.max_bytes)
        ):
            raise ConnectorError(self._too_large_message(url))
        deadline = time.monotonic() + self.max_seconds
        body = bytearray()
        try:
            for raw in response.iter_raw():
                room = self.max_bytes - len(body)
                piece = raw if gzip is None else gzip.feed(raw, room)
                if len(piece) > room:
                    raise _TooLarge
                body += piece
                if time.monotonic() > deadline:
                    raise ConnectorError(
                        f"{self.service} skickade svaret för långsamt (mer än "
                        f"{self.max_seconds:.0f} s, {url}). {NOTHING_WRITTEN}"
                    )
        except _TooLarge:
            raise ConnectorError(self._too_large_message(url)) from None
        except zlib.error:
            raise ConnectorError(
                f"{self.service} svarade med en packad kropp som inte kunde packas upp ({url}). "
                f"{NOTHING_WRITTEN}"
            ) from None
        if gzip is not None and body and not gzip.complete():
            raise ConnectorError(
                f"{self.service} skickade ett avbrutet packat svar ({url}). {NOTHING_WRITTEN}"
            )
        return body

    def _too_large_message(self, url: str) -> str:
        return (
            f"{self.service} skickade ett svar större än {self.max_bytes // 2**20} MB ({url}); "
            f"hämtningen avbröts. {NOTHING_WRITTEN}"
        )

    def _redirect_message(self, response: httpx.Response, url: str) -> str:
        target = response.headers.get("location", "")[:120]
        return (
            f"{self.service} svarade med en omdirigering ({response.status_code}) till "
            f"{target!r}; omdirigeringar följs inte ({url}). Kontrollera adressen"
            f"{' i ' + self.env_name if self.env_name else ''}. {NOTHING_WRITTEN}"
        )

    def _parse(self, body: bytes | bytearray, url: str) -> Any:
        try:
            # NaN and Infinity are read as floats so the value checks can name where they are.
            return json.loads(body)
        except (ValueError, RecursionError):
            raise ConnectorError(
                f"{self.service} svarade med något som inte är giltig JSON ({url}). "
                f"{NOTHING_WRITTEN}"
            ) from None

    def _status_message(self, status: int, url: str) -> str:
        if status == 404:
            return f"{self.service} känner inte till adressen ({url}); kontrollera id:t."
        if status == 400:
            return f"{self.service} godtog inte frågan ({url}); kontrollera id och år."
        if status == 403:
            return f"{self.service} nekade frågan (403), troligen för många anrop; vänta en stund."
        return f"{self.service} svarade med fel {status} ({url})."
