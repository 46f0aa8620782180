"""Cleanup profiles: which rules run, from what confidence their proposals are applied."""
from __future__ import annotations

import json
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Mapping

if TYPE_CHECKING:  # the rules package loads every rule: the store must not pay for it on opening
    from editor.core.cleanup.rules.base import ReplacementList


@dataclass(frozen=True, slots=True)
class RuleSetting:
    enabled: bool = True
    threshold: float | None = None  # None: the profile's threshold


# The setting of a rule a profile does not mention: one shared value, since a run asks for
# every rule's setting and making a dataclass per question costs more than the question.
_UNSET = RuleSetting()


@dataclass(frozen=True, slots=True)
class Profile:
    name: str
    threshold: float = 0.5
    settings: Mapping[str, RuleSetting] = field(default_factory=dict)
    replacements: tuple[ReplacementList, ...] = ()
    learn: bool = True  # let the editor's earlier decisions move confidences (core/cleanup/priors.py)

    def enabled(self, rule_id: str) -> bool:
        return self.settings.get(rule_id, _UNSET).enabled

    def threshold_for(self, rule_id: str) -> float:
        t = self.settings.get(rule_id, _UNSET).threshold
        return self.threshold if t is None else t

    def with_setting(self, rule_id: str, **kw) -> "Profile":
        settings = dict(self.settings)
        settings[rule_id] = replace(settings.get(rule_id, RuleSetting()), **kw)
        return replace(self, settings=settings)

    def to_json(self) -> str:
        return json.dumps({
            "name": self.name,
            "threshold": self.threshold,
            "learn": self.learn,
            "settings": {k: {"enabled": v.enabled, "threshold": v.threshold} for k, v in self.settings.items()},
            "replacements": [
                {"name": r.name, "enabled": r.enabled,
                 "entries": [[e.pattern, e.replacement, e.regex, e.note] for e in r.entries]}
                for r in self.replacements
            ],
        }, ensure_ascii=False)

    @classmethod
    def from_json(cls, text: str) -> "Profile":
        from editor.core.cleanup.rules.base import Replacement, ReplacementList

        d = json.loads(text)
        return cls(
            name=d["name"],
            threshold=d.get("threshold", 0.5),
            learn=d.get("learn", True),
            settings={k: RuleSetting(v.get("enabled", True), v.get("threshold")) for k, v in d.get("settings", {}).items()},
            replacements=tuple(
                ReplacementList(r["name"], tuple(Replacement(*e) for e in r.get("entries", ())), r.get("enabled", True))
                for r in d.get("replacements", ())
            ),
        )


DEFAULT = Profile("default", threshold=0.5)
# Applies only what is near certain; everything else waits for the editor.
CONSERVATIVE = Profile("conservative", threshold=0.9)
BUILTIN = {p.name: p for p in (DEFAULT, CONSERVATIVE)}
