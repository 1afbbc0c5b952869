"""What kind of quotation a stretch is: a direct quote standing as a sentence, a partial one
inside the writer's sentence, or quotation marks around something nobody says (a title, a name,
a handle, a scare quote), which is left out of the brief."""

from __future__ import annotations

import re

from brief.extract.attribution.context import Attribution
from brief.extract.lexicon import title_case_share
from brief.quote_marks import CLOSING_MARKS, QUOTE_MARKS, Marks
from brief.records import QuoteKind

# A stretch no one says, this short or in title case, is a name, a title or a scare quote.
MAX_UNSAID_WORDS = 4
MAX_TITLE_WORDS = 8


def quote_kind(text: str, marks: Marks, quoted: str) -> QuoteKind:
    """Direct when the quote stands as a sentence: capitalised, and not inside a clause."""
    window = text[max(0, marks.opening - 40) : marks.opening]
    line_start = not window.split("\n")[-1].strip() and ("\n" in window or marks.opening <= 40)
    before = window.rstrip()
    opens_clause = line_start or not before or before[-1] in ".:,!?;—–-([" + CLOSING_MARKS
    first = quoted[:1]
    if opens_clause and (first.isupper() or first.isdigit() or first in "[(…."):
        return "direct"
    return "partial"


# Words before a quotation mark that make what follows a term, not anyone's words.
TERM_BEFORE = re.compile(
    r"(?:\bso[- ]called|\bthe (?:word|words|term|phrase|label|hashtag|slogan|title)s?"
    r"|\b(?:known|billed|marketed|branded) as)[^\S\n]*$",
    re.IGNORECASE,
)
# A nickname stands between a name's parts: Lee “Faker” Sang-hyeok.
NAME_WORD_BEFORE = re.compile(r"\b[A-Z][\w.'’-]*[^\S\n]$")
NAME_WORD_AFTER = re.compile(r"[^\S\n][A-Z][\w'’-]*")
MAX_NICKNAME_WORDS = 3


def not_speech(
    text: str, marks: Marks, quoted: str, kind: QuoteKind, attribution: Attribution | None
) -> bool:
    """Quotation marks around something nobody says, left out of the brief: a title or slogan
    in title case, a handle, a nickname inside a name, a so-called term, a short stretch that no
    reporting clause governs, or one that a verb governs without reporting speech and that is
    capitalised (a title: watched “Parasite”) or names no speaker (a scare quote: of being
    “good”)."""
    said = attribution is not None and (attribution.speaker is not None or attribution.cue)
    if not said and unsaid(quoted, kind):
        return True
    if is_title(quoted):
        return True  # a title, a name or a slogan, even standing alone: “Magic Man,” “LMDE”
    if kind != "partial":
        return False
    if TERM_BEFORE.search(text, max(0, marks.opening - 30), marks.opening):
        return True
    short = len(quoted.split()) <= MAX_UNSAID_WORDS
    if (
        short
        and attribution is not None
        and not attribution.says
        and (attribution.speaker is None or quoted[:1].isupper())
    ):
        return True  # a title (watched “Parasite”) or a scare quote (of being “good”)
    if not quoted[:1].isupper():
        return False
    return len(quoted.split()) <= MAX_NICKNAME_WORDS and _inside_name(text, marks)


def _inside_name(text: str, marks: Marks) -> bool:
    """Capitalised name words right before and after the marks, and no sentence ending inside
    them: Lee “Faker” Sang-hyeok."""
    if text[marks.start : marks.end].rstrip()[-1:] in ".,;:!?":
        return False
    before = NAME_WORD_BEFORE.search(text, max(0, marks.opening - 40), marks.opening)
    after = marks.end + 1 if marks.closed else marks.end
    return before is not None and NAME_WORD_AFTER.match(text, after) is not None


def unsaid(text: str, kind: QuoteKind) -> bool:
    """A stretch nobody says when no reporting clause governs it: short, a title, a handle or an
    address."""
    words = text.split()
    if text.startswith(("@", "#", "http", "www.")):
        return True
    return len(words) <= MAX_UNSAID_WORDS or (kind == "partial" and is_title(text))


def is_title(text: str) -> bool:
    """Title case ("Face the Nation", "Coalition of the Willing"): a name, not speech."""
    words = [w.strip(QUOTE_MARKS + ".,:;!?()") for w in text.split()]
    words = [w for w in words if w]
    if len(words) < 2 or len(words) > MAX_TITLE_WORDS or text.rstrip()[-1:] in ".!?":
        return False
    capitalised, counted = title_case_share(" ".join(w for w in words if not w[0].isdigit()))
    return capitalised == counted and (counted > 0 or any(w[0].isdigit() for w in words))
