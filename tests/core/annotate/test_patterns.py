import pytest

from editor.core.annotate.suggest import Context
from editor.core.annotate.suggest.org_suffix import SUGGESTER as ORG
from editor.core.annotate.suggest.patterns import SUGGESTER as PATTERNS


def found(text, suggester=PATTERNS, ctx=None):
    return [(text[s.start:s.end], s.label) for s in suggester.suggest(text, ctx or Context())]


@pytest.mark.parametrize("text, expected", [
    ("共捐款83万元，慰问困难职工", [("83万元", "MONEY")]),
    ("全省28家企业126065人参加，发放4200个口罩", [("28家", "QUANTITY"), ("126065人", "QUANTITY"),
                                               ("4200个", "QUANTITY")]),
    ("尼古丁14％至20％都进了口腔", [("14％", "PERCENT"), ("20％", "PERCENT")]),
    ("2020年3月15日上午9时30分召开", [("2020年3月15日", "DATE"), ("上午9时30分", "TIME")]),
    ("１９９８年１月５日", [("１９９８年１月５日", "DATE")]),
    ("学习《中华人民共和国工会法》", [("中华人民共和国工会法", "WORK")]),
    ("这是一个重要结论，两位同志", []),
    ("增长了百分之三十", [("百分之三十", "PERCENT")]),
])
def test_patterns_by_written_shape(text, expected):
    assert found(text) == expected


def test_offsets_are_code_points_after_an_astral_character():
    text = "𠀀捐款83万元"
    [s] = PATTERNS.suggest(text, Context())
    assert (s.start, s.end) == (3, 7) and text[s.start:s.end] == "83万元"


@pytest.mark.parametrize("text, expected", [
    ("省总工会主席龚建华在江西省总工会召开会议", ["江西省总工会"]),
    ("国家电投江西公司新电分公司和江钨稀有金属新材料股份有限公司", ["国家电投江西公司新电分公司", "江钨稀有金属新材料股份有限公司"]),
    ("他在部里工作", []),
])
def test_organizations_by_their_suffix(text, expected):
    got = [q for q, label in found(text, ORG)]
    assert all(label == "ORG" for _, label in found(text, ORG))
    assert [g for g in got if g in expected] == expected and len(got) <= len(expected) + 1


def test_with_the_analyzer_an_organization_needs_a_proper_name_and_whole_words():
    from editor.core.annotate.suggest.lexical import analyzer

    ctx = Context(analyze=analyzer())
    assert found("聘用制干部和领导干部来到保险公司和城乡结合部", ORG, ctx) == []
