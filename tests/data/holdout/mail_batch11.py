"""An eleventh held-out batch (b11-*), written before reading the rules, the net or the earlier
batches' mail (only the first lines of mail_batch10.py, for the format), and measured once on
first sight: invitations in program-director, coordinator, platform, forwarded, reply-thread,
newsletter and non-US wording, a pooled 'a seat came free' notice, waitlists and rejections in
other words, mail that talks about invitations without being one, everyday mail, and probes of
three heuristics of the previous pass: a residency social asking which evening suits (info), a
coordinator inviting from a gmail address in plain words (invitation), and a rejection meant for
another applicant who shares Jordan's first name, sent to Jordan by mistake (info for Jordan)."""

from make_holdout import Mail

BATCH11: list[Mail] = [
    # --- invitations -------------------------------------------------------------------------
    Mail(
        name="b11-inv-pd-seat-at-table.eml",
        sender='"Anand Raghavan, MD" <araghavan@marlowecommunity.org>',
        subject="Your application to Marlowe Community Hospital",
        date="Mon, 30 Nov 2026 06:55:00 -0500",
        text="""
        Dear Jordan,

        I make a point of writing to a handful of applicants myself each year, and you are one of
        them. Your sub-internship evaluations and the quality-improvement project on sepsis
        bundles stood out to our whole committee.

        We have kept a place for you at one of our winter recruitment mornings (Tuesday,
        January 12 or Tuesday, January 19, virtual, 8:30 to 12:30 Eastern). Ms. Holloway in our
        office will follow up with the sign-up link; if neither morning fits, tell her and we
        will work something out.

        With warm regards,
        Anand Raghavan, MD
        Program Director, Internal Medicine
        Marlowe Community Hospital
        """,
        labels={
            "kind": "invitation",
            "program": "Marlowe Community Hospital",
            "specialty": "Internal Medicine",
        },
    ),
    Mail(
        name="b11-inv-gmail-coordinator-plain.eml",
        sender='"Tessa Morgan" <tessa.morgan.peds@gmail.com>',
        subject="Millbrook Children's - pediatrics",
        date="Tue, 01 Dec 2026 21:10:00 -0500",
        text="""
        Hi Jordan,

        This is Tessa Morgan, residency coordinator for Pediatrics at Millbrook Children's
        Hospital. Our hospital mail server has been down since this morning, so I'm writing from
        my own account; sorry for the odd address.

        Our faculty read your application and they want to meet you. We have two virtual days
        left, Monday January 4 and Monday January 11. Tell me which one works and I'll send the
        Zoom information and the schedule.

        Thanks!
        Tessa
        """,
        labels={
            "kind": "invitation",
            "program": "Millbrook Children's Hospital",
            "specialty": "Pediatrics",
        },
    ),
    Mail(
        name="b11-inv-thalamus-pending-offer.eml",
        sender='"Thalamus" <noreply@thalamusgme.com>',
        subject="Action needed: pending interview offer",
        date="Wed, 02 Dec 2026 12:00:03 -0500",
        text="""
        Hello Jordan Lee,

        Oakmere University Emergency Medicine Residency has a pending interview offer for you.

        Sessions are limited and are released in the order applicants respond. Review the
        available sessions and make your selection from your Thalamus dashboard:

        https://app.thalamusgme.com/applicant/offers/77142

        Offer expires: December 5, 2026 at 12:00 PM ET

        - The Thalamus Team

        You are receiving this message because you have an active Thalamus applicant account.
        """,
        labels={
            "kind": "invitation",
            "program": "Oakmere University",
            "specialty": "Emergency Medicine",
            "platform": "thalamus",
        },
    ),
    Mail(
        name="b11-inv-eras-dates-available.eml",
        sender='"ERAS Interview Scheduler" <donotreply@aamc.org>',
        subject="Interview dates available",
        date="Thu, 03 Dec 2026 10:22:00 -0500",
        text="""
        ERAS Interview Scheduler

        A program you applied to has made interview dates available to you.

        Program: Halvorsen University Medical Center - Neurological Surgery
        Dates available to you: 3
        Freeze date: 12/10/2026

        Log in to MyERAS and open Interview Scheduler to choose a date. After the freeze date you
        will only be able to cancel.

        This is an automated message from the AAMC. Please do not reply.
        """,
        labels={
            "kind": "invitation",
            "program": "Halvorsen University Medical Center",
            "specialty": "Neurological Surgery",
            "platform": "eras",
        },
    ),
    Mail(
        name="b11-inv-broker-html-only.eml",
        sender='"Interview Broker" <notifications@interviewbroker.com>',
        subject="Westbury Health System: Transitional Year",
        date="Thu, 03 Dec 2026 15:41:00 -0500",
        html="""
        <html><body style="font-family:Arial">
        <table width="600" cellpadding="8">
          <tr><td><img src="https://interviewbroker.com/img/logo.png" alt="Interview Broker"></td></tr>
          <tr><td><h2>Westbury Health System</h2>
          <p>Transitional Year &middot; Recruitment 2026-2027</p></td></tr>
          <tr><td>
            <table border="1" cellpadding="6">
              <tr><th>Applicant</th><td>Jordan Lee</td></tr>
              <tr><th>Campaign</th><td>TY Applicant Days</td></tr>
              <tr><th>Status</th><td>Awaiting your selection</td></tr>
              <tr><th>Open dates</th><td>Jan 7, Jan 14, Jan 28</td></tr>
            </table>
          </td></tr>
          <tr><td><a href="https://www.interviewbroker.com/a/sel/5Qk29x"
            style="background:#0a6;color:#fff;padding:10px">Choose my date</a></td></tr>
          <tr><td style="font-size:11px;color:#888">Interview Broker LLC</td></tr>
        </table>
        </body></html>
        """,
        labels={
            "kind": "invitation",
            "program": "Westbury Health System",
            "specialty": "Transitional Year",
            "platform": "interview_broker",
        },
    ),
    Mail(
        name="b11-inv-very-short-youre-in.eml",
        sender='"Kim Ostrowski" <kostrowski@dunmorepath.org>',
        subject="Path",
        date="Fri, 04 Dec 2026 16:02:00 -0500",
        text="""
        Jordan - you made our list. Dunmore Pathology, Jan 8 or Jan 15, your pick.
        Kim
        """,
        labels={
            "kind": "invitation",
            "program": "Dunmore",
            "specialty": "Pathology-Anatomic and Clinical",
        },
    ),
    Mail(
        name="b11-inv-mentor-forward.eml",
        sender='"Ruth Caldera, MD" <rcaldera@sunfieldmed.edu>',
        subject="Fwd: Urology applicants",
        date="Sat, 05 Dec 2026 09:14:00 -0500",
        text="""
        Jordan,

        Good news from my old co-resident below. Write to Peter directly this weekend.

        Ruth

        ---------- Forwarded message ---------
        From: Peter Vance <pvance@lindqvisturology.org>
        Date: Fri, Dec 4, 2026 at 6:40 PM
        Subject: Urology applicants
        To: Ruth Caldera <rcaldera@sunfieldmed.edu>

        Ruth,

        Thanks for the note about your student Jordan Lee. We went through the files this week
        and Jordan is on the group we want to see in person on January 21 or 22. Can you have
        Jordan email me so we can lock in a day? Our coordinator is out until Monday.

        Peter Vance, MD
        Program Director, Urology Residency
        Lindqvist Medical Center
        """,
        labels={
            "kind": "invitation",
            "program": "Lindqvist Medical Center",
            "specialty": "Urology",
        },
    ),
    Mail(
        name="b11-inv-reply-thread.eml",
        sender='"Gwen Ashby" <gashby@corrigan-obgyn.org>',
        subject="Re: Application status question",
        date="Mon, 07 Dec 2026 11:30:00 -0500",
        headers={
            "In-Reply-To": "<jl-status-1203@gmail.com>",
            "References": "<jl-status-1203@gmail.com>",
        },
        text="""
        Hi Jordan,

        Perfect timing on your email: the committee met Friday and your name came out of that
        meeting on the yes pile. I'm opening the scheduler for you this afternoon; you'll get a
        ResidencyCAS notice when it's live, and the first come, first served rule applies to the
        dates.

        Gwen Ashby
        Program Coordinator, Obstetrics & Gynecology
        Corrigan Regional Medical Center

        On Thu, Dec 3, 2026 at 8:12 AM Jordan Lee <jordan.lee.match2027@gmail.com> wrote:
        > Dear Ms. Ashby,
        > I wanted to check whether the committee has reached a decision on my application
        > to the OB/GYN residency. I remain very interested in Corrigan.
        > Thank you,
        > Jordan Lee
        """,
        labels={
            "kind": "invitation",
            "program": "Corrigan Regional Medical Center",
            "specialty": "Obstetrics and Gynecology",
        },
    ),
    Mail(
        name="b11-inv-newsletter-applicant-corner.eml",
        sender='"Fenwick Psychiatry Residency" <psychiatry-news@fenwickhealth.org>',
        subject="The Fenwick Couch - December issue",
        date="Tue, 08 Dec 2026 08:00:00 -0500",
        text="""
        THE FENWICK COUCH
        News from the Fenwick Health Psychiatry Residency - December 2026

        RESIDENT SPOTLIGHT
        PGY-3 Sam Whitfield presented her work on telepsychiatry access at the APA fall
        meeting. Congratulations, Sam!

        WELLNESS
        Our winter retreat moves to the lake house this year. Sign-ups are open in the shared
        drive.

        APPLICANT CORNER
        Jordan, this part is just for you: the selection committee has chosen you for an
        interview with us. Pick one of our January virtual days (Jan 6, Jan 13 or Jan 20) by
        replying to this message, and our coordinator will send the full itinerary.

        FROM THE CHIEFS
        Holiday call swaps must be in by December 15.

        Fenwick Health Psychiatry Residency | 1200 Alder Way | Unsubscribe
        """,
        labels={
            "kind": "invitation",
            "program": "Fenwick Health",
            "specialty": "Psychiatry",
        },
    ),
    Mail(
        name="b11-inv-called-for-interview.eml",
        sender='"Postgraduate Office" <pgoffice@stcolumbahospital.org>',
        subject="Residency in General Surgery - interview call",
        date="Wed, 09 Dec 2026 02:15:00 -0500",
        text="""
        Dear Dr. Jordan Lee,

        With reference to your application for the General Surgery residency programme at
        St. Columba Hospital, kindly note that you are called for the personal interview at
        10:00 hrs on 14th January 2027 at the Postgraduate Office, 3rd floor, Academic Block.

        Kindly revert with your confirmation latest by 18th December 2026. Candidates are
        requested to carry original documents and one passport size photograph on the day.

        Regards,
        Postgraduate Office
        St. Columba Hospital
        """,
        labels={
            "kind": "invitation",
            "program": "St. Columba Hospital",
            "specialty": "Surgery",
        },
    ),
    Mail(
        name="b11-inv-pooled-seat-came-free.eml",
        sender='"Radiation Oncology Residency" <radonc@ivesdalehealth.org>',
        subject="Jan 19 seat - first to claim it",
        date="Thu, 10 Dec 2026 13:47:00 -0500",
        to="undisclosed-recipients:;",
        text="""
        Hello,

        A seat came free for our Tuesday, January 19 virtual day. You are receiving this because
        you are on our alternate list; everyone on the list gets this email at the same moment,
        and the seat goes to whoever claims it first in Thalamus.

        Ivesdale Health Radiation Oncology Residency
        """,
        labels={
            "kind": "invitation",
            "program": "Ivesdale Health",
            "specialty": "Radiation Oncology",
        },
    ),
    # --- waitlists ---------------------------------------------------------------------------
    Mail(
        name="b11-wl-holding-pattern.eml",
        sender='"Dermatology Residency" <dermres@tallisuniversity.edu>',
        subject="Tallis University Dermatology - application update",
        date="Mon, 30 Nov 2026 14:20:00 -0500",
        text="""
        Dear Jordan,

        Our interview days for this cycle are full. Rather than close your file, we have kept it
        in a holding pattern: should a space become available on any of our dates, you will be
        among the first we contact.

        Sincerely,
        Dermatology Residency Selection Committee
        Tallis University
        """,
        labels={
            "kind": "waitlist",
            "program": "Tallis University",
            "specialty": "Dermatology",
        },
    ),
    Mail(
        name="b11-wl-thalamus-standby.eml",
        sender='"Thalamus" <noreply@thalamusgme.com>',
        subject="Standby status: Quarry Hill Medical Center",
        date="Tue, 01 Dec 2026 09:00:00 -0500",
        text="""
        Hi Jordan,

        Quarry Hill Medical Center - Anesthesiology has placed you on standby for its interview
        sessions. If a session opens, you will be notified and can claim it from your dashboard.

        https://app.thalamusgme.com/applicant/dashboard

        Thalamus
        """,
        labels={
            "kind": "waitlist",
            "program": "Quarry Hill Medical Center",
            "specialty": "Anesthesiology",
            "platform": "thalamus",
        },
    ),
    Mail(
        name="b11-wl-pd-dont-want-to-lose-you.eml",
        sender='"Helena Brandt, MD" <hbrandt@orrinvalley.org>',
        subject="Family medicine at Orrin Valley",
        date="Wed, 02 Dec 2026 19:05:00 -0500",
        text="""
        Jordan,

        I'll be honest with you: every one of our dates is spoken for right now, and I can't put
        you on one today. But I don't want to lose track of you. People's plans change in
        December, and when one of them does I will write to you myself.

        Helena Brandt, MD
        Program Director, Orrin Valley Family Medicine
        """,
        labels={
            "kind": "waitlist",
            "program": "Orrin Valley",
            "specialty": "Family Medicine",
        },
    ),
    Mail(
        name="b11-wl-reserve-list-uk.eml",
        sender='"Medical Education Office" <meded@ashcombe-nhs-partners.org>',
        subject="Internal Medicine Residency: outcome of shortlisting",
        date="Thu, 03 Dec 2026 05:30:00 -0500",
        text="""
        Dear Jordan Lee,

        Thank you for applying to the Ashcombe Internal Medicine Residency. Following
        shortlisting, your application has been placed on our reserve list. Should a place on
        one of the interview days become vacant, we will contact you by email.

        Kind regards,
        Medical Education Office
        Ashcombe Teaching Hospitals
        """,
        labels={
            "kind": "waitlist",
            "program": "Ashcombe Teaching Hospitals",
            "specialty": "Internal Medicine",
        },
    ),
    # --- rejections --------------------------------------------------------------------------
    Mail(
        name="b11-rej-every-position-filled.eml",
        sender='"Emergency Medicine Residency" <emres@brantleyhealth.org>',
        subject="Brantley Health Emergency Medicine",
        date="Fri, 04 Dec 2026 10:10:00 -0500",
        text="""
        Dear Jordan,

        Thank you for your interest in Brantley Health. Every interview position for this
        recruitment season has now been filled, and we will not be able to extend one to you.
        We know how much work goes into an application and we wish you the very best in the
        Match.

        Brantley Health Emergency Medicine Residency
        """,
        labels={
            "kind": "rejection",
            "program": "Brantley Health",
            "specialty": "Emergency Medicine",
        },
    ),
    Mail(
        name="b11-rej-not-advancing.eml",
        sender='"Orthopaedic Surgery Residency" <orthores@kellerton.edu>',
        subject="Your Kellerton Orthopaedics application",
        date="Fri, 04 Dec 2026 17:30:00 -0500",
        text="""
        Dear Jordan Lee,

        After review by our faculty, your application will not be advancing further in our
        selection process this year. This decision is final for the current cycle.

        Kellerton University Orthopaedic Surgery
        """,
        labels={
            "kind": "rejection",
            "program": "Kellerton University",
            "specialty": "Orthopaedic Surgery",
        },
    ),
    Mail(
        name="b11-rej-eras-status-no-subject.eml",
        sender='"MyERAS Post Office" <myeras-noreply@aamc.org>',
        subject=None,
        date="Sat, 05 Dec 2026 08:45:00 -0500",
        text="""
        Message from: Pinegate Medical Center - Physical Medicine and Rehabilitation

        Dear Applicant,

        The residency selection committee has finished its review. We will not be scheduling an
        interview with you for the 2027 Match. We appreciate your interest in Pinegate.

        Residency Coordinator, PM&R
        """,
        labels={
            "kind": "rejection",
            "program": "Pinegate Medical Center",
            "specialty": "Physical Medicine and Rehabilitation",
            "platform": "eras",
        },
    ),
    Mail(
        name="b11-rej-shant-take-further.eml",
        sender='"Residency Admissions" <admissions@kirkwallinfirmary.org>',
        subject="Your application - Paediatrics Residency",
        date="Mon, 07 Dec 2026 06:00:00 -0500",
        text="""
        Dear Jordan,

        Thank you for your interest in the Paediatrics Residency at Kirkwall Royal Infirmary.
        We received a great many strong applications, and I am sorry to tell you that we shan't
        be taking yours forward to interview this year.

        With every good wish for your career,
        Residency Admissions
        Kirkwall Royal Infirmary
        """,
        labels={
            "kind": "rejection",
            "program": "Kirkwall Royal Infirmary",
            "specialty": "Pediatrics",
        },
    ),
    # --- scheduled / reminder / cancellation -------------------------------------------------
    Mail(
        name="b11-sch-booked-westbury.eml",
        sender='"Interview Broker" <notifications@interviewbroker.com>',
        subject="Westbury Health System: your selection is booked",
        date="Fri, 04 Dec 2026 09:12:00 -0500",
        text="""
        Jordan Lee,

        Your selection has been booked.

        Program: Westbury Health System - Transitional Year
        Date: Thursday, January 14, 2027
        Time: 8:00 AM - 1:00 PM Eastern
        Format: Virtual (Zoom details will follow one week before)

        To cancel, use the link in your Interview Broker account.
        """,
        labels={
            "kind": "scheduled",
            "program": "Westbury Health System",
            "specialty": "Transitional Year",
            "platform": "interview_broker",
        },
    ),
    Mail(
        name="b11-rem-countdown-monday.eml",
        sender='"Tessa Morgan" <tmorgan@millbrookchildrens.org>',
        subject="Countdown: your Millbrook Pediatrics day is Monday",
        date="Thu, 31 Dec 2026 10:00:00 -0500",
        text="""
        Hi Jordan,

        Only a few days now until your virtual day with us on Monday, January 4. Log on to the
        Zoom room at 8:45 AM so we can test your audio; the link is below and has not changed.

        https://millbrookchildrens.zoom.us/j/88811223344

        Tessa Morgan
        Residency Coordinator, Pediatrics
        Millbrook Children's Hospital
        """,
        labels={
            "kind": "reminder",
            "program": "Millbrook Children's Hospital",
            "specialty": "Pediatrics",
        },
    ),
    Mail(
        name="b11-can-session-scrapped.eml",
        sender='"Neurosurgery Residency" <nsgy@halvorsenumc.org>',
        subject="January 8 session will not take place",
        date="Mon, 14 Dec 2026 12:30:00 -0500",
        text="""
        Dear Jordan,

        We are sorry to tell you that our January 8 interview session will not take place: the
        department's faculty retreat had to be moved to that day. The date you booked is void.
        You can book one of the remaining dates in the ERAS Interview Scheduler, where your
        invitation is still active.

        Halvorsen University Medical Center Neurological Surgery
        """,
        labels={
            "kind": "cancellation",
            "program": "Halvorsen University Medical Center",
            "specialty": "Neurological Surgery",
        },
    ),
    # --- info --------------------------------------------------------------------------------
    Mail(
        name="b11-info-social-which-evening.eml",
        sender='"Chief Residents, Marlowe IM" <imchiefs@marlowecommunity.org>',
        subject="Applicant social - which evening suits?",
        date="Fri, 11 Dec 2026 15:00:00 -0500",
        text="""
        Hi everyone,

        We're the chief residents at Marlowe Community Hospital Internal Medicine and we're
        hosting a casual virtual hangout for applicants before the January interview mornings.
        No faculty, no evaluation, just residents and trivia.

        Which evening suits you better, Wednesday, January 6 or Thursday, January 7? Reply with
        your pick and we'll go with the most popular one.

        Cheers,
        The Chiefs
        """,
        labels={
            "kind": "info",
            "program": "Marlowe Community Hospital",
            "specialty": "Internal Medicine",
        },
    ),
    Mail(
        name="b11-info-misdirected-other-jordan.eml",
        sender='"Surgery Residency" <surgeryres@granitebayhealth.org>',
        subject="Granite Bay Surgery Residency - application decision",
        date="Tue, 08 Dec 2026 16:40:00 -0500",
        text="""
        Dear Jordan Smith,

        Thank you for applying to the Granite Bay Health General Surgery Residency. We regret
        to inform you that we are unable to offer you an interview this cycle.

        We wish you every success.

        Granite Bay Health Surgery Residency
        Applicant ID 2027-44810 (Jordan Smith)
        """,
        labels={"kind": "info"},
    ),
    Mail(
        name="b11-info-offers-not-released.eml",
        sender='"Ridgeway OB/GYN Residency" <obgyn@ridgewayhealth.org>',
        subject="Where we are in our interview process",
        date="Mon, 23 Nov 2026 12:00:00 -0500",
        to="undisclosed-recipients:;",
        text="""
        Dear applicants,

        Many of you have asked when to expect news. We have not released any interview offers
        yet; the committee finishes its review next week, and every applicant will hear from us
        through ResidencyCAS by December 4, whatever the decision. Please don't email the office
        to ask in the meantime.

        Ridgeway Health OB/GYN Residency
        """,
        labels={"kind": "info"},
    ),
    Mail(
        name="b11-info-webinar-other-jordan.eml",
        sender='"Office of Student Affairs" <studentaffairs@sunfieldmed.edu>',
        subject="Webinar: what to do the minute an interview invitation arrives",
        date="Mon, 16 Nov 2026 09:00:00 -0500",
        to="ms4-class@sunfieldmed.edu",
        text="""
        Fourth-years,

        Join us Thursday at noon for "The First Ten Minutes": how to answer an interview
        invitation fast, how to handle two offers for the same date, and when to use a waitlist.
        Your classmate Jordan Reyes, who was invited to interview at 14 programs last year
        before taking a research year, will share what she learned.

        Register: https://sunfieldmed.zoom.us/webinar/register/55120

        Office of Student Affairs
        Sunfield School of Medicine
        """,
        labels={"kind": "info"},
    ),
    # --- everyday mail -----------------------------------------------------------------------
    Mail(
        name="b11-oth-dentist-confirmed.eml",
        sender='"Brightsmile Dental" <appointments@brightsmiledental.com>',
        subject="Your appointment is confirmed",
        date="Tue, 24 Nov 2026 08:00:00 -0500",
        text="""
        Hi Jordan,

        Your cleaning with Dr. Patel is confirmed for Tuesday, December 22 at 3:30 PM. Reply C to
        confirm or call us to reschedule. Please arrive 10 minutes early.

        Brightsmile Dental
        """,
        labels={"kind": "other"},
    ),
    Mail(
        name="b11-oth-spin-class-cancelled.eml",
        sender='"CycleHouse" <hello@cyclehouse.fit>',
        subject="Class cancelled: Thursday 6 PM Rhythm Ride",
        date="Wed, 25 Nov 2026 18:30:00 -0500",
        text="""
        Hi Jordan,

        Your Thursday 6 PM Rhythm Ride with Maya has been cancelled because the instructor is
        unwell. Your credit has been returned to your account. Book another class in the app.

        CycleHouse
        """,
        labels={"kind": "other"},
    ),
]
