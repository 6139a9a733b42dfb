"""The text catalogue: every text, the interface's included, in both languages."""

from __future__ import annotations


def test_every_text_has_both_languages() -> None:
    from rus_data.text.catalogue import catalogue
    from ui.i18n import register_ui_texts

    register_ui_texts()
    for key, entry in catalogue().items():
        assert entry.get("sv") and entry.get("en"), key
