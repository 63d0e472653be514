# ruff: noqa: E501  (test messages are prose; long lines read better than split ones)
"""The general signals behind the held-out failures, each in wording of its own (not the holdout's)."""

from __future__ import annotations

from datetime import datetime

import pytest
from test_classification_helpers import APPLICANT, ET, judge, parsed

from tracker.specialties import find_specialties
from tracker.understanding.classify import classify
from tracker.understanding.extraction import (
    detect_format,
    detect_track,
    message_view,
    schedule_link,
    sentences,
)
from tracker.understanding.programs import clean_program, detect_program

# -- invitations that never say "invite" --------------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        # wanting to meet the applicant, dates offered
        "Dear Jordan, after reading your application we would very much like to meet you. Our remaining "
        "interview days are December 2 and December 9; let us know which suits you.",
        # wanting to host the applicant, no word "interview" in the offer
        "Hi Jordan, we'd be delighted to host you at Ashgrove Medical Center. Could you come on Jan 6 or Jan 13?",
        # asking the applicant to interview
        "Ashgrove Medical Center Neurology would like you to interview with us this winter. Dates are listed in the portal.",
        # a second round
        "We are holding a second round of interviews in January and the committee hopes you can attend.",
        # claiming a date without the word interview beside it
        "Congratulations! Please claim a date on our sign-up page before the slots run out: https://ashgrove.org/signup",
        # taking part
        "The committee would like you to take part in our final interview session on February 1.",
    ],
)
def test_invitations_without_the_word_invite_are_invitations(body):
    result = judge(body, subject="Ashgrove Medical Center")
    assert result.kind == "invitation", result.evidence


def test_an_invitation_referred_back_to_in_a_reminder_is_no_new_invitation():
    result = judge(
        "Dear Jordan, thanks again for accepting our interview invitation. Here is the Zoom link for "
        "Tuesday: https://ashgrove.zoom.us/j/123456. Please join by 8:15 AM.",
        subject="Tuesday",
    )
    assert result.kind == "reminder", result.evidence


def test_an_invitation_to_interview_as_a_noun_still_counts_when_new():
    result = judge("This is your invitation to interview with Ashgrove Medical Center Pediatrics.")
    assert result.kind == "invitation", result.evidence


def test_you_are_invited_without_an_interview_loses_to_marketing():
    result = judge(
        "You're invited! Get 25% off our residency interview prep course this week only. Unsubscribe here.",
        subject="A special offer",
        sender="PrepCo <deals@prepco.example.com>",
    )
    assert result.kind == "other", result.evidence


def test_you_are_invited_to_an_interview_is_an_invitation():
    result = judge("You're invited to a virtual interview with Ashgrove Medical Center Family Medicine.")
    assert result.kind == "invitation"


def test_a_personal_statement_is_not_a_bank_statement():
    result = judge(
        "Hi Jordan, your personal statement was a joy to read. We'd love to have you visit for an interview "
        "on Dec 10 or Dec 17.",
    )
    assert result.kind == "invitation", result.evidence


# -- waitlists, bookings, reminders, cancellations ----------------------------------------------


def test_a_status_changed_to_waitlisted_is_a_waitlist_even_with_a_portal_login():
    result = judge(
        "Your application status with Ashgrove Medical Center Urology was changed to: Waitlisted. "
        "Log in to the portal to view details.",
        sender="Portal <noreply@portal.example.com>",
    )
    assert result.kind == "waitlist", result.evidence


def test_an_accepted_interview_is_a_booking():
    result = judge("You have accepted the interview with Ashgrove Medical Center on 12/14/2026.")
    assert result.kind == "scheduled", result.evidence
    assert result.interview_dates == ["2026-12-14"]


def test_instructions_before_the_interview_are_a_reminder():
    result = judge(
        "Ahead of your interview on Thursday, please upload a photo and read the attached program booklet.",
        subject="Thursday",
    )
    assert result.kind == "reminder", result.evidence


def test_a_social_the_evening_before_the_interview_stays_a_social():
    result = judge(
        "Our residents are hosting a pre-interview social at 7 PM, the night before your interview day. Come hang out!",
        subject="Social",
    )
    assert result.kind == "info", result.evidence


