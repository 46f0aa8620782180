from editor.core.cleanup import pipeline as clean
from editor.core.cleanup.hints import hints_from_run
from editor.core.cleanup.rules.markup import RULE
from tests.core.cleanup.rules.helpers import apply, proposals
from tests.paths import sample


def test_heading_marks_go_and_record_their_level():
    text = "# 赣鄱工人有力量\n\n## 龚建华深入在昌产业开展慰问调研\n"
    assert apply(RULE, text) == "赣鄱工人有力量\n\n龚建华深入在昌产业开展慰问调研\n"
    roles = [c.data["role"] for c in proposals(RULE, text)]
    assert roles == ["title", "heading"]


def test_bold_marks_go_around_a_heading_and_a_run_in_lead():
    text = ("## **上饶市总工会主动担当抗疫使命 积极助力复工复产**\n\n"
            "**发挥工会作用，与企业共担成本度难关。**上饶市总坚持底线思维，")
    assert apply(RULE, text) == ("上饶市总工会主动担当抗疫使命 积极助力复工复产\n\n"
                                 "发挥工会作用，与企业共担成本度难关。上饶市总坚持底线思维，")


def test_a_rule_line_is_removed_whole():
    text = "为人民群众生命安全和身体健康无私奉献。\n\n---\n\n本期送：省委"
    changes = proposals(RULE, text)
    assert apply(RULE, text) == "为人民群众生命安全和身体健康无私奉献。\n\n\n本期送：省委"
    assert changes[0].data == {"role": "rule"}


def test_a_dash_between_title_halves_is_text_not_markup():
    text = "多措並舉助力 企業復工復產---廣西柳州市總工會暖心服務彰顯工會組織擔當"
    assert proposals(RULE, text) == []


def test_hashtags_and_stars_inside_text_stay():
    text = "网友在微博#抗击疫情#话题下留言，*号标注的数据为初步统计。"
    assert proposals(RULE, text) == []


def test_list_bullets_go():
    assert apply(RULE, "- 向每户困难职工发放救助金\n- 建立动态监测机制\n") == "向每户困难职工发放救助金\n建立动态监测机制\n"


def test_the_hints_follow_the_marks_into_the_final_text():
    run = clean.run(sample("002"), rules=[RULE])
    hints = hints_from_run(run)
    titled = {run.text[p:run.text.index("\n", p)] for p, role in hints.items() if role == "title"}
    assert "重庆市总突出解决职工突发性紧迫性生活困难" in titled
    assert "社区里的“青春防线”" in titled


def test_offsets_count_code_points():
    text = "𠀀\n## 标题\n"
    (change,) = proposals(RULE, text)
    assert text[change.start:change.end] == "## "
