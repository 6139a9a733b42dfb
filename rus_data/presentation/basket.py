"""The presentation basket as plain data: ordered items, their edits, and a file to save it in.

The app keeps a tuple of :class:`BasketItem` in the session; every edit returns a new tuple.
A saved basket is JSON text that can be opened again later, in another session. Anyone may
have written such a file, so the reader bounds its size and number of slides, cleans and bounds
every text (:mod:`~rus_data.presentation.free_text`) and lets through only specs with the
shape of the project's own charts (:func:`rus_data.charts.spec_policy.check_spec`).
"""

from __future__ import annotations

import json
import re
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, fields
from typing import Any

from rus_data.charts.spec_policy import SpecPolicyError, check_spec
from rus_data.presentation.free_text import (
    SOURCE_LIMIT,
    TITLE_LIMIT,
    clean_line,
    clean_lines,
)
from rus_data.presentation.slide import Slide

BASKET_FORMAT = "miljomalsdashboarden-presentation"
BASKET_FORMAT_VERSION = 1
_SLIDE_FIELDS = {f.name for f in fields(Slide)}
_REQUIRED = ("title", "spec_json", "source_line", "shows_demo")
MAX_FILE_BYTES = 20_000_000
MAX_SLIDES = 100
MAX_QUERY_PARAMETERS = 40
_KINDS = ("chart", "map")
_PAGE = re.compile(r"[a-z0-9_-]{0,40}")


class BasketFileError(ValueError):
    """A saved basket that cannot be read; the message is in Swedish and names the place."""


@dataclass(frozen=True)
class BasketItem:
    """One slide in the basket, with an id that stays the same when the item moves."""

    item_id: str
    slide: Slide


def new_item(slide: Slide) -> BasketItem:
    """A basket item with a fresh id."""
    return BasketItem(uuid.uuid4().hex[:12], slide)


def _position(items: Sequence[BasketItem], item_id: str) -> int:
    for index, item in enumerate(items):
        if item.item_id == item_id:
            return index
    raise KeyError(item_id)


def moved(items: Sequence[BasketItem], item_id: str, offset: int) -> tuple[BasketItem, ...]:
    """The items with ``item_id`` moved ``offset`` places (clamped to the ends)."""
    ordered = list(items)
    start = _position(ordered, item_id)
    target = min(max(start + offset, 0), len(ordered) - 1)
    ordered.insert(target, ordered.pop(start))
    return tuple(ordered)


def without(items: Sequence[BasketItem], item_id: str) -> tuple[BasketItem, ...]:
    """The items without ``item_id``."""
    return tuple(item for item in items if item.item_id != item_id)


def updated(items: Sequence[BasketItem], item_id: str, **changes: Any) -> tuple[BasketItem, ...]:
    """The items with the slide of ``item_id`` changed (e.g. ``title=…``, ``notes=…``)."""
    return tuple(
        BasketItem(item.item_id, item.slide.with_changes(**changes))
        if item.item_id == item_id
        else item
        for item in items
    )


def basket_json(slides: Iterable[Slide], title: str = "") -> bytes:
    """The slides (and the basket's title) as a JSON file."""
    document = {
        "format": BASKET_FORMAT,
        "version": BASKET_FORMAT_VERSION,
        "title": title,
        "slides": [asdict(slide) for slide in slides],
    }
    # "replace": a lone surrogate (never from a browser) becomes "?" instead of an error
    return json.dumps(document, ensure_ascii=False, indent=1).encode("utf-8", "replace")