def test_travel_logistics_for_a_booked_visit_are_a_reminder():
    result = judge(
        "We have a hotel block at the Grand Inn for your visit on December 12. Please arrive by 7:15 AM; "
        "the resident dinner the night before is optional.",
        subject="Your visit",
    )
    assert result.kind == "reminder", result.evidence


def test_a_decision_to_cancel_interview_days_is_a_cancellation():
    result = judge(
        "Because of the hospital's new travel policy, we have made the hard decision to cancel all on-site "
        "interviews in January. We will contact you with a virtual date.",
    )
    assert result.kind == "cancellation", result.evidence


# -- explicit rejections, and what is not one ----------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "We are not able to offer you a place in our interview pool this year.",
        "Sadly we will not be able to interview you this cycle. Best of luck in the Match.",
        "I'm sorry to say we can't bring you in for an interview this season.",
    ],
)
def test_explicit_rejections_without_the_words_interview_invitation(body):
    result = judge(body, subject="Your application")
    assert result.kind == "rejection", result.evidence


def test_being_unable_to_pay_for_travel_is_no_rejection():
    result = judge(
        "We would like to invite you to interview on January 8. We are unable to offer reimbursement for "
        "travel to the interview.",
    )
    assert result.kind == "invitation", result.evidence


# -- notices ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "We began sending interview invitations this week and will continue on a rolling basis.",
        "Our program will release interview invitations on November 18 at noon Eastern.",
        "The portal will be unavailable Sunday 2-4 AM for scheduled maintenance; interview scheduling pauses then.",
        "Complete your profile now so that you are ready when programs send interview invitations.",
    ],
)
def test_notices_about_invitations_in_general_are_info(body):
    result = judge(body, subject="News", sender="Programs <news@ashgrove.org>")
    assert result.kind == "info", result.evidence


def test_a_program_newsletter_with_an_unsubscribe_footer_is_info():
    body = (
        "Resident spotlight: our PGY-2 class ran a half marathon. Applicant Q&A sessions continue on Tuesdays. "
        "Unsubscribe from these emails."
    )
    kwargs = {"subject": "Ashgrove Neurology news", "sender": "Ashgrove Neurology <news@ashgrove.org>"}
    rules_only = classify(parsed(body, **kwargs), applicant=APPLICANT, net=False)
    assert rules_only.kind == "info", rules_only.evidence
    # The net trained with b10 (whose newsletter hides an invitation) gives this one p=0.47, just
    # over its threshold: a flag for review, never a decided kind.
    result = judge(body, **kwargs)
    if result.kind != "info":
        assert result.kind == "invitation" and result.needs_review and result.confidence <= 0.3, (
            result.evidence
        )
        assert any(e.startswith("model: possible invitation") for e in result.evidence)


def test_unrelated_mail_names_no_program():
    result = judge(
        "Alex & Sam have invited you to their housewarming on Saturday. RSVP by Friday.",
        subject="You're invited",
        sender="Invites <hello@party.example.com>",
    )
    assert result.kind == "other"
    assert result.program is None


# -- extraction ---------------------------------------------------------------------------------


def test_the_words_of_an_html_button_make_an_opaque_link_the_one_to_act_on():
    html = (
        '<p>We would love to interview you.</p><p><a href="https://t.example.net/c/AbC123">Pick your '
        'interview day</a> | <a href="https://ashgrove.org/">Our website</a></p>'
    )
    view = message_view(parsed("", html=html), ET)
    assert schedule_link(view.links, "invitation", view.anchors) == "https://t.example.net/c/AbC123"


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


def test_a_first_name_signing_above_the_residency_line_is_not_the_program():
    text = "See you soon!\nDana\nPediatrics Residency | Ashgrove Medical Center\n"
    assert detect_program("Re: visit", text) == "Ashgrove Medical Center"


def test_a_short_program_name_is_completed_from_its_full_form_in_the_mail():
    text = (
        "Ashgrove Medical Center Neurology will hold interviews in January.\n\n"
        "Thanks,\nAshgrove Neurology Residency\n"
    )
    assert detect_program("Interviews", text) == "Ashgrove Medical Center"


def test_a_specialty_adjective_is_not_part_of_the_institution():
    assert clean_program("Ashgrove Children's Hospital Pediatric Residency") == "Ashgrove Children's Hospital"
    assert clean_program("The Integrated Vascular Surgery Residency") is None


