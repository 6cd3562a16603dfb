"""Pydantic models of the three file kinds: catalogue, assessment, response.

Pure: no I/O.  Shapes and single-field rules live here; rules that need the catalogue or the file system
(status levels, ids, evidence files) live in :mod:`cc_assess.catalogue` and :mod:`cc_assess.assessment`.

Unlike most modules, this one does not use ``from __future__ import annotations``: pydantic would evaluate every
field's annotation from its text again when it builds the models (compiling and evaluating each one), which is
part of every command's start-up; with evaluated annotations, building the models takes about 9M fewer
instructions (``valgrind --tool=callgrind``, under 1 % of a ``score`` run).
"""

import datetime as dt
import re
from typing import Annotated, Any, Literal

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Discriminator,
    Field,
    StrictBool,
    StrictStr,
    Tag,
    field_validator,
    model_validator,
)
from pydantic_core import PydanticCustomError

from cc_assess.i18n import t
from cc_assess.i18n.table import MESSAGES


def _list() -> list[Any]:
    """An empty list.  A Python function, not ``list``: pydantic inspects the signature of every default
    factory, and for a builtin that means parsing its text signature with ``tokenize`` (~7 ms at start-up)."""
    return []


def _dict() -> dict[Any, Any]:
    return {}


Lang = Literal["zh", "en"]
LANGS: tuple[Lang, ...] = ("zh", "en")
_DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def _not_text(value: Any) -> PydanticCustomError:
    return PydanticCustomError("not_text", t("models.not-text"), {"kind": type(value).__name__})


