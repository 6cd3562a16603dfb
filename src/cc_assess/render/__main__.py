"""``python -m cc_assess.render [--check]``: compile the bundled templates into Python modules (``--check``: only
say what is due).  See :mod:`cc_assess.render.compiled`."""

from __future__ import annotations

import sys

from cc_assess.catalogue import data_dir
from cc_assess.render.compiled import compile_bundled
from cc_assess.render.engine import environment

done = compile_bundled(environment(None), data_dir("templates"), check_only="--check" in sys.argv[1:])
print("\n".join(done) or "compiled templates are up to date")
sys.exit(1 if done and "--check" in sys.argv[1:] else 0)
