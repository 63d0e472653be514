# ruff: noqa: E501  (test data and mail names read better on one line)
"""One program, one record: spellings joined, look-alikes kept apart, other people's mail left out,
the user's merge / keep-apart / split kept through reprocessing, and statuses that follow the season."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from click.testing import CliRunner

from tracker.cli import cli
from tracker.config import parse_config
from tracker.service import Tracker
from tracker.store.corrections import (
    keep_apart,
    merge_records,
    reprocess,
    set_correction,
    split_record,
    stored_body,
)
from tracker.store.database import NewMessage, Store
from tracker.store.records import list_records, possible_duplicates, rebuild

MAIL = Path(__file__).parent.parent / "data" / "mail" / "identity"
NOW = datetime(2026, 11, 10, 12, 0, tzinfo=UTC)


class Season:
    """A store fed named .eml files through the real pipeline."""

    def __init__(self, tmp_path: Path) -> None:
        self.config = parse_config(
            {
                "applicant": {
                    "name": "Jordan Lee",
                    "email": "jordan.lee.match2027@gmail.com",
                    "timezone": "America/New_York",
                },
                "mailbox": {"maildir": str(tmp_path / "mail")},
                "store": {"path": str(tmp_path / "tracker.sqlite3")},
            }
        )
        self.store = Store(self.config.store_path)
        self.tracker = Tracker(self.config, self.store, clock=lambda: NOW)
        self.ids: dict[str, int] = {}

    def deliver(self, *names: str) -> None:
        for name in names:
            uid = len(self.ids) + 1
            raw = (MAIL / f"{name}.eml").read_bytes()
            [pk] = self.store.store_batch("test", "INBOX", 1, [NewMessage(uid, raw)], uid)
            self.ids[name] = pk
        processed, failed = self.tracker.process()
        assert not failed

    def record_of(self, name: str) -> int | None:
        row = self.store.query_one("SELECT record_id FROM messages WHERE id = ?", (self.ids[name],))
        return row["record_id"]

    def records(self) -> list[dict]:
        return list_records(self.store, NOW, self.config.applicant.tz)


@pytest.fixture
def season(tmp_path: Path) -> Iterator[Season]:
    opened = Season(tmp_path)
    yield opened
    opened.store.close()


def test_one_program_spelled_three_ways_is_one_record_named_in_full(season: Season) -> None:
    season.deliver("upmc-invite", "upmc-thalamus-confirmation", "upmc-presbyterian-social")
    [record] = season.records()
    assert {season.record_of(n) for n in season.ids} == {record["id"]}
    assert record["program"] == "University of Pittsburgh Medical Center"
    assert {"UPMC", "University of Pittsburgh Medical Center"} <= set(record["names"])
    assert record["status"] == "scheduled"


def test_two_campuses_of_one_clinic_stay_two_records(season: Season) -> None:
    season.deliver("mayo-rochester-invite", "mayo-arizona-invite")
    assert season.record_of("mayo-rochester-invite") != season.record_of("mayo-arizona-invite")
    assert len(season.records()) == 2
    assert possible_duplicates(season.store) == []


def test_a_name_the_mail_gives_beside_the_program_joins_its_record(season: Season) -> None:
    # "Lakeview Health Dearborn Hospital (Ridgeway Dearborn)": the old name said beside the new one.
    season.deliver("ridgeway-thalamus-waitlist", "ridgeway-renamed-waitlist-update")
    [record] = season.records()
    assert {"Ridgeway Dearborn", "Lakeview Health Dearborn Hospital"} <= set(record["names"])
    assert record["status"] == "waitlisted"


@pytest.mark.parametrize(
    "name", ["newsletter-naming-programs", "partner-forwarded-invitation", "coordinator-out-of-office"]
)
def test_mail_about_no_program_of_the_applicants_makes_or_changes_no_record(season: Season, name: str) -> None:
    season.deliver("upmc-invite")
    before = season.records()
    season.deliver(name)
    assert season.record_of(name) is None
    assert season.records() == before


def test_merge_joins_two_records_for_good(season: Season) -> None:
    season.deliver("mayo-rochester-invite", "mayo-arizona-invite")
    keep, other = (season.record_of("mayo-rochester-invite"), season.record_of("mayo-arizona-invite"))
    assert keep is not None and other is not None
    merge_records(season.store, keep, [other], stored_body(season.store), NOW)
    assert [r["id"] for r in season.records()] == [keep]
    reprocess(season.store, applicant=season.config.applicant, rules=[], now=NOW)
    assert {season.record_of("mayo-rochester-invite"), season.record_of("mayo-arizona-invite")} == {keep}


def test_merge_keeps_the_notes_and_signal_of_both_records(season: Season) -> None:
    from tracker.store.corrections import set_record

    season.deliver("mayo-rochester-invite", "mayo-arizona-invite")
    keep, other = season.record_of("mayo-rochester-invite"), season.record_of("mayo-arizona-invite")
    assert keep is not None and other is not None
    set_record(season.store, keep, note="liked the residents", now=NOW)
    set_record(season.store, other, signal="gold", impressions="great teaching", now=NOW)
    merge_records(season.store, keep, [other], stored_body(season.store), NOW)
    [record] = season.records()
    assert record["signal"] == "gold" and record["impressions"] == "great teaching"
    assert "liked the residents" in record["notes"]


def test_merge_refuses_records_of_different_specialties(season: Season) -> None:
    from tracker.errors import TrackerError

    season.deliver("upmc-invite", "mayo-arizona-invite")
    with season.store.transaction() as db:
        db.execute("UPDATE records SET specialty = 'Neurology' WHERE id = ?", (season.record_of("upmc-invite"),))
    with pytest.raises(TrackerError, match="differ in specialty"):
        merge_records(
            season.store,
            season.record_of("upmc-invite") or 0,
            [season.record_of("mayo-arizona-invite") or 0],
            stored_body(season.store),
        )


def test_split_moves_messages_to_a_record_of_their_own_for_good(season: Season) -> None:
    season.deliver("upmc-invite", "upmc-thalamus-confirmation")
    record = season.record_of("upmc-invite")
    assert record is not None and season.record_of("upmc-thalamus-confirmation") == record
    new = split_record(season.store, record, [season.ids["upmc-thalamus-confirmation"]], stored_body(season.store))
    assert new is not None and new != record
    assert season.record_of("upmc-invite") == record
    reprocess(season.store, applicant=season.config.applicant, rules=[], now=NOW)
    assert season.record_of("upmc-thalamus-confirmation") not in {None, season.record_of("upmc-invite")}


def test_keep_apart_takes_a_pair_off_the_possibly_the_same_list(season: Season) -> None:
    season.deliver("upmc-invite", "mayo-rochester-invite")
    first, second = season.record_of("upmc-invite"), season.record_of("mayo-rochester-invite")
    assert first is not None and second is not None
    with season.store.transaction() as db:  # a record that mail named only "Mayo" is unsure
        db.execute("UPDATE records SET names = '[\"Mayo\"]', program = 'Mayo' WHERE id = ?", (first,))
        db.execute(
            "UPDATE records SET names = '[\"Mayo Dearborn\"]', program = 'Mayo Dearborn' WHERE id = ?", (second,)
        )
    assert possible_duplicates(season.store) == [(first, second)]
    keep_apart(season.store, first, second)
    assert possible_duplicates(season.store) == []


def test_a_scheduled_interview_whose_day_has_passed_is_completed(season: Season) -> None:
    season.deliver("upmc-invite", "upmc-thalamus-confirmation")  # booked for November 17
    new_york = season.config.applicant.tz
    assert [r["status"] for r in list_records(season.store, NOW, new_york)] == ["scheduled"]
    after = datetime(2026, 11, 18, 5, 30, tzinfo=UTC)  # 00:30 on the 18th in New York
    assert [r["status"] for r in list_records(season.store, after, new_york)] == ["completed"]
    evening = datetime(2026, 11, 18, 3, 0, tzinfo=UTC)  # still the 17th in New York
    assert [r["status"] for r in list_records(season.store, evening, new_york)] == ["scheduled"]
    assert [r["status"] for r in list_records(season.store)] == ["scheduled"]  # no clock: as stored


def test_merge_and_split_commands_say_what_they_did(season: Season, tmp_path: Path) -> None:
    season.deliver("mayo-rochester-invite", "mayo-arizona-invite")
    config = tmp_path / "config.toml"
    config.write_text(
        f'[applicant]\ntimezone = "America/New_York"\n[mailbox]\nmaildir = "mail"\n'
        f'[store]\npath = "{season.config.store_path}"\n'
    )
    keep, other = season.record_of("mayo-rochester-invite"), season.record_of("mayo-arizona-invite")
    runner = CliRunner()
    result = runner.invoke(cli, ["--config", str(config), "merge", str(keep), str(other)])
    assert result.exit_code == 0, result.output
    assert f"into record R{keep}" in result.output
    listed = json.loads(runner.invoke(cli, ["--config", str(config), "records", "--json"]).output)
    assert [item["id"] for item in listed] == [keep]
    missing = runner.invoke(cli, ["--config", str(config), "keep-apart", str(keep), "999"])
    assert missing.exit_code != 0


def test_erass_program_number_joins_two_names_and_keeps_one_name_apart(season: Season) -> None:
    # One program, two names ("Children's Hospital of Pittsburgh of UPMC", "UPMC Medical Education"),
    # one number: one record. One sponsor's name for two programs (Mayo's Rochester and Arizona
    # Internal Medicine), two numbers: two records.
    season.deliver("eras-chp-invitation", "eras-chp-scheduled", "eras-mayo-im-1", "eras-mayo-im-2")
    assert season.record_of("eras-chp-invitation") == season.record_of("eras-chp-scheduled")
    assert season.record_of("eras-mayo-im-1") != season.record_of("eras-mayo-im-2")
    # and the user's word still wins over the number
    merge_records(season.store, season.record_of("eras-mayo-im-1"), [season.record_of("eras-mayo-im-2")], stored_body(season.store), NOW)
    assert season.record_of("eras-mayo-im-1") == season.record_of("eras-mayo-im-2")


def test_a_programs_own_reminder_joins_the_interview_booked_that_day_under_another_name(season: Season) -> None:
    # Thalamus books "Zucker School of Medicine at Hofstra/Northwell"; the coordinator's reminder
    # for that day says "North Shore-LIJ": the one Emergency Medicine interview of that day.
    season.deliver("same-day/zucker-thalamus-scheduled", "same-day/nslij-reminder")
    assert season.record_of("same-day/nslij-reminder") == season.record_of("same-day/zucker-thalamus-scheduled")
    [record] = season.records()
    assert record["status"] == "scheduled"


def test_a_reminder_for_another_day_is_not_joined_by_its_specialty_alone(season: Season) -> None:
    season.deliver("same-day/zucker-thalamus-scheduled", "same-day/nslij-reminder-next-day")
    assert season.record_of("same-day/nslij-reminder-next-day") != season.record_of("same-day/zucker-thalamus-scheduled")


def test_a_reminder_from_another_campus_on_the_same_day_stays_apart(season: Season) -> None:
    season.deliver("same-day/mayo-rochester-thalamus-scheduled", "same-day/mayo-arizona-reminder")
    rochester = season.record_of("same-day/mayo-rochester-thalamus-scheduled")
    arizona = season.record_of("same-day/mayo-arizona-reminder")
    assert rochester is not None and arizona is not None and rochester != arizona


def test_the_first_booking_joins_the_one_invitation_that_offered_its_day(season: Season) -> None:
    # Thalamus invites as "UW Health Kids" and books as "University of Wisconsin Hospitals and
    # Clinics": the only Pediatrics invitation that offered December 8.
    season.deliver("same-day/uwkids-thalamus-invitation", "same-day/uwhc-thalamus-scheduled")
    assert season.record_of("same-day/uwhc-thalamus-scheduled") == season.record_of("same-day/uwkids-thalamus-invitation")


def test_a_booking_on_a_day_two_invitations_offered_joins_neither(season: Season) -> None:
    season.deliver(
        "same-day/uwkids-thalamus-invitation", "same-day/lurie-thalamus-invitation", "same-day/uwhc-thalamus-scheduled"
    )
    booked = season.record_of("same-day/uwhc-thalamus-scheduled")
    assert booked is not None
    assert booked not in {
        season.record_of("same-day/uwkids-thalamus-invitation"),
        season.record_of("same-day/lurie-thalamus-invitation"),
    }


def test_two_records_booked_on_one_day_in_one_specialty_are_possibly_the_same(season: Season) -> None:
    # The platform books "University of Michigan Health System" before the letter that invited under
    # "C.S. Mott Children's Hospital" gave any day; the hospital's reminder then books the same day.
    season.deliver("same-day/mott-invitation", "same-day/umich-thalamus-scheduled", "same-day/mott-reminder")
    mott, umich = season.record_of("same-day/mott-invitation"), season.record_of("same-day/umich-thalamus-scheduled")
    assert mott is not None and umich is not None and mott != umich
    assert season.record_of("same-day/mott-reminder") == mott
    assert possible_duplicates(season.store) == [(min(mott, umich), max(mott, umich))]
    keep_apart(season.store, mott, umich)
    assert possible_duplicates(season.store) == []


def test_the_applicants_own_mail_joins_a_record_by_its_thread_never_by_her_address(season: Season) -> None:
    # Her reply to UPMC is in UPMC's thread; her thank-you to another program, signed with her
    # school like every note of hers, shares only her own address with it.
    season.deliver("upmc-invite", "own-mail/reply-to-upmc", "own-mail/thank-you-to-another-program")
    assert season.record_of("own-mail/reply-to-upmc") == season.record_of("upmc-invite")
    assert season.record_of("own-mail/thank-you-to-another-program") is None
    [record] = season.records()
    assert "Lakeshore College of Osteopathic Medicine" not in record["names"]


def test_her_signature_names_her_school_which_may_be_a_program_of_hers(season: Season) -> None:
    # Her home school invited her and she answered it; her thank-you to another program signs with
    # the same school, and her address has written in the school's record: still not its mail.
    season.deliver("own-mail/home-school-invite", "own-mail/reply-to-home-school", "own-mail/thank-you-to-another-program")
    home = season.record_of("own-mail/home-school-invite")
    assert home is not None
    assert season.record_of("own-mail/reply-to-home-school") == home
    assert season.record_of("own-mail/thank-you-to-another-program") is None


def test_a_job_interview_at_a_programs_hospital_changes_no_record(season: Season) -> None:
    season.deliver("upmc-invite", "upmc-scribe-job-interview")
    assert season.record_of("upmc-invite") is not None
    assert season.record_of("upmc-scribe-job-interview") is None
    [record] = season.records()
    assert record["status"] == "invited"


def test_a_reminder_of_the_day_another_campus_booked_joins_that_campus(season: Season) -> None:
    # The reminder names the system's hospital, but its day is the regional campus's booked day.
    season.deliver(
        "same-day/uab-thalamus-scheduled", "same-day/uab-montgomery-thalamus-scheduled", "same-day/uab-montgomery-reminder"
    )
    birmingham = season.record_of("same-day/uab-thalamus-scheduled")
    montgomery = season.record_of("same-day/uab-montgomery-thalamus-scheduled")
    assert birmingham != montgomery
    assert season.record_of("same-day/uab-montgomery-reminder") == montgomery


def test_mail_that_says_no_track_joins_the_record_that_has_seen_its_spelling(season: Season) -> None:
    # Bayview's own interview-day mail comes from the domain the Osler rejection came from, and says
    # no track, as that rejection did: it is still Bayview's.
    season.deliver("one-domain/bayview-eras-invitation", "one-domain/osler-rejection", "one-domain/bayview-interview-day")
    bayview = season.record_of("one-domain/bayview-eras-invitation")
    assert season.record_of("one-domain/osler-rejection") != bayview
    assert season.record_of("one-domain/bayview-interview-day") == bayview


def test_a_move_that_says_no_track_joins_the_program_booked_on_the_day_it_moves_from(season: Season) -> None:
    # One hospital's categorical and preliminary Surgery, booked on two days; the coordinator moves
    # "our December 10 session" without saying which track: the categorical one's.
    season.deliver("two-tracks/thalamus-scheduled-cat", "two-tracks/thalamus-scheduled-prelim", "two-tracks/coordinator-moves-the-day")
    categorical = season.record_of("two-tracks/thalamus-scheduled-cat")
    assert categorical != season.record_of("two-tracks/thalamus-scheduled-prelim")
    assert season.record_of("two-tracks/coordinator-moves-the-day") == categorical
    [record] = [r for r in season.records() if r["id"] == categorical]
    assert record["interview_date"].startswith("2026-12-15")


@pytest.mark.parametrize("name", ["read-as-unrelated/society-news", "read-as-unrelated/mock-interview"])
def test_invitation_words_in_mail_read_as_unrelated_are_for_her_to_look_at_and_make_no_record(
    season: Season, name: str
) -> None:
    # A society's newsletter naming programs, a mock interview at her school: kept as a possible
    # invitation for her to look at (a missed invitation costs the most), but no record, no count.
    season.deliver(name)
    row = season.store.query_one("SELECT kind, classification FROM messages WHERE id = ?", (season.ids[name],))
    assert row["kind"] == "invitation"
    assert json.loads(row["classification"])["needs_review"]
    assert season.record_of(name) is None
    assert season.records() == []
    # Her word that it is an invitation of hers makes its record.
    set_correction(season.store, season.ids[name], {"kind": "invitation", "program": "Ashgrove Medical Center"})
    rebuild(season.store, stored_body(season.store), now=NOW)
    assert season.record_of(name) is not None


def test_a_doubtful_booking_starts_no_record(season: Season) -> None:
    # Her advisor's "Re: Interview season update", signed at her school's hospital, read as a booking
    # with little confidence: no record of a program she never heard from.
    season.deliver("read-as-unrelated/advisor-reply")
    assert season.record_of("read-as-unrelated/advisor-reply") is None
    assert season.records() == []
