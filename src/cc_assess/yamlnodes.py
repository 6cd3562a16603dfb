"""PyYAML's side of reading and writing: composing the node graph, building plain data, locating, dumping.

The only module that imports PyYAML.  :mod:`cc_assess.yamlio` is the light front of it: a run whose files all
come from the cache of parsed files (:mod:`cc_assess.parsedfiles`) never imports this module, and so never pays
for importing PyYAML (about a tenth of a ``score`` run).

Reading composes the node graph with the C safe loader when PyYAML has it (the pure safe loader otherwise) and
builds plain Python data from it ourselves; see :mod:`cc_assess.yamlio` for why.
"""

from __future__ import annotations

import re
from typing import Any, ClassVar

import yaml
from yaml.constructor import SafeConstructor
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode
from yaml.resolver import Resolver

from cc_assess.i18n import t
from cc_assess.yamlhints import syntax_problem
from cc_assess.yamlio import MAX_DEPTH, MAX_NODES, KeyPath, Position, Problem, RawScalar, YamlError

try:
    from yaml import CSafeLoader as _SafeLoader
    from yaml._yaml import CParser as _CParser

    HAS_C_LOADER = True
except ImportError:  # pragma: no cover - depends on how PyYAML was built
    from yaml import SafeLoader as _SafeLoader  # type: ignore[assignment]

    _CParser = None  # type: ignore[assignment,misc]
    HAS_C_LOADER = False

_Resolved = dict[tuple[Any, Any], Any]


class _Loader(_SafeLoader):
    """The safe loader, remembering how short plain scalars resolve.

    Even the C loader calls back into Python to resolve the tag of every scalar (a list of regular expressions
    per first character); the same few keys and values recur in every response file, and remembering them
    makes composing a file about 20 % faster.  The answer depends only on the text and the implicit flags.
    """

    _resolved: ClassVar[_Resolved] = {}

    def resolve(self, kind: Any, value: Any, implicit: Any) -> Any:
        if kind is not ScalarNode or len(value) > 64:
            return super().resolve(kind, value, implicit)  # type: ignore[no-untyped-call]
        memo = self._resolved
        found = memo.get((value, implicit))
        if found is None:
            found = super().resolve(kind, value, implicit)  # type: ignore[no-untyped-call]
            if len(memo) < 4096:
                memo[(value, implicit)] = found
        return found


_T = "tag:yaml.org,2002:"
_STR, _NULL, _BOOL, _INT, _FLOAT, _TIMESTAMP = (_T + t for t in ("str", "null", "bool", "int", "float", "timestamp"))
_MAP, _SEQ, _MERGE, _VALUE = (_T + t for t in ("map", "seq", "merge", "value"))


#: Texts composed by this process; the CLI warns about a missing C loader only when there were some.
composed = 0


def _compose(text: str) -> Node | None:
    global composed
    composed += 1
    return yaml.compose(text, Loader=_Loader)


if _CParser is not None:

    class _Composer(_CParser):
        """The C parser alone, composing the node graph with no Python call per node.

        The C composer calls three hooks of the loader for every node: ``descend_resolver`` and
        ``ascend_resolver`` (path resolvers, which the safe loader has none of) and ``resolve`` (the tag of a node
        without an explicit one).  Here they are built-ins that run no Python code: ``slice`` takes the
        arguments as they come, so the tag of such a node is ``slice(kind, value, implicit)``, which
        :class:`_Builder` resolves as the safe loader would (:func:`_scalar_tag`).  Only :func:`parse` uses it:
        the graphs that :func:`compose` returns for locating have their tags resolved as usual.  Measured with
        ``valgrind --tool=callgrind`` over 1,120 response files: composing takes 20 % fewer instructions, reading a
        response file about 9 % fewer.  Errors, limits and marks are the C parser's, as before.
        """

        descend_resolver = staticmethod(slice)
        ascend_resolver = staticmethod(tuple)
        resolve = staticmethod(slice)

    def _compose_lean(text: str) -> Node | None:
        global composed
        composed += 1
        return _Composer(text).get_single_node()

else:  # pragma: no cover - depends on how PyYAML was built
    _compose_lean = _compose

_RESOLVER = Resolver()
#: Tags of short plain scalars as the safe loader resolves them (a few regular expressions per first character);
#: the same keys and values recur in every response file.
_PLAIN_TAGS: dict[str, str] = {}


def _scalar_tag(node: ScalarNode, tag: slice) -> str:
    """The tag of a scalar that :class:`_Composer` left unresolved (``slice(kind, value, implicit)``), as the safe
    loader resolves it, put on the node (an alias meets it again).

    A plain scalar gets the resolver's tag (remembered when short), a quoted one (or one with the non-specific
    tag ``!``) is text; a collection gets the default tag in :meth:`_Builder.build`."""
    if not tag.step[0]:
        found = _STR
    else:
        value = node.value
        remembered = _PLAIN_TAGS.get(value)
        if remembered is not None:
            found = remembered
        else:
            found = _RESOLVER.resolve(ScalarNode, value, (True, False))  # type: ignore[no-untyped-call]
            if len(value) <= 64 and len(_PLAIN_TAGS) < 4096:
                _PLAIN_TAGS[value] = found
    node.tag = found
    return found


