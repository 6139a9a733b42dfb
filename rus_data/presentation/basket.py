"""The presentation basket as plain data: ordered items, their edits, and a file to save it in.

The app keeps a tuple of :class:`BasketItem` in the session; every edit returns a new tuple.
A saved basket is JSON text that can be opened again later, in another session.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, fields
from typing import Any

from rus_data.presentation.slide import Slide

BASKET_FORMAT = "miljomalsdashboarden-presentation"
BASKET_FORMAT_VERSION = 1
_SLIDE_FIELDS = {f.name for f in fields(Slide)}
_REQUIRED = ("title", "spec_json", "source_line", "shows_demo")


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
    return json.dumps(document, ensure_ascii=False, indent=1).encode("utf-8")


def _slide_from_record(record: object, number: int) -> Slide:
    """One slide of a saved basket, checked field by field."""
    where = f"Bild {number}"
    if not isinstance(record, dict):
        raise BasketFileError(f"{where}: förväntade ett objekt med bildens fält.")
    for name in _REQUIRED:
        if name not in record:
            raise BasketFileError(f"{where}: fältet ”{name}” saknas.")
    text_fields = ("title", "spec_json", "source_line", "notes", "page", "kind")
    for name in text_fields:
        if name in record and not isinstance(record[name], str):
            raise BasketFileError(f"{where}, fältet ”{name}”: förväntade text.")
    if not isinstance(record["shows_demo"], bool):
        raise BasketFileError(f"{where}, fältet ”shows_demo”: förväntade true eller false.")
    query = record.get("query", {})
    if not isinstance(query, dict):
        raise BasketFileError(f"{where}, fältet ”query”: förväntade ett objekt.")
    try:
        spec = json.loads(record["spec_json"])
    except json.JSONDecodeError as error:
        raise BasketFileError(
            f"{where}, fältet ”spec_json”: inte giltig JSON ({error.msg}, tecken {error.pos})."
        ) from None
    if not isinstance(spec, dict):
        raise BasketFileError(f"{where}, fältet ”spec_json”: förväntade ett Vega-Lite-objekt.")
    known = {key: value for key, value in record.items() if key in _SLIDE_FIELDS}
    known["query"] = {str(key): str(value) for key, value in query.items()}
    return Slide(**known)


def slides_from_basket_json(data: bytes) -> tuple[str, list[Slide]]:
    """The title and slides of a file written by :func:`basket_json`.

    Raises :class:`BasketFileError` with a Swedish message naming the slide and field.
    """
    try:
        document = json.loads(data.decode("utf-8-sig"))
    except UnicodeDecodeError:
        raise BasketFileError("Filen är inte text i UTF-8.") from None
    except json.JSONDecodeError as error:
        raise BasketFileError(
            f"Filen är inte giltig JSON (rad {error.lineno}, kolumn {error.colno})."
        ) from None
    if not isinstance(document, dict) or document.get("format") != BASKET_FORMAT:
        raise BasketFileError(
            "Filen är inte en sparad presentationskorg från Miljömålsdashboarden."
        )
    if document.get("version") != BASKET_FORMAT_VERSION:
        raise BasketFileError(
            f"Filen har version {document.get('version')!r}; den här versionen läser version "
            f"{BASKET_FORMAT_VERSION}."
        )
    records = document.get("slides")
    if not isinstance(records, list):
        raise BasketFileError("Fältet ”slides” saknas eller är inte en lista.")
    title = document.get("title", "")
    slides = [_slide_from_record(record, number) for number, record in enumerate(records, 1)]
    return (title if isinstance(title, str) else ""), slides
