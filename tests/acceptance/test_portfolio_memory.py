"""What keeps ``portfolio``'s memory flat in the number of sites, tested by behaviour (never by time or size).

- the JSON is written in pieces, the same characters as the whole text;
- each worker's result is made smaller in the parent as it arrives (``map_folders``'s ``keep``);
- a summary after :class:`Sharing` equals the worker's, with the strings that many sites repeat shared.
"""

from __future__ import annotations

import datetime as dt
import io
import os
import pickle
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cc_assess import parallel
from cc_assess.formats.portfolio import LISTS_OVERDUE, PORTFOLIO_FORMATS, portfolio_json, write_portfolio_json
from cc_assess.portfolio import load, run
from cc_assess.portfolio.sites import Sharing, SiteOutcome, summarise
from cc_assess.shown import Shown
from cc_assess.textutil import to_json, write_json
from tests.acceptance.test_portfolio import SH, group, write_site
from tests.conftest import run as run_cli

__all__ = ["group"]  # the fixture, used by name below

TODAY = dt.date(2026, 6, 1)


class Writes(io.StringIO):
    """A text stream that counts its write calls."""

    def __init__(self) -> None:
        super().__init__()
        self.calls = 0

    def write(self, text: str) -> int:
        self.calls += 1
        return super().write(text)


def test_write_json_is_to_json_in_pieces() -> None:
    data = {
        "name": "华信集团客服中心",
        "sites": [{"id": f"s{n:04d}", "overall": n / 7, "domains": [{"id": "PL", "score": None}]} for n in range(3000)],
        "empty": [],
        "nested": {"a": {}, "b": [1.5, True, None, '引号"与\\反斜杠\n']},
    }
    stream = Writes()
    write_json(data, stream)
    assert stream.getvalue() == to_json(data)
    assert stream.calls > 1  # written in batches, never joined whole


def test_write_json_small_value_is_one_write() -> None:
    stream = Writes()
    write_json([], stream)
    assert (stream.getvalue(), stream.calls) == ("[]\n", 1)


def test_cli_json_is_the_formatters_text(group: Path, runner: CliRunner) -> None:
    code, out, err = run_cli(runner, "-q", "portfolio", str(group), "--format", "json", "--today", "2026-06-01")
    assert (code, err) == (0, "")
    result, _ = run(Shown.of(group), weight="seats", today=TODAY, jobs=1)
    assert out == portfolio_json(result, "zh")
    stream = io.StringIO()
    write_portfolio_json(result, "en", stream)
    assert stream.getvalue() == portfolio_json(result, "en")


def _pid(n: int) -> tuple[int, int]:
    return n, os.getpid()


@pytest.mark.parametrize("jobs", [1, 2])
def test_keep_runs_in_this_process_on_every_result_in_order(jobs: int) -> None:
    kept: list[tuple[int, int]] = []

    def keep(result: tuple[int, int]) -> tuple[int, int]:
        kept.append((result[0], os.getpid()))
        return result

    found = parallel.map_folders(_pid, list(range(12)), jobs, keep=keep)
    assert [n for n, _ in found] == list(range(12))
    assert kept == [(n, os.getpid()) for n in range(12)]
    if jobs == 2 and parallel.workers_for(12, 2) > 1:
        assert os.getpid() not in {worker for _, worker in found}


def test_sharing_keeps_every_value_and_shares_repeated_strings(tmp_path: Path) -> None:
    root = tmp_path / "group"
    for site in ("a", "b"):
        write_site(
            root / "sites" / site,
            SH,
            extras={"AA-02": "actions:\n  - {id: A1, description: 补齐记录, owner: 陈刚, due: 2026-03-31}\n"},
        )
    (root / "portfolio.yaml").write_text(
        "schema: cc-assess/portfolio/v1\nname: 集团\nsites:\n"
        "  - {id: a, title: 甲, group: 华东, path: sites/a, seats: 10}\n"
        "  - {id: b, title: 乙, group: 华东, path: sites/b, seats: 20}\n",
        encoding="utf-8",
    )
    path = root / "portfolio.yaml"
    tasks = load(Shown.named(path, "portfolio.yaml"), weight="seats", today=TODAY).tasks
    share = Sharing(tasks)
    before = [pickle.loads(pickle.dumps(summarise(task))) for task in tasks]  # as they come from a worker
    summaries = [o.summary for o in before]
    assert summaries[0] is not None
    assert summaries[1] is not None
    assert summaries[0].catalogue_id is not summaries[1].catalogue_id
    after = [share.outcome(o) for o in before]
    a, b = (o.summary for o in after)
    assert a is not None
    assert b is not None
    assert [a, b] == summaries
    assert a.title is tasks[0].title
    assert b.group is tasks[1].group
    assert a.catalogue_id is b.catalogue_id
    assert all(x is y for (x, _), (y, _) in zip(a.domains, b.domains, strict=True))
    assert [x.owner for x in a.overdue] == ["陈刚"]
    assert a.overdue[0].owner is b.overdue[0].owner
    assert a.overdue[0].due is b.overdue[0].due
    assert a.overdue[0].item is b.overdue[0].item
    failed = SiteOutcome(5, diagnostics=[], code=2)
    assert share.outcome(failed) is failed


