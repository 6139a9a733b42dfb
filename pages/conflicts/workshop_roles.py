"""Who does what in the workshop, and in which session.

The leader (who knows ``workshop_leader_password`` from the secrets, or is logged in as
administrator) creates and closes sessions, sees each session's code, imports rounds and adopts
scores. A rater joins one open session by the code the leader shares and scores only there.
Both logins are throttled like the admin login (see :mod:`pages.admin.access`).
"""

from __future__ import annotations

import streamlit as st

from pages.admin.access import (
    is_admin,
    password_form,
    refusal_text,
    secret_setting,
    session_throttle,
    sign_in_closed,
    throttled_check,
)
from pages.conflicts import data
from rus_data.access.passwords import PasswordSetting
from rus_data.access.throttle import ThrottlePolicy, attempt, process_throttle
from rus_data.conflicts import workshop
from rus_data.text import t
from rus_data.text.plain import as_markdown_text
from ui import cached

LEADER_SECRET = "workshop_leader_password"
LEADER_SCOPE = "workshop_leader"
CODE_SCOPE = "workshop_code"
LEADER_KEY = "cf_ws_leader"  # session state: this session has logged in as leader
JOINED_KEY = "cf_ws_joined"  # session state: the id of the session joined by its code
FLASH_KEY = "cf_ws_flash"
# A mistyped code is common and a code has about 40 bits: a rater gets more tries than at a
# password, and the count over all sessions only stops a flood of guesses.
CODE_POLICY = ThrottlePolicy(free_failures=5, max_delay=10.0, lock_failures=20)
CODE_PROCESS_POLICY = ThrottlePolicy(free_failures=100, max_delay=5.0, lock_failures=300)


def leader_setting() -> PasswordSetting:
    """The workshop leader's password from the secrets (judged like the admin password)."""
    return secret_setting(LEADER_SECRET)


def is_leader() -> bool:
    """True when this session leads the workshop: leader login, or administrator login."""
    leader = leader_setting().usable and bool(st.session_state.get(LEADER_KEY))
    return leader or is_admin()


def flash_and_rerun(message: str) -> None:
    """Rerun so every section shows the new data, then show ``message`` at the top."""
    st.session_state[FLASH_KEY] = message
    st.rerun()


def regions_for_context(language: str) -> dict[str, str]:
    """The contexts a session can apply to: Sweden and the counties, by code."""
    frame = cached.regions()
    frame = frame[frame["level"].isin(["riket", "lan"])]
    names = dict(zip(frame["code"], frame["name"], strict=True))
    names["00"] = t("sweden", language)
    return names


def _leader_login(language: str) -> None:
    setting = leader_setting()
    with st.expander(t("cf_ws_leader_heading", language)):
        closed = t("cf_ws_leader_disabled", language)
        if sign_in_closed(setting, LEADER_SECRET, closed, language):
            return
        password = password_form(
            "cf_ws_leader_form",
            t("cf_ws_leader_password", language),
            "cf_ws_leader_pw",
            t("cf_ws_leader_login", language),
        )
        if password is None:
            return
        outcome = throttled_check(LEADER_SCOPE, password, setting.value)
        if outcome.ok:
            st.session_state[LEADER_KEY] = True
            st.session_state.pop(JOINED_KEY, None)
            st.rerun()
        st.error(refusal_text(outcome, "admin_wrong_password", language))


def _join_form(language: str) -> None:
    with st.form("cf_ws_join_form"):
        typed = st.text_input(
            t("cf_ws_code", language), key="cf_ws_code", max_chars=20, placeholder="ABCD-EFGH"
        )
        submitted = st.form_submit_button(t("cf_ws_join", language), type="primary")
    if not submitted:
        return
    found: list[workshop.SessionInfo] = []

    def lookup() -> bool:
        session = workshop.session_for_code(data.workshop_store(), typed)
        if session is not None:
            found.append(session)
        return session is not None

    throttles = [
        session_throttle(CODE_SCOPE, CODE_POLICY),
        process_throttle(CODE_SCOPE, CODE_PROCESS_POLICY),
    ]
    try:
        outcome = attempt(throttles, lookup)
    except workshop.WorkshopError as error:
        st.error(as_markdown_text(str(error), 500))
        return
    if outcome.ok:
        st.session_state[JOINED_KEY] = found[0].id
        flash_and_rerun(t("cf_ws_joined_flash", language, name=as_markdown_text(found[0].name)))
    st.error(refusal_text(outcome, "cf_ws_code_wrong", language))


def leader_bar(language: str) -> None:
    """Say that this session leads the workshop, with a way to stop."""
    if is_admin() and not st.session_state.get(LEADER_KEY):
        st.caption(t("cf_ws_leader_admin", language))
        return
    left, right = st.columns([4, 1], vertical_alignment="center")
    left.caption(t("cf_ws_leader_on", language))
    if right.button(t("cf_ws_leader_logout", language), key="cf_ws_leader_logout"):
        st.session_state.pop(LEADER_KEY, None)
        st.rerun()


def rater_session(language: str) -> int | None:
    """The session this rater joined, if it is still there; otherwise the join form."""
    joined = st.session_state.get(JOINED_KEY)
    sessions = data.workshop_sessions() if joined is not None else None
    if sessions is not None and joined in set(sessions["id"]):
        row = sessions.set_index("id").loc[joined]
        left, right = st.columns([4, 1], vertical_alignment="center")
        left.info(
            t("cf_ws_joined", language, name=as_markdown_text(str(row["name"]))),
            icon=":material/groups:",
        )
        if right.button(t("cf_ws_leave", language), key="cf_ws_leave"):
            st.session_state.pop(JOINED_KEY, None)
            st.rerun()
        return int(joined)
    st.session_state.pop(JOINED_KEY, None)
    st.subheader(t("cf_ws_join_heading", language))
    st.caption(t("cf_ws_join_help", language))
    _join_form(language)
    _leader_login(language)
    return None


def show_flash() -> None:
    """The message left by the action before the last rerun, if any."""
    flash = st.session_state.pop(FLASH_KEY, None)
    if flash:
        st.success(flash, icon=":material/check_circle:")
