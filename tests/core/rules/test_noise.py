from pathlib import Path

from editor.core.rules.noise import NoiseRule, RULE, load_patterns
from tests.core.rules.helpers import apply, proposals
from tests.paths import sample


def test_share_widget_and_related_articles_label_go():
    text = "共同打贏疫情防控戰。(辛聞 趙新諭)\n\n\n分享到:\n\n\n相關文章:"
    assert apply(RULE, text) == "共同打贏疫情防控戰。(辛聞 趙新諭)\n\n\n"


def test_headline_repeated_above_each_photo_goes_and_marks_the_caption():
    text = sample("003")
    out = apply(RULE, text)
    headline = "多措並舉助力 企業復工復產---廣西柳州市總工會暖心服務彰顯工會組織擔當"
    assert out.count(headline) == 1 and out.startswith(headline)
    repeats = [c for c in proposals(RULE, text) if c.data.get("role") == "caption"]
    assert len(repeats) == 3


def test_stray_photo_numbers_go():
    text = "济社会平稳运行。\n\n2\n\n3\n\n4\n\n5\n\n◆ 1月24日\n"
    assert apply(RULE, text) == "济社会平稳运行。\n\n◆ 1月24日\n"


def test_a_number_inside_wrapped_text_stays():
    text = "近日远东电缆再次向火神山医院工程提供了\n30\n公里线缆。\n"
    assert proposals(RULE, text) == []


def test_a_truncated_fragment_is_kept():
    assert "本版图片由" in apply(RULE, sample("001"))


def test_repeated_wrapped_fragments_are_not_headlines():
    assert [c.data["noise"] for c in proposals(RULE, sample("004"))] == ["2", "3", "4", "5"]


def test_the_dictionary_is_a_file_the_user_can_extend(tmp_path: Path):
    extra = tmp_path / "noise.txt"
    extra.write_text("# comment\n本文来源[:：].*\t0.7\n", encoding="utf-8")
    (change,) = proposals(NoiseRule(extra), "正文。\n\n本文来源：网络\n")
    assert change.confidence == 0.7 and len(load_patterns(extra)) == 1


def test_widget_noise_is_surer_than_a_button_word():
    changes = {c.data["noise"]: c.confidence for c in proposals(RULE, "分享到：微信 微博\n\n点赞 12\n")}
    assert changes["分享到：微信 微博"] > changes["点赞 12"]
