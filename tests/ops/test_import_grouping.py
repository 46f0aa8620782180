"""Documents are grouped into issues by their metadata."""
from editor.core.model import IssueMeta
from editor.ops.grouping import IssueGrouping
from editor.ops.importing import import_bytes, import_paths
from tests.ops.import_files import text, write

ISSUE_11 = IssueMeta("赣鄱工人有力量", "第11期", "2020-03-15")


def _import(store, key, meta, grouping=None, folder="/in", codec="utf-8"):
    data = text(key).encode(codec)
    r = import_bytes(store, data, f"{key}.txt", f"{folder}/{key}.txt", None, meta=meta,
                     grouping=grouping or IssueGrouping(store))
    return r.issue_id


def test_same_publication_label_and_date_is_one_issue(store):
    assert _import(store, "000", ISSUE_11) == _import(store, "001", ISSUE_11)


def test_another_date_is_another_issue(store):
    other = IssueMeta("赣鄱工人有力量", "第11期", "2021-03-15")
    assert _import(store, "000", ISSUE_11) != _import(store, "001", other)


def test_another_publication_is_another_issue(store):
    other = IssueMeta("工人日报", "第11期", "2020-03-15")
    assert _import(store, "000", ISSUE_11) != _import(store, "001", other)


def test_a_new_issue_keeps_the_suggested_metadata(store):
    meta = IssueMeta("工人日报", None, "2020-02-24", "A06", (("责编", "汪自力"),), ("A06 2020.2.24 星期一",))
    issue_id = _import(store, "004", meta)
    assert store.issues.get(issue_id).meta == meta


def test_joining_an_issue_fills_the_fields_it_lacks(store):
    first = _import(store, "000", ISSUE_11)
    _import(store, "001", IssueMeta("赣鄱工人有力量", "第11期", "2020-03-15", "A06", (("责编", "汪自力"),)))
    assert store.issues.get(first).meta.page == "A06"
    assert store.issues.get(first).meta.editors == (("责编", "汪自力"),)


def test_undated_documents_of_one_folder_share_an_unsorted_issue(store):
    batch = IssueGrouping(store)
    assert _import(store, "000", IssueMeta(), batch) == _import(store, "001", IssueMeta(), batch)
    assert store.issues.get(_import(store, "002", IssueMeta(), batch)).meta == IssueMeta()


def test_undated_documents_of_two_folders_get_two_unsorted_issues(store):
    batch = IssueGrouping(store)
    assert _import(store, "000", IssueMeta(), batch, "/a") != _import(store, "001", IssueMeta(), batch, "/b")


def test_undated_documents_of_another_batch_get_a_new_unsorted_issue(store):
    assert _import(store, "000", IssueMeta()) != _import(store, "001", IssueMeta())


def test_unsorted_issue_is_per_publication(store):
    batch = IssueGrouping(store)
    a = _import(store, "000", IssueMeta("工人日报"), batch)
    b = _import(store, "001", IssueMeta("赣鄱工人有力量"), batch)
    assert a != b and store.issues.get(a).meta.publication == "工人日报"


def test_an_issue_from_an_earlier_import_is_found_again(store):
    assert _import(store, "000", ISSUE_11) == _import(store, "000", ISSUE_11, codec="gbk")


DATED = "赣鄱工人有力量\n第 11 期\n2020 年 3 月 15 日\n龚建华深入在昌产业开展慰问调研\n"
DATELINE = "重庆市总突出解决职工突发性紧迫性生活困难\n本报讯（记者李国）3月14日，重庆市总工会宣布向每户困难职工发放救助金。\n"


def test_a_month_day_dateline_takes_the_year_of_its_folder(store, tmp_path):
    write(tmp_path / "in", "a.txt", DATED.encode())
    write(tmp_path / "in", "b.txt", DATELINE.encode())
    report = import_paths(store, [tmp_path / "in"], None)
    assert store.issues.get(report.results[1].issue_id).meta.date == "2020-03-14"


def test_a_dateline_before_its_dated_sibling_is_dated_when_the_batch_ends(store, tmp_path):
    write(tmp_path / "in", "a.txt", DATELINE.encode())
    write(tmp_path / "in", "b.txt", DATED.encode())
    report = import_paths(store, [tmp_path / "in"], None)
    doc = store.documents.get(report.results[0].document_ids[0])
    assert store.issues.get(doc.issue_id).meta.date == "2020-03-14"
    assert store.counts()["issues"] == 2  # the unsorted issue it left is gone


def test_a_dateline_without_any_year_in_the_batch_stays_unsorted(store, tmp_path):
    write(tmp_path / "in", "a.txt", DATELINE.encode())
    (r,) = import_paths(store, [tmp_path / "in"], None).results
    assert store.issues.get(r.issue_id).meta.date is None
