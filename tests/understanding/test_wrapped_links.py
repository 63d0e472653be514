"""Links in plain-text mail wrap: a link broken at the end of a line is read whole, and where the
HTML part has the link, its href wins over the plain part's cut-off copy."""

from __future__ import annotations

from pathlib import Path

import pytest

from tracker.understanding.classify import classify
from tracker.understanding.message import parse_message

SAMPLE = Path(__file__).resolve().parents[2] / "tracker" / "sample_mailbox"


def plain(body: str) -> bytes:
    return (
        "From: Coordinator <im@summitridgemc.org>\nTo: jordan@example.org\nSubject: Interview\n"
        "Date: Thu, 19 Nov 2026 13:37:09 -0500\nMessage-ID: <wrap@summitridgemc.org>\n"
        f"Content-Type: text/plain; charset=utf-8\n\n{body}"
    ).encode()


@pytest.mark.parametrize(
    ("body", "link"),
    [
        # cut after a hyphen: the demo's Summit Ridge invitation
        (
            "Please choose a date within 48 hours: https://calendly.com/summitridge-\n"
            "im-interviews/2027\n\nSincerely,\n",
            "https://calendly.com/summitridge-im-interviews/2027",
        ),
        # cut after a slash, the next line a path
        ("Book here: https://thalamusgme.com/applicant/\ninvitations/B4T7Y\nThanks\n",
         "https://thalamusgme.com/applicant/invitations/B4T7Y"),
        # cut inside a query
        ("Sign up: https://signup.example.org/s?program=im&\nyear=2027 today\n",
         "https://signup.example.org/s?program=im&year=2027"),
        # in angle brackets, broken anywhere (RFC 3986 appendix C)
        ("Schedule: <https://app.example.org/a/very/long/\n  path/to/sched?id=42>\nBye\n",
         "https://app.example.org/a/very/long/path/to/sched?id=42"),
        # a line wrapped at the mail program's width, cut before a slash
        ("Choose your interview date in the scheduling portal at https://portal.example.org/appl\n"
         "/invite?c=77\n",
         "https://portal.example.org/appl/invite?c=77"),
    ],
)  # fmt: skip
def test_a_link_wrapped_onto_the_next_line_is_read_whole(body: str, link: str) -> None:
    assert parse_message(plain(body)).links == [link]


@pytest.mark.parametrize(
    ("body", "link"),
    [
        ("Questions? See https://x.example.org/faq?\nThanks, Jo\n", "https://x.example.org/faq"),
        ("Our home page: https://x.example.org/\nPlease reply by Friday.\n", "https://x.example.org/"),
        ("Visit https://x.example.org/schedule.\nThank you\n", "https://x.example.org/schedule"),
        ("Sign up: https://x.example.org/sign-\nSincerely, Dr. Okafor\n", "https://x.example.org/sign-"),
    ],
)
def test_the_next_line_is_not_taken_for_more_of_a_link_that_ended(body: str, link: str) -> None:
    assert parse_message(plain(body)).links == [link]


def test_the_html_parts_href_wins_over_the_plain_parts_cut_link() -> None:
    raw = (
        b"From: Coordinator <im@summitridgemc.org>\nTo: jordan@example.org\nSubject: Interview\n"
        b'MIME-Version: 1.0\nContent-Type: multipart/alternative; boundary="b"\n\n'
        b"--b\nContent-Type: text/plain\n\nChoose a date: https://calendly.com/summitridge-\n\n"
        b"--b\nContent-Type: text/html\n\n"
        b'<p>Choose a date: <a href="https://calendly.com/summitridge-im-interviews/2027">here</a></p>\n'
        b"--b--\n"
    )
    assert parse_message(raw).links == ["https://calendly.com/summitridge-im-interviews/2027"]


@pytest.mark.parametrize(
    ("href", "link"),
    [
        ("https://interviews.residencycas.com/login)", "https://interviews.residencycas.com/login"),
        ("https://interviews.residencycas.com/login),", "https://interviews.residencycas.com/login"),
        ("https://en.wikipedia.org/wiki/Match_(medicine)", "https://en.wikipedia.org/wiki/Match_(medicine)"),
    ],
)
def test_an_href_loses_the_punctuation_its_linking_took_from_the_text(href: str, link: str) -> None:
    raw = (
        b"From: Coordinator <em@emory.edu>\nTo: jordan@example.org\nSubject: Interview\n"
        b"MIME-Version: 1.0\nContent-Type: text/html\n\n"
        + f'<p>Log in to the portal (<a href="{href}">{href}</a>) and pick a date.</p>\n'.encode()
    )
    assert parse_message(raw).links == [link]


def test_the_demos_most_urgent_invitation_links_to_the_whole_scheduling_page() -> None:
    (path,) = SAMPLE.glob("*/*sample-summit-ridge-im-update*")
    result = classify(parse_message(path.read_bytes()))
    assert result.schedule_url == "https://calendly.com/summitridge-im-interviews/2027"
