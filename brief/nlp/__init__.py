"""Everything that touches spaCy: the lazy import, loading and parsing, and the memoised ruler.

Importing this package costs nothing; `brief.nlp.pipeline` imports spaCy, so the rest of
`brief` imports it lazily, only when an article is actually briefed (`brief --help` never pays
for it). `typography` (the model's view of the text) and `batches` (bounded runs) are model-free.
"""