def test_a_sender_named_for_a_program_names_the_program():
    assert detect_program("News", "Resident spotlight and more.", from_name="Ashgrove EM") == "Ashgrove"


# -- second batch: what the first round of fixes still missed ------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "Your file has been short-listed for an interview at Ashgrove Medical Center Pathology.",
        "Great news: an applicant withdrew and that opened up a spot on our Feb 2 interview day. Want it?",
        "An interview invitation has been extended to you by Ashgrove Medical Center Dermatology.",
        "After review, the committee is excited to proceed with an interview for your application.",
        "Would you be interested in interviewing with us on January 19 or January 26?",
    ],
)
def test_more_invitations_in_other_words_are_invitations(body):
    result = judge(body, subject="Ashgrove")
    assert result.kind == "invitation", result.evidence


def test_a_reserve_pool_is_a_waitlist():
    result = judge(
        "Every interview date has been claimed. We will keep your application in our reserve pool in case a date frees.",
    )
    assert result.kind == "waitlist", result.evidence


@pytest.mark.parametrize(
    "body",
    [
        "The selection committee made the decision not to extend you an interview this cycle.",
        "We have filled the interview schedule for this season and regret that there is no place for you.",
        "We will not be moving forward with an interview for your application this year.",
    ],
)
def test_more_explicit_rejections_are_rejections(body):
    result = judge(body, subject="Application decision")
    assert result.kind == "rejection", result.evidence


def test_we_cancelled_your_interview_is_a_cancellation():
    result = judge(
        "Per your email, we've cancelled your interview on January 7. Take care!", subject="Re: Jan 7"
    )
    assert result.kind == "cancellation", result.evidence


def test_an_invitation_to_an_evening_with_residents_is_info_even_with_a_zoom_link():
    result = judge(
        "You're invited to our Meet the Residents evening on Tuesday at 7 PM ET: https://zoom.us/j/5550001111",
        subject="Tuesday evening",
    )
    assert result.kind == "info", result.evidence


def test_an_invitation_to_review_a_manuscript_is_unrelated_mail():
    result = judge(
        "You are invited to review a manuscript for the Journal of Case Reports. Please respond within 10 days.",
        subject="Review request",
        sender="Editorial Office <editor@journal.example.org>",
    )
    assert result.kind == "other", result.evidence


def test_a_post_interview_note_without_residency_words_is_info_when_it_names_a_specialty():
    result = judge(
        "It was so lovely having you with us on Monday! Stay in touch. - the Ashgrove Peds chiefs",
        subject="Thanks!",
        sender="Chiefs <chiefs@ashgrove.org>",
    )
    assert result.kind == "info", result.evidence


def test_a_first_name_alone_on_its_line_is_not_joined_to_the_program_below():
    text = "Great, see you then.\n\nCorey\nAshgrove Medical Center Pediatrics Residency\n"
    assert detect_program("Re: date", text) == "Ashgrove Medical Center"


# -- probes: broad phrases must not reach beyond residency mail -----------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "Choose a time to talk with one of our financial advisers about your student loans.",
        "We'd love to meet you at our booth at the city book fair on Saturday!",
    ],
)
def test_a_generic_offer_with_nothing_about_residency_is_no_invitation(body):
    result = judge(body, subject="Hello", sender="Someone <someone@example.com>")
    assert result.kind == "other", result.evidence


def test_a_generic_offer_from_a_hospital_stays_an_invitation():
    result = judge(
        "We'd love to meet you. Could you come to Ashgrove Hospital on Jan 6 or Jan 13?",
        subject="Hello",
        sender="Someone <someone@example.com>",
    )
    assert result.kind == "invitation", result.evidence


def test_a_promise_to_keep_the_application_on_file_is_a_waitlist_not_an_invitation():
    result = judge(
        "We regret that we have no interview spots left, but we will keep your application on file.",
        subject="Update",
    )
    assert result.kind == "waitlist", result.evidence


def test_a_notice_about_applicants_selected_for_interview_is_no_invitation():
    result = judge(
        "Because of the volume of applications, we will only contact applicants selected for interview.",
        subject="Update",
    )
    assert result.kind == "info", result.evidence


