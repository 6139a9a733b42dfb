"""Labels in both languages: the one rule the style tables (status, trend, verdict, standing)
share for picking the Swedish or the English word."""

from __future__ import annotations


class BilingualLabel:
    """Mixin for a style with ``label_sv`` and ``label_en``: :meth:`label` picks one."""

    label_sv: str
    label_en: str

    def label(self, language: str) -> str:
        """The label in ``language`` (English for ``en``, Swedish otherwise)."""
        return self.label_en if language == "en" else self.label_sv
