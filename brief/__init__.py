"""brief: turn news articles into structured briefs.

    >>> from brief import key_sentences, summarize
    >>> summarize(open("article.txt").read()).title
    >>> key_sentences(open("article.txt").read(), 3)   # the summarizer alone

Importing `brief` does not import spaCy; the pipeline loads on the first article.
"""

from brief.briefing import Options, brief_articles, key_sentences, summarize
from brief.errors import BriefError, InputError, ModelError, OutputError
from brief.inputs.reading import read_article
from brief.records import SCHEMA, Article, Brief
from brief.version import __version__

__all__ = [
    "SCHEMA",
    "Article",
    "Brief",
    "BriefError",
    "InputError",
    "ModelError",
    "Options",
    "OutputError",
    "__version__",
    "brief_articles",
    "key_sentences",
    "read_article",
    "summarize",
]
