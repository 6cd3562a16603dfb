"""Build the bundled Word templates: templates/report.docx and templates/rectification.docx.

    python templates/tools/make_docx_templates.py        # writes both next to this folder

The templates are ordinary Word documents with docxtpl's Jinja tags (``{{ … }}``, ``{%p … %}`` for paragraphs,
``{%tr … %}`` for table rows); open one in Word or WPS, restyle it, keep the tags, and pass its folder with
``--template-dir``.  What this script adds that python-docx does not do by default:

- East Asian fonts in Word's own slots: every style (and the document defaults) gets ``w:rFonts`` with
  ``w:eastAsia`` (宋体 for text, 黑体 for headings) next to the Latin fonts, and the theme-font attributes that
  would override them are removed; the East Asian language is zh-CN.
- A4 pages, a footer with the page number, a table of contents field that Word and WPS refresh when the
  document is opened (its entries are also written out, so the contents show before any refresh).

The output is reproducible: fixed core properties and fixed zip timestamps, so the same script gives the same
bytes (a test rebuilds them and compares).
"""

from __future__ import annotations

import datetime as dt
import io
import sys
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

HERE = Path(__file__).resolve().parent
TEMPLATES = HERE.parent
BRAND = RGBColor(0x1F, 0x4E, 0x79)
RED = RGBColor(0xB3, 0x26, 0x1E)
GREY = RGBColor(0x61, 0x6E, 0x7C)
TEXT_FONTS = ("Times New Roman", "宋体")  # (Latin, East Asian)
HEADING_FONTS = ("Arial", "黑体")
FIXED = dt.datetime(2026, 1, 1)
ZIP_TIME = (1980, 1, 1, 0, 0, 0)


# ------------------------------------------------------------------------------------------ fonts


def set_fonts(rpr_parent: object, latin: str, east_asia: str) -> None:
    """``w:rFonts`` with explicit ascii/hAnsi/cs and eastAsia fonts; theme attributes (which win) removed."""
    rpr = rpr_parent.get_or_add_rPr()  # type: ignore[attr-defined]
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    for attr in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
        fonts.attrib.pop(qn(attr), None)
    for attr, value in (("w:ascii", latin), ("w:hAnsi", latin), ("w:cs", latin), ("w:eastAsia", east_asia)):
        fonts.set(qn(attr), value)
    lang = rpr.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        rpr.append(lang)
    lang.set(qn("w:eastAsia"), "zh-CN")


def style_fonts(document: Document) -> None:
    defaults = document.styles.element.find(qn("w:docDefaults"))
    rpr_default = defaults.find(qn("w:rPrDefault"))
    holder = rpr_default.find(qn("w:rPr"))
    fonts = holder.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        holder.insert(0, fonts)
    for attr in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
        fonts.attrib.pop(qn(attr), None)
    for attr, value in (("w:ascii", TEXT_FONTS[0]), ("w:hAnsi", TEXT_FONTS[0]), ("w:eastAsia", TEXT_FONTS[1])):
        fonts.set(qn(attr), value)
    for style in document.styles:
        if style.type != 1 and style.type != 3:  # paragraph (1) and table (3) styles carry run properties
            continue
        heading = style.name.startswith(("Heading", "Title", "Subtitle", "TOC Heading"))
        latin, east_asia = HEADING_FONTS if heading else TEXT_FONTS
        set_fonts(style.element, latin, east_asia)
    normal = document.styles["Normal"]
    normal.font.size = Pt(10.5)
    normal.paragraph_format.space_after = Pt(4)
    for level, size in ((1, 16), (2, 13), (3, 11)):
        style = document.styles[f"Heading {level}"]
        style.font.size = Pt(size)
        style.font.color.rgb = BRAND
        style.font.bold = True
        style.paragraph_format.space_before = Pt(12 if level == 1 else 8)
        style.paragraph_format.keep_with_next = True
    title = document.styles["Title"]
    title.font.size = Pt(26)
    title.font.color.rgb = BRAND


# ------------------------------------------------------------------------------------------ pieces


