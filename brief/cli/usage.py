"""How the command line reads like a Unix tool: man-page help and one-line usage errors.

Help is plain text laid out by click (paragraphs wrapped to the terminal, examples kept as
written between `\\b` markers), never rich markup, so `pip install 'brief[scale]'` prints as
written and nothing is drawn in boxes. Arguments read `FILE...` and options `-n, --sentences N`,
never `<list[str]>` or `{FILE...}...`. A usage error is one line, `brief: error: ...`, exit 2;
option values are checked here so the line says what is wanted, in words.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, NoReturn

import typer
from typer import _click  # Typer's own click: its exceptions and help formatter
from typer.core import TyperCommand, TyperGroup

from brief.cli.machine import say
from brief.render.text import one_line

EXIT_USAGE = 2  # brief.cli.app lists every exit code


class BriefGroup(TyperGroup):
    """The `brief` command group: usage errors become one line on stderr, exit 2."""

    def main(  # type: ignore[override]
        self,
        args: Sequence[str] | None = None,
        prog_name: str | None = None,
        complete_var: str | None = None,
        standalone_mode: bool = True,
        **extra: Any,
    ) -> Any:
        """Run the command; a usage error is reported in one line instead of click's block."""
        try:
            code = super().main(args, prog_name, complete_var, standalone_mode=False, **extra)
        except _click.exceptions.NoArgsIsHelpError as error:
            error.show()  # `brief` alone: the help, on stderr
            code = EXIT_USAGE
        except _click.exceptions.UsageError as error:
            usage_error(error)
        except _click.exceptions.ClickException as error:
            say(f"brief: error: {one_line(error.format_message())}\n")
            code = error.exit_code
        except typer.Abort:
            say("brief: error: aborted\n")
            code = 1
        if not standalone_mode:
            return code
        sys.exit(code if isinstance(code, int) else 0)


def usage_error(error: _click.exceptions.UsageError) -> NoReturn:
    """Report a usage error in one line naming what was wrong, and exit 2."""
    say(f"brief: error: {usage_message(error)}\n")
    sys.exit(EXIT_USAGE)


def usage_message(error: _click.exceptions.UsageError) -> str:
    """The one line for a usage error: "-n/--sentences: must be at least 1, not 0 (see ...)"."""
    if isinstance(error, _click.exceptions.BadParameter) and not isinstance(
        error, _click.exceptions.MissingParameter
    ):
        message = f"{_hint(error)}: {error.message}"
    elif isinstance(error, _click.exceptions.NoSuchOption):
        message = f"no such option: {error.option_name}"
        if error.possibilities:
            message += f" (did you mean {' or '.join(sorted(error.possibilities))}?)"
    else:
        message = error.format_message()
        message = message[:1].lower() + message[1:]
    message = message.rstrip(".")
    if error.ctx is not None:
        message += f" (see '{error.ctx.command_path} --help')"
    return one_line(message)


def _hint(error: _click.exceptions.BadParameter) -> str:
    """The option or argument a bad value was given to: "-n/--sentences", "FILE"."""
    if error.param_hint is not None:
        hints = [error.param_hint] if isinstance(error.param_hint, str) else error.param_hint
        return "/".join(hint.strip("'") for hint in hints)
    if error.param is None:
        return "value"
    if error.param.param_type_name == "option":
        return "/".join(error.param.opts)
    return argument_name(error.param)


class BriefCommand(TyperCommand):
    """A `brief` command whose help reads like a man page."""

    def collect_usage_pieces(self, ctx: _click.Context) -> list[str]:
        """`[OPTIONS] FILE...`: arguments by name, optional ones in brackets."""
        pieces = [self.options_metavar] if self.options_metavar else []
        for param in self.get_params(ctx):
            if param.param_type_name == "argument":
                name = argument_name(param)
                pieces.append(name if param.required else f"[{name}]")
        return pieces

    def format_options(self, ctx: _click.Context, formatter: _click.HelpFormatter) -> None:
        """Arguments by name and help; options as click lays them out, metavars as declared."""
        params = self.get_params(ctx)
        arguments = [
            (argument_name(param), getattr(param, "help", None) or "")
            for param in params
            if param.param_type_name == "argument" and not getattr(param, "hidden", False)
        ]
        if arguments:
            with formatter.section("Arguments"):
                formatter.write_dl(arguments)
        options = [
            record
            for param in params
            if param.param_type_name == "option"
            and (record := param.get_help_record(ctx)) is not None
        ]
        if options:
            with formatter.section("Options"):
                formatter.write_dl(options)


def argument_name(param: _click.Parameter) -> str:
    """`FILE...` for an argument that takes several values, `FILE` for one."""
    name = param.metavar or (param.name or "").upper()
    return f"{name}..." if param.nargs != 1 else name


def whole_number(minimum: int = 1) -> Callable[[str], int]:
    """A parser for a count option: a whole number of at least `minimum`."""

    def parse(value: str) -> int:
        try:
            number = int(value)
        except ValueError:
            raise typer.BadParameter(f"must be a whole number, not '{one_line(value)}'") from None
        if number < minimum:
            raise typer.BadParameter(f"must be at least {minimum}, not {number}")
        return number

    return parse


def share(value: str) -> float:
    """A parser for a share: a number above 0 and at most 1."""
    try:
        number = float(value)
    except ValueError:
        raise typer.BadParameter(f"must be a number like 0.2, not '{one_line(value)}'") from None
    if not 0 < number <= 1:
        raise typer.BadParameter(f"must be above 0 and at most 1, not {value}")
    return number


def one_of(*choices: str) -> Callable[[str], str]:
    """A parser for an option that takes one of a few words."""

    def parse(value: str) -> str:
        if value.lower() not in choices:
            wanted = f"{', '.join(choices[:-1])} or {choices[-1]}"
            raise typer.BadParameter(f"must be {wanted}, not '{one_line(value)}'")
        return value.lower()

    return parse


def sections(value: str) -> frozenset[str]:
    """A parser for a list of a brief's sections ("summary,quotes"), from the one list of
    them (`brief.render.view.SECTIONS`)."""
    from brief.render.view import parse_sections

    try:
        return parse_sections(value)
    except ValueError as error:
        raise typer.BadParameter(str(error)) from None


def path(value: str) -> Path:
    """A parser for a file or folder option: an empty name is refused, not taken as "."."""
    if not value.strip():
        raise typer.BadParameter("needs a path, not an empty name")
    return Path(value)
