"""The only module that imports PyYAML: strict, safe reading and plain writing.

Reading composes the YAML node graph with the C safe loader when PyYAML has it (the pure safe loader
otherwise) and builds plain Python data from it ourselves, so that we can:

- record the 1-based line and column of every key and value by its key path (for located diagnostics);
- report duplicate keys instead of silently keeping the last one;
- keep dates as the text the user wrote (the models parse them, so ``2026-13-45`` is a located error);
- remember the raw text of booleans and numbers (``status: no``) to say "quote it" where text is meant;
- refuse every tag outside the YAML core schema (``!!python/object`` and friends are never constructed);
- stop alias bombs, recursive aliases and absurd nesting early.
"""

from __future__ import annotations

import codecs
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, ClassVar

import yaml
from yaml.constructor import SafeConstructor
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

try:
    from yaml import CSafeLoader as _SafeLoader

    HAS_C_LOADER = True
except ImportError:  # pragma: no cover - depends on how PyYAML was built
    from yaml import SafeLoader as _SafeLoader  # type: ignore[assignment]

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


KeyPath = tuple[str | int, ...]

#: A response file larger than this is not an answer; a catalogue may be larger.
MAX_RESPONSE_BYTES = 512 * 1024
MAX_CATALOGUE_BYTES = 16 * 1024 * 1024
#: Nodes visited while building data, aliases expanded: stops "billion laughs".
MAX_NODES = 100_000
MAX_DEPTH = 64

_T = "tag:yaml.org,2002:"
_STR, _NULL, _BOOL, _INT, _FLOAT, _TIMESTAMP = (_T + t for t in ("str", "null", "bool", "int", "float", "timestamp"))
_MAP, _SEQ, _MERGE, _VALUE = (_T + t for t in ("map", "seq", "merge", "value"))


@dataclass(frozen=True)
class Position:
    line: int
    column: int


@dataclass(frozen=True)
class RawScalar:
    """A scalar that YAML resolved to something other than text: its text as written and its tag."""

    text: str
    kind: str  # bool | int | float | timestamp


@dataclass(frozen=True)
class Problem:
    """A problem found while reading, located in the file."""

    code: str
    message: str
    line: int = 1
    column: int = 1


class YamlError(Exception):
    """The file cannot be read as data at all; carries the located problem."""

    def __init__(self, problem: Problem) -> None:
        super().__init__(problem.message)
        self.problem = problem


class Document:
    """Plain data read from one YAML file, and where each of its parts stands in the file.

    ``values`` and ``keys`` map a key path to the position of its value and of its key; ``scalars`` holds the
    text as written of every value that YAML resolved to a boolean, number or date.

    Most files never need a position (only files with a problem do), so a parsed document keeps just its text:
    the node graph is composed again on first use, :meth:`locate` walks it, and the index above is built from it
    when asked for.  Keeping the graph of every file instead costs memory and, measured on a portfolio, about a
    fifth of the reading time in garbage collection of its hundreds of thousands of objects.
    """

    def __init__(
        self,
        data: Any,
        values: dict[KeyPath, Position] | None = None,
        keys: dict[KeyPath, Position] | None = None,
        scalars: dict[KeyPath, RawScalar] | None = None,
        problems: list[Problem] | None = None,
        *,
        source: str | None = None,
    ) -> None:
        self.data = data
        self.problems: list[Problem] = problems if problems is not None else []
        self._source = source
        self._root: Node | None = None
        self._index: tuple[dict[KeyPath, Position], dict[KeyPath, Position], dict[KeyPath, RawScalar]] | None = (
            None if source is not None else (values or {}, keys or {}, scalars or {})
        )

    def __repr__(self) -> str:
        return f"Document(data={self.data!r}, problems={self.problems!r})"

    def _node(self) -> Node:
        """The node graph of the source (composed again: it parsed once already, so it cannot fail now)."""
        if self._root is None:
            assert self._source is not None
            self._root = yaml.compose(self._source, Loader=_Loader)
            assert self._root is not None
        return self._root

    def _indexed(self) -> tuple[dict[KeyPath, Position], dict[KeyPath, Position], dict[KeyPath, RawScalar]]:
        if self._index is None:
            indexer = _Indexer()
            indexer.walk(self._node(), ())
            self._index = (indexer.values, indexer.keys, indexer.scalars)
        return self._index

    @property
    def values(self) -> dict[KeyPath, Position]:
        return self._indexed()[0]

    @property
    def keys(self) -> dict[KeyPath, Position]:
        return self._indexed()[1]

    @property
    def scalars(self) -> dict[KeyPath, RawScalar]:
        return self._indexed()[2]

    def locate(self, path: KeyPath, *, key: bool = False) -> Position:
        """Position of the value (or key) at ``path``, else of the nearest parent that exists."""
        if self._index is not None:
            return self._locate_in_index(path, key=key)
        # Walk the node graph along the path, as the index would be built (the first of duplicate keys wins).
        node = self._node()
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

    def _locate_in_index(self, path: KeyPath, *, key: bool) -> Position:
        values, keys, _ = self._indexed()
        probe = tuple(path)
        while probe:
            found = (keys.get(probe) if key else None) or values.get(probe)
            if found is not None:
                return found
            probe = probe[:-1]
        return values.get((), Position(1, 1))


