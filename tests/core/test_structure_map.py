"""The stored article structure follows the editor's edits."""
import pytest

from editor.core.edits import Edit, fold
from editor.core.model import Article, Block, Figure, Structure
from editor.core.segment import segment
from editor.core.structure_map import carry
from tests.paths import sample

TEXT = "工会送温暖\n本报记者 李国\n全省工会开展慰问\n职工表示感谢\n慰问现场 王欣摄"


def _structure():
    return Structure((Article(title=Block("title", 0, 5), byline=Block("byline", 6, 13),
                              body=(Block("paragraph", 14, 22), Block("paragraph", 23, 29)),
                              figures=(Figure(Block("caption", 30, 34), Block("credit", 35, 38)),)),))


def _after(edits):
    text = fold(TEXT, edits)
    return text, carry(_structure(), edits, text)


def _texts(text, article):
    return {"title": article.title and article.title.text(text),
            "byline": article.byline and article.byline.text(text),
            "body": [b.text(text) for b in article.body],
            "figures": [(f.caption and f.caption.text(text), f.credit and f.credit.text(text)) for f in article.figures]}


def test_no_edits_keep_the_structure():
    assert carry(_structure(), [], TEXT) == _structure()


def test_text_typed_at_a_blocks_edges_belongs_to_it():
    text, s = _after([Edit(14, 14, "近日，"), Edit(25, 25, "。")])
    assert _texts(text, s.articles[0])["body"] == ["近日，全省工会开展慰问。", "职工表示感谢"]


def test_a_fixed_typo_keeps_title_byline_and_figure():
    text, s = _after([Edit(2, 3, "宋")])
    got = _texts(text, s.articles[0])
    assert got["title"] == "工会宋温暖" and got["byline"] == "本报记者 李国"
    assert got["figures"] == [("慰问现场", "王欣摄")]


def test_joined_paragraphs_become_one():
    text, s = _after([Edit(22, 23, "")])
    assert _texts(text, s.articles[0])["body"] == ["全省工会开展慰问职工表示感谢"]


def test_a_broken_paragraph_becomes_two():
    text, s = _after([Edit(18, 18, "\n")])
    assert _texts(text, s.articles[0])["body"] == ["全省工会", "开展慰问", "职工表示感谢"]


def test_an_emptied_block_is_dropped():
    text, s = _after([Edit(6, 14, "")])
    assert s.articles[0].byline is None and _texts(text, s.articles[0])["body"][0] == "全省工会开展慰问"


def test_a_typed_line_between_blocks_is_a_paragraph():
    text, s = _after([Edit(22, 22, "\n各地工会走访困难职工")])
    assert _texts(text, s.articles[0])["body"] == ["全省工会开展慰问", "各地工会走访困难职工", "职工表示感谢"]


def test_an_astral_character_counts_one():
    text, s = _after([Edit(0, 0, "\U00020000")])
    assert s.articles[0].title == Block("title", 0, 6) and _texts(text, s.articles[0])["title"] == "\U00020000工会送温暖"


def test_text_typed_into_an_empty_document_is_an_article():
    s = carry(Structure(), [Edit(0, 0, "新稿件")], "新稿件")
    assert [b.text("新稿件") for b in s.articles[0].body] == ["新稿件"]


@pytest.mark.parametrize("number", ["000", "002", "004"])
def test_a_segmented_sample_survives_deleting_every_other_line(number):
    sample_text = sample(number)
    structure = segment(sample_text)
    lines = sample_text.split("\n")
    edits, pos = [], 0
    for i, line in enumerate(lines):
        if i % 2 and line:
            edits.append(Edit(pos, pos + len(line), ""))
        else:
            pos += len(line)
        pos += 1
    text = fold(sample_text, edits)
    carried = carry(structure, edits, text)
    blocks = [b for a in carried.articles for b in (*a.head(), *a.body)]
    assert all(b.text(text).strip() and "\n" not in b.text(text) for b in blocks)
    assert [l for l in text.split("\n") if l.strip()] and blocks
