"""The editor's page shell and what the page needs to know: catalogue texts and its own words, in one language.

The page is a static shell (``static/index.html``) with the token and the language filled in, escaped; its
script (``static/editor.js``) asks ``/api/meta`` for everything else and builds the page with ``textContent``.
"""

from __future__ import annotations

import html
from importlib import resources

from cc_assess.applicability import excluded_items
from cc_assess.i18n import t
from cc_assess.i18n.table import MESSAGES
from cc_assess.web.editor import Editor

#: The page's words: every key of the table's web editor section under ``web.ui.``.
UI_PREFIX = "web.ui."
ACTION_STATUSES = ("open", "in-progress", "done")


def page(token: str, lang: str) -> str:
    shell = resources.files("cc_assess.web").joinpath("static/index.html").read_text(encoding="utf-8")
    return (
        shell.replace("{{lang}}", html.escape(lang))
        .replace("{{title}}", html.escape(t("web.ui.title")))
        .replace("{{loading}}", html.escape(t("web.ui.loading")))
        .replace("{{token}}", html.escape(token))
    )


def meta(editor: Editor) -> dict[str, object]:
    """The catalogue (texts in the tool language), the scale, the assessment's name, and the page's words."""
    loaded = editor.load()
    lang = editor.lang
    catalogue = loaded.catalogue
    return {
        "lang": lang,
        "folder": editor.shown.text,
        "organization": loaded.meta.organization,
        "site": loaded.meta.site,
        "catalogue": {"id": catalogue.id, "version": catalogue.version, "title": catalogue.title.get(lang)},
        "scale": [{"id": lv.id, "label": lv.label.get(lang), "points": lv.points} for lv in catalogue.scale],
        "action_statuses": [{"id": s, "label": t(f"web.ui.action-{s}")} for s in ACTION_STATUSES],
        "domains": [
            {
                "id": domain.id,
                "title": domain.title.get(lang),
                "items": [
                    {
                        "id": item.id,
                        "title": item.title.get(lang),
                        "requirement": item.requirement.get(lang),
                        "evidence": item.evidence.get(lang),
                        "key": item.key,
                        "weight": item.weight,
                    }
                    for item in domain.items
                ],
            }
            for domain in catalogue.domains
        ],
        # items an ``exclude:`` rule of assessment.yaml covers: N/A while their response has no status of its own
        "excluded": {
            item: {"tag": rule.tag, "reason": rule.reason.get(lang)}
            for item, rule in excluded_items(catalogue, loaded.meta.exclude, {}).items()
        },
        "words": {key[len(UI_PREFIX) :]: t(key) for key in MESSAGES if key.startswith(UI_PREFIX)},
    }
