"""Train the invitation safety net (tracker/understanding/model.py) and measure how it generalises.

    .venv/bin/python scripts/train_model.py          # write tracker/understanding/model.json
    .venv/bin/python scripts/train_model.py --check  # exit 1 unless model.json is what training gives
    .venv/bin/python scripts/train_model.py --cv     # leave-one-batch-out table (first-sight rules)

Training data: tests/data/corpus and tests/data/holdout (all batches; --exclude b8 leaves batches out).
Deterministic: same files, same model.json. `--cv` trains without the batch it tests, always: its b8
row is the net's first sight of b8, which was written before the net and measured before any tuning.
"""

from __future__ import annotations

import argparse
import io
import json
import subprocess
import sys
import tarfile
import tempfile
import tomllib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from tracker.config import Applicant
from tracker.understanding.classify import about_residency, classify
from tracker.understanding.extraction import message_view
from tracker.understanding.message import parse_message
from tracker.understanding.model import UNDECIDED_KINDS, Model, features, sigmoid, train

ROOT = Path(__file__).resolve().parent.parent
SETS = (ROOT / "tests" / "data" / "corpus", ROOT / "tests" / "data" / "holdout")
MODEL_PATH = ROOT / "tracker" / "understanding" / "model.json"
# P(invitation) above which the net flags mail the rules read as info or other (and that has
# something about residency in it: see `limit`). Chosen by `--cv` (leave one batch out, against each
# batch's first-sight rules) over h1 and b2-b7, 77 invitations and 110 other messages, rerun after
# b11: 0.40 catches 74 with 2 false flags; 0.35 74 with 3; 0.45 73 with 2; 0.50 72 with 2; 0.70 68
# with 0 (b8-b11 are the same at 0.35-0.45). It was 0.45 until the residency condition kept the net
# off a financial adviser's "choose a time to talk" at 0.40. Out of fold against today's rules it
# flags 1 of the 235 non-invitations (model.json's meta).
# Rerun after b12 (trained with it): 0.40 still 74/77 with 2 false flags; 0.45 72 with 2; 0.60 70
# with 1; b12's own row (first sight) 8/9 with 1 true flag.
THRESHOLD = 0.40
# The threshold for mail the rules gave a decided kind (rejection, waitlist, scheduled, reminder,
# cancellation). Out of fold, such mail that is no invitation reaches p=0.75 and the invitations the
# first-sight rules read so (2, as waitlists) only 0.43: no threshold separates them, so the net
# speaks there only when it is very sure (no flag in --cv).
STRICT_THRESHOLD = 0.9
SWEEP = (0.35, 0.4, 0.45, 0.5, 0.6, 0.7)
# Batches written after the threshold was chosen: kept out of the h1-b7 total and the sweep.
AFTER_THRESHOLD = frozenset({"b8", "b9", "b10", "b11", "b12"})
# The code each holdout batch was first measured with: the parent of the commit that brought the
# batch and its fixes (h1: the first 85 messages; b8: this net's own batch, before any change).
FIRST_SIGHT = {
    "h1": "f087f5d^",
    "b2": "1c61cfa^",
    "b3": "f1b5806^",
    "b4": "98db09a^",
    "b5": "8f0ce6c^",
    "b6": "023b1ea^",
    "b7": "c42e3c9^",
    "b8": "62aac90",
    "b9": "4ea3ef0",
    "b10": "8cca707",
    "b11": "0a7d151",
    "b12": "d8c8399",
}


@dataclass
class Doc:
    name: str
    group: str
    kind: str
    feats: set[str]
    own: bool
    path: Path
    related: bool = True  # about residency at all (else the net needs STRICT_THRESHOLD)

    @property
    def invitation(self) -> bool:
        return self.kind == "invitation"


def group_of(directory: Path, name: str) -> str:
    if directory.name == "corpus":
        return "corpus"
    prefix = name.split("-", 1)[0]
    return prefix if prefix[:1] == "b" and prefix[1:].isdigit() else "h1"


