"""Logins: the admin password (and other passwords) from Streamlit secrets, checked in constant
time, with attempts throttled per session and per process (see :mod:`rus_data.access.throttle`),
and a successful login remembered for the session."""

from __future__ import annotations

import getpass
import logging

import streamlit as st

from rus_data.access.passwords import MIN_LENGTH, PasswordSetting, matches, password_setting
from rus_data.access.throttle import (
    Attempt,
    LoginThrottle,
    ThrottlePolicy,
    attempt,
    process_throttle,
)
from rus_data.text import t

LOG = logging.getLogger(__name__)
SECRET_KEY = "admin_password"
SESSION_KEY = "admin_authenticated"
ADMIN_SCOPE = "admin"
MAX_PASSWORD_CHARS = 200
_WARNED: set[tuple[str, str]] = set()


def secret_setting(key: str) -> PasswordSetting:
    """The password ``key`` in ``st.secrets``, judged by :func:`password_setting`."""
    try:
        value = st.secrets.get(key)
    except Exception:  # no secrets.toml at all raises; treat it as "not configured"
        return PasswordSetting(None, "missing")
    setting = password_setting(value)
    if setting.problem not in (None, "missing") and (key, setting.problem) not in _WARNED:
        _WARNED.add((key, setting.problem))
        LOG.warning("Lösenordet %s i secrets duger inte (%s); inloggning avstängd", key, setting)
    return setting


def configured_password() -> str | None:
    """The admin password from ``st.secrets``, or None when none (or no usable one) is set."""
    return secret_setting(SECRET_KEY).value


def unusable_text(setting: PasswordSetting, key: str, language: str) -> str:
    """Why a configured password is not used, for the operator (empty if it is usable or
    simply missing)."""
    if setting.problem in (None, "missing"):
        return ""
    return t("login_bad_secret", language, secret=key, length=MIN_LENGTH)


def session_throttle(scope: str, policy: ThrottlePolicy | None = None) -> LoginThrottle:
    """This browser session's throttle of ``scope``, kept in the session state."""
    key = f"login_throttle_{scope}"
    throttle = st.session_state.get(key)
    if not isinstance(throttle, LoginThrottle):
        throttle = LoginThrottle(policy)
        st.session_state[key] = throttle
    return throttle


def throttled_check(
    scope: str,
    given: str,
    expected: str | None,
    policy: ThrottlePolicy | None = None,
    process_policy: ThrottlePolicy | None = None,
) -> Attempt:
    """Check ``given`` against ``expected`` unless this session's or the process's failures
    in ``scope`` still impose a wait; every failure counts in both."""
    throttles = [session_throttle(scope, policy), process_throttle(scope, process_policy)]
    return attempt(throttles, lambda: expected is not None and matches(given, expected))


def refusal_text(outcome: Attempt, wrong_key: str, language: str) -> str:
    """What to tell the user after a failed attempt: wrong, and how long to wait if at all."""
    seconds = outcome.whole_seconds
    if outcome.refused:
        return t("login_locked" if outcome.locked else "login_wait", language, seconds=seconds)
    wrong = t(wrong_key, language)
    if seconds <= 0:
        return wrong
    key = "login_locked" if outcome.locked else "login_wait"
    return f"{wrong} {t(key, language, seconds=seconds)}"


def check_password(given: str) -> Attempt:
    """Try the admin password; a success is remembered for the session."""
    outcome = throttled_check(ADMIN_SCOPE, given, configured_password())
    if outcome.ok:
        st.session_state[SESSION_KEY] = True
    return outcome


def is_admin() -> bool:
    """True when this session has logged in and a password is still configured."""
    return configured_password() is not None and bool(st.session_state.get(SESSION_KEY))


def log_out() -> None:
    """Forget this session's login."""
    st.session_state.pop(SESSION_KEY, None)


def default_user() -> str:
    """The name of the user running the app, for the "imported by" field."""
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return ""


def sign_in_closed(setting: PasswordSetting, key: str, closed_text: str, language: str) -> bool:
    """When the secret ``key`` cannot be used, say so (and what is wrong with it, if set)
    and return True; return False when a sign-in can be offered."""
    if setting.usable:
        return False
    st.info(closed_text, icon=":material/lock:")
    if problem := unusable_text(setting, key, language):
        st.warning(problem, icon=":material/key_off:")
    return True


def password_form(form_key: str, label: str, input_key: str, submit_label: str) -> str | None:
    """A sign-in form with one password field: what was typed once it is submitted, else
    None."""
    with st.form(form_key):
        password = st.text_input(
            label, type="password", key=input_key, max_chars=MAX_PASSWORD_CHARS
        )
        submitted = st.form_submit_button(submit_label)
    return password if submitted else None
