from editor.core.cleanup import pipeline as clean
from editor.core.cleanup.profiles import CONSERVATIVE, DEFAULT
from editor.core.cleanup.rules import BY_ID, RULES
from tests.paths import sample

ORDER = ("glyphs.doubled", "script.t2s", "width.alnum", "punct.quotes", "punct.width", "spaces.cjk",
         "quotes.stripped", "words.stray_english", "chars.doubled", "user.replacements")


def test_registry_keeps_the_documented_order():
    ids = [r.id for r in RULES]
    assert [i for i in ids if i in ORDER] == list(ORDER)


def test_ids_are_unique_and_described():
    assert len(BY_ID) == len(RULES)
    assert all(r.title and r.description for r in RULES)


def test_doubled_furniture_comes_out_clean_through_the_pipeline():
    run = clean.run(sample("004"), DEFAULT)
    furniture = [p.change.data["furniture"] for p in run.accepted() if p.change.data and "furniture" in p.change.data]
    assert furniture == ["A06 2020.2.24 星期一", "责编 汪自力 ｜ 版式 邹琦 ｜ 校对 王欣"]
    assert "责编" not in run.text


def test_traditional_seed_comes_out_simplified_with_chinese_punctuation():
    first = clean.run(sample("003"), DEFAULT).text.splitlines()[0]
    assert first == "多措并举助力 企业复工复产——广西柳州市总工会暖心服务彰显工会组织担当"


def test_conservative_profile_leaves_the_stray_word_proposed():
    run = clean.run(sample("000"), CONSERVATIVE)
    assert "疫情防控and复工复产" in run.text
    assert any(p.change.rule == "words.stray_english" for p in run.proposals)


def test_stripped_quotes_and_their_spaces_stay_for_the_editor():
    run = clean.run(sample("001"), DEFAULT)
    assert "开展 安康杯 安全生产" in run.text
    rules = {p.change.rule for p in run.proposals if p.status == "proposed" and "安康杯" in sample("001")[p.raw_start - 4:p.raw_end + 4]}
    assert {"spaces.cjk", "quotes.stripped"} <= rules


def test_a_term_the_document_shows_is_quoted_and_its_spaces_left_alone():
    run = clean.run(sample("001"), DEFAULT)
    assert "广泛开展“天工杯”十大示范性劳动" in run.text
    near = [p for p in run.proposals if "天工杯" in sample("001")[p.raw_start - 4:p.raw_end + 4]]
    assert not [p for p in near if p.change.rule == "spaces.cjk" and p.status == "proposed"]
