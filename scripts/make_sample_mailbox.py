"""Write the sample mailbox bundled with Invite Tracker (tracker/sample_mailbox/, a Maildir).

A season of Jordan Lee's invitation mailbox, September to November 2026: Emergency Medicine and
Internal Medicine applications with a Transitional Year and a preliminary year as a parallel plan.
Every program, person and address below is fictional; the application systems (Thalamus, ERAS,
Interview Broker, ResidencyCAS, NRMP) send mail from the domains applicants are told to whitelist.

The output is deterministic (fixed boundaries, dates and file names), so running this again
reproduces the committed files byte for byte:

    .venv/bin/python scripts/make_sample_mailbox.py            # rewrite tracker/sample_mailbox
    .venv/bin/python scripts/make_sample_mailbox.py OUT_DIR    # write elsewhere
"""

from __future__ import annotations

import shutil
import sys
import textwrap
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_OUT = ROOT / "tracker" / "sample_mailbox"

APPLICANT = "Jordan Lee <jordan.lee.match2027@gmail.com>"
APPLICANT_ADDR = "jordan.lee.match2027@gmail.com"
ET = "America/New_York"
CT = "America/Chicago"
MT = "America/Denver"
PT = "America/Los_Angeles"


@dataclass
class Sample:
    """One message of the sample mailbox."""

    slug: str
    when: str  # local time "2026-10-02 14:05:12"
    zone: str
    sender: str
    subject: str
    text: str | None = None
    html: str | None = None
    ics: str | None = None
    relay: str = "mail.example.net"
    relay_ip: str = "192.0.2.10"
    reply_to: str | None = None
    to: str = APPLICANT
    charset: str = "utf-8"
    extra: dict[str, str] = field(default_factory=dict)
    unread: bool = False  # delivered to new/ instead of cur/


def wrap(text: str, width: int = 72) -> str:
    """Prose paragraphs refilled to `width` columns, as mail clients send them; short lines kept."""
    paragraphs = text.split("\n\n")
    out = []
    for paragraph in paragraphs:
        lines = paragraph.splitlines()
        if any(len(line) > 76 for line in lines) and not any(line.startswith(">") for line in lines):
            paragraph = textwrap.fill(" ".join(paragraph.split()), width=width)
        out.append(paragraph)
    return "\n\n".join(out)


def _local(sample: Sample) -> datetime:
    return datetime.strptime(sample.when, "%Y-%m-%d %H:%M:%S").replace(tzinfo=ZoneInfo(sample.zone))


def _domain(sender: str) -> str:
    return sender.rsplit("@", 1)[-1].rstrip(">")


def build(sample: Sample, index: int) -> bytes:
    """The raw bytes of one sample message."""
    moment = _local(sample)
    stamp = moment.strftime("%Y%m%d%H%M%S")
    msg = EmailMessage(policy=policy.default)
    received_at = format_datetime(moment.astimezone(UTC), usegmt=True)
    msg["Return-Path"] = f"<bounce-{index:03d}@{_domain(sample.sender)}>"
    msg["Delivered-To"] = APPLICANT_ADDR
    msg["Received"] = (
        f"from {sample.relay} ({sample.relay} [{sample.relay_ip}]) by mx.google.com with ESMTPS "
        f"id s{index:02d}si{4410 + index}qkb.{index} for <{APPLICANT_ADDR}> "
        f"(version=TLS1_3 cipher=TLS_AES_256_GCM_SHA384 bits=256/256); {received_at}"
    )
    msg["Authentication-Results"] = (
        f"mx.google.com; dkim=pass header.i=@{_domain(sample.sender)}; spf=pass "
        f"smtp.mailfrom={_domain(sample.sender)}; dmarc=pass header.from={_domain(sample.sender)}"
    )
    msg["From"] = sample.sender
    msg["To"] = sample.to
    if sample.reply_to:
        msg["Reply-To"] = sample.reply_to
    msg["Subject"] = sample.subject
    msg["Date"] = format_datetime(moment)
    msg["Message-ID"] = f"<{stamp}.{sample.slug}@{_domain(sample.sender)}>"
    for name, value in sample.extra.items():
        msg[name] = value

    if sample.text is not None:
        msg.set_content(wrap(sample.text), charset=sample.charset)
        if sample.html is not None:
            msg.add_alternative(sample.html, subtype="html", charset=sample.charset, cte="quoted-printable")
    elif sample.html is not None:
        msg.set_content(sample.html, subtype="html", charset=sample.charset, cte="quoted-printable")
    if sample.ics is not None:
        msg.add_attachment(
            sample.ics.replace("\n", "\r\n").encode("utf-8"),
            maintype="text",
            subtype="calendar",
            filename="invite.ics",
            params={"method": "REQUEST"},
        )
    for number, part in enumerate(msg.walk()):
        if part.is_multipart():
            part.set_boundary(f"==sample-{sample.slug}-{number}==")
    return msg.as_bytes(policy=policy.default)


def filename(sample: Sample, index: int) -> str:
    """A Maildir file name: unique, sortable, flagged Seen unless the message is unread."""
    epoch = int(_local(sample).timestamp())
    base = f"{epoch}.M{index:03d}P4242.sample-{sample.slug}"
    return base if sample.unread else f"{base}:2,S"


