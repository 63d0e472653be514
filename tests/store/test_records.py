# ruff: noqa: E501  (test messages are prose; long lines read better than split ones)
"""Records: one per (program, specialty, track), status history, linking, the user's word, reprocessing."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from click.testing import CliRunner
from test_classification_helpers import ET, eml

from tracker.cli import cli
from tracker.config import parse_config
from tracker.service import Tracker
from tracker.store.corrections import reprocess, set_record
from tracker.store.database import NewMessage, Store
from tracker.store.records import mail_may_change

NOW = datetime(2026, 11, 27, 12, 0, tzinfo=UTC)
COORD = "IM Coordinator <im@brookfield.edu>"


class Inbox:
    """A store fed message by message and processed by the real pipeline."""

    def __init__(self, tmp_path: Path) -> None:
        self.config = parse_config(
            {
                "applicant": {"email": "jordan.lee.match2027@gmail.com", "timezone": "America/New_York"},
                "mailbox": {"maildir": str(tmp_path / "mail")},
                "store": {"path": str(tmp_path / "tracker.sqlite3")},
            }
        )
        self.store = Store(self.config.store_path)
        self.tracker = Tracker(self.config, self.store, clock=lambda: NOW)
        self.uid = 0

    def deliver(self, raw: bytes) -> int:
        self.uid += 1
        [message_pk] = self.store.store_batch("test", "INBOX", 1, [NewMessage(self.uid, raw)], self.uid)
        processed, failed = self.tracker.process()
        assert processed == [message_pk] and not failed
        return message_pk

    def message(self, message_pk: int):
        return self.store.query_one("SELECT * FROM messages WHERE id = ?", (message_pk,))

    def record(self, record_id: int):
        return self.store.query_one("SELECT * FROM records WHERE id = ?", (record_id,))

    def records(self):
        return self.store.query("SELECT * FROM records ORDER BY id")

    def history(self, record_id: int) -> list[str]:
        rows = self.store.query(
            "SELECT status FROM record_events WHERE record = ? ORDER BY at, id", (record_id,)
        )
        return [r["status"] for r in rows]


@pytest.fixture
def inbox(tmp_path):
    box = Inbox(tmp_path)
    yield box
    box.store.close()


def day(month: int, dd: int, hour: int = 10) -> datetime:
    year = 2027 if month < 7 else 2026
    return datetime(year, month, dd, hour, 0, tzinfo=ET)


NOV_2 = day(11, 2)
NOV_4 = day(11, 4)


def invitation(
    track: str = "categorical", sent: datetime = NOV_2, subject: str = "Interview invitation", **kwargs
) -> bytes:
    return eml(
        f"We are pleased to invite you to interview for the {track} Internal Medicine residency at Brookfield University. "
        "Dates: December 8 or December 15. Please reply within 72 hours.",
        subject=subject,
        sender=COORD,
        sent=sent,
        **kwargs,
    )


def confirmation(sent: datetime = NOV_4, **kwargs) -> bytes:
    return eml(
        "Your interview with Brookfield University Internal Medicine is confirmed for December 8 at 9:00 AM ET.",
        subject="Interview confirmed",
        sender=COORD,
        sent=sent,
        **kwargs,
    )


def test_an_invitation_creates_one_record_with_the_fields_the_notifier_reads(inbox):
    pk = inbox.deliver(invitation(message_id="<inv-1@brookfield.edu>"))
    message = inbox.message(pk)
    assert (message["kind"], message["program"], message["specialty"], message["track"]) == (
        "invitation",
        "Brookfield University",
        "Internal Medicine",
        "categorical",
    )
    assert message["classified_at"] is not None
    assert json.loads(message["classification"])["evidence"]
    record = inbox.record(message["record_id"])
    assert record["status"] == "invited"
    assert record["invited_at"] == "2026-11-02T15:00:00+00:00"
    assert record["respond_by"] == "2026-11-05T15:00:00+00:00"
    assert json.loads(record["interview_dates"]) == ["2026-12-08", "2026-12-15"]
    assert record["platform"] == "email"


def test_one_institution_inviting_to_two_tracks_makes_two_records(inbox):
    first = inbox.deliver(invitation("categorical"))
    second = inbox.deliver(invitation("preliminary"))
    assert inbox.message(first)["record_id"] != inbox.message(second)["record_id"]
    assert len(inbox.records()) == 2


def test_status_history_invited_then_scheduled_then_cancelled(inbox):
    pk = inbox.deliver(invitation())
    record_id = inbox.message(pk)["record_id"]
    inbox.deliver(confirmation())
    record = inbox.record(record_id)
    assert record["status"] == "scheduled"
    assert record["interview_date"] == "2026-12-08T14:00:00+00:00"
    inbox.deliver(
        eml(
            "We regret that we must cancel your interview on December 8 with the Internal Medicine program at Brookfield University.",
            sender=COORD,
            sent=day(11, 20),
        )
    )
    assert inbox.history(record_id) == ["invited", "scheduled", "cancelled"]


def test_an_old_invitation_synced_late_does_not_undo_a_scheduled_interview(inbox):
    record_id = inbox.message(inbox.deliver(confirmation(sent=day(11, 4))))["record_id"]
    inbox.deliver(invitation(sent=day(11, 2)))
    assert inbox.record(record_id)["status"] == "scheduled"
    assert inbox.record(record_id)["invited_at"] == "2026-11-02T15:00:00+00:00"


def test_waitlisted_then_invited(inbox):
    pk = inbox.deliver(
        eml(
            "You have been placed on the waitlist for the Internal Medicine residency at Brookfield University.",
            sender=COORD,
            sent=day(10, 20),
        )
    )
    record_id = inbox.message(pk)["record_id"]
    assert inbox.record(record_id)["status"] == "waitlisted"
    inbox.deliver(invitation(sent=day(11, 2)))
    assert inbox.history(record_id) == ["waitlisted", "invited"]


def test_a_reply_naming_no_program_links_through_in_reply_to(inbox):
    record_id = inbox.message(inbox.deliver(invitation(message_id="<inv-7@brookfield.edu>")))["record_id"]
    reply = eml(
        "Thank you for scheduling! We look forward to seeing you on December 15.",
        subject="Re: Interview invitation",
        sender="Someone Else <other@brookfield.edu>",
        sent=day(11, 3),
        headers={"In-Reply-To": "<inv-7@brookfield.edu>"},
    )
    pk = inbox.deliver(reply)
    assert inbox.message(pk)["record_id"] == record_id
    assert inbox.record(record_id)["status"] == "scheduled"
    assert inbox.record(record_id)["interview_date"] == "2026-12-15"


def test_a_message_naming_a_known_program_only_in_passing_links_through_the_body(inbox):
    record_id = inbox.message(inbox.deliver(invitation()))["record_id"]
    pk = inbox.deliver(
        eml(
            "This is a reminder about your upcoming interview day at Brookfield University.",
            sender="Thalamus <noreply@thalamusgme.com>",
            sent=day(12, 7),
        )
    )
    assert inbox.message(pk)["record_id"] == record_id


def test_unrelated_mail_creates_no_record(inbox):
    pk = inbox.deliver(
        eml("Your statement for account ending 1234 is ready.", sender="Bank <a@bank.example>")
    )
    assert inbox.message(pk)["kind"] == "other"
    assert inbox.message(pk)["record_id"] is None
    assert inbox.records() == []


# -- the user's word ----------------------------------------------------------------------------


def test_mail_never_overrides_the_users_decisions():
    for decision in ("declined", "cancelled", "completed"):
        for status in ("invited", "scheduled", "waitlisted", "rejected", "cancelled"):
            assert not mail_may_change(decision, "user", status)


def test_a_later_invitation_does_not_undo_declined(inbox):
    record_id = inbox.message(inbox.deliver(invitation(sent=day(11, 2))))["record_id"]
    set_record(inbox.store, record_id, status="declined", now=NOW)
    inbox.deliver(invitation(sent=day(12, 1), subject="Second round"))
    assert inbox.record(record_id)["status"] == "declined"
    assert inbox.record(record_id)["status_source"] == "user"


def test_a_program_cancellation_overrides_a_user_marked_scheduled(inbox):
    record_id = inbox.message(inbox.deliver(invitation(sent=day(11, 2))))["record_id"]
    set_record(inbox.store, record_id, status="scheduled", interview_date="2026-12-08", now=NOW)
    inbox.deliver(
        eml(
            "Your interview with the Internal Medicine residency at Brookfield University has been cancelled.",
            sender=COORD,
            sent=NOW + timedelta(days=1),
        )
    )
    assert inbox.record(record_id)["status"] == "cancelled"
    assert inbox.history(record_id) == ["invited", "scheduled", "cancelled"]


def test_corrections_and_user_statuses_survive_reprocessing(inbox):
    invited = inbox.deliver(invitation())
    vague = inbox.deliver(
        eml("Please see the portal for news.", subject="Update", sender="Portal <no-reply@portal.example>")
    )
    record_id = inbox.message(invited)["record_id"]
    runner = CliRunner()
    config = inbox.config.source
    assert config is None  # built in memory; the CLI gets a file
    config_file = inbox.config.store_path.parent / "config.toml"
    config_file.write_text(
        f'[applicant]\nemail = "jordan.lee.match2027@gmail.com"\n[mailbox]\nmaildir = "mail"\n'
        f'[store]\npath = "{inbox.config.store_path}"\n'
    )
    result = runner.invoke(
        cli,
        [
            "--config",
            str(config_file),
            "set",
            str(vague),
            "--kind",
            "waitlist",
            "--program",
            "Cedar Health",
            "--specialty",
            "Peds",
        ],
    )
    assert result.exit_code == 0, result.output
    result = runner.invoke(
        cli,
        ["--config", str(config_file), "record", str(record_id), "--status", "completed", "--signal", "gold"],
    )
    assert result.exit_code == 0, result.output
    before = {(r["program"], r["specialty"], r["status"]) for r in inbox.records()}
    assert ("Cedar Health", "Pediatrics", "waitlisted") in before
    assert ("Brookfield University", "Internal Medicine", "completed") in before

    classified, failed = reprocess(inbox.store, applicant=inbox.config.applicant, now=NOW + timedelta(days=2))
    assert (classified, failed) == (2, 0)
    after = {(r["program"], r["specialty"], r["status"]) for r in inbox.records()}
    assert after == before
    assert inbox.record(record_id)["signal"] == "gold"
    assert inbox.message(vague)["kind"] == "waitlist"


def test_set_accepts_the_message_id_header(inbox, tmp_path):
    pk = inbox.deliver(invitation(message_id="<abc-123@brookfield.edu>"))
    config_file = tmp_path / "config.toml"
    config_file.write_text(f'[mailbox]\nmaildir = "mail"\n[store]\npath = "{inbox.config.store_path}"\n')
    result = CliRunner().invoke(
        cli, ["--config", str(config_file), "set", "abc-123@brookfield.edu", "--track", "preliminary"]
    )
    assert result.exit_code == 0, result.output
    assert inbox.message(pk)["track"] == "preliminary"
    assert inbox.record(inbox.message(pk)["record_id"])["track"] == "preliminary"


def test_record_command_sets_date_in_the_applicants_zone_and_records_lists_it(inbox, tmp_path):
    record_id = inbox.message(inbox.deliver(invitation()))["record_id"]
    config_file = tmp_path / "config.toml"
    config_file.write_text(
        f'[applicant]\ntimezone = "America/Chicago"\n[mailbox]\nmaildir = "mail"\n[store]\npath = "{inbox.config.store_path}"\n'
    )
    runner = CliRunner()
    result = runner.invoke(
        cli,
        [
            "--config",
            str(config_file),
            "record",
            str(record_id),
            "--status",
            "scheduled",
            "--date",
            "2036-12-03T08:30",
            "--note",
            "liked the residents",
        ],
    )
    assert result.exit_code == 0, result.output
    record = inbox.record(record_id)
    assert record["interview_date"] == "2036-12-03T14:30:00+00:00"
    assert "liked the residents" in record["notes"]
    listed = json.loads(runner.invoke(cli, ["--config", str(config_file), "records", "--json"]).output)
    assert [(r["id"], r["status"], r["interview_date"]) for r in listed] == [
        (record_id, "scheduled", "2036-12-03T14:30:00+00:00")
    ]
    table = runner.invoke(cli, ["--config", str(config_file), "records"]).output
    assert "Brookfield University" in table and "scheduled" in table
    assert "2036-12-03 08:30" in table  # shown in the applicant's zone


def test_record_command_rejects_unknown_records_and_bad_dates(inbox, tmp_path):
    config_file = tmp_path / "config.toml"
    config_file.write_text(f'[mailbox]\nmaildir = "mail"\n[store]\npath = "{inbox.config.store_path}"\n')
    from tracker.cli import main

    assert main(["--config", str(config_file), "record", "999", "--status", "declined"]) == 1
    record_id = inbox.message(inbox.deliver(invitation()))["record_id"]
    assert main(["--config", str(config_file), "record", str(record_id), "--date", "next tuesday"]) != 0


def test_correcting_the_program_moves_the_message_and_drops_the_empty_record(inbox, tmp_path):
    pk = inbox.deliver(invitation(message_id="<move-1@brookfield.edu>"))
    old_record = inbox.message(pk)["record_id"]
    config_file = tmp_path / "config.toml"
    config_file.write_text(f'[mailbox]\nmaildir = "mail"\n[store]\npath = "{inbox.config.store_path}"\n')
    result = CliRunner().invoke(
        cli,
        [
            "--config",
            str(config_file),
            "set",
            str(pk),
            "--program",
            "Cedar Valley Health",
            "--kind",
            "invitation",
        ],
    )
    assert result.exit_code == 0, result.output
    message = inbox.message(pk)
    assert message["program"] == "Cedar Valley Health"
    assert inbox.record(old_record) is None
    assert [r["program"] for r in inbox.records()] == ["Cedar Valley Health"]
    stored = json.loads(message["classification"])
    assert stored["program"] == "Cedar Valley Health"
    assert stored["needs_review"] is False
    assert stored["evidence"][0].startswith("corrected by the user")


def test_reprocess_command_applies_new_rules_and_keeps_corrections(inbox, tmp_path):
    newsletter = inbox.deliver(
        eml(
            "Our spring newsletter is here: resident spotlights and research news.",
            sender="News <news@brookfield.edu>",
        )
    )
    corrected = inbox.deliver(invitation())
    config_file = tmp_path / "config.toml"
    config_file.write_text(f'[mailbox]\nmaildir = "mail"\n[store]\npath = "{inbox.config.store_path}"\n')
    runner = CliRunner()
    assert (
        runner.invoke(
            cli, ["--config", str(config_file), "set", str(corrected), "--kind", "waitlist"]
        ).exit_code
        == 0
    )
    assert inbox.message(newsletter)["kind"] == "info"
    config_file.write_text(
        config_file.read_text() + '[[rules]]\nfrom = "^news@brookfield\\\\.edu$"\nkind = "other"\n'
    )
    result = runner.invoke(cli, ["--config", str(config_file), "reprocess"])
    assert result.exit_code == 0, result.output
    assert "2 message(s) re-classified" in result.output
    assert inbox.message(newsletter)["kind"] == "other"
    assert inbox.message(corrected)["kind"] == "waitlist"
    assert [r["status"] for r in inbox.records()] == ["waitlisted"]


def test_every_classification_command_has_help():
    for command in ("classify", "eval", "set", "record", "records", "reprocess"):
        result = CliRunner().invoke(cli, [command, "--help"])
        assert result.exit_code == 0
        assert "Usage:" in result.output and len(result.output.splitlines()) > 3


def test_a_program_written_differently_by_the_same_sender_joins_its_record(inbox):
    record_id = inbox.message(inbox.deliver(invitation()))["record_id"]
    pk = inbox.deliver(
        eml(
            "Your interview with the Brookfield University Health System Internal Medicine Residency is confirmed for December 8.",
            sender=COORD,
            sent=day(11, 5),
        )
    )
    assert inbox.message(pk)["record_id"] == record_id
    assert inbox.record(record_id)["status"] == "scheduled"
    assert len(inbox.records()) == 1


def test_a_reminder_for_an_interview_never_seen_starts_a_scheduled_record_only_when_specific(inbox):
    vague = inbox.deliver(
        eml("Reminder: your interview at Brookfield University is tomorrow.", sent=day(12, 7))
    )
    assert inbox.message(vague)["record_id"] is None
    specific = inbox.deliver(
        eml(
            "Reminder: your Psychiatry interview at Cedar Valley Health is tomorrow at 9 AM.", sent=day(12, 8)
        )
    )
    record = inbox.record(inbox.message(specific)["record_id"])
    assert (record["program"], record["specialty"], record["status"]) == (
        "Cedar Valley Health",
        "Psychiatry",
        "scheduled",
    )


def test_poll_of_a_maildir_classifies_and_links_through_the_real_pipeline(tmp_path):
    corpus = Path(__file__).parents[1] / "data" / "corpus"
    maildir = tmp_path / "mail"
    for sub in ("cur", "new", "tmp"):
        (maildir / sub).mkdir(parents=True)
    chosen = [
        "hard-two-tracks-categorical.eml",
        "hard-two-tracks-preliminary.eml",
        "hard-program-bank-unrelated.eml",
    ]
    chosen += [p.name for p in sorted(corpus.glob("inv-thalamus-*.eml"))[:2]]
    for index, name in enumerate(chosen):
        (maildir / "new" / f"{index}.corpus:2,").write_bytes((corpus / name).read_bytes())
    config_file = tmp_path / "config.toml"
    config_file.write_text(
        f'[applicant]\nemail = "jordan.lee.match2027@gmail.com"\n[mailbox]\nmaildir = "{maildir}"\n'
        '[store]\npath = "tracker.sqlite3"\n'
    )
    runner = CliRunner()
    result = runner.invoke(cli, ["--config", str(config_file), "poll", "--once"])
    assert result.exit_code == 0, result.output
    messages = json.loads(runner.invoke(cli, ["--config", str(config_file), "messages", "--json"]).output)
    assert len(messages) == len(chosen)
    kinds = sorted(m["kind"] for m in messages)
    assert kinds == ["invitation"] * 4 + ["other"]
    assert all(m["record_id"] for m in messages if m["kind"] == "invitation")
    records = json.loads(runner.invoke(cli, ["--config", str(config_file), "records", "--json"]).output)
    oakmont = sorted(r["track"] for r in records if r["program"] == "Oakmont University")
    assert oakmont == ["categorical", "preliminary"]
    assert all(r["status"] == "invited" and r["invited_at"] for r in records)


def test_a_confirmation_that_the_applicant_declined_marks_the_record_declined(inbox):
    record_id = inbox.message(inbox.deliver(invitation()))["record_id"]
    inbox.deliver(
        eml(
            "You have declined the interview invitation from the Brookfield University Internal Medicine residency.",
            sender="Thalamus <noreply@thalamusgme.com>",
            sent=day(11, 6),
        )
    )
    assert inbox.history(record_id) == ["invited", "declined"]


def test_a_cancellation_then_the_programs_word_that_the_applicant_withdrew_marks_the_record_declined(inbox):
    # A scheduler's "Canceled:" says not whose decision it was; the coordinator's reply does.
    record_id = inbox.message(inbox.deliver(invitation()))["record_id"]
    inbox.deliver(
        eml(
            "The Brookfield University Internal Medicine interview day has been cancelled.",
            sender="Brookfield University IM <im@brookfield.edu>",
            sent=day(11, 6),
        )
    )
    inbox.deliver(
        eml(
            "Thank you for letting us know about your interview with Brookfield University Internal "
            "Medicine. We were able to offer your seat to an applicant on our waitlist this morning.",
            sender="Brookfield University IM <im@brookfield.edu>",
            sent=day(11, 7),
        )
    )
    assert inbox.history(record_id) == ["invited", "cancelled", "declined"]


def test_a_message_that_could_not_be_read_can_be_set_by_the_user_and_survives_reprocessing(inbox, tmp_path):
    inbox.uid += 1
    [unreadable] = inbox.store.store_batch("test", "INBOX", 1, [NewMessage(inbox.uid, b"\r\n")], inbox.uid)
    assert inbox.tracker.process() == ([], [unreadable])
    config_file = tmp_path / "config.toml"
    config_file.write_text(f'[mailbox]\nmaildir = "mail"\n[store]\npath = "{inbox.config.store_path}"\n')
    result = CliRunner().invoke(
        cli,
        ["--config", str(config_file), "set", str(unreadable), "--kind", "invitation", "--program",
         "Mercy Hospital", "--specialty", "IM"],
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    expected = [("Mercy Hospital", "Internal Medicine", "invited")]
    assert [(r["program"], r["specialty"], r["status"]) for r in inbox.records()] == expected
    assert reprocess(inbox.store, now=NOW) == (0, 1)
    assert [(r["program"], r["specialty"], r["status"]) for r in inbox.records()] == expected
    assert inbox.message(unreadable)["kind"] == "invitation"


def thanks(sent: datetime, **kwargs) -> bytes:
    return eml(
        "Thank you for interviewing with the Brookfield University Internal Medicine Residency. It was a "
        "pleasure to meet you, and we wish you the best this season.",
        subject="Thank you from Brookfield University Internal Medicine",
        sender=COORD,
        sent=sent,
        **kwargs,
    )


def test_a_thank_you_for_the_interview_completes_the_record(inbox):
    # The interview was arranged by phone: no booking mail, then the program's thanks.
    record_id = inbox.message(inbox.deliver(invitation()))["record_id"]
    pk = inbox.deliver(thanks(day(12, 9)))
    assert inbox.message(pk)["record_id"] == record_id
    assert inbox.record(record_id)["status"] == "completed"
    assert inbox.history(record_id) == ["invited", "completed"]


def test_a_thank_you_before_the_booked_day_changes_nothing(inbox):
    # Thanks for a social the evening before is no interview.
    record_id = inbox.message(inbox.deliver(invitation()))["record_id"]
    inbox.deliver(confirmation())
    inbox.deliver(thanks(day(12, 7)))
    assert inbox.record(record_id)["status"] == "scheduled"


def test_a_thank_you_from_a_program_without_a_record_makes_none(inbox):
    inbox.deliver(thanks(day(12, 9)))
    assert inbox.records() == []


def test_post_interview_words_before_the_first_day_offered_change_nothing(inbox):
    # "Our post-interview communication policy" arrives with the invitation, before any interview.
    record_id = inbox.message(inbox.deliver(invitation()))["record_id"]
    inbox.deliver(thanks(day(11, 20)))
    assert inbox.record(record_id)["status"] == "invited"
