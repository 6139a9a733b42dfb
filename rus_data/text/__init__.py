"""Texts and formats: one catalogue of Swedish and English texts, numbers and dates in either
language's conventions, source lines and the words for assessment status and trend."""

from rus_data.text.catalogue import LANGUAGE_NAMES, LANGUAGES, Language, t

__all__ = ["LANGUAGES", "LANGUAGE_NAMES", "Language", "t"]