def write(out: Path, samples: list[Sample]) -> None:
    """Write the Maildir at `out`, replacing what was there."""
    if out.exists():
        shutil.rmtree(out)
    for sub in ("cur", "new"):
        (out / sub).mkdir(parents=True)
    for index, sample in enumerate(samples, start=1):
        sub = "new" if sample.unread else "cur"
        (out / sub / filename(sample, index)).write_bytes(build(sample, index))


# -- the season ---------------------------------------------------------------------------------

RIVERSIDE = "Riverside University Medical Center EM Residency <emresidency@riversideumc-health.org>"
THALAMUS = "Thalamus <noreply@thalamusgme.com>"
MYERAS = "MyERAS <myeras-noreply@aamc.org>"
BROKER = "Interview Broker <no-reply@interviewbroker.com>"
RESCAS = "ResidencyCAS <noreply@residencycas.liaisoncas.com>"


def thalamus_html(paragraphs: list[str], button: tuple[str, str] | None) -> str:
    body = "".join(f'<p style="margin:0 0 14px 0">{p}</p>' for p in paragraphs)
    if button:
        label, url = button
        body += (
            f'<p><a href="{url}" style="background:#2b59c3;color:#ffffff;padding:10px 18px;'
            f'text-decoration:none;border-radius:4px">{label}</a></p>'
        )
    return (
        '<!DOCTYPE html><html><head><meta charset="utf-8"><title>Thalamus</title></head>'
        '<body style="font-family:Arial,Helvetica,sans-serif;color:#222">'
        '<table width="100%" cellpadding="0" cellspacing="0"><tr><td style="padding:24px">'
        f"{body}"
        '<p style="font-size:12px;color:#777">This message was sent by Thalamus on behalf of the program. '
        "Please add noreply@thalamusgme.com to your contacts. "
        '<a href="https://thalamusgme.com/privacy">Privacy</a></p>'
        "</td></tr></table></body></html>\n"
    )


