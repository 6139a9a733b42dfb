"""Building blocks of the conflicts page: downloads, localized tables and the workshop forms."""

from __future__ import annotations

from collections.abc import Mapping
from functools import partial
from typing import Any

import pandas as pd
import streamlit as st

from pages.conflicts import data
from rus_data.charts.export import inline_spec_json
from rus_data.conflicts import tables as conflicts
from rus_data.conflicts import workshop
from rus_data.conflicts.charts import workshop_spread_chart
from rus_data.text import t
from rus_data.text.formats import format_date, formatted_table
from ui import cached
from ui.basket import add_to_presentation
from ui.charts import chart_spec
from ui.downloads import download_file


def chart_with_downloads(spec: dict[str, Any], name: str, language: str, source: str) -> None:
    """Show a chart (its cached spec, see ``ui.charts``) with PNG and SVG download buttons
    (rendered only when clicked) and "Lägg till i presentation" (``source`` is its source line;
    the interactions are a proposal, not demo statistics)."""
    st.vega_lite_chart(spec, width="content")
    row = st.container(horizontal=True, vertical_alignment="center")
    files = (
        ("png", lambda: cached.chart_png(inline_spec_json(spec)), ":material/image:"),
        ("svg", lambda: cached.chart_svg(inline_spec_json(spec)), ":material/draw:"),
    )
    for extension, make_file, icon in files:
        download_file(
            t(f"cf_download_{extension}", language),
            make_file,
            name,
            extension,
            key=f"cf_{extension}_{name}",
            place=row,
            icon=icon,
        )
    add_to_presentation(
        make_spec=spec,
        source_line=source,
        shows_demo=False,
        key=f"cf_{name}",
        language=language,
        container=row,
    )


def table_with_download(
    frame: pd.DataFrame, name: str, language: str, decimals: Mapping[str, int] | None = None
) -> None:
    """Show a table (the columns in ``decimals`` in the language's number style) and a CSV
    download of exactly what it shows."""
    st.dataframe(formatted_table(frame, decimals or {}, language), hide_index=True, width="stretch")
    download_file(
        t("download_csv", language),
        frame.to_csv(index=False).encode("utf-8"),
        name,
        "csv",
        key=f"cf_csv_{name}",
        icon=":material/download:",
    )


def edge_table(edges: pd.DataFrame, language: str) -> pd.DataFrame:
    """Interactions as a table with headings in ``language``."""
    return pd.DataFrame(
        {
            t("cf_col_from", language): edges["from_short"] + " " + edges["from_label"],
            t("cf_col_to", language): edges["to_short"] + " " + edges["to_label"],
            t("cf_col_score", language): edges["score_text"],
            t("cf_col_rationale", language): edges["rationale"],
            t("cf_col_confidence", language): edges["confidence_text"],
            t("cf_col_source", language): edges["source_text"],
        }
    )


def influence_sums_table(table: pd.DataFrame, nodes: pd.DataFrame, language: str) -> pd.DataFrame:
    """Row and column sums per node, positive and negative apart, with headings."""
    sums = table.round(2)
    return pd.DataFrame(
        {
            t("cf_col_node", language): [conflicts.node_text(k, nodes) for k in sums.index],
            **{
                t(f"cf_col_{column}", language): sums[column].to_numpy()
                for column in ("out_positive", "out_negative", "in_positive", "in_negative")
            },
        }
    )


def trend_targets_table(linked: pd.DataFrame, language: str) -> pd.DataFrame:
    """An objective's linked targets with the verdicts of its indicators and what they mean."""
    verdicts = [
        t(
            "cf_verdict_summary",
            language,
            right=int(row.right),
            wrong=int(row.wrong),
            flat=int(row.no_clear_change),
            few=int(row.too_few),
        )
        for row in linked.itertuples()
    ]
    return pd.DataFrame(
        {
            t("cf_col_target", language): linked["to_short"] + " " + linked["to_label"],
            t("cf_col_score", language): linked["score_text"],
            t("cf_col_verdicts", language): verdicts,
            t("cf_col_signal", language): [t(f"cf_signal_{s}", language) for s in linked["signal"]],
            t("cf_col_rationale", language): linked["rationale"],
        }
    )


