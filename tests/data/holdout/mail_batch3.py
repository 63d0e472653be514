"""A third held-out batch (b3-*), written after the second round of fixes and measured on first sight."""

from make_holdout import APPLICANT, Mail

THALAMUS = "Thalamus <noreply@thalamusgme.com>"

BATCH3: list[Mail] = [
    Mail(
        name="b3-inv-pleasure-to-invite.eml",
        sender='"Quinnipiac Valley IM" <imres@qvhealth.org>',
        subject="QV Health Internal Medicine 2027",
        date="Mon, 19 Oct 2026 08:00:00 -0400",
        text="""
        Dear Jordan Lee,

        It is our pleasure to invite you to interview at QV Health for our Categorical Internal
        Medicine Residency. Please use the Thalamus link in the separate Thalamus email to pick
        a date. Dates are first come, first served.

        Sincerely,
        Program Director, Internal Medicine, QV Health
        """,
        labels={
            "kind": "invitation",
            "program": "QV Health",
            "specialty": "Internal Medicine",
            "track": "categorical",
        },
    ),
    Mail(
        name="b3-inv-seats-available.eml",
        sender='"Tidewater Pediatrics" <peds@tidewaterchildrens.org>',
        subject="Tidewater Children's Hospital Pediatrics - interview dates",
        date="Tue, 03 Nov 2026 12:30:00 -0500",
        text="""
        Hi Jordan,

        Thank you for applying to Tidewater Children's Hospital! Our committee reviewed your file
        and we have interview seats available for you on the following dates: Nov 30, Dec 7,
        and Dec 14. Reply with your top two choices within 3 business days.

        Tidewater Pediatrics Residency
        """,
        labels={
            "kind": "invitation",
            "program": "Tidewater Children's Hospital",
            "specialty": "Pediatrics",
            "interview_dates": ["2026-11-30", "2026-12-07", "2026-12-14"],
        },
    ),
    Mail(
        name="b3-inv-happy-to-offer-spot.eml",
        sender='"Crane Hollow EM" <em@cranehollow.org>',
        subject="Crane Hollow EM",
        date="Wed, 04 Nov 2026 17:00:00 -0500",
        text="""
        Jordan -- happy to offer you a spot on our Dec 9 or Dec 16 interview day. Let me know!
        -- Ben, EM Residency Coordinator, Crane Hollow Medical Center
        """,
        labels={
            "kind": "invitation",
            "program": "Crane Hollow Medical Center",
            "specialty": "Emergency Medicine",
            "interview_dates": ["2026-12-09", "2026-12-16"],
        },
    ),
    Mail(
        name="b3-inv-html-table-only.eml",
        sender='"Redfern GME" <gme@redfernhealth.org>',
        subject="Redfern Health Neurology - Interview Day Selection",
        date="Thu, 05 Nov 2026 10:00:00 -0500",
        html="""
        <html><body>
        <p>Dear Jordan,</p>
        <p>The Neurology Residency at Redfern Health has reviewed your application. Please indicate
        your interview day below.</p>
        <table border="1"><tr><th>Date</th><th>Format</th></tr>
        <tr><td>Monday, December 7, 2026</td><td>Virtual</td></tr>
        <tr><td>Monday, January 11, 2027</td><td>Virtual</td></tr></table>
        <p><a href="https://forms.redfernhealth.org/neuro-days">Indicate your day</a></p>
        </body></html>
        """,
        labels={
            "kind": "invitation",
            "program": "Redfern Health",
            "specialty": "Neurology",
            "format": "virtual",
            "interview_dates": ["2026-12-07", "2027-01-11"],
            "schedule_url": "https://forms.redfernhealth.org/neuro-days",
        },
    ),
    Mail(
        name="b3-inv-eras-scheduler.eml",
        sender="ERAS <eras-notifications@aamc.org>",
        subject="New interview invitation",
        date="Fri, 06 Nov 2026 09:00:00 -0500",
        text="""
        Dear Jordan Lee,

        Harrow Valley Hospital - Psychiatry has sent you an invitation to schedule an interview
        using the ERAS Interview Scheduler. Log in to MyERAS to respond.
        """,
        labels={
            "kind": "invitation",
            "program": "Harrow Valley Hospital",
            "specialty": "Psychiatry",
            "platform": "eras",
        },
    ),
    Mail(
        name="b3-inv-would-welcome.eml",
        sender='"Linden Park OB/GYN" <obgyn@lindenpark.edu>',
        subject="Linden Park University OB/GYN",
        date="Mon, 09 Nov 2026 11:00:00 -0500",
        text="""
        Dear Jordan,

        The faculty of the Linden Park University Obstetrics and Gynecology residency would
        welcome the opportunity to interview you. Interview days are Thursdays in December.

        OB/GYN Residency Office
        """,
        labels={
            "kind": "invitation",
            "program": "Linden Park University",
            "specialty": "Obstetrics and Gynecology",
        },
    ),
    Mail(
        name="b3-inv-waitlist-promoted.eml",
        sender='"Harbor Point EM" <em@harborpointmc.org>',
        subject="Good news from Harbor Point",
        date="Tue, 15 Dec 2026 09:30:00 -0500",
        text="""
        Hi Jordan,

        We're happy to say that we can now offer you an interview from our waitlist! Our
        January 12 date has room for one more. Please reply by 5 PM tomorrow to accept.

        Harbor Point EM Residency
        """,
        labels={
            "kind": "invitation",
            "program": "Harbor Point",
            "specialty": "Emergency Medicine",
            "interview_dates": ["2027-01-12"],
        },
    ),
    Mail(
        name="b3-wl-not-at-this-time.eml",
        sender='"QV Health Surgery" <surgery@qvhealth.org>',
        subject="QV Health General Surgery",
        date="Wed, 18 Nov 2026 10:00:00 -0500",
        text="""
        Dear Jordan,

        While we are not able to extend an interview at this time, we would like to keep you on
        our interview wait list. We will reach out if an opening arises.

        QV Health General Surgery
        """,
        labels={"kind": "waitlist", "program": "QV Health", "specialty": "Surgery"},
    ),
    Mail(
        name="b3-rej-best-wishes.eml",
        sender='"Redfern Urology" <urology@redfernhealth.org>',
        subject="Redfern Health Urology Residency",
        date="Thu, 19 Nov 2026 15:00:00 -0500",
        text="""
        Dear Jordan,

        Thank you for your interest. We had an exceptional applicant pool, and after much
        deliberation your application will not advance to the interview stage. We wish you the
        very best in your career.

        Redfern Health Urology
        """,
        labels={"kind": "rejection", "program": "Redfern Health", "specialty": "Urology"},
    ),
    Mail(
        name="b3-rej-no-further.eml",
        sender='"Tidewater GME" <gme@tidewaterchildrens.org>',
        subject="Your application",
        date="Fri, 20 Nov 2026 10:00:00 -0500",
        text="""
        Dear Applicant,

        We have completed our review and regret that we cannot invite you to interview with the
        Tidewater Children's Hospital Child Neurology program this year.
        """,
        labels={
            "kind": "rejection",
            "program": "Tidewater Children's Hospital",
            "specialty": "Child Neurology",
        },
    ),
    Mail(
        name="b3-sch-see-you.eml",
        sender='"Ben Ortiz" <em@cranehollow.org>',
        subject="Re: Crane Hollow EM",
        date="Thu, 05 Nov 2026 08:00:00 -0500",
        text="""
        Great, you're locked in for Dec 16. We'll send the itinerary a week out.
        Ben
        Crane Hollow Medical Center EM Residency
        """,
        labels={
            "kind": "scheduled",
            "program": "Crane Hollow Medical Center",
            "interview_dates": ["2026-12-16"],
        },
    ),
    Mail(
        name="b3-rem-tomorrow-itinerary.eml",
        sender=THALAMUS,
        subject="Tomorrow: Redfern Health - Neurology",
        date="Sun, 06 Dec 2026 10:00:00 -0500",
        text="""
        Hi Jordan, your Redfern Health - Neurology interview is tomorrow at 8:00 AM EST.
        Join from your Thalamus dashboard: https://app.thalamusgme.com/applicant/interviews/66120
        """,
        labels={"kind": "reminder", "program": "Redfern Health", "platform": "thalamus"},
    ),
    Mail(
        name="b3-can-program-reschedule.eml",
        sender='"Redfern GME" <gme@redfernhealth.org>',
        subject="Schedule change",
        date="Mon, 30 Nov 2026 10:00:00 -0500",
        text="""
        Dear Jordan,

        Our department has a conflict on December 7, so we are rescheduling all interviews from
        that day. Please pick a new day here: https://forms.redfernhealth.org/neuro-days

        Redfern Health Neurology
        """,
        labels={"kind": "cancellation", "program": "Redfern Health"},
    ),
    Mail(
        name="b3-info-rank-list-letter.eml",
        sender='"Crane Hollow EM" <em@cranehollow.org>',
        subject="From our PD",
        date="Mon, 01 Feb 2027 10:00:00 -0500",
        text="""
        Dear Jordan,

        Thank you again for spending the day with us in December. We were impressed by you and
        will be ranking you highly. Best of luck in the Match!

        Dr. Ellis, Program Director, Crane Hollow Medical Center Emergency Medicine
        """,
        labels={"kind": "info", "program": "Crane Hollow Medical Center"},
    ),
    Mail(
        name="b3-info-thalamus-feature.eml",
        sender=THALAMUS,
        subject="New in Thalamus: interview calendar sync",
        date="Tue, 22 Sep 2026 10:00:00 -0400",
        text="""
        Hi Jordan,

        You can now sync interviews you schedule in Thalamus with Google or Outlook calendars.
        Turn it on in Settings.

        The Thalamus Team
        """,
        labels={"kind": "info", "platform": "thalamus"},
    ),
    Mail(
        name="b3-info-deans-office.eml",
        sender='"State Med Student Affairs" <studentaffairs@statemed.edu>',
        subject="MSPE release reminder",
        date="Thu, 24 Sep 2026 09:00:00 -0400",
        text="""
        Dear MS4s,

        MSPEs will be released to residency programs through ERAS on September 24. Keep an eye on
        your inboxes for interview invitations and respond promptly!

        Office of Student Affairs
        """,
        labels={"kind": "info"},
    ),
    Mail(
        name="b3-oth-own-schedule-request.eml",
        sender=APPLICANT,
        to='"Tidewater Pediatrics" <peds@tidewaterchildrens.org>',
        subject="Re: Tidewater Children's Hospital Pediatrics - interview dates",
        date="Tue, 03 Nov 2026 14:00:00 -0500",
        text="""
        Hello, thank you for the interview invitation! My top choices are Dec 7 and Dec 14.
        Best, Jordan
        """,
        labels={"kind": "other"},
    ),
    Mail(
        name="b3-oth-gym.eml",
        sender="FitLife <hello@fitlife.example.com>",
        subject="You're invited: free class this weekend",
        date="Fri, 11 Dec 2026 07:00:00 -0500",
        text="""
        Hi Jordan, bring a friend to a free spin class this Saturday. Book your spot now - space
        is limited! Unsubscribe anytime.
        """,
        labels={"kind": "other"},
    ),
    Mail(
        name="b3-oth-utility.eml",
        sender="City Power <billing@citypower.example.com>",
        subject="Your bill is ready",
        date="Sat, 05 Dec 2026 06:00:00 -0500",
        text="""
        Your December bill of $64.20 is ready. Autopay will charge your card on December 20.
        """,
        labels={"kind": "other"},
    ),
]
