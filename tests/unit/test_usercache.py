"""The per-user cache of validated bundled catalogues: JSON only, checked by the model, never trusted blindly."""

from __future__ import annotations

import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from cc_assess import catalogue as catalogue_module
from cc_assess import usercache
from cc_assess.catalogue import compile_bundled, compiled_path, data_dir, load_bundled_file, load_file
from cc_assess.models import Catalogue
from cc_assess.shown import Shown

BUNDLED = data_dir("criteria") / "ydt-2823-2015.yaml"


@pytest.fixture
def cache_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    folder = tmp_path / "cache"
    monkeypatch.setenv("CC_ASSESS_CACHE_DIR", str(folder))
    monkeypatch.delenv("CC_ASSESS_NO_CACHE", raising=False)
    # These tests are about the user's cache: the compiled form shipped with the package is out of the way.
    monkeypatch.setattr(catalogue_module, "compiled_path", lambda path, source: folder / "no-compiled-form.json")
    load_bundled_file.cache_clear()
    yield folder
    load_bundled_file.cache_clear()


def from_yaml() -> Catalogue:
    catalogue, diagnostics = load_file(Shown.of(BUNDLED))
    assert catalogue is not None, diagnostics
    return catalogue


def test_first_load_writes_one_json_entry_that_loads_back_equal(cache_dir: Path) -> None:
    first = load_bundled_file(BUNDLED)
    entries = list(cache_dir.iterdir())
    assert [p.suffix for p in entries] == [".json"]
    assert entries[0].name.startswith("catalogue-")
    load_bundled_file.cache_clear()
    second = load_bundled_file(BUNDLED)
    assert first == second == from_yaml()
    assert len(second.items()) == 224


@pytest.mark.parametrize("content", ["{not json", '{"id": "ydt-2823-2015"}', "[]", ""])
def test_a_damaged_entry_is_ignored_and_rewritten(cache_dir: Path, content: str) -> None:
    load_bundled_file(BUNDLED)
    (entry,) = cache_dir.iterdir()
    entry.write_text(content, encoding="utf-8")
    load_bundled_file.cache_clear()
    assert load_bundled_file(BUNDLED) == from_yaml()
    assert Catalogue.model_validate_json(entry.read_text(encoding="utf-8")) == from_yaml()


def test_the_key_depends_on_the_bytes() -> None:
    assert usercache.key("catalogue", b"a") != usercache.key("catalogue", b"b")
    assert usercache.key("catalogue", b"a") == usercache.key("catalogue", b"a")


def test_no_cache_writes_nothing(cache_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CC_ASSESS_NO_CACHE", "1")
    assert load_bundled_file(BUNDLED) == from_yaml()
    assert not cache_dir.exists()


def test_an_unwritable_cache_is_silent(cache_dir: Path) -> None:
    cache_dir.parent.mkdir(parents=True, exist_ok=True)
    cache_dir.write_text("a file where the folder should be", encoding="utf-8")
    assert load_bundled_file(BUNDLED) == from_yaml()
    assert usercache.load("anything.json") is None


def test_default_location_follows_xdg(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("CC_ASSESS_CACHE_DIR", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert usercache.cache_dir() == tmp_path / "cc-assess"
    monkeypatch.setenv("XDG_CACHE_HOME", "relative/not/allowed")
    assert usercache.cache_dir() == Path.home() / ".cache" / "cc-assess"


def test_the_compiled_catalogues_are_up_to_date() -> None:
    """After editing criteria/*.yaml, run: python -m cc_assess.catalogue"""
    assert compile_bundled(check_only=True) == [], "run: python -m cc_assess.catalogue"


def test_a_fresh_machine_reads_the_compiled_catalogue_not_the_yaml(
    cache_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    expected = from_yaml()
    monkeypatch.setenv("CC_ASSESS_NO_CACHE", "1")
    monkeypatch.setattr(catalogue_module, "compiled_path", compiled_path)

    def no_parsing(source: bytes, display: str) -> object:
        raise AssertionError("the YAML was parsed")

    monkeypatch.setattr(catalogue_module, "load_source", no_parsing)
    assert load_bundled_file(BUNDLED) == expected
    assert compiled_path(BUNDLED, BUNDLED.read_bytes()).is_file()
    assert compiled_path(BUNDLED, BUNDLED.read_bytes() + b"\n") != compiled_path(BUNDLED, BUNDLED.read_bytes())


def test_a_damaged_compiled_form_is_ignored(tmp_path: Path, cache_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    damaged = tmp_path / "damaged.json"
    damaged.write_text('{"schema": "cc-assess/catalogue/v1", "id": "ydt-2823-2015"}', encoding="utf-8")
    monkeypatch.setattr(catalogue_module, "compiled_path", lambda path, source: damaged)
    assert load_bundled_file(BUNDLED) == from_yaml()


@pytest.mark.parametrize("home", ["", "relhome", "/"])
def test_no_cache_without_a_proper_home(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, home: str) -> None:
    monkeypatch.delenv("CC_ASSESS_CACHE_DIR", raising=False)
    monkeypatch.delenv("XDG_CACHE_HOME", raising=False)
    monkeypatch.setenv("HOME", home)
    monkeypatch.chdir(tmp_path)
    assert usercache.cache_dir() is None  # never ./relhome/.cache inside a client's repository, never /.cache
    usercache.store("parsed-x.json", "{}")
    assert list(tmp_path.iterdir()) == []


def test_the_cache_folder_is_private_and_prune_touches_only_our_entries(
    cache_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    usercache.store(usercache.key("parsed", b"/a"), "{}")
    assert stat.S_IMODE(cache_dir.stat().st_mode) == 0o700
    assert stat.S_IMODE(next(cache_dir.iterdir()).stat().st_mode) == 0o600
    (cache_dir / "parsed-notes.json").write_text("a file of someone else's", encoding="utf-8")
    usercache.store(usercache.key("parsed", b"/b"), "{}")
    usercache.prune("parsed", 1)
    assert sorted(p.name.startswith("parsed-notes") for p in cache_dir.iterdir()) == [False, True]


def test_an_old_default_cache_folder_becomes_private(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("CC_ASSESS_CACHE_DIR", raising=False)
    monkeypatch.delenv("CC_ASSESS_NO_CACHE", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    (tmp_path / "cc-assess").mkdir(mode=0o755)
    (tmp_path / "cc-assess").chmod(0o755)
    usercache.store(usercache.key("parsed", b"/a"), "{}")
    assert stat.S_IMODE((tmp_path / "cc-assess").stat().st_mode) == 0o700
