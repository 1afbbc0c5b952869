"""`brief digest`: what spans a day's articles, and the digest written from it.

- `builder`: `DigestBuilder` folds briefs one at a time into a `Digest` (people, quotes, numbers);
- `stories`: near-duplicate articles grouped as one story;
- `run`: one digest run, from inputs to the written file, in flat memory;
- `render_markdown`, `render_data`: the digest's Markdown and its JSON Lines / YAML records.
"""
