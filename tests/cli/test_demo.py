"""The demo and its sample mailbox: the committed Maildir is what the generator writes, the classifier
reads it the way a person does, and `tracker demo` runs twice with the same result and no network."""

from __future__ import annotations

import importlib.util
import sqlite3
import sys
from pathlib import Path
from types import ModuleType

import pytest
from cli_helpers import run

from tracker.cli.demo import DEMO_DIGEST, DEMO_NOW, DEMO_STORE, sample_mailbox
from tracker.config import Applicant
from tracker.understanding.classify import classify
from tracker.understanding.message import parse_message

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "tracker" / "sample_mailbox"


def load_generator() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "make_sample_mailbox", ROOT / "scripts" / "make_sample_mailbox.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while the class is built
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def generator() -> ModuleType:
    return load_generator()


def sample_files() -> dict[str, Path]:
    """slug → file of every message in the committed sample mailbox."""
    files = {}
    for path in sorted(SAMPLE.glob("*/*")):
        slug = path.name.split(".sample-", 1)[1].split(":", 1)[0]
        files[slug] = path
    return files


def test_the_committed_sample_mailbox_is_what_the_generator_writes(
    generator: ModuleType, tmp_path: Path
) -> None:
    generator.write(tmp_path / "out", generator.SAMPLES)
    written = {p.relative_to(tmp_path / "out"): p.read_bytes() for p in (tmp_path / "out").glob("*/*")}
    committed = {p.relative_to(SAMPLE): p.read_bytes() for p in SAMPLE.glob("*/*")}
    assert written.keys() == committed.keys()
    assert [name for name in written if written[name] != committed[name]] == []
    assert {sub.name for sub in SAMPLE.iterdir()} == {"cur", "new"}
    assert len(committed) >= 30 and any(p.parts[0] == "new" for p in committed)


def test_every_sample_message_is_labelled_and_the_season_is_covered(generator: ModuleType) -> None:
    labels = generator.LABELS
    assert set(labels) == set(sample_files())
    kinds = {kind for kind, *_ in labels.values()}
    assert kinds == {
        "invitation",
        "waitlist",
        "rejection",
        "scheduled",
        "reminder",
        "cancellation",
        "info",
        "other",
    }
    specialties = {specialty for _, _, specialty, _ in labels.values() if specialty}
    assert len(specialties) >= 3
    assert "preliminary" in {track for *_, track in labels.values()}


def test_the_classifier_reads_every_sample_invitation_as_an_invitation(generator: ModuleType) -> None:
    applicant = Applicant(
        name="Jordan Lee", email="jordan.lee.match2027@gmail.com", timezone="America/New_York"
    )
    results = {}
    for slug, path in sample_files().items():
        results[slug] = classify(parse_message(path.read_bytes()), applicant=applicant, now=DEMO_NOW)
    labels = generator.LABELS
    invitations = [slug for slug, (kind, *_) in labels.items() if kind == "invitation"]
    missed = [slug for slug in invitations if results[slug].kind != "invitation"]
    assert missed == []  # a missed invitation costs an interview
    for slug, (kind, _, specialty, _) in labels.items():
        if kind in {"invitation", "waitlist"}:
            assert results[slug].specialty == specialty, slug
    correct = sum(1 for slug, (kind, *_) in labels.items() if results[slug].kind == kind)
    assert correct / len(labels) >= 0.85, {
        s: results[s].kind for s in labels if results[s].kind != labels[s][0]
    }


def test_demo_runs_the_main_job_and_ends_with_the_digest_path_and_how_to_open_the_dashboard(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TRACKER_NOTIFY_URLS", "json://127.0.0.1:9/never")  # the demo must not use it
    monkeypatch.delenv("TRACKER_CONFIG", raising=False)
    code, out, err = run(["demo", "--dir", str(tmp_path)], capsys, monkeypatch)
    assert code == 0, err
    assert err == ""
    lines = out.rstrip("\n").splitlines()
    digest = tmp_path / DEMO_DIGEST
    assert lines[-2] == f"Digest it would send: {digest}"
    assert lines[-1] == f"Open the dashboard on it: tracker --config {tmp_path / 'tracker-demo.toml'} web"
    table = out[out.index("Specialty") : out.index("Digest it would send")]
    assert "Emergency Medicine" in table and "Internal Medicine" in table and "Transitional Year" in table
    assert "Total" in table
    assert f"Read {len(sample_files())} new messages" in out
    html = digest.read_text()
    assert html.lstrip().lower().startswith("<!doctype html") and "Lakeshore Health" in html

    with sqlite3.connect(tmp_path / DEMO_STORE) as db:
        first = {
            "messages": db.execute("SELECT count(*) FROM messages").fetchone()[0],
            "records": db.execute("SELECT count(*) FROM records").fetchone()[0],
            "invited": db.execute("SELECT count(*) FROM records WHERE invited_at IS NOT NULL").fetchone()[0],
            "deliveries": db.execute("SELECT count(*) FROM deliveries").fetchone()[0],
        }
    db.close()
    assert first["messages"] == len(sample_files())
    assert first["invited"] >= 8
    assert first["deliveries"] == 0  # no channel: nothing was sent anywhere

    code, again, err = run(["demo", "--dir", str(tmp_path)], capsys, monkeypatch)
    assert code == 0, err
    assert "Nothing new" in again
    assert again[again.index("Specialty") :] == out[out.index("Specialty") :]  # same table, same path
    with sqlite3.connect(tmp_path / DEMO_STORE) as db:
        assert db.execute("SELECT count(*) FROM messages").fetchone()[0] == first["messages"]
        assert db.execute("SELECT count(*) FROM records").fetchone()[0] == first["records"]
    db.close()


def test_the_demo_config_lets_the_other_commands_explore_the_demo(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    code, out, err = run(["demo", "--dir", str(tmp_path)], capsys, monkeypatch)
    assert code == 0, err
    config = tmp_path / "tracker-demo.toml"
    assert f"tracker --config {config} records" in out
    code, out, err = run(["--config", str(config), "status", "--json"], capsys, monkeypatch)
    assert code == 0, err
    assert '"Emergency Medicine"' in out
    code, out, err = run(
        ["--config", str(config), "export", "--ics", str(tmp_path / "i.ics")], capsys, monkeypatch
    )
    assert code == 0, err
    assert "interview events" in out


def test_sample_mailbox_resource_is_the_bundled_maildir() -> None:
    with sample_mailbox() as path:
        assert (path / "cur").is_dir() and (path / "new").is_dir()
        assert path.resolve() == SAMPLE.resolve()
