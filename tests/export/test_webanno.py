"""WebAnno TSV 3.3: read back with a small reader of the format's rules (UTF-16 offsets,
numbered multi-token and stacked spans), the spans and text are those exported."""
import io
import re
import zipfile
from dataclasses import replace

from editor.core.model import DocumentView, IssueMeta, IssueView, Span, Structure
from tests.export.issues import ASTRAL, ner_issue, render, with_astral


def read_tsv(content: str):
    """(text from the tokens by their UTF-16 offsets, {(start, end, label)} in UTF-16 units)."""
    header, _, body = content.partition("\n\n\n")
    assert header.splitlines() == ["#FORMAT=WebAnno TSV 3.3",
                                   "#T_SP=de.tudarmstadt.ukp.dkpro.core.api.ner.type.NamedEntity|identifier|value"]
    units: dict[int, str] = {}
    spans: dict[str, list] = {}
    singles = set()
    for block in body.strip("\n").split("\n\n"):
        lines = block.split("\n")
        assert lines[0].startswith("#Text=")
        for line in lines[1:]:
            number, offsets, token, ident, value = line.split("\t")
            begin, end = map(int, offsets.split("-"))
            units[begin] = token
            assert len(token.encode("utf-16-le")) // 2 == end - begin
            if value == "_":
                continue
            for part in re.split(r"(?<!\\)\|", value):
                m = re.fullmatch(r"(.+?)(?:\[(\d+)\])?", part)
                if m.group(2):
                    spans.setdefault(m.group(2), [begin, end, m.group(1)])[1] = end
                else:
                    singles.add((begin, end, m.group(1)))
    return units, {tuple(v) for v in spans.values()} | singles


def files(issue):
    archive = zipfile.ZipFile(io.BytesIO(render("webanno", issue)))
    return {name.split("/")[-1]: archive.read(name).decode("utf-8") for name in archive.namelist()}


def test_one_tsv_per_document_with_its_spans_in_utf16_units():
    issue = ner_issue(10)
    issue = replace(issue, documents=tuple(with_astral(d) for d in issue.documents))
    got = files(issue)
    assert len(got) == 10
    for doc in issue.documents:
        units, spans = read_tsv(got[f"{doc.name}.tsv"])
        assert units[0] == ASTRAL and min(k for k in units if k > 0) == 2
        u16 = doc.text.encode("utf-16-le")
        assert {(u16[2 * s:2 * e].decode("utf-16-le"), l) for s, e, l in spans} == \
            {(s.quote, s.label) for s in doc.spans}


def test_stacked_spans_are_both_kept():
    text = "江西省总工会召开会议。"
    doc = DocumentView(1, "a", text, Structure(), (Span(0, 6, "ORG", text[:6]), Span(0, 3, "LOC", "江西省"),
                                                   Span(6, 7, "PER", "召")))
    [content] = files(IssueView(1, IssueMeta(), (doc,))).values()
    assert read_tsv(content)[1] == {(0, 6, "ORG"), (0, 3, "LOC"), (6, 7, "PER")}
    assert "1-1\t0-1\t江\t*[1]|*[2]\tORG[1]|LOC[2]" in content.splitlines()