def para(
    document: Document,
    text: str = "",
    style: str | None = None,
    *,
    bold: bool = False,
    size: float = 0,
    colour: RGBColor | None = None,
) -> object:
    paragraph = document.add_paragraph(style=style)
    if text:
        run = paragraph.add_run(text)
        run.bold = bold or None
        if size:
            run.font.size = Pt(size)
        if colour is not None:
            run.font.color.rgb = colour
    return paragraph


def tag(document: Document, text: str) -> None:
    """A paragraph that holds only a docxtpl block tag ({%p … %}); docxtpl removes the paragraph itself."""
    document.add_paragraph(text)


def page_break(document: Document) -> None:
    document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def shade(cell: object, fill: str) -> None:
    props = cell._tc.get_or_add_tcPr()  # type: ignore[attr-defined]
    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), fill)
    props.append(shading)


def table(
    document: Document,
    header: list[str],
    rows: list[list[str]],
    loop: tuple[str, str] | None = None,
    widths: list[float] | None = None,
) -> None:
    """A table with a header row; ``loop`` wraps the (single) body row in {%tr for … %} / {%tr endfor %}."""
    body = (
        ([[loop[0]] + [""] * (len(header) - 1)] if loop else [])
        + rows
        + ([[loop[1]] + [""] * (len(header) - 1)] if loop else [])
    )
    grid = document.add_table(rows=1 + len(body), cols=len(header))
    grid.style = document.styles["Table Grid"]
    for i, text in enumerate(header):
        cell = grid.rows[0].cells[i]
        cell.text = ""
        run = cell.paragraphs[0].add_run(text)
        run.bold = True
        run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        shade(cell, "1F4E79")
    header_props = grid.rows[0]._tr.get_or_add_trPr()
    repeat = OxmlElement("w:tblHeader")
    header_props.append(repeat)
    for r, values in enumerate(body, start=1):
        for c, text in enumerate(values):
            grid.rows[r].cells[c].text = text
    if widths:
        for row in grid.rows:
            for c, width in enumerate(widths):
                row.cells[c].width = Mm(width)


def toc_field(document: Document, entries: list[str]) -> None:
    """A TOC field (levels 1-2, hyperlinked) whose cached result lists ``entries`` (lines with tags)."""
    start = document.add_paragraph()
    for kind, text in (("begin", None), ("instr", ' TOC \\o "1-2" \\h \\z \\u '), ("separate", None)):
        run = start.add_run()
        if kind == "instr":
            instr = OxmlElement("w:instrText")
            instr.set(qn("xml:space"), "preserve")
            instr.text = text
            run._r.append(instr)
        else:
            char = OxmlElement("w:fldChar")
            char.set(qn("w:fldCharType"), kind)
            if kind == "begin":
                char.set(qn("w:dirty"), "true")  # Word refreshes it (page numbers) when the document opens
            run._r.append(char)
    for entry in entries:
        document.add_paragraph(entry)
    end = document.add_paragraph()
    char = OxmlElement("w:fldChar")
    char.set(qn("w:fldCharType"), "end")
    end.add_run()._r.append(char)


def page_number_footer(document: Document, text: str) -> None:
    footer = document.sections[0].footer.paragraphs[0]
    footer.add_run(text + "    ").font.size = Pt(8)
    for kind, instr in (("begin", None), ("instr", " PAGE "), ("end", None)):
        run = footer.add_run()
        run.font.size = Pt(8)
        if instr:
            node = OxmlElement("w:instrText")
            node.set(qn("xml:space"), "preserve")
            node.text = instr
            run._r.append(node)
        else:
            char = OxmlElement("w:fldChar")
            char.set(qn("w:fldCharType"), kind)
            run._r.append(char)


def update_fields_on_open(document: Document) -> None:
    settings = document.settings.element
    node = OxmlElement("w:updateFields")
    node.set(qn("w:val"), "true")
    settings.append(node)


def new_document() -> Document:
    document = Document()
    section = document.sections[0]
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.left_margin = section.right_margin = Mm(20)
    section.top_margin, section.bottom_margin = Mm(20), Mm(18)
    style_fonts(document)
    update_fields_on_open(document)
    props = document.core_properties
    props.author = "cc-assess"
    props.last_modified_by = "cc-assess"
    props.created = props.modified = props.last_printed = FIXED
    props.revision = 1
    props.title = "cc-assess report template"
    props.comments = "Made by templates/tools/make_docx_templates.py; rendered by cc-assess report --format docx."
    return document


