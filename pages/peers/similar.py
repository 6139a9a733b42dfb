"""Why the similar municipalities are similar: a table in words (the indicators that make
each close and those that differ most) and, for a chosen one, a small chart and a sentence
with both municipalities' values."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from rus_data.peers.explain import reasons
from rus_data.peers.explain_chart import similarity_chart
from rus_data.peers.similarity import SimilarityResult
from rus_data.text import t
from rus_data.text.formats import format_number, formatted_table
from rus_data.text.plain import as_markdown_text
from ui.charts import chart_spec


def _value(value: float, indicator: pd.Series, language: str) -> str:
    return f"{format_number(value, int(indicator['decimals']), language)} {indicator['unit']}"


def neighbours_table(
    neighbours: pd.DataFrame,
    contribution: pd.DataFrame,
    names: dict[str, str],
    indicator_by_id: pd.DataFrame,
    language: str,
) -> None:
    """The similar municipalities with headers in the user's language and the reasons."""
    why = reasons(contribution)

    def listed(code: str, part: int) -> str:
        ids = why.get(code, ([], []))[part]
        return ", ".join(str(indicator_by_id.at[i, "name"]) for i in ids) or "–"

    codes = list(neighbours["region_code"])
    distance = t("peers_distance", language)
    table = pd.DataFrame(
        {
            t("peers_col_rank", language): neighbours["rank"].astype(int),
            t("peers_col_municipality", language): [names.get(c, c) for c in codes],
            t("peers_col_close", language): [listed(c, 0) for c in codes],
            t("peers_col_far", language): [listed(c, 1) for c in codes],
            distance: neighbours["distance"].astype(float),
            t("peers_shared", language): neighbours["shared"].astype(int),
        }
    )
    st.dataframe(formatted_table(table, {distance: 2}, language), hide_index=True, width="stretch")
    st.caption(t("peers_distance_help", language))


def explanation(
    municipality: str,
    neighbours: pd.DataFrame,
    contribution: pd.DataFrame,
    names: dict[str, str],
    indicator_by_id: pd.DataFrame,
    language: str,
    source_line: str,
) -> None:
    """For one chosen similar municipality: why, in words and in a small chart."""
    codes = [c for c in neighbours["region_code"] if c in set(contribution["region_code"])]
    if not codes:
        return
    name = names[municipality]
    with st.container(border=True, key="peers_similar_explained"):
        st.markdown("#### " + t("peers_why_heading", language, name=as_markdown_text(name)))
        other = st.selectbox(
            t("peers_why_choose", language),
            codes,
            key="peer_why",
            format_func=lambda c: names.get(c, c),
        )
        own = contribution[contribution["region_code"] == other]
        close, far = reasons(own)[other]

        def phrase(ids: list[str]) -> str:
            parts = []
            for indicator_id in ids:
                row = own[own["indicator_id"] == indicator_id].iloc[0]
                indicator = indicator_by_id.loc[indicator_id]
                parts.append(
                    t(
                        "peers_why_item",
                        language,
                        indicator=indicator["name"],
                        own=_value(row["value_target"], indicator, language),
                        other=_value(row["value_other"], indicator, language),
                    )
                )
            return "; ".join(parts)

        sentence = t(
            "peers_why_close", language, other=names[other], name=name, items=phrase(close)
        )
        if far:
            sentence += " " + t("peers_why_far", language, items=phrase(far))
        st.markdown(as_markdown_text(sentence, 1200))
        ordered = own.sort_values("gap", kind="stable")
        points = pd.concat(
            [
                pd.DataFrame(
                    {
                        "indicator": [indicator_by_id.at[i, "name"] for i in ordered.indicator_id],
                        "area": area,
                        "z": ordered[z_column].to_numpy(),
                        "value_text": [
                            _value(v, indicator_by_id.loc[i], language)
                            for v, i in zip(ordered[v_column], ordered.indicator_id, strict=True)
                        ],
                    }
                )
                for area, z_column, v_column in (
                    (name, "z_target", "value_target"),
                    (names[other], "z_other", "value_other"),
                )
            ],
            ignore_index=True,
        )
        labels = {
            "axis": t("peers_why_axis", language),
            "indicator": t("peers_indicator", language),
            "area": t("peers_col_municipality", language),
            "value": t("peers_why_value", language),
        }
        title = t("peers_why_title", language, other=names[other], name=name)
        subtitle = [t("peers_why_subtitle", language), source_line]
        st.vega_lite_chart(
            chart_spec(similarity_chart, points, labels, title, subtitle, language), width="stretch"
        )


def similar_notes(
    result: SimilarityResult,
    indicator_by_id: pd.DataFrame,
    names: dict[str, str],
    name_text: str,
    language: str,
) -> None:
    """How the similar municipalities were found: the method, the indicators left out and
    the municipalities excluded, each with its reason in words."""
    if not result.used_indicators:
        st.warning(t("peers_similar_none", language))
    else:
        st.caption(
            t(
                "peers_similar_method",
                language,
                min_shared=result.min_shared,
                used=len(result.used_indicators),
            )
        )
    if result.dropped_indicators:
        st.markdown(f"**{t('peers_dropped_heading', language)}**")
        for indicator_id, reason in result.dropped_indicators.items():
            label = as_markdown_text(indicator_by_id.at[indicator_id, "name"])
            st.markdown(
                "- " + t(f"peers_dropped_{reason}", language, indicator=label, name=name_text)
            )
    if not result.excluded.empty:
        heading = t("peers_excluded_heading", language, n=len(result.excluded))
        with st.expander(heading):
            for row in result.excluded.itertuples():
                reason = t(
                    "peers_excluded_reason",
                    language,
                    shared=row.shared,
                    used=len(result.used_indicators),
                    name=name_text,
                    min_shared=result.min_shared,
                )
                other = as_markdown_text(names.get(row.region_code, row.region_code))
                st.markdown(f"- {other}: {reason}")
