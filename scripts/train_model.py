"""Fit the classification model (tracker/understanding/model.py) on the labelled mail and measure it.

    .venv/bin/python scripts/train_model.py          # write tracker/understanding/weights.json
    .venv/bin/python scripts/train_model.py --check  # exit 1 unless weights.json is what fitting gives
    .venv/bin/python scripts/train_model.py --cv     # leave one batch out: each batch scored by a
                                                     # model fitted without it, and a policy sweep

Training data: tests/data/corpus, tests/data/holdout and every batch under tests/data/batches/ whose
first sight is recorded in tests/data/batches/first_sight.csv (a batch is trained on only after its
first-sight score is committed), and each signal's `ok` examples in signals.toml as one-sentence
messages of the signal's kind. Never tests/data/frozen/ nor tests/data/seasons/. Deterministic:
the same files give the same weights.json, byte for byte.
"""

from __future__ import annotations

import argparse
import csv
import sys
import tomllib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.message import EmailMessage
from itertools import product
from pathlib import Path

from tracker.config import Applicant
from tracker.understanding import signals
from tracker.understanding.classify import classify, decide, reading_of, signalled
from tracker.understanding.context import about_residency
from tracker.understanding.evaluate import normalise
from tracker.understanding.features import features, words
from tracker.understanding.message import parse_message
from tracker.understanding.model import Example, Model, train
from tracker.vocabulary import KINDS

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data"
WEIGHTS_PATH = ROOT / "tracker" / "understanding" / "weights.json"
SIGNALS = ROOT / "tracker" / "understanding" / "signals.toml"
# A fixed "now" for mail without a Date header, so that fitting is deterministic.
NOW = datetime(2026, 11, 1, tzinfo=UTC)
# The policy (classify.decide), written into weights.json: P(invitation) at or above
# possible_invitation (with an invitation signal), unsignalled_invitation (without) or
# unrelated_invitation (in mail about nothing of residency) makes a message an invitation; a kind
# below sure (sure_invitation for an invitation) needs review. Chosen with --cv (leave one batch
# out) so that every invitation is caught out of fold, sure invitations are right and at most 1 in
# 10 messages is flagged; within that, the values that keep the one-sentence phrasing tests of
# tests/understanding/ as they were (0.3 and 0.35 gave the same out-of-fold figures).
POLICY = {
    "possible_invitation": 0.25,
    "unsignalled_invitation": 0.5,
    "unrelated_invitation": 0.9,
    "sure": 0.5,
    "sure_invitation": 0.8,
}
# How much each signal's `ok` example counts in training against one labelled message (3 and 5 gave
# no better out-of-fold figures).
EXAMPLE_WEIGHT = 1.0
SWEEP = {
    "possible_invitation": (0.1, 0.15, 0.2, 0.3),
    "unsignalled_invitation": (0.25, 0.35, 0.5),
    "unrelated_invitation": (0.5, 0.9),
    "sure": (0.5, 0.6),
    "sure_invitation": (0.8, 0.9),
}


@dataclass
class Doc:
    name: str
    group: str
    kind: str
    feats: dict[str, float]
    path: Path
    signal_kinds: frozenset[str] = field(default_factory=frozenset)
    auto_reply: bool = False
    declined: bool = False
    elsewhere: bool = False
    related: bool = True
    labels: dict[str, object] = field(default_factory=dict)
    applicant: Applicant = field(default_factory=Applicant)


def group_of(directory: Path, name: str) -> str:
    if directory.name == "corpus":
        return "corpus"
    if directory.parent.name == "batches":
        return directory.name
    prefix = name.split("-", 1)[0]
    return prefix if prefix[:1] == "b" and prefix[1:].isdigit() else "h1"


def recorded_batches() -> list[Path]:
    """Batches under tests/data/batches whose first sight is recorded (those may be trained on),
    except one marked `NOT_TRAINED`: scored, and kept out of the weights until someone reads it and
    fixes from it (its figure then stays a first-sight one for as long as possible)."""
    record = DATA / "batches" / "first_sight.csv"
    if not record.exists():
        return []
    with record.open(encoding="utf-8", newline="") as f:
        names = {row["batch"] for row in csv.DictReader(f)}
    return [
        DATA / "batches" / name
        for name in sorted(names)
        if (DATA / "batches" / name / "labels.toml").exists()
        and not (DATA / "batches" / name / "NOT_TRAINED").exists()
    ]


def training_sets() -> list[Path]:
    return [DATA / "corpus", DATA / "holdout", *recorded_batches()]


