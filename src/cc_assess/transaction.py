"""Placing files into an assessment folder all or nothing, even when the process is interrupted.

Every command that changes files in an assessment (``migrate``, ``import``, ``init`` into an existing folder)
goes through :func:`place`:

1. the new files are written into a staging folder inside the assessment (``.cc-assess-txn-*``);
2. a journal (which staged file goes where, which files leave) is written there, atomically;
3. each file that will be replaced or removed is moved into the staging folder (a backup), then each new file
   is moved into place; every move is one ``rename``, so a file is always either here or there;
4. a commit mark is written, then the staging folder is removed.

Ctrl-C (SIGINT), SIGTERM and SIGHUP during steps 1 to 3 roll back at once: every new file is taken away and
every backup put back.  A process that is killed (SIGKILL, power loss) leaves the staging folder behind: every
command that reads the folder then refuses it with a located ``interrupted-write`` error, and the next command
that writes into it first rolls the interrupted change back (:func:`recover`), so no answer is lost.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import signal
import tempfile
import threading
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from types import FrameType

from cc_assess.diagnostics import Diagnostic
from cc_assess.errors import CannotRun
from cc_assess.i18n import t
from cc_assess.outfile import file_mode
from cc_assess.shown import Shown

PREFIX = ".cc-assess-txn-"
JOURNAL = "journal.json"
COMMITTED = "committed"
#: Test hook: ``N:SIGNAL`` sends SIGNAL to this process after the N-th rename of a transaction (see
#: docs/reliability.md); used by the interruption tests, never set otherwise.
FAULT_ENV = "CC_ASSESS_FAULT_AFTER"

Content = bytes | Path


class Interrupted(KeyboardInterrupt):
    """SIGTERM or SIGHUP during a transaction: rolled back like Ctrl-C."""


@contextlib.contextmanager
def _terminations_interrupt() -> Iterator[None]:
    """SIGTERM and SIGHUP raise :class:`Interrupted` in the block (main thread only), so it can roll back."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def handler(signum: int, frame: FrameType | None) -> None:
        raise Interrupted(signum)

    old = {sig: signal.signal(sig, handler) for sig in (signal.SIGTERM, signal.SIGHUP)}
    try:
        yield
    finally:
        for sig, previous in old.items():
            signal.signal(sig, previous)


@contextlib.contextmanager
def _signals_held() -> Iterator[None]:
    """No signal handler runs in the block (a second Ctrl-C must not stop a roll-back half-way)."""
    sigs = {signal.SIGINT, signal.SIGTERM, signal.SIGHUP}
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    old = signal.pthread_sigmask(signal.SIG_BLOCK, sigs)
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, old)


class _Fault:
    """The test hook: counts renames and signals this process after the N-th."""

    def __init__(self) -> None:
        spec = os.environ.get(FAULT_ENV, "")
        count, _, name = spec.partition(":")
        self.after = int(count) if count.isdigit() else -1
        self.signal = getattr(signal, name, signal.SIGINT) if name else signal.SIGINT
        self.done = 0

    def tick(self) -> None:
        self.done += 1
        if self.done == self.after:
            os.kill(os.getpid(), self.signal)


def _write_journal(staging: Path, journal: Mapping[str, object]) -> None:
    tmp = staging / (JOURNAL + ".tmp")
    with tmp.open("w", encoding="utf-8") as handle:
        json.dump(journal, handle, ensure_ascii=False)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(tmp, staging / JOURNAL)


