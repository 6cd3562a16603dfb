"""Shared fixtures: a tiny custom catalogue and a factory for assessment folders."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cc_assess.cli import app

FIXTURES = Path(__file__).parent / "fixtures"
REPO = Path(__file__).resolve().parents[1]

MakeAssessment = Callable[..., Path]


def response_yaml(item: str, status: str | None = None, **extra: str) -> str:
    lines = [f"item: {item}"]
    if status is not None:
        lines.append(f"status: {status}")
    lines += [f"{k}: {v}" for k, v in extra.items()]
    return "\n".join(lines) + "\n"


@pytest.fixture
def make_assessment(tmp_path: Path) -> MakeAssessment:
    """Build an assessment folder on the mini catalogue (copied in as ``catalogue.yaml``).

    ``statuses`` maps item ids to a status (None: file without status); ``files`` adds or replaces files by
    relative path (a value of None deletes the file).
    """

    def make(
        statuses: Mapping[str, str | None] | None = None,
        *,
        files: Mapping[str, str | bytes | None] | None = None,
        catalogue: Path = FIXTURES / "mini.yaml",
        meta: str = "",
        name: str = "site",
    ) -> Path:
        folder = tmp_path / name
        folder.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(catalogue, folder / "catalogue.yaml")
        (folder / "assessment.yaml").write_text(
            "catalogue: catalogue.yaml\ncatalogue_version: 1.0.0\n" + meta, encoding="utf-8"
        )
        for item, status in (statuses or {}).items():
            path = folder / "responses" / item[:2] / f"{item}.yaml"
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(response_yaml(item, status), encoding="utf-8")
        for rel, content in (files or {}).items():
            path = folder / rel
            if content is None:
                path.unlink()
                continue
            path.parent.mkdir(parents=True, exist_ok=True)
            if isinstance(content, bytes):
                path.write_bytes(content)
            else:
                path.write_text(content, encoding="utf-8")
        return folder

    return make


ALL_CONFORMANT = {
    "AA-01": "conformant",
    "AA-02": "conformant",
    "AA-03": "conformant",
    "BB-01": "conformant",
    "BB-02": "conformant",
}


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def run(runner: CliRunner, *args: str) -> tuple[int, str, str]:
    """Run the CLI in-process; returns (exit code, stdout, stderr)."""
    result = runner.invoke(app, list(args), catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture(autouse=True, scope="session")
def _english_by_default() -> Iterator[None]:
    """The tool speaks English in tests unless a test asks for Chinese: the suite never depends on the locale."""
    from cc_assess import i18n

    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("CC_ASSESS_LANG", "en")
        i18n.reset()
        yield
    i18n.reset()


@pytest.fixture
def tool_lang(monkeypatch: pytest.MonkeyPatch) -> Iterator[Callable[[str], None]]:
    """Switch the tool language of this test (``tool_lang("zh")``); English again afterwards."""
    from cc_assess import i18n

    def switch(lang: str) -> None:
        monkeypatch.setenv("CC_ASSESS_LANG", lang)
        i18n.reset()

    yield switch
    i18n.reset()


@pytest.fixture(autouse=True, scope="session")
def _private_cache(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """The catalogue cache of the test run lives in a temporary folder, never in the user's ~/.cache."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("CC_ASSESS_CACHE_DIR", str(tmp_path_factory.mktemp("cache")))
        patch.delenv("CC_ASSESS_NO_CACHE", raising=False)
        yield


@pytest.fixture
def parses(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The texts the cache of parsed files had to parse (it read the rest from the cache), as they happen."""
    from cc_assess import parsedfiles
    from cc_assess.yamlio import parse_yaml as real

    parsed: list[str] = []

    def counting(text: str) -> object:
        parsed.append(text)
        return real(text)

    monkeypatch.setattr(parsedfiles, "parse_yaml", counting)
    return parsed


UNREGISTERED_CODES: list[str] = []


@pytest.fixture(autouse=True, scope="session")
def _registered_codes_only() -> Iterator[None]:
    """Every Diagnostic made while the tests run has a code of the registry (``diagnostics.CODES``).

    A code missing from the registry fails where the Diagnostic is made, and the session's end names it again
    (in case the code that made it caught the error).
    """
    from cc_assess.diagnostics import CODES, Diagnostic

    checked = Diagnostic.__post_init__

    def registered(self: Diagnostic) -> None:
        if self.code not in CODES:
            UNREGISTERED_CODES.append(self.code)
            raise AssertionError(f"diagnostic code {self.code!r} is not in cc_assess.diagnostics.CODES")
        checked(self)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(Diagnostic, "__post_init__", registered)
        yield
    assert not UNREGISTERED_CODES, f"codes missing from cc_assess.diagnostics.CODES: {sorted(set(UNREGISTERED_CODES))}"
