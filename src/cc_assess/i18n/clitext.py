"""The command line in the tool language: help of the app, of every command and option, and typer's own words.

Help texts stay English in :mod:`cc_assess.cli` (readable next to the code); their Chinese is in the message
table under ``help.<command path>`` (``help.cc-assess`` for the app, ``help.catalogue.show`` for a
subcommand) and ``help.<command path>.<parameter name>`` (``help.validate.format``).  A test checks that every
command and option has both, and that the English in the table is the English in the code.

typer (0.29) ships its own copy of click whose words ("Usage:", "Error:", "No such option: …") are English
f-strings, not gettext calls, so they cannot be translated at their source.  They are translated here, in one
place, on the text typer produces: :data:`_CLICK_WORDS` lists each English pattern and its table key.

In English the app behaves as typer makes it, but for one word: typer 0.29 checks choices through pydantic,
whose messages start "Value error, ", which is taken out.
"""

from __future__ import annotations

import inspect
import io
import re
import sys
from collections.abc import Iterator, Sequence
from typing import Any

from typer import _click
from typer.core import TyperGroup
from typer.exceptions import Abort

from cc_assess.i18n import t_in, tool_language
from cc_assess.i18n.table import MESSAGES

#: English phrases of typer/click and the key of their translation, most specific first.  The groups of each
#: pattern are the placeholders of the message, in order.
_CLICK_WORDS: tuple[tuple[re.Pattern[str], str, tuple[str, ...]], ...] = tuple(
    (re.compile(pattern, re.MULTILINE), key, names)
    for pattern, key, names in (
        (r"^Usage: ", "click.usage", ()),
        (r"^Try '([^'\n]*)' for help\.$", "click.try-help", ("command",)),
        (r"^Error: ", "click.error", ()),
        (r"^Arguments:$", "click.arguments", ()),
        (r"^Options:$", "click.options", ()),
        (r"^Commands:$", "click.commands", ()),
        (r"Show this message and exit\.", "click.help-option", ()),
        (r"\[default: ", "click.default", ()),
        (r"\[required\]", "click.required", ()),
        (r"\(Possible options: ([^)\n]*)\)", "click.possible-options", ("options",)),
        (r"No such option: (\S+)", "click.no-such-option", ("option",)),
        (r"No such command '([^'\n]*)'\.", "click.no-such-command", ("name",)),
        (r"Missing command\.", "click.missing-command", ()),
        (r"Missing argument '([^'\n]*)'\.", "click.missing-argument", ("name",)),
        (r"Missing option '([^'\n]*)'\.", "click.missing-option", ("name",)),
        (r"Missing parameter: (\S+)", "click.missing-parameter", ("name",)),
        (r"Invalid value for ('[^'\n]*'(?: / '[^'\n]*')*): (?:Value error, )?", "click.invalid-value-for", ("name",)),
        (r"Invalid value: (?:Value error, )?", "click.invalid-value", ()),
        (r"'([^'\n]*)' is not one of ([^\n]*?)\.$", "click.not-one-of", ("value", "choices")),
        (r"Got unexpected extra arguments? \(([^)\n]*)\)", "click.extra-arguments", ("arguments",)),
        (r"Option '([^'\n]*)' does not take a value\.", "click.no-value", ("option",)),
        (r"Option '([^'\n]*)' requires an argument\.", "click.needs-value", ("option",)),
        (r"Option '([^'\n]*)' requires (\d+) arguments\.", "click.needs-values", ("option", "count")),
        (r"Did you mean ([^\n?]*)\?", "click.did-you-mean", ("names",)),
        (r"Input should be a valid integer, unable to parse string as an integer", "click.not-integer", ()),
        (r"Input should be a valid number, unable to parse string as a number", "click.not-number", ()),
        (r"Input should be greater than or equal to (\S+)", "click.at-least", ("minimum",)),
        (r"^Aborted!$", "click.aborted", ()),
    )
)


#: typer 0.29 checks a choice through pydantic, whose message starts "Value error, ": jargon to a user.
_PYDANTIC_PREFIX = re.compile(
    r"^(Error: Invalid value(?: for '[^'\n]*'(?: / '[^'\n]*')*)?: )Value error, ", re.MULTILINE
)


