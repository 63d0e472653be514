# ruff: noqa: E501  (test messages are prose; long lines read better than split ones)
"""Words count only in residency mail: everyday mail that borrows them (a parcel, a friend, a shop, a
flight, a news bulletin, a generic offer) is unrelated, while the same words from a hospital or a
program, or in mail that names a residency, a specialty or an application platform, still count."""

from __future__ import annotations

import pytest
from test_classification_helpers import APPLICANT, judge, parsed, rules

from tracker.understanding.classify import classify
from tracker.understanding.context import about_residency
from tracker.understanding.extraction import message_view

# -- what places a message in residency ------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "sender", "about"),
    [
        (
            "Choose a time to talk with one of our advisers about your student loans.",
            "Lenders <hi@lenders.example.com>",
            False,
        ),
        ("Our faculty would love to chat with you.", "Someone <someone@example.com>", True),
        ("Are you free on the 5th?", "Larkspur IM <im@larkspur.example.org>", True),
        ("You have a new message. Log in to view it.", "MyERAS <myeras-noreply@aamc.org>", True),
    ],
)
def test_about_residency_reads_the_words_the_senders_name_and_the_platforms(body, sender, about):
    view = message_view(parsed(body, subject="Hello", sender=sender))
    assert about_residency(view) is about


def test_a_program_notice_from_a_no_reply_sender_is_still_info():
    # bulk markers only discount everyday words: "residency" still places the mail
    result = judge(
        "Our residency applicant portal will be closed for maintenance this weekend. Please do not reply.",
        subject="Portal notice",
        sender="Ashgrove GME <no-reply@ashgrove.example.org>",
    )
    assert result.kind == "info", result.evidence


def test_a_bulk_platform_notice_about_an_application_is_still_info():
    # an application system's own domain is no everyday sender (the rules alone: the net may still
    # ask for a second look)
    message = parsed(
        "Your application documents were received. Manage notification settings in your account.",
        subject="Documents received",
        sender="Thalamus <no-reply@thalamusgme.com>",
    )
    result = classify(message, applicant=APPLICANT)
    assert result.kind == "info", result.evidence


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


def test_a_post_interview_note_without_residency_words_is_info_when_it_names_a_specialty():
    result = judge(
        "It was so lovely having you with us on Monday! Stay in touch. - the Ashgrove Peds chiefs",
        subject="Thanks!",
        sender="Chiefs <chiefs@ashgrove.org>",
    )
    assert result.kind == "info", result.evidence


# -- everyday mail ---------------------------------------------------------------------------------


def test_bank_statement_is_other():
    result = judge(
        "Your statement for account ending 1234 is available. Minimum payment due Dec 20.",
        subject="Statement ready",
        sender="Bank <alerts@bank.example>",
    )
    assert result.kind == "other"
    assert result.program is None


@pytest.mark.parametrize(
    ("body", "subject", "sender"),
    [
        # a parcel whose contents sound like residency
        (
            "Your parcel containing the residency interview portfolio binder is out for delivery today.",
            "On its way",
            "Parcelly <updates@parcelly.example.com>",
        ),
        (
            "Tracking number 88-1234: your shipment of scrubs arrives Thursday.",
            "Shipment update",
            "Scrubs Co <orders@scrubs.example.com>",
        ),
        # a social or job network
        (
            "12 people viewed your profile this week, including residency program recruiters.",
            "Your week",
            "Network <messages-noreply@network.example.com>",
        ),
        (
            "Job alert: 5 new hospitalist jobs you may be interested in.",
            "Jobs for you",
            "Jobsite <alerts@jobsite.example.com>",
        ),
        # bulk mail whose only residency-like word is an everyday one
        (
            "This week: our podcast interview with a chef, and a match of the season. Unsubscribe at any time.",
            "Weekend reading",
            "Culture Letter <hello@culture.example.com>",
        ),
        (
            "Your application for the rewards card is approved. Please do not reply to this message.",
            "Welcome",
            "Store Card <no-reply@store.example.com>",
        ),
    ],
)
def test_everyday_mail_is_other(body, subject, sender):
    result = judge(body, subject=subject, sender=sender)
    assert result.kind == "other", result.evidence


