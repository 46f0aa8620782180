"""The stored article structure follows the editor's edits."""
import pytest

from editor.core.text.edits import Edit, fold
from editor.core.model import Article, Block, Figure, Structure
from editor.core.layout.segment import segment
from editor.core.layout.structure_map import carry
from tests.paths import sample

TEXT = "工会送温暖\n本报记者 李国\n全省工会开展慰问\n职工表示感谢\n慰问现场 王欣摄"


def _structure():
    return Structure((Article(title=Block("title", 0, 5), byline=Block("byline", 6, 13),
                              body=(Block("paragraph", 14, 22), Block("paragraph", 23, 29)),
                              figures=(Figure(Block("caption", 30, 34), Block("credit", 35, 38)),)),))


def _after(edits):
    text = fold(TEXT, edits)
    return text, carry(_structure(), TEXT, edits, text)


def _texts(text, article):
    return {"title": article.title and article.title.text(text),
            "byline": article.byline and article.byline.text(text),
            "body": [b.text(text) for b in article.body],
            "figures": [(f.caption and f.caption.text(text), f.credit and f.credit.text(text)) for f in article.figures]}


def test_no_edits_keep_the_structure():
    assert carry(_structure(), TEXT, [], TEXT) == _structure()


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
    s = carry(Structure(), "", [Edit(0, 0, "新稿件")], "新稿件")
    assert [b.text("新稿件") for b in s.articles[0].body] == ["新稿件"]


def _blocks(structure):
    return sorted((b for a in structure.articles
                   for b in (*a.head(), *a.body, *(x for f in a.figures for x in (f.caption, f.credit) if x))),
                  key=lambda b: b.start)


def _sound(structure, text):
    """Blocks are non-empty, in range, never overlap, and every non-empty line is in one."""
    blocks = _blocks(structure)
    assert all(0 <= b.start < b.end <= len(text) and b.text(text).strip() for b in blocks)
    assert all(a.end <= b.start for a, b in zip(blocks, blocks[1:]))
    for start, end in ((m, m + len(l)) for m, l in _lines(text) if l.strip()):
        assert any(b.start < end and b.end > start for b in blocks), text[start:end]
    return True


def _lines(text):
    pos = 0
    for line in text.split("\n"):
        yield pos, line
        pos += len(line) + 1


def _edited(number, edits):
    before = sample(number)
    structure = segment(before)
    after = fold(before, edits)
    return structure, after, carry(structure, before, edits, after)


@pytest.mark.parametrize("number", ["000", "002", "004"])
def test_a_segmented_sample_survives_deleting_every_other_line(number):
    sample_text = sample(number)
    lines = sample_text.split("\n")
    edits, pos = [], 0
    for i, line in enumerate(lines):
        if i % 2 and line:
            edits.append(Edit(pos, pos + len(line), ""))
        else:
            pos += len(line)
        pos += 1
    _, text, carried = _edited(number, edits)
    assert _sound(carried, text)


@pytest.mark.parametrize("number", ["000", "002", "004"])
def test_replacing_everything_leaves_the_new_text_as_one_article(number):
    n = len(sample(number))
    _, text, carried = _edited(number, [Edit(0, n, "新的标题\n新的正文。")])
    assert _sound(carried, text)
    assert [b.text(text) for b in _blocks(carried)] == ["新的标题", "新的正文。"]


def test_typing_where_a_byline_meets_its_paragraph_gives_the_text_to_one_block():
    text = "工会送温暖\n本报讯（记者李国）3月14日，全省工会开展慰问。"
    structure = Structure((Article(title=Block("title", 0, 5), byline=Block("byline", 6, 15),
                                   body=(Block("paragraph", 15, len(text)),)),))
    after = fold(text, [Edit(15, 15, "，")])
    carried = carry(structure, text, [Edit(15, 15, "，")], after)
    assert _sound(carried, after)
    assert carried.articles[0].byline.text(after) + carried.articles[0].body[0].text(after) == after[6:]


@pytest.mark.parametrize("number", ["000", "002", "004"])
def test_an_edit_and_its_undo_duplicate_nothing(number):
    before = sample(number)
    a = Edit(100, 400, "X", before[100:400])
    edits = [a, Edit(100, 101, before[100:400], "X")]
    _, text, carried = _edited(number, edits)
    assert text == before
    assert _sound(carried, text)


def test_a_two_line_byline_stays_whole_when_the_text_elsewhere_changes():
    text = "工会送温暖\n本报记者 李昱霖\n本报通讯员 刘月\n全省工会开展慰问。"
    structure = Structure((Article(title=Block("title", 0, 5), byline=Block("byline", 6, 23),
                                   body=(Block("paragraph", 24, len(text)),)),))
    edits = [Edit(len(text), len(text), "！")]
    after = fold(text, edits)
    carried = carry(structure, text, edits, after)
    assert carried.articles[0].byline.text(after) == "本报记者 李昱霖\n本报通讯员 刘月"


@pytest.mark.parametrize("seed", range(6))
@pytest.mark.parametrize("number", ["000", "002", "004"])
def test_random_edits_keep_the_structure_sound(number, seed):
    import random

    rng = random.Random(seed)
    text = before = sample(number)
    structure = segment(before)
    for _ in range(8):
        start = rng.randrange(len(text))
        end = min(len(text), start + rng.choice([0, 0, 1, 5, 40, 300]))
        insert = rng.choice(["", "字", "\n", "新段落\n", "\U00020000", "。\n\n"])
        edit = Edit(start, end, insert, text[start:end])
        after = edit.apply(text)
        structure = carry(structure, text, [edit], after)
        text = after
        assert _sound(structure, text)


def test_thousands_of_edits_carry_the_articles_as_edit_by_edit_does():
    from editor.core.layout import structure_map
    from editor.core.layout.segment import segment
    from editor.core.text.edits import fold, sequential
    text = "龚建华深入调研\n" + "\n".join(f"全省工会,系统开展,慰问活动{i}。" for i in range(60))
    edits = sequential(text, [Edit(i, i + 1, "，") for i, ch in enumerate(text) if ch == ","])
    assert len(edits) > 64
    after = fold(text, edits)
    structure = segment(text)
    batched = structure_map.carry(structure, text, edits, after)
    one_by_one = structure_map._rebuild(structure_map._with_new_lines(structure_map._without_overlaps(
        structure_map._placed(structure, text, _ExactMaps(edits), after), after), after), after)
    assert batched == one_by_one


class _ExactMaps:
    def __init__(self, edits):
        from editor.core.layout.structure_map import _Maps
        self.inner = _Maps(edits[:0])
        self.inner.edits = edits  # edit by edit, whatever the count

    def range(self, start, end):
        return self.inner.range(start, end)

    def pos(self, pos, assoc):
        return self.inner.pos(pos, assoc)
