"""The output formats are declared once: every table that renders them follows `FORMATS`."""

from __future__ import annotations

from pathlib import Path
from typing import get_args

import pytest

from brief.digest.run import VIEWS
from brief.render import RENDERERS
from brief.render.data import WRITERS
from brief.render.formats import (
    FORMATS,
    Format,
    choose_format,
    default_format,
    formats_of,
    is_data,
)

NAMES = [spec.name for spec in FORMATS]


def test_the_format_type_and_the_declared_formats_agree() -> None:
    assert list(get_args(Format)) == NAMES


def test_every_format_has_a_renderer() -> None:
    assert sorted(RENDERERS) == sorted(NAMES)


def test_every_data_format_has_a_writer_and_no_text_format_has_one() -> None:
    assert sorted(WRITERS) == sorted(formats_of("data"))
    assert set(formats_of("data")) | set(formats_of("text")) == set(NAMES)


def test_every_format_the_digest_offers_has_a_view() -> None:
    assert sorted(VIEWS) == sorted(spec.name for spec in FORMATS if spec.in_digest)


def test_each_command_has_one_default_format_that_it_writes() -> None:
    assert [spec.name for spec in FORMATS if spec.default] == ["terminal"]
    assert [spec.name for spec in FORMATS if spec.digest_default] == ["markdown"]
    assert default_format() == "terminal" and default_format(digest=True) == "markdown"


@pytest.mark.parametrize(
    ("fmt", "data"), [("terminal", False), ("markdown", False), ("yaml", True), ("jsonl", True)]
)
def test_a_format_says_whether_it_is_data(fmt: Format, data: bool) -> None:
    assert is_data(fmt) is data


@pytest.mark.parametrize(
    ("requested", "output", "configured", "digest", "expected"),
    [
        ("yml", Path("x.md"), "json", False, "yaml"),  # -f wins
        (None, Path("x.jsonl"), "json", False, "jsonl"),  # then the extension
        (None, Path("x.out"), "md", False, "markdown"),  # then the config file
        (None, None, None, False, "terminal"),  # then the default
        (None, None, None, True, "markdown"),
        ("text", Path("x.txt"), "yaml", True, "terminal"),  # the digest's terminal view
        (None, Path("x.txt"), "yaml", True, "terminal"),
    ],
)
def test_choose_format_takes_the_flag_then_the_extension_then_the_config(
    requested: str | None, output: Path | None, configured: str | None, digest: bool, expected: str
) -> None:
    assert choose_format(requested, output, configured, digest=digest) == expected
