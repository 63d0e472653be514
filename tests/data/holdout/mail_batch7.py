"""A seventh held-out batch (b7-*), written after the sixth round of fixes and measured on first sight."""

from make_holdout import Mail

BATCH7: list[Mail] = [
    Mail(
        name="b7-inv-we-ve-reserved.eml",
        sender='"Larkspur IM" <im@larkspurhealth.org>',
        subject="Larkspur Health IM",
        date="Mon, 07 Dec 2026 09:00:00 -0500",
        text="""
        Jordan, we've set aside a seat for you at one of our January interview sessions at
        Larkspur Health Internal Medicine. Tell us which Wednesday suits.
        """,
        labels={"kind": "invitation", "program": "Larkspur Health", "specialty": "Internal Medicine"},
    ),
    Mail(
        name="b7-inv-pd-personal.eml",
        sender='"Dr. Nora Quint" <nquint@fallowmere.edu>',
        subject="Fallowmere Pathology",
        date="Tue, 08 Dec 2026 21:00:00 -0500",
        text="""
        Dear Jordan, I read your file last night and I'd very much like to talk with you in
        person. Our AP/CP interviews at Fallowmere University run through January; Jen will
        send dates. Warmly, Nora Quint
        """,
        labels={
            "kind": "invitation",
            "program": "Fallowmere University",
            "specialty": "Pathology-Anatomic and Clinical",
        },
    ),
    Mail(
        name="b7-inv-eras-subjectless-short.eml",
        sender='"Larkspur Health via ERAS" <noreply@aamc.org>',
        subject="",
        date="Wed, 09 Dec 2026 09:00:00 -0500",
        text="""
        Congratulations! Larkspur Health Pediatrics is offering you an interview. Please respond
        via the ERAS scheduler within 5 days.
        """,
        labels={
            "kind": "invitation",
            "program": "Larkspur Health",
            "specialty": "Pediatrics",
            "platform": "eras",
        },
    ),
    Mail(
        name="b7-inv-rescheduled-round.eml",
        sender='"Fallowmere EM" <em@fallowmere.edu>',
        subject="Fallowmere University Emergency Medicine - January interviews",
        date="Thu, 10 Dec 2026 09:00:00 -0500",
        text="""
        Dear Jordan,

        Our January interviews are now open to you. Reserve your place through the link below.
        https://fallowmere.edu/em/jan-interviews
        """,
        labels={"kind": "invitation", "program": "Fallowmere University", "specialty": "Emergency Medicine"},
    ),
    Mail(
        name="b7-inv-html-button-only.eml",
        sender='"Larkspur OB/GYN" <obgyn@larkspurhealth.org>',
        subject="Larkspur Health OB/GYN",
        date="Fri, 11 Dec 2026 09:00:00 -0500",
        html="""
        <html><body><p>Hi Jordan,</p>
        <p>Great news from Larkspur Health OB/GYN!</p>
        <p><a href="https://larkspurhealth.org/r/9921">Schedule my interview</a></p>
        </body></html>
        """,
        labels={
            "kind": "invitation",
            "program": "Larkspur Health",
            "specialty": "Obstetrics and Gynecology",
            "schedule_url": "https://larkspurhealth.org/r/9921",
        },
    ),
    Mail(
        name="b7-inv-second-chance.eml",
        sender='"Fallowmere Surgery" <surgery@fallowmere.edu>',
        subject="An interview opening",
        date="Mon, 14 Dec 2026 09:00:00 -0500",
        text="""
        Jordan, an applicant withdrew and there is now room for you on January 6. The first
        waitlisted applicant to answer gets the date.
        """,
        labels={"kind": "invitation"},
    ),
    Mail(
        name="b7-rej-decline-politely.eml",
        sender='"Larkspur Derm" <derm@larkspurhealth.org>',
        subject="Larkspur Health Dermatology",
        date="Tue, 15 Dec 2026 09:00:00 -0500",
        text="""
        Dear Jordan, we must respectfully decline to interview you this season. Thank you for
        your interest in Larkspur Health.
        """,
        labels={"kind": "rejection"},
    ),
    Mail(
        name="b7-info-mixer.eml",
        sender='"Fallowmere Peds" <peds@fallowmere.edu>',
        subject="Resident mixer",
        date="Tue, 20 Oct 2026 09:00:00 -0400",
        text="""
        Come hang out with our residents at a casual virtual mixer on Oct 29, 7 PM ET. No
        interview talk, just fun!
        """,
        labels={"kind": "info"},
    ),
    Mail(
        name="b7-rem-day-of.eml",
        sender='"Larkspur IM" <im@larkspurhealth.org>',
        subject="Today",
        date="Wed, 13 Jan 2027 07:00:00 -0500",
        text="""
        Good morning Jordan! Today's the day. Log on at 7:45 at https://zoom.us/j/4445556667.
        """,
        labels={"kind": "reminder"},
    ),
    Mail(
        name="b7-oth-newsletter-nonmedical.eml",
        sender="Daily Brief <news@dailybrief.example.com>",
        subject="Today's headlines",
        date="Wed, 16 Dec 2026 06:00:00 -0500",
        text="""
        Top stories: the city council approved the new park; an exclusive interview with the
        mayor; weekend weather. Unsubscribe.
        """,
        labels={"kind": "other"},
    ),
]