def _parse_date(value: Any) -> Any:
    """Dates are ``YYYY-MM-DD``, quoted or not; the YAML reader hands them over as text."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        text = value.strip()
        if _DATE_RE.match(text):
            try:
                return dt.date.fromisoformat(text)
            except ValueError:
                pass
        raise PydanticCustomError("invalid_date", t("models.invalid-date"), {"value": value})
    raise PydanticCustomError("invalid_date", t("models.invalid-date"), {"value": repr(value)})


Number = Annotated[float, Field(strict=True, allow_inf_nan=False)]
#: The largest weight of an item or domain: sums of weights times 100 stay finite and exact enough to round.
MAX_WEIGHT = 1_000_000
Date = Annotated[dt.date, BeforeValidator(_parse_date, json_schema_input_type=dt.date)]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=False)


class I18nText(_Strict):
    """A text in Chinese and/or English.  A plain string in a file stands for the same text in both."""

    zh: StrictStr | None = None
    en: StrictStr | None = None

    @model_validator(mode="after")
    def _one_language(self) -> "I18nText":
        if self.zh is None and self.en is None:
            raise PydanticCustomError("empty_text", t("models.empty-text"))
        return self

    def get(self, lang: str) -> str:
        """The text in ``lang``, falling back to the other language."""
        if lang == "en":
            return self.en if self.en is not None else (self.zh or "")
        return self.zh if self.zh is not None else (self.en or "")

    @property
    def bilingual(self) -> bool:
        return self.zh is not None and self.en is not None


def _text(value: Any) -> Any:
    if isinstance(value, str):
        return {"zh": value, "en": value}
    if isinstance(value, (bool, int, float)):
        raise _not_text(value)
    return value


Text = Annotated[I18nText, BeforeValidator(_text, json_schema_input_type=str | I18nText)]


class I18nList(_Strict):
    """A list of texts per language (an item's evidence guidance)."""

    zh: list[StrictStr] = Field(default_factory=_list)
    en: list[StrictStr] = Field(default_factory=_list)

    def get(self, lang: str) -> list[str]:
        if lang == "en":
            return self.en or self.zh
        return self.zh or self.en


def _text_list(value: Any) -> Any:
    if isinstance(value, list):
        return {"zh": value, "en": value}
    return value


TextList = Annotated[I18nList, BeforeValidator(_text_list, json_schema_input_type=list[str] | I18nList)]

# ------------------------------------------------------------------------------------------ catalogue

LEVEL_ID = r"^[a-z0-9][a-z0-9_-]*$"
ITEM_ID = r"^[A-Z]{2}-[0-9]{2,3}$"
TAG_ID = r"^[a-z0-9][a-z0-9_-]*$"
SEMVER = r"^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$"


class Level(_Strict):
    id: Annotated[StrictStr, Field(pattern=LEVEL_ID)]
    label: Text
    points: Annotated[Number, Field(ge=0, le=1)] | None
    description: Text | None = None


class Standard(_Strict):
    code: StrictStr
    issuer: StrictStr | None = None
    published: Date | None = None
    effective: Date | None = None
    title: Text | None = None


#: How a target's number is compared with the measured value (``within``: the measure stays within ± value).
Comparison = Literal["at-least", "at-most", "within"]
_COMPARISON_SIGNS: dict[str, str] = {"at-least": "≥", "at-most": "≤", "within": "±"}
#: Units with a wording of their own; any other unit is shown as written.
_UNIT_WORDS: dict[str, tuple[str, str]] = {
    "%": ("%", "%"),
    "s": (" 秒", " s"),
    "min": (" 分钟", " min"),
    "h": (" 小时", " h"),
    "d": (" 天", " days"),
    "months": (" 个月", " months"),
    "points": (" 分", " points"),
    "per-10k": (" 件/万次", " per 10,000 contacts"),
}


class Target(_Strict):
    """A KPI target as a number: the measure compared with ``value`` (in ``unit``) by ``comparison``.

    ``note`` says where the figure comes from and what it is measured on (e.g. common industry practice).
    """

    value: Number
    unit: StrictStr
    comparison: Comparison = "at-least"
    note: Text | None = None

    def figure(self, lang: str = "en") -> str:
        """The number with its sign and unit: ``≥ 80%``, ``≤ 30 s``, ``± 5%``."""
        zh_unit, en_unit = _UNIT_WORDS.get(self.unit, (" " + self.unit, " " + self.unit))
        return f"{_COMPARISON_SIGNS[self.comparison]} {self.value:g}{zh_unit if lang == 'zh' else en_unit}"

    def get(self, lang: str) -> str:
        """The target as a sentence in ``lang`` (like :meth:`I18nText.get`): the figure, then the note."""
        note = self.note.get(lang) if self.note is not None else ""
        sep = "：" if lang == "zh" else ": "
        return f"{self.figure(lang)}{sep}{note}" if note else self.figure(lang)


def _target_kind(value: Any) -> str:
    """A mapping with ``value`` is a numeric target; anything else is the free text of older catalogues."""
    if isinstance(value, Target) or (isinstance(value, dict) and "value" in value):
        return "number"
    return "text"


ClauseBasis = Literal["published", "inferred"]


class Item(_Strict):
    id: Annotated[StrictStr, Field(pattern=ITEM_ID)]
    title: Text
    requirement: Text
    evidence: TextList = Field(default_factory=I18nList)
    weight: Annotated[Number, Field(gt=0, le=MAX_WEIGHT)] = 1.0
    key: StrictBool = False
    tags: list[StrictStr] = Field(default_factory=_list)
    clause: StrictStr | None = None
    #: A numeric :class:`Target`, or (catalogues before numeric targets, custom ones) a free text.
    target: (
        Annotated[
            Annotated[Target, Tag("number")] | Annotated[Text, Tag("text")],
            Discriminator(_target_kind),
        ]
        | None
    ) = None
    #: Where ``clause`` comes from: ``published`` (read from the standard's public table of contents or a
    #: public excerpt) or ``inferred`` (placed by the catalogue's authors); absent when the catalogue does not say.
    clause_basis: ClauseBasis | None = None


class Domain(_Strict):
    id: Annotated[StrictStr, Field(pattern=r"^[A-Z]{2}$")]
    title: Text
    weight: Annotated[Number, Field(gt=0, le=MAX_WEIGHT)] | None = None
    description: Text | None = None
    items: list[Item] = Field(min_length=1)


class Change(_Strict):
    version: Annotated[StrictStr, Field(pattern=SEMVER)]
    renamed: dict[StrictStr, StrictStr] = Field(default_factory=_dict)
    removed: list[StrictStr] = Field(default_factory=_list)
    added: list[StrictStr] = Field(default_factory=_list)
    note: Text | None = None


class Catalogue(_Strict):
    schema_: Literal["cc-assess/catalogue/v1"] = Field(alias="schema")
    id: Annotated[StrictStr, Field(pattern=r"^[a-z0-9-]+$")]
    version: Annotated[StrictStr, Field(pattern=SEMVER)]
    title: Text
    standard: Standard | None = None
    source: Text | None = None
    scale: list[Level] = Field(min_length=1)
    domains: list[Domain] = Field(min_length=1)
    changes: list[Change] = Field(default_factory=_list)
    #: The tags items may carry, each with its meaning.  Absent: item tags are free (not checked), as in
    #: catalogues written before tags were listed; present (even empty): every item tag must be listed.
    tags: dict[Annotated[StrictStr, Field(pattern=TAG_ID)], Text] | None = None

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)

    # Derived lookups, built once per catalogue.
    def items(self) -> list[Item]:
        return [item for domain in self.domains for item in domain.items]

    def item_domain(self) -> dict[str, str]:
        return {item.id: domain.id for domain in self.domains for item in domain.items}

    def level(self, level_id: str) -> Level:
        return next(level for level in self.scale if level.id == level_id)

    @property
    def na_level(self) -> Level | None:
        return next((level for level in self.scale if level.points is None), None)

    def resolve_status(self, value: str) -> str | None:
        """Level id for a status as written: the id first, then a zh label, then an en label."""
        text = value.strip()
        for level in self.scale:
            if level.id == text:
                return level.id
        for level in self.scale:
            if level.label.zh is not None and level.label.zh.strip() == text:
                return level.id
        folded = text.casefold()
        for level in self.scale:
            if level.label.en is not None and level.label.en.strip().casefold() == folded:
                return level.id
        return None