ACTION_STATUS = '{{ t("action_" ~ row.action.status) }}{% if row.overdue %} ⚠ {{ t("overdue") }}{% endif %}'
SIGNOFF_STATE = (
    '{% if s.state == "current" %}✓ {{ t("signoff_current") }}{% elif s.state == "outdated" %}⚠ '
    '{{ t("signoff_outdated") }}{% else %}{{ t("signoff_unsigned") }}{% endif %}'
)
EVIDENCE_LINE = (
    '• {{ e.ref }}{% if e.exists == false %} ({{ t("file_missing") }}){% endif %}'
    '{% if e.expired %} ⚠ {{ t("expired") }}{% endif %}'
    '{% if e.valid_until %} ({{ t("valid_until", date=e.valid_until) }}){% endif %}'
    "{% if e.note %} — {{ e.note }}{% endif %}"
)


def cover(document: Document, title_key: str) -> None:
    para(
        document,
        '{{ r.catalogue.standard.code if r.catalogue.standard else "" }}  {{ r.catalogue.id }} '
        "{{ r.catalogue.version }}",
        size=9,
        colour=GREY,
    )
    para(document, f'{{{{ t("{title_key}") }}}}', "Title")
    para(document, "{{ tx(r.catalogue.title) }}", size=13, colour=BRAND)
    para(document)
    para(document, '{{ r.meta.organization or "—" }}', bold=True, size=20)
    para(document, '{{ r.meta.site or "" }}', size=13, colour=GREY)
    rows = [
        ['{{ t("document_no") }}', '{{ r.document_no or "—" }}'],
        ['{{ t("kind") }}', '{% if r.meta.kind %}{{ t("kind_" ~ r.meta.kind) }}{% else %}—{% endif %}'],
        [
            '{{ t("period") }}',
            "{% if r.meta.period %}{{ r.meta.period.start }} – {{ r.meta.period.end }}{% else %}—{% endif %}",
        ],
        ['{{ t("scope") }}', "{% if r.meta.scope %}{{ tx(r.meta.scope) }}{% else %}—{% endif %}"],
        [
            '{{ t("assessors") }}',
            "{% for a in r.meta.assessors %}{{ a.name }}{% if a.role %} ({% if a.role in "
            '("lead", "member") %}{{ t("role_" ~ a.role) }}{% else %}{{ a.role }}{% endif %}){% endif %}'
            "{% if not loop.last %}、{% endif %}{% else %}—{% endfor %}",
        ],
        ['{{ t("catalogue") }}', "{{ tx(r.catalogue.title) }} ({{ r.catalogue.id }} {{ r.catalogue.version }})"],
        ['{{ t("report_date") }}', "{{ r.today }}"],
    ]
    grid = document.add_table(rows=len(rows), cols=2)
    grid.style = document.styles["Table Grid"]
    for r, (key, value) in enumerate(rows):
        grid.rows[r].cells[0].text = key
        grid.rows[r].cells[1].text = value
        shade(grid.rows[r].cells[0], "F5F7FA")
        grid.rows[r].cells[0].width = Mm(50)
        grid.rows[r].cells[1].width = Mm(120)
    para(document)
    para(document, '{{ t("signoff") }}', bold=True, colour=BRAND)
    table(
        document,
        ['{{ t("signoff_role") }}', '{{ t("signoff_name") }}', '{{ t("signoff_date") }}', '{{ t("signoff_state") }}'],
        [['{{ t("role_" ~ s.role) }}', '{{ s.name or "" }}', '{{ s.date or "" }}', SIGNOFF_STATE]],
        ("{%tr for s in r.signoff %}", "{%tr endfor %}"),
        [32, 38, 30, 70],
    )
    para(document, '{{ t("signoff_note") }}', size=8, colour=GREY)
    para(document, '{{ t("verdict_note") }}', size=8, colour=GREY)
    page_break(document)