def compose(text: str) -> Node | None:
    """The node graph of a text that parsed once already (so it cannot fail now)."""
    return _compose(text)


def parse(text: str) -> tuple[Any, list[Problem]]:
    """The data of one YAML document and the problems that do not stop reading it; raises YamlError otherwise."""
    try:
        node = _compose_lean(text)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line, column = (mark.line + 1, mark.column + 1) if mark is not None else (1, 1)
        raise YamlError(syntax_problem(text, exc.context, exc.problem, line, column)) from None
    except yaml.reader.ReaderError as exc:
        line = text.count("\n", 0, exc.position) + 1
        column = exc.position - (text.rfind("\n", 0, exc.position) + 1) + 1
        raise YamlError(
            Problem("yaml-syntax", t("yaml.bad-character", character=repr(exc.character)), line, column)
        ) from None
    except yaml.YAMLError as exc:
        raise YamlError(Problem("yaml-syntax", t("yaml.syntax", message=exc))) from None
    except RecursionError:
        raise YamlError(Problem("too-deep", t("yaml.too-deep"))) from None
    if node is None:
        raise YamlError(Problem("empty-file", t("yaml.empty")))
    builder = _Builder(aliases="&" in text)
    data = builder.build(node, 0)
    return data, builder.problems


def locate(root: Node, path: KeyPath, *, key: bool = False) -> Position:
    """Position of the value (or key) at ``path``, else of the nearest parent that exists.

    Walks the node graph along the path, as :func:`index` would record it (the first of duplicate keys wins).
    """
    node = root
    found: list[tuple[Node | None, Node]] = [(None, node)]
    for part in path:
        child: tuple[Node | None, Node] | None = None
        if isinstance(node, MappingNode) and isinstance(part, str):
            child = next(((k, v) for k, v in node.value if str(k.value) == part), None)
        elif isinstance(node, SequenceNode) and isinstance(part, int) and 0 <= part < len(node.value):
            child = (None, node.value[part])
        if child is None:
            break
        found.append(child)
        node = child[1]
    key_node, value_node = found[-1]
    return _pos(key_node if key and key_node is not None else value_node)


def index(root: Node) -> tuple[dict[KeyPath, Position], dict[KeyPath, Position], dict[KeyPath, RawScalar]]:
    """Positions of every value and key, and the raw text of resolved scalars, by key path."""
    indexer = _Indexer()
    indexer.walk(root, ())
    return indexer.values, indexer.keys, indexer.scalars


def _pos(node: Node) -> Position:
    return Position(node.start_mark.line + 1, node.start_mark.column + 1)


_KINDS = {_BOOL: "bool", _INT: "int", _FLOAT: "float"}
_KEY_TAGS = frozenset((_STR, _NULL, _BOOL, _INT, _FLOAT, _TIMESTAMP, _VALUE))
_CONSTRUCTOR = SafeConstructor()


def _fail(code: str, message: str, node: Node) -> YamlError:
    pos = _pos(node)
    return YamlError(Problem(code, message, pos.line, pos.column))


def _bad_tag(node: Node, where: bool = False) -> YamlError:
    tag = node.tag.replace(_T, "!!", 1) if node.tag.startswith(_T) else node.tag
    return _fail("yaml-tag", t("yaml.tag-on-key" if where else "yaml.tag", tag=repr(tag)), node)


