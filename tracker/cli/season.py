"""`tracker eval --season DIR`: run the whole pipeline on a season's mailbox and compare the records
with the truth a person wrote for it.

DIR holds `mail/` (a Maildir) and `truth.toml`: the applicant (with `as_of`, the moment the final
statuses are judged), one `[[program]]` per program with its messages, per-specialty invitation
`[counts]`, and `unrelated`, the messages about no program of the applicant's. The report says what
an applicant would notice: counts against the truth, one program's mail split over several records,
records that merge different programs, unrelated mail linked to a record, and final statuses.
"""

from __future__ import annotations

import logging
import tempfile
import tomllib
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from tracker.config import parse_config
from tracker.errors import TrackerError
from tracker.notify import goals
from tracker.service import poll_once_as_of
from tracker.sources.maildir import maildir_uid
from tracker.specialties import canonical_specialty
from tracker.store.database import Store
from tracker.store.views import load_records

_NO_URLS_ENV = "TRACKER_EVAL_NOTIFY_URLS"


@dataclass(frozen=True)
class TruthProgram:
    key: str
    institution: str
    specialty: str
    track: str
    invited: bool
    final_status: str
    messages: tuple[str, ...]


@dataclass
class SeasonTruth:
    applicant: dict[str, Any]
    as_of: datetime
    programs: list[TruthProgram]
    counts: dict[str, int]
    unrelated: list[str]

    @classmethod
    def load(cls, directory: Path) -> SeasonTruth:
        path = directory / "truth.toml"
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except OSError as e:
            raise TrackerError(f"cannot read {path}: {e.strerror or e}") from e
        except tomllib.TOMLDecodeError as e:
            raise TrackerError(f"{path} is not valid TOML: {e}") from e
        try:
            applicant = dict(data["applicant"])
            as_of = datetime.fromisoformat(str(applicant.pop("as_of")))
            programs = [
                TruthProgram(
                    key=str(p["key"]),
                    institution=str(p["institution"]),
                    # (a writer's "General Surgery" is the ERAS name the counts use, "Surgery")
                    specialty=canonical_specialty(str(p["specialty"])) or str(p["specialty"]),
                    track=str(p.get("track", "")),
                    invited=bool(p["invited"]),
                    final_status=str(p["final_status"]),
                    messages=tuple(str(m) for m in p["messages"]),
                )
                for p in data.get("program", [])
            ]
        except (KeyError, TypeError, ValueError) as e:
            raise TrackerError(f"{path}: missing or bad field {e}", "see docs/development.md") from e
        counts: dict[str, int] = {}
        for name, count in data.get("counts", {}).items():
            specialty = canonical_specialty(str(name)) or str(name)
            counts[specialty] = counts.get(specialty, 0) + int(count)
        return cls(applicant, as_of, programs, counts, [str(m) for m in data.get("unrelated", [])])


@dataclass
class SeasonReport:
    """How the records built from a season's mail compare with its truth."""

    name: str
    messages: int
    programs: int
    records: int
    counts: dict[str, tuple[int, int]] = field(default_factory=dict)  # specialty -> (tracker, truth)
    splits: dict[str, list[int]] = field(default_factory=dict)  # program key -> its records
    merges: dict[int, list[str]] = field(default_factory=dict)  # record -> the programs it holds
    unrelated_linked: dict[str, int] = field(default_factory=dict)  # file -> record
    unlinked: dict[str, list[str]] = field(default_factory=dict)  # program key -> files in no record
    statuses: dict[str, tuple[str, str]] = field(default_factory=dict)  # program key -> (tracker, truth)

    @property
    def counts_exact(self) -> int:
        return sum(1 for got, want in self.counts.values() if got == want)

    @property
    def status_right(self) -> int:
        return sum(1 for got, want in self.statuses.values() if got == want)

    def as_json(self) -> dict[str, Any]:
        return {
            "season": self.name,
            "messages": self.messages,
            "programs": self.programs,
            "records": self.records,
            "counts": {k: {"tracker": g, "truth": w} for k, (g, w) in sorted(self.counts.items())},
            "counts_exact": self.counts_exact,
            "splits": self.splits,
            "wrong_merges": {str(k): v for k, v in self.merges.items()},
            "unrelated_linked": self.unrelated_linked,
            "unlinked": self.unlinked,
            "final_status": {k: {"tracker": g, "truth": w} for k, (g, w) in sorted(self.statuses.items())},
            "final_status_right": self.status_right,
        }

    def lines(self, show: bool = True) -> list[str]:
        out = [
            f"{self.name}: {self.messages} messages, {self.programs} programs in the truth, "
            f"{self.records} records made",
            f"invited per specialty: {self.counts_exact}/{len(self.counts)} exact",
        ]
        for specialty, (got, want) in sorted(self.counts.items()):
            mark = "ok" if got == want else f"off by {got - want:+d}"
            out.append(f"  {specialty:40} {got:3d} / {want:3d}  {mark}")
        statuses = len(self.statuses)
        share = self.status_right / statuses if statuses else 1.0
        out += [
            f"programs split over several records: {len(self.splits)}",
            f"records merging different programs:  {len(self.merges)}",
            f"unrelated messages linked to a record: {len(self.unrelated_linked)}",
            f"programs with mail in no record:      {len(self.unlinked)}",
            f"final status right: {self.status_right}/{statuses} ({share:.1%})",
        ]
        if show:
            out += [f"  split: {key} -> records {ids}" for key, ids in sorted(self.splits.items())]
            out += [f"  merged: record {rid} holds {keys}" for rid, keys in sorted(self.merges.items())]
            linked = sorted(self.unrelated_linked.items())
            out += [f"  unrelated: {name} -> record {rid}" for name, rid in linked]
            out += [f"  unlinked: {key}: {names}" for key, names in sorted(self.unlinked.items())]
            out += [
                f"  status: {key}: {got} (truth: {want})"
                for key, (got, want) in sorted(self.statuses.items())
                if got != want
            ]
        return out


