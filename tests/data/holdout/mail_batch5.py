"""A fifth held-out batch (b5-*), written after the fourth round of fixes and measured on first sight."""

from make_holdout import Mail

BATCH5: list[Mail] = [
    Mail(
        name="b5-inv-interview-slot-yours.eml",
        sender='"Kestrel Bay Neurology" <neuro@kestrelbay.org>',
        subject="Kestrel Bay Neurology",
        date="Mon, 09 Nov 2026 10:00:00 -0500",
        text="""
        Dear Jordan,

        Kestrel Bay Medical Center's Neurology program has an interview slot with your name on
        it. Sign-ups open now at https://kestrelbay.org/neuro/signup and close Friday.
        """,
        labels={"kind": "invitation", "program": "Kestrel Bay Medical Center", "specialty": "Neurology"},
    ),
    Mail(
        name="b5-inv-formal-request-presence.eml",
        sender='"Ashcombe University Urology" <urology@ashcombe.edu>',
        subject="Ashcombe University Urology Residency",
        date="Tue, 10 Nov 2026 10:00:00 -0500",
        text="""
        Dear Jordan Lee,

        The Department of Urology at Ashcombe University requests the pleasure of your company at
        our residency interview day on Saturday, January 9, 2027. Kindly RSVP by November 20.
        """,
        labels={
            "kind": "invitation",
            "program": "Ashcombe University",
            "specialty": "Urology",
            "interview_dates": ["2027-01-09"],
        },
    ),
    Mail(
        name="b5-inv-next-step.eml",
        sender='"Pinehurst GME" <gme@pinehursthealth.org>',
        subject="Next step in your application",
        date="Wed, 11 Nov 2026 10:00:00 -0500",
        text="""
        Hello Jordan,

        The next step in your application to Pinehurst Health Internal Medicine is an interview
        with our faculty. Please select one of the available sessions in Thalamus.
        """,
        labels={"kind": "invitation", "program": "Pinehurst Health", "specialty": "Internal Medicine"},
    ),
    Mail(
        name="b5-inv-casual-text-style.eml",
        sender='"Mo Reyes" <mreyes@kestrelbay.org>',
        subject="hey!",
        date="Thu, 12 Nov 2026 22:30:00 -0500",
        text="""
        hey jordan - mo from kestrel bay EM here (chief). pd loved your app, we're gonna get you
        in for an interview. keep an eye out for an email from our coordinator w dates!
        """,
        labels={"kind": "invitation", "specialty": "Emergency Medicine"},
    ),
    Mail(
        name="b5-inv-thalamus-html-minimal.eml",
        sender="Thalamus <noreply@thalamusgme.com>",
        subject="Ashcombe University - Anesthesiology",
        date="Fri, 13 Nov 2026 12:00:00 -0500",
        html="""
        <html><body><h2>Ashcombe University - Anesthesiology</h2>
        <p>Interview Invitation</p>
        <p><a href="https://app.thalamusgme.com/applicant/invitations/11442">View Invitation</a></p>
        </body></html>
        """,
        labels={
            "kind": "invitation",
            "program": "Ashcombe University",
            "specialty": "Anesthesiology",
            "platform": "thalamus",
            "schedule_url": "https://app.thalamusgme.com/applicant/invitations/11442",
        },
    ),
    Mail(
        name="b5-inv-place-on-schedule.eml",
        sender='"Pinehurst Peds" <peds@pinehursthealth.org>',
        subject="Pinehurst Health Pediatrics",
        date="Mon, 16 Nov 2026 10:00:00 -0500",
        text="""
        Dear Jordan,

        We have saved you a place on our December interview schedule. Please confirm which of
        the December dates (Dec 3, Dec 10, Dec 17) you prefer.
        """,
        labels={
            "kind": "invitation",
            "program": "Pinehurst Health",
            "specialty": "Pediatrics",
            "interview_dates": ["2026-12-03", "2026-12-10", "2026-12-17"],
        },
    ),
    Mail(
        name="b5-wl-priority-list.eml",
        sender='"Ashcombe Ortho" <ortho@ashcombe.edu>',
        subject="Ashcombe University Orthopaedic Surgery",
        date="Tue, 17 Nov 2026 10:00:00 -0500",
        text="""
        Dear Jordan,

        Interview spots are full for this season. We have put your name on our priority list
        should any interview dates become available.
        """,
        labels={"kind": "waitlist", "program": "Ashcombe University", "specialty": "Orthopaedic Surgery"},
    ),
    Mail(
        name="b5-rej-not-offer-this-cycle.eml",
        sender='"Kestrel Bay Psychiatry" <psych@kestrelbay.org>',
        subject="Kestrel Bay Psychiatry application",
        date="Wed, 18 Nov 2026 10:00:00 -0500",
        text="""
        Dear Jordan,

        Thank you for considering Kestrel Bay. We are sorry to share that we won't be offering
        you an interview this cycle. Congratulations on a strong application, and good luck.
        """,
        labels={"kind": "rejection", "specialty": "Psychiatry"},
    ),
    Mail(
        name="b5-rej-unsuccessful.eml",
        sender='"Pinehurst Surgery" <surgery@pinehursthealth.org>',
        subject="Pinehurst Health General Surgery",
        date="Thu, 19 Nov 2026 10:00:00 -0500",
        text="""
        Dear Applicant,

        We regret to inform you that your application for an interview with Pinehurst Health
        General Surgery has been unsuccessful.
        """,
        labels={"kind": "rejection", "program": "Pinehurst Health", "specialty": "Surgery"},
    ),
    Mail(
        name="b5-sch-confirmation-number.eml",
        sender='"Ashcombe University Urology" <urology@ashcombe.edu>',
        subject="RSVP received",
        date="Fri, 20 Nov 2026 10:00:00 -0500",
        text="""
        Dear Jordan,

        We have received your RSVP for our interview day on Saturday, January 9. Your spot is
        reserved. Confirmation #AU-2207.
        """,
        labels={"kind": "scheduled", "program": "Ashcombe University", "interview_dates": ["2027-01-09"]},
    ),
    Mail(
        name="b5-rem-week-ahead.eml",
        sender='"Pinehurst Peds" <peds@pinehursthealth.org>',
        subject="One week to go",
        date="Thu, 03 Dec 2026 10:00:00 -0500",
        text="""
        Hi Jordan, one week until your Pinehurst Peds interview on Thursday, December 10! The
        Zoom link and schedule are below. Meeting ID 555 1212 3434, passcode peds.
        """,
        labels={"kind": "reminder", "program": "Pinehurst"},
    ),
    Mail(
        name="b5-can-program-cancels.eml",
        sender='"Ashcombe University Urology" <urology@ashcombe.edu>',
        subject="January 9 interview day",
        date="Mon, 04 Jan 2027 10:00:00 -0500",
        text="""
        Dear Jordan,

        We are sorry to let you know that the January 9 interview day will not take place. We
        will offer you a new date shortly.
        """,
        labels={"kind": "cancellation", "program": "Ashcombe University"},
    ),
    Mail(
        name="b5-info-virtual-tour.eml",
        sender='"Kestrel Bay Neurology" <neuro@kestrelbay.org>',
        subject="Take a virtual tour",
        date="Mon, 12 Oct 2026 10:00:00 -0400",
        text="""
        Applying to Kestrel Bay Neurology? Take our new 360-degree virtual tour of the hospital
        and the resident lounge before your interview season gets busy.
        """,
        labels={"kind": "info"},
    ),
    Mail(
        name="b5-info-selection-update.eml",
        sender='"Pinehurst GME" <gme@pinehursthealth.org>',
        subject="Selection update",
        date="Mon, 02 Nov 2026 10:00:00 -0500",
        text="""
        Dear Applicants,

        We are still reviewing applications. Applicants who have not heard from us by
        December 1 may assume their application remains under review.
        """,
        labels={"kind": "info"},
    ),
    Mail(
        name="b5-oth-package.eml",
        sender="ShipQuick <track@shipquick.example.com>",
        subject="Your package has been delivered",
        date="Tue, 17 Nov 2026 16:00:00 -0500",
        text="""
        Your package with the interview suit you ordered was delivered to your front door.
        """,
        labels={"kind": "other"},
    ),
]
