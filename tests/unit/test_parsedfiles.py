"""The per-folder cache of parsed response files: it only ever saves time, never changes an answer."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from cc_assess import parsedfiles, usercache
from cc_assess.assessment import LoadedAssessment, load_assessment
from cc_assess.parsedfiles import ParsedFiles
from cc_assess.shown import Shown
from cc_assess.yamlio import read_yaml
from tests.conftest import ALL_CONFORMANT, MakeAssessment

# Files that parse, with the problems the reader reports and the hints that need the text as written.
TRICKY = {
    "responses/AA/AA-01.yaml": "item: AA-01\nstatus: conformant\nstatus: partial\n",  # duplicate key
    "responses/AA/AA-02.yaml": "item: AA-02\nstatus: no\n",  # YAML 1.1 boolean where text is meant
    "responses/AA/AA-03.yaml": "item: AA-03\nstatus: conformant\nassessed_on: 2026-13-45\n",  # not a date
    "responses/BB/BB-01.yaml": "item: BB-01\nstatus: conformant\nevidence:\n  - ref: nowhere.pdf\n",
    "responses/BB/BB-02.yaml": "item: BB-02\nstatus: [oops\n",  # a syntax error: never cached
}


@pytest.fixture
def cache_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv("CC_ASSESS_CACHE_DIR", str(folder))
    monkeypatch.delenv("CC_ASSESS_NO_CACHE", raising=False)
    return folder


def parsed_entries(cache_dir: Path) -> list[Path]:
    return sorted(cache_dir.glob("parsed-*.json"))


def summary(loaded: LoadedAssessment) -> tuple[object, ...]:
    return (
        loaded.diagnostics,
        loaded.statuses,
        {item: r.response for item, r in loaded.responses.items()},
    )


def test_a_second_run_reads_the_cache_and_answers_exactly_as_the_first(
    make_assessment: MakeAssessment, cache_dir: Path, monkeypatch: pytest.MonkeyPatch, parses: list[str]
) -> None:
    folder = make_assessment(ALL_CONFORMANT, files=TRICKY)
    first = load_assessment(Shown(folder, "site"))
    (entry,) = parsed_entries(cache_dir)
    cached = json.loads(entry.read_text(encoding="utf-8"))
    assert len(cached) == 6  # assessment.yaml, the catalogue, four responses; not the file that cannot be parsed

    parses.clear()
    second = load_assessment(Shown(folder, "site"))
    assert len(parses) == 1  # only the file that cannot be parsed
    assert summary(second) == summary(first)
    codes = {d.code for d in second.diagnostics}
    assert {"duplicate-key", "yaml-syntax", "evidence-missing"} <= codes

    monkeypatch.setenv("CC_ASSESS_NO_CACHE", "1")
    assert summary(load_assessment(Shown(folder, "site"))) == summary(first)


def test_an_edited_file_is_parsed_again_and_a_removed_one_leaves_the_entry(
    make_assessment: MakeAssessment, cache_dir: Path
) -> None:
    folder = make_assessment(ALL_CONFORMANT)
    assert load_assessment(Shown(folder, "site")).statuses["AA-01"] == "conformant"
    (folder / "responses/AA/AA-01.yaml").write_text("item: AA-01\nstatus: partial\n", encoding="utf-8")
    (folder / "responses/BB/BB-02.yaml").unlink()
    loaded = load_assessment(Shown(folder, "site"))
    assert loaded.statuses["AA-01"] == "partial"
    assert loaded.statuses["BB-02"] is None
    (entry,) = parsed_entries(cache_dir)
    assert len(json.loads(entry.read_text(encoding="utf-8"))) == 6  # assessment.yaml, catalogue, 4 responses


def test_an_unchanged_folder_does_not_rewrite_its_entry(make_assessment: MakeAssessment, cache_dir: Path) -> None:
    folder = make_assessment(ALL_CONFORMANT)
    load_assessment(Shown(folder, "site"))
    (entry,) = parsed_entries(cache_dir)
    os.utime(entry, ns=(1, 1))
    load_assessment(Shown(folder, "site"))
    assert entry.stat().st_mtime_ns == 1


@pytest.mark.parametrize(
    "content",
    [
        "{not json",
        "[]",
        '{"%s": "not a list"}',
        '{"%s": [{"item": "AA-01", "status": "partial"}, [["code", "message", "1", 1]]]}',
        '{"%s": [{"item": "AA-01"}, [["code", "message"]]]}',
        '{"%s": [{"item": "AA-01"}]}',
    ],
)
def test_a_damaged_entry_is_ignored(make_assessment: MakeAssessment, cache_dir: Path, content: str) -> None:
    folder = make_assessment(ALL_CONFORMANT)
    first = load_assessment(Shown(folder, "site"))
    (entry,) = parsed_entries(cache_dir)
    digests = list(json.loads(entry.read_text(encoding="utf-8")))
    entry.write_text(content.replace("%s", digests[1]) if "%s" in content else content, encoding="utf-8")
    assert summary(load_assessment(Shown(folder, "site"))) == summary(first)


def test_data_json_cannot_hold_exactly_is_not_cached(tmp_path: Path, cache_dir: Path) -> None:
    path = tmp_path / "a.yaml"
    path.write_text("x: .nan\ny: .inf\n", encoding="utf-8")
    files = ParsedFiles.of_folder(tmp_path)
    doc = files.read(path)
    files.save()
    assert doc.data["x"] != doc.data["x"]  # NaN, as the reader gives it
    assert parsed_entries(cache_dir) == []


def test_a_cached_document_still_locates_and_keeps_the_raw_text(tmp_path: Path, cache_dir: Path) -> None:
    path = tmp_path / "a.yaml"
    path.write_text("item: AA-01\n\nstatus: no\nnested:\n  - {a: 1}\n", encoding="utf-8")
    files = ParsedFiles.of_folder(tmp_path)
    files.read(path)
    files.save()
    again = ParsedFiles.of_folder(tmp_path).read(path)
    fresh = read_yaml(path)
    assert again.data == fresh.data
    assert again.locate(("status",)) == fresh.locate(("status",))
    assert again.locate(("nested", 0, "a")) == fresh.locate(("nested", 0, "a"))
    assert again.scalars == fresh.scalars


def test_only_the_most_recent_folders_are_kept(
    tmp_path: Path, cache_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(parsedfiles, "MAX_FOLDERS", 3)
    for n in range(5):
        folder = tmp_path / f"site-{n}"
        folder.mkdir()
        (folder / "a.yaml").write_text(f"n: {n}\n", encoding="utf-8")
        files = ParsedFiles.of_folder(folder)
        files.read(folder / "a.yaml")
        files.save()
        for entry in parsed_entries(cache_dir):  # distinct, increasing write times
            os.utime(entry, ns=(entry.stat().st_mtime_ns - 10**9,) * 2)
    kept = parsed_entries(cache_dir)
    assert len(kept) == 3
    assert sorted(json.loads(p.read_text(encoding="utf-8")).popitem()[1][0]["n"] for p in kept) == [2, 3, 4]


def test_the_entry_depends_on_the_folder() -> None:
    assert usercache.key("parsed", b"/a") != usercache.key("parsed", b"/b")


def test_without_identity_nothing_is_remembered(tmp_path: Path, cache_dir: Path) -> None:
    path = tmp_path / "a.yaml"
    path.write_text("item: AA-01\n", encoding="utf-8")
    files = ParsedFiles(None)
    assert files.read(path).data == {"item": "AA-01"}
    files.save()
    assert not cache_dir.exists()


def test_huge_hex_numbers_and_lone_surrogates_do_not_break_the_cache(tmp_path: Path, cache_dir: Path) -> None:
    big, small = tmp_path / "big.yaml", tmp_path / "small.yaml"
    big.write_text("n: 0x" + "f" * 5000 + "\n", encoding="utf-8")
    small.write_text("n: 1\n", encoding="utf-8")
    files = ParsedFiles.of_folder(tmp_path)
    assert files.read(big).data["n"] == 16**5000 - 1
    files.read(small)
    files.save()
    (entry,) = parsed_entries(cache_dir)  # json would have to write more than 4300 digits: the small file only
    assert [data for data, _ in json.loads(entry.read_text(encoding="utf-8")).values()] == [{"n": 1}]
    entry.unlink()
    files = ParsedFiles.of_folder(tmp_path)
    files._new["x"] = [{"text": "\ud800"}, []]  # what the pure loader makes of "\ud800"
    files._changed = True
    files.save()  # UTF-8 cannot write it: no entry, no error
    assert parsed_entries(cache_dir) == []


def counted(monkeypatch: pytest.MonkeyPatch) -> dict[str, int]:
    """How many entries were written and how many times the cache was pruned, as it happens."""
    calls = {"store": 0, "prune": 0}
    real_store, real_prune = usercache.store, usercache.prune

    def store(name: str, text: str) -> None:
        calls["store"] += 1
        real_store(name, text)

    def prune(kind: str, keep: int) -> None:
        calls["prune"] += 1
        real_prune(kind, keep)

    monkeypatch.setattr(usercache, "store", store)
    monkeypatch.setattr(usercache, "prune", prune)
    return calls


def test_a_run_over_more_folders_than_the_cache_keeps_remembers_only_the_first(
    make_assessment: MakeAssessment,
    tmp_path: Path,
    cache_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
    parses: list[str],
) -> None:
    """Before, each folder's entry pushed out the oldest: the next run found none and wrote all five again."""
    import datetime as dt

    from cc_assess import portfolio

    monkeypatch.setattr(parsedfiles, "MAX_FOLDERS", 3)
    sites = "".join(f"  - {{id: s{n}, path: s{n}}}\n" for n in range(5))
    (tmp_path / "portfolio.yaml").write_text(f"schema: cc-assess/portfolio/v1\nname: G\nsites:\n{sites}", "utf-8")
    for n in range(5):
        make_assessment(ALL_CONFORMANT, name=f"s{n}")
    calls = counted(monkeypatch)

    def run() -> object:
        path = tmp_path / "portfolio.yaml"
        return portfolio.run(Shown(path, "portfolio.yaml"), weight="equal", today=dt.date(2026, 3, 1), jobs=1)[0]

    first = run()
    assert calls == {"store": 3, "prune": 3}  # s0, s1, s2: each a new entry
    kept = {p.name for p in parsed_entries(cache_dir)}
    assert kept == {usercache.key("parsed", str((tmp_path / f"s{n}").resolve()).encode()) for n in range(3)}

    parses.clear()
    second = run()
    assert calls == {"store": 3, "prune": 3}  # nothing written, nothing pruned
    assert {p.name for p in parsed_entries(cache_dir)} == kept
    assert len(parses) == 2 * (2 + len(ALL_CONFORMANT))  # s3 and s4 only: assessment.yaml, catalogue, responses
    assert second == first

    monkeypatch.setenv("CC_ASSESS_NO_CACHE", "1")
    assert run() == first


def test_validate_over_more_folders_than_the_cache_keeps_writes_only_the_first(
    make_assessment: MakeAssessment, cache_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from cc_assess.parallel import check_folders

    monkeypatch.setattr(parsedfiles, "MAX_FOLDERS", 2)
    targets = [Shown(make_assessment(ALL_CONFORMANT, name=f"s{n}"), f"s{n}") for n in range(4)]
    calls = counted(monkeypatch)
    first = check_folders(targets, jobs=1)
    assert calls == {"store": 2, "prune": 2}
    assert len(parsed_entries(cache_dir)) == 2
    assert check_folders(targets, jobs=1) == first
    assert calls == {"store": 2, "prune": 2}
