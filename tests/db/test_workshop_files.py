"""Bounds on an imported workshop round: file size, unpacked size, columns and rows, checked
before (or while) the file is parsed."""

from __future__ import annotations

import io
import time
import zipfile

import pandas as pd
import pytest

from rus_data.conflicts import workshop, workshop_files
from rus_data.conflicts.workshop_store import StoreLike

HEADER = "rater,from_kind,from_id,to_kind,to_id,score,comment\n"


@pytest.fixture()
def store(any_store: StoreLike) -> StoreLike:
    return any_store


def test_a_big_file_is_refused_before_it_is_parsed(monkeypatch: pytest.MonkeyPatch) -> None:
    def never(*args: object, **kwargs: object) -> pd.DataFrame:
        raise AssertionError("parsed")

    monkeypatch.setattr(workshop_files.pd, "read_csv", never)
    monkeypatch.setattr(workshop_files.pd, "read_excel", never)
    row = "Anna,objective,1,objective,12,-2,biobränsle\n"
    big = (HEADER + row * (2_000_001 // len(row) + 1)).encode()
    assert len(big) > 2_000_000
    for name in ("runda.csv", "runda.xlsx"):
        with pytest.raises(workshop.WorkshopError, match="högst 2,0 MB"):
            workshop.read_round_file(big, name)
    with pytest.raises(workshop.WorkshopError, match="kolumner"):
        workshop.read_round_file((",".join(["x"] * 50_000) + "\n").encode(), "bred.csv")


def test_too_many_rows_are_refused_and_the_limit_itself_is_saved(store: StoreLike) -> None:
    pairs = [(f, t) for f in range(17) for t in range(17) if f != t]
    raters = [f"R{i}" for i in range(20)]
    lines = [f"{r},objective,{f},objective,{t},1,ok" for r in raters for f, t in pairs]
    known = [f"objective:{i}" for i in range(17)]
    with pytest.raises(workshop.WorkshopError, match="fler än 5000 rader"):
        workshop.read_round_file((HEADER + "\n".join(lines[:5001])).encode(), "stor.csv")
    frame = workshop.read_round_file((HEADER + "\n".join(lines[:5000])).encode(), "max.csv")
    session = workshop.create_session(store, "Stor", "00")
    started = time.monotonic()
    assert workshop.save_round(store, session, frame, known) == 5000
    assert time.monotonic() - started < 30  # row by row it took minutes
    assert len(workshop.session_scores(store, session)) == 5000


def test_an_excel_file_that_unpacks_to_much_more_is_refused(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def never(*args: object, **kwargs: object) -> pd.DataFrame:
        raise AssertionError("parsed")

    monkeypatch.setattr(workshop_files.pd, "read_excel", never)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/sharedStrings.xml", b"a" * 30_000_000)
    assert len(buffer.getvalue()) < 2_000_000
    with pytest.raises(workshop.WorkshopError, match="packas upp till 30,0 MB"):
        workshop.read_round_file(buffer.getvalue(), "bomb.xlsx")


def test_an_excel_file_with_too_many_rows_is_refused() -> None:
    frame = pd.DataFrame(
        {
            "rater": [f"R{i}" for i in range(5001)],
            "from_kind": "objective",
            "from_id": "1",
            "to_kind": "objective",
            "to_id": "12",
            "score": 1,
            "comment": "ok",
        }
    )
    buffer = io.BytesIO()
    frame.to_excel(buffer, index=False)
    with pytest.raises(workshop.WorkshopError, match="fler än 5000 rader"):
        workshop.read_round_file(buffer.getvalue(), "lang.xlsx")


def test_an_exported_round_runs_no_formula_and_reads_back_as_it_was() -> None:
    scores = pd.DataFrame(
        {
            "rater": ['=HYPERLINK("http://x")', "Anna"],
            "from_kind": ["objective", "objective"],
            "from_id": ["1", "2"],
            "to_kind": ["target", "objective"],
            "to_id": ["7.2", "12"],
            "score": [-2, 3],
            "comment": ["@SUM(A1)", "+ bra för skogen"],
        }
    )
    text = workshop_files.round_csv(scores).decode("utf-8")
    assert "'=HYPERLINK" in text and "'@SUM(A1)" in text and "'+ bra" in text
    assert ",-2," in text  # numbers are numbers, not text with an apostrophe
    for name, data in (
        ("runda.csv", workshop_files.round_csv(scores)),
        ("runda.xlsx", workshop_files.round_xlsx(scores)),
    ):
        back = workshop.read_round_file(data, name)
        assert back["rater"].tolist() == scores["rater"].tolist(), name
        assert back["comment"].tolist() == scores["comment"].tolist(), name
        assert back["score"].astype(int).tolist() == [-2, 3], name
