"""Annotations on the corrected text: spans carried through edits (carry), labels, and the
entity suggesters behind one registry (suggest/)."""
