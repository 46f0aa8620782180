"""Run one rule on a text the way the pipeline does, without the pipeline's bookkeeping."""
from editor.core.text.edits import Edit, apply_simultaneous
from editor.core.cleanup.rules.base import Context
from tests.paths import sample


def proposals(rule, text, ctx=Context()):
    return list(rule.propose(text, ctx))


def applied(rule, text, threshold=0.5, ctx=Context()):
    """``text`` with the rule's proposals at or above ``threshold`` applied."""
    edits = [Edit(c.start, c.end, c.after) for c in rule.propose(text, ctx) if c.confidence >= threshold]
    return apply_simultaneous(text, edits)


def seed_line(prefix, containing):
    """The first line of sample ``prefix`` that contains ``containing``."""
    return next(line for line in sample(prefix).splitlines() if containing in line)
