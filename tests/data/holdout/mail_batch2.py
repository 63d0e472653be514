"""A second held-out batch (b2-*), written after the first round of fixes and measured on first sight."""

from make_holdout import APPLICANT, Mail

THALAMUS = "Thalamus <noreply@thalamusgme.com>"

BATCH2: list[Mail] = [
    Mail(
        name="b2-inv-move-forward-interview.eml",
        sender='"Ferncliff Psychiatry" <psychiatry@ferncliffhealth.org>',
        subject="Ferncliff Psychiatry Residency",
        date="Tue, 20 Oct 2026 15:10:00 -0400",
        text="""
        Hi Jordan,

        We are excited to let you know that our program would like to move forward with an
        interview! Ferncliff Health's Psychiatry Residency holds interviews on Fridays from
        November 6 through December 18. Please reply with two or three Fridays that work.

        Best,
        Olivia Grant, C-TAGME
        Psychiatry Residency Coordinator, Ferncliff Health
        """,
        labels={"kind": "invitation", "program": "Ferncliff Health", "specialty": "Psychiatry"},
    ),
    Mail(
        name="b2-inv-shortlisted.eml",
        sender='"Halden Regional GME" <gme@haldenregional.org>',
        subject="Internal Medicine application - shortlisted",
        date="Wed, 21 Oct 2026 04:12:00 -0400",
        text="""
        Dear Applicant,

        We are happy to inform you that your application to the Internal Medicine residency
        programme at Halden Regional Medical Center has been shortlisted for interview.
        Kindly send us your availability for the second and third weeks of November.

        Regards,
        GME Office, Halden Regional Medical Center
        """,
        labels={
            "kind": "invitation",
            "program": "Halden Regional Medical Center",
            "specialty": "Internal Medicine",
        },
    ),
    Mail(
        name="b2-inv-set-up-interview.eml",
        sender='"Dr. Sara Kim" <skim@calderu.edu>',
        subject="Calder Neurosurgery",
        date="Thu, 22 Oct 2026 22:05:00 -0400",
        text="""
        Jordan,

        I'm the program director for Neurosurgery at Calder University. We'd like to set up an
        interview with you. What does your availability look like the week of December 7?

        Sara Kim, MD
        """,
        labels={
            "kind": "invitation",
            "program": "Calder University",
            "specialty": "Neurological Surgery",
        },
    ),
    Mail(
        name="b2-inv-broker-offer-html.eml",
        sender="Interview Broker <no-reply@interviewbroker.com>",
        subject="Brookline Medical Center - Internal Medicine Preliminary",
        date="Mon, 26 Oct 2026 11:00:00 -0400",
        html="""
        <html><body>
        <table width="100%"><tr><td>
        <p>You're receiving this email because <b>Brookline Medical Center - Internal Medicine
        Preliminary</b> has sent you an interview offer.</p>
        <p><b>Respond by:</b> October 29, 2026 5:00 PM EDT</p>
        <p><a href="https://www.interviewbroker.com/r/8812ab">Respond to offer</a></p>
        </td></tr></table>
        </body></html>
        """,
        labels={
            "kind": "invitation",
            "program": "Brookline Medical Center",
            "specialty": "Internal Medicine",
            "track": "preliminary",
            "platform": "interview_broker",
            "respond_by": "2026-10-29T17:00:00-04:00",
            "schedule_url": "https://www.interviewbroker.com/r/8812ab",
        },
    ),
    Mail(
        name="b2-inv-freed-up.eml",
        sender='"Westmoor EM" <emres@westmoor.edu>',
        subject="Jan 14",
        date="Thu, 07 Jan 2027 09:40:00 -0500",
        text="""
        Good news! A cancellation has freed up a spot on our Jan 14 interview day for the
        Westmoor University Emergency Medicine Residency. Would you like it? First to reply
        gets it.

        Westmoor EM
        """,
        labels={
            "kind": "invitation",
            "program": "Westmoor University",
            "specialty": "Emergency Medicine",
            "interview_dates": ["2027-01-14"],
        },
    ),
    Mail(
        name="b2-inv-if-interested.eml",
        sender='"Lindqvist Family Medicine" <fmresidency@lindqvist.org>',
        subject="Interviewing with Lindqvist Family Medicine",
        date="Fri, 23 Oct 2026 10:30:00 -0400",
        text="""
        Dear Jordan,

        Please let us know if you are interested in interviewing with us on one of the following
        dates: November 18, December 2, or December 16. Interviews are virtual.

        Lindqvist Family Health Center, Family Medicine Residency
        """,
        labels={
            "kind": "invitation",
            "program": "Lindqvist Family Health Center",
            "specialty": "Family Medicine",
            "format": "virtual",
            "interview_dates": ["2026-11-18", "2026-12-02", "2026-12-16"],
        },
    ),
    Mail(
        name="b2-inv-outlook-forward.eml",
        sender='"Nina Alvarez" <nalvarez@statemed.edu>',
        subject="FW: Interview Invitation",
        date="Mon, 02 Nov 2026 08:15:00 -0500",
        text="""
        Jordan, forwarding this to you - they sent it to the Dean's office by mistake.
        Nina

        -----Original Message-----
        From: Tracy Bell <tbell@oakridgeortho.org>
        Sent: Friday, October 30, 2026 4:44 PM
        To: Student Affairs <studentaffairs@statemed.edu>
        Subject: Interview Invitation

        Dear Jordan Lee,

        The Orthopaedic Surgery Residency at Oakridge Medical Center would like to offer you an
        interview on Saturday, December 12. Please confirm by November 4.

        Tracy Bell
        Residency Coordinator
        """,
        labels={
            "kind": "invitation",
            "program": "Oakridge Medical Center",
            "specialty": "Orthopaedic Surgery",
            "interview_dates": ["2026-12-12"],
        },
    ),
    Mail(
        name="b2-inv-two-tracks.eml",
        sender='"Pell Memorial GME" <gme@pellmemorial.org>',
        subject="Interview - TY and Prelim Medicine",
        date="Tue, 03 Nov 2026 13:00:00 -0500",
        text="""
        Dear Jordan,

        We'd like to interview you for both our Transitional Year and Preliminary Internal
        Medicine positions at Pell Memorial Hospital. One interview day covers both.
        Available Wednesdays: 12/2, 12/9, 1/6.

        GME Office
        """,
        labels={"kind": "invitation", "program": "Pell Memorial Hospital"},
    ),
    Mail(
        name="b2-inv-reply-thread.eml",
        sender='"Corinne Hale" <chale@marlowhealth.org>',
        subject="Re: Application inquiry",
        date="Wed, 04 Nov 2026 12:12:00 -0500",
        text="""
        Hi Jordan,

        Thanks for reaching out! As it happens, we were about to contact you - we'd love to
        schedule you for an interview with the Marlow Health Pediatrics Residency. Does
        December 1 or December 8 work?

        Corinne

        On Tue, Nov 3, 2026 at 7:02 PM Jordan Lee <jordan.lee.match2027@gmail.com> wrote:
        > Dear Ms. Hale, I wanted to reiterate my strong interest in Marlow Pediatrics...
        """,
        labels={
            "kind": "invitation",
            "program": "Marlow Health",
            "specialty": "Pediatrics",
            "interview_dates": ["2026-12-01", "2026-12-08"],
        },
    ),
    Mail(
        name="b2-inv-residencycas-offered.eml",
        sender="ResidencyCAS <residencycas@liaisoncas.com>",
        subject="Action Required",
        date="Mon, 09 Nov 2026 10:00:00 -0500",
        text="""
        Dear Jordan,

        An interview has been offered to you by Westmoor University OB/GYN. Accept or decline by
        11/12/2026 at 5 PM ET in the ResidencyCAS interview portal.

        ResidencyCAS
        """,
        labels={
            "kind": "invitation",
            "program": "Westmoor University",
            "specialty": "Obstetrics and Gynecology",
            "platform": "residencycas",
            "respond_by": "2026-11-12T17:00:00-05:00",
        },
    ),
    Mail(
        name="b2-inv-bring-you-in.eml",
        sender='"Tamsin Rowe" <trowe@ashbyhealth.org>',
        subject="Ashby Radiology",
        date="Tue, 10 Nov 2026 14:00:00 -0500",
        text="""
        Dear Jordan,

        You are among the applicants we'd like to bring in for an interview with the Ashby
        Health Diagnostic Radiology residency. Our interview dates are posted on our sign-up
        sheet: https://www.signupgenius.com/go/ashby-dr-2027

        Tamsin Rowe, Program Coordinator
        """,
        labels={
            "kind": "invitation",
            "program": "Ashby Health",
            "specialty": "Radiology-Diagnostic",
            "schedule_url": "https://www.signupgenius.com/go/ashby-dr-2027",
        },
    ),
    Mail(
        name="b2-inv-thalamus-bare.eml",
        sender=THALAMUS,
        subject="You've been invited",
        date="Wed, 11 Nov 2026 12:00:00 -0500",
        text="""
        You've been invited! Log in to Thalamus to view the details and schedule.
        https://app.thalamusgme.com/applicant/invitations
        """,
        labels={"kind": "invitation", "platform": "thalamus"},
    ),
    Mail(
        name="b2-wl-reserve-pool.eml",
        sender='"Calder Surgery" <surgery@calderu.edu>',
        subject="Calder University Surgery - application update",
        date="Thu, 12 Nov 2026 09:00:00 -0500",
        text="""
        Dear Jordan,

        All interview spots for this cycle have been offered. We are holding your application
        in our reserve pool and will contact you should a date become available.

        Calder University Department of Surgery
        """,
        labels={"kind": "waitlist", "program": "Calder University", "specialty": "Surgery"},
    ),
    Mail(
        name="b2-wl-thalamus-position.eml",
        sender=THALAMUS,
        subject="Waitlist position",
        date="Fri, 13 Nov 2026 12:00:00 -0500",
        text="""
        Hi Jordan,

        You are on the waitlist for Halden Regional Medical Center - Pediatrics.
        Your position: 7

        The Thalamus Team
        """,
        labels={
            "kind": "waitlist",
            "program": "Halden Regional Medical Center",
            "specialty": "Pediatrics",
            "platform": "thalamus",
        },
    ),
    Mail(
        name="b2-rej-not-extending.eml",
        sender='"Marlow Anesthesiology" <anesthesia@marlowhealth.org>',
        subject="Marlow Health Anesthesiology",
        date="Mon, 16 Nov 2026 16:00:00 -0500",
        text="""
        Dear Jordan,

        After a holistic review, the committee will not be extending you an interview offer this
        year. We appreciate your interest in Marlow Health and wish you well.

        Anesthesiology Residency
        """,
        labels={"kind": "rejection", "program": "Marlow Health", "specialty": "Anesthesiology"},
    ),
    Mail(
        name="b2-rej-calendar-full.eml",
        sender='"Pell Memorial Urology" <urology@pellmemorial.org>',
        subject="Application decision",
        date="Tue, 17 Nov 2026 10:00:00 -0500",
        text="""
        Dear Applicant,

        Thank you for applying to Pell Memorial Hospital Urology. We have now filled our
        interview calendar, and the committee has reached a decision not to offer you an
        interview.

        Pell Memorial Urology
        """,
        labels={"kind": "rejection", "program": "Pell Memorial Hospital", "specialty": "Urology"},
    ),
    Mail(
        name="b2-rej-regret-not-selected.eml",
        sender='"Oakridge IM" <im@oakridgemc.org>',
        subject="Oakridge Medical Center Internal Medicine",
        date="Wed, 18 Nov 2026 11:00:00 -0500",
        text="""
        Dear Jordan,

        We regret to inform you that your application was not selected for an interview. We
        received over 4,000 applications for 20 positions.

        Oakridge Medical Center Internal Medicine Residency
        """,
        labels={
            "kind": "rejection",
            "program": "Oakridge Medical Center",
            "specialty": "Internal Medicine",
        },
    ),
    Mail(
        name="b2-sch-have-you-down.eml",
        sender='"Corinne Hale" <chale@marlowhealth.org>',
        subject="Re: Application inquiry",
        date="Thu, 05 Nov 2026 09:00:00 -0500",
        text="""
        Perfect - we have you down for Tuesday, December 8. Details to follow!

        Corinne
        Marlow Health Pediatrics Residency
        """,
        labels={"kind": "scheduled", "program": "Marlow Health", "interview_dates": ["2026-12-08"]},
    ),
    Mail(
        name="b2-sch-booked-time.eml",
        sender="Interview Broker <no-reply@interviewbroker.com>",
        subject="Booked: Brookline Medical Center",
        date="Tue, 27 Oct 2026 18:00:00 -0400",
        text="""
        Your interview with Brookline Medical Center - Internal Medicine Preliminary has been
        booked for Tuesday, January 12, 2027 at 9:00 AM CT.
        """,
        labels={
            "kind": "scheduled",
            "program": "Brookline Medical Center",
            "platform": "interview_broker",
            "interview_dates": ["2027-01-12"],
        },
    ),
    Mail(
        name="b2-rem-nudge.eml",
        sender='"Olivia Grant" <psychiatry@ferncliffhealth.org>',
        subject="Next Friday",
        date="Fri, 27 Nov 2026 10:00:00 -0500",
        text="""
        Hi Jordan, just a friendly nudge that your interview with Ferncliff Psychiatry is next
        Friday, December 4. Agenda and Zoom details are attached. Reach out with any questions!

        Olivia
        """,
        labels={"kind": "reminder", "program": "Ferncliff", "specialty": "Psychiatry"},
    ),
    Mail(
        name="b2-rem-agenda.eml",
        sender='"Halden Regional GME" <gme@haldenregional.org>',
        subject="Interview day agenda",
        date="Mon, 16 Nov 2026 08:00:00 -0500",
        text="""
        Dear Jordan,

        Attached is the agenda for your interview day on Thursday, November 19. Please log in
        to the Zoom meeting at 8:00 AM: https://zoom.us/j/2223334444 (passcode 1911).

        GME Office, Halden Regional Medical Center
        """,
        labels={"kind": "reminder", "program": "Halden Regional Medical Center"},
    ),
    Mail(
        name="b2-can-session-cancelled.eml",
        sender='"Westmoor EM" <emres@westmoor.edu>',
        subject="January 20 session",
        date="Fri, 08 Jan 2027 15:00:00 -0500",
        text="""
        Dear Jordan,

        Due to unforeseen circumstances, the January 20 interview session has been cancelled.
        We will reach out shortly to reschedule you.

        Westmoor University Emergency Medicine
        """,
        labels={"kind": "cancellation", "program": "Westmoor University"},
    ),
    Mail(
        name="b2-can-as-requested.eml",
        sender='"Olivia Grant" <psychiatry@ferncliffhealth.org>',
        subject="Re: Interview date",
        date="Tue, 01 Dec 2026 11:00:00 -0500",
        text="""
        Hi Jordan, as requested we have cancelled your interview for December 4. Best of luck!
        Olivia
        """,
        labels={"kind": "cancellation"},
    ),
    Mail(
        name="b2-info-wonderful-having-you.eml",
        sender='"Marlow Peds Chiefs" <pedschiefs@marlowhealth.org>',
        subject="Thanks for visiting!",
        date="Wed, 09 Dec 2026 19:00:00 -0500",
        text="""
        Hi Jordan! It was wonderful having you with us yesterday. We hope you enjoyed the day
        and the tour. Please keep in touch, and good luck this season!

        The Marlow Peds Chiefs
        """,
        labels={"kind": "info"},
    ),
    Mail(
        name="b2-info-communication-policy.eml",
        sender='"Calder Neurosurgery" <nsgy@calderu.edu>',
        subject="Post-interview communication",
        date="Mon, 14 Dec 2026 09:00:00 -0500",
        text="""
        Dear Interviewees,

        Thank you for interviewing with Calder University Neurosurgery. Thank-you notes are not
        necessary, and we will not send post-interview communication about rank lists.

        Calder Neurosurgery
        """,
        labels={"kind": "info", "program": "Calder University"},
    ),
    Mail(
        name="b2-info-ask-us-anything.eml",
        sender='"Halden IM Chiefs" <imchiefs@haldenregional.org>',
        subject="Ask Us Anything - Thursday 8 PM",
        date="Mon, 12 Oct 2026 12:00:00 -0400",
        text="""
        Applicants, you're invited to our Ask Us Anything night with the Halden Regional Internal
        Medicine residents this Thursday at 8 PM ET on Zoom. No registration needed:
        https://zoom.us/j/7778889999

        The Chiefs
        """,
        labels={"kind": "info"},
    ),
    Mail(
        name="b2-info-soap.eml",
        sender="NRMP <noreply@nrmp.org>",
        subject="SOAP eligibility",
        date="Mon, 08 Mar 2027 12:00:00 -0500",
        text="""
        Dear Applicant,

        Your SOAP eligibility status will be available in the R3 system on Monday of Match Week.
        Review the SOAP policy before then.

        NRMP
        """,
        labels={"kind": "info", "program": ""},
    ),
    Mail(
        name="b2-info-eras-submitted.eml",
        sender="ERAS <eras-notifications@aamc.org>",
        subject="Your application has been submitted",
        date="Wed, 02 Sep 2026 10:00:00 -0400",
        text="""
        Dear Jordan Lee,

        Your MyERAS application has been submitted to 62 programs. Programs will begin reviewing
        applications on September 23.

        ERAS
        """,
        labels={"kind": "info", "platform": "eras", "program": ""},
    ),
    Mail(
        name="b2-info-autoreply.eml",
        sender='"Westmoor OB/GYN" <obgyn@westmoor.edu>',
        subject="Automatic reply: Letter of intent",
        date="Mon, 18 Jan 2027 09:00:00 -0500",
        text="""
        Thank you for your email. The residency office is closed until January 25. Your message
        has been received and will be added to your file.
        """,
        labels={"kind": "info"},
    ),
    Mail(
        name="b2-oth-own-thanks.eml",
        sender=APPLICANT,
        to='"Olivia Grant" <psychiatry@ferncliffhealth.org>',
        subject="Thank you",
        date="Sat, 05 Dec 2026 10:00:00 -0500",
        text="""
        Dear Ms. Grant,

        Thank you for organizing such a smooth interview day yesterday, and please pass my thanks
        to Dr. Park for the invitation to interview. I enjoyed meeting the residents.

        Best,
        Jordan Lee
        """,
        labels={"kind": "other"},
    ),
    Mail(
        name="b2-oth-ride-receipt.eml",
        sender="RideNow <receipts@ridenow.example>",
        subject="Your Thursday morning trip",
        date="Thu, 03 Dec 2026 09:30:00 -0800",
        text="""
        Thanks for riding, Jordan. Total: $23.40. Trip from Lodgewell Fresno Downtown to
        Sunnyvale Community Hospital, 7:12 AM - 7:31 AM.
        """,
        labels={"kind": "other"},
    ),
    Mail(
        name="b2-oth-peer-review.eml",
        sender="Journal of Clinical Cases <editorial@jcc.example.org>",
        subject="Invitation to review manuscript JCC-2026-0412",
        date="Thu, 29 Oct 2026 06:00:00 -0400",
        text="""
        Dear Jordan Lee,

        You are invited to review the manuscript "Late-onset sarcoidosis presenting as uveitis"
        for the Journal of Clinical Cases. Please accept or decline this invitation within 7 days.

        Editorial Office
        """,
        labels={"kind": "other"},
    ),
    Mail(
        name="b2-oth-poster.eml",
        sender="Regional Medicine Conference <abstracts@rmc.example.org>",
        subject="Abstract accepted - you are invited to present",
        date="Fri, 16 Oct 2026 12:00:00 -0400",
        text="""
        Congratulations! Your abstract has been accepted, and you are invited to present your
        poster at the Regional Medicine Conference on February 20, 2027. Please confirm your
        attendance by November 15.
        """,
        labels={"kind": "other"},
    ),
]