def item_block(document: Document, heading: str) -> None:
    """One item in one place: requirement, N/A reason, findings, evidence (expired marked), actions."""
    para(document, heading, "Heading 3")
    para(document, '{{ t("requirement") }}: {{ tx(i.requirement) }}')
    tag(document, "{%p if i.na_reason and i.points is none %}")
    para(
        document,
        '{{ t("reason") }}: {{ tx(i.na_reason) }}{% if i.na_tag %} ({{ t("excluded_by", tag=i.na_tag) }}){% endif %}',
    )
    tag(document, "{%p endif %}")
    tag(document, "{%p if i.findings %}")
    para(document, '{{ t("findings") }}:', bold=True)
    tag(document, "{%p for line in i.findings|lines %}")
    para(document, "{{ line }}")
    tag(document, "{%p endfor %}")
    tag(document, "{%p endif %}")
    tag(document, "{%p if i.evidence %}")
    para(document, '{{ t("evidence") }}:', bold=True)
    tag(document, "{%p for e in i.evidence %}")
    para(document, EVIDENCE_LINE)
    tag(document, "{%p endfor %}")
    tag(document, "{%p endif %}")


def report() -> Document:
    document = new_document()
    cover(document, "report_title")
    para(document, '{{ t("contents") }}', "TOC Heading")
    toc_field(
        document,
        [
            '{{ t("summary") }}',
            '{{ t("domain_scores") }}',
            '{{ t("gaps") }}',
            '{{ t("action_plan") }}',
            '{{ t("applicability") }}',
            '{{ t("evidence_index") }}',
            '{{ t("item_details") }}',
        ],
    )
    page_break(document)

    para(document, '{{ t("summary") }}', "Heading 1")
    para(document, '{{ t("conclusion") }}', bold=True, colour=BRAND)
    para(
        document,
        '{% if r.conclusion %}{{ tx(r.conclusion) }}{% else %}{{ t("ready") if r.result.ready else '
        't("not_ready") }}{% endif %}',
    )
    para(
        document,
        '{{ t("overall_score") }}: {{ r.overall }}{% if r.target is not none %} '
        '({{ t("target") }} {{ r.target }}){% else %} ({{ t("no_target") }}){% endif %}',
        bold=True,
        size=14,
    )
    para(document, '{{ t("verdict") }}: {{ t("ready") if r.result.ready else t("not_ready") }}', bold=True)
    tag(document, "{%p for reason in r.reasons %}")
    para(document, "• {{ reason }}")
    tag(document, "{%p endfor %}")
    para(
        document,
        '{{ t("key_failures") }}: {% for i in r.key_failures %}{{ i.id }} {{ tx(i.title) }} '
        '({{ tx(i.label) }}){% if not loop.last %}; {% endif %}{% else %}{{ t("none") }}{% endfor %}',
    )
    para(document, '{{ t("verdict_note") }}', size=9, colour=GREY)

    para(document, '{{ t("domain_scores") }}', "Heading 1")
    table(
        document,
        ['{{ t("domain") }}', '{{ t("score") }}', '{{ t("achieved") }}', '{{ t("possible") }}'],
        [
            [
                "{{ d.id }} {{ tx(d.title) }}",
                "{{ d.score_text }}",
                "{{ d.score.achieved|one }}",
                "{{ d.score.possible|one }}",
            ]
        ],
        ("{%tr for d in r.domains %}", "{%tr endfor %}"),
        [80, 30, 30, 30],
    )
    para(
        document,
        '{{ t("overall_score") }}: {{ r.overall }} ({{ r.result.achieved|one }} / {{ r.result.possible|one }})',
        bold=True,
    )

    para(document, '{{ t("gaps") }}', "Heading 1")
    tag(document, "{%p if r.gaps %}")
    table(
        document,
        ['{{ t("rank") }}', '{{ t("item") }}', '{{ t("title") }}', '{{ t("status") }}', '{{ t("gap") }}'],
        [
            [
                "{{ loop.index }}",
                "{{ i.id }}{% if i.key %} ★{% endif %}",
                "{{ tx(i.title) }}",
                "{{ tx(i.label) }}",
                "{{ i.gap|gap }}",
            ]
        ],
        ("{%tr for i in r.gaps %}", "{%tr endfor %}"),
        [12, 25, 65, 45, 20],
    )
    tag(document, "{%p else %}")
    para(document, '{{ t("no_gaps") }}')
    tag(document, "{%p endif %}")

    para(document, '{{ t("action_plan") }}', "Heading 1")
    tag(document, "{%p if r.plan %}")
    para(document, '{{ t("overdue_note", today=r.today) }}', size=9, colour=GREY)
    table(
        document,
        ['{{ t("due") }}', '{{ t("item") }}', '{{ t("owner") }}', '{{ t("action") }}', '{{ t("status") }}'],
        [
            [
                '{% if row.action.due %}{{ row.action.due }}{% else %}{{ t("no_due") }}{% endif %}',
                "{{ row.item }} · {{ row.action.id }}",
                '{% if row.action.owner %}{{ row.action.owner }}{% else %}{{ t("unassigned") }}{% endif %}',
                "{{ row.action.description }}",
                ACTION_STATUS,
            ]
        ],
        ("{%tr for row in r.plan %}", "{%tr endfor %}"),
        [25, 28, 25, 62, 30],
    )
    tag(document, "{%p else %}")
    para(document, '{{ t("no_actions") }}')
    tag(document, "{%p endif %}")

    para(document, '{{ t("applicability") }}', "Heading 1")
    tag(document, "{%p if r.applicability %}")
    para(document, '{{ t("applicability_note") }}', size=9, colour=GREY)
    table(
        document,
        ['{{ t("item") }}', '{{ t("title") }}', '{{ t("reason") }}'],
        [
            [
                "{{ i.id }}",
                "{{ tx(i.title) }}",
                '{{ tx(i.na_reason) }}{% if i.na_tag %} ({{ t("excluded_by", tag=i.na_tag) }}){% endif %}',
            ]
        ],
        ("{%tr for i in r.applicability %}", "{%tr endfor %}"),
        [25, 55, 90],
    )
    tag(document, "{%p else %}")
    para(document, '{{ t("no_na") }}')
    tag(document, "{%p endif %}")

    para(document, '{{ t("evidence_index") }}', "Heading 1")
    tag(document, "{%p if r.evidence %}")
    table(
        document,
        ['{{ t("item") }}', '{{ t("evidence") }}', '{{ t("note") }}'],
        [
            [
                "{{ e.item }}",
                '{{ e.ref }}{% if e.exists == false %} ({{ t("file_missing") }}){% endif %}'
                '{% if e.expired %} ⚠ {{ t("expired") }}{% endif %}{% if e.valid_until %} '
                '({{ t("valid_until", date=e.valid_until) }}){% endif %}',
                '{{ e.note or "" }}',
            ]
        ],
        ("{%tr for e in r.evidence %}", "{%tr endfor %}"),
        [25, 90, 55],
    )
    tag(document, "{%p else %}")
    para(document, '{{ t("no_evidence") }}')
    tag(document, "{%p endif %}")

    para(document, '{{ t("item_details") }}', "Heading 1")
    para(document, '{{ t("key_mark_note") }}', size=9, colour=GREY)
    tag(document, "{%p for d in r.domains %}")
    para(document, "{{ d.id }} {{ tx(d.title) }} — {{ d.score_text }}", "Heading 2")
    tag(document, "{%p for i in d.items %}")
    item_block(document, "{{ i.id }}{% if i.key %} ★{% endif %} {{ tx(i.title) }} — {{ tx(i.label) }}")
    tag(document, "{%p if i.actions %}")
    table(
        document,
        ['{{ t("due") }}', '{{ t("action") }}', '{{ t("owner") }}', '{{ t("status") }}'],
        [
            [
                '{% if row.action.due %}{{ row.action.due }}{% else %}{{ t("no_due") }}{% endif %}',
                "{{ row.action.id }} {{ row.action.description }}",
                '{% if row.action.owner %}{{ row.action.owner }}{% else %}{{ t("unassigned") }}{% endif %}',
                ACTION_STATUS,
            ]
        ],
        ("{%tr for row in i.actions %}", "{%tr endfor %}"),
        [25, 80, 30, 35],
    )
    tag(document, "{%p endif %}")
    tag(document, "{%p if i.assessor or i.assessed_on %}")
    para(
        document,
        '{% if i.assessor %}{{ t("assessor") }}: {{ i.assessor }}{% endif %}'
        '{% if i.assessor and i.assessed_on %} · {% endif %}{% if i.assessed_on %}{{ t("assessed_on") }}: '
        "{{ i.assessed_on }}{% endif %}",
        size=8,
        colour=GREY,
    )
    tag(document, "{%p endif %}")
    tag(document, "{%p endfor %}")
    tag(document, "{%p endfor %}")
    page_number_footer(
        document, '{{ r.meta.organization or "" }} · {{ t("report_title") }} · {{ r.document_no or "" }}'
    )
    return document


