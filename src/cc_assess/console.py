"""The ``cc-assess`` console script: set the process up for one short command, then run the CLI.

CPython's cyclic garbage collector runs every few hundred allocations and walks the whole heap now and then.
Importing typer and pydantic and building the models allocates a few hundred thousand objects that all live
until the process ends, so during start-up the collector works for nothing, and at exit the interpreter walks
the heap once more.  A command runs for a fraction of a second and our data holds no reference cycles worth
collecting, so the collector is off while it runs and the heap is frozen at exit (``gc.freeze``: objects are
still released and files still closed; the shutdown collections just skip them).

Measured with ``benchmarks/run.py`` on ``score`` of a 224-item assessment: collector off from the first
import, about -20 ms; heap frozen at exit, about -25 ms (together a fifth of the run).  The peak memory of
``validate`` over 11,200 response files is the same either way.

This module imports only :mod:`gc` and :mod:`atexit` before the CLI, so that typer's import runs without the
collector too; ``python -m cc_assess`` goes through it as well.
"""

from __future__ import annotations

import atexit
import gc


def main() -> None:
    was_on = gc.isenabled()
    gc.disable()
    atexit.unregister(gc.freeze)  # once, however often main() runs in one process (tests)
    atexit.register(gc.freeze)
    try:
        from cc_assess.cli import main as run

        run()
    finally:
        if was_on:
            gc.enable()
