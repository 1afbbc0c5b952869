"""What a brief is made from: files, folders, stdin, web pages and feeds, read into `Article`s.

- `reading`: bytes from a path, stdin or a URL, decoded, or one clear `InputError`;
- `html`: a saved or fetched page reduced to its article's text (`clutter`, `titles`);
- `fetch`: a page or feed over HTTP, within limits;
- `feeds`, `feed_state`: the new items of news feeds, remembered between runs;
- `discovery`: command-line inputs expanded into article paths;
- `language`: a notice when the text is not English.
"""
