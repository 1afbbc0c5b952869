"""`brief digest`: what spans a day's articles, and the digest written from it.

- `builder`: `DigestBuilder` folds briefs one at a time into a `Digest` (people, quotes, numbers);
- `profiles`: an article's event profile (its rare words, actors and places) and similarity;
- `stories`: the reports of one event, across outlets, grouped as one story;
- `memory`: the stories earlier digests showed, to mark what continues and what is new;
- `run`: one digest run, from inputs to the written file, in flat memory, and `VIEWS`, the one
  table of how each format writes it (JSON, JSON Lines and YAML records go through
  `brief.render.data`);
- `render_markdown`, `render_terminal`: the digest's Markdown and terminal views.
"""
