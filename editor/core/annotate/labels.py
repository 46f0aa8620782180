"""What makes a label valid: a name, a #rrggbb colour and a key with a modifier, unique in a set.

The corrected pane stays editable while one annotates, so a label's key needs Ctrl, Alt or
Meta: a plain digit or letter must type itself."""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Iterable

from editor.core.errors import InputError
from editor.core.model import Label

_NAME = re.compile(r"^[^\s,\[\]|]{1,32}$")  # no spaces, commas (--labels lists) or TSV marks
_COLOR = re.compile(r"^#[0-9a-fA-F]{6}$")
_MODIFIERS = ("Ctrl", "Alt", "Meta", "Shift")
_KEY = re.compile(r"^(?:(?:Ctrl|Alt|Meta|Shift)\+)+[^+\s]+$")


def normal_shortcut(shortcut: str | None) -> str | None:
    """"ctrl+1" -> "Ctrl+1"; None or blank -> None (the label has no key)."""
    if shortcut is None or not shortcut.strip():
        return None
    parts = [p.strip() for p in shortcut.strip().split("+")]
    mods = [m for m in _MODIFIERS if m.lower() in {p.lower() for p in parts[:-1]}]
    key = parts[-1].upper() if len(parts[-1]) == 1 else parts[-1].capitalize()
    return "+".join([*mods, key]) if len(mods) == len(parts) - 1 else shortcut.strip()


def checked(label: Label, others: Iterable[Label]) -> Label:
    """The label with its shortcut normalised; InputError when it cannot join ``others``."""
    label = replace(label, name=label.name.strip(), color=label.color.strip(),
                    shortcut=normal_shortcut(label.shortcut), description=label.description.strip())
    subject = f"label {label.name!r}"
    if not _NAME.match(label.name):
        raise InputError(subject, "a name is 1 to 32 characters without spaces, commas, [ ] or |")
    if not _COLOR.match(label.color):
        raise InputError(subject, f"colour {label.color!r} is not #rrggbb")
    if label.shortcut is not None:
        if not _KEY.match(label.shortcut) or label.shortcut.startswith("Shift+") and label.shortcut.count("+") == 1:
            raise InputError(subject, f"key {label.shortcut!r} needs Ctrl, Alt or Meta "
                                      "(plain keys type text in the corrected pane)")
    for other in others:
        if other.name == label.name:
            raise InputError(subject, "exists already")
        if label.shortcut is not None and other.shortcut == label.shortcut:
            raise InputError(subject, f"key {label.shortcut} belongs to {other.name}")
    return label
