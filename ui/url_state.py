"""URL state done once: every choice that belongs in a shared link lives in the URL this way.

A page declares each such choice with :func:`choose` just before it draws the widget that
shows it (the widget uses the same ``key``). ``choose`` puts a valid value into the session
state: the one the session already has, or on a new session (or when the address got a
value from outside, such as the back button) the URL's, or the default. A parameter that
vanishes from the URL keeps the session's value, since a page switch empties the URL. Every
value read from the URL is checked against the options the page offers, which come from the
database, before it reaches a widget or a query; a value that is not offered is remembered
and shown to the user by :func:`rejected`. After
the page has run, the frame calls :func:`publish`: the URL then holds exactly the choices
declared in this run whose values differ from their defaults, as codes (never labels), so a
link is short, works in either language and opens the same view in a new session.

Streamlit's own ``bind="query-params"`` writes a widget's *label* into the URL (for example
``tr_obj=12. Levande skogar``): language-dependent, and not what existing links hold. So
the choices are bound here, once, with the parameter names the app has always used.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import streamlit as st

_DECLARED = "_url_declared"  # key -> Choice declared in this run
_WRITTEN = "_url_written"  # key -> the text this session last wrote to the URL (None: absent)
_REJECTED = "_url_rejected"  # key -> text from the URL that was not a valid option
_SEPARATOR = ","


@dataclass(frozen=True)
class Choice:
    """One URL-bound choice: its key, the options offered this run and the default."""

    key: str
    options: tuple[Any, ...]
    default: Any
    multiple: bool = False

    def encode(self, value: Any) -> str | None:
        """The URL text of ``value``, or None when it is the default (left out of the URL)."""
        if self.multiple:
            values = list(value or [])
            if values == list(self.default):
                return None
            return _SEPARATOR.join(str(item) for item in values)
        if value is None or value == self.default:
            return None
        return str(value)

    def decode(self, text: str | None) -> tuple[Any, list[str]]:
        """The value that the URL text stands for, and the parts of it that are not offered."""
        if text is None:
            return self.default, []
        by_text = {str(option): option for option in self.options}
        if not self.multiple:
            return (by_text[text], []) if text in by_text else (self.default, [text])
        parts = [part for part in text.split(_SEPARATOR) if part]
        unknown = [part for part in parts if part not in by_text]
        known = list(dict.fromkeys(by_text[p] for p in parts if p in by_text))
        return (known if known or not unknown else list(self.default)), unknown

    def valid(self, value: Any) -> bool:
        """Whether ``value`` (a session value) is offered this run."""
        if self.multiple:
            return isinstance(value, list) and all(item in self.options for item in value)
        return value in self.options


def start_run() -> None:
    """Forget the declarations of the previous run (the frame calls this first)."""
    st.session_state[_DECLARED] = {}


def choose(
    key: str,
    options: Sequence[Any],
    default: Any,
    *,
    multiple: bool = False,
    limit: int | None = None,
) -> Any:
    """Declare the URL-bound choice ``key`` and return its value for this run.

    ``options`` are the values offered now (codes, not labels); ``default`` is used when the
    URL says nothing and is left out of the URL. For a multi-choice widget, ``default`` is a
    list and ``limit`` caps how many values a link may choose.
    """
    options = tuple(options)
    if multiple:
        default = [item for item in default if item in options]
    if not multiple and options and default not in options:
        default = options[0]
    choice = Choice(key, options, default, multiple)
    st.session_state.setdefault(_DECLARED, {})[key] = choice
    if not options and not multiple:
        st.session_state.pop(key, None)
        return None
    written = st.session_state.setdefault(_WRITTEN, {})
    in_url = st.query_params.get(key)
    # A value in the URL that this session did not write came from outside (the back button,
    # an edited address). A value missing from the URL is no news: Streamlit empties the
    # query string when the navigation switches pages, and the choice should survive that.
    changed_outside = in_url is not None and key in written and in_url != written[key]
    if key not in st.session_state or changed_outside:
        value, unknown = choice.decode(in_url)
        if unknown:
            st.session_state.setdefault(_REJECTED, {})[key] = _SEPARATOR.join(unknown)
        if multiple and limit is not None:
            value = value[:limit]
        st.session_state[key] = value
        written[key] = in_url
    elif not choice.valid(st.session_state[key]):
        # The options changed under the value (say, a year the new indicator lacks).
        current = st.session_state[key]
        st.session_state[key] = (
            [item for item in current if item in options] if multiple else default
        )
    return st.session_state[key]


def value(key: str) -> Any:
    """The current value of a declared choice."""
    return st.session_state.get(key)


def publish() -> None:
    """Write the URL: the non-default values of this run's choices, and nothing else."""
    declared: dict[str, Choice] = st.session_state.get(_DECLARED, {})
    written = st.session_state.setdefault(_WRITTEN, {})
    for key in list(st.query_params):
        if key not in declared:
            del st.query_params[key]
            written[key] = None
    for key, choice in declared.items():
        text = choice.encode(st.session_state.get(key))
        if text is None:
            if key in st.query_params:
                del st.query_params[key]
        elif st.query_params.get(key) != text:
            st.query_params[key] = text
        written[key] = text


def rejected() -> dict[str, str]:
    """URL values of this session that were not recognised, by parameter, once each."""
    return st.session_state.pop(_REJECTED, {})


def current_query() -> dict[str, str]:
    """The URL's parameters as they stand now."""
    return {key: st.query_params[key] for key in st.query_params}
