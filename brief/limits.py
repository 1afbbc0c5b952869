"""Limits more than one layer needs, kept apart so that none has to import another for them."""

# The most text an input may hold, in bytes: about 250 long news articles. A long text is parsed
# in chunks (`brief.nlp.pipeline`): about 350 MB plus 200-250 MB per MB of text (docs/speed.md),
# so 5 MB peaks at 1.3 GB, which a 2 GB box holds; `--max-bytes` raises or lowers it. For a web
# page it limits the article text extracted from the page; the page's HTML (scripts, styles and
# menus included) may be up to `brief.inputs.fetch.RAW_LIMIT` bytes.
DEFAULT_MAX_BYTES = 5_000_000