@pytest.mark.parametrize("fmt", ["json", "table", "csv"])
def test_outputs_that_only_count_overdue_actions_are_the_same_without_them(group: Path, fmt: str) -> None:
    shown = Shown.of(group)
    full, _ = run(shown, weight="seats", today=TODAY, jobs=1)
    counted, _ = run(shown, weight="seats", today=TODAY, jobs=1, overdue=False)
    assert [(s.id, s.summary.overdue_count, len(s.summary.overdue)) for s in full.sites] == [
        ("sh", 0, 0),
        ("hz", 1, 1),
        ("cd", 0, 0),
    ]
    assert [(s.id, s.summary.overdue_count, len(s.summary.overdue)) for s in counted.sites] == [
        ("sh", 0, 0),
        ("hz", 1, 0),
        ("cd", 0, 0),
    ]
    assert fmt not in LISTS_OVERDUE
    assert PORTFOLIO_FORMATS[fmt](counted, "en") == PORTFOLIO_FORMATS[fmt](full, "en")
    assert list(counted.facts()) == list(full.facts())


def test_json_written_site_by_site_is_the_whole_text(tmp_path: Path) -> None:
    root = tmp_path / "group"
    na = {"AA-01": "conformant", "AA-02": "partial", "AA-03": "conformant", "BB-01": "na", "BB-02": "na"}
    write_site(root / "sites" / "a", SH)
    write_site(root / "sites" / "b", na)
    (root / "portfolio.yaml").write_text(
        'schema: cc-assess/portfolio/v1\nname: "集团 \\"引号\\"\\n第二行"\nsites:\n'
        "  - {id: a, title: 甲, group: 华东, path: sites/a, seats: 10}\n"
        "  - {id: b, path: sites/b, seats: 20}\n",
        encoding="utf-8",
    )
    result, _ = run(Shown.of(root / "portfolio.yaml"), weight="seats", today=TODAY, jobs=1)
    assert [dict(s.summary.domains)["BB"] for s in result.sites] == [50.0, None]  # no score: every BB item N/A
    for lang in ("zh", "en"):
        stream = Writes()
        write_portfolio_json(result, lang, stream)
        assert stream.getvalue() == portfolio_json(result, lang)
        assert stream.calls > len(result.sites)  # each site written in turn


@pytest.mark.parametrize(
    "text",
    [
        None,  # the group's portfolio.yaml as it is
        "schema: cc-assess/portfolio/v1\nname: 集团\nsites:\n  - {id: a, path: sites/cd, seats: 10, colour: red}\n"
        "  - {id: a, path: sites/cd, seats: 10}\n",  # invalid: located errors, exit 1
        "schema: cc-assess/portfolio/v1\nname: 集团\nsites:\n  - {id: a, path: sites/chengdu, seats: 10}\n",  # exit 2
        "schema: cc-assess/portfolio/v1\nname: 集团\nsites:\n  - {id: a, path: sites/cd}\n",  # no seats: exit 1
    ],
)
def test_a_large_portfolio_file_is_read_in_a_child_process_with_the_same_outcome(
    group: Path, runner: CliRunner, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, text: str | None
) -> None:
    import cc_assess.portfolio as portfolio_module

    if text is not None:
        group.write_text(text, encoding="utf-8")
    args = ("portfolio", str(group), "--format", "json", "--today", "2026-06-01")
    here = run_cli(runner, *args)
    readers = tmp_path / "readers"
    real_load = portfolio_module.load

    def spy(*a: object, **k: object) -> object:
        with readers.open("a", encoding="utf-8") as f:  # the child's writes reach the file, not our variables
            f.write(f"{os.getpid()}\n")
        return real_load(*a, **k)  # type: ignore[arg-type]

    monkeypatch.setattr(portfolio_module, "load", spy)
    monkeypatch.setattr(portfolio_module, "READ_APART_BYTES", 0)  # every file is "large"
    assert run_cli(runner, *args) == here
    assert readers.read_text(encoding="utf-8") not in ("", f"{os.getpid()}\n")  # read once, by another process
    assert len(readers.read_text(encoding="utf-8").splitlines()) == 1