SAMPLES: list[Sample] = [
    Sample(
        slug="eras-submitted",
        when="2026-09-03 09:12:40",
        zone=ET,
        sender=MYERAS,
        subject="ERAS 2027: Your application has been submitted",
        relay="mta1.aamc.org",
        relay_ip="198.51.100.21",
        text=(
            "Dear Jordan Lee,\n\n"
            "This confirms that your MyERAS application for the ERAS 2027 season was certified and\n"
            "submitted on September 3, 2026. Programs will be able to download applications beginning\n"
            "September 24, 2026.\n\n"
            "You can assign documents and apply to additional programs at any time in MyERAS.\n\n"
            "ERAS Client Technical Support\n"
            "Association of American Medical Colleges\n"
        ),
    ),
    Sample(
        slug="credit-union-statement",
        when="2026-09-28 06:30:02",
        zone=CT,
        sender="Kestrel Credit Union <statements@kestrelcu-mail.com>",
        subject="Your September statement is ready",
        relay="out.kestrelcu-mail.com",
        relay_ip="203.0.113.80",
        html=(
            "<html><body><p>Hi Jordan,</p><p>Your September statement for checking account ending "
            "in 4417 is ready to view in online banking.</p><p>Statement balance: $1,284.16</p>"
            '<p><a href="https://online.kestrelcu-mail.com/statements">View statement</a></p>'
            "<p>Kestrel Credit Union &middot; Member services 1-800-555-0142</p></body></html>\n"
        ),
    ),
    Sample(
        slug="riverside-em-invite",
        when="2026-10-02 14:05:12",
        zone=ET,
        sender=RIVERSIDE,
        subject="Riverside University Medical Center Emergency Medicine - Interview Invitation",
        relay="smtp-out.riversideumc-health.org",
        relay_ip="203.0.113.25",
        reply_to="Dana Whitfield <dana.whitfield@riversideumc-health.org>",
        text=(
            "Dear Jordan,\n\n"
            "Congratulations! On behalf of the Emergency Medicine Residency Program at Riverside\n"
            "University Medical Center, we are pleased to invite you to interview for a categorical\n"
            "position in our program.\n\n"
            "All interviews this season are virtual (Zoom). Available interview dates:\n"
            "  - Friday, November 6, 2026\n"
            "  - Friday, November 20, 2026\n"
            "  - Friday, December 4, 2026\n\n"
            "Please select your date within 72 hours of receiving this invitation using the link below.\n"
            "Dates are first come, first served.\n\n"
            "https://www.signupgenius.com/go/riverside-em-interviews-2027\n\n"
            "We look forward to meeting you.\n\n"
            "Dana Whitfield\n"
            "Program Coordinator, Emergency Medicine Residency\n"
            "Riverside University Medical Center\n"
            "(614) 555-0188\n"
        ),
    ),
    Sample(
        slug="riverside-em-confirmed",
        when="2026-10-02 16:41:55",
        zone=ET,
        sender="Dana Whitfield <dana.whitfield@riversideumc-health.org>",
        subject="Re: Riverside EM Interview Confirmation - December 4, 2026",
        relay="smtp-out.riversideumc-health.org",
        relay_ip="203.0.113.25",
        extra={"In-Reply-To": "<20261002140512.riverside-em-invite@riversideumc-health.org>"},
        text=(
            "Hi Jordan,\n\n"
            "Thank you for signing up. Your interview with the Riverside University Medical Center\n"
            "Emergency Medicine Residency is confirmed for Friday, December 4, 2026. The day runs\n"
            "from 8:00 AM to 1:30 PM Eastern on Zoom; the link and the itinerary will be sent the week\n"
            "before. A calendar invitation is attached.\n\n"
            "Best,\n"
            "Dana Whitfield\n"
            "Program Coordinator, Emergency Medicine Residency\n"
            "Riverside University Medical Center\n"
        ),
        ics=(
            "BEGIN:VCALENDAR\n"
            "PRODID:-//Riverside UMC//GME Scheduling//EN\n"
            "VERSION:2.0\n"
            "METHOD:REQUEST\n"
            "BEGIN:VEVENT\n"
            "UID:riverside-em-2027-whitfield-0412@riversideumc-health.org\n"
            "DTSTAMP:20261002T204155Z\n"
            "DTSTART:20261204T130000Z\n"
            "DTEND:20261204T183000Z\n"
            "SUMMARY:Riverside UMC Emergency Medicine Residency Interview (virtual)\n"
            "LOCATION:Zoom\n"
            "ORGANIZER;CN=Dana Whitfield:mailto:dana.whitfield@riversideumc-health.org\n"
            "ATTENDEE;CN=Jordan Lee;RSVP=TRUE:mailto:jordan.lee.match2027@gmail.com\n"
            "END:VEVENT\n"
            "END:VCALENDAR\n"
        ),
    ),
    Sample(
        slug="lakeshore-im-invite",
        when="2026-10-06 10:00:31",
        zone=CT,
        sender=THALAMUS,
        subject="Interview Invitation: Lakeshore Health Internal Medicine Residency",
        relay="mail.thalamusgme.com",
        relay_ip="198.51.100.40",
        text=(
            "Hi Jordan,\n\n"
            "Lakeshore Health Internal Medicine Residency Program has invited you to interview for the\n"
            "Categorical track.\n\n"
            "Interview type: Virtual\n"
            "Available dates: November 10, November 17 and December 8, 2026\n\n"
            "Log in to Thalamus to view the invitation and schedule your interview:\n"
            "https://app.thalamusgme.com/applicant/invitations/7Q2K9\n\n"
            "Please respond within 48 hours.\n\n"
            "The Thalamus Team\n"
        ),
        html=thalamus_html(
            [
                "Hi Jordan,",
                "<strong>Lakeshore Health Internal Medicine Residency Program</strong> has invited you to "
                "interview for the Categorical track.",
                "Interview type: Virtual<br>Available dates: November 10, November 17 and December 8, 2026",
                "Please respond within 48 hours.",
            ],
            ("View invitation", "https://app.thalamusgme.com/applicant/invitations/7Q2K9"),
        ),
    ),
    Sample(
        slug="lakeshore-im-confirmed",
        when="2026-10-06 10:22:09",
        zone=CT,
        sender=THALAMUS,
        subject="Interview Confirmed: Lakeshore Health Internal Medicine Residency",
        relay="mail.thalamusgme.com",
        relay_ip="198.51.100.40",
        text=(
            "Hi Jordan,\n\n"
            "You are confirmed to interview with Lakeshore Health Internal Medicine Residency Program\n"
            "(Categorical).\n\n"
            "Date: Tuesday, November 17, 2026\n"
            "Time: 8:00 AM - 12:30 PM CST\n"
            "Interview type: Virtual\n\n"
            "You can view or change your interview in Thalamus:\n"
            "https://app.thalamusgme.com/applicant/interviews/7Q2K9\n\n"
            "The Thalamus Team\n"
        ),
        html=thalamus_html(
            [
                "Hi Jordan,",
                "You are confirmed to interview with <strong>Lakeshore Health Internal Medicine Residency "
                "Program</strong> (Categorical).",
                "Date: Tuesday, November 17, 2026<br>Time: 8:00 AM - 12:30 PM CST<br>Interview type: Virtual",
            ],
            ("View interview", "https://app.thalamusgme.com/applicant/interviews/7Q2K9"),
        ),
    ),
    Sample(
        slug="pinecrest-im-decision",
        when="2026-10-09 17:45:00",
        zone=MT,
        sender="Pinecrest University Internal Medicine <imresidency@pinecrest-u.edu>",
        subject="Pinecrest University Internal Medicine Residency - Application Update",
        relay="mailgw.pinecrest-u.edu",
        relay_ip="203.0.113.61",
        text=(
            "Dear Jordan Lee,\n\n"
            "Thank you for your interest in the Internal Medicine Residency Program at Pinecrest\n"
            "University. We received over 4,800 applications for 36 categorical positions this year.\n\n"
            "After careful review, we regret to inform you that we are unable to offer you an interview\n"
            "this season. This decision is final and no further updates will be sent.\n\n"
            "We wish you the very best in the Match.\n\n"
            "Sincerely,\n"
            "The Internal Medicine Residency Selection Committee\n"
            "Pinecrest University School of Medicine\n"
        ),
    ),
    Sample(
        slug="myeras-new-message",
        when="2026-10-14 11:03:27",
        zone=ET,
        sender=MYERAS,
        subject="You have a new message in MyERAS",
        relay="mta1.aamc.org",
        relay_ip="198.51.100.21",
        text=(
            "You have received a new message in your MyERAS Message Center.\n\n"
            "Please sign in to MyERAS to read it:\n"
            "https://apps.aamc.org/myeras-web/#/messages\n\n"
            "Do not reply to this email; this mailbox is not monitored.\n"
        ),
    ),
    Sample(
        slug="lakeshore-newsletter",
        when="2026-10-15 08:15:00",
        zone=CT,
        sender="Lakeshore Health IM Residency <imresidency-news@lakeshorehealth.org>",
        subject="The Lakeshore Rounds - October 2026 newsletter",
        relay="news.lakeshorehealth.org",
        relay_ip="203.0.113.90",
        extra={"List-Unsubscribe": "<https://lakeshorehealth.org/newsletter/unsubscribe?u=jl2027>"},
        html=(
            '<html><body style="font-family:Georgia,serif">'
            "<h1>The Lakeshore Rounds</h1><h2>October 2026</h2>"
            "<p>Welcome to our monthly newsletter for applicants and friends of the Lakeshore Health "
            "Internal Medicine Residency.</p>"
            "<h3>Resident spotlight</h3><p>PGY-3 Dr. Amara Osei presented her quality-improvement work "
            "on sepsis bundles at the regional ACP meeting.</p>"
            "<h3>Life in the city</h3><p>Fall on the lake: our residents' favourite trails and coffee.</p>"
            '<p><a href="https://lakeshorehealth.org/gme/internal-medicine">Program website</a> | '
            '<a href="https://lakeshorehealth.org/newsletter/unsubscribe?u=jl2027">Unsubscribe</a></p>'
            "</body></html>\n"
        ),
    ),
    Sample(
        slug="cascade-em-eras-invite",
        when="2026-10-20 12:00:04",
        zone=ET,
        sender=MYERAS,
        subject="Interview Invitation - Cascade Valley University - Emergency Medicine",
        relay="mta1.aamc.org",
        relay_ip="198.51.100.21",
        text=(
            "Dear Jordan Lee,\n\n"
            "Cascade Valley University - Emergency Medicine has invited you to interview through the\n"
            "ERAS Interview Scheduler.\n\n"
            "Program: Cascade Valley University Emergency Medicine Residency\n"
            "Interview format: In-person\n"
            "Dates offered: January 8, 2027; January 15, 2027\n\n"
            "Sign in to MyERAS and open Interview Scheduling to select a date. The Freeze Date for this\n"
            "invitation is October 27, 2026 at 11:59 PM ET; after that date you can only cancel.\n\n"
            "https://apps.aamc.org/myeras-web/#/interviews\n\n"
            "ERAS Interview Scheduler\n"
        ),
    ),
    Sample(
        slug="mesaverde-em-waitlist",
        when="2026-10-21 09:30:17",
        zone=MT,
        sender=THALAMUS,
        subject="Waitlist Notification: Mesa Verde Health System Emergency Medicine",
        relay="mail.thalamusgme.com",
        relay_ip="198.51.100.40",
        text=(
            "Hi Jordan,\n\n"
            "Mesa Verde Health System Emergency Medicine Residency has placed you on its interview\n"
            "waitlist. All of this season's interview dates are currently full.\n\n"
            "This is a pooled waitlist: when a slot opens, everyone on the waitlist is notified at the\n"
            "same time and the first applicant to claim it gets it. Keep notifications on.\n\n"
            "https://app.thalamusgme.com/applicant/waitlists\n\n"
            "The Thalamus Team\n"
        ),
        html=thalamus_html(
            [
                "Hi Jordan,",
                "<strong>Mesa Verde Health System Emergency Medicine Residency</strong> has placed you on "
                "its interview waitlist. All of this season's interview dates are currently full.",
                "This is a pooled waitlist: when a slot opens, everyone on the waitlist is notified at the "
                "same time and the first applicant to claim it gets it.",
            ],
            ("View waitlist", "https://app.thalamusgme.com/applicant/waitlists"),
        ),
    ),
    Sample(
        slug="classmate-notes",
        when="2026-10-22 21:14:38",
        zone=ET,
        sender="Priya Raman <priya.raman.ms4@gmail.com>",
        subject="mock interview notes + sunday?",
        relay="mail-sor-f41.google.com",
        relay_ip="209.85.220.41",
        text=(
            "hey Jordan!\n\n"
            "attaching nothing, just pasting my notes from the mock interview session:\n"
            "- lead with the story about the night shift in the ED\n"
            "- have 3 questions ready for residents (wellness, didactics, ultrasound)\n"
            "- 'tell me about yourself' under 90 seconds\n\n"
            "want to practice again sunday afternoon at the library?\n\n"
            "priya\n"
        ),
    ),
    Sample(
        slug="northgate-im-broker-invite",
        when="2026-10-23 13:00:45",
        zone=ET,
        sender=BROKER,
        subject="Invitation to Interview - Northgate University Hospitals Internal Medicine",
        relay="smtp.interviewbroker.com",
        relay_ip="198.51.100.77",
        text=(
            "Dear Jordan Lee,\n\n"
            "Northgate University Hospitals Internal Medicine Residency (Categorical) has invited you to\n"
            "interview. Interviews will be conducted virtually.\n\n"
            "Please use the link below to self-schedule your interview date. Available dates: December\n"
            "15, 2026, January 5, 2027 and January 19, 2027.\n\n"
            "Schedule your interview:\n"
            "https://www.interviewbroker.com/applicant/campaign/NUH-IM-CAT-2027\n\n"
            "Please schedule by October 30, 2026.\n\n"
            "Interview Broker, on behalf of Northgate University Hospitals\n"
        ),
    ),
    Sample(
        slug="northgate-prelim-broker-invite",
        when="2026-10-23 13:02:10",
        zone=ET,
        sender=BROKER,
        subject="Invitation to Interview - Northgate University Hospitals Preliminary Medicine",
        relay="smtp.interviewbroker.com",
        relay_ip="198.51.100.77",
        text=(
            "Dear Jordan Lee,\n\n"
            "Northgate University Hospitals Internal Medicine Residency (Preliminary) has invited you to\n"
            "interview for a one-year preliminary position. Interviews will be conducted virtually.\n\n"
            "Available dates: December 16, 2026 and January 6, 2027.\n\n"
            "Schedule your interview:\n"
            "https://www.interviewbroker.com/applicant/campaign/NUH-IM-PRE-2027\n\n"
            "Please schedule by October 30, 2026.\n\n"
            "Interview Broker, on behalf of Northgate University Hospitals\n"
        ),
    ),
    Sample(
        slug="northgate-im-broker-scheduled",
        when="2026-10-24 08:47:51",
        zone=ET,
        sender=BROKER,
        subject="Interview Scheduled - Northgate University Hospitals Internal Medicine",
        relay="smtp.interviewbroker.com",
        relay_ip="198.51.100.77",
        text=(
            "Dear Jordan Lee,\n\n"
            "Your interview with Northgate University Hospitals Internal Medicine Residency (Categorical)\n"
            "has been scheduled.\n\n"
            "Date: Tuesday, December 15, 2026\n"
            "Time: 9:00 AM - 2:00 PM ET\n"
            "Format: Virtual (Zoom)\n\n"
            "Zoom meeting: https://zoom.us/j/93817265540?pwd=TnVoSW1DYXQyMDI3\n"
            "Meeting ID: 938 1726 5540  Passcode: 4417\n\n"
            "To cancel or reschedule, sign in to Interview Broker:\n"
            "https://www.interviewbroker.com/applicant/schedule\n\n"
            "Interview Broker, on behalf of Northgate University Hospitals\n"
        ),
    ),
    Sample(
        slug="own-thank-you-sent",
        when="2026-10-26 20:02:11",
        zone=ET,
        sender=APPLICANT,
        subject="Re: Riverside University Medical Center Emergency Medicine - Interview Invitation",
        relay="mail-sor-f69.google.com",
        relay_ip="209.85.220.69",
        to="Dana Whitfield <dana.whitfield@riversideumc-health.org>",
        extra={
            "In-Reply-To": "<20261002140512.riverside-em-invite@riversideumc-health.org>",
        },
        text=(
            "Dear Ms. Whitfield,\n\n"
            "Thank you again for the interview invitation. Could you tell me whether the December 4\n"
            "interview day includes a virtual tour of the emergency department?\n\n"
            "Best regards,\n"
            "Jordan Lee\n\n"
            "On Fri, Oct 2, 2026 at 2:05 PM Dana Whitfield wrote:\n"
            "> Congratulations! On behalf of the Emergency Medicine Residency Program\n"
            "> at Riverside University Medical Center, we are pleased to invite you\n"
            "> to interview for a categorical position in our program.\n"
        ),
    ),
    Sample(
        slug="harborbay-em-rescas-invite",
        when="2026-10-28 15:00:00",
        zone=PT,
        sender=RESCAS,
        subject="Interview Invitation from Harbor Bay Medical Center",
        relay="mailer.liaisoncas.com",
        relay_ip="198.51.100.120",
        text=(
            "Dear Jordan,\n\n"
            "Harbor Bay Medical Center Emergency Medicine Residency has invited you to interview.\n\n"
            "Interview format: Hybrid (virtual interview day with an optional in-person visit)\n"
            "Offered dates: December 2, 2026; December 9, 2026; January 13, 2027\n\n"
            "Log in to the ResidencyCAS Interview Portal to accept or decline this invitation by\n"
            "October 31, 2026 at 5:00 PM PT:\n"
            "https://residencycas.liaisoncas.com/applicant-ux/#/interviews\n\n"
            "ResidencyCAS Customer Service\n"
        ),
        html=(
            '<html><body style="font-family:Helvetica,Arial,sans-serif">'
            "<p>Dear Jordan,</p>"
            "<p><b>Harbor Bay Medical Center Emergency Medicine Residency</b> has invited you to "
            "interview.</p>"
            "<p>Interview format: Hybrid (virtual interview day with an optional in-person visit)<br>"
            "Offered dates: December 2, 2026; December 9, 2026; January 13, 2027</p>"
            "<p>Log in to the ResidencyCAS Interview Portal to accept or decline this invitation by "
            "October 31, 2026 at 5:00 PM PT.</p>"
            '<p><a href="https://residencycas.liaisoncas.com/applicant-ux/#/interviews">Open the '
            "Interview Portal</a></p><p>ResidencyCAS Customer Service</p></body></html>\n"
        ),
    ),
    Sample(
        slug="granite-ty-decision",
        when="2026-10-30 16:20:33",
        zone=ET,
        sender="Granite State Medical Center GME <gme-recruitment@granitestatemc.org>",
        subject="Your application to the Granite State Medical Center Transitional Year",
        relay="mx-out.granitestatemc.org",
        relay_ip="203.0.113.140",
        charset="windows-1252",
        html=(
            "<html><body><p>Dear Jordan Lee,</p>"
            "<p>Thank you for applying to the Transitional Year Program at Granite State Medical Center "
            "\u2013 we were impressed by the depth of this year\u2019s applicant pool.</p>"
            "<p>Unfortunately, we are not able to offer you an interview for the 2027 Match. We have "
            "completed our review and your application will not move forward.</p>"
            "<p>We wish you every success in your career.</p>"
            "<p>Transitional Year Program<br>Granite State Medical Center</p></body></html>\n"
        ),
    ),
    Sample(
        slug="stbrendan-ty-invite",
        when="2026-11-02 11:45:20",
        zone=ET,
        sender=THALAMUS,
        subject="Interview Invitation: Saint Brendan's Hospital Transitional Year",
        relay="mail.thalamusgme.com",
        relay_ip="198.51.100.40",
        text=(
            "Hi Jordan,\n\n"
            "Saint Brendan's Hospital Transitional Year Program has invited you to interview.\n\n"
            "Interview type: In-Person\n"
            "Available dates: December 11, 2026 and January 22, 2027\n\n"
            "Log in to Thalamus to view the invitation and schedule your interview:\n"
            "https://app.thalamusgme.com/applicant/invitations/B4T7Y\n\n"
            "This invitation expires on November 9, 2026.\n\n"
            "The Thalamus Team\n"
        ),
        html=thalamus_html(
            [
                "Hi Jordan,",
                "<strong>Saint Brendan's Hospital Transitional Year Program</strong> has invited you to "
                "interview.",
                "Interview type: In-Person<br>Available dates: December 11, 2026 and January 22, 2027",
                "This invitation expires on November 9, 2026.",
            ],
            ("View invitation", "https://app.thalamusgme.com/applicant/invitations/B4T7Y"),
        ),
    ),
    Sample(
        slug="riverside-em-social",
        when="2026-11-03 10:10:10",
        zone=ET,
        sender=RIVERSIDE,
        subject="Riverside EM: Virtual pre-interview social with our residents",
        relay="smtp-out.riversideumc-health.org",
        relay_ip="203.0.113.25",
        text=(
            "Hello applicants,\n\n"
            "Our residents are hosting an optional, informal virtual social the evening before each\n"
            "interview day. For the December 4 interview day, the social is Thursday, December 3 at\n"
            "7:00 PM Eastern. No faculty attend and nothing is evaluated: come with your questions about\n"
            "life in the program and the city.\n\n"
            "Join here: https://zoom.us/j/98125514400\n\n"
            "The Emergency Medicine Residents\n"
            "Riverside University Medical Center\n"
        ),
    ),
    Sample(
        slug="bluewater-ty-invite",
        when="2026-11-04 09:05:44",
        zone=CT,
        sender="Bluewater Regional Hospital TY Program <typrogram@bluewaterregional.org>",
        subject="Interview Invitation - Bluewater Regional Hospital Transitional Year",
        relay="mail.bluewaterregional.org",
        relay_ip="203.0.113.170",
        text=(
            "Dear Jordan,\n\n"
            "We are delighted to invite you to interview with the Transitional Year Residency at\n"
            "Bluewater Regional Hospital. Our interview days are held in person on our main campus.\n\n"
            "Please reply to this email with your preferred date within five days:\n"
            "  Thursday, December 10, 2026\n"
            "  Thursday, January 7, 2027\n\n"
            "Warm regards,\n"
            "Marcus Bell, Program Coordinator\n"
            "Transitional Year Residency, Bluewater Regional Hospital\n"
        ),
    ),
    Sample(
        slug="bluewater-ty-confirmed",
        when="2026-11-05 14:31:02",
        zone=CT,
        sender="Marcus Bell <marcus.bell@bluewaterregional.org>",
        subject="Re: Interview Invitation - Bluewater Regional Hospital Transitional Year",
        relay="mail.bluewaterregional.org",
        relay_ip="203.0.113.170",
        extra={"In-Reply-To": "<20261104090544.bluewater-ty-invite@bluewaterregional.org>"},
        text=(
            "Dear Jordan,\n\n"
            "Your interview with the Bluewater Regional Hospital Transitional Year Residency is\n"
            "confirmed for Thursday, December 10, 2026, in person. Please arrive at the Education Center\n"
            "lobby by 7:30 AM. Parking validation and an itinerary will follow.\n\n"
            "Marcus Bell, Program Coordinator\n"
            "Transitional Year Residency, Bluewater Regional Hospital\n"
        ),
    ),
    Sample(
        slug="bluewater-ty-cancelled",
        when="2026-11-09 15:48:26",
        zone=CT,
        sender="Marcus Bell <marcus.bell@bluewaterregional.org>",
        subject="Bluewater Regional Hospital TY - December 10 interview day cancelled",
        relay="mail.bluewaterregional.org",
        relay_ip="203.0.113.170",
        extra={"In-Reply-To": "<20261105143102.bluewater-ty-confirmed@bluewaterregional.org>"},
        text=(
            "Dear Jordan,\n\n"
            "We are sorry to let you know that we have had to cancel the Thursday, December 10 interview\n"
            "day for the Bluewater Regional Hospital Transitional Year Residency because of a\n"
            "scheduling conflict with our site visit. Your interview on that date is cancelled.\n\n"
            "If you would like to interview on January 7, 2027 instead, please reply by November 16\n"
            "and we will hold a spot for you.\n\n"
            "With apologies,\n"
            "Marcus Bell, Program Coordinator\n"
        ),
    ),
    Sample(
        slug="nrmp-registration",
        when="2026-11-10 10:00:00",
        zone=CT,
        sender="NRMP <noreply@nrmp.org>",
        subject="Reminder: Register for the 2027 Main Residency Match",
        relay="mail.nrmp.org",
        relay_ip="198.51.100.150",
        text=(
            "Dear Applicant,\n\n"
            "Registration for the 2027 Main Residency Match is open. Register by January 30, 2027 to\n"
            "avoid the late registration fee. The Rank Order List opens February 1, 2027 and\n"
            "certification closes March 3, 2027.\n\n"
            "Congratulations on reaching this stage of your training, and good luck with your interviews.\n\n"
            "National Resident Matching Program\n"
            "https://www.nrmp.org/intro-to-the-match/\n"
        ),
    ),
    Sample(
        slug="mesaverde-em-slot-opened",
        when="2026-11-12 07:58:03",
        zone=MT,
        sender=THALAMUS,
        subject="Interview Slot Available: Mesa Verde Health System Emergency Medicine",
        relay="mail.thalamusgme.com",
        relay_ip="198.51.100.40",
        text=(
            "Hi Jordan,\n\n"
            "An interview slot has opened at Mesa Verde Health System Emergency Medicine Residency and\n"
            "you are invited to interview. You are receiving this because you are on the program's\n"
            "waitlist; every waitlisted applicant was notified and the first to accept gets the slot.\n\n"
            "Open date: Wednesday, December 9, 2026 (Virtual)\n\n"
            "Claim it now in Thalamus:\n"
            "https://app.thalamusgme.com/applicant/invitations/M8V3E\n\n"
            "The Thalamus Team\n"
        ),
        html=thalamus_html(
            [
                "Hi Jordan,",
                "An interview slot has opened at <strong>Mesa Verde Health System Emergency Medicine "
                "Residency</strong> and you are invited to interview. Every waitlisted applicant was "
                "notified; the first to accept gets the slot.",
                "Open date: Wednesday, December 9, 2026 (Virtual)",
            ],
            ("Claim this slot", "https://app.thalamusgme.com/applicant/invitations/M8V3E"),
        ),
    ),
    Sample(
        slug="lakeshore-im-reminder",
        when="2026-11-16 08:00:00",
        zone=CT,
        sender=THALAMUS,
        subject="Reminder: Your interview with Lakeshore Health is tomorrow",
        relay="mail.thalamusgme.com",
        relay_ip="198.51.100.40",
        text=(
            "Hi Jordan,\n\n"
            "This is a reminder of your upcoming interview with Lakeshore Health Internal Medicine\n"
            "Residency Program.\n\n"
            "Date: Tuesday, November 17, 2026\n"
            "Time: 8:00 AM CST (please join at 7:45 AM)\n"
            "Interview type: Virtual\n\n"
            "Zoom link: https://lakeshorehealth.zoom.us/j/92041177365?pwd=TGFrZXNob3JlSU0\n"
            "Itinerary: https://app.thalamusgme.com/applicant/interviews/7Q2K9/itinerary\n\n"
            "The Thalamus Team\n"
        ),
        html=thalamus_html(
            [
                "Hi Jordan,",
                "This is a reminder of your upcoming interview with <strong>Lakeshore Health Internal "
                "Medicine Residency Program</strong>.",
                "Date: Tuesday, November 17, 2026<br>Time: 8:00 AM CST (please join at 7:45 AM)<br>"
                "Interview type: Virtual",
                '<a href="https://lakeshorehealth.zoom.us/j/92041177365?pwd=TGFrZXNob3JlSU0">Join Zoom</a>',
            ],
            ("View itinerary", "https://app.thalamusgme.com/applicant/interviews/7Q2K9/itinerary"),
        ),
    ),
    Sample(
        slug="lakeshore-im-thanks",
        when="2026-11-18 16:12:45",
        zone=CT,
        sender="Dr. Helen Marsh <helen.marsh@lakeshorehealth.org>",
        subject="Thank you for interviewing with Lakeshore Health Internal Medicine",
        relay="mail.lakeshorehealth.org",
        relay_ip="203.0.113.91",
        text=(
            "Dear Jordan,\n\n"
            "Thank you for interviewing with the Lakeshore Health Internal Medicine Residency Program\n"
            "yesterday. It was a pleasure to learn about your interest in hospital medicine and your\n"
            "quality-improvement work.\n\n"
            "Per NRMP policy, no post-interview communication is required, and our rank list will not be\n"
            "influenced by it. Please reach out if you have any questions about the program.\n\n"
            "Warmly,\n"
            "Helen Marsh, MD\n"
            "Program Director, Internal Medicine Residency\n"
            "Lakeshore Health\n"
        ),
    ),
    Sample(
        slug="summit-ridge-im-update",
        when="2026-11-19 13:37:09",
        zone=ET,
        sender="Summit Ridge Medical Center Internal Medicine <imrecruit@summitridgemc.org>",
        subject="An update on your application",
        relay="smtp.summitridgemc.org",
        relay_ip="203.0.113.200",
        unread=True,
        text=(
            "Dear Jordan,\n\n"
            "We have completed a second round of application review, and we are pleased to invite you\n"
            "to interview with the Summit Ridge Medical Center Internal Medicine Residency Program\n"
            "(Categorical).\n\n"
            "Interview days are virtual and held on January 12 and January 26, 2027. Please choose a\n"
            "date within 48 hours:\n"
            "https://calendly.com/summitridge-im-interviews/2027\n\n"
            "Sincerely,\n"
            "Renee Castillo, Program Coordinator\n"
            "Summit Ridge Medical Center\n"
        ),
    ),
    Sample(
        slug="harborbay-em-rescas-scheduled",
        when="2026-11-19 15:05:00",
        zone=PT,
        sender=RESCAS,
        subject="Interview Scheduled: Harbor Bay Medical Center Emergency Medicine",
        relay="mailer.liaisoncas.com",
        relay_ip="198.51.100.120",
        unread=True,
        text=(
            "Dear Jordan,\n\n"
            "Your interview with Harbor Bay Medical Center Emergency Medicine Residency has been\n"
            "scheduled for Wednesday, December 9, 2026. The interview day is virtual; an optional\n"
            "in-person visit can be arranged in the Interview Portal.\n\n"
            "https://residencycas.liaisoncas.com/applicant-ux/#/interviews\n\n"
            "ResidencyCAS Customer Service\n"
        ),
    ),
    Sample(
        slug="shipping-notice",
        when="2026-11-19 18:22:51",
        zone=PT,
        sender="Larkspur Outfitters <orders@larkspur-outfitters.com>",
        subject="Your order #LO-558213 has shipped",
        relay="mta.larkspur-outfitters.com",
        relay_ip="203.0.113.230",
        unread=True,
        html=(
            "<html><body><p>Good news, Jordan!</p><p>Your order #LO-558213 (1 navy interview blazer, "
            "size 6) has shipped and should arrive by Monday, November 23.</p>"
            '<p><a href="https://larkspur-outfitters.com/orders/LO-558213">Track your package</a></p>'
            "</body></html>\n"
        ),
    ),
]