def load_docs(sets: Sequence[Path] | None = None) -> list[Doc]:
    docs = []
    for directory in sets or training_sets():
        labels = tomllib.loads((directory / "labels.toml").read_text(encoding="utf-8"))
        applicant = Applicant(**labels.pop("applicant", {}))
        for name in sorted(labels):
            path = directory / name
            parsed = parse_message(path.read_bytes())
            reading = reading_of(parsed, applicant, NOW)
            if reading is None:
                continue  # the applicant's own mail: the model never reads it
            feats, hits = features(reading.facts), reading.facts.hits
            docs.append(
                Doc(
                    name=f"{directory.name}/{name}",
                    group=group_of(directory, name),
                    kind=labels[name]["kind"],
                    feats=feats,
                    path=path,
                    signal_kinds=frozenset(signalled(reading.facts)),
                    related=about_residency(reading.facts.view),
                    auto_reply=any(h.signal.means == "auto-reply" for h in hits),
                    declined=any(h.signal.means == "declined" for h in hits),
                    elsewhere=any(h.signal.means == "another position" for h in hits),
                    labels=dict(labels[name]),
                    applicant=applicant,
                )
            )
    return docs


def example_docs() -> list[Doc]:
    """Each signal's `ok` examples (signals.toml) as one-sentence messages of the signal's kind: the
    rules' own labelled examples teach the model what their words mean, beside the labelled mail."""
    docs = []
    applicant = Applicant(email="jordan.lee.match2027@gmail.com", name="Jordan Lee")
    for signal in signals.shipped():
        for number, text in enumerate(signal.ok, start=1):
            message = EmailMessage()
            message["From"] = "someone@example.org"
            message["Subject"] = ""
            message.set_content(text)
            reading = reading_of(parse_message(message.as_bytes()), applicant, NOW)
            assert reading is not None
            docs.append(
                Doc(
                    f"signals.toml/{signal.name}/{number}",
                    "signals",
                    signal.kind,
                    features(reading.facts),
                    SIGNALS,
                )
            )
    return docs


def fit(docs: Iterable[Doc], min_df: int = 3) -> Model:
    """The model fitted on `docs`. Word and sender features seen in fewer than `min_df` messages are
    dropped (one program's name says nothing of the next), and so are the sender's address and
    domain (the labelled mail's programs are not the user's; the platform, `p:`, is the sender
    that generalises; the personal layer reads them); signal, calendar and context features are
    always kept."""
    docs = list(docs)
    # The labelled mail's program names are fictional and say nothing of the user's programs.
    names = {word for doc in docs for word in words(str(doc.labels.get("program") or ""))}
    df: dict[str, int] = {}
    for doc in docs:
        for name in doc.feats:
            df[name] = df.get(name, 0) + 1

    def kept(name: str) -> bool:
        group, _, value = name.partition(":")
        if group in {"a", "d"} or (group in {"w", "s", "n"} and names & set(value.split())):
            return False
        return df[name] >= min_df or group in {
            "signal",
            "kind",
            "kinds",
            "discounted",
            "subject",
            "calendar",
            "context",
            "fields",
        }

    examples = [
        Example(
            {n: v for n, v in d.feats.items() if kept(n)},
            d.kind,
            EXAMPLE_WEIGHT if d.group == "signals" else 1.0,
        )
        for d in docs
    ]
    return train(examples, tied=tied_features())


def tied_features() -> dict[str, str]:
    """The features whose meaning the data gives, each tied to one kind: a signal to the kind it
    speaks for (signals.toml), a kind's aggregate and subject features to that kind."""
    tied = {f"signal:{signal.name}": signal.kind for signal in signals.shipped()}
    for kind in KINDS:
        tied[f"kind:{kind}"] = kind
        tied[f"subject:{kind}"] = kind
    return tied


def build() -> str:
    docs = load_docs()
    model = fit(docs + example_docs())
    meta = {
        "trained_on": "tests/data/corpus + tests/data/holdout"
        + "".join(f" + tests/data/batches/{p.name}" for p in recorded_batches()),
        "messages": len(docs),
        "signal_examples": sum(len(signal.ok) for signal in signals.shipped()),
        "invitations": sum(d.kind == "invitation" for d in docs),
        "policy": POLICY,
    }
    return Model(model.kinds, model.bias, model.weights, meta).to_json()


# -- measuring ----------------------------------------------------------------------------------


FIELDS = ("program", "specialty", "interview_dates", "respond_by", "platform", "format")