def _slide_from_record(record: object, number: int) -> Slide:
    """One slide of a saved basket, checked field by field."""
    where = f"Bild {number}"
    if not isinstance(record, dict):
        raise BasketFileError(f"{where}: förväntade ett objekt med bildens fält.")
    for name in _REQUIRED:
        if name not in record:
            raise BasketFileError(f"{where}: fältet ”{name}” saknas.")
    text_fields = ("title", "spec_json", "source_line", "notes", "page", "kind", "message")
    for name in text_fields:
        if name in record and not isinstance(record[name], str):
            raise BasketFileError(f"{where}, fältet ”{name}”: förväntade text.")
    if not isinstance(record["shows_demo"], bool):
        raise BasketFileError(f"{where}, fältet ”shows_demo”: förväntade true eller false.")
    query = record.get("query", {})
    if not isinstance(query, dict) or len(query) > MAX_QUERY_PARAMETERS:
        raise BasketFileError(
            f"{where}, fältet ”query”: förväntade ett objekt med högst "
            f"{MAX_QUERY_PARAMETERS} parametrar."
        )
    if not _PAGE.fullmatch(record.get("page", "")):
        raise BasketFileError(f"{where}, fältet ”page”: förväntade namnet på en av sidorna.")
    if record.get("kind", "chart") not in _KINDS:
        raise BasketFileError(f"{where}, fältet ”kind”: förväntade ”chart” eller ”map”.")
    try:
        check_spec(record["spec_json"])
    except SpecPolicyError as error:
        place = f" på ”{clean_line(error.path, 120)}”" if error.path else ""
        explanation = clean_line(error.explanation, 300)  # it may quote a stranger's name
        raise BasketFileError(f"{where}, fältet ”spec_json”{place}: {explanation}.") from None
    known = {key: value for key, value in record.items() if key in _SLIDE_FIELDS}
    known["title"] = clean_line(record["title"], TITLE_LIMIT)
    known["source_line"] = clean_line(record["source_line"], SOURCE_LIMIT)
    known["notes"] = clean_lines(record.get("notes", ""))
    known["message"] = clean_line(record.get("message", ""), TITLE_LIMIT)
    known["query"] = {clean_line(key, 40): clean_line(value, 500) for key, value in query.items()}
    return Slide(**known)


def slides_from_basket_json(data: bytes) -> tuple[str, list[Slide]]:
    """The title and slides of a file written by :func:`basket_json`.

    Raises :class:`BasketFileError` with a Swedish message naming the slide and field.
    """
    if len(data) > MAX_FILE_BYTES:
        raise BasketFileError(
            f"Filen är större än {MAX_FILE_BYTES // 1_000_000} MB; en sparad korg är mindre."
        )
    try:
        document = json.loads(data.decode("utf-8-sig"))
    except UnicodeDecodeError:
        raise BasketFileError("Filen är inte text i UTF-8.") from None
    except json.JSONDecodeError as error:
        raise BasketFileError(
            f"Filen är inte giltig JSON (rad {error.lineno}, kolumn {error.colno})."
        ) from None
    except RecursionError:
        raise BasketFileError("Filen är för djupt nästlad för att vara en sparad korg.") from None
    except ValueError:  # an integer of more than 4,300 digits
        raise BasketFileError("Filen har ett tal med orimligt många siffror.") from None
    if not isinstance(document, dict) or document.get("format") != BASKET_FORMAT:
        raise BasketFileError(
            "Filen är inte en sparad presentationskorg från Miljömålsdashboarden."
        )
    if document.get("version") != BASKET_FORMAT_VERSION:
        raise BasketFileError(
            f"Filen har version {clean_line(repr(document.get('version')), 40)}; den här "
            "versionen läser version "
            f"{BASKET_FORMAT_VERSION}."
        )
    records = document.get("slides")
    if not isinstance(records, list):
        raise BasketFileError("Fältet ”slides” saknas eller är inte en lista.")
    if len(records) > MAX_SLIDES:
        raise BasketFileError(
            f"Korgen har {len(records)} bilder; högst {MAX_SLIDES} går att öppna."
        )
    title = document.get("title", "")
    slides = [_slide_from_record(record, number) for number, record in enumerate(records, 1)]
    return (clean_line(title, TITLE_LIMIT) if isinstance(title, str) else ""), slides