#: What YAML allows in a file (its "printable" set); a double-quoted escape may not make anything else.
_NOT_PRINTABLE = re.compile("[^\x09\x0a\x0d\x20-\x7e\x85\xa0-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def _check_escapes(node: ScalarNode) -> None:
    """A double-quoted scalar whose escapes make a control character (``"\\e"``, ``"\\0"``) or a lone surrogate.

    Such a character cannot be shown, written to a workbook or encoded as UTF-8; a file may not hold it as
    written either, so an escape may not smuggle it in.
    """
    found = _NOT_PRINTABLE.search(node.value)
    if found is not None:
        raise _fail("control-character", t("reliability.control_character", char=f"U+{ord(found[0]):04X}"), node)


class _Builder:
    """Plain data from the node graph: checks tags, caps and duplicate keys; records no positions.

    Profiling ``validate`` over 11,200 response files showed half of the reading time in recording a position
    and a key path for every node; they are needed only for the few files that have a problem, so
    :class:`Document` finds them later in the node graph.
    """

    def __init__(self, aliases: bool = True) -> None:
        """``aliases=False`` for a text without anchors (no ``&``), which can hold no alias and so no cycle."""
        self.problems: list[Problem] = []
        self._visited = 0
        self._active: set[int] | None = set() if aliases else None

    def build(self, node: Node, depth: int) -> Any:
        self._visited += 1
        if self._visited > MAX_NODES:
            raise _fail("too-large", t("yaml.too-many-nodes", count=MAX_NODES), node)
        if depth > MAX_DEPTH:
            raise _fail("too-deep", t("yaml.too-deep-levels", count=MAX_DEPTH), node)
        tag: Any = node.tag
        if isinstance(node, ScalarNode):
            if tag.__class__ is slice:  # composed by _Composer: resolved here, once
                tag = _scalar_tag(node, tag)
            if node.style == '"':
                _check_escapes(node)
            if tag in (_STR, _VALUE):
                return node.value
            return self._scalar(node, tag)
        if tag.__class__ is slice:
            node.tag = tag = _SEQ if isinstance(node, SequenceNode) else _MAP
        active = self._active
        if active is not None:
            if id(node) in active:
                raise _fail("yaml-alias", t("yaml.recursive-alias"), node)
            active.add(id(node))
        # No need to clean up after an error: it ends the build.
        if isinstance(node, SequenceNode):
            if tag != _SEQ:
                raise _bad_tag(node)
            result: Any = [self.build(child, depth + 1) for child in node.value]
        else:
            assert isinstance(node, MappingNode)
            if tag != _MAP:
                raise _bad_tag(node)
            result = self._mapping(node, depth + 1)
        if active is not None:
            active.discard(id(node))
        return result

    def _mapping(self, node: MappingNode, depth: int) -> dict[str, Any]:
        result: dict[str, Any] = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, ScalarNode):
                raise _fail("yaml-key", t("yaml.key-not-text"), key_node)
            tag: Any = key_node.tag
            if tag.__class__ is slice:
                tag = _scalar_tag(key_node, tag)
            if key_node.style == '"':
                _check_escapes(key_node)
            if tag not in _KEY_TAGS:
                if tag == _MERGE:
                    raise _fail("yaml-merge", t("yaml.merge"), key_node)
                raise _bad_tag(key_node, where=True)
            key = str(key_node.value)
            if key in result:
                first = next(k for k, _ in node.value if str(k.value) == key)
                key_pos = _pos(key_node)
                self.problems.append(
                    Problem(
                        "duplicate-key",
                        t("yaml.duplicate-key", key=repr(key), line=first.start_mark.line + 1),
                        key_pos.line,
                        key_pos.column,
                    )
                )
                continue
            result[key] = self.build(value_node, depth)
        return result

    def _scalar(self, node: ScalarNode, tag: str) -> Any:
        if tag == _NULL:
            return None
        if tag == _TIMESTAMP:
            # Dates stay text: the models parse them, and a date-looking text field stays as written.
            return node.value
        if tag not in _KINDS:
            raise _bad_tag(node)
        try:
            if tag == _BOOL:
                return _CONSTRUCTOR.construct_yaml_bool(node)
            if tag == _INT:
                return _CONSTRUCTOR.construct_yaml_int(node)
            return _CONSTRUCTOR.construct_yaml_float(node)
        except (ValueError, KeyError, TypeError, IndexError, ArithmeticError):
            # An explicit tag on text it cannot read (``!!int ''``, ``!!float '-'``, ``!!bool x``).
            raise _fail("yaml-value", t("yaml.bad-value", value=repr(node.value), kind=_KINDS[tag]), node) from None


class _Indexer:
    """The position of every key and value by key path, and the raw text of resolved scalars.

    Runs on a graph that :class:`_Builder` accepted, and visits it the same way (the first of duplicate keys).
    """

    def __init__(self) -> None:
        self.values: dict[KeyPath, Position] = {}
        self.keys: dict[KeyPath, Position] = {}
        self.scalars: dict[KeyPath, RawScalar] = {}

    def walk(self, node: Node, path: KeyPath) -> None:
        self.values[path] = _pos(node)
        if isinstance(node, ScalarNode):
            if node.tag == _TIMESTAMP:
                self.scalars[path] = RawScalar(node.value, "timestamp")
            elif node.tag in _KINDS:
                self.scalars[path] = RawScalar(node.value, _KINDS[node.tag])
        elif isinstance(node, SequenceNode):
            for i, child in enumerate(node.value):
                self.walk(child, (*path, i))
        elif isinstance(node, MappingNode):
            for key_node, value_node in node.value:
                key_path = (*path, str(key_node.value))
                if key_path in self.keys:
                    continue
                self.keys[key_path] = _pos(key_node)
                self.walk(value_node, key_path)


# --------------------------------------------------------------------------------------------- writing


class _Dumper(yaml.SafeDumper):
    """Plain YAML out: block style, keys in the order given, Unicode as is, multi-line text as ``|`` blocks."""


def _represent_str(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    # PyYAML falls back to a quoted style by itself where a block cannot hold the text exactly.
    return dumper.represent_scalar(_STR, value, style="|" if "\n" in value else None)


_Dumper.add_representer(str, _represent_str)


def dump(data: Any) -> str:
    """Deterministic YAML text of plain data (always the pure dumper, so output does not vary by build)."""
    return yaml.dump(data, Dumper=_Dumper, allow_unicode=True, sort_keys=False, default_flow_style=False, width=100_000)
