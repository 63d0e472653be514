"""A sixth held-out batch (b6-*), written after the fifth round of fixes and measured on first sight."""

from make_holdout import Mail

BATCH6: list[Mail] = [
    Mail(
        name="b6-inv-delighted-inform.eml",
        sender='"Wrenfield Child Neurology" <cn@wrenfieldchildrens.org>',
        subject="Wrenfield Children's Hospital",
        date="Mon, 23 Nov 2026 09:00:00 -0500",
        text="""
        Dear Jordan,

        I am delighted to inform you that you have made our interview list for Child Neurology.
        Our coordinator, Pat, will be in touch with available dates this week.
        """,
        labels={
            "kind": "invitation",
            "program": "Wrenfield Children's Hospital",
            "specialty": "Child Neurology",
        },
    ),
    Mail(
        name="b6-inv-book-a-time.eml",
        sender='"Harlow Vale FM" <fm@harlowvale.org>',
        subject="Harlow Vale Family Medicine interview",
        date="Tue, 24 Nov 2026 09:00:00 -0500",
        text="""
        Hi Jordan,

        Please book a time for your interview with Harlow Vale Family Medicine here:
        https://harlowvale.org/fm/book
        """,
        labels={"kind": "invitation", "program": "Harlow Vale", "specialty": "Family Medicine"},
    ),
    Mail(
        name="b6-inv-do-you-have-time.eml",
        sender='"Dr. Lena Fox" <lfox@harlowvale.org>',
        subject="Quick question",
        date="Wed, 25 Nov 2026 20:00:00 -0500",
        text="""
        Jordan, do you have time to interview with our Med-Peds program in the first week of
        January? Lena Fox, Program Director, Harlow Vale Medical Center
        """,
        labels={
            "kind": "invitation",
            "program": "Harlow Vale Medical Center",
            "specialty": "Internal Medicine/Pediatrics",
        },
    ),
    Mail(
        name="b6-inv-interview-granted-subject.eml",
        sender='"Wrenfield GME" <gme@wrenfieldhealth.org>',
        subject="Interview granted - Wrenfield Health Psychiatry",
        date="Thu, 26 Nov 2026 09:00:00 -0500",
        text="""
        Dear Jordan,

        Please log in to Thalamus and choose a session before December 4.
        """,
        labels={"kind": "invitation", "program": "Wrenfield Health", "specialty": "Psychiatry"},
    ),
    Mail(
        name="b6-inv-ib-invited-campaign.eml",
        sender="Interview Broker <no-reply@interviewbroker.com>",
        subject="Ellery University - Emergency Medicine",
        date="Fri, 27 Nov 2026 09:00:00 -0500",
        text="""
        Ellery University - Emergency Medicine has added you to its interview campaign.
        Sign up for a session at https://www.interviewbroker.com/c/ellery-em
        """,
        labels={
            "kind": "invitation",
            "program": "Ellery University",
            "specialty": "Emergency Medicine",
            "platform": "interview_broker",
        },
    ),
    Mail(
        name="b6-inv-offer-letter-style.eml",
        sender='"Ellery Radiation Oncology" <radonc@ellery.edu>',
        subject="Ellery University Radiation Oncology",
        date="Mon, 30 Nov 2026 09:00:00 -0500",
        text="""
        Dear Jordan,

        It gives us great pleasure to offer you a virtual interview with the Radiation Oncology
        residency at Ellery University on December 18 or January 8.
        """,
        labels={
            "kind": "invitation",
            "program": "Ellery University",
            "specialty": "Radiation Oncology",
            "interview_dates": ["2026-12-18", "2027-01-08"],
        },
    ),
    Mail(
        name="b6-inv-waitlist-offer.eml",
        sender='"Harlow Vale FM" <fm@harlowvale.org>',
        subject="From the waitlist",
        date="Tue, 01 Dec 2026 09:00:00 -0500",
        text="""
        Hi Jordan, you're off the waitlist! We have a December 15 interview for you if you want
        it - just reply yes.
        """,
        labels={"kind": "invitation", "interview_dates": ["2026-12-15"]},
    ),
    Mail(
        name="b6-rej-cannot-move.eml",
        sender='"Ellery Derm" <derm@ellery.edu>',
        subject="Ellery Dermatology",
        date="Wed, 02 Dec 2026 09:00:00 -0500",
        text="""
        Dear Jordan,

        After careful review we are unable to move your application forward to interviews this
        year. We wish you all the best.
        """,
        labels={"kind": "rejection", "specialty": "Dermatology"},
    ),
    Mail(
        name="b6-info-interview-guide.eml",
        sender='"Wrenfield GME" <gme@wrenfieldhealth.org>',
        subject="Applicant guide",
        date="Mon, 05 Oct 2026 09:00:00 -0400",
        text="""
        Dear applicants, our applicant guide explains what an interview day at Wrenfield looks
        like and how you can prepare. Download it from our website.
        """,
        labels={"kind": "info"},
    ),
    Mail(
        name="b6-sch-thanks-for-choosing.eml",
        sender='"Harlow Vale FM" <fm@harlowvale.org>',
        subject="Re: Harlow Vale Family Medicine interview",
        date="Wed, 25 Nov 2026 10:00:00 -0500",
        text="""
        Thanks for choosing Monday, December 14 - it's on our calendar. We'll send the agenda soon.
        """,
        labels={"kind": "scheduled", "interview_dates": ["2026-12-14"]},
    ),
    Mail(
        name="b6-oth-alumni.eml",
        sender="State Med Alumni <alumni@statemed.edu>",
        subject="Homecoming weekend",
        date="Thu, 15 Oct 2026 09:00:00 -0400",
        text="""
        Join fellow alumni for homecoming weekend on October 24. Tickets on sale now.
        """,
        labels={"kind": "other"},
    ),
]
