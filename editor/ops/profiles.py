"""Editing cleanup profiles and replacement lists, trying lists out, and cleaning a chosen
set of documents with a profile: what Tools > Cleanup profiles and Tools > Clean documents do.

A built-in profile (default, conservative) the editor changes is saved under its own name and
from then on overrides the shipped one in this store, as a preference would: imports and
cleanups that ask for "default" get the editor's default. Set back to the shipped settings, it
is no longer saved at all. New profiles start as copies of another one.

Replacement lists are shared by every profile (the profile's ``user.replacements`` rule
switches them all on or off) and run in the order of their names.
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Sequence

from editor.core.errors import InputError
from editor.core.cleanup.profiles import BUILTIN, DEFAULT, Profile, RuleSetting
from editor.core.progress import Cancelled, NullProgress, Progress, check
from editor.core.cleanup.replacement_check import problems
from editor.core.cleanup.rules.base import ReplacementList
from editor.core.cleanup.rules.replacements import dry_run_count
from editor.ops import texts
from editor.core.opchanges import OpChanges
from editor.ops.cleaning import CleanSummary, clean_documents
from editor.ops.operation import LongOperation
from editor.store import Store

IMPORT_PROFILE = "import.profile"  # setting: the profile imports and re-decodings clean with
DOCUMENT, ISSUE, ALL = "document", "issue", "all"


# ---- profiles
def import_profile_name(store: Store) -> str:
    """The profile chosen for imports; default when none was chosen or it was deleted since."""
    name = store.settings.get(IMPORT_PROFILE, DEFAULT.name)
    return name if name in store.profiles.names() else DEFAULT.name


def import_profile(store: Store) -> Profile:
    return store.profiles.get(import_profile_name(store))


def normalized(profile: Profile) -> Profile:
    """The profile as saved: no replacement lists, no rule settings that say nothing."""
    settings = {k: v for k, v in profile.settings.items() if v != RuleSetting()}
    return replace(profile, settings=settings, replacements=())


def is_builtin_changed(profile: Profile) -> bool:
    return profile.name in BUILTIN and normalized(profile) != normalized(BUILTIN[profile.name])


def editable_profiles(store: Store) -> list[Profile]:
    """Every profile of the store as the editor sees it, built-ins first."""
    return [normalized(store.profiles.get(name)) for name in store.profiles.names()]


def ordered(lists: Sequence[ReplacementList]) -> list[ReplacementList]:
    """Lists in the order a cleanup runs them (the store's order: by name)."""
    return sorted(lists, key=lambda lst: lst.name)


def save(store: Store, profiles: Sequence[Profile], lists: Sequence[ReplacementList], import_name: str) -> None:
    """Make the store hold exactly these profiles and lists, in one transaction.

    Saved profiles left out are deleted; a built-in left out or equal to its shipped settings
    loses its override. Lists are refused, and nothing is written, when any cannot run."""
    found = problems(lists)
    if found:
        p = found[0]
        where = f"replacement list {p.list_name!r}" + (f", row {p.row + 1}" if p.row is not None else "")
        raise InputError(where, f"{p.kind.replace('_', ' ')} {p.pattern!r}: {p.detail}".rstrip(": "))
    names = {p.name for p in profiles}
    with store.atomic():
        for name in store.profiles.saved_names():
            if name not in names:
                store.profiles.delete(name)
        for profile in profiles:
            if profile.name in BUILTIN and not is_builtin_changed(profile):
                store.profiles.delete(profile.name)
            else:
                store.profiles.save(normalized(profile))
        kept = {lst.name for lst in lists}
        for old in store.profiles.replacement_lists():
            if old.name not in kept:
                store.profiles.delete_replacement_list(old.name)
        for lst in lists:
            store.profiles.save_replacement_list(lst)
        store.settings.set(IMPORT_PROFILE, import_name if import_name in names | set(BUILTIN) else DEFAULT.name)


# ---- which documents
def scope_documents(store: Store, scope: str, document_id: int | None = None,
                    issue_id: int | None = None) -> list[int]:
    """The documents of a scope, in the issue tree's order: one document, its issue, or all."""
    if scope == DOCUMENT:
        return [] if document_id is None else [document_id]
    if scope == ISSUE:
        return [] if issue_id is None else [d.id for d in store.documents.in_issue(issue_id)]
    if scope == ALL:
        return [r.document_id for r in store.documents.tree()]
    raise ValueError(f"unknown scope {scope!r}")


# ---- trying lists out
@dataclass(frozen=True, slots=True)
class DryRun:
    counts: dict[str, int]  # list name -> replacements it would make
    documents: int
    touched: int  # documents where at least one list would replace something


def dry_run(store: Store, document_ids: Sequence[int], lists: Sequence[ReplacementList],
            progress: Progress = NullProgress()) -> DryRun:
    """How often each list would replace, enabled or not, over the documents' current texts,
    with the lists running together in cleanup order. Writes nothing."""
    lists = ordered(lists)
    totals = {lst.name: 0 for lst in lists}
    touched = 0
    for i, doc_id in enumerate(document_ids):
        check(progress)
        progress.report(i, len(document_ids), "")
        counts = dry_run_count(texts.current(store, doc_id).text, lists)
        for name, n in counts.items():
            totals[name] += n
        touched += any(counts.values())
    progress.report(len(document_ids), len(document_ids), "")
    return DryRun(totals, len(document_ids), touched)


# ---- cleaning
@dataclass(frozen=True, slots=True)
class CleanReport:
    profile: str
    total: int  # documents asked for
    summaries: tuple[CleanSummary, ...] = field(default=())
    cancelled: bool = False
    changes: OpChanges = field(default_factory=OpChanges)  # what the documents cleaned changed

    @property
    def document_ids(self) -> list[int]:
        return [s.document_id for s in self.summaries]

    @property
    def proposed(self) -> int:
        return sum(s.proposed for s in self.summaries)

    @property
    def accepted(self) -> int:
        return sum(s.accepted for s in self.summaries)


def clean_scope(store: Store, document_ids: Sequence[int], profile: Profile,
                progress: Progress = NullProgress()) -> CleanReport:
    """Clean the documents one transaction each. Handed to clean_documents one document at a
    time, so the progress names each document and a cancel still reports the ones done."""
    done: list[CleanSummary] = []
    total = len(document_ids)
    operation = LongOperation(store, "clean", {"profile": profile.name, "count": total})
    try:
        for i, doc_id in enumerate(document_ids):
            check(progress)
            progress.report(i, total, store.documents.get(doc_id).name)
            done.extend(clean_documents(store, [doc_id], profile, operation=operation))
    except Cancelled:
        return CleanReport(profile.name, total, tuple(done), cancelled=True, changes=operation.changes)
    progress.report(total, total, "")
    return CleanReport(profile.name, total, tuple(done), changes=operation.changes)
