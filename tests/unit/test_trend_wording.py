"""A verdict names direction and size in words and needs a change that matters."""

from __future__ import annotations

import numpy as np

from rus_data.trends.stats import RELEVANT_SHARE, trend
from rus_data.trends.tables import display_statistics
from rus_data.trends.wording import rule_text, verdict_sentence

YEARS = np.arange(2012, 2025, dtype=float)


def test_a_clear_rise_of_a_share_reads_in_percentage_points() -> None:
    values = 20 + 1.2 * (YEARS - 2012)
    result = trend(YEARS, values, "higher")
    assert result.verdict == "right"
    assert (
        verdict_sentence(result, 2012, "%", 1, "sv")
        == "ökar med 1,20 procentenheter per år sedan 2012; tydlig trend"
    )
    assert (
        verdict_sentence(result, 2012, "%", 1, "en")
        == "rising by 1.20 percentage points a year since 2012; clear trend"
    )


def test_a_steady_but_tiny_change_is_no_clear_change() -> None:
    """The finding: 'går åt rätt håll' on a line that lies flat (a tiny, steady rise)."""
    level = 400_000.0
    values = level + 50 * (YEARS - 2012)  # +600 ha over 12 years: 0.15 % of the level
    result = trend(YEARS, values, "higher")
    assert result.p_value < 0.05  # statistically clear …
    assert result.relative_change < RELEVANT_SHARE  # … but too small to matter
    assert result.verdict == "no_clear_change"
    sentence = verdict_sentence(result, 2012, "hektar", 0, "sv")
    assert sentence == (
        "ökar med 50,0 hektar per år sedan 2012; "
        "för liten förändring i förhållande till nivån för att räknas"
    )


def test_a_noisy_series_is_called_uncertain_and_a_short_one_too_few() -> None:
    noisy = np.array([5.0, 9.0, 4.0, 8.0, 5.0, 9.0, 4.0, 8.0, 5.0, 9.0, 4.0, 8.0, 5.0])
    result = trend(YEARS, noisy, "lower")
    assert result.verdict == "no_clear_change"
    assert verdict_sentence(result, 2012, "ton", 1, "sv").endswith(
        "osäkert, kan vara slumpmässig variation"
    )
    short = trend(YEARS[:3], noisy[:3], "lower")
    assert verdict_sentence(short, 2012, "ton", 1, "sv") == "för få värden (3 av minst 5)"


def test_a_fall_reads_as_falling() -> None:
    result = trend(YEARS, 100 - 3 * (YEARS - 2012), "lower")
    assert verdict_sentence(result, 2012, "ton", 0, "sv").startswith(
        "minskar med 3,0 ton per år sedan 2012"
    )


def test_the_rule_is_stated_with_its_numbers() -> None:
    text = rule_text("sv")
    assert "p under 0,05" in text and "5\u202f%" in text and "minst 5 värden" in text


def test_a_share_table_has_no_percent_change_column() -> None:
    import pandas as pd

    stats = pd.DataFrame(
        {
            "region": ["Jämtlands län"],
            "n": [13],
            "verdict_text": ["↗ går åt rätt håll"],
            "sentence": ["ökar med 1,20 procentenheter per år sedan 2012; tydlig trend"],
            "change": [14.4],
            "change_percent": [72.0],
        }
    )
    assert "change_percent" not in display_statistics(stats, 1, "sv", "%").columns
    assert "change_percent" in display_statistics(stats, 1, "sv", "hektar").columns
