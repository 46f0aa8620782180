"""One cleanup profile in a form: the confidence from which its proposals are applied, and a
table of the rules in the order they run, each with an on/off box and its own threshold
("profile" at the bottom of the spin box: the profile's threshold)."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QDoubleSpinBox, QHBoxLayout, QHeaderView, QLabel, QTableWidget,
                               QTableWidgetItem, QVBoxLayout, QWidget)

from editor.core.cleanup.profiles import Profile, RuleSetting
from editor.core.cleanup.rules import RULES
from editor.ui import rule_names
from editor.ui.layouts import resize_columns

ON, RULE, DESCRIPTION, THRESHOLD = range(4)
_INHERIT = -0.05  # the spin box's special value: one step below 0.00


def _spin(minimum: float) -> QDoubleSpinBox:
    spin = QDoubleSpinBox()
    spin.setRange(minimum, 1.0)
    spin.setSingleStep(0.05)
    spin.setDecimals(2)
    return spin


class ProfileEditor(QWidget):
    changed = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self._name = ""
        self._loading = False
        self.threshold = _spin(0.0)
        self.threshold.setObjectName("profileThreshold")
        self.threshold.setToolTip(self.tr("Proposals at or above this confidence are applied; the others wait "
                                          "in the Changes panel for the editor."))
        self.threshold.valueChanged.connect(self._on_threshold)
        self.learn = QCheckBox(self.tr("&Learn from the editor's earlier decisions"))
        self.learn.setObjectName("profileLearn")
        self.learn.setToolTip(self.tr("Proposals the editor accepted or rejected in this publication raise or "
                                      "lower the confidence of the same pattern next time."))
        self.learn.toggled.connect(self._emit)

        self.table = QTableWidget(len(RULES), 4)
        self.table.setObjectName("profileRules")
        self.table.setHorizontalHeaderLabels([self.tr("On"), self.tr("Rule"), self.tr("Description"),
                                              self.tr("Threshold")])
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        fit, stretch = QHeaderView.ResizeMode.ResizeToContents, QHeaderView.ResizeMode.Stretch
        resize_columns(self.table.horizontalHeader(), fit, fit, stretch, fit)  # on, rule, description, threshold
        self.spins: list[QDoubleSpinBox] = []
        for row, rule in enumerate(RULES):
            on = QTableWidgetItem()
            on.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            on.setToolTip(self.tr("Run this rule"))
            name = QTableWidgetItem(rule.id)
            name.setFlags(Qt.ItemFlag.ItemIsEnabled)
            name.setToolTip(rule_names.description(rule))
            description = QTableWidgetItem(rule_names.title(rule))
            description.setFlags(Qt.ItemFlag.ItemIsEnabled)
            description.setToolTip(rule_names.description(rule))
            for column, item in ((ON, on), (RULE, name), (DESCRIPTION, description)):
                self.table.setItem(row, column, item)
            spin = _spin(_INHERIT)
            spin.setObjectName(f"threshold_{rule.id}")
            spin.setFrame(False)
            spin.setToolTip(self.tr("Apply this rule's proposals from this confidence; at the bottom of the "
                                    "range it follows the profile."))
            spin.valueChanged.connect(lambda value, s=spin: self._on_rule_threshold(s, value))
            self.table.setCellWidget(row, THRESHOLD, spin)
            self.spins.append(spin)
        self.table.itemChanged.connect(self._emit)

        threshold_label = QLabel(self.tr("Apply proposals from &confidence:"))
        threshold_label.setBuddy(self.threshold)
        threshold_row = QHBoxLayout()
        threshold_row.addWidget(threshold_label)
        threshold_row.addWidget(self.threshold)
        threshold_row.addStretch(1)
        threshold_row.addWidget(self.learn)
        hint = QLabel(self.tr("Rules run from top to bottom, each on the text the rules above it left."))
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(threshold_row)
        layout.addWidget(self.table, 1)
        layout.addWidget(hint)

    def set_profile(self, profile: Profile) -> None:
        self._loading = True
        try:
            self._name = profile.name
            self.threshold.setValue(profile.threshold)
            self.learn.setChecked(profile.learn)
            for row, rule in enumerate(RULES):
                setting = profile.settings.get(rule.id, RuleSetting())
                state = Qt.CheckState.Checked if setting.enabled else Qt.CheckState.Unchecked
                self.table.item(row, ON).setCheckState(state)
                self.spins[row].setValue(_INHERIT if setting.threshold is None else setting.threshold)
            self._on_threshold(profile.threshold)
        finally:
            self._loading = False

    def profile(self) -> Profile:
        settings = {}
        for row, rule in enumerate(RULES):
            enabled = self.table.item(row, ON).checkState() == Qt.CheckState.Checked
            value = self.spins[row].value()
            setting = RuleSetting(enabled, None if value <= _INHERIT else value)
            if setting != RuleSetting():
                settings[rule.id] = setting
        return Profile(self._name, self.threshold.value(), settings, learn=self.learn.isChecked())

    def _on_threshold(self, value: float) -> None:
        text = self.tr("profile (%1)").replace("%1", f"{value:.2f}")
        for spin in self.spins:
            spin.setSpecialValueText(text)
        self._emit()

    def _on_rule_threshold(self, spin: QDoubleSpinBox, value: float) -> None:
        """An override stands out from the thresholds that follow the profile."""
        font = spin.font()
        font.setBold(value > _INHERIT)
        spin.setFont(font)
        self._emit()

    def _emit(self, *_) -> None:
        if not self._loading:
            self.changed.emit()
