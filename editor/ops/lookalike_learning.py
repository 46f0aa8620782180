"""The look-alike rule's knowledge of a store (core/cleanup/lookalike_learning.py), learned
from the store's decisions and corrected text, kept while neither changes."""
from __future__ import annotations

import threading

from editor.core.cleanup.lookalike_learning import RULE_ID, Decision, Knowledge, learn
from editor.store import Store

# Enough corrected text to know a publication's words; counting more would slow the first
# cleanup of a session for little.
MAX_CHARS = 500_000

_lock = threading.Lock()
_cache: dict[str, tuple[tuple, Knowledge]] = {}


def knowledge(store: Store) -> Knowledge:
    signature = store.lookalikes.signature(RULE_ID)
    key = str(store.path)
    with _lock:
        hit = _cache.get(key)
    if hit is not None and hit[0] == signature:
        return hit[1]
    learned = learn((Decision(*row) for row in store.lookalikes.decisions(RULE_ID)),
                    store.lookalikes.worked_texts(MAX_CHARS))
    with _lock:
        _cache[key] = (signature, learned)
    return learned


def learned_for(store: Store, profile) -> dict[str, object]:
    """``Context.learned`` for a run of ``profile`` on ``store``: empty when the rule is off."""
    return {RULE_ID: knowledge(store)} if profile.enabled(RULE_ID) else {}
