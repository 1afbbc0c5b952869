"""Typography normalisation for the model, one character for one character.

spaCy's small English pipeline was trained on ASCII-ish text: a curly apostrophe in "won’t" makes
it tag "n’t" as a place, and curly quotes hide quotation boundaries from the parser. Every
replacement here maps one character to exactly one character, so the normalised text has the same
length as the original and every offset computed on it points into the original unchanged.
"""

from __future__ import annotations

import re

from brief.render.text import ESCAPE_SEQUENCE

_SAME_LENGTH = str.maketrans(
    {
        "\u2018": "'",  # ‘
        "\u2019": "'",  # ’
        "\u201a": "'",  # ‚
        "\u201b": "'",  # ‛
        "\u2032": "'",  # ′
        "\u201c": '"',  # “
        "\u201d": '"',  # ”
        "\u201e": '"',  # „
        "\u201f": '"',  # ‟
        "\u2033": '"',  # ″
        "\u00ab": '"',  # «
        "\u00bb": '"',  # »
        "\u2010": "-",  # hyphen
        "\u2011": "-",  # non-breaking hyphen
        "\u2012": "-",  # figure dash
        "\u2013": "-",  # en dash
        "\u2014": "-",  # em dash
        "\u2015": "-",  # horizontal bar
        "\u2212": "-",  # minus sign
        "\u00a0": " ",  # no-break space
        "\u2007": " ",
        "\u202f": " ",
        "\u2009": " ",
        "\u200a": " ",
        "\u200b": " ",  # zero-width space
        "\u200c": " ",
        "\u200d": " ",
        "\u2060": " ",
        "\ufeff": " ",
        "\u2028": "\n",  # line separator
        "\u2029": "\n",  # paragraph separator
        "\u0085": "\n",
    }
)

# Control characters other than tab and newline carry no meaning for the model.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x84\x86-\x9f]")
# A carriage return before a newline is part of one line break; a lone one is a break itself.
_CR_BEFORE_LF = re.compile(r"\r(?=\n)")


def normalize(text: str) -> str:
    """Return `text` with typography made plain, keeping its length and every offset.

    Curly quotes become straight ones, dashes become "-", exotic spaces become spaces, and
    control characters and terminal escape sequences become spaces; "\\r\\n" becomes " \\n" and a
    lone "\\r" becomes "\\n".
    """
    text = ESCAPE_SEQUENCE.sub(lambda match: " " * len(match.group()), text)
    text = _CR_BEFORE_LF.sub(" ", text)
    text = text.replace("\r", "\n")
    text = _CONTROL.sub(" ", text)
    return text.translate(_SAME_LENGTH)
