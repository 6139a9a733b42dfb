"""A small JSON client: timeouts, retries with backoff on 429 and 5xx, an optional rate limit.

Sleeping and the clock are injectable so tests run fast. Every failure a user can meet is a
:class:`ConnectorError` with a Swedish message; nothing here writes to the database.
"""

from __future__ import annotations

import json
import threading
import time
from collections import deque
from collections.abc import Callable
from typing import Any
from urllib.parse import urljoin, urlsplit

import httpx

Sleep = Callable[[float], None]
Clock = Callable[[], float]
RETRY_STATUSES = {429, 500, 502, 503, 504}
MAX_RETRY_AFTER = 60.0


class ConnectorError(Exception):
    """A problem talking to an API, with a message in Swedish for the user."""


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
    ) -> None:
        self.base_url = base_url.rstrip("/") + "/"
        self.service = service
        self.retries = retries
        self.backoff = backoff
        self.sleep = sleep
        self.limiter = limiter
        self.env_name = env_name
        self.retry_statuses = retry_statuses
        self.calls = 0
        self._http = httpx.Client(timeout=timeout, follow_redirects=True)

    def close(self) -> None:
        """Close the underlying HTTP connections."""
        self._http.close()

    def url(self, path_or_url: str) -> str:
        """An absolute URL: ``path_or_url`` itself if absolute, else joined to the base."""
        if urlsplit(path_or_url).scheme:
            return path_or_url
        return urljoin(self.base_url, path_or_url.lstrip("/"))

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
                return min(float(response.headers["retry-after"]), MAX_RETRY_AFTER)
            except ValueError:
                pass
        return self.backoff * (2**attempt)

    def get_json(self, path_or_url: str, params: dict[str, str] | None = None) -> Any:
        """GET and parse JSON, with retries on 429, 5xx, timeouts and dropped connections."""
        url = self.url(path_or_url)
        last_problem = ""
        for attempt in range(self.retries + 1):
            if self.limiter is not None:
                self.limiter.wait()
            self.calls += 1
            response = None
            try:
                response = self._http.get(url, params=params)
            except httpx.TimeoutException as error:
                last_problem = f"svarade inte inom tidsgränsen ({type(error).__name__})"
            except httpx.TransportError as error:
                if attempt >= min(1, self.retries):
                    raise self._offline(error) from None
                last_problem = "anslutningen bröts"
            else:
                if response.status_code < 400:
                    return self._parse(response, url)
                if response.status_code not in self.retry_statuses:
                    raise ConnectorError(self._status_message(response.status_code, url))
                last_problem = f"svarade {response.status_code}"
            if attempt < self.retries:
                self.sleep(self._delay(attempt, response))
        raise ConnectorError(
            f"{self.service} {last_problem} även efter {self.retries + 1} försök ({url}). "
            "Försök igen senare. Inget har skrivits till databasen."
        )

    def _parse(self, response: httpx.Response, url: str) -> Any:
        try:
            return json.loads(response.content)
        except (json.JSONDecodeError, UnicodeDecodeError):
            raise ConnectorError(
                f"{self.service} svarade med något som inte är giltig JSON ({url}). "
                "Inget har skrivits till databasen."
            ) from None

    def _status_message(self, status: int, url: str) -> str:
        if status == 404:
            return f"{self.service} känner inte till adressen ({url}); kontrollera id:t."
        if status == 400:
            return f"{self.service} godtog inte frågan ({url}); kontrollera id och år."
        if status == 403:
            return f"{self.service} nekade frågan (403), troligen för många anrop; vänta en stund."
        return f"{self.service} svarade med fel {status} ({url})."
