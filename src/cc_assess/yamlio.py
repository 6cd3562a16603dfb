"""Strict, safe reading of YAML files and plain writing: the front that every other module uses.

The PyYAML side lives in :mod:`cc_assess.yamlnodes`, imported only when a text must be parsed or a position
found, so that a run served by the cache of parsed files (:mod:`cc_assess.parsedfiles`) never imports PyYAML.

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
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from cc_assess.errors import Unreadable
from cc_assess.i18n import t

if TYPE_CHECKING:
    from yaml.nodes import Node

KeyPath = tuple[str | int, ...]

#: A response file larger than this is not an answer; a catalogue may be larger.
MAX_RESPONSE_BYTES = 512 * 1024
MAX_CATALOGUE_BYTES = 16 * 1024 * 1024
#: Nodes visited while building data, aliases expanded: stops "billion laughs".
MAX_NODES = 100_000
MAX_DEPTH = 64


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


class YamlError(Unreadable):
    """The file cannot be read as data at all; carries the located problem."""

    def __init__(self, problem: Problem) -> None:
        super().__init__(problem.code, problem.message)
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

    @property
    def text(self) -> str | None:
        """The YAML text this document was parsed from (None for a document built from data)."""
        return self._source

    def _node(self) -> Node:
        """The node graph of the source (composed again: it parsed once already, so it cannot fail now)."""
        from cc_assess import yamlnodes

        if self._root is None:
            assert self._source is not None
            self._root = yamlnodes.compose(self._source)
            assert self._root is not None
        return self._root

    def _indexed(self) -> tuple[dict[KeyPath, Position], dict[KeyPath, Position], dict[KeyPath, RawScalar]]:
        from cc_assess import yamlnodes

        if self._index is None:
            self._index = yamlnodes.index(self._node())
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
        from cc_assess import yamlnodes

        return yamlnodes.locate(self._node(), path, key=key)

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
        raise YamlError(Problem("not-utf8", t("yaml.utf16")))
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8) :]
    if len(data) >= 4 and b"\x00" in data[:64] and _looks_utf16(data[:512]):
        raise YamlError(Problem("not-utf8", t("yaml.utf16-no-bom")))
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        column = exc.start - (data.rfind(b"\n", 0, exc.start) + 1) + 1
        try:
            data.decode("gb18030")
            likely = t("yaml.likely-gbk")
        except UnicodeDecodeError:
            likely = t("yaml.maybe-gbk")
        raise YamlError(
            Problem("not-utf8", t("yaml.not-utf8", byte=f"0x{data[exc.start]:02x}", likely=likely), line, column)
        ) from None
    if "\x00" in text:
        raise YamlError(Problem("binary-file", t("yaml.binary")))
    return text


def read_bytes(path: Path, max_bytes: int) -> bytes:
    """Read at most ``max_bytes``; a larger file is an error, not a slow parse."""
    try:
        # A file descriptor, not a file object: opening a buffered reader costs more than reading a response
        # file (about half of it, measured in instructions per file over a portfolio).
        fd = os.open(path, os.O_RDONLY | _O_BINARY)
        try:
            # Ask for what the file holds, not for max_bytes: a 512 KiB buffer per small file costs more than
            # reading it.  A file that grows while read is still capped.
            size = os.fstat(fd).st_size
            chunk = min(size, max_bytes) + 1 if size else max_bytes + 1
            data = _read(fd, chunk)
            if len(data) == chunk <= max_bytes:
                data += _read(fd, max_bytes + 1 - len(data))
        finally:
            os.close(fd)
    except IsADirectoryError:
        raise YamlError(Problem("unreadable", t("yaml.is-folder"))) from None
    except OSError as exc:
        raise YamlError(Problem("unreadable", t("yaml.unreadable", reason=exc.strerror or exc))) from None
    if len(data) > max_bytes:
        raise YamlError(Problem("too-large", t("yaml.too-large", kib=max_bytes // 1024)))
    return data


_O_BINARY: int = getattr(os, "O_BINARY", 0)  # Windows: no newline translation


def _read(fd: int, size: int) -> bytes:
    """``size`` bytes, fewer only at the end of the file (as a buffered reader's ``read(size)`` gives them)."""
    data = os.read(fd, size)
    while 0 < len(data) < size:
        more = os.read(fd, size - len(data))
        if not more:
            break
        data += more
    return data


def read_yaml(path: Path, max_bytes: int = MAX_RESPONSE_BYTES) -> Document:
    return parse_yaml(decode(read_bytes(path, max_bytes)))


def parse_yaml(text: str) -> Document:
    """Parse one YAML document into a :class:`Document`; a file that cannot be data raises YamlError."""
    from cc_assess import yamlnodes

    data, problems = yamlnodes.parse(text)
    return Document(data, problems=problems, source=text)


def dump_yaml(data: Any) -> str:
    """Deterministic YAML text of plain data (always the pure dumper, so output does not vary by build)."""
    from cc_assess import yamlnodes

    return yamlnodes.dump(data)


def composed_yaml() -> bool:
    """Whether this process has composed any YAML text so far (without importing PyYAML to find out)."""
    yamlnodes = sys.modules.get("cc_assess.yamlnodes")
    return yamlnodes is not None and yamlnodes.composed > 0


def reader_fingerprint() -> bytes:
    """What parsed data depends on besides the text: this reader's code and the PyYAML build, found without
    importing PyYAML (its ``__init__.py`` names the version; a ``_yaml`` extension is the C loader)."""
    import importlib.util

    parts = [Path(__file__).read_bytes(), Path(__file__).with_name("yamlnodes.py").read_bytes()]
    spec = importlib.util.find_spec("yaml")
    if spec is not None and spec.origin is not None:
        origin = Path(spec.origin)
        parts.append(origin.read_bytes())
        parts += sorted(p.name.encode() for p in origin.parent.iterdir() if p.name.startswith("_yaml"))
    return b"\0".join(parts)


def iter_paths(doc: Document) -> Iterator[KeyPath]:
    """Every key path that has a value in the document (for tests and tools)."""
    return iter(doc.values)
