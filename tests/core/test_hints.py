from editor.core.cleanup import pipeline as clean
from editor.core.text.edits import Edit
from editor.core.cleanup.hints import advance, hints_from_run
from editor.core.model import Change
from editor.core.cleanup.rules import markup
from editor.core.cleanup.rules.base import Context
from tests.paths import sample


class Seen:
    """Records the hints the pipeline hands to the rule after markup."""

    id, title, description = "t.seen", "seen", "records its context"

    def __init__(self):
        self.hints = None

    def propose(self, text, ctx: Context):
        self.hints = {text[p:text.index("\n", p)]: role for p, role in ctx.hints.items()}
        return []


def test_later_rules_see_the_roles_of_removed_marks():
    seen = Seen()
    clean.run("# 赣鄱工人有力量\n\n## 龚建华深入在昌产业开展慰问调研\n\n**本报讯** 3月10日，龚建华深入调研。\n",
              rules=[markup.RULE, seen])
    assert seen.hints == {"赣鄱工人有力量": "title", "龚建华深入在昌产业开展慰问调研": "heading",
                          "本报讯 3月10日，龚建华深入调研。": "bold"}


def test_a_hint_moves_with_its_line():
    before = "标题\n正文。\n"
    after = "前言。\n标题\n正文。\n"
    assert advance({0: "title"}, before, [Edit(0, 0, "前言。\n")], after) == {4: "title"}


def test_a_hint_dies_with_its_line():
    before = "第 11 期\n标题\n"
    assert advance({0: "title"}, before, [Edit(0, 6, "")], "标题\n") == {}


def test_a_hint_dies_when_its_line_is_joined_to_the_one_before():
    before = "帮助\n\n企业排解困难。\n"
    assert advance({4: "bold"}, before, [Edit(2, 4, "")], "帮助企业排解困难。\n") == {}


def test_a_role_lands_on_the_line_where_its_change_ends():
    before = "## 标题\n"
    change = Change("markup", 0, 3, "## ", "", "heading mark", 0.95, {"role": "heading"})
    assert advance({}, before, [Edit(0, 3, "")], "标题\n", [change]) == {0: "heading"}


def test_hints_from_a_run_match_what_the_last_rule_saw():
    seen = Seen()
    run = clean.run(sample("002"), rules=[markup.RULE, seen])
    final = {run.text[p:run.text.index("\n", p)]: role for p, role in hints_from_run(run).items()}
    assert final == seen.hints and "矿工“老牛”的心愿" in final


def test_stronger_roles_win_on_one_line():
    run = clean.run("## **上饶市总工会主动担当抗疫使命**\n", rules=[markup.RULE])
    assert hints_from_run(run) == {0: "heading"}


def test_positions_are_code_points():
    run = clean.run("𠀀𠀀\n## 标题\n", rules=[markup.RULE])
    assert hints_from_run(run) == {3: "heading"}
