"""``python -m cc_assess.catalogue [--check]``: compile the bundled catalogues (``--check``: only say what is due)."""

from __future__ import annotations

import sys

from cc_assess.catalogue import compile_bundled

done = compile_bundled(check_only="--check" in sys.argv[1:])
print("\n".join(done) or "compiled catalogues are up to date")
sys.exit(1 if done and "--check" in sys.argv[1:] else 0)
