"""What counts as the other language on a page: the texts a run shows, and the words that
give Swedish away in English and English away in Swedish.

The texts are read from every element's message (labels, options, bodies, help texts,
placeholders), not from charts' specs or data; proper names (places, organisations, data
sources, the language names) are allowed in both languages.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import duckdb
from google.protobuf.message import Message

from rus_data.text.plain import escape_markdown

# Fields that hold code, data or identifiers rather than text for people.
_SKIP_FIELDS = {
    "spec",
    "json",
    "data",
    "datasets",
    "id",
    "form_id",
    "arrow_data",
    "columns",
    "styler",
    "deck",
    "tooltip",
    "mapbox_token",
    "url",
    "file_name",
    "mime_type",
    "page_script_hash",
    "query_param_key",
    "icon",
    "body_html",
    "element_hash",
    "key",
    "css_class",
    "editing_mode",
    "selection_mode",
    "format",
}
_SWEDISH_LETTERS = re.compile(r"[A-Za-zÅÄÖåäöÉé]*[ÅÄÖåäö][A-Za-zÅÄÖåäöÉé]*")
_TAG = re.compile(r"<[^>]+>")
_CODE = ("<script", "<style")  # st.html that only carries code
# Swedish words without å, ä or ö that English never uses.
_SWEDISH_WORDS = re.compile(
    r"\b(och|inte|Inget|Ingen|eller|med|Sverige|kommun|kommuner|Välj|Källa|uppgift|saknas|"
    r"visar|visas|finns|mål|miljömål|Exempeldata|statistik|bedömning|Ladda|ner|"
    r"Kopiera|länk|sidan|Trender|Karta|Översikt)\b"
)
# English words that a Swedish sentence never uses.
_ENGLISH_WORDS = re.compile(
    r"\b(the|and|of|with|from|this|that|are|not|Sweden|None|Choose|Select|Download|Upload|"
    r"Value|Source|County|Municipality|Objective|Indicator|Year|Copy|link|page|Overview|"
    r"Map|Trends|Compare|Example|official|statistics|no data|per file)\b"
)

# Numbers written the other language's way: a decimal point in Swedish (a comma before three
# digits is a Swedish decimal as often as English thousands); in English a decimal comma
# or space-grouped thousands.
_NUMBERS = {
    "sv": re.compile(r"(?<![\d.])\d+\.\d+(?![\d.])"),
    "en": re.compile(r"(?<![\d,])\d+,\d{1,2}(?![\d,])|\d[\u202f\u00a0 ]\d{3}\b"),
}


def texts(node: Any) -> Iterator[str]:
    """Every text a person reads in an AppTest element tree (recursively)."""
    proto = getattr(node, "proto", None)
    if isinstance(proto, Message):
        yield from _message_texts(proto)
    for child in getattr(node, "children", {}).values():
        yield from texts(child)


def _message_texts(message: Message) -> Iterator[str]:
    for field, value in message.ListFields():
        if field.name in _SKIP_FIELDS or field.name.endswith("_id"):
            continue  # an identifier (a download's deferred_file_id is random: 1 048 in hex)
        scalar = isinstance(value, str | bytes | Message | int | float)
        values = [value] if scalar else list(value)
        for item in values:
            if isinstance(item, Message):
                yield from _message_texts(item)
            elif isinstance(item, str) and item.strip() and not item.lstrip().startswith(_CODE):
                yield item


# Names that are the same in both languages.
LANGUAGE_NAMES = {"Svenska", "English"}


def other_language(
    shown: Iterable[str], language: str, allowed: set[str], quoted: Iterable[str] = ()
) -> list[str]:
    """The words in ``shown`` that belong to the other language, each with its context.

    ``allowed``: proper names, whole or word by word; ``quoted``: texts shown as their authors
    wrote them (a county's motivation), allowed only whole.
    """
    pattern = _other_language_pattern(language)
    names = sorted(
        allowed | {word for name in allowed for word in name.split()} | set(quoted),
        key=len,
        reverse=True,
    )
    found = []
    for text in shown:
        clean = _TAG.sub(" ", text)  # an HTML tag's attributes are not text
        for name in names:
            if name and name in clean:
                clean = clean.replace(name, " ")
        for match in pattern.finditer(clean):
            context = clean[max(0, match.start() - 50) : match.end() + 50].replace("\n", " ")
            found.append(f"{match.group(0)!r} in {context!r}")
    return list(dict.fromkeys(found))


def _other_language_pattern(language: str) -> re.Pattern[str]:
    """Words and numbers of the other language than ``language``."""
    if language == "en":
        parts = [_SWEDISH_LETTERS.pattern, _SWEDISH_WORDS.pattern, _NUMBERS["en"].pattern]
    else:
        parts = [_ENGLISH_WORDS.pattern, _NUMBERS["sv"].pattern]
    return re.compile("|".join(f"(?:{part})" for part in parts))


def names_in(database: Path) -> set[str]:
    """Places, groups, data sources and their descriptions: not translated."""
    with duckdb.connect(str(database), read_only=True) as connection:
        rows = connection.execute(
            "SELECT name FROM region UNION SELECT group_name FROM region_group "
            "UNION SELECT name FROM source UNION SELECT description FROM source "
            "WHERE description IS NOT NULL"
        ).fetchall()
    return {name for (name,) in rows} | LANGUAGE_NAMES


def motivations_in(database: Path) -> set[str]:
    """The counties' motivations of their assessments: their own text, quoted as written
    (Swedish in both interfaces), plain and escaped for Markdown."""
    with duckdb.connect(str(database), read_only=True) as connection:
        rows = connection.execute(
            "SELECT DISTINCT comment FROM assessment WHERE comment IS NOT NULL"
        ).fetchall()
    texts = {comment for (comment,) in rows}
    return texts | {escape_markdown(text) for text in texts}
