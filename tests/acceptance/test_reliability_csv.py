"""One CSV writer for every CSV file cc-assess writes: a byte-order mark, CRLF, formulas neutralised (issue 18)."""

from __future__ import annotations

import csv
import io
import zipfile
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cc_assess.cli import app
from cc_assess.csvout import csv_text, neutralise, restore
from tests.conftest import ALL_CONFORMANT, FIXTURES, MakeAssessment, run

DANGEROUS = ["=1+2", "+1", "-1", "@SUM(A1)", "\tx", "\rx", "'=x", "''-x"]


def _rows(data: bytes) -> list[list[str]]:
    assert data.startswith(b"\xef\xbb\xbf")
    text = data.decode("utf-8-sig")
    assert "\r\n" in text
    return list(csv.reader(io.StringIO(text, newline="")))


@pytest.mark.parametrize("text", DANGEROUS)
def test_neutralise_and_restore_round_trip(text: str) -> None:
    cell = neutralise(text)
    assert isinstance(cell, str)
    assert cell == "'" + text
    assert restore(cell) == text


def test_numbers_and_plain_text_stay_as_they_are() -> None:
    assert csv_text([["a", -1.5, None, True, "text"]]) == "\ufeffa,-1.5,,true,text\r\n"


def test_actions_csv_neutralises_formulas(
    make_assessment: MakeAssessment, runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    make_assessment(
        ALL_CONFORMANT,
        files={
            "responses/AA/AA-01.yaml": (
                "item: AA-01\nstatus: partial\nactions:\n"
                "  - {id: '=A1', description: '=HYPERLINK(\"http://x\")', owner: '@me', due: 2026-03-01}\n"
                "  - {id: A2, description: '-2+3', owner: '+86 10', due: 2026-03-02}\n"
            )
        },
    )
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(
        app,
        ["actions", "site", "--format", "csv", "--today", "2026-01-01"],
        catch_exceptions=False,
    )
    assert result.exit_code == 0
    rows = _rows(result.stdout_bytes)
    assert rows == [
        ["item", "id", "description", "owner", "due", "status", "overdue"],
        ["AA-01", "'=A1", '\'=HYPERLINK("http://x")', "'@me", "2026-03-01", "open", "false"],
        ["AA-01", "A2", "'-2+3", "'+86 10", "2026-03-02", "open", "false"],
    ]
    # the pack's actions.csv is the same writer
    assert run(runner, "pack", "site", "-o", "p.zip", "--today", "2026-01-01")[0] == 0
    with zipfile.ZipFile("p.zip") as archive:
        name = next(n for n in archive.namelist() if n.endswith("actions.csv"))
        assert _rows(archive.read(name)) == rows


def test_score_csv_has_a_bom_and_neutralises_catalogue_titles(
    make_assessment: MakeAssessment, runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    hostile = tmp_path / "hostile.yaml"
    hostile.write_text(
        (FIXTURES / "mini.yaml").read_text(encoding="utf-8").replace("en: Domain A", "en: '=cmd|x'"), encoding="utf-8"
    )
    make_assessment(ALL_CONFORMANT, catalogue=hostile, meta="language: en\n")
    monkeypatch.chdir(tmp_path)
    code, _, err = run(runner, "score", "site", "--format", "csv")
    assert code == 0, err
    result = runner.invoke(app, ["score", "site", "--format", "csv"], catch_exceptions=False)
    rows = _rows(result.stdout_bytes)
    assert rows[0][:5] == ["domain", "title", "score", "achieved", "possible"]
    assert rows[1][:5] == ["AA", "'=cmd|x", "100.0", "4.0", "4.0"]
    assert rows[-1][:3] == ["overall", "", "100.0"]


def test_export_csv_with_a_finding_over_the_csv_field_limit_imports_unchanged(
    make_assessment: MakeAssessment, runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    long = "长" * 70_000 + "x" * 70_000  # 140,000 characters: over csv's default field limit of 131,072
    make_assessment(
        ALL_CONFORMANT,
        files={"responses/AA/AA-01.yaml": f"item: AA-01\nstatus: conformant\nfindings: {long}\n"},
    )
    monkeypatch.chdir(tmp_path)
    assert run(runner, "export", "site", "--format", "csv", "-o", "a.csv")[0] == 0
    before = csv.field_size_limit()
    code, out, err = run(runner, "import", "site", "a.csv")
    assert (code, out) == (0, ""), err
    assert err == "no changes: the response files already hold every answer in the workbook\n"
    assert csv.field_size_limit() == before  # the reader's limit is put back


def test_a_finding_over_the_xlsx_cell_limit_is_refused_at_export_and_kept_by_csv(
    make_assessment: MakeAssessment, runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    long = "长" * 40_000
    make_assessment(
        ALL_CONFORMANT,
        files={"responses/AA/AA-01.yaml": f"item: AA-01\nstatus: conformant\nfindings: |\n  {long}\n"},
    )
    monkeypatch.chdir(tmp_path)
    code, _, err = run(runner, "export", "site", "-o", "a.xlsx")
    assert code == 1
    assert err.splitlines() == [
        "site/responses/AA/AA-01.yaml:3:11: error: the findings of AA-01 has 40000 characters, more than a workbook "
        "cell holds (32767); an xlsx export would cut it. Use export --format csv, or shorten it [cell-too-long]",
        "cc-assess: 1 cell(s) over the workbook's limit; no workbook was written",
    ]
    assert not Path("a.xlsx").exists()
    assert run(runner, "export", "site", "-o", "a.csv")[0] == 0
    code, out, err = run(runner, "import", "site", "a.csv")
    assert (code, out) == (0, ""), err
    assert Path("site/responses/AA/AA-01.yaml").read_text(encoding="utf-8").count("长") == 40_000
