"""Label use cases: add, edit (rename, recolour, rekey, describe) and delete, each one
transaction returning what it changed (OpChanges; its value an ops.annotated.Annotated). A
label in use is deleted only by moving its spans to another label; its waiting suggestions go
with it."""
from __future__ import annotations


from editor.core.annotate.labels import checked
from editor.core.errors import ConflictError, InputError
from editor.core.model import Label
from editor.core.opchanges import OpChanges
from editor.ops.annotated import annotated
from editor.store import Store

_KEEP = object()


def add_label(store: Store, label: Label) -> OpChanges:
    with store.atomic():
        label = checked(label, store.labels.all())
        store.labels.add(label)
    return annotated(labels={label.name}, message=f"label {label.name} added")


def edit_label(store: Store, name: str, *, new_name: str | None = None, color: str | None = None,
               shortcut: str | None | object = _KEEP, description: str | None = None) -> OpChanges:
    """Change what is given; ``shortcut=None`` takes the key away. A new name follows into
    every span of the label, so the spans stay as they are."""
    with store.atomic():
        old = _existing(store, name)
        label = Label(new_name if new_name is not None else old.name, color if color is not None else old.color,
                      old.shortcut if shortcut is _KEEP else shortcut,
                      description if description is not None else old.description)
        label = checked(label, [lbl for lbl in store.labels.all() if lbl.name != name])
        store.labels.update(name, label)
        documents = _documents(store, label.name)
    return annotated(documents, {name, label.name},
                     message=f"label {name} renamed {label.name}" if label.name != name else f"label {name} changed")


def rename_label(store: Store, name: str, new_name: str) -> OpChanges:
    return edit_label(store, name, new_name=new_name)


def recolour_label(store: Store, name: str, color: str) -> OpChanges:
    return edit_label(store, name, color=color)


def delete_label(store: Store, name: str, move_to: str | None = None) -> OpChanges:
    """Delete a label. Accepted, orphaned or rejected spans of it are the user's work: without
    ``move_to`` the delete is refused (ConflictError with the counts); with it they become
    spans of that label. Suggestions still waiting under the label are dropped."""
    with store.atomic():
        _existing(store, name)
        usage = store.labels.usage(name)
        kept = {s: n for s, n in usage.items() if s != "proposed"}
        documents = _documents(store, name)
        if kept and move_to is None:
            counts = ", ".join(f"{n} {s}" for s, n in sorted(kept.items()))
            raise ConflictError(f"label {name}", f"is used by {counts} spans; move them to another label first")
        if move_to is not None:
            if move_to == name:
                raise InputError(f"label {name}", "cannot move its spans to itself")
            _existing(store, move_to)
        store.spans.drop_proposed(label=name)
        if move_to is not None:
            store.spans.relabel(name, move_to)
        store.labels.delete(name)
    moved = f", {sum(kept.values())} spans moved to {move_to}" if kept else ""
    return annotated(documents, {name} | ({move_to} if move_to else set()),
                     message=f"label {name} deleted{moved}")


def _existing(store: Store, name: str) -> Label:
    label = store.labels.get(name)
    if label is None:
        known = ", ".join(lbl.name for lbl in store.labels.all())
        raise InputError(f"label {name!r}", f"is not a label of this store; its labels: {known}")
    return label


def _documents(store: Store, label: str) -> frozenset[int]:
    return frozenset(store.spans.documents_with_label(label))


__all__ = ["add_label", "delete_label", "edit_label", "recolour_label", "rename_label"]
