from editor.core.cleanup import pipeline as clean
from editor.core.cleanup.hints import hints_from_run
from editor.core.cleanup.rules.interrupted import RULE
from tests.core.cleanup.rules.helpers import apply, proposals
from tests.paths import sample

CUT = ("广泛开展 天工杯 十大示范性劳动和技能竞赛,引导广大职工立足岗位、奋勇争先。"
       "2019年,省总工会本级组织赛事16场,各级工会组织赛事近100场。为巩固群众性创新基础,给")
CAPTION = "2020年江西省“天工杯”十大示范性技能竞赛 江西省中医药行业职工职业技能竞赛"
REST = "职工创新成果提供展示平台,全省各级工会组织积极引导职工为企业献计出力。"


def test_the_sentence_is_joined_and_the_caption_follows_its_paragraph():
    text = CUT + "\n\n\n\n" + CAPTION + "\n\n" + REST + "\n\n下一段。\n"
    assert apply(RULE, text) == CUT + REST + "\n" + CAPTION + "\n\n下一段。\n"


def test_the_move_is_one_change_that_keeps_every_character():
    text = CUT + "\n\n\n\n" + CAPTION + "\n\n" + REST + "\n"
    (change,) = proposals(RULE, text)
    assert sorted(change.before.replace("\n", "")) == sorted(change.after.replace("\n", ""))
    assert change.confidence < 0.9


def test_the_moved_line_is_marked_as_a_caption():
    run = clean.run(CUT + "\n\n\n\n" + CAPTION + "\n\n" + REST + "\n", rules=[RULE])
    assert hints_from_run(run) == {run.text.index(CAPTION): "caption"}


def test_without_the_hole_of_a_picture_nothing_moves():
    assert proposals(RULE, CUT + "\n\n" + CAPTION + "\n\n" + REST + "\n") == []


def test_a_finished_sentence_before_a_caption_is_left_alone():
    assert proposals(RULE, "各级工会组织赛事近100场。\n\n\n\n" + CAPTION + "\n\n" + REST + "\n") == []


def test_seed_001_reads_on_across_its_photo():
    out = clean.run(sample("001")).text
    assert "为巩固群众性创新基础，给职工创新成果提供展示平台" in out