@pytest.mark.parametrize(
    "body",
    [
        "Are you free to interview with our Pediatrics program on the 14th?",
        "We're hoping to arrange an interview with you in early January.",
        "You are one of the applicants our committee would like to meet this season.",
    ],
)
def test_invitations_asking_or_arranging_are_decisive_not_weak(body):
    result = judge(body, subject="Ashgrove Medical Center")
    assert result.kind == "invitation", result.evidence
    assert result.confidence >= 0.6


# -- third batch ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "The committee would welcome the chance to interview you in January.",
        "Congratulations, your application has progressed to the interview stage.",
        "Please let us know your preferred interview dates from the list below: Dec 1, Dec 8, Dec 15.",
    ],
)
def test_third_batch_invitations(body):
    result = judge(body, subject="Ashgrove Medical Center")
    assert result.kind == "invitation", result.evidence


def test_a_negated_invitation_to_interview_is_a_rejection():
    result = judge(
        "We regret that we cannot invite you to interview with our program this year.", subject="Update"
    )
    assert result.kind == "rejection", result.evidence


def test_looking_forward_to_interviewing_the_applicant_is_a_booking_not_an_invitation():
    result = judge(
        "Thank you for scheduling. We look forward to the opportunity to interview you on December 3.",
        subject="Confirmed",
    )
    assert result.kind == "scheduled", result.evidence


def test_not_advancing_to_the_interview_stage_is_a_rejection():
    result = judge(
        "Your application will not progress to the interview stage this cycle.", subject="Decision"
    )
    assert result.kind == "rejection", result.evidence


def test_locked_in_for_a_date_is_a_booking():
    result = judge("You're booked in for Jan 5. Agenda to follow.", subject="Re: dates")
    assert result.kind == "scheduled", result.evidence


def test_the_word_reminder_alone_does_not_make_an_interview_reminder():
    result = judge(
        "Reminder: MSPEs go to programs on Sept 24. Watch your inbox for interview invitations.",
        subject="MSPE reminder",
        sender="Student Affairs <affairs@school.edu>",
    )
    assert result.kind == "info", result.evidence


def test_rescheduling_all_interviews_of_a_day_is_a_cancellation():
    result = judge(
        "We are rescheduling all interviews on January 4 because of a conference.", subject="Jan 4"
    )
    assert result.kind == "cancellation", result.evidence


@pytest.mark.parametrize(
    ("body", "sender", "kind"),
    [
        ("You can now check in for your flight to Denver.", "Air <checkin@air.example.com>", "other"),
        (
            "You can now add your interviews to your calendar in Thalamus.",
            "Thalamus <noreply@thalamusgme.com>",
            "info",
        ),
    ],
)
def test_product_notices_are_info_only_about_residency(body, sender, kind):
    assert judge(body, subject="New", sender=sender).kind == kind


# -- fourth batch --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "Come in for an interview next month - we'll send dates soon.",
        "We want you on our interview schedule this winter.",
        "You have a new interview request from Ashgrove Medical Center Neurology. Log in to respond.",
    ],
)
def test_fourth_batch_invitations_are_decisive(body):
    result = judge(body, subject="Ashgrove")
    assert result.kind == "invitation", result.evidence
    assert result.confidence >= 0.6


@pytest.mark.parametrize(
    ("body", "kind"),
    [
        ("You're scheduled! Ashgrove Medical Center - Neurology, Monday, December 14, 2026.", "scheduled"),
        ("Our days are full, but you remain on our list of alternates.", "waitlist"),
        ("Regrettably, we are unable to include you in this year's interview schedule.", "rejection"),
    ],
)
def test_fourth_batch_other_kinds(body, kind):
    result = judge(body, subject="Ashgrove")
    assert result.kind == kind, result.evidence


def test_a_plain_sentence_about_you_and_an_interview_is_weak_invitation_evidence():
    result = judge("Dr. Okafor asked me to reach out to you about an interview in December.", subject="Hello")
    assert result.kind == "invitation"
    assert result.needs_review is True
    assert any("weak invitation" in e for e in result.evidence)


@pytest.mark.parametrize(
    "body",
    [
        "Your interview is on Monday at 8 AM.",
        "We enjoyed having you for an interview last week.",
        "Thank you for applying. We will contact you if you are selected for an interview.",
        "Five tips to ace your interview: prepare questions and be on time.",
    ],
)
def test_booked_past_conditional_or_advice_interviews_are_no_weak_evidence(body):
    result = judge(body, subject="Hello")
    assert result.kind != "invitation", result.evidence


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


