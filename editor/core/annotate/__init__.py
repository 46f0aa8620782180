"""Annotations on the corrected text: spans carried through edits (suggesters and labels to come)."""
