from editor.core.cleanup.rules.base import Context
from editor.core.cleanup.joins import joiner
from editor.core.cleanup.rules.unwrap import RULE
from tests.core.cleanup.rules.helpers import apply, proposals

COLUMN = ("为减轻新冠肺炎疫情对小微企业生产和\n员工生活的影响，帮助小微企业渡过难关，无\n"
          "锡市总工会要求市（县）区总工会继续执行对\n小微企业工会经费暂缓收缴的政策。\n")


def test_column_lines_become_one_paragraph():
    assert apply(RULE, COLUMN) == ("为减轻新冠肺炎疫情对小微企业生产和员工生活的影响，帮助小微企业渡过难关，"
                                   "无锡市总工会要求市（县）区总工会继续执行对小微企业工会经费暂缓收缴的政策。\n")


def test_a_full_line_ending_a_sentence_runs_on():
    text = ("各级工会除了对疫情防控物资生产企业\n一线职工进行慰问，还通过引导企业工会开\n"
            "展劳动竞赛等形式，激发职工的劳动热情。\n宜兴远东电缆有限公司、驰马拉链股份有限\n"
            "公司等企业工会积极组建生产突击小组，加\n班加点生产疫情防控物资。\n")
    assert apply(RULE, text).count("\n") == 1


def test_a_short_line_ending_a_sentence_ends_the_paragraph():
    text = COLUMN + ("针对疫情防控期间企业开展培训面临\n的困境，无锡市总工会大力推进企业网上大\n"
                     "学、工会会员教育普惠平台等互联网培训项\n目，助力企业开展线上技能素质培训。\n")
    assert apply(RULE, text).count("\n") == 2


def test_a_marked_heading_stays_on_its_own_line():
    text = "◆ 1月28日\n无锡市总工会成立新\n型冠状病毒感染的肺炎疫\n情防控领导小组，由市总工\n会党组书记、副主席吴涛任\n组长。\n"
    out = apply(RULE, text)
    assert out.startswith("◆ 1月28日\n无锡市总工会成立新型冠状病毒")


def test_a_stack_of_display_lines_is_not_wrapped_text():
    text = "万众一心 阻击疫情\n无锡工会“战疫”时间轴\n无锡各级工会多管齐下\n"
    assert proposals(RULE, text) == []


def test_lines_of_a_laid_out_text_are_not_a_column():
    text = ("龚建华深入在昌产业开展慰问调研\n"
            "3月10日，省人大常委会副主任、党组成员，省总工会主席龚建华深入江钨稀有金属新材料股份有限公司。\n"
            "省总工会一级巡视员吴海平陪同。\n")
    assert proposals(RULE, text) == []


def test_hinted_titles_split_a_block():
    text = "精准施策持续作战保复工\n无锡各级工会多管齐下，\n保复工促生产稳就业惠民\n生。\n"
    changes = RULE.propose(text, Context(hints={0: "title"}))
    assert all(c.start > text.index("\n") for c in changes)


def test_latin_words_keep_a_space_when_joined():
    assert joiner("Hello,", "world") == "" and joiner("Hello", "world") == " "
    assert joiner("联合省内金融机构推行 赣工贷", "业务") == "" and joiner("JX", "草根谈") == ""


def test_text_wrapped_at_a_number_of_characters_unwraps_too():
    """An export with a fixed line length wraps at ten characters, so the lines with digits
    are narrower in print than the others; they are still full lines of that text."""
    paragraph = ("非洲国家间的贸易近两年一直呈强烈增长势头：1996年度增长了19％，1997年增长了22％，"
                 "即增长了318亿美元。非洲发展基金第八次增资，将使这些国家能够得到资金以利于它们的经济发展事业。")
    wrapped = "\n".join(paragraph[i:i + 10] for i in range(0, len(paragraph), 10))
    assert "\n318亿美元。非洲发\n" in wrapped  # 7.5 columns wide in print, of 10
    assert apply(RULE, wrapped) == paragraph


def test_a_printed_column_keeps_its_width_measure():
    """Lines wrapped by print width: a short last line with digits (more characters than the
    column holds ideographs) still ends its paragraph."""
    text = ("为减轻新冠肺炎疫情对小微\n企业生产和员工生活的影\n响，帮助小微企业渡过难\n关，1,234,567元。\n"
            "市总工会要求市区总工会继\n续执行对小微企业工会经\n费暂缓收缴的政策，帮助\n企业渡过难关。\n")
    assert apply(RULE, text) == ("为减轻新冠肺炎疫情对小微企业生产和员工生活的影响，帮助小微企业渡过难关，1,234,567元。\n"
                                 "市总工会要求市区总工会继续执行对小微企业工会经费暂缓收缴的政策，帮助企业渡过难关。\n")