# What each sample message is, as a person reads it: (kind, program, specialty, track).
# Not written into the mail; tests check the classifier against it and the demo relies on it.
LABELS: dict[str, tuple[str, str | None, str | None, str | None]] = {
    "eras-submitted": ("info", None, None, None),
    "credit-union-statement": ("other", None, None, None),
    "riverside-em-invite": (
        "invitation",
        "Riverside University Medical Center",
        "Emergency Medicine",
        "categorical",
    ),
    "riverside-em-confirmed": (
        "scheduled",
        "Riverside University Medical Center",
        "Emergency Medicine",
        None,
    ),
    "lakeshore-im-invite": ("invitation", "Lakeshore Health", "Internal Medicine", "categorical"),
    "lakeshore-im-confirmed": ("scheduled", "Lakeshore Health", "Internal Medicine", "categorical"),
    "pinecrest-im-decision": ("rejection", "Pinecrest University", "Internal Medicine", None),
    "myeras-new-message": ("info", None, None, None),
    "lakeshore-newsletter": ("info", None, None, None),
    "cascade-em-eras-invite": ("invitation", "Cascade Valley University", "Emergency Medicine", None),
    "mesaverde-em-waitlist": ("waitlist", "Mesa Verde Health System", "Emergency Medicine", None),
    "classmate-notes": ("other", None, None, None),
    "northgate-im-broker-invite": (
        "invitation",
        "Northgate University Hospitals",
        "Internal Medicine",
        "categorical",
    ),
    "northgate-prelim-broker-invite": (
        "invitation",
        "Northgate University Hospitals",
        "Internal Medicine",
        "preliminary",
    ),
    "northgate-im-broker-scheduled": (
        "scheduled",
        "Northgate University Hospitals",
        "Internal Medicine",
        "categorical",
    ),
    "own-thank-you-sent": ("other", None, None, None),
    "harborbay-em-rescas-invite": ("invitation", "Harbor Bay Medical Center", "Emergency Medicine", None),
    "granite-ty-decision": ("rejection", "Granite State Medical Center", "Transitional Year", "transitional"),
    "stbrendan-ty-invite": ("invitation", "Saint Brendan's Hospital", "Transitional Year", "transitional"),
    "riverside-em-social": ("info", None, None, None),
    "bluewater-ty-invite": ("invitation", "Bluewater Regional Hospital", "Transitional Year", "transitional"),
    "bluewater-ty-confirmed": (
        "scheduled",
        "Bluewater Regional Hospital",
        "Transitional Year",
        "transitional",
    ),
    "bluewater-ty-cancelled": (
        "cancellation",
        "Bluewater Regional Hospital",
        "Transitional Year",
        "transitional",
    ),
    "nrmp-registration": ("info", None, None, None),
    "mesaverde-em-slot-opened": ("invitation", "Mesa Verde Health System", "Emergency Medicine", None),
    "lakeshore-im-reminder": ("reminder", "Lakeshore Health", "Internal Medicine", None),
    "lakeshore-im-thanks": ("info", None, None, None),
    "summit-ridge-im-update": (
        "invitation",
        "Summit Ridge Medical Center",
        "Internal Medicine",
        "categorical",
    ),
    "harborbay-em-rescas-scheduled": ("scheduled", "Harbor Bay Medical Center", "Emergency Medicine", None),
    "shipping-notice": ("other", None, None, None),
}


def main(argv: list[str]) -> int:
    out = Path(argv[1]) if len(argv) > 1 else DEFAULT_OUT
    write(out, SAMPLES)
    print(f"wrote {len(SAMPLES)} messages to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