def load_docs(sets: Sequence[Path] = SETS) -> list[Doc]:
    docs = []
    for directory in sets:
        labels = tomllib.loads((directory / "labels.toml").read_text(encoding="utf-8"))
        applicant = labels.pop("applicant", {})
        own_addr = str(applicant.get("email", "")).lower()
        for name in sorted(labels):
            path = directory / name
            view = message_view(parse_message(path.read_bytes()))
            feats = features(view.subject, view.text, view.from_addr, view.from_name)
            own = bool(own_addr) and view.from_addr.lower() == own_addr
            group = group_of(directory, name)
            docs.append(Doc(name, group, labels[name]["kind"], feats, own, path, about_residency(view)))
    return docs


def fit(docs: Iterable[Doc]) -> Model:
    return train((d.feats, d.invitation) for d in docs)


def false_flags(
    scored: list[tuple[Doc, float]], rule_kinds: dict[str, str], threshold: float
) -> tuple[int, int]:
    """(flags, out of) among the non-invitations the rules do not call invitations."""
    negatives = [(p, rule_kinds[d.name], d.related) for d, p in scored if not d.invitation and not d.own]
    negatives = [(p, kind, related) for p, kind, related in negatives if kind != "invitation"]
    return sum(p > limit(kind, threshold, related) for p, kind, related in negatives), len(negatives)


def limit(kind: str, threshold: float, related: bool = True) -> float:
    """The P(invitation) the net must pass for mail the rules read as `kind` (`related`: mail with
    something about residency in it; tracker.understanding.classify.about_residency)."""
    return threshold if kind in UNDECIDED_KINDS and related else STRICT_THRESHOLD


def current_rule_kinds(docs: Sequence[Doc]) -> dict[str, str]:
    """The rules' kind for each message, the net switched off."""
    out = {}
    for d in docs:
        applicant = Applicant(email="jordan.lee.match2027@gmail.com", name="Jordan Lee")
        out[d.name] = classify(parse_message(d.path.read_bytes()), applicant=applicant, net=False).kind
    return out


def out_of_fold(docs: Sequence[Doc], folds: dict[str, str]) -> list[tuple[Doc, float]]:
    """Each doc scored by a model trained without its fold (folds: name -> fold)."""
    scored = []
    for fold in sorted(set(folds.values())):
        model = fit(d for d in docs if folds[d.name] != fold)
        for d in docs:
            if folds[d.name] == fold:
                scored.append((d, probability(model, d)))
    return scored


def probability(model: Model, doc: Doc) -> float:
    return sigmoid(model.log_odds(doc.feats))


def folds_for(docs: Sequence[Doc]) -> dict[str, str]:
    """Holdout batches are their own folds; the corpus is cut in five by order."""
    return {d.name: d.group if d.group != "corpus" else f"corpus{i % 5}" for i, d in enumerate(docs)}


def build(exclude: Sequence[str] = ()) -> str:
    docs = [d for d in load_docs() if d.group not in exclude]
    flags, out_of = false_flags(out_of_fold(docs, folds_for(docs)), current_rule_kinds(docs), THRESHOLD)
    trained_on = "tests/data/corpus + tests/data/holdout"
    meta = {
        "trained_on": trained_on + (f" minus {', '.join(exclude)}" if exclude else ""),
        "messages": len(docs),
        "invitations": sum(d.invitation for d in docs),
        "out_of_fold_false_flags": f"{flags}/{out_of}",
    }
    return fit(docs).to_json(THRESHOLD, STRICT_THRESHOLD, meta)


_FIRST_SIGHT_SNIPPET = """
import json, sys
from tracker.understanding.classify import classify
from tracker.config import Applicant
from tracker.understanding.message import parse_message
applicant = Applicant(email="jordan.lee.match2027@gmail.com", name="Jordan Lee")
out = {}
for path in sys.argv[1:]:
    parsed = parse_message(open(path, "rb").read())
    try:  # the rules alone, where the commit has the net
        kind = classify(parsed, applicant=applicant, net=False).kind
    except TypeError:
        kind = classify(parsed, applicant=applicant).kind
    out[path.rsplit("/", 1)[-1]] = kind
print(json.dumps(out))
"""


