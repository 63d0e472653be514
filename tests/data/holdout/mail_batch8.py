"""An eighth held-out batch (b8-*), written for the statistical safety net before reading the rules,
and measured on first sight (rules alone, then rules + net trained without it)."""

from make_holdout import APPLICANT, Mail

BATCH8: list[Mail] = [
    Mail(
        name="b8-inv-next-round-no-word.eml",
        sender='"Westbrook Neurology Residency" <neuro.residency@westbrookmed.org>',
        subject="Westbrook Medical Center Neurology - next steps",
        date="Mon, 19 Oct 2026 10:12:00 -0400",
        text="""
        Dear Jordan Lee,

        The Neurology selection committee at Westbrook Medical Center has completed its review,
        and your application has progressed to the next round. We would now like you to spend a
        morning with our faculty and residents over Zoom.

        Please pick one of the mornings below on our calendar page by October 30:
          - Thursday, November 12
          - Thursday, December 3
          - Thursday, January 7

        https://westbrookmed.org/neuro/applicant-days

        Kind regards,
        Priya Raman
        Program Coordinator, Neurology
        """,
        labels={
            "kind": "invitation",
            "program": "Westbrook Medical Center",
            "specialty": "Neurology",
        },
    ),
    Mail(
        name="b8-inv-chatty-pd.eml",
        sender='"Sam Okafor" <sokafor@harborviewfm.org>',
        subject="loved your PS!",
        date="Tue, 20 Oct 2026 22:41:00 -0400",
        text="""
        Hey Jordan!

        Sam here, PD for Harborview Family Medicine. I just finished your personal statement
        (the part about your grandfather's farm clinic got me) and I really want you to come
        hang out with us on one of our Zoom days in December. Grab whatever slot works:
        https://harborviewfm.org/zoomdays

        Cheers,
        Sam
        """,
        labels={"kind": "invitation", "specialty": "Family Medicine"},
    ),
    Mail(
        name="b8-inv-thalamus-digest.eml",
        sender="Thalamus <notifications@thalamusgme.com>",
        subject="Your weekly Thalamus summary",
        date="Sun, 25 Oct 2026 08:00:00 -0400",
        html="""
        <html><body>
        <h2>Your week on Thalamus</h2>
        <p>Hi Jordan,</p>
        <table>
          <tr><td><b>New</b></td><td>Riverside Children's Hospital - Pediatrics has a date
          waiting for you. Choose it before Nov 2.</td></tr>
          <tr><td>Tip</td><td>Check your camera and lighting before any virtual visit.</td></tr>
          <tr><td>Product</td><td>The calendar sync now supports Outlook.</td></tr>
        </table>
        <p><a href="https://app.thalamusgme.com/applicant/dashboard">Open your dashboard</a></p>
        <p style="font-size:10px">You receive this summary weekly. Manage notification settings.</p>
        </body></html>
        """,
        labels={"kind": "invitation", "platform": "thalamus"},
    ),
    Mail(
        name="b8-inv-iphone-coordinator.eml",
        sender='"Kim Delacroix" <kdelacroix@stjudegen.org>',
        subject="Re: St. Jude General IM",
        date="Wed, 28 Oct 2026 13:05:00 -0400",
        text="""
        Jordan - Dr. Haddad wants to meet you. Free any of Dec 2, 9 or 16 for a virtual chat
        with the IM team? Just reply with a date.

        Kim

        Sent from my iPhone
        """,
        labels={"kind": "invitation"},
    ),
    Mail(
        name="b8-inv-formal-committee.eml",
        sender='"Office of Graduate Medical Education" <gme@aldergrove.edu>',
        subject="Aldergrove University Hospital - Diagnostic Radiology (Advanced)",
        date="Thu, 29 Oct 2026 09:00:00 -0400",
        text="""
        Dear Dr. Lee,

        The Residency Selection Committee of the Department of Radiology, Aldergrove University
        Hospital, requests the pleasure of your participation in its Applicant Day for the
        advanced Diagnostic Radiology position. Sessions are conducted in person on the
        Aldergrove campus on the dates listed in the enclosed schedule.

        Kindly indicate your acceptance and preferred date to the Office of Graduate Medical
        Education no later than November 9, 2026.

        Respectfully,
        Elaine Marsh, MD
        Chair, Residency Selection Committee
        """,
        labels={
            "kind": "invitation",
            "program": "Aldergrove University Hospital",
            "specialty": "Radiology-Diagnostic",
            "track": "advanced",
        },
    ),
    Mail(
        name="b8-inv-broker-campaign.eml",
        sender="Interview Broker <no-reply@interviewbroker.com>",
        subject="New scheduling campaign available",
        date="Fri, 30 Oct 2026 11:30:00 -0400",
        text="""
        A new scheduling campaign is available to you:

          Sunmere University - Psychiatry (Categorical)

        Log in to choose a session. Sessions are first come, first served.
        https://www.interviewbroker.com/applicant/campaign/77ab1e

        This is an automated message from Interview Broker.
        """,
        labels={
            "kind": "invitation",
            "program": "Sunmere University",
            "specialty": "Psychiatry",
            "platform": "interview_broker",
        },
    ),
    Mail(
        name="b8-inv-reply-status-check.eml",
        sender='"Gail Porter" <gporter@millbrookortho.org>',
        subject="Re: Application status - Jordan Lee",
        date="Mon, 02 Nov 2026 15:20:00 -0500",
        text="""
        Hi Jordan,

        Good timing - we were about to write to you. Dr. Finch and the team would be glad to
        get to know you better, and we have two virtual visit dates left: November 20 and
        December 11. Let me know which you prefer and I'll send the Zoom details.

        Gail Porter
        Millbrook Orthopaedic Surgery Residency

        On Sun, Nov 1, 2026 at 9:02 PM Jordan Lee <jordan.lee.match2027@gmail.com> wrote:
        > Dear Ms. Porter, I wanted to ask whether my application to Millbrook Orthopaedic
        > Surgery is still under review. Thank you, Jordan Lee
        """,
        labels={"kind": "invitation", "specialty": "Orthopaedic Surgery"},
    ),
    Mail(
        name="b8-inv-newsletter-buried.eml",
        sender='"Cresthaven EM Newsletter" <news@cresthavenem.org>',
        subject="The Cresthaven Pulse - November",
        date="Tue, 03 Nov 2026 07:00:00 -0500",
        text="""
        THE CRESTHAVEN PULSE - November issue

        Resident spotlight: PGY-3 Dana Ortiz ran her first marathon.
        Wellness: our new resident lounge opens next week.

        For applicants: Jordan, you are one of the people we hope to host this winter - pick
        your faculty conversation day at https://cresthavenem.org/visit before Nov 15.

        Research corner: three abstracts accepted at SAEM.
        Unsubscribe | Cresthaven Emergency Medicine
        """,
        labels={"kind": "invitation", "specialty": "Emergency Medicine"},
    ),
    Mail(
        name="b8-inv-green-light.eml",
        sender='"Tamsin Reyes" <treyes@bayfieldsurg.org>',
        subject="Good news from Bayfield General Surgery",
        date="Wed, 04 Nov 2026 12:00:00 -0500",
        html="""
        <html><body>
        <p>Hello Jordan,</p>
        <p>Your file got the green light from our faculty! The next step is a conversation with
        Dr. Ives and two of our chiefs. Please use the button to hold one of our January
        dates.</p>
        <p><a href="https://bayfieldsurg.org/hold?c=8812">Hold my date</a></p>
        <p>Tamsin Reyes, Bayfield General Surgery Residency</p>
        </body></html>
        """,
        labels={"kind": "invitation", "specialty": "Surgery"},
    ),
    Mail(
        name="b8-sch-booked-visit.eml",
        sender='"Westbrook Neurology Residency" <neuro.residency@westbrookmed.org>',
        subject="Your Westbrook visit is booked",
        date="Thu, 05 Nov 2026 10:00:00 -0500",
        text="""
        Dear Jordan,

        Thank you for choosing Thursday, December 3. You are booked for our virtual
        applicant morning; the Zoom link will follow a week before.

        Priya Raman, Neurology
        """,
        labels={"kind": "scheduled"},
    ),
    Mail(
        name="b8-rem-48-hours.eml",
        sender='"Harborview Family Medicine" <residency@harborviewfm.org>',
        subject="48 hours to go!",
        date="Mon, 07 Dec 2026 09:00:00 -0500",
        text="""
        Hi Jordan, just a heads-up that your Zoom day with Harborview is on Wednesday. Have
        your questions ready and test the link: https://zoom.us/j/8123456789
        """,
        labels={"kind": "reminder"},
    ),
    Mail(
        name="b8-wl-alternate-roster.eml",
        sender='"Aldergrove Radiology" <radiology@aldergrove.edu>',
        subject="Aldergrove Radiology applicant days",
        date="Fri, 06 Nov 2026 09:00:00 -0500",
        text="""
        Dear Jordan,

        Every one of our applicant days is now full. We have added your name to our alternate
        roster and will write to you should a place open.

        Radiology Residency Office
        """,
        labels={"kind": "waitlist"},
    ),
    Mail(
        name="b8-wl-standby-chatty.eml",
        sender='"Cresthaven EM" <residency@cresthavenem.org>',
        subject="you're on standby",
        date="Sat, 07 Nov 2026 10:00:00 -0500",
        text="""
        Hi Jordan! Our visit days filled up crazy fast this year, but you're on our standby
        list - if anything frees up you'll hear from us first.
        """,
        labels={"kind": "waitlist"},
    ),
    Mail(
        name="b8-rej-candidacy.eml",
        sender='"Sunmere Psychiatry" <psychiatry@sunmere.edu>',
        subject="Your application to Sunmere University Psychiatry",
        date="Mon, 09 Nov 2026 09:00:00 -0500",
        text="""
        Dear Jordan Lee,

        After careful review of a very strong pool, we will not be able to advance your
        candidacy this cycle. We wish you every success in the Match.

        Sunmere University Psychiatry Residency
        """,
        labels={"kind": "rejection"},
    ),
    Mail(
        name="b8-rej-thalamus-closed.eml",
        sender="Thalamus <notifications@thalamusgme.com>",
        subject="Application update",
        date="Tue, 10 Nov 2026 08:00:00 -0500",
        text="""
        Hi Jordan,

        Riverwood Medical Center - Anesthesiology has closed your application for this season
        and is no longer considering it. You can still view the program's page on Thalamus.
        """,
        labels={"kind": "rejection"},
    ),
    Mail(
        name="b8-can-session-dropped.eml",
        sender='"Bayfield General Surgery" <residency@bayfieldsurg.org>',
        subject="January 14 session will not run",
        date="Wed, 06 Jan 2027 09:00:00 -0500",
        text="""
        Dear Jordan,

        Because of the winter storm forecast, our January 14 session - the one you signed up
        for - will not run. Please pick a new date at https://bayfieldsurg.org/hold?c=8812.
        """,
        labels={"kind": "cancellation"},
    ),
    Mail(
        name="b8-info-happy-hour.eml",
        sender='"Millbrook Ortho Residents" <residents@millbrookortho.org>',
        subject="Applicant happy hour",
        date="Thu, 12 Nov 2026 09:00:00 -0500",
        text="""
        Everyone who has been invited to interview with us is welcome at our virtual happy
        hour on November 19 at 8 PM. No evaluation, just residents and snacks.
        """,
        labels={"kind": "info"},
    ),
    Mail(
        name="b8-info-eras-maintenance.eml",
        sender="ERAS <noreply@aamc.org>",
        subject="Scheduled maintenance this Saturday",
        date="Fri, 13 Nov 2026 12:00:00 -0500",
        text="""
        The ERAS interview scheduler will be unavailable on Saturday, November 14 from 1 AM to
        5 AM ET for planned maintenance. Invitations and responses sent before then are not
        affected.
        """,
        labels={"kind": "info"},
    ),
    Mail(
        name="b8-info-society-tips.eml",
        sender='"AAFP Student Newsletter" <students@aafp.example.org>',
        subject="5 tips for your interview invites",
        date="Mon, 16 Nov 2026 07:00:00 -0500",
        text="""
        Interview season is here. Five tips: answer invites within 24 hours; never double-book;
        release dates you will not use; send short thank-you notes; track everything in one
        place. Read more on our blog.
        """,
        labels={"kind": "info"},
    ),
    Mail(
        name="b8-info-application-complete.eml",
        sender='"Westbrook GME" <gme@westbrookmed.org>',
        subject="Application received",
        date="Thu, 01 Oct 2026 09:00:00 -0400",
        text="""
        Thank you for applying to Westbrook Medical Center. Your application is complete and
        will be reviewed by the program. You will hear from us by email either way.
        """,
        labels={"kind": "info"},
    ),
    Mail(
        name="b8-oth-locum-recruiter.eml",
        sender='"Ava at MedStaff Partners" <ava@medstaffpartners.example.com>',
        subject="Quick chat about a locum role?",
        date="Tue, 17 Nov 2026 10:00:00 -0500",
        text="""
        Hi Jordan, I came across your profile and would love to set up a quick call about a
        part-time scribe role in Denver. Are you free Thursday? Best, Ava
        """,
        labels={"kind": "other"},
    ),
    Mail(
        name="b8-oth-own-date-pick.eml",
        sender=APPLICANT,
        to='"Kim Delacroix" <kdelacroix@stjudegen.org>',
        subject="Re: St. Jude General IM",
        date="Wed, 28 Oct 2026 14:00:00 -0400",
        text="""
        Hi Kim, thank you so much! December 9 works best for me. Looking forward to meeting
        Dr. Haddad and the team.

        Best, Jordan
        """,
        labels={"kind": "other"},
    ),
]
