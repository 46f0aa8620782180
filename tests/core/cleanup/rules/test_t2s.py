from editor.core.cleanup.rules.base import Context
from editor.core.cleanup.rules.t2s import RULE, is_traditional, variant_config
from tests.core.cleanup.rules.apply import applied, proposals, seed_line
from tests.paths import sample


def test_traditional_seed_is_detected():
    assert is_traditional(sample("003"))


def test_simplified_seeds_are_untouched():
    for prefix in ("000", "001", "002", "004"):
        assert proposals(RULE, sample(prefix)) == [], prefix


def test_taiwan_forms_choose_tw2s():
    assert variant_config(sample("003")) == "tw2s"


def test_hong_kong_forms_choose_hk2s():
    assert variant_config("工作室裏的電綫和保衞") == "hk2s"


def test_mainland_forms_are_used():
    text = sample("003")
    out = applied(RULE, text)
    assert "工作室里" in out and "出台了" in out and "关于抗击" in out


def test_traditional_headline_converts():
    text = sample("003")
    first = applied(RULE, text).splitlines()[0]
    assert first == "多措并举助力 企业复工复产---广西柳州市总工会暖心服务彰显工会组织担当"


def test_protected_name_keeps_its_characters():
    text = sample("003")
    start = text.index("鄭志明")
    ctx = Context(protected=((start, start + 3),))
    changes = [c for c in proposals(RULE, text, ctx) if c.start < start + 3 and c.end > start]
    assert all(c.start >= start and c.end <= start + 3 for c in changes)


def test_simplified_text_with_a_few_traditional_characters_stays():
    text = seed_line("000", "龚建华一行") + "乾隆年間"
    assert proposals(RULE, text) == []


def test_a_change_covers_one_phrase_trimmed_to_its_converted_characters():
    text = sample("003")
    changes = proposals(RULE, text)
    assert [(c.before, c.after) for c in changes[:2]] == [("並舉", "并举"), ("業復工復產", "业复工复产")]
