"""Features that plug into the main window: each module has ``install(window)``, which
builds its widgets and connects its actions from the registry in ui/actions.py."""
from __future__ import annotations

from editor.ui import (annotate, backup_actions, clean_dialog, encoding_label, entities_panel, export_dialog,
                       history_panel, import_actions, issue_actions, issue_dialog, profiles_dialog, redecode_dialog,
                       search_panel)
from editor.ui import find_dialog, help_dialogs, status_actions, suggest_actions

FEATURES: tuple = (import_actions, encoding_label, redecode_dialog, issue_dialog, issue_actions, export_dialog,
                   clean_dialog, profiles_dialog, search_panel, history_panel, backup_actions, find_dialog,
                   status_actions, help_dialogs, annotate, entities_panel, suggest_actions)
