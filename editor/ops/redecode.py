"""Re-decoding a document from its stored bytes with another encoding.

The raw text never changes in place: a re-decoding is a new decoding row (origin "user") that
the document points at, cleaned afresh. The old decoding, with its edit log, changes and spans,
stays in the store as history.
"""
from __future__ import annotations

from dataclasses import dataclass

from editor.core.decoding import extract
from editor.core.errors import ConflictError
from editor.core.model import Decoded, Status
from editor.core.cleanup.profiles import Profile
from editor.core.opchanges import OpChanges
from editor.ops import texts
from editor.ops.cleaning import clean_document
from editor.store import Store


@dataclass(frozen=True, slots=True)
class DecodingEntry:
    id: int
    encoding: str
    confidence: float
    origin: str  # auto (at import) or user (re-decoded)
    created_at: str
    edits: int  # length of the edit log made on this decoding
    current: bool


def _source(store: Store, document_id: int):
    doc = store.documents.get(document_id)
    return doc, store.sources.get(doc.source_id)


def current(store: Store, document_id: int) -> Decoded:
    """How the document's raw text was decoded: encoding, confidence, repairs, warnings."""
    return store.sources.decoding(store.documents.get(document_id).decoding_id).decoded


def candidates(store: Store, document_id: int, limit: int = 6) -> list[Decoded]:
    """The plausible readings of the document's bytes, best first, as document text."""
    doc, src = _source(store, document_id)
    return extract.readings(src.kind, store.sources.data(src.id), src.name, limit)


def preview(store: Store, document_id: int, encoding: str) -> Decoded:
    """The document's text decoded with ``encoding``; writes nothing. InputError when the
    codec is unknown or cannot decode the bytes."""
    doc, src = _source(store, document_id)
    return extract.read_as(src.kind, store.sources.data(src.id), encoding, src.name)


def _chosen(store: Store, document_id: int, choice: str | Decoded) -> Decoded:
    if isinstance(choice, str):
        return preview(store, document_id, choice)
    if choice.text not in {c.text for c in candidates(store, document_id, limit=50)}:
        doc, src = _source(store, document_id)
        raise ConflictError(src.name, f"the reading as {choice.encoding} is not one of its bytes' readings")
    return choice


def redecode(store: Store, document_id: int, choice: str | Decoded, profile: Profile | None) -> OpChanges:
    """Decode the document again, with a codec name or one of ``candidates()``; clean the new
    raw text with ``profile``. The value is the new decoding's id. Not an undo step: the earlier
    decoding stays in the document's history, and re-decoding with it goes back."""
    doc, src = _source(store, document_id)
    decoded = _chosen(store, document_id, choice)
    old = store.sources.decoding(doc.decoding_id)
    if decoded.text == old.decoded.text:
        raise ConflictError(src.name, f"decoding as {decoded.encoding} gives the text it has now "
                                      f"({old.decoded.encoding})")
    with store.atomic():
        texts.snapshot(store, document_id)  # the old decoding's corrected text stays in its history
        decoding_id = store.sources.add_decoding(src.id, decoded, part=old.part, origin="user")
        store.documents.set_decoding(document_id, decoding_id)
        store.documents.set_status(document_id, Status.RAW)
        if profile is not None:
            clean_document(store, document_id, profile)
    return OpChanges(text=frozenset([document_id]), change_documents=frozenset([document_id]), tree=True,
                     value=decoding_id)


def history(store: Store, document_id: int) -> list[DecodingEntry]:
    """Every decoding of the document's source part, oldest first."""
    doc = store.documents.get(document_id)
    part = store.sources.decoding(doc.decoding_id).part
    return [DecodingEntry(r.id, r.decoded.encoding, r.decoded.confidence, r.origin, r.created_at,
                          store.log.length(document_id, r.id), r.id == doc.decoding_id)
            for r in store.sources.decodings(doc.source_id) if r.part == part]
