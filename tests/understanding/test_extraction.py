# ruff: noqa: E501  (test messages are prose; long lines read better than split ones)
"""Extraction: deadlines, season years, aliases, forwards, calendars, platforms, formats, programs."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import mail
import pytest
from test_classification_helpers import APPLICANT, ET, judge, parsed

from tracker.specialties import find_specialties, specialty_of, specialty_of_program_number
from tracker.understanding.classify import classify
from tracker.understanding.dates import find_dates, infer_year, relative_deadline, weekday_deadline
from tracker.understanding.extraction import (
    detect_format,
    detect_specialty,
    detect_track,
    message_view,
    schedule_link,
    sentences,
)
from tracker.understanding.message import parse_message
from tracker.understanding.programs import clean_program

SENT = datetime(2026, 11, 10, 9, 30, tzinfo=ET)


# -- deadlines ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "hours"),
    [
        ("Please schedule your interview within 48 hours.", 48),
        ("Kindly respond within 24 hrs of this email.", 24),
        ("You must accept within two days.", 48),
        ("Reply in the next 72 hours to hold a date.", 72),
        ("Applicants have a 48-hour window to accept.", 48),
        ("Please confirm within one week.", 168),
        ("Grab a date here within 5 days: https://forms.gle/abc", 120),
        ("Please do this within 72 hours of this email.", 72),
        # a field, a hold and an expiry say by themselves that they are a window
        ("Respond within: 48 hours", 48),
        ("We are holding your invitation for 48 hours.", 48),
        ("This invitation will expire 72 hours after it was sent.", 72),
    ],
)
def test_relative_deadlines_count_from_the_message_date(sentence, hours):
    deadline = relative_deadline(sentence, SENT)
    assert deadline is not None
    assert (deadline - SENT).total_seconds() == hours * 3600


@pytest.mark.parametrize(
    "sentence",
    [
        "The ERAS scheduling window will open 24 hours after this email is sent.",
        "We hold slots for 5 days; after that they are released to other applicants.",
    ],
)
def test_a_window_that_opens_later_or_a_general_policy_is_no_deadline(sentence):
    assert relative_deadline(sentence, SENT) is None


def test_relative_deadline_in_business_days_skips_the_weekend():
    friday = datetime(2026, 11, 13, 12, 0, tzinfo=ET)
    deadline = relative_deadline("Please respond within 2 business days.", friday)
    assert deadline is not None and deadline.date() == date(2026, 11, 17)


@pytest.mark.parametrize(
    ("sentence", "due"),
    [
        ("Please reply by tomorrow at noon (Pacific) to accept.", datetime(2026, 11, 11, 15, 0, tzinfo=ET)),
        ("Please reply by noon tomorrow to accept.", datetime(2026, 11, 11, 12, 0, tzinfo=ET)),
        ("Please confirm by Friday at 5 pm.", datetime(2026, 11, 13, 17, 0, tzinfo=ET)),
        ("Please confirm by Friday.", datetime(2026, 11, 13, 23, 59, tzinfo=ET)),
        ("Please complete the form by end of business Friday.", datetime(2026, 11, 13, 17, 0, tzinfo=ET)),
    ],
)
def test_a_deadline_by_a_named_day_takes_its_time_before_or_after_the_day(sentence, due):
    assert weekday_deadline(sentence, SENT, ET) == due


def test_a_deadline_with_noon_spelled_beside_its_clock_is_no_interview_day():
    letter = (
        "We are pleased to invite you to interview on January 12, 13 or 14, 2027.\n"
        "Please use the link below to select your day no later than 12:00 p.m. (noon) Central Time on "
        "Thursday, November 12: https://example.org/select"
    )
    result = judge(letter, subject="Interview invitation", sent=datetime(2026, 11, 6, 10, 10, tzinfo=ET))
    assert result.respond_by == datetime(2026, 11, 12, 18, 0, tzinfo=UTC)
    assert result.interview_dates == ["2027-01-12", "2027-01-13", "2027-01-14"]


def test_a_duration_without_a_call_to_act_is_not_a_deadline():
    assert relative_deadline("Our residents work 80 hours within a week at most.", SENT) is None


def test_relative_deadline_reaches_the_classification_in_utc():
    result = judge("We are pleased to invite you to interview. Please reply within 48 hours.", sent=SENT)
    assert result.respond_by == datetime(2026, 11, 12, 14, 30, tzinfo=UTC)


def test_explicit_deadline_with_time_and_zone():
    result = judge(
        "We are pleased to invite you to interview. Please respond by November 20 at 5:00 PM CT.", sent=SENT
    )
    assert result.respond_by == datetime(2026, 11, 20, 23, 0, tzinfo=UTC)


def test_eras_freeze_date_is_the_deadline():
    result = judge(
        "You have received an interview invitation. Freeze Date: 12/01/2026",
        sender="ERAS <noreply@aamc.org>",
        sent=SENT,
    )
    assert result.kind == "invitation"
    assert result.platform == "eras"
    assert result.respond_by is not None
    assert result.respond_by.astimezone(ET).date() == date(2026, 12, 1)


# -- dates and the season year ------------------------------------------------------------------


def test_year_inference_crosses_from_december_to_january():
    assert infer_year(1, 7, date(2026, 12, 15)) == date(2027, 1, 7)
    assert infer_year(12, 3, date(2026, 11, 20)) == date(2026, 12, 3)


def test_year_inference_keeps_a_recent_past_date_in_its_year():
    # A January mail about "December 18" (last month) means the past December.
    assert infer_year(12, 18, date(2027, 1, 5)) == date(2026, 12, 18)


def test_a_weekday_picks_the_year_it_falls_in():
    # Friday, January 8 is in 2027 (2026's January 8 is a Thursday).
    assert infer_year(1, 8, date(2026, 10, 1), weekday="Fri") == date(2027, 1, 8)


def test_interview_dates_in_a_december_mail_about_january_are_next_year():
    result = judge(
        "We are pleased to invite you to interview. Available dates: Tuesday, January 5 and Jan 12.",
        sent=datetime(2026, 12, 14, 10, 0, tzinfo=ET),
    )
    assert result.interview_dates == ["2027-01-05", "2027-01-12"]


def test_dates_in_numeric_iso_and_written_forms():
    found = find_dates("Dates: 12/3, 2026-12-10, 17 December and Dec. 21st.", date(2026, 11, 1), ET)
    assert [m.day.isoformat() for m in found] == ["2026-12-03", "2026-12-10", "2026-12-17", "2026-12-21"]


def test_deadline_date_is_not_an_offered_interview_date():
    result = judge(
        "We are pleased to invite you to interview on December 8 or December 15. Please reply by November 20.",
        sent=SENT,
    )
    assert result.interview_dates == ["2026-12-08", "2026-12-15"]
    assert result.respond_by is not None and result.respond_by.astimezone(ET).date() == date(2026, 11, 20)


def test_wrapped_lines_stay_one_sentence():
    text = "If a spot opens, we will\ninvite you to interview.\n\nNew paragraph."
    assert sentences(text) == ["If a spot opens, we will invite you to interview.", "New paragraph."]


# -- calendars ----------------------------------------------------------------------------------

ICS = (
    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\nMETHOD:{method}\r\nBEGIN:VEVENT\r\n"
    "UID:x@test\r\nDTSTAMP:20261101T000000Z\r\nDTSTART:20261208T140000Z\r\nDTEND:20261208T180000Z\r\n"
    "SUMMARY:Interview\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
)


def test_ics_attachment_contributes_its_date_and_time():
    result = judge(
        "Your interview is confirmed; the calendar invitation is attached.",
        calendar=ICS.format(method="REQUEST"),
    )
    assert result.kind == "scheduled"
    assert result.interview_dates == ["2026-12-08"]
    assert result.interview_at == datetime(2026, 12, 8, 14, 0, tzinfo=UTC)


def test_ics_cancel_method_makes_a_cancellation():
    result = judge("Please see the attached update.", calendar=ICS.format(method="CANCEL"))
    assert result.kind == "cancellation"


def test_a_broken_calendar_does_not_fail_the_message():
    result = judge("Your interview is confirmed for December 8.", calendar="BEGIN:VCALENDAR\r\nnonsense")
    assert result.kind == "scheduled"
    assert result.interview_dates == ["2026-12-08"]


# -- forwards -----------------------------------------------------------------------------------


def test_forwarded_message_is_judged_on_its_original():
    message = parse_message(mail.load("understanding/forwarded-invitation.eml"))
    view = message_view(message, ET)
    assert view.forwarded
    assert view.from_addr == "psych@brookfield.edu"
    assert view.date == datetime(2026, 11, 9, 15, 15, tzinfo=UTC)
    result = classify(message, applicant=APPLICANT, rules=[])
    assert result.kind == "invitation"
    assert result.program == "Brookfield University"
    assert result.specialty == "Psychiatry"
    assert result.evidence[0].startswith("forwarded original from psych@brookfield.edu")


def test_applicant_forwarding_from_the_own_address_is_judged_on_the_original():
    raw = mail.load("understanding/forwarded-by-the-applicant.eml")
    result = classify(parse_message(raw), applicant=APPLICANT, rules=[])
    assert result.kind == "invitation"


def test_quoted_reply_text_is_not_judged():
    body = (
        "Your interview is confirmed for December 4.\n\n"
        "On Tue, Nov 3, 2026 at 9:00 AM Coordinator wrote:\n> We are pleased to invite you to interview.\n"
    )
    assert judge(body, subject="Re: Interview").kind == "scheduled"


# -- specialties, tracks, platforms, formats, programs --------------------------------------------


@pytest.mark.parametrize(
    ("alias", "name"),
    [
        ("Gen Surg", "Surgery"),
        ("General Surgery", "Surgery"),
        ("Ortho", "Orthopaedic Surgery"),
        ("Orthopedic Surgery", "Orthopaedic Surgery"),
        ("OB/GYN", "Obstetrics and Gynecology"),
        ("Ob-Gyn", "Obstetrics and Gynecology"),
        ("OBGYN", "Obstetrics and Gynecology"),
        ("Peds", "Pediatrics"),
        ("Med-Peds", "Internal Medicine/Pediatrics"),
        ("TY", "Transitional Year"),
        ("IM", "Internal Medicine"),
        ("EM", "Emergency Medicine"),
        ("FM", "Family Medicine"),
        ("Anes", "Anesthesiology"),
        ("ENT", "Otolaryngology - Head and Neck Surgery"),
        ("PM&R", "Physical Medicine and Rehabilitation"),
        ("NSGY", "Neurological Surgery"),
        ("Neurosurgery", "Neurological Surgery"),
        ("Psych", "Psychiatry"),
        ("Path", "Pathology-Anatomic and Clinical"),
        ("Derm", "Dermatology"),
        ("Rad Onc", "Radiation Oncology"),
        ("DR", "Radiology-Diagnostic"),
        ("IR", "Interventional Radiology - Integrated"),
    ],
)
def test_alias_table_maps_shorthand_to_eras_names(alias, name):
    assert specialty_of(alias) == name


def test_short_uppercase_aliases_are_not_ordinary_words():
    assert find_specialties("im sure the path is clear, em, ok") == []
    assert [m.specialty for m in find_specialties("Our Med-Peds and IM programs")] == [
        "Internal Medicine/Pediatrics",
        "Internal Medicine",
    ]


def test_one_institution_two_tracks():
    categorical = judge(
        "We are pleased to invite you to interview for our Internal Medicine categorical track."
    )
    preliminary = judge("We are pleased to invite you to interview for our Preliminary Medicine year.")
    assert (categorical.specialty, categorical.track) == ("Internal Medicine", "categorical")
    assert (preliminary.specialty, preliminary.track) == ("Internal Medicine", "preliminary")


def test_platform_mail_names_the_program_in_the_body():
    result = judge(
        "Brookfield University Emergency Medicine Residency has invited you to interview. "
        "Log in to accept: https://app.thalamusgme.com/x/1",
        sender="Thalamus <noreply@thalamusgme.com>",
    )
    assert result.platform == "thalamus"
    assert result.program == "Brookfield University"
    assert result.specialty == "Emergency Medicine"
    assert result.schedule_url == "https://app.thalamusgme.com/x/1"


@pytest.mark.parametrize(
    ("sender", "platform"),
    [
        ("Interview Broker <no-reply@interviewbroker.com>", "interview_broker"),
        ("ResidencyCAS <no-reply@liaisoncas.com>", "residencycas"),
        ("Rezrate <no-reply@rezrate.com>", "other"),
        ("Calendly <notifications@calendly.com>", "other"),
        ("Google Forms <forms-receipts-noreply@google.com>", "other"),
        ("Ashgrove EM (Google Calendar) <calendar-notification@google.com>", "email"),
        ("Coordinator <coord@brookfield.edu>", "email"),
    ],
)
def test_platform_from_the_sender(sender, platform):
    assert judge("We are pleased to invite you to interview.", sender=sender).platform == platform


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Interviews will be virtual over Zoom.", "virtual"),
        ("Join us on campus for an in-person interview day.", "in_person"),
        ("We offer a hybrid format this year.", "hybrid"),
        ("Choose a virtual or in-person interview.", "hybrid"),
        ("We look forward to it.", "unknown"),
    ],
)
def test_format(text, expected):
    assert detect_format(text) == expected


def test_program_names_are_cleaned_as_a_person_writes_them():
    assert (
        clean_program("The Brookfield University Internal Medicine Residency Program")
        == "Brookfield University"
    )
    assert clean_program("Thalamus") is None
    assert clean_program("Dear") is None


def test_html_only_mail_is_read():
    html = (
        "<html><body><p>Hello,</p><p>We are pleased to <b>invite you to interview</b> at "
        '<a href="https://brookfield.edu/schedule">Brookfield University</a>.</p></body></html>'
    )
    message = parsed("", html=html)
    assert "invite you to interview" in message.text
    from tracker.understanding.classify import classify

    result = classify(message)
    assert result.kind == "invitation"
    assert result.schedule_url == "https://brookfield.edu/schedule"


@pytest.mark.parametrize(
    ("body", "sender", "program"),
    [
        (
            "Dear Dr. Lee,\n\nWe are pleased to invite you to interview for our residency program.\n\nSincerely,\n"
            "Jane Doe\nProgram Coordinator, Department of Pediatrics\nUniversity of Westshire Medical Center",
            "Peds <peds@westshire.edu>",
            "University of Westshire Medical Center",
        ),
        (
            "The Pediatrics Residency Program at UCSF is pleased to invite you to interview.",
            "x <a@ucsf.edu>",
            "UCSF",
        ),
        (
            "Thank you for applying to Mount Sinai Morningside/West. We would like to invite you to interview.",
            "IM <im@mountsinai.org>",
            "Mount Sinai Morningside/West",
        ),
        (
            "Thank you for your interest in Internal Medicine at Mount Sinai. We would like to invite you to interview.",
            "IM <im@mountsinai.org>",
            "Mount Sinai",
        ),
        (
            "On behalf of the selection committee of the Emory University School of Medicine Dermatology Residency, "
            "I am pleased to invite you to interview.",
            "Derm <derm@emory.edu>",
            "Emory University School of Medicine",
        ),
        (
            "We are pleased to invite you to interview.",
            "Wexner Medical Center EM Residency <em@osu.edu>",
            "Wexner Medical Center",
        ),
        ("We are pleased to invite you to interview with Dr. Smith.", "IM <im@x.org>", None),
    ],
)
def test_program_found_in_body_signature_or_sender(body, sender, program):
    assert judge(body, sender=sender, subject="Interview").program == program


def test_specialty_from_the_sender_name_when_the_mail_does_not_say():
    result = judge("We are pleased to invite you to interview.", sender="Wexner EM Residency <em@osu.edu>")
    assert result.specialty == "Emergency Medicine"


@pytest.mark.parametrize(
    ("number", "specialty"),
    [
        ("4400421066", "Surgery"),
        ("3204131201", "Pediatrics"),
        ("1401811107", "Internal Medicine"),
        ("7002121040", "Internal Medicine/Pediatrics"),
        ("2800421081", "Otolaryngology - Head and Neck Surgery"),
        ("9990500123", "Transitional Year"),
        ("1551234567", None),  # a fellowship's code: no residency of the Main Match
        ("44004210", None),
        (None, None),
    ],
)
def test_an_acgme_program_number_names_its_specialty(number, specialty):
    assert specialty_of_program_number(number) == specialty


def test_a_notice_that_names_the_program_only_by_number_gets_its_specialty_from_the_number():
    notice = (
        "This confirms your interview with the following program.\n\n"
        "Program: University of Arkansas for Medical Sciences (UAMS) College of Medicine Program\n"
        "ACGME Program ID: 4400421066\nInterview date: Wednesday, December 16, 2026\n"
    )
    result = judge(notice, sender="ERAS <eras-noreply@aamc.org>", subject="Interview Scheduled")
    assert (result.kind, result.specialty) == ("scheduled", "Surgery"), result.evidence
    # A specialty the mail names outranks the number's.
    named = judge(notice.replace("Program\n", "Program - Pediatrics\n", 1), subject="Interview Scheduled")
    assert named.specialty == "Pediatrics"


def test_a_program_name_wrapped_across_lines_is_whole():
    result = judge(
        "Your interview with the Riverside University\nMedical Center Emergency Medicine Residency is confirmed "
        "for Friday, December 4, 2026.\n\nBest,\nDana Whitfield\nProgram Coordinator\nRiverside University Medical Center",
        sender="Dana Whitfield <dana@riverside.org>",
    )
    assert result.kind == "scheduled"
    assert result.program == "Riverside University Medical Center"


def test_a_coordinator_signature_is_not_the_program():
    result = judge(
        "You have been selected to interview in the Kingsbridge University PM&R residency program.\n\n"
        "Warm regards,\nKevin O'Neill\nProgram Coordinator\nPM&R Residency Program\nKingsbridge University",
    )
    assert result.program == "Kingsbridge University"


def test_nrmp_main_residency_match_names_no_program():
    result = judge(
        "Registration for the 2027 Main Residency Match is open. Register by January 30, 2027.",
        sender="NRMP <noreply@nrmp.org>",
        subject="Register for the Main Residency Match",
    )
    assert result.kind == "info"
    assert result.program is None


@pytest.mark.parametrize(
    "link", ["https://www.signupgenius.com/go/riverside-em", "https://calendly.com/riverside-em/interview-day"]
)
def test_a_generic_scheduling_link_keeps_the_platform_email(link):
    result = judge(f"We are pleased to invite you to interview. Sign up here: {link}", sender="Riverside EM <em@riverside.org>")
    assert result.platform == "email"
    assert result.schedule_url == link


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Please reply by Friday to secure your date.", datetime(2026, 11, 13, 23, 59, tzinfo=ET)),
        ("Kindly respond by noon tomorrow.", datetime(2026, 11, 11, 12, 0, tzinfo=ET)),
        ("Please confirm by end of day.", datetime(2026, 11, 10, 23, 59, tzinfo=ET)),
        ("Please respond by Tuesday.", datetime(2026, 11, 10, 23, 59, tzinfo=ET)),  # sent on a Tuesday
    ],
)
def test_deadlines_named_by_weekday_or_tomorrow(sentence, expected):
    assert weekday_deadline(sentence, SENT, ET) == expected


def test_a_deadline_in_the_subject_counts():
    result = judge(
        "We are pleased to invite you to interview.",
        subject="Interview invitation - respond within 24 hours",
        sent=SENT,
    )
    assert result.respond_by == SENT.astimezone(UTC) + timedelta(hours=24)


def test_lowercase_ty_is_not_transitional_year():
    assert detect_track("ty for the note", None) is None
    assert detect_track("our TY program", None) == "transitional"


def test_the_applicants_name_is_not_a_program_but_a_namesake_institution_is():
    from tracker.config import Applicant
    from tracker.understanding.classify import classify

    applicant = Applicant(name="Jordan Lee", email="j@example.com")
    named = parsed("Lee Memorial Hospital has invited you to interview for Family Medicine.")
    assert classify(named, applicant=applicant).program == "Lee Memorial Hospital"
    greeting = parsed("Jordan Lee Residency Applicant: you have been invited to interview.")
    assert classify(greeting, applicant=applicant).program is None


def test_the_date_of_a_pre_interview_social_is_not_an_interview_date():
    result = judge(
        "We are pleased to invite you to interview on December 8 or December 15. "
        "The pre-interview dinner is held on December 7 at 7 PM.",
        sent=SENT,
    )
    assert result.interview_dates == ["2026-12-08", "2026-12-15"]


def test_a_stub_plain_part_gives_way_to_the_html_letter():
    html = (
        "<html><body><p>Dear Jordan,</p><p>Brookfield University Pediatrics Residency has invited you to "
        "interview. Please choose a date within 48 hours.</p></body></html>"
    )
    result = judge("This message is best viewed in a browser.", html=html, sent=SENT)
    assert result.kind == "invitation"
    assert result.program == "Brookfield University"
    assert result.respond_by == SENT.astimezone(UTC) + timedelta(hours=48)


# -- links, specialty spellings, tracks, formats and sentences -------------------------------------


def test_the_words_of_an_html_button_make_an_opaque_link_the_one_to_act_on():
    html = (
        '<p>We would love to interview you.</p><p><a href="https://t.example.net/c/AbC123">Pick your '
        'interview day</a> | <a href="https://ashgrove.org/">Our website</a></p>'
    )
    view = message_view(parsed("", html=html), ET)
    assert schedule_link(view.links, "invitation", view.anchors) == "https://t.example.net/c/AbC123"


def test_an_invitations_one_deep_link_is_the_link_to_act_on():
    assert (
        schedule_link(["https://ashgrove.org/psych/dates"], "invitation")
        == "https://ashgrove.org/psych/dates"
    )
    assert schedule_link(["https://ashgrove.org/"], "invitation") is None
    assert (
        schedule_link(["https://ashgrove.org/psych/dates", "https://ashgrove.org/about"], "invitation")
        is None
    )
    assert schedule_link(["https://ashgrove.org/psych/dates"], "info") is None


@pytest.mark.parametrize(
    ("text", "specialty"),
    [
        ("Otolaryngology-Head & Neck Surgery", "Otolaryngology - Head and Neck Surgery"),
        ("Plastic & Reconstructive Surgery residency", "Plastic Surgery-Integrated"),
        ("Obstetrics & Gynecology", "Obstetrics and Gynecology"),
        ("Physical Medicine & Rehabilitation", "Physical Medicine and Rehabilitation"),
    ],
)
def test_an_ampersand_spells_and_in_specialty_names(text, specialty):
    assert [m.specialty for m in find_specialties(text)] == [specialty]


def test_a_pediatric_residency_is_pediatrics_but_a_pediatric_department_is_no_specialty():
    subject = "Cincinnati Children's Pediatric Residency Interview Invitation"
    assert detect_specialty(subject, "") == "Pediatrics"
    letter = (
        "On behalf of the Pediatric Residency Program, congratulations!\n"
        "Please note that the Internal Medicine and Med-Peds programs send their own invitations."
    )
    assert detect_specialty("Interview Invitation", letter) == "Pediatrics"
    assert find_specialties("our Pediatric Emergency Department sees 90,000 children") == []


def test_an_advanced_position_with_its_year_in_parentheses_is_advanced():
    assert detect_track("our advanced (PGY-2) positions in Neurology", "Neurology") == "advanced"


def test_a_virtual_option_beside_in_person_days_is_hybrid():
    assert detect_format("Interviews are in person; a virtual option is also available.") == "hybrid"


def test_a_time_zone_after_pm_stays_with_its_time():
    assert sentences("Reply by Nov 6 at 4 p.m. Pacific. Thanks!") == [
        "Reply by Nov 6 at 4 p.m. Pacific.",
        "Thanks!",
    ]
    result = judge(
        "We'd like to invite you to interview. Please reply by Friday, November 13 at 4:00 p.m. Pacific.",
        sent=datetime(2026, 11, 9, 9, 0, tzinfo=ET),
    )
    assert result.respond_by is not None
    assert result.respond_by.isoformat() == "2026-11-14T00:00:00+00:00"


def test_the_logistics_of_a_day_spent_there_say_in_person_where_no_word_does():
    itinerary = (
        "6:45 AM Check-in & breakfast, Sudler Hall, Room 2004\n12:45 PM Hospital tour\n"
        "Parking: visitor garage on 39th & Rainbow. Business attire."
    )
    assert detect_format(itinerary) == "in_person"
    # one such word is not enough, and any word of a screen wins
    assert detect_format("Business casual attire, please.") == "unknown"
    assert detect_format(itinerary + "\nJoin on Zoom: https://zoom.us/j/1") == "virtual"


def test_a_street_address_to_arrive_at_or_a_location_field_says_in_person():
    arrive = "Interview day: please arrive at 8:00 AM at the Comprehensive Health Care Center, 305 East 161st Street, Bronx."
    assert detect_format(arrive) == "in_person"
    assert detect_format("Location: UK Family and Community Medicine, 2195 Harrodsburg Road, Lexington, KY") == "in_person"
    assert detect_format("Location:\n3601 W. Thirteen Mile Road, Royal Oak, MI 48073") == "in_person"
    # a program's address under its signature alone says nothing of the day
    assert detect_format("Thank you for applying.\n\nSurgery Residency\n3181 SW Sam Jackson Park Rd, Portland") == "unknown"


def test_a_platforms_track_line_is_its_track_though_the_next_line_is_about_the_interview():
    notice = "Specialty: Internal Medicine\nTrack: Preliminary\nInterview Date: Monday, November 30, 2026\n"
    assert detect_track(notice, "Internal Medicine") == "preliminary"
    assert detect_track("Your preliminary interview schedule is attached.", "Internal Medicine") is None


def test_an_advanced_position_on_a_platforms_position_line_or_before_its_specialty():
    assert detect_track("Loma Linda University Health\nDiagnostic Radiology - Advanced\n", None) == "advanced"
    assert detect_track("Specialty: Diagnostic Radiology – Advanced", None) == "advanced"
    letter = (
        "We are excited to invite you to interview for our advanced (PGY-2) Neurology position. Our program "
        "begins in the PGY-2 year; matched residents complete a preliminary medicine year elsewhere."
    )
    assert detect_track(letter, "Neurology") == "advanced"
    assert detect_track("Current ACLS certification - advanced life support is required.", None) is None


def test_a_reply_takes_its_track_from_the_quoted_invitation():
    reply = (
        "Perfect, you are confirmed for Wednesday, January 6, 2027, in person.\n\n"
        "On Mon, Nov 9, 2026 at 10:32 AM Carmen Trujillo <ct@unm.edu> wrote:\n"
        "> Congratulations! The Neurology Residency Program would like to invite you to interview for a\n"
        "> categorical position.\n"
    )
    result = judge(reply, subject="Re: UNM Neurology Residency Interview", sender="Carmen Trujillo <ct@unm.edu>")
    assert result.track == "categorical"


def test_an_advanced_position_named_with_its_year_in_parentheses_and_a_deadline_past_a_titles_dot():
    assert detect_track("has invited you to interview for Dermatology (Advanced, PGY-2).", "Dermatology") == "advanced"
    assert detect_track("Washington University Dermatology Residency (PGY-2 Advanced)", "Dermatology") == "advanced"
    letter = (
        "Kindly reply to Ms. Lindahl with your first and second choice of dates no later than 5:00 p.m. "
        "Central Time on Friday, October 30, 2026. Dates will be assigned in the order responses arrive.\n"
        "We are pleased to invite you to interview on December 3 or December 10."
    )
    result = judge(letter, subject="Interview invitation", sent=datetime(2026, 10, 20, 16, 11, tzinfo=ET))
    assert result.respond_by == datetime(2026, 10, 30, 22, 0, tzinfo=UTC)


def test_the_programs_own_title_under_the_letter_outweighs_a_specialty_in_passing():
    reply = (
        "Hi Lauren,\n\nThanks so much for letting us know, and congratulations on your many pediatrics "
        "interviews! I've removed you from our January 26 interview day.\n\nTake care,\nBrianna\n\n"
        "Brianna Haugen | Psychiatry Residency Program Coordinator\nHennepin Healthcare | 701 Park Avenue\n"
    )
    assert detect_specialty("Re: Cancelling interview 1/26", reply) == "Psychiatry"


def test_an_institution_named_medicine_then_pediatrics_is_pediatrics_not_med_peds():
    assert [m.specialty for m in find_specialties("Weill Cornell Medicine - Pediatrics")] == ["Pediatrics"]
    assert [m.specialty for m in find_specialties("our Medicine-Pediatrics program")] == ["Internal Medicine/Pediatrics"]
    assert [m.specialty for m in find_specialties("Med-Peds residency")] == ["Internal Medicine/Pediatrics"]


@pytest.mark.parametrize(
    "text",
    [
        "Weill Cornell Medicine - Pediatrics",
        "Indiana University School of Medicine - Pediatrics (Riley Hospital for Children)",
    ],
)
def test_a_name_ending_in_medicine_before_a_dash_and_pediatrics_is_no_med_peds(text):
    assert [m.specialty for m in find_specialties(text)] == ["Pediatrics"]


def test_a_department_of_obstetrics_gynecology_and_more_is_obstetrics_and_gynecology():
    text = "The Department of Obstetrics, Gynecology and Reproductive Sciences at Ashgrove Medical Center"
    assert [m.specialty for m in find_specialties(text)] == ["Obstetrics and Gynecology"]


def test_an_invitation_by_email_is_answered_on_the_platform_it_names_other_mail_came_by_email():
    sender = "Ashgrove IM Recruitment <imrecruit@ashgrove.edu>"
    invitation = judge(
        "The Internal Medicine Residency Program at Ashgrove University is pleased to invite you to interview. "
        "Please select an interview date through Thalamus within 72 hours.",
        subject="Internal Medicine Interview Invitation",
        sender=sender,
    )
    assert (invitation.kind, invitation.platform) == ("invitation", "thalamus")
    reminder = judge(
        "We are so excited to host you this Thursday, December 3 for your virtual interview! Log in to Thalamus "
        "by 7:15 AM; your personal schedule is posted on your Thalamus itinerary.",
        subject="Interview Day Reminder (Thursday, December 3)",
        sender=sender,
    )
    assert (reminder.kind, reminder.platform) == ("reminder", "email")


def test_an_advanced_interview_or_invitation_is_the_advanced_track_but_not_advanced_interview_skills():
    reply = (
        "RE: Declining advanced Neurology interview\n"
        "I've marked your advanced invitation as declined. This does not affect your categorical interview."
    )
    assert detect_track(reply, "Neurology") == "advanced"
    assert detect_track("Our dean's office offers advanced interview skills workshops.", None) is None


def test_a_platforms_program_line_names_the_specialty_not_another_program_it_leaves_alone():
    notice = (
        "Ashgrove School of Medicine – Internal Medicine, Preliminary\n\n"
        "You have cancelled the following interview:\n01/05/2027 (Tuesday), 12:30 PM ET, Virtual\n\n"
        "Your Neurology interview, if any, is not affected by this cancellation.\n"
    )
    assert detect_specialty("Interview Cancellation Confirmation", notice) == "Internal Medicine"
