"""The registry the export dialog and `jiaokan export` list."""
import pytest

from editor.export import BY_NAME, FORMATS
from tests.export.issues import gold_issue, render

ISSUE_FORMATS = {"md", "txt", "html", "docx", "tei", "json"}
DATASET_FORMATS = {"doccano", "labelstudio", "conll", "brat", "webanno"}


def test_every_format_of_the_brief_is_registered():
    assert ISSUE_FORMATS | DATASET_FORMATS <= set(BY_NAME)


def test_kinds():
    assert {f.name for f in FORMATS if f.kind == "issue"} == ISSUE_FORMATS
    assert {f.name for f in FORMATS if f.kind == "dataset"} >= DATASET_FORMATS


def test_extensions_differ_so_all_formats_share_a_folder():
    extensions = [f.extension for f in FORMATS]
    assert len(set(extensions)) == len(extensions)
    assert not any(e.startswith(".") for e in extensions)


@pytest.mark.parametrize("name", sorted(BY_NAME))
def test_every_format_writes_the_gold_issue(name):
    assert render(name, gold_issue("004"))