@dataclass
class Tally:
    messages: int = 0
    checked: dict[str, int] = field(default_factory=dict)
    correct: dict[str, int] = field(default_factory=dict)
    right: int = 0
    invitations: int = 0
    found: int = 0
    flagged: int = 0
    sure_invitations: int = 0
    sure_wrong: int = 0
    false_rejections: int = 0

    def add(self, doc: Doc, kind: str, review: bool) -> None:
        self.messages += 1
        self.right += kind == doc.kind
        self.invitations += doc.kind == "invitation"
        self.found += doc.kind == "invitation" and kind == "invitation"
        self.flagged += review
        if kind == "invitation" and not review:
            self.sure_invitations += 1
            self.sure_wrong += doc.kind != "invitation"
        self.false_rejections += kind == "rejection" and doc.kind != "rejection"

    def add_fields(self, doc: Doc, got: dict[str, object]) -> None:
        for name in FIELDS:
            if name in doc.labels:
                self.checked[name] = self.checked.get(name, 0) + 1
                same = normalise(name, doc.labels[name]) == normalise(name, got.get(name))
                self.correct[name] = self.correct.get(name, 0) + same

    def fields_row(self) -> str:
        return ", ".join(
            f"{name} {self.correct[name] / self.checked[name]:.1%}"
            for name in FIELDS
            if self.checked.get(name)
        )

    def row(self, name: str) -> str:
        return (
            f"| {name} | {self.messages} | {self.right / self.messages:.1%} | "
            f"{self.found}/{self.invitations} | "
            f"{self.flagged / self.messages:.1%} | {self.sure_wrong}/{self.sure_invitations} | "
            f"{self.false_rejections} |"
        )


def judged(model: Model, doc: Doc, policy: dict[str, float]) -> tuple[str, bool]:
    probe = Model(model.kinds, model.bias, model.weights, {"policy": policy})
    kind, _confidence, review, _notes = decide(
        probe.probabilities(doc.feats),
        doc.signal_kinds,
        probe,
        asleep=doc.auto_reply,
        related=doc.related,
        declined=doc.declined,
        elsewhere=doc.elsewhere,
        spoken_of="discounted:invitation" in doc.feats,
    )
    return kind, review


def folds_for(docs: Sequence[Doc]) -> dict[str, str]:
    """Holdout batches are their own folds; the corpus is cut in five by order."""
    return {d.name: d.group if d.group != "corpus" else f"corpus{i % 5}" for i, d in enumerate(docs)}


def with_policy(model: Model) -> Model:
    return Model(model.kinds, model.bias, model.weights, {"policy": POLICY})


def cv_table() -> list[str]:
    docs = load_docs()
    folds = folds_for(docs)
    examples = example_docs()
    models = {
        fold: with_policy(fit([d for d in docs if folds[d.name] != fold] + examples))
        for fold in sorted(set(folds.values()))
    }
    lines = [
        "policy: " + ", ".join(f"{name} {value}" for name, value in POLICY.items()),
        "| batch | msgs | kind | invitation recall | flagged | sure invitations wrong | false rejections |",
        "|---|---|---|---|---|---|---|",
    ]
    groups = sorted({d.group for d in docs}, key=lambda g: (g != "corpus", g != "h1", len(g), g))
    total, holdout = Tally(), Tally()
    for group in groups:
        tally = Tally()
        for doc in docs:
            if doc.group == group:
                parsed = parse_message(doc.path.read_bytes())
                result = classify(parsed, applicant=doc.applicant, model=models[folds[doc.name]])
                for tallied in (
                    (tally, total, holdout) if doc.path.parent.name == "holdout" else (tally, total)
                ):
                    tallied.add(doc, result.kind, result.needs_review)
                    tallied.add_fields(doc, result.contract())
        lines.append(tally.row(group))
    lines.append(holdout.row("h1-b12 (the holdout set)"))
    lines.append(total.row("all"))
    lines.append("fields, all: " + total.fields_row())
    lines.append(f"sweep ({', '.join(SWEEP)}: kind, recall, flagged, sure wrong/sure, false rejections):")
    for values in product(*SWEEP.values()):
        policy = dict(zip(SWEEP, values, strict=True))
        sweep = Tally()
        for doc in docs:
            kind, review = judged(models[folds[doc.name]], doc, policy)
            sweep.add(doc, kind, review)
        lines.append(
            f"  {', '.join(map(str, values))}: {sweep.right / sweep.messages:.1%}, "
            f"{sweep.found}/{sweep.invitations}, {sweep.flagged / sweep.messages:.1%}, "
            f"{sweep.sure_wrong}/{sweep.sure_invitations}, {sweep.false_rejections}"
        )
    return lines


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--check", action="store_true", help="compare with tracker/understanding/weights.json"
    )
    parser.add_argument("--cv", action="store_true", help="print the leave-one-batch-out table")
    args = parser.parse_args()
    if args.cv:
        print("\n".join(cv_table()))
        return 0
    text = build()
    if args.check:
        same = WEIGHTS_PATH.exists() and WEIGHTS_PATH.read_text(encoding="utf-8") == text
        print("weights.json is up to date" if same else "weights.json differs from fitting")
        return 0 if same else 1
    WEIGHTS_PATH.write_text(text, encoding="utf-8")
    print(f"wrote {WEIGHTS_PATH.relative_to(ROOT)} ({len(text) // 1024} KiB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
