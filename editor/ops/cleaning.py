"""Run a cleanup profile over documents: record every proposal, apply the accepted ones, store
the article structure of the result and move the page furniture into the issue metadata."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Mapping, Sequence

from editor.core.cleanup import pipeline as clean
from editor.core.cleanup.priors import NOTHING, Learned, learn
from editor.core.text import marks
from editor.core.text.edits import Edit, StepMap
from editor.core.cleanup.hints import hints_from_run
from editor.core.model import ChangeStatus, SpanStatus, Structure
from editor.core.opchanges import OpChanges
from editor.core.cleanup.profiles import Profile
from editor.core.progress import NullProgress, Progress, check
from editor.core.layout.segment import segment
from editor.ops import furniture as furniture_ops
from editor.ops import lookalike_learning
from editor.ops import texts
from editor.ops.operation import LongOperation, Recorder
from editor.store import Store


@dataclass(frozen=True, slots=True)
class CleanSummary:
    document_id: int
    proposed: int
    accepted: int
    furniture: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Prepared:
    """A cleanup run over a new document's raw text, made before its transaction begins: the
    rules and segmentation take the time, and no write lock is held meanwhile."""

    text: str
    run: clean.CleanRun
    structure: Structure


def prepare(text: str, profile: Profile, learned: Mapping[str, object] | None = None,
            priors: Learned = NOTHING) -> Prepared:
    """``learned``: what the store taught the rules (``lookalike_learning.learned_for``);
    ``priors``: what the editor's decisions teach (``priors_by_name``)."""
    run = clean.run(text, profile, learned=learned, priors=priors)
    return Prepared(text, run, segment(run.text, hints_from_run(run)))


def clean_document(store: Store, document_id: int, profile: Profile,
                   prepared: Prepared | None = None, op: Recorder | None = None) -> CleanSummary:
    """One transaction: the run, its proposals, the accepted edits, a revision.

    Cleaning again respects what the editor decided: a change they reverted or rejected is not
    made again (its place is protected from the rules), and a proposal still waiting for a
    decision is not recorded a second time. ``prepared``: the run over the document's text when
    it has no edits yet (an import), made outside the transaction. ``op``: the undoable operation
    it is part of (an import is none)."""
    with store.atomic():
        cur = texts.current(store, document_id)
        log = store.log.edits(document_id, cur.decoding_id)
        if prepared is not None and (log or prepared.text != cur.text):
            prepared = None  # edited since it was prepared: clean what is there now
        earlier = _Earlier(store, cur, log)
        run = prepared.run if prepared is not None else \
            clean.run(cur.text, profile, protected=_protected(store, cur) + earlier.refused,
                      learned=lookalike_learning.learned_for(store, profile),
                      priors=priors_for(store, store.decisions.publication_of(document_id)) if profile.learn else NOTHING)
        run_id = store.changes.add_run(document_id, cur.decoding_id, profile.to_json())
        raw_spans = _to_raw(log, [(p.raw_start, p.raw_end) for p in run.proposals])
        by_seq: dict[int, int] = {}
        proposed = 0
        for p, (raw_start, raw_end) in zip(run.proposals, raw_spans):
            waiting = earlier.pending.get((p.change.rule, p.raw_start, p.raw_end, p.change.before, p.change.after))
            seq = None if p.seq is None else cur.seq + p.seq
            if waiting is not None:
                if seq is None:
                    continue
                store.changes.set_status(waiting, ChangeStatus.STALE, None, f"rule:{p.change.rule}")
            proposed += 1
            cid = store.changes.add(document_id, cur.decoding_id, run_id, p.change, cur.seq + p.base_seq,
                                    raw_start, raw_end, p.status, seq, decided_by=f"rule:{p.change.rule}"
                                    if p.status == ChangeStatus.ACCEPTED else None)
            if seq is not None:
                by_seq[seq] = cid
        if run.edits:
            rule_of = {p.seq: p.change.rule for p in run.proposals if p.seq is not None}
            texts.append(store, document_id, run.edits, [f"rule:{rule_of[i]}" for i in range(len(run.edits))],
                         [by_seq[cur.seq + i] for i in range(len(run.edits))], result=run.text, op=op)
        structure = prepared.structure if prepared is not None else segment(run.text, hints_from_run(run))
        store.articles.replace(document_id, _revision_of(store, document_id, cur.seq + len(run.edits), run.text),
                               run.text, structure)
        furniture = tuple(p.change.data["furniture"] for p in run.accepted()
                          if p.change.data and "furniture" in p.change.data)
        furniture_ops.taken_out(store, document_id, furniture)
        if op is not None:
            op.note(OpChanges(change_documents=frozenset([document_id]), tree=bool(furniture)))
        return CleanSummary(document_id, proposed, len(run.accepted()), furniture)


