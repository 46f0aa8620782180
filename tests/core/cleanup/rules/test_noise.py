from pathlib import Path

from editor.core.cleanup import pipeline as clean
from editor.core.cleanup.rules.noise import NoiseRule, RULE, load_patterns
from tests.core.cleanup.rules.helpers import apply, proposals
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


def test_a_headline_repeated_twice_in_a_row_marks_no_caption_on_the_text_after():
    """Only the line left after the last copy could be the photo's caption, and a paragraph
    is none: marking it would make cleaning the cleaned text change it again."""
    head = "小小的纪念章托在手心"
    body = "试验证明，在吸无过滤嘴的香烟时，香烟燃烧过程中产生的尼古丁14％至20％都进了口腔。"
    changes = proposals(RULE, f"{head}\n\n{head}\n\n{head}\n\n{body}")
    assert [c.reason for c in changes] == ["headline repeated"] * 2
    assert not any(c.data.get("role") for c in changes)
    cleaned = clean.run(f"{head}\n\n{head}\n\n{head}\n\n{body}").text
    assert cleaned == f"{head}\n{body}" and clean.run(cleaned).text == cleaned


def test_a_line_that_another_follows_directly_is_no_caption():
    """A caption stands alone; the first line of a column after the repeated headline does not."""
    head = "小小的纪念章托在手心"
    column = "十八集电视连续剧\n《红树林》正由中\n国检察日报社影视\n部摄制。"
    changes = proposals(RULE, f"{head}\n\n{head}\n\n{column}")
    assert [c.reason for c in changes] == ["headline repeated"] and not changes[0].data.get("role")
    cleaned = clean.run(f"{head}\n\n{head}\n\n{column}").text
    assert cleaned == f"{head}\n十八集电视连续剧《红树林》正由中国检察日报社影视部摄制。"
    assert clean.run(cleaned).text == cleaned


def test_a_caption_with_its_credit_right_under_it_is_marked():
    head = "小小的纪念章托在手心"
    body = "试验证明，在吸无过滤嘴的香烟时，香烟燃烧过程中产生的尼古丁14％至20％都进了口腔。"
    for credit in ("新华社记者 张博文 摄", "（新华社记者 张博文 摄）"):
        text = f"{head}\n\n{body}\n\n{head}\n\n老战士展示纪念章\n{credit}\n\n{body}\n"
        changes = proposals(RULE, text)
        assert [c.data.get("role") for c in changes] == ["caption"], credit


def test_only_whole_lines_read_as_the_headline():
    from editor.core.cleanup.rules.noise import _lines_reading
    head = "哈哈哈哈哈哈"
    text = f"{head}\n\n{'哈' * 40}\n  {head} \n前{head}\n{head}后\n{head}{head}\n\u3000{head}"
    assert [text[i:i + 3] for i in _lines_reading(text, head)] == ["哈哈哈", f"  {head[0]}", f"\u3000{head[:2]}"]


def test_the_end_of_a_sentence_the_headline_interrupted_is_no_caption():
    head = "小小的纪念章托在手心"
    body = "试验证明，在吸无过滤嘴的香烟时，香烟燃烧过程中产生的尼古丁14％至20％都进了口腔。"
    text = f"{head}\n\n{body}\n\n腾出时间『讲新话\n\n\n\n{head}\n\n』（人民论坛）"
    changes = proposals(RULE, text)
    assert [c.reason for c in changes] == ["headline repeated"] and not changes[0].data.get("role")
    cleaned = clean.run(text).text
    assert "腾出时间『讲新话』（人民论坛）" in cleaned and clean.run(cleaned).text == cleaned


def test_many_headlines_are_found_in_one_pass_as_one_by_one():
    from editor.core.cleanup.rules.noise import _lines_reading, _lines_reading_any
    from tests.paths import SAMPLES

    text = "\n".join(p.read_text(encoding="utf-8") for p in sorted(SAMPLES.glob("*.txt"))) * 2 + "\n 标题 \n标题 x\n  标题"
    wanted = {line.strip() for line in text.split("\n")[::7] if line.strip()} | {"标题"}
    assert _lines_reading_any(text, wanted) == {w: _lines_reading(text, w) for w in wanted}
