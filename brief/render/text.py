"""Making article text safe to show: no control characters reach a terminal or a document."""

from __future__ import annotations

import re

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
