"""Making article text safe to show: no control characters reach a terminal or a document.

Two steps, at two places. A record's text field (`field_text`, applied where the extractors
build records) is the article's words on one line: line breaks of every system become spaces,
and terminal escape sequences and other control characters, which carry no words, are left out.
A renderer then shows what is left (`printable`, `one_line`), escaping what a terminal or a
document would act on: bidirectional overrides and lone surrogates.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

# A quotation a glance shows whole has at most this many words; a longer one shows its first
# sentence, or its first words, and an ellipsis.
GLANCE_WORDS = 25
# A partial quotation shown in its writer's words keeps this many words after it at a glance.
FRAME_TAIL_WORDS = 3
# Not after an initial or a short title: "Leanne L. Hivley", "Mr. Smith" go on.
_SENTENCE_END = re.compile(
    r"(?<!\b[A-Z])(?<!\bMr)(?<!\bMrs)(?<!\bMs)(?<!\bDr)(?<!\bSt)(?<!\bJr)(?<!\bSr)"
    r"[.!?][’”'\"]?\s"
)

# C0 controls except tab and newline, DEL, C1 controls (ESC and CSI start ANSI/OSC sequences),
# bidirectional overrides that can reorder what a reader sees, and lone surrogates (only a library
# caller can pass them, and no output stream can encode them).
UNSAFE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")
# Terminal escape sequences (ANSI colours, cursor moves, OSC window titles; 7- and 8-bit) scraped
# along with an article: their parameters ("[31m", "]0;title") are not words.
ESCAPE_SEQUENCE = re.compile(
    r"(?:\x1b\[|\x9b)[0-?]*[ -/]*[@-~]"  # CSI: colours, cursor moves, screen clears
    r"|(?:\x1b\]|\x9d)[^\x07\x1b\x9c\n]{0,512}(?:\x07|\x1b\\|\x9c)"  # OSC: titles, links
)
# A run of white space, and what makes one a break between lines: a line break of any system
# ("\r\n", "\r", "\n", NEL, U+2028, U+2029), a tab, or another control that separates words
# (vertical tab, form feed, the information separators).
_SPACE_RUN = re.compile(r"\s+")
_BREAKING = re.compile(r"[\t\n\x0b\x0c\r\x1c-\x1f\x85\u2028\u2029]")
# Controls that separate nothing: NUL, BEL, ESC left over from a broken sequence, DEL, C1.
_WORDLESS = re.compile(r"[\x00-\x08\x0e-\x1b\x7f-\x84\x86-\x9f]")


def field_text(raw: str) -> str:
    """The article's characters `raw` as a record's text field: one line, no control character.

    Every line break, tab or separating control, with the space around it, becomes one space;
    escape sequences and other controls are left out; the ends are trimmed. Offsets still point
    at `raw` in the article: only the field's text is cleaned, never the article.
    """
    text = _WORDLESS.sub("", ESCAPE_SEQUENCE.sub("", raw))
    return _SPACE_RUN.sub(_one_space, text).strip()


def _one_space(run: re.Match[str]) -> str:
    """A run of white space holding a break is one space; spaces within a line stay as written."""
    return " " if _BREAKING.search(run.group()) else run.group()


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


def framed(words: str, frame: str | None, full: bool) -> str | None:
    """A partial quotation in the writer's words around it (`frame`, which holds its own
    marks), as the article has it: peace was “closer than ever.”, where “closer than ever.”
    alone says little; None when the frame adds nothing. A frame of a glance's length is
    shown whole; a longer one keeps the quoted words, the words right before them and a few
    after (more after when there are few before)."""
    inside = one_line(words)
    around = _closed(one_line(frame)) if frame else ""
    at = around.find(inside) if inside else -1
    room = GLANCE_WORDS - len(inside.split()) - FRAME_TAIL_WORDS
    if at < 0 or len(around) <= len(inside) + 2 or (room < 0 and not full):
        return None
    if full or len(around.split()) <= GLANCE_WORDS:
        return around
    left, right = around[:at].split(" "), around[at + len(inside) :].split(" ")
    head = _from_outside(left[-(room + 1) :])  # the last item is glued to the quote: its mark
    spare = room + 1 - len(head)  # room the words before it leave unused
    tail = _to_outside(right[: FRAME_TAIL_WORDS + spare + 1])  # the first holds the closing mark
    return (
        ("… " if len(head) < len(left) else "")
        + " ".join(head)
        + inside
        + " ".join(tail)
        + (" …" if len(tail) < len(right) else "")
    )


def _to_outside(tail: list[str]) -> list[str]:
    """The words after a quote, cut before another quotation they open and do not close: "but
    we now" of 'but we now “know what it takes …”', never 'but we now “know …'."""
    for index in range(len(tail) - 1, 0, -1):  # the first word holds the quote's own mark
        if tail[index][:1] in '“"' and not _closes(" ".join(tail[index:])):
            return tail[:index]
    return tail


def _from_outside(head: list[str]) -> list[str]:
    """The words before a quote, starting after the end of an earlier quotation whose start
    they leave out: "but we now" of '… a few weeks later,” but we now “know'."""
    for index in range(len(head) - 2, -1, -1):  # the last word holds the quote's opening mark
        if "”" in head[index] and "“" not in " ".join(head[: index + 1]):
            return head[index + 1 :]
    return head


def _closes(text: str) -> bool:
    return text.count("“") <= text.count("”") and text.count('"') % 2 == 0


def _closed(text: str) -> str:
    """`text` with a closing mark for a quotation it opens and does not close (a frame that
    ends inside the quote it frames: by “these serious allegations)."""
    if text.count("“") > text.count("”"):
        return text + "”"
    if text.count('"') % 2:
        return text + '"'
    return text


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
