"""Findings (Markdown) as a tree of elements for the page to build with ``createElement`` and ``textContent``.

The Markdown is rendered by the reports' own safe renderer (:func:`cc_assess.render.markup.findings_html`: raw
HTML off, images off, only ``http(s)`` and relative links), then read back into nodes; only the elements and
attributes that renderer makes are kept, so the page never assigns HTML.
"""

from __future__ import annotations

from html.parser import HTMLParser

from cc_assess.render.markup import findings_html, safe_link

#: A node: a text (str) or an element ``{"tag", "attrs", "children"}``.
Node = str | dict[str, object]

_ALLOWED = frozenset(
    {"p", "em", "strong", "code", "pre", "ul", "ol", "li", "blockquote", "hr", "br", "a", "s", "del"}
    | {"h1", "h2", "h3", "h4", "h5", "h6", "table", "thead", "tbody", "tr", "th", "td"}
)
_VOID = frozenset({"hr", "br"})


class _TreeBuilder(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root: list[Node] = []
        self._stack: list[tuple[str, list[Node]]] = [("", self.root)]

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in _ALLOWED:
            return
        kept: dict[str, str] = {}
        for name, value in attrs:
            if tag == "a" and name == "href" and value is not None and safe_link(value):
                kept["href"] = value
            elif tag == "ol" and name == "start" and value is not None and value.isdigit():
                kept["start"] = value
        children: list[Node] = []
        self._stack[-1][1].append({"tag": tag, "attrs": kept, "children": children})
        if tag not in _VOID:
            self._stack.append((tag, children))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag: str) -> None:
        if tag in _ALLOWED and tag not in _VOID and len(self._stack) > 1 and self._stack[-1][0] == tag:
            self._stack.pop()

    def handle_data(self, data: str) -> None:
        self._stack[-1][1].append(data)


def preview(text: str) -> list[Node]:
    """The nodes of ``text`` rendered as findings are in the HTML report."""
    builder = _TreeBuilder()
    builder.feed(str(findings_html(text)))
    builder.close()
    return builder.root
