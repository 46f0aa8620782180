"""The ordered registry of cleanup rules. Order matters: each rule sees the output of the
accepted proposals of the rules above it. Adding a rule = a module here + a line below.

Rules run in this order, for these reasons:
1. markup: Markdown marks go before anything reads the lines; their roles are kept as hints
   (Context.hints) for the line rules and segmentation.
2. glyphs.doubled: undoes PDF-bold doubling while every run is still exactly XX; any later rule
   would change one copy and not the other, and furniture lines are recognised only undoubled.
3. script.t2s: every later rule, the noise dictionary and jieba expect simplified glyphs.
4. furniture, noise: whole lines out of the text before the character rules touch them; the
   furniture goes to the issue metadata (Change.data["furniture"]).
5. width.alnum: full-width digits become ASCII before the punctuation rule asks whether a mark
   stands between digits (１，０００).
6. punct.quotes, then punct.width: curly quotes first, so that a mark after a closing quote
   ("好"!) is seen in Chinese context.
7. spaces.cjk, then quotes.stripped: both classify a space between ideographs with
   rules.gaps; the spaces rule leaves the spaces that may be stripped quotation marks at a low
   confidence, so the quotes rule still finds them and proposes its reading.
8. words.stray_english: after the spaces are settled, "防控 and 复工" is one candidate.
9. paragraphs.unwrap, paragraphs.interrupted, paragraphs.join, layout.blocks: they judge
    sentence ends and line shapes, which the character rules have made reliable, and leave one
    block per line with a blank line before each article.
10. chars.doubled: on clean, simplified, spaceless and unwrapped text, where jieba's
    dictionary applies: in a hard-wrapped column a word cut by a line end ("美\n国国务院")
    is no word to the dictionary.
11. chars.lookalike: after chars.doubled, on the same clean text, and for the same reason: a
    word cut by a line end or a doubled character would read as a place the lexicon cannot
    explain.
12. user.replacements: last, so the user's lists see (and can override) everything above.
"""
from __future__ import annotations

from editor.core.cleanup.rules import (
    doubled_chars, furniture, glyphs, interrupted, join, layout, lookalike, markup, noise, punctuation, quotes,
    replacements, spaces, stray_english, stripped_quotes, t2s, unwrap, width,
)
from editor.core.cleanup.rules.base import Context, Rule

RULES: tuple[Rule, ...] = (
    markup.RULE,
    glyphs.RULE,
    t2s.RULE,
    furniture.RULE,
    noise.RULE,
    width.RULE,
    quotes.RULE,
    punctuation.RULE,
    spaces.RULE,
    stripped_quotes.RULE,
    stray_english.RULE,
    unwrap.RULE,
    interrupted.RULE,
    join.RULE,
    layout.RULE,
    doubled_chars.RULE,
    lookalike.RULE,
    replacements.RULE,
)

BY_ID = {r.id: r for r in RULES}

__all__ = ["RULES", "BY_ID", "Context", "Rule"]