def _looks_utf16(head: bytes) -> bool:
    """Most even or most odd bytes are NUL: ASCII-range text saved as UTF-16."""
    even, odd = head[0::2], head[1::2]
    return max(even.count(0) / len(even), odd.count(0) / len(odd)) > 0.4


def decode(data: bytes) -> str:
    """UTF-8 with or without a byte-order mark; anything else is a located error naming the fix."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise YamlError(
            Problem(
                "not-utf8",
                "file is UTF-16, not UTF-8; save it as UTF-8 (e.g. iconv -f UTF-16 -t UTF-8 FILE > FILE.new)",
            )
        )
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8) :]
    if len(data) >= 4 and b"\x00" in data[:64] and _looks_utf16(data[:512]):
        raise YamlError(
            Problem(
                "not-utf8",
                "file looks like UTF-16 without a byte-order mark, not UTF-8; save it as UTF-8 "
                "(e.g. iconv -f UTF-16LE -t UTF-8 FILE > FILE.new)",
            )
        )
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        column = exc.start - (data.rfind(b"\n", 0, exc.start) + 1) + 1
        try:
            data.decode("gb18030")
            likely = "it looks like GBK/GB18030 (common for files saved by Chinese Windows tools)"
        except UnicodeDecodeError:
            likely = "it may be GBK/GB18030 or another legacy encoding"
        raise YamlError(
            Problem(
                "not-utf8",
                f"file is not UTF-8 (byte 0x{data[exc.start]:02x} cannot be decoded); {likely}; "
                "convert it with: iconv -f GB18030 -t UTF-8 FILE > FILE.utf8 && mv FILE.utf8 FILE "
                "(or save it as UTF-8 in your editor)",
                line,
                column,
            )
        ) from None
    if "\x00" in text:
        raise YamlError(Problem("binary-file", "file holds NUL bytes; it is not a text file"))
    return text


def read_bytes(path: Path, max_bytes: int) -> bytes:
    """Read at most ``max_bytes``; a larger file is an error, not a slow parse."""
    try:
        with path.open("rb") as handle:
            # Ask for what the file holds, not for max_bytes: a 512 KiB buffer per small file costs more than
            # reading it.  A file that grows while read is still capped.
            size = os.fstat(handle.fileno()).st_size
            chunk = min(size, max_bytes) + 1 if size else max_bytes + 1
            data = handle.read(chunk)
            if len(data) == chunk <= max_bytes:
                data += handle.read(max_bytes + 1 - len(data))
    except IsADirectoryError:
        raise YamlError(Problem("unreadable", "is a folder, not a file")) from None
    except OSError as exc:
        raise YamlError(Problem("unreadable", f"cannot read file: {exc.strerror or exc}")) from None
    if len(data) > max_bytes:
        raise YamlError(
            Problem("too-large", f"file is larger than {max_bytes // 1024} KiB; this is too large to be read")
        )
    return data


def read_yaml(path: Path, max_bytes: int = MAX_RESPONSE_BYTES) -> Document:
    return parse_yaml(decode(read_bytes(path, max_bytes)))


def parse_yaml(text: str) -> Document:
    """Parse one YAML document into a :class:`Document`; a file that cannot be data raises YamlError."""
    try:
        node = yaml.compose(text, Loader=_Loader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        message = " ".join(str(p) for p in (exc.context, exc.problem) if p) or "invalid YAML"
        line, column = (mark.line + 1, mark.column + 1) if mark is not None else (1, 1)
        raise YamlError(Problem("yaml-syntax", f"YAML syntax error: {message}", line, column)) from None
    except yaml.reader.ReaderError as exc:
        line = text.count("\n", 0, exc.position) + 1
        column = exc.position - (text.rfind("\n", 0, exc.position) + 1) + 1
        raise YamlError(
            Problem("yaml-syntax", f"YAML syntax error: character {exc.character!r} is not allowed", line, column)
        ) from None
    except yaml.YAMLError as exc:
        raise YamlError(Problem("yaml-syntax", f"YAML syntax error: {exc}")) from None
    except RecursionError:
        raise YamlError(Problem("too-deep", "YAML is nested too deeply")) from None
    if node is None:
        raise YamlError(Problem("empty-file", "file is empty or holds only comments"))
    builder = _Builder()
    data = builder.build(node, 0)
    return Document(data, problems=builder.problems, source=text)


def _pos(node: Node) -> Position:
    return Position(node.start_mark.line + 1, node.start_mark.column + 1)


_KINDS = {_BOOL: "bool", _INT: "int", _FLOAT: "float"}
_KEY_TAGS = frozenset((_STR, _NULL, _BOOL, _INT, _FLOAT, _TIMESTAMP, _VALUE))
_CONSTRUCTOR = SafeConstructor()


def _fail(code: str, message: str, node: Node) -> YamlError:
    pos = _pos(node)
    return YamlError(Problem(code, message, pos.line, pos.column))


def _bad_tag(node: Node, where: str = "") -> YamlError:
    tag = node.tag.replace(_T, "!!", 1) if node.tag.startswith(_T) else node.tag
    return _fail("yaml-tag", f"YAML tag {tag!r} is not allowed{where}; only plain data is read", node)


class _Builder:
    """Plain data from the node graph: checks tags, caps and duplicate keys; records no positions.

    Profiling ``validate`` over 11,200 response files showed half of the reading time in recording a position
    and a key path for every node; they are needed only for the few files that have a problem, so
    :class:`Document` finds them later in the node graph.
    """

    def __init__(self) -> None:
        self.problems: list[Problem] = []
        self._visited = 0
        self._active: set[int] = set()

    def build(self, node: Node, depth: int) -> Any:
        self._visited += 1
        if self._visited > MAX_NODES:
            raise _fail("too-large", f"file expands to more than {MAX_NODES} nodes (an alias bomb?); refusing it", node)
        if depth > MAX_DEPTH:
            raise _fail("too-deep", f"YAML is nested more than {MAX_DEPTH} levels deep", node)
        if isinstance(node, ScalarNode):
            tag = node.tag
            if tag in (_STR, _VALUE):
                return node.value
            return self._scalar(node, tag)
        if id(node) in self._active:
            raise _fail("yaml-alias", "an alias refers to a node that contains it (recursive alias)", node)
        self._active.add(id(node))
        try:
            if isinstance(node, SequenceNode):
                if node.tag != _SEQ:
                    raise _bad_tag(node)
                return [self.build(child, depth + 1) for child in node.value]
            assert isinstance(node, MappingNode)
            if node.tag != _MAP:
                raise _bad_tag(node)
            return self._mapping(node, depth + 1)
        finally:
            self._active.discard(id(node))

    def _mapping(self, node: MappingNode, depth: int) -> dict[str, Any]:
        result: dict[str, Any] = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, ScalarNode):
                raise _fail("yaml-key", "a key must be plain text, not a list or a mapping", key_node)
            tag = key_node.tag
            if tag not in _KEY_TAGS:
                if tag == _MERGE:
                    raise _fail("yaml-merge", "merge keys (<<) are not supported; write the keys out", key_node)
                raise _bad_tag(key_node, " on a key")
            key = str(key_node.value)
            if key in result:
                first = next(k for k, _ in node.value if str(k.value) == key)
                key_pos = _pos(key_node)
                self.problems.append(
                    Problem(
                        "duplicate-key",
                        f"duplicate key {key!r} (first defined at line {first.start_mark.line + 1})",
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
        except (ValueError, KeyError, TypeError):
            raise _fail("yaml-value", f"cannot read {node.value!r} as {_KINDS[tag]}", node) from None


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


def dump_yaml(data: Any) -> str:
    """Deterministic YAML text of plain data (always the pure dumper, so output does not vary by build)."""
    return yaml.dump(data, Dumper=_Dumper, allow_unicode=True, sort_keys=False, default_flow_style=False, width=100_000)


def iter_paths(doc: Document) -> Iterator[KeyPath]:
    """Every key path that has a value in the document (for tests and tools)."""
    return iter(doc.values)