def indicator_trend_table(verdicts: pd.DataFrame, language: str) -> pd.DataFrame:
    """Each indicator's trend verdict, with headings; a missing slope stays empty."""
    return pd.DataFrame(
        {
            t("cf_col_indicator", language): verdicts["indicator"],
            t("cf_col_unit", language): verdicts["unit"],
            t("cf_col_n", language): verdicts["n"],
            t("cf_col_slope", language): verdicts["slope_per_year"].round(3),
            t("cf_col_verdict", language): [
                t(f"cf_verdict_{v}", language) for v in verdicts["verdict"]
            ],
        }
    )


def _regions_for_context(language: str) -> dict[str, str]:
    frame = cached.regions()
    frame = frame[frame["level"].isin(["riket", "lan"])]
    names = dict(zip(frame["code"], frame["name"], strict=True))
    names["00"] = t("sweden", language)
    return names


def _flash_and_rerun(message: str) -> None:
    """Rerun so every section shows the new data, then show ``message`` at the top."""
    st.session_state["cf_ws_flash"] = message
    st.rerun()


def session_picker(language: str) -> int | None:
    """Choose a workshop session, or create one; return the chosen session id."""
    flash = st.session_state.pop("cf_ws_flash", None)
    if flash:
        st.success(flash, icon=":material/check_circle:")
    contexts = _regions_for_context(language)
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
            for row in sessions.itertuples()
        }
        chosen = st.selectbox(
            t("cf_ws_session", language), list(labels), format_func=labels.get, key="cf_ws_session"
        )
    with (
        st.expander(t("cf_ws_new", language), expanded=sessions.empty),
        st.form("cf_ws_new_form", clear_on_submit=True),
    ):
        name = st.text_input(t("cf_ws_new_name", language), key="cf_ws_new_name")
        context = st.selectbox(
            t("cf_ws_new_context", language),
            list(contexts),
            format_func=contexts.get,
            key="cf_ws_new_context",
        )
        if st.form_submit_button(t("cf_ws_create", language)):
            try:
                new_id = workshop.create_session(data.workshop_path(), name, context)
            except workshop.WorkshopError as error:
                st.error(str(error))
            else:
                st.session_state["cf_ws_pending_session"] = new_id
                st.rerun()
    return chosen


def scoring_form(
    session_id: int,
    candidates: list[tuple[str, str]],
    labels: dict[str, str],
    current: dict[str, int],
    known_nodes: list[str],
    language: str,
) -> None:
    """The participant's form: choose pairs, give each a score and a comment, save."""
    st.subheader(t("cf_ws_score_heading", language))
    options = [f"{a}→{b}" for a, b in candidates]
    default = [p for p in options if current.get(p, 0) < 0 and "target" not in p][:5]
    rater = st.text_input(t("cf_ws_rater", language), key="cf_ws_rater")
    chosen = st.multiselect(
        t("cf_ws_pairs", language),
        options,
        default=default,
        format_func=labels.get,
        key="cf_ws_pairs",
    )
    with st.form("cf_ws_score_form"):
        rows = []
        for index, pair in enumerate(chosen):
            st.markdown(f"**{labels[pair]}**")
            left, right = st.columns([2, 3])
            score = left.select_slider(
                t("cf_ws_score", language),
                options=list(range(-3, 4)),
                value=current.get(pair, 0),
                format_func=lambda s: conflicts.score_label(s, language),
                key=f"cf_ws_score_{index}",
            )
            comment = right.text_input(t("cf_ws_comment", language), key=f"cf_ws_comment_{index}")
            from_key, to_key = pair.split("→")
            rows.append((rater, *from_key.split(":", 1), *to_key.split(":", 1), score, comment))
        submitted = st.form_submit_button(t("cf_ws_submit", language), type="primary")
    if not submitted:
        return
    if not rater.strip():
        st.error(t("cf_ws_need_rater", language))
        return
    if not rows:
        st.error(t("cf_ws_need_pairs", language))
        return
    frame = pd.DataFrame(rows, columns=list(workshop.ROUND_COLUMNS))
    try:
        count = workshop.save_round(data.workshop_path(), session_id, frame, known_nodes)
    except workshop.RoundValidationError as error:
        st.error("\n".join(f"- {e}" for e in error.errors))
    except workshop.WorkshopError as error:
        st.error(str(error))
    else:
        st.success(t("cf_ws_saved", language, count=count))


