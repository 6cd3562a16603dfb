"""cc-assess: self-assessment of call centres against YD/T 2823-2015 and other catalogues.

The public API is small and stable: load an assessment folder, score it.  Everything else is private.
"""

from __future__ import annotations

__version__ = "0.2.0"

__all__ = ["__version__"]