# ------------------------------------------------------------------------------------------ assessment

Kind = Literal["self-assessment", "initial-audit", "surveillance", "recertification"]


class Period(_Strict):
    start: Date
    end: Date

    @model_validator(mode="after")
    def _ordered(self) -> "Period":
        if self.end < self.start:
            raise PydanticCustomError("period_order", t("models.period-order"))
        return self


class Assessor(_Strict):
    name: StrictStr
    role: StrictStr | None = None


class Exclusion(_Strict):
    """An ``exclude:`` rule: items carrying ``tag`` with no status of their own count as N/A for ``reason``."""

    tag: StrictStr
    reason: Text


class Assessment(_Strict):
    catalogue: StrictStr
    catalogue_version: Annotated[StrictStr, Field(pattern=SEMVER)]
    organization: StrictStr | None = None
    site: StrictStr | None = None
    kind: Kind | None = None
    period: Period | None = None
    scope: Text | None = None
    assessors: list[Assessor] = Field(default_factory=_list)
    target: Annotated[Number, Field(ge=0, le=100)] | None = None
    language: Literal["zh", "en", "bi"] = "zh"
    label: StrictStr | None = None
    exclude: list[Exclusion] = Field(default_factory=_list)
    document_no: StrictStr | None = None  # the report's document number (文件编号), on its cover
    conclusion: Text | None = None  # the overall conclusion (总体结论), in the report's summary


# ------------------------------------------------------------------------------------------ response

URL_RE = re.compile(r"^https?://[^\s/$.?#][^\s]*$", re.IGNORECASE)


