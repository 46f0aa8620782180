"""How Edit > Undo and Redo name a history entry, in the interface language
("撤销 输入“abc”", "Undo typing “abc”")."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def _short(text: str, limit: int = 12) -> str:
    text = text.replace("\n", "⏎")
    return text if len(text) <= limit else text[:limit] + "…"


def describe(kind: str, detail: dict) -> str:
    count = int(detail.get("count", 1) or 1)
    if kind == "typing":
        inserted, removed = detail.get("inserted", ""), detail.get("removed", "")
        if inserted and removed:
            return QCoreApplication.translate("History", "replacing “%1” by “%2”").replace("%1", _short(removed)).replace("%2", _short(inserted))
        if inserted:
            return QCoreApplication.translate("History", "typing “%1”").replace("%1", _short(inserted))
        return QCoreApplication.translate("History", "deleting “%1”").replace("%1", _short(removed))
    if kind in ("accept", "revert", "reject"):
        rules = detail.get("rules") or []
        if len(rules) == 1:
            from editor.ui.rule_names import rule_name  # loads the rule registry: only when named

            what = rule_name(rules[0])
        else:
            what = QCoreApplication.translate("History", "several rules")
        if count == 1:
            text = {"accept": QCoreApplication.translate("History", "applying a change (%1)"), "revert": QCoreApplication.translate("History", "reverting a change (%1)"),
                    "reject": QCoreApplication.translate("History", "rejecting a proposal (%1)")}[kind]
            return text.replace("%1", what)
        text = {"accept": QCoreApplication.translate("History", "applying %1 changes (%2)"), "revert": QCoreApplication.translate("History", "reverting %1 changes (%2)"),
                "reject": QCoreApplication.translate("History", "rejecting %1 proposals (%2)")}[kind]
        return text.replace("%1", str(count)).replace("%2", what)
    if kind == "clean":
        return QCoreApplication.translate("History", "cleaning %1 documents with “%2”").replace("%1", str(count)).replace("%2", detail.get("profile", ""))
    if kind == "move":
        if count == 1 and detail.get("document"):
            return QCoreApplication.translate("History", "moving “%1”").replace("%1", _short(detail["document"], 20))
        return QCoreApplication.translate("History", "moving %1 documents").replace("%1", str(count))
    if kind == "merge":
        return QCoreApplication.translate("History", "merging issues")
    if kind == "metadata":
        return QCoreApplication.translate("History", "editing issue metadata")
    if kind in ("label", "label-all", "relabel", "unlabel", "accept-suggestions", "reject-suggestions"):
        return _span_action(kind, detail, count)
    if kind == "status":
        if count == 1:
            from editor.ui.tree_model import status_name

            return QCoreApplication.translate("History", "marking a document %1").replace(
                "%1", status_name(detail.get("status", "")))
        return QCoreApplication.translate("History", "setting the status of %1 documents").replace("%1", str(count))
    if kind == "replace":
        return (QCoreApplication.translate("History", "replacing “%1” by “%2” (%3)")
                .replace("%1", _short(detail.get("pattern", ""))).replace("%2", _short(detail.get("replacement", "")))
                .replace("%3", str(count)))
    return kind


def _span_action(kind: str, detail: dict, count: int) -> str:
    quote, label = _short(detail.get("quote", "")), detail.get("label", "")
    if kind == "label":
        return QCoreApplication.translate("History", "labelling “%1” %2").replace("%1", quote).replace("%2", label)
    if kind == "label-all":
        return QCoreApplication.translate("History", "labelling %1 occurrences of “%2” %3").replace(
            "%1", str(count)).replace("%2", quote).replace("%3", label)
    if kind == "relabel":
        return QCoreApplication.translate("History", "relabelling “%1” %2").replace("%1", quote).replace("%2", label)
    if kind == "unlabel":
        return QCoreApplication.translate("History", "deleting the label of “%1”").replace("%1", quote)
    if kind == "accept-suggestions":
        return QCoreApplication.translate("History", "accepting %1 suggestions").replace("%1", str(count))
    return QCoreApplication.translate("History", "rejecting %1 suggestions").replace("%1", str(count))


def undo_text(entry) -> str:
    return QCoreApplication.translate("History", "Undo %1").replace("%1", describe(entry.kind, entry.detail))


def redo_text(entry) -> str:
    return QCoreApplication.translate("History", "Redo %1").replace("%1", describe(entry.kind, entry.detail))
