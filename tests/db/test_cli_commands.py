"""Every CLI subcommand runs once, in the order a new user would use them, against fakes."""

from __future__ import annotations

import argparse
from pathlib import Path

import pytest

from rus_data.cli import _parser, main
from tests.support.fake_apis import FakeServer, kolada_for_the_app, scb_route, serve

# Commands with their own tests elsewhere, registered by other modules (issue 16's deck).
COVERED_ELSEWHERE = {"deck", "serve"}  # tests/db/test_deck_cli.py, tests/served/


def _subcommands(parser: argparse.ArgumentParser, prefix: str = "") -> set[str]:
    names: set[str] = set()
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                inner = _subcommands(sub, f"{prefix}{name} ")
                names |= inner or {f"{prefix}{name}"}
    return names


def test_every_cli_subcommand_runs_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture
) -> None:
    monkeypatch.setenv("RUS_DB", str(tmp_path / "rus.duckdb"))
    indicators = tmp_path / "indikatorer.csv"
    values = tmp_path / "varden.csv"
    indicators.write_text(
        "id;name_sv;name_en;unit;unit_en;better;finest_level;aggregation;objectives\n"
        "egen_andel;Egen andel;Own share;%;%;higher;kommun;mean;15\n",
        encoding="utf-8",
    )
    values.write_text(
        "Egen andel per kommun\n\nindicator_id;region_code;year;value\n"
        "egen_andel;Stockholms stad;2022;12,5\negen_andel;Region Gotland;2022;..\n"
        "egen_andel;Malmö stad;2022;9\n",
        encoding="utf-8",
    )
    ran: dict[str, int] = {}

    def run(name: str, *argv: str) -> str:
        ran[name] = main(list(argv))
        captured = capsys.readouterr()
        assert ran[name] == 0, f"{name}: {captured.err}"
        return captured.out

    run("build", "build", "--no-demo")
    assert "indicator_id;region_code;year;value" in run("template", "template", "values")
    run("import", "import", str(indicators))
    out = run("import", "import", str(values))
    assert "Importerade 2 rader" in out and "1 saknat värde lämnades bort" in out
    sources = run("sources", "sources")
    first_source = sources.split()[0]
    with kolada_for_the_app(monkeypatch, page_size=5000):
        run(
            "sync kolada",
            "sync",
            "kolada",
            "--kpi",
            "N00401",
            "--years",
            "2021-2022",
            "--better",
            "lower",
            "--objective",
            "1",
        )
        dry = run("sync kolada", "sync", "kolada", "--objectives", "--dry-run")
        assert "Torrkörning" in dry
        groups = run(
            "sync kolada-groups", "sync", "kolada-groups", "--group", "G124,G131", "--set", "skr"
        )
        assert "4 kommuner i grupper sparade" in groups
        assert "N07945" in run("search", "search", "kolada", "elbilar")
    with serve(FakeServer(scb_route()), "/api/v2") as scb:
        monkeypatch.setenv("SCB_BASE_URL", scb.base_url)
        run(
            "sync scb",
            "sync",
            "scb",
            "--table",
            "TAB1",
            "--select",
            "Sektor=A",
            "--years",
            "2020-2021",
            "--better",
            "higher",
        )
        assert "TAB100" in run("search", "search", "scb", "skyddad")
    assert "Tog bort källa" in run("undo", "undo", first_source)
    missing = _subcommands(_parser()) - set(ran) - COVERED_ELSEWHERE
    assert not missing, f"CLI-kommandon utan körning i testet: {sorted(missing)}"
