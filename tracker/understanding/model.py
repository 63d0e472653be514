"""The model that weighs a message's evidence into a kind: a multinomial logistic regression over its
features (`features.py`: the signals found, the calendar, the sender, the platform, the words),
fitted on the labelled mail by `scripts/train_model.py` and shipped as `weights.json`, and a
personal layer fitted on the user's own corrections on top of it. Pure Python, deterministic: the
same examples give the same weights, to the last digit written.
"""

from __future__ import annotations

import json
import logging
import math
import random
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache, cached_property
from heapq import nlargest
from importlib import resources
from itertools import repeat
from operator import add, mul
from typing import Any

from tracker.vocabulary import KINDS

log = logging.getLogger(__name__)

FORMAT_VERSION = 2
Features = Mapping[str, float]


def softmax(scores: Sequence[float]) -> list[float]:
    top = max(scores)
    exps = [math.exp(max(score - top, -60.0)) for score in scores]
    total = sum(exps)
    return [value / total for value in exps]


@dataclass(frozen=True)
class Model:
    """One weight per feature and kind, and a bias per kind: a kind's score is its bias plus the
    weights of the features present, each times the feature's value."""

    kinds: tuple[str, ...]
    bias: tuple[float, ...]
    weights: dict[str, tuple[float, ...]]
    meta: dict[str, Any] = field(default_factory=dict, compare=False)

    def scores(self, feats: Features) -> list[float]:
        totals: Iterable[float] = self.bias
        weights = self.weights
        for name, value in feats.items():
            row = weights.get(name)
            if row is not None:
                totals = map(add, totals, row if value == 1.0 else map(mul, row, repeat(value)))
        return list(totals)

    def probabilities(self, feats: Features, personal: PersonalLayer | None = None) -> dict[str, float]:
        """P(kind) for one message's features, with the personal layer on top when given."""
        scores = self.scores(feats)
        if personal is not None:
            for index, extra in enumerate(personal.scores(feats)):
                scores[index] += extra
        return dict(zip(self.kinds, softmax(scores), strict=True))

    def reasons(self, feats: Features, kind: str, count: int = 3) -> list[tuple[str, float]]:
        """The features that speak most for `kind` against the others, with how much."""
        pushes = self._pushes[self.kinds.index(kind)]
        found = ((name, value * push) for name, value in feats.items() if (push := pushes.get(name)))
        return [
            (name, push)
            for name, push in nlargest(count, found, key=lambda item: (item[1], item[0]))
            if push > 0
        ]

    @cached_property
    def _pushes(self) -> list[dict[str, float]]:
        """For each kind, each feature's weight for it less its mean weight for the other kinds."""
        others = len(self.kinds) - 1
        return [
            {name: row[index] - (sum(row) - row[index]) / others for name, row in self.weights.items()}
            for index in range(len(self.kinds))
        ]

    def to_json(self) -> str:
        data = {
            "version": FORMAT_VERSION,
            "kinds": list(self.kinds),
            "meta": self.meta,
            "bias": [round(b, 3) for b in self.bias],
            "weights": {
                name: [round(w, 3) for w in row]
                for name, row in sorted(self.weights.items())
                if any(round(w, 3) for w in row)
            },
        }
        return json.dumps(data, indent=0, ensure_ascii=False, separators=(",", ":")) + "\n"


def from_json(text: str) -> Model:
    data = json.loads(text)
    if data.get("version") != FORMAT_VERSION:
        raise ValueError(f"model format {data.get('version')!r}, expected {FORMAT_VERSION}")
    kinds = tuple(data["kinds"])
    if set(kinds) != set(KINDS):
        raise ValueError(f"model kinds {kinds!r} are not the vocabulary's")
    weights = {name: tuple(float(w) for w in row) for name, row in data["weights"].items()}
    return Model(kinds, tuple(float(b) for b in data["bias"]), weights, dict(data.get("meta", {})))


@cache
def shipped() -> Model | None:
    """The model shipped with the package, read once; None (logged once) when it cannot be read:
    then every message is kept for review (see `classify`)."""
    try:
        text = resources.files("tracker.understanding").joinpath("weights.json").read_text(encoding="utf-8")
        return from_json(text)
    except (OSError, ValueError, KeyError, TypeError) as e:
        log.error("model: cannot read weights.json (%s); every message is kept for review", e)
        return None


# -- fitting ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Example:
    """One labelled message: its features and its kind."""

    feats: Features
    kind: str
    weight: float = 1.0  # how much it counts in the loss, beside its kind's weight


