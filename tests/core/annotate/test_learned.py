import pytest

from editor.core.annotate.suggest import Context
from editor.core.annotate.suggest.learned import SUGGESTER, Model, bio, train
from editor.core.progress import Cancelled
from tests.paths import sample

NAMES = {"龚建华": "PER", "吴海平": "PER", "江西": "LOC", "南昌": "LOC", "省总工会": "ORG"}


def _examples():
    """Sentences of the sample issue 000 with its names annotated by hand here."""
    text = sample("000")
    out = []
    for line in text.splitlines():
        spans, at = [], 0
        for name, label in NAMES.items():
            start = line.find(name)
            while start >= 0:
                if all(start >= e or start + len(name) <= s for s, e, _ in spans):
                    spans.append((start, start + len(name), label))
                start = line.find(name, start + 1)
        if spans:
            out.append((line, spans))
    return out


class Recorder:
    def __init__(self, stop_at=None, stop_in=None):
        self.reports, self.stop_at, self.stop_in = [], stop_at, stop_in

    def report(self, done, total, message=""):
        self.reports.append((done, total, message))

    def cancelled(self):
        if self.stop_in is not None:
            return any(m == self.stop_in for _, _, m in self.reports)
        return self.stop_at is not None and len(self.reports) >= self.stop_at


def test_bio_tags_keep_the_longer_of_overlapping_spans():
    assert bio("江西省总工会", [(0, 2, "LOC"), (0, 6, "ORG")]) == ["B-ORG"] + ["I-ORG"] * 5


def test_a_model_learns_the_names_it_was_shown_and_survives_its_bytes():
    examples = _examples()
    progress = Recorder()
    model = Model(train(examples, progress=progress, iterations=30).data)
    assert model.labels == {"PER", "LOC", "ORG"} and not model.lexical
    text = "龚建华在南昌调研"
    got = {(text[s.start:s.end], s.label) for s in SUGGESTER.suggest(text, Context(model=model))}
    assert ("龚建华", "PER") in got
    assert {m for _, _, m in progress.reports} == {"features", "training"}
    assert progress.reports[-1][0] <= progress.reports[-1][1]


def test_training_stops_when_cancelled():
    with pytest.raises(Cancelled):
        train(_examples(), progress=Recorder(stop_at=3))
    progress = Recorder(stop_in="training")
    with pytest.raises(Cancelled):  # in the optimizer's iterations, after the features
        train(_examples(), progress=progress)
    assert [m for _, _, m in progress.reports].count("training") == 1


def test_nothing_to_learn_is_an_error():
    with pytest.raises(ValueError, match="no accepted spans"):
        train([("没有名字的句子。", [])])


def test_a_model_trained_with_the_analyzer_needs_it():
    model = train(_examples()[:5], analyze=lambda t: [], iterations=5)
    assert model.lexical
    assert SUGGESTER.unavailable(Context(model=model)) == "its model needs the lexical analyzer"