class _Earlier:
    """The earlier proposals of the document's decoding that a new run must not repeat, located
    in the current text in one walk over the log."""

    def __init__(self, store: Store, cur: texts.Current, log: Sequence[Edit]):
        self.pending: dict[tuple, int] = {}
        self.refused: list[tuple[int, int]] = []
        rows = {row.id: row for row in store.changes.for_document(cur.document_id, cur.decoding_id)
                if row.status in (ChangeStatus.PROPOSED, ChangeStatus.REJECTED)}
        if not rows:
            return
        applied = [(r.id, r.seq, "") for r in rows.values() if r.seq is not None]
        unapplied = [(r.id, r.base_seq, r.change.start, r.change.end, "") for r in rows.values() if r.seq is None]
        for mark in marks.locate(log, applied, unapplied):
            row = rows[mark.key]
            if cur.text[mark.start:mark.end] != row.change.before:
                # Edited since: it can no longer apply, and the run may propose it afresh.
                if row.status == ChangeStatus.PROPOSED:
                    store.changes.set_status(row.id, ChangeStatus.STALE, None, "cleanup")
                continue
            c = row.change
            if row.status == ChangeStatus.PROPOSED:
                self.pending[(c.rule, mark.start, mark.end, c.before, c.after)] = row.id
            elif mark.start == mark.end:
                # A refused insertion has no width to protect: guard the characters around it.
                self.refused.append((max(0, mark.start - 1), min(len(cur.text), mark.end + 1)))
            else:
                self.refused.append((mark.start, mark.end))


def priors_for(store: Store, publication_id: int | None) -> Learned:
    """What the editor's decisions in the publication (or, without one, the store) teach."""
    scope = "this publication" if publication_id is not None else "this store"
    return learn(store.decisions.for_publication(publication_id), scope)


def priors_by_name(store: Store, publication: str | None, profile: Profile) -> Learned:
    """``priors_for`` a text not yet stored, by the name of its publication (if the store knows it)."""
    if not profile.learn:
        return NOTHING
    return priors_for(store, store.decisions.publication_id(publication))


def _protected(store: Store, cur: texts.Current) -> list[tuple[int, int]]:
    """The accepted annotations on the current text: names the editor has confirmed keep their
    characters (a traditional name stays traditional, a doubled surname stays)."""
    spans = store.spans.for_document(cur.document_id, [str(SpanStatus.ACCEPTED)], cur.decoding_id)
    return [(span.start, span.end) for _, span in spans]


def _revision_of(store: Store, document_id: int, seq: int, text: str) -> int:
    """The revision holding ``text``: the latest one, or a new snapshot when the run changed nothing
    of a text that has none yet (the structure must point at a revision)."""
    decoding_id = store.documents.get(document_id).decoding_id
    latest = store.log.latest_revision(document_id, decoding_id)
    if latest is not None and latest.seq == seq:
        return latest.id
    return store.log.add_revision(document_id, decoding_id, seq, text)


def _to_raw(log: Sequence[Edit], spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Spans of the current text in the raw text, through the document's log so far: one
    StepMap per batch of the log, all spans at once (a long document has thousands of both)."""
    if not log:
        return spans
    return clean.raw_ranges([StepMap(log[i:j]) for i, j in marks.batches(log)], spans)


def clean_documents(store: Store, document_ids: Sequence[int], profile: Profile,
                    progress: Progress = NullProgress(), operation: LongOperation | None = None) -> list[CleanSummary]:
    """Each document its own transaction, all of them one undo step (``operation``, made here
    when not given: a caller cleaning one at a time passes the same one each time)."""
    operation = operation or LongOperation(store, "clean", {"profile": profile.name, "count": len(document_ids)})
    out = []
    for i, doc_id in enumerate(document_ids):
        check(progress)
        progress.report(i, len(document_ids), str(doc_id))
        with operation.unit() as op:
            out.append(clean_document(store, doc_id, profile, op=op))
    progress.report(len(document_ids), len(document_ids), "")
    return out
