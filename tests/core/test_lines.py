import pytest

from editor.core.layout.lines import (OWN_BLOCK_SHAPES, byline_prefix, byline_suffix, ends_sentence, own_block_shape, shape,
                               split_lines, width)
from tests.paths import sample


@pytest.mark.parametrize("line, kind", [
    ("本报记者 张静", "byline"),
    ("本报讯 (记者李国)", "byline"),
    ("（陈煜蕾）", "byline"),
    ("本报通讯员 刘月 王冠喜", "byline"),
    ("新华社记者 张博文 摄", "credit"),
    ("◆ 1月24日", "marked"),
    ("一、加强组织领导", "marked"),
    ("出台政策惠企业", "display"),
    ("胜利油田孤岛采油厂有一支85后“娘子军”,防疫期间她们变身社区网格“防疫兵”,给小区居民送去贴心温暖——", "display"),
    ("本报讯5月9日至11日，全国省、自治区党报总编辑座谈会在京举行。", "paragraph"),
    ("（试行）", "display"),
    ("省总工会一级巡视员吴海平陪同。", "paragraph"),
])
def test_line_shapes(line, kind):
    assert shape(line) == kind


def test_a_byline_glued_to_a_lead_is_found_at_its_start():
    line = "本报讯 (记者李国)3月14日,重庆市总工会宣布发放救助金。"
    assert line[:byline_prefix(line)] == "本报讯 (记者李国)"


def test_a_byline_after_the_last_sentence_is_found_at_its_end():
    line = "共同打贏疫情防控戰。(辛聞 趙新諭)"
    assert line[byline_suffix(line):] == "(辛聞 趙新諭)"
    assert byline_suffix("发布了《管理办法（试行）》。（完）") is None


def test_sentence_ends_include_closing_quotes_and_a_trailing_byline():
    assert ends_sentence("要求“充分发挥工会作用，全力打赢疫情防控阻击战”。")
    assert ends_sentence("我一定会把工作干好。”")
    assert ends_sentence("共同打贏疫情防控戰。(辛聞 趙新諭)")
    assert not ends_sentence("发布《关于减少和取消公众聚集性活动的通告》")


def test_width_counts_latin_and_digits_as_half():
    assert width("近1000多名") == 5.0


def test_lines_know_their_offsets_and_drop_carriage_returns():
    text = "𠀀标题\r\n正文。"
    assert [(ln.start, ln.end, ln.text) for ln in split_lines(text)] == [(0, 3, "𠀀标题"), (5, 8, "正文。")]


def test_own_block_shape_is_the_shape_test_it_shortcuts():
    lines = [ln.text for p in ("000", "001", "002", "003", "004") for ln in split_lines(sample(p))]
    lines += ["◆ 1月24日", "１、复工", "３、复工", "第三章 总则", "（二）做好防护", "新华社记者 张博文 摄", "图/张三",
              "  本报记者 张静", "（陈煜蕾）", "为减轻新冠肺炎疫情对小微企业生产和", "文/张三", "文 李四", "作者：王五",
              "新华社北京3月1日电", "人民网北京3月1日电", "中新社记者 刘洋", "特约通讯员 赵六", "实习生 孙七",
              "见习记者 周八", "记者 吴九", "通讯员 郑十", "(记者 张三)", "中国人民", "人民群众", "新的一年"]
    assert sum(own_block_shape(s) for s in lines) >= 12
    for s in lines:
        assert own_block_shape(s) == (shape(s) in OWN_BLOCK_SHAPES), s
