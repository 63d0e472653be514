"""A second, statistical opinion on one question: could this message be an interview invitation?

A logistic regression over the words of the mail (subject and body unigrams and bigrams, the sender's
domain and name, the scheduling platform), trained offline by `scripts/train_model.py` from the
labelled corpus and holdout sets and shipped as `tracker/understanding/model.json`. Pure Python, no network,
deterministic. `tracker.classification` uses it only as a safety net: to flag, for review, an
invitation the phrase rules missed; it never lowers a kind nor makes one.
"""

from __future__ import annotations

import json
import logging
import math
import random
import re
from collections.abc import Collection, Iterable
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from tracker.lexicon import NRMP_DOMAIN, PLATFORM_DOMAINS

log = logging.getLogger(__name__)

# How much of the body is read: invitations say what they are near the top; newsletters are long.
BODY_CHARS = 4000
FORMAT_VERSION = 1

_WORD = re.compile(r"[a-z][a-z']*|\d+")
# The platform features the shipped weights were fitted on: each platform's main domain, and NRMP's
# (reading every domain the lexicon knows would change what the fitted model sees).
_PLATFORMS = {domains[0]: name for name, domains in PLATFORM_DOMAINS.items() if name != "other"} | {
    NRMP_DOMAIN: "nrmp"
}


def _words(text: str) -> list[str]:
    return ["#" if word.isdigit() else word.strip("'") for word in _WORD.findall(text.lower())]


def features(subject: str, body: str, sender: str, sender_name: str = "") -> set[str]:
    """What the model reads of a message: a set of presence features."""
    out: set[str] = set()
    for prefix, text in (("", body[:BODY_CHARS]), ("s:", subject)):
        words = _words(text)
        out.update(prefix + w for w in words)
        out.update(f"{prefix}{a} {b}" for a, b in zip(words, words[1:], strict=False))
    domain = sender.rsplit("@", 1)[-1].lower() if "@" in sender else ""
    if domain:
        parts = domain.split(".")
        out.add("d:" + ".".join(parts[-2:]))
        out.add("tld:" + parts[-1])
        for suffix, platform in _PLATFORMS.items():
            if domain == suffix or domain.endswith("." + suffix):
                out.add("p:" + platform)
    out.update("n:" + w for w in _words(sender_name))
    return out


@dataclass(frozen=True)
class Model:
    """Logistic regression: `bias` plus the weights of the features present, each feature worth
    1/sqrt(number of features) so that long mail does not outvote short mail."""

    bias: float
    weights: dict[str, float]

    def log_odds(self, feats: Collection[str]) -> float:
        if not feats:
            return self.bias
        weights = self.weights
        return self.bias + sum(weights.get(f, 0.0) for f in feats) / math.sqrt(len(feats))

    def probability(self, subject: str, body: str, sender: str, sender_name: str = "") -> float:
        """P(invitation) for one message, by the model."""
        return sigmoid(self.log_odds(features(subject, body, sender, sender_name)))

    def to_json(self, threshold: float, strict_threshold: float, meta: dict[str, Any]) -> str:
        data = {
            "version": FORMAT_VERSION,
            "threshold": threshold,
            "strict_threshold": strict_threshold,
            "meta": meta,
            "bias": round(self.bias, 4),
            "weights": {f: round(w, 3) for f, w in sorted(self.weights.items()) if round(w, 3)},
        }
        return json.dumps(data, indent=0, ensure_ascii=False) + "\n"


def sigmoid(score: float) -> float:
    score = max(min(score, 60.0), -60.0)
    return 1.0 / (1.0 + math.exp(-score))


def train(
    docs: Iterable[tuple[Collection[str], bool]],
    *,
    min_df: int = 2,
    l2: float = 1e-3,
    epochs: int = 60,
    rate: float = 0.5,
) -> Model:
    """Logistic regression by AdaGrad over presence features, in a fixed order (deterministic).
    Features seen in fewer than `min_df` messages are dropped (one program's name says nothing of
    the next); the two classes weigh the same in the loss."""
    data = list(docs)
    positives = sum(1 for _f, label in data if label)
    negatives = len(data) - positives
    if not positives or not negatives:
        raise ValueError("training needs invitations and other mail")
    df: dict[str, int] = {}
    for feats, _label in data:
        for f in feats:
            df[f] = df.get(f, 0) + 1
    rows = []
    for feats, label in data:
        kept = sorted(f for f in feats if df[f] >= min_df)
        value = 1.0 / math.sqrt(len(feats)) if feats else 0.0
        weight = 0.5 * len(data) / (positives if label else negatives)
        rows.append((kept, value, 1.0 if label else 0.0, weight))
    weights: dict[str, float] = {}
    squares: dict[str, float] = {}
    bias, bias_square = 0.0, 1e-8
    order = list(range(len(rows)))
    random.Random(20270301).shuffle(order)
    for _epoch in range(epochs):
        for index in order:
            kept, value, target, weight = rows[index]
            score = bias + value * sum(weights.get(f, 0.0) for f in kept)
            error = weight * (sigmoid(score) - target)
            bias_square += error * error
            bias -= rate * error / math.sqrt(bias_square)
            for f in kept:
                w = weights.get(f, 0.0)
                grad = error * value + l2 * w
                squares[f] = squares.get(f, 1e-8) + grad * grad
                weights[f] = w - rate * grad / math.sqrt(squares[f])
    return Model(bias=bias, weights=weights)


# Kinds the rules name when no phrase decided: the net's ordinary ground. Any other kind (a
# rejection, a waitlist, a booking...) was decided by a phrase, and the net needs to be surer.
UNDECIDED_KINDS = frozenset({"info", "other"})


@dataclass(frozen=True)
class Shipped:
    """The model and its thresholds: P(invitation) above `threshold` flags mail the rules read as
    info or other; above `strict_threshold`, mail they gave another kind than invitation."""

    model: Model
    threshold: float
    strict_threshold: float

    def threshold_for(self, kind: str) -> float:
        return self.threshold if kind in UNDECIDED_KINDS else self.strict_threshold


def from_json(text: str) -> Shipped:
    data = json.loads(text)
    if data.get("version") != FORMAT_VERSION:
        raise ValueError(f"model format {data.get('version')!r}, expected {FORMAT_VERSION}")
    model = Model(bias=float(data["bias"]), weights=dict(data["weights"]))
    return Shipped(
        model, threshold=float(data["threshold"]), strict_threshold=float(data["strict_threshold"])
    )


@cache
def shipped() -> Shipped | None:
    """The model shipped with the package, read once; None (logged once) when it cannot be read:
    the rules still classify, without the safety net."""
    try:
        text = resources.files("tracker.understanding").joinpath("model.json").read_text(encoding="utf-8")
        return from_json(text)
    except (OSError, ValueError, KeyError, TypeError) as e:
        log.error("model: cannot read model.json (%s); the invitation safety net is off", e)
        return None
