"""The collector's start-up mode: rare collections until the pipeline is loaded, then as usual."""

from __future__ import annotations

import gc
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from brief import collector


@pytest.fixture
def restored() -> Iterator[None]:
    """Leave this test process's collector as it found it."""
    thresholds = gc.get_threshold()
    yield
    collector._usual.clear()
    gc.set_threshold(*thresholds)
    gc.unfreeze()


def test_start_up_collects_rarely_then_as_before(restored: None) -> None:
    before = gc.get_threshold()
    collector.quiet_start_up()
    assert gc.get_threshold()[0] == collector.START_UP_THRESHOLD
    assert gc.get_threshold()[1:] == before[1:]
    collector.start_up_done()
    assert gc.get_threshold() == before
    assert gc.get_freeze_count() > 0


def test_a_second_call_keeps_the_usual_thresholds(restored: None) -> None:
    before = gc.get_threshold()
    collector.quiet_start_up()
    collector.quiet_start_up()
    collector.start_up_done()
    assert gc.get_threshold() == before


def test_a_library_callers_collector_is_left_alone(restored: None) -> None:
    gc.unfreeze()
    before = gc.get_threshold()
    collector.start_up_done()
    assert gc.get_threshold() == before
    assert gc.get_freeze_count() == 0


def test_the_command_line_ends_start_up_when_the_model_is_loaded(
    tmp_path: Path, seed_text: str
) -> None:
    """In a real `brief` process: the collector is back to its usual thresholds after a brief,
    and what start-up created is frozen."""
    article = tmp_path / "article.txt"
    article.write_text(seed_text, encoding="utf-8")
    probe = (
        "import atexit, gc, sys\n"
        "usual = gc.get_threshold()\n"
        "atexit.register(lambda: print(gc.get_threshold() == usual, gc.get_freeze_count() > 0,"
        " file=sys.stderr))\n"
        "sys.argv = ['brief', 'summarize', sys.argv[1], '-f', 'json']\n"
        "from brief.cli import main\n"
        "main()\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe, str(article)], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    assert result.stderr.strip().splitlines()[-1] == "True True"
