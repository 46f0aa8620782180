from editor.core.cleanup.rules.doubled_chars import RULE
from tests.core.cleanup.rules.apply import applied, proposals, seed_line


def test_typed_twice_is_repaired():
    assert "把工会系统全面从严治党引向深入" in applied(RULE, seed_line("001", "从从严"))


def test_doubled_function_word_is_repaired():
    assert applied(RULE, "加快科学技术的的发展速度") == "加快科学技术的发展速度"


def test_doubled_suffix_before_a_non_word_is_repaired():
    assert applied(RULE, "不少厕所所收费偏高") == "不少厕所收费偏高"


def test_dictionary_reduplications_stay():
    text = "谢谢你常常来看看，人人天天学习，一一落实，层层把关，把门关得严严实实。"
    assert proposals(RULE, text) == []


def test_two_words_meeting_on_one_character_stay():
    assert proposals(RULE, "各级工会要关心职工工作，援鄂医疗队队员出发") == []


def test_suffix_and_title_stay():
    assert proposals(RULE, "斯特拉斯堡市市长罗朗·雷斯") == []


def test_reduplicated_given_name_stays():
    assert proposals(RULE, seed_line("002", "第一个递交入党申请书的是宋丽丽")) == []


def test_runs_of_three_stay():
    assert proposals(RULE, "他笑着说哈哈哈，好好好") == []


def test_confidence_sits_between_the_profiles():
    (change,) = proposals(RULE, seed_line("001", "从从严"))
    assert 0.5 <= change.confidence < 0.9


def test_a_character_left_alone_by_the_segmentation_is_a_slip():
    # 若干|干|重大: the dictionary reads two words meeting on 干 only at a loss.
    assert applied(RULE, "持续高效发展中的若干干重大问题") == "持续高效发展中的若干重大问题"
    assert applied(RULE, "展览办得很好，富有有感染力") == "展览办得很好，富有感染力"


def test_words_meeting_on_a_character_in_the_seeds_stay():
    assert proposals(RULE, seed_line("004", "医疗队队员")) == []
    assert proposals(RULE, "她的左眼眼底出血，去年年底发射失败") == []


def test_unit_after_a_number_typed_twice_is_repaired():
    assert applied(RULE, "1937年年12月13日") == "1937年12月13日"


def test_time_position_after_a_number_stays():
    assert proposals(RULE, "1998年年底，2020年年初，3月月底") == []


def test_doubled_surname_before_the_given_name_is_repaired():
    line = seed_line("002", "王艳涛骑着共享单车")
    assert applied(RULE, line.replace("王艳涛", "王王艳涛")) == line


def test_measure_word_reduplicated_after_one_stays():
    assert proposals(RULE, seed_line("001", "一个个奋斗拼搏的故事")) == []
    assert proposals(RULE, "桥梁一座座断折，一处处破裂") == []


def test_aabb_phrase_stays():
    assert proposals(RULE, "纷纷纭纭，斗乱而不可乱也；谆谆翕翕，徐与人言者") == []


def test_verbs_the_dictionary_reduplicates_stay_others_are_slips():
    assert proposals(RULE, "能不能找找两间有暖气的房子") == []
    assert applied(RULE, "大力兴兴教；另一方面") == "大力兴教；另一方面"


def test_reduplicated_verb_before_a_particle_is_a_slip():
    assert applied(RULE, "他在屋里找找了半天") == "他在屋里找了半天"
    assert applied(RULE, "为香港公益金筹筹得四百多万港元") == "为香港公益金筹得四百多万港元"


def test_pronouns_adverbs_and_modal_verbs_typed_twice_are_repaired():
    text = "这是是它它形成尚不足8亿年时，仍仍处于低迷，能能说明"
    assert applied(RULE, text) == "这是它形成尚不足8亿年时，仍处于低迷，能说明"


def test_a_surname_character_where_two_words_meet_stays():
    assert proposals(RULE, "长江江水滚滚东流，湘江江畔") == []