def rectification() -> Document:
    document = new_document()
    cover(document, "rectification_title")
    para(document, '{{ t("contents") }}', "TOC Heading")
    toc_field(document, ['{{ t("rect_summary") }}', '{{ t("rect_details") }}'])
    page_break(document)
    para(document, '{{ t("rect_summary") }}', "Heading 1")
    para(document, '{{ t("rect_as_of", today=r.today) }}', size=9, colour=GREY)
    rows = [
        ['{{ t("rect_items") }}', "{{ r.rectification.items|length }}"],
        ['{{ t("rect_actions_total") }}', "{{ r.rectification.actions }}"],
        ['{{ t("rect_closed") }}', "{{ r.rectification.closed }}"],
        ['{{ t("rect_open") }}', "{{ r.rectification.open }}"],
        ['{{ t("rect_overdue") }}', "{{ r.rectification.overdue }}"],
        [
            '{{ t("rect_without_action") }}',
            "{{ r.rectification.without_action|length }}"
            '{% if r.rectification.without_action %} ({{ r.rectification.without_action|join(", ") }}){% endif %}',
        ],
    ]
    grid = document.add_table(rows=len(rows), cols=2)
    grid.style = document.styles["Table Grid"]
    for r, (key, value) in enumerate(rows):
        grid.rows[r].cells[0].text = key
        grid.rows[r].cells[1].text = value
    para(document, '{{ t("rect_details") }}', "Heading 1")
    tag(document, "{%p for i in r.rectification.items %}")
    item_block(document, "{{ i.id }}{% if i.key %} ★{% endif %} {{ tx(i.title) }} — {{ tx(i.label) }}")
    tag(document, "{%p if i.actions %}")
    table(
        document,
        [
            '{{ t("action") }}',
            '{{ t("owner") }}',
            '{{ t("due") }}',
            '{{ t("status") }}',
            '{{ t("closed_on") }}',
            '{{ t("closure_evidence") }}',
        ],
        [
            [
                "{{ row.action.id }} {{ row.action.description }}",
                '{% if row.action.owner %}{{ row.action.owner }}{% else %}{{ t("unassigned") }}{% endif %}',
                '{% if row.action.due %}{{ row.action.due }}{% else %}{{ t("no_due") }}{% endif %}',
                ACTION_STATUS,
                '{{ row.action.closed_on or "" }}',
                '{{ row.action.evidence|join(", ") }}',
            ]
        ],
        ("{%tr for row in i.actions %}", "{%tr endfor %}"),
        [50, 22, 22, 28, 22, 26],
    )
    tag(document, "{%p else %}")
    para(document, '{{ t("no_actions") }}', bold=True, colour=RED)
    tag(document, "{%p endif %}")
    tag(document, "{%p else %}")
    para(document, '{{ t("rect_no_items") }}')
    tag(document, "{%p endfor %}")
    page_number_footer(document, '{{ r.meta.organization or "" }} · {{ t("rectification_title") }}')
    return document


def to_bytes(document: Document) -> bytes:
    """The .docx with fixed zip timestamps, so that the same script gives the same bytes."""
    import zipfile

    buffer = io.BytesIO()
    document.save(buffer)
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(buffer.getvalue())) as source, zipfile.ZipFile(out, "w") as target:
        for info in source.infolist():
            entry = zipfile.ZipInfo(info.filename, date_time=ZIP_TIME)
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.external_attr = 0o100644 << 16
            target.writestr(entry, source.read(info.filename))
    return out.getvalue()


BUILDERS = {"report.docx": report, "rectification.docx": rectification}


def main(target: Path = TEMPLATES) -> None:
    for name, builder in BUILDERS.items():
        (target / name).write_bytes(to_bytes(builder()))
        print(f"wrote {target / name}", file=sys.stderr)


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else TEMPLATES)
