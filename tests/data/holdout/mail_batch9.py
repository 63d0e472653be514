"""A ninth held-out batch (b9-*), written before reading the rules or the earlier batches' mail,
and measured on first sight (rules + net): new invitation wordings, pooled 'a date opened' mail,
indirect rejections and waitlists, and everyday unrelated mail."""

from make_holdout import Mail

BATCH9: list[Mail] = [
    Mail(
        name="b9-inv-host-you.eml",
        sender='"Lakemont Pediatrics Residency" <peds.residency@lakemontchildrens.org>',
        subject="Lakemont Children's Hospital Pediatrics - 2026-2027 season",
        date="Mon, 02 Nov 2026 09:15:00 -0500",
        text="""
        Dear Jordan,

        On behalf of the faculty and residents of the Lakemont Children's Hospital Pediatrics
        Residency, I am happy to let you know that we would like to host you for one of our
        virtual applicant days this winter.

        Our days run 8:00 AM to 2:00 PM Eastern and include a program overview, two faculty
        conversations and a chat with current residents. Available dates are December 4,
        December 11 and January 8. Please let us know your first and second choice by replying to
        this email before November 13.

        Warmly,
        Hannah Brightwater, MD
        Program Director, Pediatrics
        """,
        labels={
            "kind": "invitation",
            "program": "Lakemont Children's Hospital",
            "specialty": "Pediatrics",
        },
    ),
    Mail(
        name="b9-inv-terse-pd.eml",
        sender='"Rafael Vega" <rvega@corbinhealth.org>',
        subject="January?",
        date="Tue, 03 Nov 2026 21:02:00 -0500",
        text="""
        Jordan, can you join our EM group for a day on Jan 14 or Jan 21? We'd like to get to know
        you. Let Tina know which one works.

        Rafael Vega
        PD, Corbin Health Emergency Medicine
        """,
        labels={"kind": "invitation", "specialty": "Emergency Medicine"},
    ),
    Mail(
        name="b9-inv-html-extend-spot.eml",
        sender='"Granite Bay Surgery Residency" <surgery-residency@granitebay.edu>',
        subject="Granite Bay University - General Surgery",
        date="Wed, 04 Nov 2026 10:30:00 -0500",
        html="""
        <html><body style="font-family:Arial">
        <table width="600"><tr><td style="background:#003366;color:#fff;padding:12px">
        <h1>Granite Bay University Department of Surgery</h1></td></tr>
        <tr><td style="padding:16px">
        <p>Dear Jordan Lee,</p>
        <p>We are excited to extend to you a place in our 2026&ndash;2027 applicant visit season
        for the categorical General Surgery residency. After reading your application, our
        faculty are eager to spend a day with you.</p>
        <p>Visit days are held on our main campus. Reserve your preferred day using the button
        below; days are filled in the order replies arrive.</p>
        <p style="text-align:center"><a href="https://granitebay.edu/surgery/visit-days"
        style="background:#cc3300;color:#fff;padding:10px 18px">Reserve my visit day</a></p>
        <p>With best regards,<br>The General Surgery Residency Office</p>
        </td></tr>
        <tr><td style="font-size:10px;color:#888">Granite Bay University, 100 College Way</td></tr>
        </table>
        </body></html>
        """,
        labels={
            "kind": "invitation",
            "specialty": "Surgery",
            "track": "categorical",
        },
    ),
    Mail(
        name="b9-inv-glad-to-meet-calendar.eml",
        sender='"Tamsin Whitlock" <twhitlock@northhollowhealth.org>',
        subject="North Hollow Health - Psychiatry Residency",
        date="Thu, 05 Nov 2026 14:45:00 -0500",
        text="""
        Hello Jordan,

        Our selection committee has finished reading this month's applications and would be
        glad to meet with you. Conversations with our faculty take place over Zoom in
        December and January; choose a time that suits you on our calendar:

        https://northhollowhealth.org/psychiatry/applicant-calendar

        If none of the times work, write back and we will find another.

        Tamsin Whitlock
        Residency Program Coordinator, Psychiatry
        North Hollow Health
        """,
        labels={"kind": "invitation", "specialty": "Psychiatry"},
    ),
    Mail(
        name="b9-inv-platform-action-required.eml",
        sender="Thalamus <no-reply@thalamusgme.com>",
        subject="Action required: a program wants to schedule you",
        date="Fri, 06 Nov 2026 07:30:00 -0500",
        html="""
        <html><body>
        <p>Hi Jordan,</p>
        <p><b>Pinebrook Health System - Anesthesiology</b> has sent you an interview
        opportunity. Respond within 5 days to secure a date.</p>
        <p><a href="https://app.thalamusgme.com/applicant/opportunities/60218">View and respond</a></p>
        <p style="font-size:10px">Thalamus | Manage notification settings | Unsubscribe</p>
        </body></html>
        """,
        labels={"kind": "invitation", "specialty": "Anesthesiology", "platform": "thalamus"},
    ),
    Mail(
        name="b9-inv-formal-letter.eml",
        sender='"Department of Obstetrics and Gynecology" <obgyn.gme@saintcatherine.org>',
        subject="Saint Catherine Medical Center OB/GYN Residency",
        date="Mon, 09 Nov 2026 08:00:00 -0500",
        text="""
        Dear Dr. Lee,

        Please accept this letter as a formal invitation to participate in the Saint Catherine
        Medical Center Obstetrics and Gynecology residency interview process for the 2027 Match.

        Your day will include meetings with the Program Director, faculty and residents. We ask
        that you confirm your attendance and indicate a preferred date from the enclosed list by
        November 20, 2026.

        Sincerely,
        Marguerite Osei, MD
        Residency Program Director
        """,
        labels={"kind": "invitation", "specialty": "Obstetrics and Gynecology"},
    ),
    Mail(
        name="b9-inv-pooled-date-opened.eml",
        sender='"Ironwood IM Residency" <im.residency@ironwoodmed.org>',
        subject="A date has opened up",
        date="Tue, 10 Nov 2026 16:20:00 -0500",
        text="""
        Hi Jordan,

        Thank you for your patience while on our waitlist. A cancellation has freed a seat on our
        January 15 applicant day for Internal Medicine, and you are next in line. If you would
        like it, reply by Friday and it is yours; otherwise we will offer it to the next person.

        Best,
        Leo Marchetti
        Coordinator, Internal Medicine Residency
        """,
        labels={"kind": "invitation", "specialty": "Internal Medicine"},
    ),
    Mail(
        name="b9-inv-platform-pool-opened.eml",
        sender="Interview Broker <notifications@interviewbroker.com>",
        subject="New dates available: Redcliff University - Neurology",
        date="Wed, 11 Nov 2026 12:05:00 -0500",
        text="""
        Hello Jordan,

        New session dates have been released for a program you are waitlisted with:

          Redcliff University - Neurology

        Open sessions can be claimed now, first come, first served.
        https://www.interviewbroker.com/applicant/claim/4c19d0

        You are receiving this message because you are registered with Interview Broker.
        """,
        labels={
            "kind": "invitation",
            "specialty": "Neurology",
            "platform": "interview_broker",
        },
    ),
    Mail(
        name="b9-wl-dates-filled.eml",
        sender='"Stonefield OB/GYN Residency" <obgyn@stonefieldhealth.org>',
        subject="Your application to Stonefield OB/GYN",
        date="Thu, 12 Nov 2026 11:00:00 -0500",
        text="""
        Dear Jordan,

        Every interview date for this season has now been filled. We were impressed by your
        application, so we have placed your name on our wait list, and we will reach out right
        away should a date become available.

        Kind regards,
        Stonefield OB/GYN Residency
        """,
        labels={"kind": "waitlist"},
    ),
    Mail(
        name="b9-wl-keep-active.eml",
        sender='"Meadowlark Family Medicine" <fmresidency@meadowlarkfm.org>',
        subject="Application update",
        date="Fri, 13 Nov 2026 15:40:00 -0500",
        text="""
        Hello Jordan,

        We have more strong applicants than interview days this year. Rather than close your
        file, we would like to keep your application active: should space allow later in the
        season, we will contact you about a possible interview.

        Thank you for your interest in Meadowlark Family Medicine.
        """,
        labels={"kind": "waitlist"},
    ),
    Mail(
        name="b9-wl-thalamus-joined.eml",
        sender="Thalamus <no-reply@thalamusgme.com>",
        subject="You have joined a waitlist",
        date="Sat, 14 Nov 2026 09:00:00 -0500",
        text="""
        Hi Jordan,

        You are now on the waitlist for Brookhaven Medical Center - Dermatology. We'll notify you
        if a date opens.

        Thalamus
        """,
        labels={"kind": "waitlist", "platform": "thalamus"},
    ),
    Mail(
        name="b9-wl-capacity.eml",
        sender='"Orchard Valley Urology" <urology.residency@orchardvalley.edu>',
        subject="Urology interview season",
        date="Mon, 16 Nov 2026 10:10:00 -0500",
        text="""
        Dear Applicant,

        Thank you for applying to the Orchard Valley Urology residency. Your application remains
        under consideration. Our current interview days are full; if we add interview capacity
        in January, you will be among the first applicants we contact.

        Sincerely,
        Orchard Valley Urology Residency Office
        """,
        labels={"kind": "waitlist"},
    ),
    Mail(
        name="b9-rej-competitive-pool.eml",
        sender='"Fernhill Radiology Residency" <radiology@fernhill.edu>',
        subject="Fernhill Diagnostic Radiology",
        date="Tue, 17 Nov 2026 13:30:00 -0500",
        text="""
        Dear Jordan Lee,

        Thank you for your interest in the Fernhill Diagnostic Radiology residency. After
        careful consideration of a very competitive pool, we will not be able to offer you an
        interview this year. We wish you every success in the Match.

        Fernhill Radiology Residency Committee
        """,
        labels={"kind": "rejection"},
    ),
    Mail(
        name="b9-rej-roster-final.eml",
        sender='"Kestrel Bay Medical Center" <gme@kestrelbay.org>',
        subject="Pathology residency - interview selection",
        date="Wed, 18 Nov 2026 17:00:00 -0500",
        text="""
        Dear Jordan,

        Our interview roster for the coming season is now final, and your application was not
        among those chosen. We appreciate the time you put into applying and wish you well.

        Kestrel Bay Pathology Residency
        """,
        labels={"kind": "rejection"},
    ),
    Mail(
        name="b9-rej-no-longer-considered.eml",
        sender='"Willowmere Ortho" <ortho@willowmere.org>',
        subject="Orthopaedic Surgery application status",
        date="Thu, 19 Nov 2026 08:45:00 -0500",
        text="""
        Hi Jordan,

        We have filled all of our interview positions for this cycle and are no longer able to
        consider your application. Thank you for thinking of Willowmere, and good luck.

        Willowmere Orthopaedic Surgery
        """,
        labels={"kind": "rejection"},
    ),
    Mail(
        name="b9-rej-portal-status.eml",
        sender="ResidencyCAS <noreply@liaisoncas.com>",
        subject="Program status update",
        date="Fri, 20 Nov 2026 06:00:00 -0500",
        text="""
        Dear Jordan,

        A program has updated the status of your application.

          Program: Eastlake Health - Physical Medicine and Rehabilitation
          Status: Not selected for interview

        Log in to ResidencyCAS to view details.
        """,
        labels={"kind": "rejection"},
    ),
    Mail(
        name="b9-sch-confirmed.eml",
        sender='"Dana Hughes" <dhughes@cedarpointhealth.org>',
        subject="Confirmed: December 8",
        date="Mon, 23 Nov 2026 11:25:00 -0500",
        text="""
        Hi Jordan,

        Thanks for getting back to me. You're confirmed for our Tuesday, December 8 interview
        day starting at 8:00 AM. The Zoom details will follow a week before.

        Dana
        """,
        labels={"kind": "scheduled"},
    ),
    Mail(
        name="b9-rem-heads-up.eml",
        sender='"Ashgrove Anesthesiology" <anesthesia.residency@ashgrove.org>',
        subject="Heads-up for Monday",
        date="Wed, 25 Nov 2026 09:00:00 -0500",
        text="""
        Hi Jordan,

        Just a heads-up that your virtual interview with Ashgrove Anesthesiology is this coming
        Monday at 9:00 AM. Please log in ten minutes early to test your audio.

        See you then!
        """,
        labels={"kind": "reminder"},
    ),
    Mail(
        name="b9-can-facility.eml",
        sender='"Pinecone Valley Neurology" <neuro@pineconevalley.org>',
        subject="January 12 session cancelled",
        date="Thu, 26 Nov 2026 10:00:00 -0500",
        text="""
        Dear Jordan,

        Because of a building renovation, our January 12 interview session is cancelled. We are
        sorry for the trouble. Please pick another date from our remaining sessions using the
        link you received earlier.

        Pinecone Valley Neurology Residency
        """,
        labels={"kind": "cancellation"},
    ),
    Mail(
        name="b9-info-invites-start.eml",
        sender='"Copperfield IM Residency" <im@copperfieldmed.org>',
        subject="Thank you for applying to Copperfield Internal Medicine",
        date="Mon, 28 Sep 2026 08:00:00 -0400",
        text="""
        Dear Applicant,

        Thank you for applying to the Copperfield Internal Medicine Residency. We are now
        reviewing applications and will begin sending interview invitations on October 15.
        Because of the volume of applications, we cannot answer individual status questions.

        Copperfield IM Residency
        """,
        labels={"kind": "info"},
    ),
    Mail(
        name="b9-oth-linkedin.eml",
        sender="LinkedIn <notifications-noreply@linkedin.com>",
        subject="You appeared in 9 searches this week",
        date="Mon, 16 Nov 2026 07:12:00 -0500",
        html="""
        <html><body>
        <p>Jordan, you appeared in 9 searches this week.</p>
        <p>See who's looking: recruiters from healthcare staffing companies viewed your profile.</p>
        <p><a href="https://www.linkedin.com/me/search-appearances">See all searches</a></p>
        <p style="font-size:10px">You are receiving LinkedIn notification emails.
        <a href="https://www.linkedin.com/unsubscribe">Unsubscribe</a>.
        LinkedIn Corporation, 1000 W Maude Ave, Sunnyvale, CA</p>
        </body></html>
        """,
        labels={"kind": "other"},
    ),
    Mail(
        name="b9-oth-parcel.eml",
        sender='"UPS" <mcinfo@ups.com>',
        subject="Your package is out for delivery",
        date="Tue, 17 Nov 2026 08:30:00 -0500",
        text="""
        Hello,

        Your package is on the way and scheduled for delivery today between 1:00 PM and 5:00 PM.

        Tracking number: 1Z999AA10123456784
        Track your package: https://www.ups.com/track?tracknum=1Z999AA10123456784

        Please do not reply to this email.
        """,
        labels={"kind": "other"},
    ),
    Mail(
        name="b9-oth-news-digest.eml",
        sender='"The Morning Brief" <newsletter@morningbrief.news>',
        subject="Tuesday: markets rally, a new comet, and more",
        date="Tue, 17 Nov 2026 06:00:00 -0500",
        text="""
        Good morning. Here's what you need to know today.

        MARKETS: Stocks rose for a third day as tech shares recovered.
        SCIENCE: Astronomers confirmed a new comet visible in the southern sky next month.
        HEALTH: A large study links regular walking with better sleep.

        Read the full briefing: https://morningbrief.news/2026/11/17

        You're receiving this because you subscribed to The Morning Brief.
        Unsubscribe: https://morningbrief.news/unsubscribe
        """,
        labels={"kind": "other"},
    ),
    Mail(
        name="b9-oth-receipt.eml",
        sender='"Cornerstone Coffee" <receipts@cornerstonecoffee.com>',
        subject="Your receipt from Cornerstone Coffee",
        date="Wed, 18 Nov 2026 07:48:00 -0500",
        text="""
        Thanks for your order!

        1 x Oat latte (large)     $5.75
        1 x Blueberry scone       $3.50
        Total                     $9.25

        Paid with Visa ending 4421.
        Order #88213 - Cornerstone Coffee, 12 Main St.
        """,
        labels={"kind": "other"},
    ),
    Mail(
        name="b9-oth-mailing-list.eml",
        sender='"Riverside Hiking Club" <hiking-club@googlegroups.com>',
        subject="[hiking-club] Saturday trail plans",
        date="Thu, 19 Nov 2026 19:20:00 -0500",
        headers={
            "List-Id": "<hiking-club.googlegroups.com>",
            "List-Unsubscribe": "<mailto:hiking-club+unsubscribe@googlegroups.com>",
        },
        text="""
        Hi all,

        We're meeting at the north trailhead at 8:00 on Saturday. Carpool sign-ups are in the
        spreadsheet. Bring layers, it'll be cold.

        Mia

        --
        You received this message because you are subscribed to the Google Groups
        "Riverside Hiking Club" group.
        """,
        labels={"kind": "other"},
    ),
]
