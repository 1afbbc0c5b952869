"""Given names from a kept data package: whether a word is a common first name, and of whom.

The `names` package (MIT) ships the US Census Bureau's 1990 lists of first names (public domain)
with each name's share of the men and the women counted. A first name is evidence, never a
verdict: it says a two-word name is probably a person's ("Bonnie Young"), where a person's name
starts inside a longer span ("Volunteer Coordinator Bonnie Young"), and, as the last tie-break
when the article itself says nothing, a person's gender. The lists are US names of 1990, so
silence means nothing: most of the world's given names are missing.

Loading reads two small text files (about 6,000 names), once per process, on first use.
"""

from __future__ import annotations

from functools import cache
from typing import Literal

# The smallest share (in percent of the people counted) that makes a first name common: it
# keeps "Dave" (0.053) and "Ronny" (0.007) out of ordinary-word territory, and leaves out
# "China" (0.001), "Paris" (0.004) and "Santa" (0.006).
COMMON_SHARE = 0.003
# How much more often one sex carries a name than the other before it tells a gender.
GENDER_RATIO = 9.0

Sex = Literal["m", "f"]


def is_given_name(word: str) -> bool:
    """A common first name in the census lists ("Robert", "Bonnie"), in any case."""
    return given_name_share(word) >= COMMON_SHARE


def given_name_share(word: str) -> float:
    """The share (percent) of the people counted who carry the first name, the larger of men's
    and women's: 3.1 for "Robert", 0.05 for "Alfredo", 0 for a name the lists lack."""
    shares = _shares().get(word.upper())
    return max(shares) if shares is not None else 0.0


def name_gender(word: str) -> Sex | None:
    """The sex a first name is given to, when the census shows it far more often for one sex
    ("Robert" m, "Bonnie" f); None for names given to both ("Jordan"), rare or unknown ones."""
    shares = _shares().get(word.upper())
    if shares is None or max(shares) < COMMON_SHARE:
        return None
    male, female = shares
    if male >= GENDER_RATIO * female:
        return "m"
    if female >= GENDER_RATIO * male:
        return "f"
    return None


@cache
def _shares() -> dict[str, tuple[float, float]]:
    """Each census first name with its share of men and of women (percent)."""
    from importlib.resources import files

    shares: dict[str, list[float]] = {}
    for column, filename in enumerate(("dist.male.first", "dist.female.first")):
        for line in files("names").joinpath(filename).read_text(encoding="ascii").splitlines():
            fields = line.split()
            if len(fields) >= 2:
                shares.setdefault(fields[0], [0.0, 0.0])[column] = float(fields[1])
    return {name: (male, female) for name, (male, female) in shares.items()}