def results_section(
    session_id: int, labels: dict[str, str], current: dict[str, int], language: str
) -> pd.DataFrame:
    """Mean, spread and disagreement per pair, with the raters' dots; returns the summary."""
    st.subheader(t("cf_ws_results", language))
    scores = data.workshop_scores(session_id)
    if scores.empty:
        st.info(t("cf_ws_no_scores", language))
        return pd.DataFrame()
    summary = workshop.score_summary(scores)
    pair_keys = summary["from_key"] + "→" + summary["to_key"]
    missing = {k: k for k in pair_keys if k not in labels}
    names = {**missing, **labels}
    table = pd.DataFrame(
        {
            t("cf_ws_col_pair", language): pair_keys.map(names),
            t("cf_ws_col_raters", language): summary["raters"],
            t("cf_ws_col_mean", language): summary["mean"].round(2),
            t("cf_ws_col_median", language): summary["median"],
            t("cf_ws_col_spread", language): summary["spread"],
            t("cf_ws_col_std", language): summary["std"].round(2),
            t("cf_ws_col_current", language): [
                current.get(k, t("cf_not_scored", language)) for k in pair_keys
            ],
        }
    )
    sessions = data.workshop_sessions().set_index("id")
    session = sessions.loc[session_id]
    created = format_date(session["created_at"], language, "iso")
    line = t("source_line", language, sources=f"Workshop: {session['name']} ({created})")
    chart_with_downloads(
        chart_spec(workshop_spread_chart, scores, summary, names, language, line),
        "workshop_spread",
        language,
        line,
    )
    decimals = {
        t(f"cf_ws_col_{c}", language): d for c, d in (("mean", 2), ("median", 1), ("std", 2))
    }
    table_with_download(
        table.astype({table.columns[-1]: str}), "workshop_summary", language, decimals
    )
    return summary


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
        rationale = st.text_area(t("cf_ws_adopt_rationale", language), key="cf_ws_adopt_rationale")
        submitted = st.form_submit_button(t("cf_ws_adopt_submit", language))
    if submitted and pair:
        from_key, to_key = pair.split("→")
        try:
            workshop.adopt_score(
                data.workshop_path(), session_id, from_key, to_key, score, rationale, known_nodes
            )
        except workshop.WorkshopError as error:
            st.error(str(error))
        else:
            _flash_and_rerun(
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
    st.caption(t("cf_ws_import_help", language))
    upload = st.file_uploader(t("cf_ws_upload", language), type=["csv", "xlsx"], key="cf_ws_upload")
    if upload is not None and st.button(t("cf_ws_import_submit", language), key="cf_ws_import"):
        try:
            frame = workshop.read_round_file(upload.getvalue(), upload.name)
            count = workshop.save_round(data.workshop_path(), session_id, frame, known_nodes)
        except workshop.RoundValidationError as error:
            lines = "\n".join(f"- {e}" for e in error.errors)
            st.error(f"{t('cf_ws_import_refused', language)}\n{lines}")
        except workshop.WorkshopError as error:
            st.error(f"{t('cf_ws_import_refused', language)} {error}")
        else:
            _flash_and_rerun(t("cf_ws_imported", language, count=count, file=upload.name))
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