def test_a_program_named_in_full_only_in_the_subject_is_completed_from_it():
    assert (
        detect_program(
            "Ashgrove University Radiology", "Thanks for applying.", from_name="Ashgrove Radiology"
        )
        == "Ashgrove University"
    )


# -- fifth batch ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "kind"),
    [
        (
            "Sorry: the March 2 interview day will not go ahead. We will offer you another date.",
            "cancellation",
        ),
        ("Your application for an interview with our Surgery program was not successful.", "rejection"),
        ("We have your RSVP for the interview day on Jan 9, and your seat is reserved.", "scheduled"),
        ("Our spots are full; we added your name to our backup list in case dates open.", "waitlist"),
    ],
)
def test_fifth_batch_kinds(body, kind):
    result = judge(body, subject="Ashgrove")
    assert result.kind == kind, result.evidence


def test_your_and_an_interview_in_one_plain_sentence_is_weak_invitation_evidence():
    result = judge(
        "The next step for your application is an interview with two of our faculty.", subject="Next"
    )
    assert result.kind == "invitation"
    assert result.needs_review is True


@pytest.mark.parametrize(
    "body",
    [
        "Your application is under review; the interview period runs through January.",
        "Your application is complete and will be considered for an interview.",
    ],
)
def test_a_period_or_a_consideration_is_no_weak_invitation_evidence(body):
    assert judge(body, subject="Status").kind != "invitation"


# -- sixth batch ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "Could you have time to interview with our Neurology program in early February?",
        "Ashgrove University - Surgery has put you on its interview list. Sign up for a session.",
        "Good news, you're off the waitlist! Reply to take the Feb 3 date.",
        "We have an interview spot for you on January 21 if you want it.",
    ],
)
def test_sixth_batch_invitations(body):
    result = judge(body, subject="Ashgrove")
    assert result.kind == "invitation", result.evidence


def test_interview_granted_in_the_subject_is_an_invitation_and_names_the_program():
    result = judge(
        "Please log in and choose a session before December 4.",
        subject="Interview granted - Ashgrove Hospital Urology",
    )
    assert result.kind == "invitation", result.evidence
    assert result.program == "Ashgrove Hospital"


@pytest.mark.parametrize(
    ("body", "kind"),
    [
        ("We are unable to move your application forward this year. Best wishes.", "rejection"),
        ("Thanks for picking Tuesday, January 5 - you're on our calendar.", "scheduled"),
        ("Our applicant guide explains what an interview day looks like and how you can prepare.", "info"),
    ],
)
def test_sixth_batch_other_kinds(body, kind):
    result = judge(body, subject="Ashgrove")
    assert result.kind == kind, result.evidence


def test_any_plain_mention_of_an_interview_is_the_last_weak_evidence():
    result = judge("Our coordinator will be in touch with you soon about an interview.", subject="Hello")
    assert result.kind == "invitation"
    assert result.needs_review is True
    assert result.confidence < 0.6


@pytest.mark.parametrize(
    "body",
    [
        "We are so excited about interview day on Friday!",
        "Please complete our applicant survey about the interview experience this year.",
        "Check our website for what to expect on interview day.",
    ],
)
def test_interview_days_surveys_and_advice_are_not_even_weak_evidence(body):
    assert judge(body, subject="Hello").kind != "invitation"


# -- seventh batch -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "A candidate withdrew, so there is now room for you on February 9. Reply to claim it.",
        "I would really like to talk with you about our Pathology residency; my coordinator will send dates.",
    ],
)
def test_seventh_batch_invitations(body):
    result = judge(body, subject="Ashgrove Medical Center")
    assert result.kind == "invitation", result.evidence


def test_declining_to_interview_is_a_rejection():
    result = judge("We must respectfully decline to interview you this year.", subject="Ashgrove Surgery")
    assert result.kind == "rejection", result.evidence


def test_an_interview_in_the_news_is_no_invitation():
    result = judge(
        "Top stories: the council approved the new park; an exclusive interview with the mayor.",
        subject="Headlines",
        sender="Daily Brief <news@brief.example.com>",
    )
    assert result.kind != "invitation", result.evidence
