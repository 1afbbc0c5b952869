"""Making article text safe to show: no control characters reach a terminal or a document."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

# A quotation a glance shows whole has at most this many words; a longer one shows its first
# sentence, or its first words, and an ellipsis.
GLANCE_WORDS = 25
_SENTENCE_END = re.compile(r"[.!?][’”'\"]?\s")

# C0 controls except tab and newline, DEL, C1 controls (ESC and CSI start ANSI/OSC sequences),
# bidirectional overrides that can reorder what a reader sees, and lone surrogates (only a library
# caller can pass them, and no output stream can encode them).
UNSAFE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")


def printable(text: str) -> str:
    """`text` with every control character shown as a visible escape like "\\x1b"."""
    return UNSAFE.sub(_escape, text)


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code <= 0xFF else f"\\u{code:04x}"


def one_line(text: str) -> str:
    """`text` on one line, control characters made visible, runs of space collapsed."""
    return " ".join(printable(text).split())


def quoted(text: str) -> str:
    """A quotation shown between curly marks, on one line."""
    return f"“{one_line(text)}”"


def attributed(text: str, speaker: str | None) -> str:
    """A key sentence on one line, with whose words it is when it is a quotation: “…” — Name."""
    return one_line(text) + (f" — {one_line(speaker)}" if speaker else "")


def clipped(text: str, words: int = GLANCE_WORDS) -> str:
    """`text` on one line, cut when longer than `words` words: after its first sentence when
    that is short enough, else after `words` words, with " …" to say something was left out."""
    whole = one_line(text)
    if len(whole.split()) <= words:
        return whole
    end = _SENTENCE_END.search(whole)
    if end is not None and len(whole[: end.end()].split()) <= words:
        return whole[: end.end()].rstrip() + " …"
    return " ".join(whole.split()[:words]) + " …"


def numbered(lines: Sequence[str]) -> Iterator[str]:
    """Each line after its number (from 1, right-aligned), control characters made visible."""
    width = len(str(len(lines)))
    for number, line in enumerate(lines, start=1):
        yield f"{number:>{width}}  {printable(line)}".rstrip()
