from editor.core.cleanup.rules.width import RULE
from tests.core.cleanup.rules.apply import applied, proposals, seed_line


def test_full_width_digits_become_ascii():
    line = seed_line("002", "3月14日").replace("3月14日", "３月１４日")
    assert applied(RULE, line) == seed_line("002", "3月14日")


def test_full_width_letters_become_ascii():
    assert applied(RULE, "开通ＡＰＰ和ｗｅｂ服务") == "开通APP和web服务"


def test_full_width_decimal_point_inside_a_number():
    assert applied(RULE, "拨付资金１９．５万元，") == "拨付资金19.5万元，"


def test_full_width_punctuation_stays():
    assert proposals(RULE, "问卷收回率达100％，（县）区！") == []
