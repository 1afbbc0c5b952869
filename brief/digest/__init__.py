"""`brief digest`: what spans a day's articles, and the digest written from it.

- `builder`: `DigestBuilder` folds briefs one at a time into a `Digest` (people, quotes, numbers);
- `stories`: near-duplicate articles grouped as one story;
- `run`: one digest run, from inputs to the written file, in flat memory, and `VIEWS`, the one
  table of how each format writes it (JSON, JSON Lines and YAML records go through
  `brief.render.data`);
- `render_markdown`: the digest's Markdown view.
"""
