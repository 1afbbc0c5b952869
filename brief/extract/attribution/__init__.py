"""Who said what: quotations in the article and the speaker the article names for each.

An ordered sieve of named steps (in the manner of Muzny et al. 2017), one module per concern:

1. `brief.quote_marks` (a layer below `brief.extract`, beside the layout, which reads its mark
   sets too) pairs the marks into quoted stretches, block by block; `kinds` says whether a stretch is
   a direct or partial quote, or something nobody says (a title, a name, a scare quote), which
   is left out.
2. `sieve.STEPS` attributes each stretch: the first step that decides, wins, and the quote
   records its name. `written` reads a name written next to the quote (a sign-off, a label, a
   colon introduction, someone's claim); `cues` finds the reporting verb in the parse (in the
   quote's sentence, the short one after it, an introduction before it); `chain` lets a quote
   with no clause of its own continue a speaker already speaking.
3. `speaker.speaker_for` turns a cue into a speaker (its own ordered steps: a credited source,
   the subject, a name next to the cue), and `mentions.resolve` turns the subject into the
   fullest name the article gives, reading the cast (`brief.extract.cast`) through `scene`: a
   pronoun or a role goes to the best of the candidates `candidates.rank` scores. Reported
   speech (`brief.extract.reported`) uses the same steps.

Every step looks only at the quote's own sentences and neighbours, so extraction stays linear in
the length of the article.
"""

from brief.extract.attribution.sieve import STEPS, extract_quotes

__all__ = ["STEPS", "extract_quotes"]
