"""The raters' part of the workshop on the conflicts page: the scoring form of the session they
work in, and the results (mean, spread, disagreement) that everyone in it sees."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from pages.conflicts import data
from pages.conflicts.parts import chart_with_downloads, table_with_download
from rus_data.conflicts import tables as conflicts
from rus_data.conflicts import workshop
from rus_data.conflicts.charts import workshop_spread_chart
from rus_data.text import t
from rus_data.text.formats import format_date
from rus_data.text.plain import as_markdown_text, escape_markdown
from ui.charts import chart_spec


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
    rater = st.text_input(
        t("cf_ws_rater", language), key="cf_ws_rater", max_chars=workshop.MAX_RATER_CHARS
    )
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
            st.markdown(f"**{escape_markdown(labels[pair])}**")
            left, right = st.columns([2, 3])
            score = left.select_slider(
                t("cf_ws_score", language),
                options=list(range(-3, 4)),
                value=current.get(pair, 0),
                format_func=lambda s: conflicts.score_label(s, language),
                key=f"cf_ws_score_{index}",
            )
            comment = right.text_input(
                t("cf_ws_comment", language),
                key=f"cf_ws_comment_{index}",
                max_chars=workshop.MAX_COMMENT_CHARS,
            )
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
        count = workshop.save_round(data.workshop_store(), session_id, frame, known_nodes)
    except workshop.RoundValidationError as error:
        st.error("\n".join(f"- {as_markdown_text(e, 500)}" for e in error.errors))
    except workshop.WorkshopError as error:
        st.error(as_markdown_text(str(error), 500))
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
