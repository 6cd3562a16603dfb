"""The local web editor (``cc-assess serve``): a page and a JSON API over one assessment folder.

The optional extra ``cc-assess[web]`` (Starlette and uvicorn) is needed only by :mod:`cc_assess.web.app` and
:mod:`cc_assess.web.server`; :mod:`cc_assess.web.editor` (what the API does to the files) needs neither.
Nothing here is imported at start-up: the CLI imports it inside ``serve``.
"""

from __future__ import annotations

from cc_assess.errors import CannotRun
from cc_assess.i18n import t


def require_extra() -> None:
    """Raise CannotRun (exit 2), saying what to install, when Starlette or uvicorn is missing."""
    try:
        import starlette  # noqa: F401
        import uvicorn  # noqa: F401
    except ImportError as exc:
        raise CannotRun(t("web.needs-extra", module=exc.name or "starlette")) from None
