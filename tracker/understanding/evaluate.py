"""`tracker eval DIR`: classify a labelled corpus and measure per-field accuracy.

DIR holds `.eml` files and `labels.toml`: an optional `[applicant]` table (email, timezone, name) and
one table per file (`["name.eml"]`) with the expected fields. A field that is absent is not checked;
"" means the field must be null.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from tracker.config import Applicant, Rule
from tracker.errors import ParseError, TrackerError
from tracker.specialties import canonical_specialty
from tracker.understanding.classify import CONTRACT_KEYS, Classification, classify
from tracker.understanding.identity import Relation, relation
from tracker.understanding.message import parse_message

FIELDS = tuple(k for k in CONTRACT_KEYS if k not in {"confidence", "evidence"})


@dataclass
class Mismatch:
    file: str
    field: str
    expected: Any
    got: Any


@dataclass
class Report:
    """Per-field accuracy over a labelled corpus, and every mismatch."""

    files: int = 0
    checked: dict[str, int] = field(default_factory=dict)
    correct: dict[str, int] = field(default_factory=dict)
    invitations: int = 0
    invitations_found: int = 0
    # Messages a person is asked to look at (`needs_review`), and the invitations given without
    # that flag: (read as invitations with confidence, of them truly invitations).
    flagged: int = 0
    confident_invitations: int = 0
    confident_invitations_right: int = 0
    # Programs named as the same institution as the label, in any spelling identity accepts
    # ("Denver Health" for "Denver Health Medical Center", "UCSF"), beside the exact spelling.
    same_institution: int = 0
    mismatches: list[Mismatch] = field(default_factory=list)

    def accuracy(self, name: str) -> float:
        checked = self.checked.get(name, 0)
        return self.correct.get(name, 0) / checked if checked else 1.0

    @property
    def invitation_recall(self) -> float:
        return self.invitations_found / self.invitations if self.invitations else 1.0

    @property
    def flagged_share(self) -> float:
        """The share of messages flagged for review (the target is at most 1 in 10)."""
        return self.flagged / self.files if self.files else 0.0

    def lines(self) -> list[str]:
        out = [f"{self.files} messages"]
        for name in FIELDS:
            if self.checked.get(name):
                out.append(
                    f"{name:17} {self.accuracy(name):7.1%}  "
                    f"({self.correct.get(name, 0)}/{self.checked[name]})"
                )
        if programs := self.checked.get("program"):
            out.append(
                f"  same institution {self.same_institution / programs:6.1%}  "
                f"({self.same_institution}/{programs})"
            )
        out.append(
            f"{'invitation recall':17} {self.invitation_recall:7.1%}  "
            f"({self.invitations_found}/{self.invitations})"
        )
        out.append(f"{'flagged for review':17} {self.flagged_share:7.1%}  ({self.flagged}/{self.files})")
        right = self.confident_invitations_right
        share = right / self.confident_invitations if self.confident_invitations else 1.0
        out.append(f"{'sure invitations':17} {share:7.1%}  ({right}/{self.confident_invitations} right)")
        confusion: dict[tuple[Any, Any], int] = {}
        for miss in self.mismatches:
            if miss.field == "kind":
                confusion[(miss.expected, miss.got)] = confusion.get((miss.expected, miss.got), 0) + 1
        for (expected, got), count in sorted(confusion.items(), key=lambda item: -item[1]):
            out.append(f"  kind {expected} read as {got}: {count}")
        return out


def _one_institution(expected: Any, got: Any) -> bool:
    if not expected or not got:
        return False
    return relation(str(got), [str(expected)]) is Relation.SAME


def normalise(name: str, value: Any) -> Any:
    """Compare like a person would: program names without case, punctuation or a leading "the";
    specialties by their ERAS names; deadlines as instants."""
    if value in ("", None, []):
        return None if name != "interview_dates" else []
    if name == "program":
        text = re.sub(r"^the\s+", "", str(value).strip().lower().replace("’", "'"))
        return re.sub(r"[^\w]+", " ", text.replace("'s", "s")).strip()
    if name == "respond_by":
        moment = value if isinstance(value, datetime) else datetime.fromisoformat(str(value))
        return moment.timestamp()
    if name == "interview_dates":
        return sorted(str(v) for v in value)
    if name == "specialty":
        # (a writer's "Diagnostic Radiology" is the ERAS name "Radiology-Diagnostic", as in a season's truth)
        return canonical_specialty(str(value)) or value
    return value


def load_labels(directory: Path) -> tuple[dict[str, dict[str, Any]], Applicant]:
    path = directory / "labels.toml"
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as e:
        raise TrackerError(f"no labels.toml in {directory}", "write one table per .eml file") from e
    except tomllib.TOMLDecodeError as e:
        raise TrackerError(f"{path}: not valid TOML: {e}") from e
    applicant = Applicant(**data.pop("applicant", {}))
    return {name: dict(fields) for name, fields in data.items()}, applicant


def evaluate(
    directory: Path,
    *,
    applicant: Applicant | None = None,
    rules: Sequence[Rule] = (),
) -> Report:
    """Classify every labelled file in `directory` and compare each labelled field."""
    labels, labelled_applicant = load_labels(directory)
    applicant = applicant or labelled_applicant
    report = Report()
    for name, expected in sorted(labels.items()):
        raw = (directory / name).read_bytes()
        try:
            result: Classification | None = classify(parse_message(raw), applicant=applicant, rules=rules)
        except ParseError:
            result = None
        got = result.contract() if result else {"kind": None}
        report.files += 1
        report.flagged += bool(got.get("needs_review"))
        if got.get("kind") == "invitation" and not got.get("needs_review"):
            report.confident_invitations += 1
            report.confident_invitations_right += expected.get("kind", "invitation") == "invitation"
        if expected.get("kind") == "invitation":
            report.invitations += 1
            report.invitations_found += got.get("kind") == "invitation"
        for key in FIELDS:
            if key not in expected:
                continue
            if key == "platform" and expected.get("kind") == "other":
                # Mail about no program came through no program's platform: the writers of the
                # labelled sets disagree on what to call it ("email", "other"), so it is not scored.
                continue
            report.checked[key] = report.checked.get(key, 0) + 1
            right = normalise(key, expected[key]) == normalise(key, got.get(key))
            if right:
                report.correct[key] = report.correct.get(key, 0) + 1
            else:
                report.mismatches.append(Mismatch(name, key, expected[key], got.get(key)))
            if key == "program":
                report.same_institution += right or _one_institution(expected[key], got.get(key))
    return report
