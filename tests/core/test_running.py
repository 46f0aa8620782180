from editor.core.layout.running import cut_by_shape, running_evidence


def test_a_stub_after_a_clause_is_a_cut():
    assert cut_by_shape("时已立春，万")
    assert not cut_by_shape("稳就业，保民生，促发展")
    assert not cut_by_shape("解难题，进企业走访调研")


def test_what_paragraphs_open_with_is_running_text():
    assert running_evidence("与此同时,重庆市总要求各级工会协助", "政府做好企业复工复产、职工就业工作。")


def test_a_word_across_the_cut_is_running_text():
    assert running_evidence("以思想之光教育引导广大职工,全省各级工会组织一直在坚持", "不懈地努力。")


def test_a_headline_has_no_evidence():
    assert running_evidence("当好防疫复工勤务员", "市总工会微信在这个特殊时期发挥了重要作用。") is None
    assert running_evidence("在 大考 中彰显工会作为", "2020年是全面建成小康社会规划收官之年。") is None


def test_a_one_character_clause_after_the_cut_is_running_text():
    assert running_evidence("前天，摩洛哥队外出训练时，所乘的崭新大巴坏", "了。当天，日本长期国债收益率跌至历史最低点。")


def test_a_function_word_at_the_end_is_running_text():
    assert running_evidence("面对美国国会某些", "议员的无理指责，中方作出了严正回应。")