def check_ref(ref: str) -> str | None:
    """Why an evidence ``ref`` is not a URL nor a safe relative POSIX path, or None when it is fine."""
    if ref.lower().startswith(("http://", "https://")):
        return None if URL_RE.match(ref) else t("ref.bad-url")
    if re.match(r"^[A-Za-z][A-Za-z0-9+.-]*:", ref) and not re.match(r"^[A-Za-z]:[\\/]", ref):
        return t("ref.not-url-nor-path")
    if not ref.strip():
        return t("ref.empty")
    if any(ch < " " or ch == "\x7f" for ch in ref):
        return t("ref.control")
    if len(ref) > 1024 or any(len(part.encode()) > 255 for part in ref.split("/")):
        return t("ref.too-long")
    if "\\" in ref:
        return t("ref.backslash")
    if ref.startswith("/") or re.match(r"^[A-Za-z]:", ref):
        return t("ref.absolute")
    if ref.startswith("~"):
        return t("ref.tilde")
    depth = 0
    for part in ref.split("/"):
        if part == "..":
            depth -= 1
            if depth < 0:
                return t("ref.leaves")
        elif part not in ("", "."):
            depth += 1
    return None


class EvidenceRef(_Strict):
    ref: StrictStr
    note: StrictStr | None = None
    sha256: Annotated[StrictStr, Field(pattern=r"^[0-9a-fA-F]{64}$")] | None = None
    as_of: Date | None = None
    valid_until: Date | None = None

    @field_validator("ref")
    @classmethod
    def _ref_ok(cls, ref: str) -> str:
        problem = check_ref(ref)
        if problem is not None:
            raise PydanticCustomError("bad_ref", t("models.bad-ref"), {"ref": ref, "problem": problem})
        return ref

    @property
    def is_url(self) -> bool:
        return self.ref.lower().startswith(("http://", "https://"))


ACTION_STATUS_IDS = ("open", "in-progress", "done")


def action_status_id(value: str) -> str | None:
    """The action status meant by ``value``: its id, or its zh or en label (``待处理``, ``in progress``); trimmed,
    English case-insensitive, spaces and underscores read as hyphens.  None when it is none of them."""
    text = value.strip()
    folded = text.casefold().replace(" ", "-").replace("_", "-")
    for status in ACTION_STATUS_IDS:
        zh, en = MESSAGES[f"action-status.{status}"]
        if folded in (status, en.casefold().replace(" ", "-")) or text == zh:
            return status
    return None


def _action_status(value: Any) -> Any:
    return (action_status_id(value) or value) if isinstance(value, str) else value


ActionStatus = Annotated[
    Literal["open", "in-progress", "done"],
    # Editors offer the ids and the labels of the table (action-status.*), which is what a file may hold.
    BeforeValidator(
        _action_status,
        json_schema_input_type=Literal["open", "in-progress", "done", "待处理", "进行中", "已完成", "in progress"],
    ),
]


class Action(_Strict):
    id: StrictStr
    description: StrictStr
    owner: StrictStr | None = None
    due: Date | None = None
    status: ActionStatus = "open"
    closed_on: Date | None = None
    evidence: list[StrictStr] = Field(default_factory=_list)


class Previous(_Strict):
    """Last year's answer, kept by ``init --from`` beside this year's (empty) status: what to re-confirm."""

    status: StrictStr | None = None
    assessed_on: Date | None = None


class Response(_Strict):
    item: StrictStr
    status: StrictStr | None = None
    na_reason: StrictStr | None = None
    findings: StrictStr | None = None
    evidence: list[EvidenceRef] = Field(default_factory=_list)
    actions: list[Action] = Field(default_factory=_list)
    assessor: StrictStr | None = None
    assessed_on: Date | None = None
    previous: Previous | None = None

    @property
    def status_text(self) -> str | None:
        """The status as written, or None when not assessed (missing, null or empty)."""
        if self.status is None or not self.status.strip():
            return None
        return self.status
