from editor.core.cleanup import pipeline as clean
from editor.core.cleanup.rules import markup
from editor.core.cleanup.rules.layout import RULE
from tests.core.cleanup.rules.helpers import apply, proposals
from tests.paths import GOLD, sample


def test_one_block_per_line_and_a_blank_line_between_articles():
    text = ("\n\n## 龚建华深入在昌产业开展慰问调研\n\n3月10日，龚建华深入江钨公司调研。\n\n省总工会一级巡视员吴海平陪同。\n\n"
            "## 饶剑明赴南昌和江铜开展慰问调研\n\n3月10日，饶剑明一行深入南昌市。\n")
    assert clean.run(text, rules=[markup.RULE, RULE]).text == (
        "龚建华深入在昌产业开展慰问调研\n3月10日，龚建华深入江钨公司调研。\n省总工会一级巡视员吴海平陪同。\n\n"
        "饶剑明赴南昌和江铜开展慰问调研\n3月10日，饶剑明一行深入南昌市。\n")


def test_windows_line_ends_become_plain():
    assert apply(RULE, "无锡各级工会多管齐下保复工\r\n为减轻疫情影响。\r\n") == "无锡各级工会多管齐下保复工\n为减轻疫情影响。\n"


def test_a_gold_text_is_already_laid_out():
    for path in GOLD.glob("*.clean.txt"):
        assert proposals(RULE, path.read_text(encoding="utf-8")) == []


def test_a_text_without_a_final_newline_keeps_it_that_way():
    assert proposals(RULE, "试验证明，尼古丁14％至20％都进了口腔。") == []


def test_a_caption_found_between_blank_lines_is_recorded():
    run = clean.run(sample("001"))
    captions = [p.change for p in run.accepted() if p.change.rule == RULE.id and p.change.data]
    assert len(captions) >= 4 and all(c.data == {"role": "caption"} for c in captions)


def test_new_article_breaks_are_less_sure_than_collapsed_blank_lines():
    text = ("重庆市总工会宣布发放救助金。\n\n重庆市总提出各级工会要建立长效沟通机制。\n精准施策 持续作战\n"
            "无锡各级工会多管齐下保复工\n为减轻疫情影响，帮助小微企业渡过难关。\n")
    changes = {c.after: c.confidence for c in proposals(RULE, text)}
    assert changes["\n\n"] < 0.9 <= changes["\n"]