def first_sight_kinds(commit: str, paths: Sequence[Path]) -> dict[str, str]:
    """The kinds the rules of `commit` gave (its tracker/ package, extracted with git archive)."""
    archive = subprocess.run(
        ["git", "archive", "--format=tar", commit, "tracker"], cwd=ROOT, check=True, capture_output=True
    ).stdout
    with tempfile.TemporaryDirectory() as tmp:
        with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
            tar.extractall(tmp, filter="data")
        run = subprocess.run(
            [sys.executable, "-c", _FIRST_SIGHT_SNIPPET, *map(str, paths)],
            cwd=tmp,
            check=True,
            capture_output=True,
            text=True,
        )
    return dict(json.loads(run.stdout.strip().splitlines()[-1]))


@dataclass
class Tally:
    messages: int = 0
    invitations: int = 0
    right_rules: int = 0
    right_net: int = 0
    found_rules: int = 0
    found_net: int = 0
    flags: int = 0
    false: int = 0

    def add(self, doc: Doc, rules: str, p: float, threshold: float) -> None:
        flagged = rules != "invitation" and not doc.own and p > limit(rules, threshold, doc.related)
        net = "invitation" if flagged else rules
        self.messages += 1
        self.invitations += doc.invitation
        self.right_rules += rules == doc.kind
        self.right_net += net == doc.kind
        self.found_rules += doc.invitation and rules == "invitation"
        self.found_net += doc.invitation and net == "invitation"
        self.flags += net != rules
        self.false += net != rules and not doc.invitation

    def row(self, name: str) -> str:
        return (
            f"| {name} | {self.messages} | {self.right_rules / self.messages:.1%} | "
            f"{self.found_rules}/{self.invitations} | {self.right_net / self.messages:.1%} | "
            f"{self.found_net}/{self.invitations} | {self.flags} ({self.false}) |"
        )


def cv_table() -> list[str]:
    """Leave one batch out: each holdout batch scored by a model trained on everything else, its
    kinds from the rules it was first measured with, then with the net at THRESHOLD."""
    docs = load_docs()
    scored: dict[str, list[tuple[Doc, str, float]]] = {}
    for group in sorted(FIRST_SIGHT, key=lambda g: (g != "h1", int(g[1:]) if g != "h1" else 0)):
        test = [d for d in docs if d.group == group]
        model = fit(d for d in docs if d.group != group)
        rules = first_sight_kinds(FIRST_SIGHT[group], [d.path for d in test])
        scored[group] = [(d, rules[d.name], probability(model, d)) for d in test]
    lines = [
        f"threshold {THRESHOLD}",
        "| batch | msgs | rules: kind | rules: recall | + net: kind | + net: recall | net flags (false) |",
        "|-------|------|-------------|---------------|-------------|---------------|-------------------|",
    ]
    total = Tally()
    for group, rows in scored.items():
        tally = Tally()
        for doc, rules_kind, p in rows:
            tally.add(doc, rules_kind, p, THRESHOLD)
            if group not in AFTER_THRESHOLD:
                total.add(doc, rules_kind, p, THRESHOLD)
        lines.append(tally.row(group))
    lines.append(total.row("h1-b7"))
    lines.append("sweep over h1-b7 (threshold: kind with net, recall with net, flags (false)):")
    for threshold in SWEEP:
        sweep = Tally()
        for group, rows in scored.items():
            for doc, rules_kind, p in rows:
                if group not in AFTER_THRESHOLD:
                    sweep.add(doc, rules_kind, p, threshold)
        lines.append(
            f"  {threshold:.2f}: {sweep.right_net / sweep.messages:.1%}, "
            f"{sweep.found_net}/{sweep.invitations}, {sweep.flags} ({sweep.false})"
        )
    return lines


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare with tracker/understanding/model.json")
    parser.add_argument("--cv", action="store_true", help="print the leave-one-batch-out table")
    parser.add_argument("--exclude", nargs="*", default=[], help="holdout batches to leave out (b8 ...)")
    args = parser.parse_args()
    if args.cv:
        print("\n".join(cv_table()))
        return 0
    text = build(args.exclude)
    if args.check:
        same = MODEL_PATH.exists() and MODEL_PATH.read_text(encoding="utf-8") == text
        print("model.json is up to date" if same else "model.json differs from training")
        return 0 if same else 1
    MODEL_PATH.write_text(text, encoding="utf-8")
    print(f"wrote {MODEL_PATH.relative_to(ROOT)} ({len(text) // 1024} KiB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
