from editor.core.cleanup.rules.base import Context
from editor.core.cleanup.rules.join import RULE
from tests.core.cleanup.rules.helpers import apply, proposals
from tests.paths import sample

LONG = "他强调，在企业复工复产的特殊时期，各级工会要找准定位，发挥工会广泛联系职工的优势，协助企业复工复产、"


def test_a_long_paragraph_cut_mid_sentence_is_joined():
    text = LONG + "帮助\n\n企业排解困难。要切实保障职工的合法权益。\n"
    assert apply(RULE, text) == LONG + "帮助企业排解困难。要切实保障职工的合法权益。\n"


def test_seed_breaks_are_joined():
    assert "需要长期维持院外治疗" in apply(RULE, sample("002").replace("**", ""))
    assert "一直在坚持不懈地努力" in apply(RULE, sample("001"))


def test_a_sentence_end_is_a_real_paragraph_end():
    text = "省总工会一级巡视员吴海平陪同。\n\n在江钨稀有金属新材料股份有限公司生产车间，每到一处。\n"
    assert proposals(RULE, text) == []


def test_headings_are_not_joined_into_the_next_paragraph():
    text = ("推出了线上企业招聘定制服务。\n\n当好防疫复工勤务员\n\n市总工会微信在这个特殊时期发挥了重要作用。\n\n"
            "维护职工权益不放松\n\n市总工会日前印发了《防疫期间职工权益维护政策汇编》。\n")
    assert proposals(RULE, text) == []


def test_a_lone_short_line_between_paragraphs_is_joined_with_low_confidence():
    text = "维护职工权益不放松\n\n市总工会日前印发了政策汇编。\n\n各级团组织\n\n要积极行动起来，配合做好防疫工作。\n"
    (change,) = proposals(RULE, text)
    assert change.before == "\n\n" and change.confidence < 0.9


def test_a_title_over_a_byline_is_not_joined():
    text = ("为实现疫情防控和经济社会发展“两手抓、两手硬、双胜利”贡献工会力量。在政策支持、宣传引导、服务保障方面着力\n\n"
            "吉安市总“四个先行”助企业复工复产\n\n本报讯 (记者卢翔 通讯员谢昕)连日来，吉安市总工会坚持“四个先行”。\n")
    assert not any("吉安市总“四个先行”" in c.before for c in proposals(RULE, text))


def test_a_hinted_title_is_never_joined():
    text = "给小区居民送去贴心温暖——\n\n社区里的“青春防线”\n\n阅读提示\n"
    assert RULE.propose(text, Context(hints={text.index("社区里"): "title"})) == []


def test_a_line_cut_after_a_clause_is_running_text():
    text = "为巩固群众性创新基础，\n\n职工创新成果提供展示平台，提高职工合理化建议的实施率。\n"
    (change,) = proposals(RULE, text)
    assert change.confidence >= 0.9


def test_short_lines_under_a_marked_heading_are_joined():
    text = "◆ 1月31日\n无锡市总工会\n\n印发《关于在疫情防\n\n控一级响应期间对无锡市特困职工发放专项临时生活补贴的通知》。\n"
    assert apply(RULE, text).endswith("无锡市总工会印发《关于在疫情防控一级响应期间对无锡市特困职工发放专项临时生活补贴的通知》。\n")


def test_a_line_broken_inside_a_word_is_joined():
    text = "上饶市总工会主动担当，积极发挥工会组织作为党和政府联\n\n系职工的桥梁纽带作用，以实打实的“组合拳”帮扶职工。\n"
    assert "联系职工" in apply(RULE, text)


def test_a_paragraph_opener_is_running_text():
    text = "与此同时,重庆市总要求各级工会协助\n\n政府做好企业复工复产、职工就业工作。\n"
    assert "协助政府" in apply(RULE, text)


def test_a_display_title_in_halves_is_not_joined():
    text = "靖安县总工会开展红色教育主题活动\n\n在 大考 中彰显工会作为\n\n2020年是全面建成小康社会规划收官之年。\n"
    assert proposals(RULE, text) == []


def test_a_caption_set_apart_by_blank_lines_is_not_joined_into_the_paragraph():
    text = LONG + "给\n\n\n\n2020年江西省天工杯十大示范性技能竞赛\n\n职工创新成果提供展示平台。\n"
    assert not any("天工杯" in c.before or "天工杯" in c.after for c in proposals(RULE, text))