def train(
    examples: Sequence[Example],
    *,
    kinds: tuple[str, ...] = KINDS,
    l2: float = 3e-3,
    epochs: int = 60,
    rate: float = 0.3,
    base: Sequence[Sequence[float]] | None = None,
    tied: Mapping[str, str] | None = None,
    seed: int = 20270301,
) -> Model:
    """Multinomial logistic regression by AdaGrad over the examples in a fixed order (deterministic).
    Each kind weighs in the loss by the square root of its rarity, so that rare kinds (cancellations)
    are not outvoted by common ones (info). With `base` (each example's scores by another model),
    only weights added to those scores are fitted, without a bias (the personal layer). A feature
    `tied` to a kind (a signal, to the kind it speaks for) gets one weight, for that kind, never
    below zero: how much it counts is learned, what it speaks for is the data's."""
    counts = {kind: sum(1 for e in examples if e.kind == kind) for kind in kinds}
    present = [kind for kind in kinds if counts[kind]]
    if not present:
        raise ValueError("training needs examples")
    mean = len(examples) / len(present)
    weight_of = {kind: math.sqrt(mean / counts[kind]) if counts[kind] else 0.0 for kind in kinds}
    size = len(kinds)
    rows = [
        (
            sorted(e.feats.items()),
            kinds.index(e.kind),
            weight_of[e.kind] * e.weight,
            list(base[index]) if base is not None else [0.0] * size,
        )
        for index, e in enumerate(examples)
    ]
    weights: dict[str, list[float]] = {}
    squares: dict[str, list[float]] = {}
    bias = [0.0] * size
    bias_squares = [1e-8] * size
    order = list(range(len(rows)))
    random.Random(seed).shuffle(order)
    fit_bias = base is None
    tied_to = {name: kinds.index(kind) for name, kind in (tied or {}).items()}
    for _epoch in range(epochs):
        for position in order:
            feats, target, weight, start = rows[position]
            scores = list(start) if not fit_bias else [start[k] + bias[k] for k in range(size)]
            for name, value in feats:
                row = weights.get(name)
                if row is not None:
                    for k in range(size):
                        scores[k] += row[k] * value
            probs = softmax(scores)
            errors = [weight * (probs[k] - (1.0 if k == target else 0.0)) for k in range(size)]
            if fit_bias:
                for k in range(size):
                    bias_squares[k] += errors[k] * errors[k]
                    bias[k] -= rate * errors[k] / math.sqrt(bias_squares[k])
            for name, value in feats:
                row = weights.setdefault(name, [0.0] * size)
                square = squares.setdefault(name, [1e-8] * size)
                only = tied_to.get(name)
                for k in range(size) if only is None else (only,):
                    grad = errors[k] * value + l2 * row[k]
                    square[k] += grad * grad
                    row[k] -= rate * grad / math.sqrt(square[k])
                    if only is not None and row[k] < 0.0:
                        row[k] = 0.0
    return Model(kinds, tuple(bias), {name: tuple(row) for name, row in weights.items()})


# -- the personal layer -------------------------------------------------------------------------

# What the personal layer learns from: the words of the subject and the body and the sender's name.
# Not the signals nor the context: a correction of one newsletter must not teach that every
# reminder's logistics, from that sender, are a newsletter's.
_PERSONAL_GROUPS = ("w:", "s:", "n:")


def _personal(feats: Features) -> dict[str, float]:
    return {name: value for name, value in feats.items() if name.startswith(_PERSONAL_GROUPS)}


def _domain(feats: Features) -> str | None:
    return next((name[2:] for name in sorted(feats) if name.startswith("d:")), None)


@dataclass(frozen=True)
class PersonalLayer:
    """Weights fitted on the user's corrections, added to the model's scores for mail from the
    senders (registered domains) the user corrected: data, built by the store from its
    `corrections` table and handed to `classify`."""

    kinds: tuple[str, ...]
    # sender domain -> feature -> one weight per kind
    senders: dict[str, dict[str, tuple[float, ...]]]
    examples: int = 0

    def scores(self, feats: Features) -> list[float]:
        totals = [0.0] * len(self.kinds)
        domain = _domain(feats)
        weights = self.senders.get(domain) if domain else None
        if weights:
            for name, value in _personal(feats).items():
                row = weights.get(name)
                if row is not None:
                    for index, weight in enumerate(row):
                        totals[index] += weight * value
        return totals


def personal_layer(model: Model, corrected: Iterable[Example]) -> PersonalLayer | None:
    """The personal layer the user's corrections teach: for each sender domain corrected, weights
    on the corrected messages' words, fitted on top of `model` until they read as the user said.
    None without a correction of a kind."""
    by_sender: dict[str, list[Example]] = {}
    for example in corrected:
        domain = _domain(example.feats)
        if example.kind in model.kinds and domain:
            by_sender.setdefault(domain, []).append(example)
    if not by_sender:
        return None
    layer = PersonalLayer(model.kinds, {}, sum(len(examples) for examples in by_sender.values()))
    for domain, examples in sorted(by_sender.items()):
        words = [Example(_personal(e.feats), e.kind) for e in examples]
        base = [model.scores(e.feats) for e in examples]
        fitted = train(words, kinds=model.kinds, l2=1e-3, epochs=40, rate=0.5, base=base)
        layer.senders[domain] = dict(fitted.weights)
    return layer
