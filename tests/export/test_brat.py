"""brat standoff: a zip with a collection folder of .txt/.ann pairs and annotation.conf."""
import io
import zipfile
from dataclasses import replace

from editor.core.model import Span
from editor.export import ExportOptions
from tests.export.issues import gold_issue, ner_issue, render, with_astral


def archive(issue, **options):
    return zipfile.ZipFile(io.BytesIO(render("brat", issue, ExportOptions(**options))))


def read_ann(data: str):
    """(type, fragments, text) per text-bound line, split as brat's parser does."""
    for line in data.splitlines():
        ident, type_offsets, text = line.split("\t")
        assert ident.startswith("T")
        kind, offsets = type_offsets.split(" ", 1)
        yield kind, [tuple(map(int, f.split())) for f in offsets.split(";")], text


def pairs(issue, **options):
    z = archive(issue, **options)
    names = sorted(n[:-4] for n in z.namelist() if n.endswith(".txt"))
    return [(z.read(n + ".txt").decode("utf-8"), z.read(n + ".ann").decode("utf-8")) for n in names]


def astral_issue():
    issue = ner_issue(20)
    return replace(issue, documents=tuple(with_astral(d) for d in issue.documents))


def test_one_folder_with_a_pair_per_document_and_the_conf():
    z = archive(ner_issue(3))
    names = z.namelist()
    folder = names[0].split("/")[0]
    assert folder == "人民日报_1998-01-01"
    assert sorted(n.split("/", 1)[1] for n in names) == sorted(
        ["annotation.conf"] + [f"pd98-dev-000{n}.{ext}" for n in (16, 19, 27) for ext in ("txt", "ann")])


def test_the_txt_is_the_document_text():
    issue = astral_issue()
    texts = sorted(text for text, _ in pairs(issue))
    assert texts == sorted(d.text for d in issue.documents)


def test_every_annotation_text_is_the_text_at_its_offsets():
    found = 0
    for text, ann in pairs(astral_issue()):
        for _, fragments, quote in read_ann(ann):
            assert " ".join(text[s:e] for s, e in fragments) == quote
            found += 1
    assert found == sum(len(d.spans) for d in astral_issue().documents)


def test_a_span_over_a_line_break_becomes_fragments():
    issue = gold_issue("004")
    doc = issue.documents[0]
    start = doc.text.index("持续作战")
    issue = replace(issue, documents=(replace(doc, spans=(Span(start, start + 7, "EVENT", doc.text[start:start + 7]),)),))
    ((text, ann),) = pairs(issue)
    ((kind, fragments, quote),) = read_ann(ann)
    assert (kind, fragments, quote) == ("EVENT", [(start, start + 4), (start + 5, start + 7)], "持续作战 无锡")


def test_conf_declares_the_labels_used():
    conf = archive(gold_issue("004")).read("2020-02-24_issue-1/annotation.conf").decode("utf-8")
    entities = conf.split("[entities]\n")[1].split("\n\n")[0].split()
    assert entities == ["LOC", "ORG", "PER"]
    assert all(f"[{section}]" in conf for section in ("relations", "events", "attributes"))


def test_label_filter():
    ((_, ann),) = pairs(gold_issue("004"), labels=frozenset({"PER"}))
    assert {kind for kind, _, _ in read_ann(ann)} == {"PER"}


def test_documents_with_the_same_name_get_distinct_files():
    issue = ner_issue(2)
    docs = tuple(replace(d, name="同名") for d in issue.documents)
    names = archive(replace(issue, documents=docs)).namelist()
    assert sorted(n.split("/")[1] for n in names if n.endswith(".txt")) == ["同名-2.txt", "同名.txt"]