def translate_click_words(text: str, lang: str = "zh") -> str:
    """``text`` as typer wrote it, with typer's and click's English phrases in ``lang`` (in English, only
    pydantic's "Value error, " is taken out)."""
    if lang != "zh":
        return _PYDANTIC_PREFIX.sub(r"\1", text)
    for pattern, key, names in _CLICK_WORDS:

        def replace(match: re.Match[str], key: str = key, names: tuple[str, ...] = names) -> str:
            return t_in("zh", key, **dict(zip(names, match.groups(), strict=True)))

        text = pattern.sub(replace, text)
    return text


def help_key(path: Sequence[str], param: str | None = None) -> str:
    """The table key of a command's help (``path`` below the app) or of one of its parameters."""
    key = "help." + (".".join(path) if path else "cc-assess")
    return f"{key}.{param}" if param else key


def walk(command: _click.Command, path: tuple[str, ...] = ()) -> Iterator[tuple[tuple[str, ...], _click.Command]]:
    """Every command of the tree under ``command`` with its path of names (the app's path is empty)."""
    yield path, command
    for name, sub in getattr(command, "commands", {}).items():
        yield from walk(sub, (*path, name))


def _short(help_text: str) -> str:
    """The first sentence of a Chinese help text, for the list of commands (click's shortening needs spaces)."""
    first = help_text.split("\n\n", 1)[0].replace("\n", "")
    end = first.find("。")
    return first[: end + 1] if end >= 0 else first


class _LocalisedContext(_click.Context):
    """A context whose help and usage text speak the tool language."""

    def get_usage(self) -> str:
        return translate_click_words(super().get_usage())

    def get_help(self) -> str:
        return translate_click_words(super().get_help())


def table_key_of(text: str | None) -> str | None:
    """The key of a help text that cli.py took from the table itself (``help=t(key)``), if it did."""
    if not _REVERSE:
        _REVERSE.update({text: key for key, pair in MESSAGES.items() for text in pair})
    return _REVERSE.get(text) if text else None


_REVERSE: dict[str, str] = {}


def _help(key: str, text: str | None, lang: str) -> str | None:
    if key in MESSAGES:
        return t_in("zh" if lang == "zh" else "en", key)
    found = table_key_of(text)
    return t_in("zh" if lang == "zh" else "en", found) if found is not None else text


def localise(root: _click.Command, lang: str = "zh") -> None:
    """Put the help texts of ``lang`` on every command and parameter of the tree, and localised contexts."""
    for path, command in walk(root):
        command.context_class = _LocalisedContext
        if command.help is not None:
            command.help = _help(help_key(path), inspect.cleandoc(command.help), lang)
            if lang == "zh" and command.short_help is None and command.help:
                command.short_help = _short(command.help)
        for param in command.params:
            text = getattr(param, "help", None)
            if text is not None:
                param.help = _help(help_key(path, param.name), text, lang)  # type: ignore[attr-defined]


class LocalisedGroup(TyperGroup):
    """The app's group: in Chinese, it localises the help of the whole tree and typer's own messages first."""

    def main(  # type: ignore[override]
        self,
        args: Sequence[str] | None = None,
        prog_name: str | None = None,
        complete_var: str | None = None,
        standalone_mode: bool = True,
        **extra: Any,
    ) -> Any:
        lang = tool_language()
        if lang == "zh":
            localise(self)
        try:
            result = super().main(args, prog_name, complete_var, False, **extra)
        except _click.exceptions.ClickException as exc:
            if not standalone_mode:
                raise
            buffer = io.StringIO()
            exc.show(buffer)
            sys.stderr.write(translate_click_words(buffer.getvalue(), lang))
            sys.stderr.flush()
            sys.exit(exc.exit_code)
        except Abort:
            if not standalone_mode:
                raise
            sys.stderr.write(t_in(lang, "click.aborted") + "\n")
            sys.exit(1)
        if not standalone_mode:
            return result
        sys.exit(result if isinstance(result, int) else 0)


def cleandoc(text: str | None) -> str:
    """A help text as click shows it (for tests comparing the code's English with the table's)."""
    return inspect.cleandoc(text or "")
