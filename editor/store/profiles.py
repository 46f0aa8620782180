"""Saved cleanup profiles and the user's replacement lists."""
from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from editor.core.cleanup.profiles import BUILTIN, Profile

if TYPE_CHECKING:  # importing the rules package loads every rule; opening a store need not
    from editor.core.cleanup.rules.base import ReplacementList


class Profiles:
    def __init__(self, db):
        self.db = db

    def names(self) -> list[str]:
        return list(dict.fromkeys([*BUILTIN, *self.saved_names()]))

    def saved_names(self) -> list[str]:
        """Profiles saved in this store: the user's own and built-ins the user changed."""
        return [r[0] for r in self.db.conn.execute("SELECT name FROM profile ORDER BY name")]

    def get(self, name: str) -> Profile:
        """A saved profile, else the built-in one, with the enabled replacement lists attached."""
        row = self.db.conn.execute("SELECT body FROM profile WHERE name = ?", [name]).fetchone()
        if row:
            profile = Profile.from_json(row[0])
        elif name in BUILTIN:
            profile = BUILTIN[name]
        else:
            raise KeyError(f"no cleanup profile named {name!r}; known: {', '.join(self.names())}")
        return replace(profile, replacements=tuple(self.replacement_lists(enabled_only=True)))

    def save(self, profile: Profile) -> None:
        body = replace(profile, replacements=()).to_json()
        self.db["profile"].upsert({"name": profile.name, "body": body}, pk="name")

    def delete(self, name: str) -> None:
        """Forget a saved profile; a built-in one falls back to its shipped settings."""
        self.db.conn.execute("DELETE FROM profile WHERE name = ?", [name])

    def replacement_lists(self, enabled_only: bool = False) -> list[ReplacementList]:
        from editor.core.cleanup.rules.base import Replacement, ReplacementList

        lists = self.db.conn.execute(
            "SELECT id, name, enabled FROM replacement_list" + (" WHERE enabled" if enabled_only else "") +
            " ORDER BY name").fetchall()
        out = []
        for lid, name, enabled in lists:
            rows = self.db.conn.execute(
                "SELECT pattern, replacement, regex, note FROM replacement WHERE list_id = ? ORDER BY position",
                [lid]).fetchall()
            out.append(ReplacementList(name, tuple(Replacement(p, r, bool(x), n) for p, r, x, n in rows),
                                       bool(enabled)))
        return out

    def save_replacement_list(self, rl: ReplacementList) -> None:
        with self.db.atomic():
            row = self.db.conn.execute("SELECT id FROM replacement_list WHERE name = ?", [rl.name]).fetchone()
            if row:
                lid = row[0]
                self.db.conn.execute("UPDATE replacement_list SET enabled = ? WHERE id = ?", [int(rl.enabled), lid])
                self.db.conn.execute("DELETE FROM replacement WHERE list_id = ?", [lid])
            else:
                lid = self.db["replacement_list"].insert({"name": rl.name, "enabled": int(rl.enabled)}).last_pk
            self.db["replacement"].insert_all([
                {"list_id": lid, "position": i, "pattern": e.pattern, "replacement": e.replacement,
                 "regex": int(e.regex), "note": e.note} for i, e in enumerate(rl.entries)])

    def delete_replacement_list(self, name: str) -> None:
        self.db.conn.execute("DELETE FROM replacement_list WHERE name = ?", [name])
