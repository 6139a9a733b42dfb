"""Access to the admin page: a password from Streamlit secrets, remembered per session."""

from __future__ import annotations

import getpass
import hmac

import streamlit as st

SECRET_KEY = "admin_password"
SESSION_KEY = "admin_authenticated"


def configured_password() -> str | None:
    """The admin password from ``st.secrets``, or None when no secrets are configured."""
    try:
        value = st.secrets.get(SECRET_KEY)
    except Exception:  # no secrets.toml at all raises; treat it as "not configured"
        return None
    return str(value) if value else None


def check_password(given: str) -> bool:
    """True (and remembered for the session) when ``given`` is the configured password."""
    expected = configured_password()
    ok = expected is not None and hmac.compare_digest(given.encode(), expected.encode())
    if ok:
        st.session_state[SESSION_KEY] = True
    return ok


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
