"""Atomic writes: a reader sees the old file or the whole new one, never half; the folder is
checked before any work; an output that is an input, under any name, is recognised."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from brief.errors import OutputError
from brief.output import check_folder, same_file, write_atomically


def test_an_interrupted_stream_leaves_the_old_file_whole(tmp_path: Path) -> None:
    target = tmp_path / "digest.md"
    target.write_text("yesterday\n")

    def parts():  # type: ignore[no-untyped-def]
        yield "# Today\n"
        raise OSError(28, "No space left on device")

    with pytest.raises(OutputError, match="cannot be written"):
        write_atomically(target, parts())
    assert target.read_text() == "yesterday\n"
    assert [p.name for p in tmp_path.iterdir()] == ["digest.md"]
    write_atomically(target, iter(["# Today\n", "- news\n"]))
    assert target.read_text() == "# Today\n- news\n"


def test_a_new_file_gets_the_usual_permissions_and_a_replaced_one_keeps_its_own(
    tmp_path: Path,
) -> None:
    umask = os.umask(0o027)
    try:
        fresh = tmp_path / "fresh.md"
        write_atomically(fresh, "new\n")
        assert fresh.stat().st_mode & 0o777 == 0o640  # 0o666 less the umask, as open() gives
        kept = tmp_path / "kept.md"
        kept.write_text("old\n")
        kept.chmod(0o604)
        write_atomically(kept, "new\n")
        assert (kept.read_text(), kept.stat().st_mode & 0o777) == ("new\n", 0o604)
    finally:
        os.umask(umask)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["fresh.md", "kept.md"]


def test_an_interrupt_while_writing_keeps_the_old_file_and_is_not_swallowed(
    tmp_path: Path,
) -> None:
    target = tmp_path / "brief.md"
    target.write_text("yesterday\n")

    def parts() -> Iterator[str]:
        yield "# Today\n"
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        write_atomically(target, parts())
    assert target.read_text() == "yesterday\n"
    assert [p.name for p in tmp_path.iterdir()] == ["brief.md"]


def test_the_folder_is_checked_before_any_work(tmp_path: Path) -> None:
    assert check_folder(tmp_path / "brief.md") == tmp_path
    assert check_folder(Path("brief.md")) == Path(".")  # a bare name: the current folder
    missing = tmp_path / "nowhere" / "brief.md"
    with pytest.raises(OutputError) as error:
        check_folder(missing)
    assert str(error.value) == f"{missing}: folder {tmp_path / 'nowhere'} does not exist"
    pieces_asked = []

    def pieces() -> Iterator[str]:
        pieces_asked.append(1)
        yield "never written"

    with pytest.raises(OutputError, match="does not exist"):
        write_atomically(missing, pieces())
    assert pieces_asked == []  # the output was not even started


def test_the_same_file_is_recognised_under_any_name(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text("text")
    (tmp_path / "link.txt").symlink_to(article)
    os.link(article, tmp_path / "hard.txt")
    (tmp_path / "other.txt").write_text("text")
    (tmp_path / "sub").mkdir()
    assert same_file(article, tmp_path / "sub" / ".." / "a.txt")
    assert same_file(article, tmp_path / "link.txt")
    assert same_file(article, tmp_path / "hard.txt")
    assert not same_file(article, tmp_path / "other.txt")  # the same contents, another file
    assert not same_file(article, tmp_path / "new.txt")  # an output not yet written
