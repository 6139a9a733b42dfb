"""``python -m rus_data deck``: one county to a file, several or all to a folder, in Swedish
or English, and clear Swedish errors for unknown codes and missing databases."""

from __future__ import annotations

import io
from pathlib import Path

import duckdb
import pytest
from pptx import Presentation

from rus_data.cli import main
from rus_data.presentation.deck_cli import deck_areas, deck_file_name
from tests.support.cli import run_cli

_COUNTIES = "SELECT code FROM region WHERE level = 'lan' ORDER BY 1"


def _titles(path: Path) -> list[str]:
    deck = Presentation(io.BytesIO(path.read_bytes()))
    return [slide.shapes.title.text_frame.text for slide in deck.slides]


def test_one_county_to_a_file_from_the_command_line(demo_db_path: Path, tmp_path: Path) -> None:
    target = tmp_path / "deck.pptx"
    arguments = ["deck", "--region", "23", "--year", "2024", "-o", str(target)]
    done = run_cli(arguments, demo_db_path, timeout=300)
    assert done.returncode == 0, done.stderr
    assert "Jämtlands län" in done.stdout and str(target) in done.stdout
    titles = _titles(target)
    assert titles[0] == "Regional årlig uppföljning 2024"
    assert titles[1] == "Det viktigaste – Jämtlands län"
    assert all("Jämtlands län" in title for title in titles[2:])


def test_several_counties_in_english_to_a_folder(demo_db_path: Path, tmp_path: Path) -> None:
    folder = tmp_path / "decks"
    code = main(["deck", "--region", "00,25", "--year", "2024", "--lang", "en", "-o", str(folder)])
    assert code == 0
    files = sorted(p.name for p in folder.iterdir())
    assert files == ["follow-up-2024-00.pptx", "follow-up-2024-25.pptx"]
    assert _titles(folder / "follow-up-2024-00.pptx")[:2] == [
        "Regional annual follow-up 2024",
        "Key messages – Sweden",
    ]
    assert "Norrbotten" in _titles(folder / "follow-up-2024-25.pptx")[1]


def test_all_means_sweden_and_every_county(db: duckdb.DuckDBPyConnection) -> None:
    codes = deck_areas(db, "all")
    counties = [r[0] for r in db.execute(_COUNTIES).fetchall()]
    assert codes == ["00", *counties] and len(counties) == 21
    assert deck_areas(db, " 23, 25,23") == ["23", "25"]
    assert deck_file_name(2024, "23", "sv") == "uppfoljning-2024-23.pptx"


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (["--region", "99"], "Fel: Okänd länskod: 99."),
        (["--region", "0180"], "Fel: Okänd länskod: 0180."),
        (["--region", ","], "Fel: Ange minst en länskod"),
        (["--region", "23", "--year", "2031"], "Fel: Det finns inga bedömningar för 2031."),
    ],
)
def test_bad_arguments_give_a_swedish_message_and_write_nothing(
    demo_db_path: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    arguments: list[str],
    message: str,
) -> None:
    year = [] if "--year" in arguments else ["--year", "2024"]
    code = main(["deck", *arguments, *year, "-o", str(tmp_path / "x.pptx")])
    assert code == 1
    assert capsys.readouterr().err.startswith(message)
    assert list(tmp_path.iterdir()) == []


def test_a_missing_database_is_named(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("RUS_DB", str(tmp_path / "none.duckdb"))
    assert main(["deck", "--region", "23", "--year", "2024", "-o", str(tmp_path / "d.pptx")]) == 1
    assert "finns inte; bygg den först" in capsys.readouterr().err