def test_a_friends_mail_about_an_interview_is_unrelated():
    result = judge(
        "hope the interview went well!! call me after, I want to hear everything",
        subject="tomorrow",
        sender="Alex <alex.r@yahoo.com>",
    )
    assert result.kind == "other", result.evidence


def test_a_building_notice_to_residents_is_unrelated():
    result = judge(
        "Residents of Building C: the pool closes Monday for cleaning. Manage your notification preferences online.",
        subject="Pool closure",
        sender="Harbor View Apartments <noreply@harborview-living.com>",
    )
    assert result.kind == "other", result.evidence


def test_you_are_invited_without_an_interview_loses_to_marketing():
    result = judge(
        "You're invited! Get 25% off our residency interview prep course this week only. Unsubscribe here.",
        subject="A special offer",
        sender="PrepCo <deals@prepco.example.com>",
    )
    assert result.kind == "other", result.evidence


def test_an_invitation_to_review_a_manuscript_is_unrelated_mail():
    result = judge(
        "You are invited to review a manuscript for the Journal of Case Reports. Please respond within 10 days.",
        subject="Review request",
        sender="Editorial Office <editor@journal.example.org>",
    )
    assert result.kind == "other", result.evidence


def test_an_interview_in_the_news_is_no_invitation():
    result = judge(
        "Top stories: the council approved the new park; an exclusive interview with the mayor.",
        subject="Headlines",
        sender="Daily Brief <news@brief.example.com>",
    )
    assert result.kind != "invitation", result.evidence


@pytest.mark.parametrize(
    ("subject", "body", "sender"),
    [
        (
            "We miss you",
            "We don't want to lose you! Here is 20% off your next order.",
            "Shop <deals@shop.example.com>",
        ),
        (
            "Flight UA 412",
            "Your standby status for flight UA 412 to Denver is confirmed.",
            "Air <alerts@air.example.com>",
        ),
    ],
)
def test_waitlist_words_of_everyday_life_are_no_waitlist(subject, body, sender):
    assert rules(body, subject=subject, sender=sender).kind != "waitlist"


def test_made_the_list_with_nothing_about_residency_is_no_invitation():
    result = rules(
        "Great news from the climbing gym: you made the leaderboard list this month!",
        subject="November standings",
        sender="Boulder Barn <hello@boulderbarn.fit>",
    )
    assert result.kind == "other", result.evidence


# -- offers, dates and logistics with and without residency ----------------------------------------


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


def test_a_choice_of_dates_with_nothing_about_residency_is_unrelated():
    result = judge(
        "Sat or Sun for brunch? The new place on 5th.", subject="weekend", sender="Alex <alex.r@yahoo.com>"
    )
    assert result.kind == "other", result.evidence


@pytest.mark.parametrize(
    ("subject", "body", "sender"),
    [
        (
            "this weekend",
            "We'd love to have you over there for a barbecue. Saturday work?",
            "Pat <pat.k@gmail.com>",
        ),
        ("drinks", "Does Friday work for drinks after your shift?", "Lee <lee.r@yahoo.com>"),
    ],
)
def test_everyday_visits_and_days_asked_are_no_invitation(subject, body, sender):
    assert rules(body, subject=subject, sender=sender).kind != "invitation"


def test_an_everyday_appointment_asking_you_to_arrive_early_is_unrelated():
    result = rules(
        "Your haircut with Sam is confirmed for Friday at 2 PM. Please arrive 5 minutes early.",
        subject="See you Friday",
        sender="Studio Nine <bookings@studionine.com>",
    )
    assert result.kind == "other", result.evidence


@pytest.mark.parametrize(
    ("body", "sender"),
    [
        (
            "Please arrive by 7:15 at the hospital's main entrance; parking is in Garage C.",
            "Coordinator <c@birchwood.org>",
        ),
        ("Please arrive by 7:30 at the main lobby. Coffee is on us.", "Oakdale FM <office@oakdalefm.org>"),
    ],
)
def test_logistics_from_a_hospital_or_a_program_are_a_reminder(body, sender):
    assert rules(body, subject="Monday", sender=sender).kind == "reminder"
