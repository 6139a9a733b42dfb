"""The workshop leader's part of the conflicts page: sessions with their codes (create, choose,
close), adopting an agreed score, and importing and exporting rounds. Only a leader's session
shows these (see :mod:`pages.conflicts.workshop_roles`)."""

from __future__ import annotations

from functools import partial

import pandas as pd
import streamlit as st

from pages.conflicts import data
from pages.conflicts.workshop_roles import flash_and_rerun, is_leader, regions_for_context
from rus_data.conflicts import tables as conflicts
from rus_data.conflicts import workshop
from rus_data.text import t
from rus_data.text.plain import as_markdown_text
from ui.downloads import download_file

UPLOAD_MEGABYTES = 2  # the uploader's own limit; read_round_file checks the bytes again


def _error(error: workshop.WorkshopError, lead: str = "") -> None:
    """A workshop error as text (a file name in it must not become Markdown)."""
    if isinstance(error, workshop.RoundValidationError):
        lines = "\n".join(f"- {as_markdown_text(e, 500)}" for e in error.errors)
        st.error(f"{lead}\n{lines}" if lead else lines)
    else:
        text = as_markdown_text(str(error), 500)
        st.error(f"{lead} {text}" if lead else text)


def _create_form(language: str, contexts: dict[str, str], expanded: bool) -> None:
    with (
        st.expander(t("cf_ws_new", language), expanded=expanded),
        st.form("cf_ws_new_form", clear_on_submit=True),
    ):
        name = st.text_input(
            t("cf_ws_new_name", language), key="cf_ws_new_name", max_chars=workshop.MAX_NAME_CHARS
        )
        context = st.selectbox(
            t("cf_ws_new_context", language),
            list(contexts),
            format_func=contexts.get,
            key="cf_ws_new_context",
        )
        if st.form_submit_button(t("cf_ws_create", language)):
            try:
                new_id = workshop.create_session(data.workshop_store(), name, context)
            except workshop.WorkshopError as error:
                _error(error)
            else:
                st.session_state["cf_ws_pending_session"] = new_id
                flash_and_rerun(t("cf_ws_created", language))


def session_picker(language: str) -> int | None:
    """Choose a workshop session (its code shown, to share), create one or close one; return
    the chosen session id."""
    contexts = regions_for_context(language)
    sessions = data.workshop_sessions()
    pending = st.session_state.pop("cf_ws_pending_session", None)
    if pending is not None and pending in set(sessions["id"]):
        st.session_state["cf_ws_session"] = pending
    chosen = None
    if sessions.empty:
        st.info(t("cf_ws_no_sessions", language))
    else:
        labels = {
            int(row.id): t(
                "cf_ws_session_label",
                language,
                name=row.name,
                context=contexts.get(row.context, row.context),
                raters=int(row.raters),
                scores=int(row.scores),
            )
            + ("" if row.is_open else t("cf_ws_closed_mark", language))
            for row in sessions.itertuples()
        }
        chosen = st.selectbox(
            t("cf_ws_session", language), list(labels), format_func=labels.get, key="cf_ws_session"
        )
        row = sessions.set_index("id").loc[chosen]
        if row["is_open"]:
            left, right = st.columns([4, 1], vertical_alignment="center")
            code = workshop.shown_code(str(row["code"]))
            left.info(t("cf_ws_code_to_share", language, code=code), icon=":material/key:")
            if right.button(t("cf_ws_close", language), key="cf_ws_close"):
                _close(int(chosen), str(row["name"]), language)
        else:
            st.caption(t("cf_ws_session_closed", language))
    _create_form(language, contexts, expanded=sessions.empty)
    return chosen


def _close(session_id: int, name: str, language: str) -> None:
    try:
        workshop.close_session(data.workshop_store(), session_id)
    except workshop.WorkshopError as error:
        _error(error)
    else:
        flash_and_rerun(t("cf_ws_closed_flash", language, name=as_markdown_text(name)))


def adopt_form(
    session_id: int,
    summary: pd.DataFrame,
    labels: dict[str, str],
    known_nodes: list[str],
    language: str,
) -> None:
    """Adopt the agreed score of one pair into the matrix."""
    st.subheader(t("cf_ws_adopt_heading", language))
    pair_keys = list(summary["from_key"] + "→" + summary["to_key"])
    medians = dict(zip(pair_keys, summary["median"], strict=True))
    with st.form("cf_ws_adopt_form"):
        pair = st.selectbox(
            t("cf_ws_adopt_pair", language),
            pair_keys,
            format_func=lambda k: labels.get(k, k),
            key="cf_ws_adopt_pair",
        )
        score = st.select_slider(
            t("cf_ws_adopt_score", language),
            options=list(range(-3, 4)),
            value=round(float(medians.get(pair, 0))),
            format_func=lambda s: conflicts.score_label(s, language),
            key="cf_ws_adopt_score",
        )
        rationale = st.text_area(
            t("cf_ws_adopt_rationale", language),
            key="cf_ws_adopt_rationale",
            max_chars=workshop.MAX_RATIONALE_CHARS,
        )
        submitted = st.form_submit_button(t("cf_ws_adopt_submit", language))
    if submitted and pair and is_leader():
        from_key, to_key = pair.split("→")
        try:
            workshop.adopt_score(
                data.workshop_store(), session_id, from_key, to_key, score, rationale, known_nodes
            )
        except workshop.WorkshopError as error:
            _error(error)
        else:
            flash_and_rerun(
                t(
                    "cf_ws_adopted",
                    language,
                    score=conflicts.score_label(score, language),
                    pair=labels.get(pair, pair),
                )
            )


def import_export_section(session_id: int, known_nodes: list[str], language: str) -> None:
    """Import a scoring round from CSV or Excel (all rows or none) and export the session."""
    st.subheader(t("cf_ws_import_heading", language))
    st.caption(
        t(
            "cf_ws_import_help",
            language,
            megabytes=UPLOAD_MEGABYTES,
            rows=f"{workshop.MAX_ROUND_ROWS:,}".replace(",", "\u202f"),
        )
    )
    upload = st.file_uploader(
        t("cf_ws_upload", language),
        type=["csv", "xlsx"],
        key="cf_ws_upload",
        max_upload_size=UPLOAD_MEGABYTES,
    )
    if upload is not None and st.button(t("cf_ws_import_submit", language), key="cf_ws_import"):
        refused = t("cf_ws_import_refused", language)
        try:
            frame = workshop.read_round_file(upload.getvalue(), upload.name)
            count = workshop.save_round(data.workshop_store(), session_id, frame, known_nodes)
        except workshop.WorkshopError as error:
            _error(error, refused)
        else:
            name = as_markdown_text(upload.name)
            flash_and_rerun(t("cf_ws_imported", language, count=count, file=name))
    scores = data.workshop_scores(session_id)
    row = st.container(horizontal=True)
    files = (("csv", workshop.round_csv(scores)), ("xlsx", partial(workshop.round_xlsx, scores)))
    for extension, content in files:
        download_file(
            t(f"cf_ws_export_{extension}", language),
            content,
            f"workshop_{session_id}",
            extension,
            key=f"cf_ws_export_{extension}",
            place=row,
        )
