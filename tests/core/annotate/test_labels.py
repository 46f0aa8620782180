import pytest

from editor.core.annotate.labels import checked, normal_shortcut
from editor.core.errors import InputError
from editor.core.model import DEFAULT_LABELS, Label


def test_defaults_take_ctrl_1_to_9_then_0_in_order():
    assert [(l.name, l.shortcut) for l in DEFAULT_LABELS] == [
        ("PER", "Ctrl+1"), ("ORG", "Ctrl+2"), ("LOC", "Ctrl+3"), ("DATE", "Ctrl+4"), ("TIME", "Ctrl+5"),
        ("MONEY", "Ctrl+6"), ("QUANTITY", "Ctrl+7"), ("PERCENT", "Ctrl+8"), ("WORK", "Ctrl+9"),
        ("EVENT", "Ctrl+0")]


def test_a_shortcut_is_normalised():
    assert normal_shortcut("ctrl+shift+e") == "Ctrl+Shift+E"
    assert normal_shortcut("  ") is None
    assert checked(Label("FAC", "#123456", "alt+f"), []).shortcut == "Alt+F"


@pytest.mark.parametrize("label, problem", [
    (Label("A B", "#123456"), "without spaces"),
    (Label("FAC", "red"), "#rrggbb"),
    (Label("FAC", "#123456", "5"), "needs Ctrl"),
    (Label("FAC", "#123456", "Shift+5"), "needs Ctrl"),
    (Label("FAC", "#123456", "Ctrl+1"), "belongs to PER"),
    (Label("PER", "#123456"), "exists already"),
])
def test_a_label_that_cannot_join_the_set_is_refused(label, problem):
    with pytest.raises(InputError, match=problem):
        checked(label, DEFAULT_LABELS)
