"""The character model the decoder judges readings by."""
from editor.core.decoding.charmodel import logp, score, table_variants


def test_common_characters_outrank_rare_ones():
    assert logp("的") > logp("涓") > logp("\U00020000")


def test_traditional_characters_score_like_simplified():
    assert abs(logp("國") - logp("国")) < 0.01


def test_chinese_outranks_its_latin1_mojibake():
    assert score("中国").logp > score("ÖÐ¹ú").logp


def test_control_and_private_use_rank_lowest():
    assert max(logp("\x07"), logp("\ue000")) < min(logp("Ö"), logp("乂"))


def test_table_variants_score_alike():
    assert logp("\u2015") == logp("\u2014") and logp("\u30fb") == logp("\u00b7")


def test_table_variants_differ_only_by_partners():
    assert table_variants("中国梦・劳动", "中国梦·劳动") and not table_variants("中国", "中华")
