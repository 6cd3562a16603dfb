"""Checking many assessment folders on every core: a process pool over folders, results in argument order.

A consultant's repository holds dozens of sites; ``cc-assess validate`` over all of them is CPU-bound (YAML
and model validation), so the folders are shared out to worker processes.  Each folder is loaded exactly as
in a single process and its diagnostics come back as plain data, in the order of the arguments, so the output
is the same byte for byte whatever the number of workers.
"""

from __future__ import annotations

import gc
import os
import sys
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, TypeVar

from cc_assess import approvals
from cc_assess.assessment import load_assessment
from cc_assess.diagnostics import Diagnostic, has_errors
from cc_assess.errors import CcAssessError
from cc_assess.parsedfiles import ParsedFiles, remembered
from cc_assess.shown import Shown
from cc_assess.yamlio import composed_yaml

if TYPE_CHECKING:
    import multiprocessing.context

T = TypeVar("T")
R = TypeVar("R")

#: Fewer folders than this are checked in this process: a pool would cost more than it saves.
MIN_FOLDERS_FORK = 2
MIN_FOLDERS_SPAWN = 8  # a spawned worker imports everything again (~0.3 s)


def usable_cpus() -> int:
    if hasattr(os, "sched_getaffinity"):
        return max(1, len(os.sched_getaffinity(0)))
    return max(1, os.cpu_count() or 1)  # pragma: no cover - macOS, Windows


def _context() -> multiprocessing.context.BaseContext:
    import multiprocessing  # only when a pool may be started: ~7 ms with concurrent.futures

    # fork shares the interpreter that has already imported pydantic and the models; it is safe here (no
    # threads) and the default before Python 3.14.  Elsewhere (macOS, Windows) the platform default: spawn.
    if sys.platform.startswith("linux"):
        return multiprocessing.get_context("fork")
    return multiprocessing.get_context()  # pragma: no cover - not Linux


def workers_for(tasks: int, jobs: int | None) -> int:
    """How many worker processes to use for ``tasks`` folders: ``jobs`` (0 or None: one per usable CPU)."""
    if tasks <= 1:
        return 1
    wanted = jobs if jobs else usable_cpus()
    forking = _context().get_start_method() == "fork"
    if tasks < (MIN_FOLDERS_FORK if forking else MIN_FOLDERS_SPAWN) and not jobs:
        return 1
    return max(1, min(wanted, tasks))


def _same(result: R) -> R:
    return result


def map_folders(
    function: Callable[[T], R], items: Sequence[T], jobs: int | None = None, keep: Callable[[R], R] = _same
) -> list[R]:
    """``[keep(function(item)) for item in items]``, shared out to worker processes when that pays.

    ``function`` must be a module-level function whose results can be pickled.  ``keep`` runs in this process on
    each result as it arrives, before the next one is taken, so that a result can be made smaller (share what is
    equal in many) while the others are still on their way.  When a pool cannot be started (no /dev/shm, a
    sandbox without fork) or breaks, the work is done here instead: it only reads files.
    """
    count = workers_for(len(items), jobs)
    if count <= 1:
        return [keep(function(item)) for item in items]
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    gc.freeze()  # the objects every worker inherits are not touched (copied) by the workers' collections
    try:
        with ProcessPoolExecutor(max_workers=count, mp_context=_context()) as pool:
            return [keep(result) for result in pool.map(function, items)]
    except (OSError, NotImplementedError, BrokenProcessPool):
        return [keep(function(item)) for item in items]
    finally:
        gc.unfreeze()


def apart(function: Callable[[T], R], item: T) -> R:
    """``function(item)`` in one forked child process, so that its peak memory does not become this process's
    (a large YAML file's node graph is freed after reading, but the peak stays).  ``function`` must be a
    module-level function whose result can be pickled; exceptions come back pickled (wrap those that carry more
    than their message).  Done here when fork is not available or the child cannot start."""
    if _context().get_start_method() != "fork":
        return function(item)  # pragma: no cover - not Linux: a spawned child would import everything again
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    try:
        with ProcessPoolExecutor(max_workers=1, mp_context=_context()) as pool:
            return pool.submit(function, item).result()
    except (OSError, NotImplementedError, BrokenProcessPool):
        return function(item)


def check_folder(target: tuple[Shown, bool]) -> tuple[list[Diagnostic], int, bool]:
    """``validate`` of one folder: its diagnostics, exit code (0, 1 or 2), and whether YAML was parsed, as
    picklable data.  The flag says whether its parsed files are written to the cache (``parsedfiles.remembered``)."""
    folder, remember = target
    try:
        loaded = load_assessment(folder, ParsedFiles.of_folder(folder.path, remember=remember))
    except CcAssessError as exc:
        found = exc.diagnostics or [Diagnostic(folder.text, 1, 1, "cannot-run", exc.message)]
        return found, exc.exit_code, composed_yaml()
    diagnostics = loaded.diagnostics + approvals.check(folder)  # approvals.yaml: broken or outdated
    return diagnostics, 1 if has_errors(diagnostics) else 0, composed_yaml()


def check_folders(targets: Sequence[Shown], jobs: int | None = None) -> tuple[list[Diagnostic], int, bool]:
    """``validate`` of several folders: every diagnostic, in argument order, the worst exit code, and whether any
    process parsed YAML (workers parse in their own process; the CLI's loader warning needs to know)."""
    diagnostics: list[Diagnostic] = []
    worst = 0
    parsed = False
    tasks = [(folder, remembered(n)) for n, folder in enumerate(targets, 1)]
    for found, code, composed in map_folders(check_folder, tasks, jobs):
        diagnostics += found
        worst = max(worst, code)
        parsed = parsed or composed
    return diagnostics, worst, parsed