def place(shown: Shown, command: str, writes: Mapping[str, Content], removes: Sequence[str] = ()) -> None:
    """Write ``writes`` (POSIX path inside the folder -> bytes, or a file to copy) and remove ``removes``:
    every change or none.  Raises CannotRun when the folder cannot be written (and changes nothing)."""
    folder = shown.path
    try:
        staging = Path(tempfile.mkdtemp(prefix=PREFIX, dir=folder))
    except OSError as exc:
        raise CannotRun(f"cannot write into {shown.text}: {exc.strerror or exc}") from None
    fault = _Fault()
    order = list(writes)
    backups: list[str] = []
    placed: list[str] = []
    try:
        with _terminations_interrupt():
            (staging / "new").mkdir()
            for n, rel in enumerate(order):
                content = writes[rel]
                target = staging / "new" / str(n)
                if isinstance(content, Path):
                    shutil.copyfile(content, target)
                else:
                    target.write_bytes(content)
                os.chmod(target, file_mode(folder / rel))
            _write_journal(staging, {"command": command, "writes": [[n, rel] for n, rel in enumerate(order)]})
            for rel in [*removes, *order]:
                if not os.path.lexists(folder / rel):
                    continue
                backup = staging / "old" / rel
                backup.parent.mkdir(parents=True, exist_ok=True)
                os.replace(folder / rel, backup)
                backups.append(rel)
                fault.tick()
            for n, rel in enumerate(order):
                (folder / rel).parent.mkdir(parents=True, exist_ok=True)
                os.replace(staging / "new" / str(n), folder / rel)
                placed.append(rel)
                fault.tick()
            (staging / COMMITTED).touch()
    except BaseException as exc:
        with _signals_held():
            _roll_back(folder, staging)
        if isinstance(exc, OSError):
            raise CannotRun(t("reliability.write_failed", folder=shown.text, reason=exc.strerror or str(exc))) from None
        raise
    shutil.rmtree(staging, ignore_errors=True)


def _roll_back(folder: Path, staging: Path) -> None:
    """Undo what a transaction staged in ``staging`` did to ``folder``, then remove ``staging``."""
    if (staging / COMMITTED).exists():  # every file is in place already: only the staging folder is left
        shutil.rmtree(staging, ignore_errors=True)
        return
    try:
        journal = json.loads((staging / JOURNAL).read_text(encoding="utf-8"))
        writes = [(str(n), str(rel)) for n, rel in journal["writes"]]
    except (OSError, ValueError, KeyError, TypeError):
        writes = []  # no journal yet: nothing in the folder was touched
    for n, rel in writes:
        if not (staging / "new" / n).exists():  # it was moved into place
            with contextlib.suppress(FileNotFoundError):
                os.unlink(folder / rel)
    old = staging / "old"
    if old.is_dir():
        for dirpath, _, filenames in os.walk(old):
            for name in filenames:
                backup = Path(dirpath) / name
                original = folder / backup.relative_to(old)
                original.parent.mkdir(parents=True, exist_ok=True)
                os.replace(backup, original)
    for _, rel in writes:  # folders made only for new files
        parent = (folder / rel).parent
        with contextlib.suppress(OSError):
            while parent != folder and not any(parent.iterdir()):
                parent.rmdir()
                parent = parent.parent
    shutil.rmtree(staging, ignore_errors=True)


def _stagings(folder: Path) -> list[Path]:
    try:
        with os.scandir(folder) as listing:
            return sorted(Path(e.path) for e in listing if e.name.startswith(PREFIX) and e.is_dir())
    except OSError:
        return []


def pending(folder: Shown) -> list[Diagnostic]:
    """A located error for each interrupted transaction left in ``folder`` (empty when there is none)."""
    found = []
    for staging in _stagings(folder.path):
        if (staging / COMMITTED).exists() or not (staging / JOURNAL).exists():
            continue  # finished, or never touched the folder: only clutter, removed by the next write
        try:
            command = str(json.loads((staging / JOURNAL).read_text(encoding="utf-8")).get("command", "?"))
        except (OSError, ValueError, AttributeError):
            command = "?"
        found.append(
            Diagnostic(
                folder.inside(staging.name), 1, 1, "interrupted-write", t("reliability.interrupted", command=command)
            )
        )
    return found


def recover(folder: Path) -> int:
    """Roll back every interrupted transaction left in ``folder``; how many there were."""
    count = 0
    for staging in _stagings(folder):
        if (staging / COMMITTED).exists() or not (staging / JOURNAL).exists():
            shutil.rmtree(staging, ignore_errors=True)
            continue
        with _signals_held():
            _roll_back(folder, staging)
        count += 1
    return count
