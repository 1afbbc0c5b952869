"""What a brief is made from: files, folders, stdin and saved web pages, read into `Article`s.

- `reading`: bytes from a path or stdin, decoded, or one clear `InputError`;
- `html`: a saved page reduced to its article's text;
- `discovery`: command-line inputs expanded into article paths;
- `language`: a notice when the text is not English.
"""