def evaluate_season(directory: Path, workdir: Path | None = None) -> SeasonReport:
    """Run sync → classify → records on DIR/mail as of the truth's `as_of`, and compare."""
    truth = SeasonTruth.load(directory)
    maildir = directory.resolve() / "mail"
    if not (maildir / "cur").is_dir():
        raise TrackerError(f"{maildir} is not a Maildir (no cur/ folder)")
    with tempfile.TemporaryDirectory(prefix="tracker-season-") as scratch:
        store_path = Path(workdir or scratch) / "season.sqlite3"
        settings = {
            "applicant": {
                "name": truth.applicant.get("name", ""),
                "email": truth.applicant["email"],
                "timezone": truth.applicant.get("timezone", "America/New_York"),
            },
            "mailbox": {"maildir": str(maildir), "folders": ["INBOX"]},
            "store": {"path": str(store_path)},
            "notify": {"urls": [], "urls_env": _NO_URLS_ENV},
        }
        config = parse_config(settings, store_path.with_suffix(".toml"))
        # A replay sends nothing by design: the notifier's "no channel configured" is no news here.
        quiet = logging.getLogger("tracker.notify.outbox")
        level = quiet.level
        quiet.setLevel(logging.ERROR)
        try:
            with Store(store_path) as store:
                poll_once_as_of(config, store, truth.as_of, "the season")
                record_of = _record_of_files(store, truth)
                records = load_records(store, config.applicant.tz, now=truth.as_of)
                lines = goals.specialty_progress(records, goals.settings_from_config(config), truth.as_of)
                status_of = {r.id: r.status for r in records}
        finally:
            quiet.setLevel(level)
    return compare(directory.name, truth, record_of, {line.specialty: line.invitations for line in lines},
                   status_of)


def _record_of_files(store: Store, truth: SeasonTruth) -> dict[str, int | None]:
    """Each truth file's record (None: linked to none), through the Maildir UID of its name."""
    rows = store.query(
        "SELECT l.uid, m.record_id FROM locations l JOIN messages m ON m.id = l.message"
    )
    by_uid = {int(r["uid"]): r["record_id"] for r in rows}
    names = [*truth.unrelated, *(m for p in truth.programs for m in p.messages)]
    return {name: by_uid.get(maildir_uid(name)) for name in names}


def compare(
    name: str,
    truth: SeasonTruth,
    record_of: dict[str, int | None],
    invited: dict[str, int],
    status_of: dict[int, str],
) -> SeasonReport:
    """The report, from where each file landed, the tracker's counts and its records' statuses."""
    report = SeasonReport(
        name=name,
        messages=len(record_of),
        programs=len(truth.programs),
        records=len(status_of),
    )
    for specialty in sorted(set(truth.counts) | {s for s, n in invited.items() if n}):
        report.counts[specialty] = (invited.get(specialty, 0), truth.counts.get(specialty, 0))
    holders: dict[int, set[str]] = {}
    for program in truth.programs:
        landed = Counter(record_of.get(m) for m in program.messages)
        records = sorted(r for r in landed if r is not None)
        if len(records) > 1:
            report.splits[program.key] = records
        missing = [m for m in program.messages if record_of.get(m) is None]
        if missing and not records:
            report.unlinked[program.key] = missing
        for record in records:
            holders.setdefault(record, set()).add(program.key)
        main = max(records, key=lambda r: landed[r]) if records else None
        got = status_of.get(main, "no record") if main is not None else "no record"
        report.statuses[program.key] = (got, program.final_status)
    report.merges = {rid: sorted(keys) for rid, keys in holders.items() if len(keys) > 1}
    report.unrelated_linked = {m: rid for m in truth.unrelated if (rid := record_of.get(m)) is not None}
    return report
