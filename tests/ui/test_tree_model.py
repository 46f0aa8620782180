from editor.ui.tree_model import IssueTreeModel


def test_issue_tree_model_passes_qt_model_tester(qtmodeltester, seeded):
    model = IssueTreeModel(seeded.documents.tree())
    qtmodeltester.check(model)
    assert model.rowCount() > 0


def test_issue_progress_counts_reviewed_documents(seeded):
    model = IssueTreeModel(seeded.documents.tree())
    issue = model.index(0, 1, model.index(0, 0))
    done, total = issue.data().removesuffix(" reviewed").split("/")
    assert int(total) >= 1 and 0 <= int(done) <= int(total)
